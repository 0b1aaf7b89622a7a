#!/usr/bin/env bash
# Builds the penna wheel for the GPU machine: CPython 3.12, LLVM linked
# statically (a self-contained ~27 MB wheel, without the ahead-of-time
# runtime; the machine has no Rust, no
# LLVM and no package registry). The wheel lands in target/gpu-wheel/.
#
#   bash scripts/gpu_wheel.sh
#
# On the GPU machine (see scripts/gpu_check.sh), it is installed with
# `pip install --no-deps --target <dir>` and used through PYTHONPATH.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/maturin ] || bash scripts/setup.sh >/dev/null
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
rm -rf target/gpu-wheel
export PATH="$PWD/.venv/bin:$PATH"
# The ahead-of-time runtime holds CPython 3.11 glue: not for this wheel.
aot="$PWD/python/penna/_aot/libpenna_aot.a"
if [ -f "$aot" ]; then
  mv "$aot" "$aot.away"
  trap 'mv "$aot.away" "$aot"' EXIT
fi
cd python
PYO3_CROSS=1 PYO3_CROSS_PYTHON_VERSION=3.12 ../.venv/bin/maturin build --release \
    --target x86_64-unknown-linux-gnu -i python3.12 \
    --no-default-features --features llvm-static --strip \
    --out ../target/gpu-wheel 2>&1 | grep -E "Built wheel|error|failed|Caused" || true
ls -la ../target/gpu-wheel/*.whl
