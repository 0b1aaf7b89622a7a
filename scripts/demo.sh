#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the demo: examples/demo.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
python examples/demo.py
