#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs every test:
#   1. cargo fmt --check and cargo clippy -D warnings;
#   2. cargo test: the compiler, golden IR / LLVM snapshots, the CPU runtime;
#   3. pytest: compiled functions checked against CPython and NumPy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -q -- -D warnings
echo "== cargo test"
log=$(mktemp)
if ! cargo test --workspace --exclude penna-python -q >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
grep -E "^test result: ok\. [1-9]" "$log" || true
rm -f "$log"
echo "== pytest"
# Test-only dependencies: Dask for the multi-process tests (tests/python/test_dask.py).
python -m pip install -q "dask[array,dataframe,distributed]"
python -m pytest tests/python -q "$@"
echo "== wheel"
bash scripts/wheel.sh
bash scripts/wheel_smoke.sh
