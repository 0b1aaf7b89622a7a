"""NumPy breadth (issue 20): linear algebra, random numbers and statistics in
compiled code, penna against Numba and NumPy on the same source, in one run.

    python benches/numpy_breadth.py      # in the project's venv, with numba installed

Writes benches/results/numpy_breadth.md: best-sample times (warm: compile
time excluded) and the ratios penna / NumPy and penna / Numba (below 1
penna is faster). The random cases draw from each JIT's own generator.
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

def solve(a, b):
    return np.linalg.solve(a, b)

def matmul(a, b):
    return a @ b

def monte_carlo_pi(n):
    inside = 0
    for _ in range(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n

def median(a):
    return np.median(a)

def inverse(a):
    return np.linalg.inv(a)

def eigh(a):
    return np.linalg.eigh(a)[0]

def normals(n):
    return np.random.standard_normal(n)

def monte_carlo_pi_rng(rng, n):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n

def rng_normals(rng, n):
    return rng.normal(0.0, 1.0, n)
'''

PARALLEL_SOURCE = '''
import numpy as np

def expression_parallel(a, b):
    return np.sqrt(a * b + 2.0 * a) - b / (a + 1.0)

def sum_parallel(a):
    return np.sum(a)

def monte_carlo_pi_parallel(n):
    inside = 0
    for _ in PRANGE(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n
'''


STENCIL_SOURCE = '''
import numpy as np
import LIB

@LIB.stencil
def blur(a):
    return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])

@JIT(parallel=True)
def blur_image(a):
    return blur(a)
'''


def _spd(n, seed):
    m = np.random.default_rng(seed).random((n, n))
    return m @ m.T + n * np.eye(n)


CASES = [
    # label, function, arguments, NumPy's own call (None: no NumPy equivalent), exact check
    ("`np.linalg.solve`, 500x500", "solve",
     lambda: (_spd(500, 1), np.random.default_rng(2).random(500)), np.linalg.solve, "close"),
    ("`a @ b`, 1000x1000 float64", "matmul",
     lambda: (np.random.default_rng(3).random((1000, 1000)), np.random.default_rng(4).random((1000, 1000))),
     np.matmul, "close"),
    ("`np.linalg.inv`, 300x300", "inverse", lambda: (_spd(300, 5),), np.linalg.inv, "close"),
    ("`np.linalg.eigh` values, 200x200", "eigh", lambda: (_spd(200, 6),), lambda a: np.linalg.eigh(a)[0], "close"),
    ("`np.median`, 1e6 floats", "median", lambda: (np.random.default_rng(7).random(1_000_000),), np.median, "exact"),
    ("Monte-Carlo pi, `np.random.random()` x 2e6", "monte_carlo_pi", lambda: (1_000_000,), None, "pi"),
    ("`np.random.standard_normal(1e6)`", "normals", lambda: (1_000_000,), np.random.standard_normal, "shape"),
    ("Monte-Carlo pi, `rng.random()` of a `Generator` x 2e6", "monte_carlo_pi_rng",
     lambda: (np.random.default_rng(9), 1_000_000), None, "pi"),
    ("`rng.normal(0, 1, 1e6)` of a `Generator`", "rng_normals",
     lambda: (np.random.default_rng(10), 1_000_000), lambda rng, n: rng.normal(0.0, 1.0, n), "shape"),
]


def _numpy_expression_parallel(a, b):
    return np.sqrt(a * b + 2.0 * a) - b / (a + 1.0)


def _numpy_sum_parallel(a):
    return np.sum(a)


def load(decorate, source, name):
    ns = {}
    path = pathlib.Path(tempfile.gettempdir()) / f"penna_bench_{name}.py"
    path.write_text(source)
    exec(compile(source, str(path), "exec"), ns)
    return {k: decorate(fn) for k, fn in ns.items() if hasattr(fn, "__code__")}


def check(kind, got, want):
    if kind == "close":
        assert np.allclose(got, want, rtol=1e-8), "results differ"
    elif kind == "exact":
        assert got == want
    elif kind == "pi":
        assert abs(got - np.pi) < 0.01
    else:
        assert np.shape(got) == np.shape(want)


def main():
    ours, theirs = load(penna.jit, SOURCE, "breadth"), load(numba.njit, SOURCE, "breadth")
    rows = []
    for label, name, make, numpy_fn, kind in CASES:
        args = make()
        a, b = ours[name], theirs[name]
        want = numpy_fn(*args) if numpy_fn is not None else None
        check(kind, a(*args), want if want is not None else b(*args))
        check(kind, b(*args), want if want is not None else a(*args))
        impls = {"penna": a, "numba": b}
        if numpy_fn is not None:
            impls["numpy"] = numpy_fn
        stats = compare(impls, lambda _label: args)
        p, n = stats["penna"].best, stats["numba"].best
        ref = stats["numpy"].best if "numpy" in stats else None
        rows.append(f"| {label} | {p * 1e3:.3f} | {n * 1e3:.3f} | "
                    f"{'-' if ref is None else f'{ref * 1e3:.3f}'} | {p / n:.2f} | "
                    f"{'-' if ref is None else f'{p / ref:.2f}'} |")
        print(rows[-1], flush=True)
    par_ours = load(lambda f: penna.jit(f, parallel=True),
                    "import penna\n" + PARALLEL_SOURCE.replace("PRANGE", "penna.prange"), "breadth_par")
    par_theirs = load(lambda f: numba.njit(f, parallel=True),
                      "import numba\n" + PARALLEL_SOURCE.replace("PRANGE", "numba.prange"), "breadth_par_nb")
    x, y = np.random.default_rng(12).random(4_000_000), np.random.default_rng(13).random(4_000_000)
    for label, name, args in (("`parallel=True` array expression on 4e6 floats", "expression_parallel", (x, y)),
                              ("`parallel=True` `np.sum` of 4e6 floats", "sum_parallel", (x,))):
        a, b = par_ours[name], par_theirs[name]
        assert np.allclose(a(*args), b(*args))
        numpy_fn = getattr(sys.modules[__name__], "_numpy_" + name)
        stats = compare({"penna": a, "numba": b, "numpy": numpy_fn}, lambda _label: args)
        p, n, ref = stats["penna"].best, stats["numba"].best, stats["numpy"].best
        rows.append(f"| {label} ({penna.get_num_threads()} threads) | {p * 1e3:.3f} | {n * 1e3:.3f} | "
                    f"{ref * 1e3:.3f} | {p / n:.2f} | {p / ref:.2f} |")
        print(rows[-1], flush=True)
    a, b = par_ours["monte_carlo_pi_parallel"], par_theirs["monte_carlo_pi_parallel"]
    args = (4_000_000,)
    check("pi", a(*args), None)
    check("pi", b(*args), None)
    stats = compare({"penna": a, "numba": b}, lambda _label: args)
    p, n = stats["penna"].best, stats["numba"].best
    rows.append(f"| `prange` Monte-Carlo pi x 4e6 ({penna.get_num_threads()} threads) | {p * 1e3:.3f} | {n * 1e3:.3f} | - | {p / n:.2f} | - |")
    print(rows[-1], flush=True)
    stencils = {}
    for lib, jit in (("penna", "penna.jit"), ("numba", "numba.njit")):
        ns = {}
        source = STENCIL_SOURCE.replace("LIB", lib).replace("JIT", jit)
        path = pathlib.Path(tempfile.gettempdir()) / f"penna_bench_stencil_{lib}.py"
        path.write_text(source)
        exec(compile(source, str(path), "exec"), ns)
        stencils[lib] = ns["blur_image"]
    image = np.random.default_rng(8).random((2000, 2000))
    assert np.allclose(stencils["penna"](image), stencils["numba"](image))
    stats = compare(stencils, lambda _label: (image,))
    p, n = stats["penna"].best, stats["numba"].best
    rows.append(f"| `@stencil` blur, 2000x2000, in a `parallel=True` function | {p * 1e3:.3f} | {n * 1e3:.3f} | - | {p / n:.2f} | - |")
    print(rows[-1], flush=True)
    out = pathlib.Path(__file__).parent / "results" / "numpy_breadth.md"
    out.write_text(
        "# NumPy breadth (issue 20): penna vs Numba and NumPy\n\n"
        f"{machine()}; Numba {numba.__version__}, NumPy {np.__version__}\n\n"
        "| case | penna ms | Numba ms | NumPy ms | penna / Numba | penna / NumPy |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    print(f"wrote {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
