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
export LLVM_SYS_191_PREFIX=${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -q -- -D warnings
echo "== cargo test"
cargo test --workspace --exclude penna-python -q 2>&1 | grep -E "^test result|panicked|FAILED|error" || true
cargo test --workspace --exclude penna-python -q >/dev/null 2>&1 || { cargo test --workspace --exclude penna-python; exit 1; }
echo "== pytest"
python -m pytest tests/python -q "$@"
