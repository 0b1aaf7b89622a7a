"""Compile latency of a small CUDA kernel to PTX, without a GPU: penna's
`cuda.compile_ptx` against Numba's (NVVM from the pip packages
nvidia-cuda-nvcc-cu12 and nvidia-cuda-runtime-cu12), side by side in one run.

    scripts/bench.sh                   # sets everything up; runs this among the others
    python benches/cuda_compile.py     # in the project's venv, with numba installed

Each sample compiles a fresh function (new source, so no cache helps either
compiler); the first compile of a run pays one-time set-up in both and is
not counted. The issue's target: penna at most 1/5 of Numba's time.
Results: benches/results/cuda_compile.md.
"""

import os
import platform
import sys
import tempfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))


def nvidia_dir(*parts):
    for root in sys.path:
        path = os.path.join(root, "nvidia", *parts)
        if os.path.isdir(path):
            return path
    raise SystemExit(f"nvidia/{'/'.join(parts)} not found: pip install nvidia-cuda-nvcc-cu12 nvidia-cuda-runtime-cu12")


def relaunch_with_cuda_libraries():
    """Numba finds libNVVM and libcudart through the loader's search path,
    which must be set before the process starts: run this script again."""
    links = tempfile.mkdtemp(prefix="penna-cudart-")
    os.symlink(os.path.join(nvidia_dir("cuda_runtime", "lib"), "libcudart.so.12"),
               os.path.join(links, "libcudart.so"))
    nvcc = nvidia_dir("cuda_nvcc")
    env = dict(os.environ, CUDA_HOME=nvcc, PENNA_BENCH_CUDA_LIBS="1",
               LD_LIBRARY_PATH=os.pathsep.join([os.path.join(nvcc, "nvvm", "lib64"), links,
                                                os.environ.get("LD_LIBRARY_PATH", "")]))
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)


def main():
    sys.path.insert(0, HERE)
    import numba
    from numba import cuda as ncuda

    import penna
    from penna import cuda as pcuda
    from cuda_gpu import compile_latency

    rounds = [(compile_latency(ncuda), compile_latency(pcuda)) for _ in range(3)]
    numba_ms = min(r[0] for r in rounds)
    penna_ms = min(r[1] for r in rounds)
    lines = [
        f"# CUDA compile latency to PTX ({date.today()}, no GPU needed)",
        "",
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores; Numba {numba.__version__} "
        f"(its CUDA target, NVVM from nvidia-cuda-nvcc-cu12), penna {penna.__version__}. "
        "Median of 10 fresh small kernels (axpy, float32) per round, best of 3 rounds.",
        "",
        "| compiler | ms per kernel | vs Numba |",
        "|---|---:|---:|",
        f"| Numba `cuda.compile_ptx` | {numba_ms:.1f} | 1.00 |",
        f"| penna `cuda.compile_ptx` | {penna_ms:.1f} | {penna_ms / numba_ms:.2f} |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "cuda_compile.md"), "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    if not os.environ.get("PENNA_BENCH_CUDA_LIBS"):
        relaunch_with_cuda_libraries()
    main()
