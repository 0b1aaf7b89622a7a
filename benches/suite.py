"""penna's benchmark suite: penna against Numba, NumPy and C, in one run.

    scripts/bench.sh                 # sets everything up, then runs this
    python benches/suite.py          # in the project's venv, with numba installed

Sections: start-up (import, first-call compile per kernel, fresh processes),
call overhead (0/1/4 scalars, 1/4 arrays), loop kernels in float32 and float64
(NumPy and `gcc -O3 -march=native` references), memory bandwidth (STREAM triad
against the measured copy bandwidth, from cache-resident to memory-bound sizes).
The method is in harness.py. Results: benches/results/suite.md, PNG plots and
headline.md (the README's table). Ratios are time / Numba's time: below 1.0 is
faster than Numba.

The parallel CPU benchmark is benches/parallel.py; GPU sections join with that back end.
"""

import ctypes
import importlib.util
import math
import os
import statistics
import subprocess
import sys
from datetime import date

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402
import numpy_refs  # noqa: E402

RESULTS = os.path.join(HERE, "results")
BUILD = os.path.join(HERE, "build")
COMPILE_REPEATS = int(os.environ.get("PENNA_BENCH_COMPILE_REPEATS", "3"))
SIZES = {"L1": 1_000, "L2": 100_000, "memory": 10_000_000}

KERNELS = ["sum_squares", "dot", "saxpy", "triad", "mandelbrot", "nbody_step", "stencil", "matmul",
           "black_scholes", "kde", "rolling_mean_std", "sieve", "collatz", "fib",
           "noargs", "one", "four", "first", "first4", "small_loop"]


# ---------------------------------------------------------------- setup

def build_c():
    """Compiles the C references with gcc -O3 -march=native."""
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(HERE, "c", "kernels.c")
    lib = os.path.join(BUILD, "libkernels.so")
    if not os.path.exists(lib) or os.path.getmtime(lib) < os.path.getmtime(src):
        subprocess.run(["gcc", "-O3", "-march=native", "-shared", "-fPIC", "-o", lib, src, "-lm"], check=True)
    return ctypes.CDLL(lib)


def load_kernels(label, decorate):
    """A private copy of kernels.py with every kernel compiled by `decorate`
    (recursive kernels call themselves through their module's globals)."""
    spec = importlib.util.spec_from_file_location(f"kernels_{label}", os.path.join(HERE, "kernels.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for name in KERNELS:
        setattr(module, name, decorate(getattr(module, name)))
    return module


# ---------------------------------------------------------------- inputs

def inputs(name, dtype, size):
    """Fresh, deterministic arguments for one kernel."""
    rng = np.random.default_rng(42)
    r = lambda *shape: rng.random(shape).astype(dtype)  # noqa: E731
    if name == "sum_squares":
        return (r(size),)
    if name == "dot":
        return (r(size), r(size))
    if name == "saxpy":
        return (dtype(2.5), r(size), r(size), np.zeros(size, dtype))
    if name == "triad":
        return (r(size), r(size), dtype(3.0), np.zeros(size, dtype))
    if name == "mandelbrot":
        return (200, 150, 100)
    if name == "nbody_step":
        n = size
        return (r(n, 3), np.zeros((n, 3), dtype), r(n) + dtype(0.5), dtype(0.01))
    if name == "stencil":
        return (r(size, size), np.zeros((size, size), dtype))
    if name == "matmul":
        return (r(size, size), r(size, size), np.zeros((size, size), dtype))
    if name == "black_scholes":
        s = (r(size) * 50 + 50).astype(dtype)
        k = (r(size) * 50 + 50).astype(dtype)
        t = (r(size) * 2 + 0.1).astype(dtype)
        return (s, k, t, dtype(0.02), dtype(0.3), np.zeros(size, dtype), np.zeros(size, dtype))
    if name == "kde":
        return (rng.standard_normal(size).astype(dtype), np.linspace(-3, 3, size // 4).astype(dtype), dtype(0.3),
                np.zeros(size // 4, dtype))
    if name == "rolling_mean_std":
        return (r(size), 50, np.zeros(size, dtype), np.zeros(size, dtype))
    if name == "sieve":
        return (np.zeros(size, dtype=np.bool_),)
    if name == "collatz":
        return (size,)
    if name == "fib":
        return (size,)
    raise KeyError(name)


# Kernel, display label, dtypes, size, and whether the size sets array length.
CASES = [
    ("mandelbrot", "Mandelbrot 200x150, complex", [np.float64], 0),
    ("nbody_step", "n-body step, 1000 bodies", [np.float64, np.float32], 1000),
    ("stencil", "2D Jacobi 1000x1000", [np.float64, np.float32], 1000),
    ("matmul", "matmul loops 200x200", [np.float64, np.float32], 200),
    ("black_scholes", "Black-Scholes, 1e6 options", [np.float64, np.float32], 1_000_000),
    ("kde", "kernel density, 4000 x 1000", [np.float64, np.float32], 4000),
    ("rolling_mean_std", "rolling mean/std, 1e6, w=50", [np.float64, np.float32], 1_000_000),
    ("sieve", "sieve, 1e6", [np.float64], 1_000_000),
    ("collatz", "Collatz up to 30000", [np.float64], 30000),
    ("fib", "fib(22), recursive", [np.float64], 22),
]
STREAMING = [("sum_squares", "sum of squares"), ("dot", "dot"), ("saxpy", "saxpy"), ("triad", "STREAM triad")]


def c_impl(lib, name, dtype, args):
    """A callable `run(reps)` for the C reference, or None if there is none."""
    suffix = "f64" if dtype == np.float64 else "f32"
    scalar = ctypes.c_double if dtype == np.float64 else ctypes.c_float
    ptr = lambda a: a.ctypes.data_as(ctypes.c_void_p)  # noqa: E731
    i64 = ctypes.c_int64
    if name in ("sum_squares", "dot"):
        f = getattr(lib, f"{name}_{suffix}")
        f.restype = ctypes.c_double
        arrays = [ptr(a) for a in args]
        n = i64(args[0].size)
        return lambda reps: f(*arrays, n, i64(reps))
    if name == "saxpy":
        f = getattr(lib, f"saxpy_{suffix}")
        alpha, x, y, out = args
        return lambda reps: f(scalar(alpha), ptr(x), ptr(y), ptr(out), i64(x.size), i64(reps))
    if name == "triad":
        f = getattr(lib, f"triad_{suffix}")
        b, c, s, a = args
        return lambda reps: f(ptr(b), ptr(c), scalar(s), ptr(a), i64(a.size), i64(reps))
    if name == "stencil":
        f = getattr(lib, f"stencil_{suffix}")
        a, out = args
        return lambda reps: f(ptr(a), ptr(out), i64(a.shape[0]), i64(a.shape[1]), i64(reps))
    if name == "matmul":
        f = getattr(lib, f"matmul_{suffix}")
        a, b, out = args
        return lambda reps: f(ptr(a), ptr(b), ptr(out), i64(a.shape[0]), i64(a.shape[1]), i64(b.shape[1]), i64(reps))
    if name in ("mandelbrot", "collatz", "fib"):
        f = getattr(lib, name)
        f.restype = i64
        return lambda reps: [f(*[i64(a) for a in args]) for _ in range(reps)][-1]
    return None


def close(a, b, rel):
    a, b = float(a), float(b)
    return math.isclose(a, b, rel_tol=rel, abs_tol=rel)


def run_case(mods, lib, name, dtype, size):
    """Times penna, Numba, NumPy and C on one kernel; checks they agree."""
    impls = {"penna": getattr(mods["penna"], name), "numba": getattr(mods["numba"], name)}
    if hasattr(numpy_refs, name):
        impls["numpy"] = getattr(numpy_refs, name)
    results = {label: fn(*inputs(name, dtype, size)) for label, fn in impls.items()}
    rel = 1e-3 if dtype == np.float32 else 1e-6
    mismatch = [label for label, v in results.items() if not close(v, results["numba"], rel)]
    stats = H.compare(impls, lambda label: inputs(name, dtype, size))
    c_args = inputs(name, dtype, size)
    run = c_impl(lib, name, dtype, c_args)
    if run is not None:
        run(1)
        reps = max(1, H.calibrate(run, (1,)))
        samples = []
        for _ in range(H.REPEATS):
            samples.append(H.per_call(run, (reps,), 1) / reps)
        stats["c"] = H.Stats(samples)
    return stats, mismatch


# ---------------------------------------------------------------- sections

START_SNIPPET = """
import sys, time
sys.path.insert(0, {here!r})
import numpy as np
{imports}
import kernels
args = {args}
f = {decorator}(kernels.{name})
t = time.perf_counter(); f(*args); print(time.perf_counter() - t)
"""

COMPILE_ARGS = {
    "small_loop": "(10,)",
    "sum_squares": "(np.ones(10),)",
    "mandelbrot": "(4, 3, 5)",
    "stencil": "(np.ones((4, 4)), np.zeros((4, 4)))",
    "black_scholes": "(np.ones(4), np.ones(4), np.ones(4), 0.02, 0.3, np.zeros(4), np.zeros(4))",
    "kde": "(np.ones(8), np.ones(2), 0.3, np.zeros(2))",
    "collatz": "(10,)",
}

IMPLEMENTATIONS = [("penna", "import penna", "penna.jit"), ("numba", "import numba", "numba.njit")]


def startup():
    rows = []
    for module in ("penna", "numba"):
        code = f"import time\nt = time.perf_counter()\nimport {module}\nprint(time.perf_counter() - t)"
        rows.append(("import", module, H.median_of_fresh(code, max(5, COMPILE_REPEATS))))
    # A compile, not a load from penna's disk cache (on by default): an
    # earlier process of this very loop would otherwise have stored it.
    env = dict(os.environ, PENNA_CACHE="0")
    for name, args in COMPILE_ARGS.items():
        for label, imports, decorator in IMPLEMENTATIONS:
            code = START_SNIPPET.format(here=HERE, imports=imports, decorator=decorator, name=name, args=args)
            rows.append((name, label, H.median_of_fresh(code, COMPILE_REPEATS, env)))
    return rows


def call_overhead(mods):
    a, b, c, d = (np.arange(10.0) for _ in range(4))
    probes = [("no arguments", "noargs", ()), ("1 scalar", "one", (1.5,)), ("4 scalars", "four", (1, 2, 3, 4)),
              ("1 array", "first", (a,)), ("4 arrays", "first4", (a, b, c, d))]
    rows = []
    for label, name, args in probes:
        impls = {impl: getattr(mods[impl], name) for impl in ("penna", "numba")}
        rows.append((label, H.compare(impls, lambda _: args)))
    return rows


def copy_bandwidth(lib):
    """GB/s of memcpy on arrays far larger than the caches (STREAM counts 2 x 8 bytes per element)."""
    n = 20_000_000
    src = np.ones(n)
    dst = np.zeros(n)
    f = lib.copy_f64
    run = lambda reps: f(src.ctypes.data_as(ctypes.c_void_p), dst.ctypes.data_as(ctypes.c_void_p),  # noqa: E731
                         ctypes.c_int64(n), ctypes.c_int64(reps))
    run(1)
    best = min(H.per_call(run, (3,), 1) / 3 for _ in range(H.REPEATS))
    return 16 * n / best / 1e9


def streaming(mods, lib):
    """Throughput of the streaming kernels at cache-resident to memory-bound sizes."""
    rows = []
    for name, label in STREAMING:
        for dtype in (np.float64, np.float32):
            for size_label, n in SIZES.items():
                stats, mismatch = run_case(mods, lib, name, dtype, n)
                rows.append((name, label, dtype, size_label, n, stats, mismatch))
    return rows


def bytes_moved(name, dtype, n):
    """Bytes a streaming kernel must move (STREAM convention: no write-allocate)."""
    arrays = {"sum_squares": 1, "dot": 2, "saxpy": 3, "triad": 3}[name]
    return arrays * np.dtype(dtype).itemsize * n


# ---------------------------------------------------------------- report

def dtype_name(dtype):
    return np.dtype(dtype).name


def ratio(stats, label):
    return stats[label].best / stats["numba"].best if label in stats else None


def fmt_ratio(r):
    return "—" if r is None else f"{r:.2f}"


def report(machine_line, versions, start_rows, call_rows, kernel_rows, stream_rows, copy_gbs):
    lines = [f"# penna benchmark suite ({date.today()})", "",
             f"Machine: {machine_line}. {versions}.", "",
             f"Method: best of {H.REPEATS} samples per implementation (~{H.SAMPLE_SECONDS * 1e3:.0f} ms each), "
             "implementations interleaved with rotating order; start-up figures are medians of fresh processes. "
             "Ratio = time / Numba's time (below 1.0 is faster than Numba). Reproduce: `scripts/bench.sh`.", ""]
    noisy = []

    lines += ["## Start-up", "", "| what | penna | Numba | penna / Numba |", "|---|---|---|---|"]
    by = {}
    for what, label, value in start_rows:
        by.setdefault(what, {})[label] = value
    for what, v in by.items():
        title = "`import`" if what == "import" else f"first call of `{what}` (compile)"
        lines.append(f"| {title} | {H.fmt_time(v['penna'])} | {H.fmt_time(v['numba'])} | {v['penna'] / v['numba']:.3f} |")

    lines += ["", "## Call overhead", "", "| call | penna | Numba | penna / Numba |", "|---|---|---|---|"]
    for label, stats in call_rows:
        lines.append(f"| {label} | {H.fmt_time(stats['penna'].best)} | {H.fmt_time(stats['numba'].best)} | {ratio(stats, 'penna'):.2f} |")

    lines += ["", "## Loop kernels", "",
              "| kernel | dtype | penna | Numba | NumPy | C (gcc -O3) | penna / Numba | NumPy / Numba | C / Numba | spread (penna) |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for label, dtype, stats, mismatch in kernel_rows:
        cells = [H.fmt_time(stats[k].best) if k in stats else "—" for k in ("penna", "numba", "numpy", "c")]
        flag = f" **results differ: {', '.join(mismatch)}**" if mismatch else ""
        lines.append(f"| {label}{flag} | {dtype_name(dtype)} | {' | '.join(cells)} | "
                     f"{fmt_ratio(ratio(stats, 'penna'))} | {fmt_ratio(ratio(stats, 'numpy'))} | {fmt_ratio(ratio(stats, 'c'))} | "
                     f"{stats['penna'].spread:.0%} |")
        noisy += [f"{label} {dtype_name(dtype)} ({k})" for k, s in stats.items() if s.noisy]
    penna_ratios = [ratio(s, "penna") for _, _, s, _ in kernel_rows]
    lines.append(f"| **geometric mean, penna / Numba** | | | | | | **{statistics.geometric_mean(penna_ratios):.2f}** | | | |")

    lines += ["", "## Streaming kernels and memory bandwidth", "",
              f"Measured copy bandwidth (memcpy, 160 MB): **{copy_gbs:.1f} GB/s**. Throughput counts the bytes each "
              "kernel must move (STREAM convention).", "",
              "| kernel | dtype | size | penna GB/s | Numba GB/s | NumPy GB/s | C GB/s | penna / Numba (time) |",
              "|---|---|---|---|---|---|---|---|"]
    for name, label, dtype, size_label, n, stats, mismatch in stream_rows:
        gbs = {k: bytes_moved(name, dtype, n) / s.best / 1e9 for k, s in stats.items()}
        cells = [f"{gbs[k]:.1f}" if k in gbs else "—" for k in ("penna", "numba", "numpy", "c")]
        flag = " **results differ**" if mismatch else ""
        lines.append(f"| {label}{flag} | {dtype_name(dtype)} | {n:,} ({size_label}) | {' | '.join(cells)} | {fmt_ratio(ratio(stats, 'penna'))} |")
        noisy += [f"{label} {dtype_name(dtype)} {size_label} ({k})" for k, s in stats.items() if s.noisy]

    if noisy:
        lines += ["", f"Spread above {H.NOISY:.0%} (noisy machine; the best sample is still reported): " + "; ".join(noisy)]
    lines += ["", "Plots: `kernels.png` (ratios per kernel), `streaming.png` (GB/s by size), "
              "`startup.png` (first-call compile), `calls.png` (call overhead)."]
    return "\n".join(lines) + "\n"


def headline(machine_line, versions, start_rows, call_rows, kernel_rows, stream_rows, copy_gbs):
    """The short table for the README."""
    by = {}
    for what, label, value in start_rows:
        by.setdefault(what, {})[label] = value
    compiles = [v["penna"] / v["numba"] for w, v in by.items() if w != "import"]
    firsts = {impl: statistics.median(v[impl] for w, v in by.items() if w != "import") for impl in ("penna", "numba")}
    ratios = [ratio(s, "penna") for _, _, s, _ in kernel_rows]
    worst = max(kernel_rows, key=lambda row: ratio(row[2], "penna"))
    best = min(kernel_rows, key=lambda row: ratio(row[2], "penna"))
    triad_mem = [r for r in stream_rows if r[0] == "triad" and r[3] == "memory" and r[2] == np.float64][0]
    triad_gbs = {k: bytes_moved("triad", np.float64, triad_mem[4]) / s.best / 1e9 for k, s in triad_mem[5].items()}
    calls = {label: stats for label, stats in call_rows}
    rows = [
        ("`import penna`", H.fmt_time(by["import"]["penna"]), H.fmt_time(by["import"]["numba"]),
         f"{by['import']['penna'] / by['import']['numba']:.2f}"),
        ("first-call compile (median over kernels)", H.fmt_time(firsts["penna"]), H.fmt_time(firsts["numba"]),
         f"{statistics.median(compiles):.3f}"),
        ("call, 1 scalar", H.fmt_time(calls["1 scalar"]["penna"].best), H.fmt_time(calls["1 scalar"]["numba"].best),
         f"{ratio(calls['1 scalar'], 'penna'):.2f}"),
        ("call, 1 array", H.fmt_time(calls["1 array"]["penna"].best), H.fmt_time(calls["1 array"]["numba"].best),
         f"{ratio(calls['1 array'], 'penna'):.2f}"),
        (f"loop kernels, geometric mean of {len(ratios)}", "", "", f"{statistics.geometric_mean(ratios):.2f}"),
        (f"slowest relative to Numba: {worst[0]} ({dtype_name(worst[1])})", "", "", f"{ratio(worst[2], 'penna'):.2f}"),
        (f"fastest relative to Numba: {best[0]} ({dtype_name(best[1])})", "", "", f"{ratio(best[2], 'penna'):.2f}"),
        ("STREAM triad, memory-bound float64 (GB/s)", f"{triad_gbs['penna']:.1f}", f"{triad_gbs['numba']:.1f}",
         f"C: {triad_gbs['c']:.1f}, memcpy: {copy_gbs:.1f}"),
    ]
    out = [f"Measured {date.today()} on {machine_line}; {versions}. Command: `scripts/bench.sh` "
           "(full tables and plots in `benches/results/`). Ratio = penna / Numba, lower is better.", "",
           "| measure | penna | Numba | ratio |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out) + "\n"


def plots(start_rows, call_rows, kernel_rows, stream_rows, copy_gbs):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colors = {"penna": "#d95f02", "numba": "#7570b3", "numpy": "#1b9e77", "c": "#666666"}

    # Ratios per kernel, both dtypes.
    fig, axes = plt.subplots(1, 2, figsize=(13, 6), sharey=False)
    for ax, dtype in zip(axes, (np.float64, np.float32)):
        rows = [r for r in kernel_rows if r[1] == dtype]
        labels = [r[0] for r in rows]
        y = np.arange(len(rows))
        for k, (impl, offset) in enumerate((("penna", -0.25), ("numpy", 0.0), ("c", 0.25))):
            values = [ratio(r[2], impl) for r in rows]
            ys = [yy + offset for yy, v in zip(y, values) if v is not None]
            vs = [v for v in values if v is not None]
            ax.barh(ys, vs, height=0.25, color=colors[impl], label=impl if impl != "c" else "C (gcc -O3)")
        ax.axvline(1.0, color=colors["numba"], linewidth=2, label="Numba = 1")
        ax.set_xscale("log")
        ax.set_yticks(y)
        ax.set_yticklabels(labels)
        ax.invert_yaxis()
        ax.set_xlabel("time relative to Numba (log scale, lower is faster)")
        ax.set_title(dtype_name(dtype))
        ax.legend(loc="lower right", fontsize=8)
    fig.suptitle("penna, NumPy and C relative to Numba, per kernel")
    fig.tight_layout()
    fig.savefig(os.path.join(RESULTS, "kernels.png"), dpi=110)
    plt.close(fig)

    # Streaming throughput by size.
    fig, axes = plt.subplots(1, len(STREAMING), figsize=(16, 4.5), sharey=True)
    for ax, (name, label) in zip(axes, STREAMING):
        rows = [r for r in stream_rows if r[0] == name and r[2] == np.float64]
        sizes = [r[4] for r in rows]
        for impl in ("penna", "numba", "numpy", "c"):
            if impl in rows[0][5]:
                gbs = [bytes_moved(name, np.float64, r[4]) / r[5][impl].best / 1e9 for r in rows]
                ax.plot(sizes, gbs, marker="o", color=colors[impl], label=impl if impl != "c" else "C")
        ax.axhline(copy_gbs, color="black", linestyle="--", linewidth=1, label="memcpy bandwidth")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(f"{label} (float64)")
        ax.set_xlabel("elements")
    axes[0].set_ylabel("GB/s")
    axes[0].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(RESULTS, "streaming.png"), dpi=110)
    plt.close(fig)

    # First-call compile latency.
    by = {}
    for what, label, value in start_rows:
        by.setdefault(what, {})[label] = value
    names = list(by)
    x = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for impl, offset in (("penna", -0.2), ("numba", 0.2)):
        ax.bar(x + offset, [by[n][impl] * 1e3 for n in names], width=0.4, color=colors[impl], label=impl)
    ax.set_xticks(x)
    ax.set_xticklabels(["import" if n == "import" else n for n in names], rotation=20)
    ax.set_ylabel("milliseconds (fresh process)")
    ax.set_title("import and first-call compile latency")
    ax.legend()
    fig.tight_layout()
    fig.savefig(os.path.join(RESULTS, "startup.png"), dpi=110)
    plt.close(fig)

    # Call overhead.
    labels = [label for label, _ in call_rows]
    x = np.arange(len(labels))
    fig, ax = plt.subplots(figsize=(8, 4))
    for impl, offset in (("penna", -0.2), ("numba", 0.2)):
        ax.bar(x + offset, [s[impl].best * 1e9 for _, s in call_rows], width=0.4, color=colors[impl], label=impl)
    ax.set_xticks(x)
    ax.set_xticklabels(labels)
    ax.set_ylabel("nanoseconds per call")
    ax.set_title("call overhead from Python")
    ax.legend()
    fig.tight_layout()
    fig.savefig(os.path.join(RESULTS, "calls.png"), dpi=110)
    plt.close(fig)


def main():
    import numba

    import penna

    os.makedirs(RESULTS, exist_ok=True)
    lib = build_c()
    gcc = subprocess.run(["gcc", "-dumpfullversion"], capture_output=True, text=True).stdout.strip()
    versions = (f"penna {penna.__version__}, Numba {numba.__version__}, NumPy {np.__version__}, gcc {gcc}")
    machine_line = H.machine()
    print(f"penna benchmark suite on {machine_line}\n{versions}", flush=True)
    mods = {"penna": load_kernels("penna", penna.jit), "numba": load_kernels("numba", numba.njit)}

    print("start-up ...", flush=True)
    start_rows = startup()
    print("call overhead ...", flush=True)
    call_rows = call_overhead(mods)
    print("kernels ...", flush=True)
    kernel_rows = []
    for name, label, dtypes, size in CASES:
        for dtype in dtypes:
            stats, mismatch = run_case(mods, lib, name, dtype, size)
            kernel_rows.append((label, dtype, stats, mismatch))
            print(f"  {label} {dtype_name(dtype)}: penna/Numba {ratio(stats, 'penna'):.2f}", flush=True)
    print("streaming ...", flush=True)
    copy_gbs = copy_bandwidth(lib)
    stream_rows = streaming(mods, lib)

    args = (machine_line, versions, start_rows, call_rows, kernel_rows, stream_rows, copy_gbs)
    text = report(*args)
    with open(os.path.join(RESULTS, "suite.md"), "w") as fh:
        fh.write(text)
    with open(os.path.join(RESULTS, "headline.md"), "w") as fh:
        fh.write(headline(*args))
    plots(start_rows, call_rows, kernel_rows, stream_rows, copy_gbs)
    print(text)


if __name__ == "__main__":
    main()
