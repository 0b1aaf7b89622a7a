"""HIP kernels on an AMD GPU: ``penna.hip`` against numba-hip (the same
Python kernels, where ``numba.hip`` is installed) and CuPy's library calls
(where CuPy for ROCm is installed), side by side in one run, on an AMD GPU
machine. The mirror of ``cuda_gpu.py``, written before any AMD machine was
available to this project: ready for the first one.

    bash scripts/hip_check.sh       # on the AMD machine: tests, then this
    python benches/hip_gpu.py OUT   # with penna importable

Measured:
- host-side launch overhead of an empty kernel and of one taking 4 device
  arrays (the time a launch call takes, best of batches, queue drained
  between batches);
- kernel time of saxpy, a 5-point 2D stencil, a 16x16 tiled matmul, a block
  reduction and an atomic histogram (HIP events, best of repeats), with
  memory-bound kernels as a fraction of the device's copy bandwidth (a
  device-to-device copy);
- compile latency of a small kernel to a code object (a fresh function each time).

Results are checked against NumPy before timing. Clocks of MI300 parts ramp
for ~0.4 s: every kernel runs once before it is timed. Writes OUT/hip_gpu.md
(default benches/results/).
"""

import os
import sys
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cuda_gpu import launch_overhead, load  # noqa: E402  (shared with the CUDA benchmark)


def kernel_ms(hip, run, repeats=20):
    """Best GPU time of `run()` in milliseconds (HIP events on the default stream)."""
    run()
    hip.synchronize()
    best = float("inf")
    for _ in range(repeats):
        start, end = hip.event(), hip.event()
        start.record()
        run()
        end.record()
        end.synchronize()
        best = min(best, start.elapsed_time(end))
    return best


def compile_latency(hip, reps=10):
    """Median milliseconds to compile a fresh small kernel to a code object."""
    import linecache
    import statistics
    import time
    from cuda_gpu import AXPY_SOURCE
    times = []
    for n in range(reps + 1):
        scope = {"cuda": hip}
        name = f"<bench-hip-axpy-{n}>"
        source = AXPY_SOURCE.format(n=n)
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)
        exec(compile(source, name, "exec"), scope)
        t = time.perf_counter()
        hip.compile_hsaco(scope[f"axpy_{n}"], "void(float32, float32[:], float32[:], float32[:])")
        if n:
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def optional_numba_hip():
    try:
        from numba import hip as nhip  # numba-hip (ROCm/numba-hip)
        import numba
        return nhip, numba.float32
    except Exception:
        return None, None


def main(out_dir):
    import penna
    from penna import hip

    if not hip.is_available():
        raise SystemExit("no AMD GPU: " + str(penna._native.hip_unavailable_reason()))
    nhip, nfloat32 = optional_numba_hip()
    pk = load("penna_hip", hip, penna.float32)
    nk = load("numba_hip", nhip, nfloat32) if nhip else None
    rng = np.random.default_rng(0)
    device = hip.get_current_device()

    # ---- launch overhead ----
    pa = [hip.device_array(1024, np.float32) for _ in range(4)]
    pe, pf = hip.jit(pk.empty), hip.jit(pk.four_arrays)
    overhead = {
        "empty kernel": [launch_overhead(lambda: pe[1, 32](), sync=hip.synchronize)],
        "4 array arguments": [launch_overhead(lambda: pf[1, 32](*pa), sync=hip.synchronize)],
    }
    if nk:
        na = [nhip.device_array(1024, np.float32) for _ in range(4)]
        ne, nf = nhip.jit(nk.empty), nhip.jit(nk.four_arrays)
        overhead["empty kernel"].append(launch_overhead(lambda: ne[1, 32](), sync=hip.synchronize))
        overhead["4 array arguments"].append(launch_overhead(lambda: nf[1, 32](*na), sync=hip.synchronize))

    # ---- kernel times ----
    copy_n = 1 << 26
    src, dst = hip.to_device(np.ones(copy_n, np.float32)), hip.device_array(copy_n, np.float32)
    copy_ms = kernel_ms(hip, lambda: dst.copy_to_device(src))
    copy_bw = 2 * 4 * copy_n / (copy_ms * 1e-3)
    rows = []

    def run(name, grid, block, host, check, moved_bytes=None):
        pargs = [hip.to_device(a) if isinstance(a, np.ndarray) else a for a in host]
        launch = hip.jit(getattr(pk, name))[grid, block]
        launch(*pargs)
        hip.synchronize()
        check([a.copy_to_host() if hasattr(a, "copy_to_host") else a for a in pargs], host)
        p_ms = kernel_ms(hip, lambda: launch(*pargs))
        n_ms = None
        if nk:
            nargs = [nhip.to_device(a) if isinstance(a, np.ndarray) else a for a in host]
            nlaunch = nhip.jit(getattr(nk, name))[grid, block]
            n_ms = kernel_ms(hip, lambda: nlaunch(*nargs))
        rows.append((name, p_ms, n_ms, moved_bytes))
        print(name, p_ms, n_ms, flush=True)

    n = 1 << 26
    x, y = rng.random(n, np.float32), rng.random(n, np.float32)
    run("axpy", (n + 255) // 256, 256, (np.float32(2), x, y, np.zeros(n, np.float32)),
        lambda got, host: np.testing.assert_allclose(got[3], np.float32(2) * host[1] + host[2], rtol=1e-6),
        moved_bytes=3 * 4 * n)
    side = 8192
    img = rng.random((side, side), np.float32)

    def check_stencil(got, host):
        a = host[0]
        ref = 0.25 * (a[:-2, 1:-1] + a[2:, 1:-1] + a[1:-1, :-2] + a[1:-1, 2:]) - a[1:-1, 1:-1]
        np.testing.assert_allclose(got[1][1:-1, 1:-1], ref, rtol=1e-5, atol=1e-6)
    run("stencil", (side // 32, side // 8), (32, 8), (img, np.zeros_like(img)), check_stencil,
        moved_bytes=2 * 4 * side * side)
    m = 2048
    A, B = rng.random((m, m), np.float32), rng.random((m, m), np.float32)
    T = pk.TILE
    run("tiled_matmul", (m // T, m // T), (T, T), (A, B, np.zeros((m, m), np.float32)),
        lambda got, host: np.testing.assert_allclose(got[2], host[0] @ host[1], rtol=1e-3))
    run("block_sum", n // 256, 256, (x, np.zeros(1, np.float32)),
        lambda got, host: np.testing.assert_allclose(got[1][0], host[0].sum(dtype=np.float64), rtol=1e-3),
        moved_bytes=4 * n)
    values = rng.integers(0, 1 << 20, n).astype(np.int32)
    run("histogram", n // 256, 256, (values, np.zeros(256, np.int32)),
        lambda got, host: np.testing.assert_array_equal(got[1], np.bincount(host[0] & 255, minlength=256)),
        moved_bytes=4 * n)

    latency = compile_latency(hip)
    lines = [
        "# HIP kernels on an AMD GPU",
        "",
        f"{date.today()} on {device.name} ({device.gcn_arch_name}, {device.MULTIPROCESSOR_COUNT} CUs, "
        f"wavefront {device.WAVEFRONT_SIZE}); HIP runtime {hip.runtime_version()}; "
        f"numba-hip: {'yes' if nk else 'not installed'}.",
        "",
        "## Host-side launch overhead (us per launch call)",
        "",
        "| kernel | penna | numba-hip |",
        "|---|---:|---:|",
    ]
    for name, values in overhead.items():
        other = f"{values[1]:.2f}" if len(values) > 1 else "-"
        lines.append(f"| {name} | {values[0]:.2f} | {other} |")
    lines += [
        "",
        f"## Kernel time (ms, best of 20; device copy bandwidth {copy_bw / 1e9:.0f} GB/s)",
        "",
        "| kernel | penna | numba-hip | penna bandwidth / copy |",
        "|---|---:|---:|---:|",
    ]
    for name, p_ms, n_ms, moved in rows:
        share = f"{moved / (p_ms * 1e-3) / copy_bw:.2f}" if moved else "-"
        lines.append(f"| {name} | {p_ms:.3f} | {f'{n_ms:.3f}' if n_ms else '-'} | {share} |")
    lines += ["", f"Compile latency of a small kernel to a code object: {latency:.1f} ms.", ""]
    text = "\n".join(lines)
    print(text)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "hip_gpu.md"), "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results"))
