#!/usr/bin/env bash
# Runs on a GPU machine (through the device tool, in a copy of the working
# tree carrying target/gpu-wheel from scripts/gpu_wheel.sh): installs the
# wheel into a scratch directory, then runs the GPU tests and the GPU
# benchmarks. GPU=cuda (the default; an NVIDIA machine: against numba-cuda
# and CuPy) or GPU=hip (an AMD machine, see scripts/hip_check.sh). Results go
# to $OUT (or benches/results): detect.txt, tests.txt, cuda_gpu.md / hip_gpu.md.
#
#   bash scripts/gpu_check.sh [tests|bench|all]
set -uo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
gpu="${GPU:-cuda}"
out="${OUT:-benches/results}"
mkdir -p "$out"
site=$(mktemp -d)
python3 -m pip install -q --no-deps --target "$site" target/gpu-wheel/*.whl || exit 1
export PYTHONPATH="$site"
python3 -c "from penna import $gpu; $gpu.detect()" 2>&1 | tee "$out/detect.txt"
if [ "$gpu" = hip ]; then
  tests=(tests/python/test_hip_on_cpu.py tests/python/test_hip_gpu.py tests/python/test_hip.py)
else
  tests=(tests/python/test_cuda_gpu.py tests/python/test_cuda_on_cpu.py tests/python/test_cuda_ptx.py)
fi
status=0
if [ "$what" != bench ]; then
  # The rootdir's python/ package must not shadow the installed wheel; the
  # kernel suite runs on the GPU.
  PENNA_CUDA_TEST_TARGET="$gpu" python3 -m pytest -q -p no:cacheprovider --rootdir=tests "${tests[@]}" \
      2>&1 | tail -60 | tee "$out/tests.txt"
  status=${PIPESTATUS[0]}
fi
if [ "$what" != tests ]; then
  python3 "benches/${gpu}_gpu.py" "$out" 2>&1 | tail -40
fi
exit "$status"
