"""The disk cache (issue 22): the first call of a small function in a fresh
process, compiled (no cache) and loaded from the cache, penna against Numba's
``cache=True``, in one run.

    python benches/cache.py      # in the project's venv, with numba installed

Each figure is the median over fresh interpreters of the time of the first
call alone (the import of penna / Numba excluded; it is reported on its own
line). Writes benches/results/cache.md.
"""

import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from harness import machine  # noqa: E402

REPEATS = 15

MODULE = '''
import numpy as np
from {jit_module} import {jit_name} as jit

@jit(cache=True)
def rms(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return np.sqrt(s / a.shape[0])
'''

DRIVER = '''
import time
t0 = time.perf_counter()
import {jit_module}
t1 = time.perf_counter()
import numpy as np
import cached_mod
a = np.arange(100.0)
time.sleep({delay})  # the program's other work between import and first call
t2 = time.perf_counter()
cached_mod.rms(a)
t3 = time.perf_counter()
print((t1 - t0) * 1e3, (t3 - t2) * 1e3)
'''

JITS = {"penna": ("penna", "jit"), "Numba": ("numba", "njit")}


def measure(name, cached, delay=0.0):
    """(import ms, first call ms): medians over fresh processes; the call
    comes `delay` seconds after the imports."""
    jit_module, jit_name = JITS[name]
    work = pathlib.Path(tempfile.mkdtemp(prefix="penna-cache-bench-"))
    try:
        (work / "cached_mod.py").write_text(MODULE.format(jit_module=jit_module, jit_name=jit_name))
        env = dict(os.environ, PYTHONPATH=str(work), PENNA_CACHE_DIR=str(work / "penna-cache"),
                   NUMBA_CACHE_DIR=str(work / "numba-cache"))
        if not cached:
            env["PENNA_CACHE"] = "0"
        code = DRIVER.format(jit_module=jit_module, delay=delay)

        def once():
            if not cached:
                # Numba has no switch to turn cache=True off: clear it instead.
                shutil.rmtree(work / "numba-cache", ignore_errors=True)
                shutil.rmtree(work / "__pycache__", ignore_errors=True)
            out = subprocess.run([sys.executable, "-c", code], cwd=work, env=env,
                                 capture_output=True, text=True, check=True)
            return [float(x) for x in out.stdout.split()]

        if cached:
            once()  # fills the cache
        runs = [once() for _ in range(REPEATS)]
        return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    rows = []
    for name in JITS:
        imp, cold = measure(name, cached=False)
        _, warm = measure(name, cached=True)
        _, later = measure(name, cached=True, delay=0.05)
        rows.append((name, imp, cold, warm, later))
    lines = [
        "# Disk cache: first call in a fresh process",
        "",
        f"`python benches/cache.py`, {machine()}; medians of {REPEATS} fresh processes, "
        "first call only (import excluded).",
        "",
        "| | import ms | first call, compiled ms | first call, cached, right after import ms "
        "| first call, cached, 50 ms after import ms |",
        "|---|---|---|---|---|",
    ]
    for name, imp, cold, warm, later in rows:
        lines.append(f"| {name} | {imp:.1f} | {cold:.2f} | {warm:.2f} | {later:.2f} |")
    p, n = rows
    lines += ["", f"penna's cached first call is {n[3] / p[3]:.0f}x faster than Numba's "
                  f"({p[3]:.2f} ms against {n[3]:.2f} ms right after import). `import penna` "
                  "starts LLVM's host target and the JIT on a thread; a call made before that "
                  "thread is done waits for it (the right-after-import column)."]
    text = "\n".join(lines) + "\n"
    print(text)
    out = pathlib.Path(__file__).parent / "results" / "cache.md"
    out.write_text(text)


if __name__ == "__main__":
    main()
