"""NumPy inside compiled code: penna against Numba on the same kernels, in
one run (issue 3's benchmark set).

    scripts/bench.sh              # sets everything up; runs every benchmark
    python benches/numpy_bench.py # in the project's venv, with numba installed

Cases: the sieve of Eratosthenes returning `np.nonzero(numbers)[0][2:]`
(n = 100000), the fused expression `a*b - 4.1*a > 2.5*b` on 1e6 elements, a
histogram loop, a rolling mean from `cumsum` and slices, a kernel density
estimate (array expressions and `exp` in a loop). A second table compares the
ufuncs `@vectorize` and `@guvectorize` build against Numba's (not part of the
issue's geometric mean). Method: harness.py (best of rotated samples); results
are checked equal before timing. Output: benches/results/numpy.md.
"""

import importlib.util
import math
import os
import sys
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402

NAMES = ["sieve", "fused", "histogram", "rolling_mean", "kde"]


def load(label, decorate):
    spec = importlib.util.spec_from_file_location(
        f"numpy_kernels_{label}", os.path.join(HERE, "numpy_kernels.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for name in NAMES:
        setattr(module, name, decorate(getattr(module, name)))
    return module


def main():
    import numba

    import penna

    mods = {"penna": load("penna", penna.jit), "numba": load("numba", numba.njit)}
    rng = np.random.default_rng(0)
    n = 1_000_000
    cases = [
        ("sieve", "sieve, n=100000, `np.nonzero(numbers)[0][2:]`", (100_000,)),
        ("fused", "`a*b - 4.1*a > 2.5*b`, 1e6 float64", (rng.random(n), rng.random(n))),
        ("histogram", "histogram loop, 1e6 samples, 100 bins", (rng.standard_normal(n), -4.0, 4.0, 100)),
        ("rolling_mean", "rolling mean (cumsum + slices), 1e6, w=50", (rng.random(n), 50)),
        ("kde", "kernel density estimate, 2000 samples x 500 points", (rng.standard_normal(2000), np.linspace(-4, 4, 500), 0.3)),
    ]
    python = load("python", lambda f: f)
    rows = []
    for name, title, args in cases:
        impls = {label: getattr(m, name) for label, m in mods.items()}
        want = getattr(python, name)(*args)
        for label, fn in impls.items():
            got = fn(*args)
            assert np.allclose(got, want), (name, label)
        stats = H.compare(impls, lambda _label: args)
        rows.append((title, stats))
        print(name, {k: H.fmt_time(v.best) for k, v in stats.items()}, flush=True)
    ufunc_rows = ufunc_cases(penna, numba, python, rng)
    report(rows, ufunc_rows, numba.__version__)


def ufunc_cases(penna, numba, python, rng):
    """@vectorize / @guvectorize against Numba's, eager from one signature."""
    vec = {"penna": penna.vectorize(["float64(float64, float64)"])(python.ufunc_kernel),
           "numba": numba.vectorize(["float64(float64, float64)"])(python.ufunc_kernel)}
    layout, sig = "(n),()->(n)", ["void(float64[:], float64, float64[:])"]
    guvec = {"penna": penna.guvectorize(sig, layout)(python.gufunc_kernel),
             "numba": numba.guvectorize(sig, layout)(python.gufunc_kernel)}
    a, b = rng.random(1_000_000), rng.random(1_000_000)
    m = rng.random((1000, 1000))
    cases = [
        ("`@vectorize` logistic of a product, 1e6 float64", vec, (a, b)),
        ("`@vectorize` on a strided view (every other element)", vec, (a[::2], b[::2])),
        ("`@guvectorize` `(n),()->(n)` prefix sums, 1000 x 1000", guvec, (m, 0.5)),
    ]
    rows = []
    for title, impls, args in cases:
        want = impls["numba"](*args)
        assert np.allclose(impls["penna"](*args), want), title
        stats = H.compare(impls, lambda _label, args=args: args)
        rows.append((title, stats))
        print(title, {k: H.fmt_time(v.best) for k, v in stats.items()}, flush=True)
    return rows


def table(rows):
    lines = ["| case | penna | Numba | penna / Numba |", "|---|---|---|---|"]
    for title, s in rows:
        r = s["penna"].best / s["numba"].best
        noisy = " (noisy)" if s["penna"].noisy or s["numba"].noisy else ""
        lines.append(f"| {title} | {H.fmt_time(s['penna'].best)} | {H.fmt_time(s['numba'].best)} | {r:.2f}{noisy} |")
    return lines


def report(rows, ufunc_rows, numba_version):
    ratios = [s["penna"].best / s["numba"].best for _, s in rows]
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    lines = [
        "# NumPy inside compiled code",
        "",
        f"{date.today()} on {H.machine()}; Numba {numba_version}, NumPy {np.__version__}.",
        "Best of rotated samples (harness.py); ratio = penna time / Numba time (below 1.0: penna is faster).",
        "",
    ]
    lines += table(rows)
    lines += ["", f"Geometric mean penna / Numba: **{geo:.2f}**; worst case {max(ratios):.2f}."]
    lines += ["", "## Ufuncs from `@vectorize` / `@guvectorize`", ""] + table(ufunc_rows)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "numpy.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
