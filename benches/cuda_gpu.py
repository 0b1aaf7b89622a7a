"""CUDA kernels on an NVIDIA GPU: penna against numba-cuda (the same Python
kernels) and CuPy, side by side in one run, on the GPU machine.

    bash scripts/gpu_check.sh       # on the GPU machine: tests, then this
    python benches/cuda_gpu.py OUT  # with penna, numba-cuda and CuPy importable

Measured:
- host-side launch overhead of an empty kernel and of one taking 4 arrays
  (penna, numba-cuda, a CuPy RawKernel of the same signature): the time a
  launch call takes, averaged over batches of launches (the queue drained
  between batches);
- kernel time of saxpy, a 5-point 2D stencil, a 16x16 tiled matmul, a block
  reduction and an atomic histogram (CUDA events of CuPy, a neutral timer,
  best of repeats), with memory-bound kernels as a fraction of the device's
  copy bandwidth (a device-to-device memcpy);
- compile latency of a small kernel to PTX (a fresh function each time).

Results are checked equal (or close) to NumPy before timing. Writes
OUT/cuda_gpu.md (default benches/results/).
"""

import importlib.util
import linecache
import os
import statistics
import sys
import textwrap
import time
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load(label, cuda, float32):
    spec = importlib.util.spec_from_file_location(f"kernels_{label}", os.path.join(HERE, "gpu_on_cpu_kernels.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.cuda, module.float32 = cuda, float32
    return module


def launch_overhead(launch, batch=1000, batches=20, sync=None):
    """Microseconds per launch call (best batch)."""
    best = float("inf")
    for _ in range(batches):
        sync()
        t = time.perf_counter()
        for _ in range(batch):
            launch()
        best = min(best, (time.perf_counter() - t) / batch)
    sync()
    return best * 1e6


def kernel_ms(cupy, run, repeats=20):
    """Best GPU time of `run()` in milliseconds (CuPy events on the default stream)."""
    run()
    cupy.cuda.Device().synchronize()
    best = float("inf")
    for _ in range(repeats):
        start, end = cupy.cuda.Event(), cupy.cuda.Event()
        start.record()
        run()
        end.record()
        end.synchronize()
        best = min(best, cupy.cuda.get_elapsed_time(start, end))
    return best


AXPY_SOURCE = textwrap.dedent("""
    def axpy_{n}(a, x, y, out):
        i = cuda.grid(1)
        if i < out.size:
            out[i] = a * x[i] + y[i]
""")


def compile_latency(cuda, reps=10):
    """Median milliseconds to compile a fresh small kernel to PTX."""
    times = []
    for n in range(reps + 1):
        scope = {"cuda": cuda}
        # A fresh function each time, its source registered as notebooks do
        # (both compilers read the source of what they compile).
        name = f"<bench-axpy-{n}>"
        source = AXPY_SOURCE.format(n=n)
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)
        exec(compile(source, name, "exec"), scope)
        t = time.perf_counter()
        cuda.compile_ptx(scope[f"axpy_{n}"], "void(float32, float32[:], float32[:], float32[:])")
        if n:  # the first compile pays one-time set-up in both
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def main(out_dir):
    import cupy
    import numba
    from numba import cuda as ncuda

    import penna
    from penna import cuda as pcuda

    pk = load("penna", pcuda, penna.float32)
    nk = load("numba", ncuda, numba.float32)
    rng = np.random.default_rng(0)
    device = pcuda.get_current_device()
    rows = []

    # ---- launch overhead ----
    raw = cupy.RawModule(code=r'''
        extern "C" __global__ void empty() {}
        extern "C" __global__ void four_arrays(const float* a, const float* b, const float* c, float* d) {}
    ''')
    c_empty, c_four = raw.get_function("empty"), raw.get_function("four_arrays")
    pe, ne = pcuda.jit(pk.empty), ncuda.jit(nk.empty)
    pf, nf = pcuda.jit(pk.four_arrays), ncuda.jit(nk.four_arrays)
    pa = [pcuda.device_array(1024, np.float32) for _ in range(4)]
    na = [ncuda.device_array(1024, np.float32) for _ in range(4)]
    ca = [cupy.zeros(1024, cupy.float32) for _ in range(4)]
    sync = cupy.cuda.Device().synchronize
    overhead = {
        "empty kernel": (
            launch_overhead(lambda: pe[1, 32](), sync=sync),
            launch_overhead(lambda: ne[1, 32](), sync=sync),
            launch_overhead(lambda: c_empty((1,), (32,), ()), sync=sync)),
        "4 array arguments": (
            launch_overhead(lambda: pf[1, 32](*pa), sync=sync),
            launch_overhead(lambda: nf[1, 32](*na), sync=sync),
            launch_overhead(lambda: c_four((1,), (32,), tuple(ca)), sync=sync)),
    }

    # ---- kernel times ----
    copy_n = 1 << 26
    src, dst = cupy.ones(copy_n, cupy.float32), cupy.empty(copy_n, cupy.float32)
    copy_ms = kernel_ms(cupy, lambda: dst.data.copy_from_device(src.data, src.nbytes))
    copy_bw = 2 * src.nbytes / (copy_ms * 1e-3)

    def both(name, grid, block, make, check, moved_bytes=None, cupy_run=None):
        host = make()
        pargs = [pcuda.to_device(a) if isinstance(a, np.ndarray) else a for a in host]
        nargs = [ncuda.to_device(a) if isinstance(a, np.ndarray) else a for a in host]
        pl = pcuda.jit(getattr(pk, name))[grid, block]
        nl = ncuda.jit(getattr(nk, name))[grid, block]
        pl(*pargs)
        nl(*nargs)
        sync()
        check([a.copy_to_host() if hasattr(a, "copy_to_host") else a for a in pargs], host)
        check([a.copy_to_host() if hasattr(a, "copy_to_host") else a for a in nargs], host)
        p_ms = kernel_ms(cupy, lambda: pl(*pargs))
        n_ms = kernel_ms(cupy, lambda: nl(*nargs))
        c_ms = kernel_ms(cupy, cupy_run(host)) if cupy_run else None
        rows.append((name, p_ms, n_ms, c_ms, moved_bytes))
        print(name, p_ms, n_ms, c_ms, flush=True)

    n = 1 << 26
    x, y = rng.random(n, np.float32), rng.random(n, np.float32)

    def check_axpy(got, host):
        np.testing.assert_allclose(got[3], np.float32(2) * host[1] + host[2], rtol=1e-6)

    def cupy_axpy(host):
        cx, cy = cupy.asarray(host[1]), cupy.asarray(host[2])
        return lambda: cupy.add(cupy.multiply(np.float32(2), cx), cy)

    both("axpy", (n + 255) // 256, 256, lambda: (np.float32(2), x, y, np.zeros(n, np.float32)), check_axpy,
         moved_bytes=3 * 4 * n, cupy_run=cupy_axpy)

    side = 8192
    grid_img = rng.random((side, side), np.float32)

    def check_stencil(got, host):
        a = host[0]
        ref = 0.25 * (a[:-2, 1:-1] + a[2:, 1:-1] + a[1:-1, :-2] + a[1:-1, 2:]) - a[1:-1, 1:-1]
        np.testing.assert_allclose(got[1][1:-1, 1:-1], ref, rtol=1e-5, atol=1e-6)

    both("stencil", (side // 32, side // 8), (32, 8), lambda: (grid_img, np.zeros_like(grid_img)), check_stencil,
         moved_bytes=2 * 4 * side * side)

    m = 2048
    A, B = rng.random((m, m), np.float32), rng.random((m, m), np.float32)

    def check_mm(got, host):
        np.testing.assert_allclose(got[2], host[0] @ host[1], rtol=1e-3)

    def cupy_mm(host):
        ca_, cb_ = cupy.asarray(host[0]), cupy.asarray(host[1])
        return lambda: ca_ @ cb_

    T = pk.TILE
    both("tiled_matmul", (m // T, m // T), (T, T), lambda: (A, B, np.zeros((m, m), np.float32)), check_mm,
         cupy_run=cupy_mm)

    def check_sum(got, host):
        assert abs(got[1][0] - host[0].sum(dtype=np.float64)) < 1e-3 * n

    def cupy_sum(host):
        cx = cupy.asarray(host[0])
        return lambda: cx.sum()

    both("block_sum", n // 256, 256, lambda: (x, np.zeros(1, np.float32)), check_sum, moved_bytes=4 * n,
         cupy_run=cupy_sum)

    values = rng.integers(0, 1 << 20, n).astype(np.int32)

    def cupy_hist(host):
        cv = cupy.asarray(host[0] & 255)
        return lambda: cupy.bincount(cv, minlength=256)

    both("histogram", n // 256, 256, lambda: (values, np.zeros(256, np.int32)),
         lambda got, host: np.testing.assert_array_equal(got[1], np.bincount(host[0] & 255, minlength=256)),
         moved_bytes=4 * n, cupy_run=cupy_hist)

    # ---- compile latency ----
    latency = (compile_latency(pcuda), compile_latency(ncuda))
    report(out_dir, device, overhead, rows, copy_bw, latency, numba_cuda_version(), cupy.__version__)


def numba_cuda_version():
    try:
        import importlib.metadata as md
        return md.version("numba-cuda")
    except Exception:
        import numba
        return f"numba {numba.__version__}"


def report(out_dir, device, overhead, rows, copy_bw, latency, numba_version, cupy_version):
    cc = device.compute_capability
    lines = [
        "# CUDA kernels on the GPU",
        "",
        f"{date.today()} on {device.name} (compute capability {cc[0]}.{cc[1]}, "
        f"{device.MULTIPROCESSOR_COUNT} SMs); numba-cuda {numba_version}, CuPy {cupy_version}. "
        "Same Python kernels for penna and numba-cuda; results checked against NumPy first.",
        "",
        "## Host-side launch overhead (us per launch call)",
        "",
        "| kernel | penna | numba-cuda | CuPy RawKernel | penna / numba-cuda |",
        "|---|---|---|---|---|",
    ]
    for name, (p, n, c) in overhead.items():
        lines.append(f"| {name} | {p:.2f} | {n:.2f} | {c:.2f} | {p / n:.2f} |")
    lines += [
        "",
        f"## Kernel time (ms, best of 20; device copy bandwidth {copy_bw / 1e9:.0f} GB/s)",
        "",
        "| kernel | penna | numba-cuda | CuPy (library call) | penna / numba-cuda | penna bandwidth / copy |",
        "|---|---|---|---|---|---|",
    ]
    for name, p, n, c, moved in rows:
        bw = f"{moved / (p * 1e-3) / copy_bw:.0%}" if moved else "-"
        cs = f"{c:.3f}" if c is not None else "-"
        lines.append(f"| {name} | {p:.3f} | {n:.3f} | {cs} | {p / n:.2f} | {bw} |")
    lines += [
        "",
        "## Compile latency of a small kernel to PTX (ms, median of 10 fresh functions)",
        "",
        "| penna | numba-cuda | penna / numba-cuda |",
        "|---|---|---|",
        f"| {latency[0]:.2f} | {latency[1]:.2f} | {latency[0] / latency[1]:.2f} |",
    ]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "cuda_gpu.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results"))
