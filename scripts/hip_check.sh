#!/usr/bin/env bash
# Runs on an AMD GPU machine (none is available to this project yet; this is
# ready for the first one): installs the wheel built by scripts/gpu_wheel.sh
# into a scratch directory, then runs the HIP tests on the GPU and the HIP
# benchmarks. Needs ROCm (libamdhip64; ld.lld from ROCm's llvm/bin, since the
# wheel links code objects with an ld.lld process). Results go to $OUT (or
# benches/results): detect.txt, hip_tests.txt, hip_gpu.md.
#
#   bash scripts/hip_check.sh [tests|bench|all]
set -uo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
out="${OUT:-benches/results}"
mkdir -p "$out"
site=$(mktemp -d)
python3 -m pip install -q --no-deps --target "$site" target/gpu-wheel/*.whl || exit 1
export PYTHONPATH="$site"
python3 -c "from penna import hip; hip.detect()" 2>&1 | tee "$out/detect.txt"
status=0
if [ "$what" != bench ]; then
  # The kernel suite on the GPU, the runtime's tests, the code objects.
  PENNA_CUDA_TEST_TARGET=hip python3 -m pytest -q -p no:cacheprovider --rootdir=tests \
      tests/python/test_hip_on_cpu.py tests/python/test_hip_gpu.py tests/python/test_hip.py \
      2>&1 | tail -60 | tee "$out/hip_tests.txt"
  status=${PIPESTATUS[0]}
fi
if [ "$what" != tests ]; then
  python3 benches/hip_gpu.py "$out" 2>&1 | tail -40
fi
exit "$status"
