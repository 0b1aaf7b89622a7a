"""Slow paths found by running real code (issue 23), each kept as a case so
that it stays fixed: penna against Numba on the same source, in one run.

    python benches/slow_paths.py      # in the project's venv, with numba installed

Writes benches/results/slow_paths.md (ratio penna / Numba of the best sample,
warm: compile time excluded; below 1 penna is faster).
"""

import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))

import numba  # noqa: E402
import numpy as np  # noqa: E402

import penna  # noqa: E402
from harness import compare, machine  # noqa: E402

SOURCE = '''
import numpy as np
from {lib} import prange

def lennard_jones(r2):
    # r6 = r2 ** 3: a float to a small constant integer power
    e = 0.0
    for i in range(r2.shape[0]):
        r6 = r2[i] ** 3
        e += 1.0 / (r6 * r6) - 1.0 / r6
    return e

def power_six(x):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] ** 6
    return s

def runtime_power(x, n):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] ** n
    return s

def int_runtime_power(a, n, out):
    for i in range(a.shape[0]):
        out[i] = a[i] ** n

def int_floordiv(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] // b[i]

def int_mod(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] % b[i]

def float_floordiv(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] // b[i]

def float_mod(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] % b[i]

def add(a, b):
    return a + b

def sum_axis0(m):
    return m.sum(axis=0)

def sum_axis1(m):
    return m.sum(axis=1)

def convolve(x, k, out):
    n = k.shape[0]
    for i in range(x.shape[0] - n + 1):
        s = 0.0
        for j in range(n):
            s += x[i + j] * k[j]
        out[i] = s

# A small module-level array: frozen, its shape a compile-time constant.
TAPS = np.array([0.05, 0.1, 0.2, 0.3, 0.2, 0.1, 0.05])

def frozen_taps(x, out):
    for i in range(x.shape[0] - TAPS.size + 1):
        s = 0.0
        for j in range(TAPS.size):
            s += x[i + j] * TAPS[j]
        out[i] = s

def prange_min_max(x):
    lo = np.inf
    hi = -np.inf
    for i in prange(x.shape[0]):
        lo = min(lo, x[i])
        hi = max(hi, x[i])
    return hi - lo

def nothing():
    return 1

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def saxpy(alpha, x, y, out):
    for i in range(x.shape[0]):
        out[i] = alpha * x[i] + y[i]
    return out[0]
'''

CASES = [
    ("`r2 ** 3` (Lennard-Jones), 1e5 floats", "lennard_jones", lambda: (np.linspace(1.0, 2.0, 100_000),)),
    ("`x ** 6`, 1e5 floats", "power_six", lambda: (np.linspace(0.5, 1.5, 100_000),)),
    ("`x ** n` (n = 5 at run time), 1e5 floats", "runtime_power", lambda: (np.linspace(0.5, 1.5, 100_000), 5)),
    ("`a[i] ** n` (n = 5 at run time), 1e5 int64", "int_runtime_power",
     lambda: (np.arange(100_000, dtype=np.int64) % 1000, 5, np.empty(100_000, np.int64))),
    ("`a[i] // b[i]`, 1e5 int64", "int_floordiv", lambda: _ints() + (np.empty(100_000, np.int64),)),
    ("`a[i] % b[i]`, 1e5 int64", "int_mod", lambda: _ints() + (np.empty(100_000, np.int64),)),
    ("`a[i] // b[i]`, 1e5 float64", "float_floordiv", lambda: _floats() + (np.empty(100_000),)),
    ("`a[i] % b[i]`, 1e5 float64", "float_mod", lambda: _floats() + (np.empty(100_000),)),
    ("`m.sum(axis=0)`, 1000x1000 float64", "sum_axis0", lambda: (np.random.default_rng(3).random((1000, 1000)),)),
    ("`m.sum(axis=1)`, 1000x1000 float64", "sum_axis1", lambda: (np.random.default_rng(3).random((1000, 1000)),)),
    ("1-D convolution, 16 taps, 1e5 floats", "convolve",
     lambda: (np.random.default_rng(4).random(100_000), np.random.default_rng(5).random(16), np.empty(99_985))),
    ("7-tap filter over a module-level (frozen) array, 1e5 floats", "frozen_taps",
     lambda: (np.random.default_rng(6).random(100_000), np.empty(99_994))),
    ("`prange` min and max, 1e6 floats (`parallel=True`)", "prange_min_max",
     lambda: (np.random.default_rng(7).random(1_000_000),)),
    ("recursive `fib(22)` (C `gcc -O3`: see `benches/suite.py`)", "fib", lambda: (22,)),
]


# Call overhead: (label, how to make the callable from penna's or Numba's
# module of decorated functions, arguments). Lazy (signature-less) ufuncs.
CALL_CASES = [
    ("lazy `@vectorize` call, 10 floats", lambda mod: mod["vadd"], lambda: (np.arange(10.0), np.arange(10.0))),
    ("lazy `@vectorize` `.reduce`, 10 floats", lambda mod: mod["vadd"].reduce, lambda: (np.arange(10.0),)),
    ("zero-argument call", lambda mod: mod["nothing"], lambda: ()),
    # np.float64 subclasses float: it must take the NumPy scalars' fast path.
    ("saxpy, `np.float64` + 3 arrays of 1000", lambda mod: mod["saxpy"],
     lambda: (np.float64(2.5), np.ones(1000), np.ones(1000), np.zeros(1000))),
]


def _ints():
    rng = np.random.default_rng(1)
    a = rng.integers(-1000, 1000, 100_000)
    b = rng.integers(1, 50, 100_000) * rng.choice([-1, 1], 100_000)
    return a, b


def _floats():
    rng = np.random.default_rng(2)
    return rng.uniform(-100, 100, 100_000), rng.uniform(0.5, 10, 100_000) * rng.choice([-1, 1], 100_000)


# Compiled with `parallel=True` (the rest without).
PARALLEL = {"prange_min_max"}


def load(decorate, lib, parallel_decorate=None):
    ns = {}
    source = SOURCE.replace("{lib}", lib)
    path = pathlib.Path(tempfile.gettempdir()) / f"penna_bench_slow_paths_{lib}.py"
    path.write_text(source)
    exec(compile(source, str(path), "exec"), ns)
    functions = {name: fn for name, fn in ns.items() if hasattr(fn, "__code__") and fn.__module__ is None}
    compiled = {name: (parallel_decorate if name in PARALLEL and parallel_decorate else decorate)(fn)
                for name, fn in functions.items()}
    # Recursive functions call themselves through the module's globals.
    ns.update(compiled)
    return compiled


def main():
    ours = load(penna.jit, "penna", penna.jit(parallel=True))
    theirs = load(numba.njit, "numba", numba.njit(parallel=True))
    ours["vadd"] = load(penna.vectorize, "penna")["add"]
    theirs["vadd"] = load(numba.vectorize, "numba")["add"]
    for m in (ours, theirs):
        m["vadd"](np.arange(10.0), np.arange(10.0))
        m["vadd"].reduce(np.arange(10.0))
    rows = []
    for label, name, make in CASES:
        args = make()
        a, b = ours[name], theirs[name]
        got, want = a(*args), b(*args)
        if got is None:  # the result is written into the last argument
            got = args[-1].copy()
            b(*args)
            want = args[-1]
        assert np.allclose(got, want, rtol=1e-12), name
        pause = 0.05 if name in PARALLEL else 0.0
        stats = compare({"penna": a, "numba": b}, lambda _label: args, pause=pause)
        ratio = stats["penna"].best / stats["numba"].best
        rows.append(f"| {label} | {stats['penna'].best * 1e3:.3f} | {stats['numba'].best * 1e3:.3f} | {ratio:.2f} |")
        print(rows[-1], flush=True)
    for label, pick, make in CALL_CASES:
        args = make()
        a, b = pick(ours), pick(theirs)
        assert np.allclose(a(*args), b(*args)), label
        stats = compare({"penna": a, "numba": b}, lambda _label: args)
        ratio = stats["penna"].best / stats["numba"].best
        rows.append(f"| {label} | {stats['penna'].best * 1e3:.5f} | {stats['numba'].best * 1e3:.5f} | {ratio:.2f} |")
        print(rows[-1], flush=True)
    out = pathlib.Path(__file__).parent / "results" / "slow_paths.md"
    out.write_text(
        "# Slow paths of issue 23: penna vs Numba\n\n"
        f"{machine()}; Numba {numba.__version__}, NumPy {np.__version__}\n\n"
        "| case | penna ms | Numba ms | penna / Numba |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    print(f"wrote {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
