"""Foundation benchmarks: penna against Numba (and CPython), in one run.

    python benches/foundation.py            # or: scripts/bench.sh

Measures, interleaving the implementations so that machine noise hits both:
- first-call compile latency of a small loop function, each in a fresh process;
- `import` time, each in a fresh process;
- call overhead of add(int, int) and of a function taking one array;
- warm run time of loop kernels.
Start-up figures are medians over fresh processes; call overhead and kernel
times are the best of the interleaved repetitions. Writes benches/results/foundation.md and prints it. Ratios are penna / Numba:
below 1.0 means penna is faster.
"""

import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import textwrap
import time
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kernels  # noqa: E402

REPEATS = int(os.environ.get("PENNA_BENCH_REPEATS", "15"))


def fresh_process(code):
    """Runs `code` in a new interpreter; it prints one float (seconds)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


COMPILE_SNIPPET = """
import sys, time
sys.path.insert(0, {here!r})
{imports}
import kernels
f = {decorator}(kernels.small_loop)
t = time.perf_counter(); f(10); print(time.perf_counter() - t)
"""

IMPORT_SNIPPET = """
import time
t = time.perf_counter(); import {module}; print(time.perf_counter() - t)
"""


def compile_latency():
    rows = {}
    for name, imports, decorator in [("penna", "import penna", "penna.jit"), ("numba", "import numba", "numba.njit")]:
        rows[name] = []
    for _ in range(REPEATS):
        for name, imports, decorator in [("penna", "import penna", "penna.jit"), ("numba", "import numba", "numba.njit")]:
            rows[name].append(fresh_process(COMPILE_SNIPPET.format(here=HERE, imports=imports, decorator=decorator)))
    return {k: statistics.median(v) for k, v in rows.items()}, rows


def import_time():
    rows = {"penna": [], "numba": []}
    for _ in range(REPEATS):
        for name in rows:
            rows[name].append(fresh_process(IMPORT_SNIPPET.format(module=name)))
    return {k: statistics.median(v) for k, v in rows.items()}, rows


def per_call(fn, args, number):
    t = time.perf_counter()
    for _ in range(number):
        fn(*args)
    return (time.perf_counter() - t) / number


def timed(fn, args, number):
    best = []
    for _ in range(REPEATS):
        best.append(per_call(fn, args, number))
    return best


def compiled_pair(name):
    import numba

    import penna

    py = getattr(kernels, name)
    # Recursive kernels refer to themselves by global name: compile each in its
    # own copy of the module so penna's and Numba's calls stay separate.
    out = {}
    for label, decorate in [("penna", penna.jit), ("numba", numba.njit)]:
        spec = importlib.util.spec_from_file_location(f"kernels_{label}", kernels.__file__)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        fn = decorate(getattr(module, name))
        setattr(module, name, fn)
        out[label] = fn
    out["python"] = py
    return out


def interleaved(name, args, number, with_python=False):
    fns = compiled_pair(name)
    for label in ("penna", "numba"):
        fns[label](*args)  # compile + warm up
    samples = {"penna": [], "numba": []}
    if with_python:
        samples["python"] = []
    labels = list(samples)
    for rep in range(REPEATS):
        # Alternate the order (ABBA) so that neither implementation always runs
        # right after the other's cache and branch-predictor state.
        for label in labels if rep % 2 == 0 else reversed(labels):
            samples[label].append(per_call(fns[label], args, number if label != "python" else max(1, number // 50)))
    return samples


def spread(values):
    m = statistics.median(values)
    return (max(values) - min(values)) / m if m else 0.0


def fmt_time(s):
    if s < 1e-6:
        return f"{s * 1e9:.0f} ns"
    if s < 1e-3:
        return f"{s * 1e6:.1f} us"
    return f"{s * 1e3:.2f} ms"


def main():
    import numba

    import penna

    lines = []
    warn = []
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, NumPy {np.__version__}, Numba {numba.__version__}, penna {penna.__version__}"
    lines.append(f"# penna foundation benchmarks ({date.today()})\n")
    lines.append(
        f"Machine: {machine}. Start-up: median of {REPEATS} fresh processes. Call overhead and kernels: "
        f"best of {REPEATS} interleaved repetitions (the minimum is the least noisy estimate on a shared machine). "
        "Ratio = penna / Numba: below 1.0 penna is faster.\n"
    )
    lines.append("Reproduce: `scripts/bench.sh` (or `python benches/foundation.py` in the venv).\n")

    lines.append("## Start-up\n")
    lines.append("| what | penna | Numba | ratio |\n|---|---|---|---|")
    med, raw = compile_latency()
    lines.append(f"| first call of a small loop function (compile), fresh process | {fmt_time(med['penna'])} | {fmt_time(med['numba'])} | {med['penna'] / med['numba']:.3f} |")
    med, raw = import_time()
    lines.append(f"| `import` | {fmt_time(med['penna'])} | {fmt_time(med['numba'])} | {med['penna'] / med['numba']:.2f} |")

    lines.append("\n## Call overhead\n")
    lines.append("| call | penna | Numba | ratio |\n|---|---|---|---|")
    a = np.arange(10.0)
    for label, name, args in [("add(int, int)", "add", (1, 2)), ("first(array)", "first", (a,))]:
        s = interleaved(name, args, 200_000)
        p, n = min(s["penna"]), min(s["numba"])
        lines.append(f"| {label} | {fmt_time(p)} | {fmt_time(n)} | {p / n:.2f} |")

    lines.append("\n## Warm run time of loop kernels\n")
    lines.append("| kernel | penna | Numba | CPython | penna / Numba |\n|---|---|---|---|---|")
    rng = np.random.default_rng(0)
    x = rng.standard_normal(1_000_000)
    y = rng.standard_normal(1_000_000)
    grid = rng.standard_normal((500, 500))
    out = np.zeros_like(grid)
    cases = [
        ("sum of squares, 1e6 float64", "sum_squares", (x,), 20),
        ("dot, 1e6 float64", "dot", (x, y), 20),
        ("Mandelbrot 200x150, complex", "mandelbrot", (200, 150, 100), 3),
        ("2D stencil 500x500", "stencil", (grid, out), 20),
        ("Collatz up to 30000", "collatz", (30000,), 3),
        ("fib(22), recursive", "fib", (22,), 10),
    ]
    ratios = []
    for label, name, args, number in cases:
        s = interleaved(name, args, number, with_python=True)
        p, n, c = (min(s[k]) for k in ("penna", "numba", "python"))
        ratios.append(p / n)
        for k in ("penna", "numba"):
            if spread(s[k]) > 0.25:
                warn.append(f"{label}: {k} spread {spread(s[k]):.0%}")
        lines.append(f"| {label} | {fmt_time(p)} | {fmt_time(n)} | {fmt_time(c)} | {p / n:.2f} |")
    geo = statistics.geometric_mean(ratios)
    lines.append(f"| **geometric mean** | | | | **{geo:.2f}** |")
    if warn:
        lines.append("\nLarge spread (noisy machine): " + "; ".join(warn))
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "results", "foundation.md"), "w") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
