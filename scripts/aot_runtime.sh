#!/usr/bin/env bash
# Builds the runtime that modules compiled ahead of time link
# (`python -m penna aot`): the crate `aot` as a static library, debug info
# stripped, into python/penna/_aot/ (inside the package, so wheels carry it).
# It holds CPython glue, so it is built for the Python that builds penna:
# PYO3_PYTHON (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYO3_PYTHON="${PYO3_PYTHON:-$PWD/.venv/bin/python}"
cargo build --release -q -p penna-aot
install -D -m 644 target/release/libpenna_aot.a python/penna/_aot/libpenna_aot.a
strip --strip-debug python/penna/_aot/libpenna_aot.a
