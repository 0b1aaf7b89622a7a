#!/usr/bin/env bash
# Sets everything up, installs the references (Numba, matplotlib for plots; gcc
# for the C references comes from Debian's build-essential) and runs the
# benchmark suite, the parallel, NumPy, GPU-kernels-on-the-CPU and CUDA compile-latency benchmarks.
# Results: benches/results/ (suite.md, headline.md, parallel.md, numpy.md, gpu_on_cpu.md,
# cuda_compile.md, *.png).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
if ! command -v gcc >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq gcc >/dev/null
fi
# shellcheck disable=SC1091
. .venv/bin/activate
# nvidia-cuda-runtime-cu12: Numba's CUDA target needs libcudart to compile PTX (no GPU needed).
python -m pip install -q numba scipy matplotlib "nvidia-cuda-runtime-cu12==12.9.*" "dask[array,dataframe,distributed]"
python benches/suite.py "$@"
python benches/parallel.py
python benches/numpy_bench.py
python benches/gpu_on_cpu.py
python benches/containers.py
python benches/cuda_compile.py
python benches/numpy_breadth.py
python benches/cache.py
python benches/dask_start.py
python benches/aot.py
