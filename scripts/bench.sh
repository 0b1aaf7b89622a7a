#!/usr/bin/env bash
# Sets everything up, installs Numba (the reference) and runs the benchmarks.
# Results: benches/results/foundation.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q numba
python benches/foundation.py
