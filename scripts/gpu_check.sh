#!/usr/bin/env bash
# Runs on the GPU machine (through the device tool, in a copy of the working
# tree carrying target/gpu-wheel from scripts/gpu_wheel.sh): installs the
# wheel into a scratch directory, then runs the CUDA tests on the GPU and the
# GPU benchmarks against numba-cuda and CuPy. Results go to $OUT (or
# benches/results): tests.txt, cuda_gpu.md.
#
#   bash scripts/gpu_check.sh [tests|bench|all]
set -uo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
out="${OUT:-benches/results}"
mkdir -p "$out"
site=$(mktemp -d)
python3 -m pip install -q --no-deps --target "$site" target/gpu-wheel/*.whl || exit 1
export PYTHONPATH="$site"
python3 -c "from penna import cuda; cuda.detect()" 2>&1 | tee "$out/detect.txt"
status=0
if [ "$what" != bench ]; then
  # The rootdir's python/ package must not shadow the installed wheel.
  PENNA_CUDA_TEST_TARGET=cuda python3 -m pytest -q -p no:cacheprovider --rootdir=tests \
      tests/python/test_cuda_gpu.py tests/python/test_cuda_on_cpu.py tests/python/test_cuda_ptx.py \
      2>&1 | tail -60 | tee "$out/tests.txt"
  status=${PIPESTATUS[0]}
fi
if [ "$what" != tests ]; then
  python3 benches/cuda_gpu.py "$out" 2>&1 | tail -40
fi
exit "$status"
