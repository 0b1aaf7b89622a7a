"""Dask start-up (issue 22): how long 4 fresh process workers take to run
their first task, which calls a compiled function, with a cold and with a
warm shared disk cache; penna against Numba's ``cache=True``, in one run.

    python benches/dask_start.py      # in the project's venv, with numba and dask

Cluster start-up is excluded: the clock runs from sending the task to every
worker (``client.run``) until all have answered. Writes
benches/results/dask_start.md.
"""

import os
import pathlib
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from harness import machine  # noqa: E402

WORKERS = 4
REPEATS = 3

MODULE = '''
import numpy as np
from {jit_module} import {jit_name} as jit

@jit(cache=True)
def smooth(block):
    out = np.empty_like(block)
    n = block.shape[0]
    for i in range(n):
        lo, hi = max(i - 1, 0), min(i + 2, n)
        s = 0.0
        for j in range(lo, hi):
            s += block[j]
        out[i] = s / (hi - lo)
    return out

@jit(cache=True)
def histogram(values, lo, hi, bins):
    counts = np.zeros(bins, dtype=np.int64)
    width = (hi - lo) / bins
    for v in values:
        k = int((v - lo) / width)
        if 0 <= k < bins:
            counts[k] += 1
    return counts

def task():
    x = np.linspace(0.0, 1.0, 1000)
    return float(smooth(x).sum()) + float(histogram(x, 0.0, 1.0, 10).sum())
'''

JITS = {"penna": ("penna", "jit"), "Numba": ("numba", "njit")}


def first_tasks(client, work):
    """Seconds until every worker ran `bench_mod.task()` once."""
    def run():
        sys.path.insert(0, str(work))
        import bench_mod
        return bench_mod.task()

    start = time.perf_counter()
    client.run(run)
    return time.perf_counter() - start


def measure(name):
    """(cold s, warm s): medians over fresh clusters."""
    import distributed

    jit_module, jit_name = JITS[name]
    cold, warm = [], []
    for _ in range(REPEATS):
        work = pathlib.Path(tempfile.mkdtemp(prefix="penna-dask-bench-"))
        (work / "bench_mod.py").write_text(MODULE.format(jit_module=jit_module, jit_name=jit_name))
        os.environ.update(PYTHONPATH=str(work), PENNA_CACHE_DIR=str(work / "penna-cache"),
                          NUMBA_CACHE_DIR=str(work / "numba-cache"))
        try:
            for times in (cold, warm):
                with distributed.LocalCluster(n_workers=WORKERS, threads_per_worker=1,
                                              processes=True, dashboard_address=None) as cluster:
                    with distributed.Client(cluster) as client:
                        client.run(lambda: __import__(jit_module))  # import excluded
                        times.append(first_tasks(client, work))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return statistics.median(cold), statistics.median(warm)


def main():
    rows = [(name, *measure(name)) for name in JITS]
    lines = [
        "# Dask: first task on 4 fresh process workers",
        "",
        f"`python benches/dask_start.py`, {machine()}; {WORKERS} workers of one thread, "
        f"median of {REPEATS} fresh clusters; from sending the task to all workers until all "
        "answered (cluster start and the JIT's import excluded).",
        "",
        "| | cold cache s | warm shared cache s |",
        "|---|---|---|",
    ]
    for name, cold, warm in rows:
        lines.append(f"| {name} | {cold:.3f} | {warm:.3f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    (pathlib.Path(__file__).parent / "results" / "dask_start.md").write_text(text)


if __name__ == "__main__":
    main()
