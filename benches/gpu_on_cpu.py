"""GPU kernels on the CPU: penna's `cuda.jit(target="cpu")` against Numba's
CUDA simulator (`NUMBA_ENABLE_CUDASIM=1`) on the same kernels, and a tiled
matmul kernel against the same product written as `@penna.jit` loops, in one
run.

    scripts/bench.sh               # sets everything up; runs this among the others
    python benches/gpu_on_cpu.py   # in the project's venv, with numba installed

The simulator runs a Python thread per GPU thread, so its cases are small
enough to finish in seconds; it is timed on one launch per case, penna
with harness.py's samples. Results: benches/results/gpu_on_cpu.md.
"""

import importlib.util
import os
import sys
import time
from datetime import date

os.environ["NUMBA_ENABLE_CUDASIM"] = "1"  # before Numba is imported

import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402

def load(label, cuda, float32):
    spec = importlib.util.spec_from_file_location(
        f"gpu_on_cpu_kernels_{label}", os.path.join(HERE, "gpu_on_cpu_kernels.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.cuda, module.float32 = cuda, float32
    return module


def once(fn, args, repeats=1):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best


def main():
    import numba
    from numba import cuda as ncuda

    import penna
    from penna import cuda as pcuda

    assert ncuda.simulator_enabled if hasattr(ncuda, "simulator_enabled") else True
    pk = load("penna", pcuda, penna.float32)
    nk = load("numba", ncuda, numba.float32)
    rng = np.random.default_rng(0)
    T = pk.TILE

    def launches(name, grid, block):
        p = pcuda.jit(target="cpu")(getattr(pk, name))[grid, block]
        n = ncuda.jit(getattr(nk, name))[grid, block]
        return p, n

    n_small = 4096
    mat = 32
    cases = [
        ("axpy", f"axpy, {n_small} elements (32 blocks of 128)", (32, 128),
         lambda: (np.float32(2.0), rng.random(n_small, np.float32), rng.random(n_small, np.float32),
                  np.zeros(n_small, np.float32)), 3),
        ("block_sum", "block reduction with syncthreads, 2048 elements (8 blocks of 256)", (8, 256),
         lambda: (rng.random(2048, np.float32), np.zeros(1, np.float32)), 1),
        ("tiled_matmul", f"tiled matmul {mat}x{mat} float32 (4 blocks of 16x16)", ((mat // T, mat // T), (T, T)),
         lambda: (rng.random((mat, mat), np.float32), rng.random((mat, mat), np.float32),
                  np.zeros((mat, mat), np.float32)), 2),
    ]
    sim_rows = []
    for name, title, config, make, out_index in cases:
        grid, block = config
        p, n = launches(name, grid, block)
        args = make()
        pa = tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
        na = tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
        p(*pa)
        n(*na)
        assert np.allclose(pa[out_index], na[out_index], rtol=1e-4), name
        sim = once(n, na)
        stats = H.compare({"penna": p}, lambda _l: pa, repeats=5)["penna"]
        sim_rows.append((title, stats, sim))
        print(name, H.fmt_time(stats.best), H.fmt_time(sim), flush=True)

    # Tiled matmul kernel on the CPU against the same product as @penna.jit loops.
    size = 512
    A = rng.random((size, size), np.float32)
    B = rng.random((size, size), np.float32)
    kernel = pcuda.jit(target="cpu")(pk.tiled_matmul)[(size // T, size // T), (T, T)]
    loops = penna.jit(pk.loops_matmul)
    parallel_loops = penna.jit(parallel=True)(_prange_matmul(pk))
    outs = {label: np.zeros((size, size), np.float32) for label in ("kernel", "loops", "prange")}
    kernel(A, B, outs["kernel"])
    loops(A, B, outs["loops"])
    parallel_loops(A, B, outs["prange"])
    ref = A @ B
    for label, out in outs.items():
        assert np.allclose(out, ref, rtol=1e-4), label
    impls = {"kernel": kernel, "loops": loops, "prange": parallel_loops}
    mm = H.compare(impls, lambda label: (A, B, outs[label]), repeats=5)
    print({k: H.fmt_time(v.best) for k, v in mm.items()})
    report(sim_rows, mm, size, numba.__version__, penna.config_num_threads)


def _prange_matmul(pk):
    import penna
    float32 = penna.float32

    def prange_matmul(A, B, C):
        for i in penna.prange(A.shape[0]):
            for j in range(B.shape[1]):
                acc = float32(0.0)
                for k in range(A.shape[1]):
                    acc += A[i, k] * B[k, j]
                C[i, j] = acc
    return prange_matmul


def report(sim_rows, mm, size, numba_version, threads):
    lines = [
        "# GPU kernels on the CPU",
        "",
        f"{date.today()} on {H.machine()}; penna `cuda.jit(target=\"cpu\")` with {threads} threads, "
        f"Numba {numba_version} CUDA simulator (`NUMBA_ENABLE_CUDASIM=1`).",
        "Results are checked equal before timing. penna: best of harness samples; simulator: one launch (it runs a Python thread per GPU thread). `warp_sum` (shuffles) is in penna's test suite but not here: the simulator has no `shfl_down_sync`.",
        "",
        "| kernel | penna on the CPU | Numba simulator | speed-up |",
        "|---|---|---|---|",
    ]
    for title, stats, sim in sim_rows:
        lines.append(f"| {title} | {H.fmt_time(stats.best)} | {H.fmt_time(sim)} | {sim / stats.best:,.0f}x |")
    k, loops, par = mm["kernel"].best, mm["loops"].best, mm["prange"].best
    lines += [
        "",
        f"Tiled matmul kernel ({size}x{size} float32, 16x16 tiles) on the CPU against the same product "
        "as `@penna.jit` loops (i, j, k with a scalar accumulator):",
        "",
        "| implementation | time | kernel / this |",
        "|---|---|---|",
        f"| tiled kernel, `target=\"cpu\"` | {H.fmt_time(k)} | 1.00 |",
        f"| `@penna.jit` loops | {H.fmt_time(loops)} | {k / loops:.2f} |",
        f"| `@penna.jit(parallel=True)` prange loops | {H.fmt_time(par)} | {k / par:.2f} |",
    ]
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "gpu_on_cpu.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
