"""Parallel CPU benchmark: penna's thread pool against Numba `parallel=True`
and serial penna, in one run.

    scripts/bench.sh            # sets everything up; runs suite.py, then this
    python benches/parallel.py  # in the project's venv, with numba installed

Cases: speed-up of a compute-bound prange reduction over serial penna; the
entry overhead of a parallel loop of 16 iterations (the time of the whole call:
dispatch, team start, reduction), back to back and with 200 us of Python
between calls (idle workers must still be awake, or be woken); a triangular (imbalanced) loop under penna's
`schedule(dynamic)` directive against Numba's prange; a memory-bound row loop.
Method: harness.py's samples, but each implementation is timed on its own
after a pause, in rounds: thread pools keep spinning for a while after a region
(GOMP's spin-wait, penna's 1 ms spin), and on a machine with few cores those
spinning threads would steal the cores of whichever runtime is timed next.
Best of the rounds. Results: benches/results/parallel.md.
"""

import importlib.util
import os
import sys
import time
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402

NAMES = ["compute", "tiny", "triangle", "row_sums"]


def load(label, prange, decorate):
    spec = importlib.util.spec_from_file_location(
        f"parallel_kernels_{label}", os.path.join(HERE, "parallel_kernels.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.prange = prange
    for name in NAMES:
        setattr(module, name, decorate(getattr(module, name)))
    return module


def main():
    import numba

    import penna
    from penna import omp

    mods = {
        "penna": load("penna", penna.prange, penna.jit(parallel=True)),
        "penna serial": load("serial", range, penna.jit),
        "numba": load("numba", numba.prange, numba.njit(parallel=True)),
    }
    # The same triangle with an explicit dynamic schedule (penna only).
    dynamic = omp(mods["penna"].triangle.py_func, schedule="dynamic, 16")
    threads = penna.config_num_threads
    rng = np.random.default_rng(0)
    cases = [
        ("compute", "compute-bound reduction, 4M elements", lambda: (rng.random(4_000_000),)),
        ("tiny", "entry overhead: 16 iterations", lambda: (rng.random(16),)),
        ("triangle", "triangular loop, n=6000", lambda: (6000, np.zeros(6000))),
        ("row_sums", "row sums of a 4000x1000 matrix", lambda: (rng.random((4000, 1000)), np.zeros(4000))),
    ]
    rows = []
    for name, title, make in cases:
        args = make()
        impls = {label: getattr(m, name) for label, m in mods.items()}
        if name == "triangle":
            impls["penna dynamic"] = dynamic
        results = [impls[label](*args) for label in impls]
        ref = results[1] if results[1] is not None else args[-1]
        for r in results:
            if r is not None:
                assert np.isclose(r, ref, rtol=1e-9), (name, r, ref)
        stats = isolated(impls, args)
        if name == "tiny":
            rows.append((name, title, stats))
            print(name, {k: H.fmt_time(v.best) for k, v in stats.items()}, flush=True)
            name, title = "tiny", "entry overhead with 200 us of Python between calls"
            stats = isolated(impls, args, measure=after_gap)
        rows.append((name, title, stats))
        print(name, {k: H.fmt_time(v.best) for k, v in stats.items()}, flush=True)
    report(rows, threads, numba.__version__)


def isolated(impls, args, rounds=3, pause=0.3, measure=None):
    """Per implementation: the best of `rounds` rounds, each a harness sample
    set of that implementation alone (or `measure(fn, args)`), started after
    a pause."""
    best = {}
    for _ in range(rounds):
        for label, fn in impls.items():
            time.sleep(pause)
            own = tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
            if measure is None:
                stats = H.compare({label: fn}, lambda _label, own=own: own, repeats=5)[label]
            else:
                stats = measure(fn, own)
            if label not in best or stats.best < best[label].best:
                best[label] = stats
    return best


def after_gap(fn, args, gap=200e-6, calls=300, samples=5):
    """Per-call time of `fn(*args)` alone, each call made after `gap` seconds
    of Python work (a busy loop, so the core stays with this thread)."""
    fn(*args)
    H.settle()
    times = []
    for _ in range(samples):
        total = 0.0
        for _ in range(calls):
            end = time.perf_counter() + gap
            while time.perf_counter() < end:
                pass
            t = time.perf_counter()
            fn(*args)
            total += time.perf_counter() - t
        times.append(total / calls)
    return H.Stats(times)


def report(rows, threads, numba_version):
    lines = [
        "# Parallel CPU benchmark",
        "",
        f"{date.today()} on {H.machine()}; penna with {threads} threads, Numba {numba_version} "
        "`parallel=True` (its default threading layer).",
        "Times are the best of samples, each implementation timed alone after a pause "
        "(see parallel.py); ratios are time / Numba's time "
        "(below 1.0: penna is faster) and serial time / parallel time (speed-up).",
        "",
        "| case | penna | penna serial | Numba | penna / Numba | speed-up over serial | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, title, s in rows:
        notes = ""
        if "penna dynamic" in s:
            d = s["penna dynamic"].best
            notes = f"`schedule(dynamic, 16)`: {H.fmt_time(d)}, {d / s['numba'].best:.2f}x Numba"
        noisy = [k for k, v in s.items() if v.noisy]
        if noisy:
            notes += f" (noisy: {', '.join(noisy)})"
        lines.append(
            f"| {title} | {H.fmt_time(s['penna'].best)} | {H.fmt_time(s['penna serial'].best)} "
            f"| {H.fmt_time(s['numba'].best)} | {s['penna'].best / s['numba'].best:.2f} "
            f"| {s['penna serial'].best / s['penna'].best:.2f}x | {notes} |")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    path = os.path.join(HERE, "results", "parallel.md")
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
