"""Ahead-of-time modules (issue 22): `python -m penna aot` against Numba's
`pycc` on the same functions, in one run: build time, size, and in fresh
processes the import of the compiled module and its first call; beside them
the JIT with a warm disk cache. Also the size of the self-contained wheel
when `scripts/wheel.sh` has built one.

    python benches/aot.py      # in the project's venv, with numba installed

Writes benches/results/aot.md.
"""

import glob
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from harness import machine  # noqa: E402

REPEATS = 15
ROOT = pathlib.Path(__file__).resolve().parent.parent

SOURCE = '''
import numpy as np
import penna

@penna.jit("float64(float64[:])", cache=True)
def rms(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return np.sqrt(s / a.shape[0])

@penna.jit("int64(int64)", cache=True)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
'''

PYCC = '''
import numpy as np
from numba.pycc import CC

cc = CC("{name}")
cc.output_dir = {out!r}

@cc.export("rms", "f8(f8[:])")
def rms(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return np.sqrt(s / a.shape[0])

@cc.export("collatz", "i8(i8)")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

cc.compile()
'''

DRIVER = '''
import time
import numpy as np
a = np.arange(100.0)
t0 = time.perf_counter()
import {name}
t1 = time.perf_counter()
{name}.rms(a)
{name}.collatz(27)
t2 = time.perf_counter()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3)
'''


def fresh(name, path, env=None):
    """(import ms, first calls ms): medians over fresh processes."""
    env = dict(os.environ, **(env or {}), PYTHONPATH=str(path))
    runs = []
    for _ in range(REPEATS):
        out = subprocess.run([sys.executable, "-c", DRIVER.format(name=name)], cwd=path, env=env,
                             capture_output=True, text=True, check=True)
        runs.append([float(x) for x in out.stdout.split()])
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def build_penna(work):
    src = work / "src"
    src.mkdir()
    (src / "aotmod.py").write_text(SOURCE)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "penna", "aot", str(src / "aotmod.py"), "-o",
                    str(work / "penna")], check=True, capture_output=True)
    return time.perf_counter() - t0, next((work / "penna").glob("aotmod.cpython*.so"))


def build_pycc(work):
    out = work / "pycc"
    out.mkdir()
    script = work / "build_pycc.py"
    script.write_text(PYCC.format(name="pyccmod", out=str(out)))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    if done.returncode != 0:
        return None, None
    return time.perf_counter() - t0, next(out.glob("pyccmod*.so"))


def main():
    work = pathlib.Path(tempfile.mkdtemp(prefix="penna-aot-bench-"))
    try:
        rows = []
        seconds, so = build_penna(work)
        imp, call = fresh("aotmod", so.parent)
        rows.append(("penna aot", seconds, so.stat().st_size, imp, call))
        seconds, so = build_pycc(work)
        if so is not None:
            imp, call = fresh("pyccmod", so.parent)
            rows.append(("Numba pycc", seconds, so.stat().st_size, imp, call))
        # The JIT with a warm disk cache: the module imports penna.
        jit_dir = work / "jit"
        jit_dir.mkdir()
        (jit_dir / "jitmod.py").write_text(SOURCE)
        cache = {"PENNA_CACHE_DIR": str(work / "cache")}
        fresh("jitmod", jit_dir, cache)  # fills the cache
        imp, call = fresh("jitmod", jit_dir, cache)
        rows.append(("penna jit, warm cache", None, None, imp, call))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        "# Ahead-of-time modules",
        "",
        f"`python benches/aot.py`, {machine()}; two small functions (`rms` over an array, "
        f"`collatz` on an int); import and first calls are medians of {REPEATS} fresh "
        "processes (NumPy already imported).",
        "",
        "| | build s | module size | import ms | first calls ms | import + first calls ms |",
        "|---|---|---|---|---|---|",
    ]
    for name, seconds, size, imp, call in rows:
        build = f"{seconds:.2f}" if seconds is not None else "-"
        size = f"{size / 1e6:.2f} MB" if size is not None else "-"
        lines.append(f"| {name} | {build} | {size} | {imp:.2f} | {call:.3f} | {imp + call:.2f} |")
    wheels = glob.glob(str(ROOT / "target" / "wheels" / "*.whl"))
    if wheels:
        wheel = pathlib.Path(wheels[0])
        lines += ["", f"The self-contained wheel (`bash scripts/wheel.sh`): `{wheel.name}`, "
                      f"{wheel.stat().st_size / 1e6:.1f} MB."]
    text = "\n".join(lines) + "\n"
    print(text)
    (pathlib.Path(__file__).parent / "results" / "aot.md").write_text(text)


if __name__ == "__main__":
    main()
