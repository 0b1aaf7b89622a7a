"""Lists, dicts, sets built in compiled code: penna against Numba, side by side;
and `typed.List` used from Python against a Python list and Numba's.

    python benches/containers.py      # in the project's venv, with numba installed

Writes benches/results/containers.md. Each case runs the same Python source
under both JITs (warm: compile time excluded) and reports the ratio
penna / Numba of the best sample (below 1: penna is faster).
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
import heapq

def list_build(n):
    out = []
    for i in range(n):
        out.append(i * 2)
    return len(out)

def list_comp_sum(n):
    l = [i * 0.5 for i in range(n)]
    s = 0.0
    for x in l:
        s += x
    return s

def dict_build(n):
    d = {}
    for i in range(n):
        d[i] = i * 0.5
    s = 0.0
    for i in range(n):
        s += d[i]
    return s

def set_build(n):
    s = set()
    for i in range(n):
        s.add(i * 7 % 1000003)
    return len(s)

def heap_push_pop(n):
    h = [0.5]  # Numba cannot type `h = []` from heappush (penna can)
    h.pop()
    for i in range(n):
        heapq.heappush(h, (i * 7919) % 10007 * 0.5)
    s = 0.0
    while h:
        s += heapq.heappop(h)
    return s

def list_sort(n):
    l = [(i * 7919) % 10007 for i in range(n)]
    l.sort()
    return l[n // 2]
'''

CASES = [
    ("list of 1e6 ints (append)", "list_build", 1_000_000),
    ("list comprehension + loop, 1e6 floats", "list_comp_sum", 1_000_000),
    ("dict of 1e5 int -> float (set + get)", "dict_build", 100_000),
    ("set of 1e5 ints", "set_build", 100_000),
    ("sort a list of 1e5 ints", "list_sort", 100_000),
    ("heap of 1e5 floats (push all, pop all)", "heap_push_pop", 100_000),
]


def load(decorate):
    ns = {}
    # Both JITs read the source from a file, as they do for user code.
    path = pathlib.Path(tempfile.gettempdir()) / "penna_bench_containers.py"
    path.write_text(SOURCE)
    code = compile(SOURCE, str(path), "exec")
    exec(code, ns)
    return {name: decorate(fn) for name, fn in ns.items() if callable(fn) and hasattr(fn, "__code__")}


def index_sum(l):
    s = 0.0
    for i in range(len(l)):
        s += l[i]
    return s


def iter_sum(l):
    s = 0.0
    for x in l:
        s += x
    return s


def typed_list_rows():
    """typed.List from Python: 1e5 floats built, indexed, iterated."""
    import warnings

    from numba.typed import List as NumbaList

    from penna.typed import List as PennaList

    warnings.simplefilter("ignore")  # Numba's reflected-list deprecation chatter
    data = [i * 0.5 for i in range(100_000)]
    made = {"list": list(data), "penna": PennaList(data), "numba": NumbaList(data)}
    assert iter_sum(made["penna"]) == iter_sum(made["list"]) == iter_sum(made["numba"])
    cases = [
        ("build from a list of 1e5 floats", lambda kind: {"list": list, "penna": PennaList, "numba": NumbaList}[kind], lambda kind: (data,)),
        ("index 1e5 items (l[i])", lambda kind: index_sum, lambda kind: (made[kind],)),
        ("iterate 1e5 items", lambda kind: iter_sum, lambda kind: (made[kind],)),
    ]
    rows = []
    for label, fn, args in cases:
        stats = compare({k: fn(k) for k in made}, args, repeats=5)
        lst, ours, theirs = (stats[k].best for k in ("list", "penna", "numba"))
        rows.append(
            f"| {label} | {lst * 1e3:.2f} | {ours * 1e3:.2f} | {theirs * 1e3:.1f} | {ours / lst:.2f} | {ours / theirs:.3f} |"
        )
        print(rows[-1], flush=True)
    return rows


def main():
    ours = load(penna.jit)
    theirs = load(numba.njit)
    rows = []
    for label, name, n in CASES:
        a, b = ours[name], theirs[name]
        assert a(n) == b(n), name
        stats = compare({"penna": a, "numba": b}, lambda _label: (n,))
        ratio = stats["penna"].best / stats["numba"].best
        rows.append(
            f"| {label} | {stats['penna'].best * 1e3:.2f} | {stats['numba'].best * 1e3:.2f} | {ratio:.2f} |"
        )
        print(rows[-1], flush=True)
    typed_rows = typed_list_rows()
    out = pathlib.Path(__file__).parent / "results" / "containers.md"
    out.write_text(
        "# Containers in compiled code: penna vs Numba\n\n"
        f"{machine()}; Numba {numba.__version__}, NumPy {np.__version__}\n\n"
        "| case | penna ms | Numba ms | penna / Numba |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\n## `typed.List` from Python\n\n"
        "Target: at most 3x a Python list, and far faster than Numba's typed.List.\n\n"
        "| case | list ms | penna ms | Numba ms | penna / list | penna / Numba |\n|---|---|---|---|---|---|\n"
        + "\n".join(typed_rows)
        + "\n"
    )
    print(f"wrote {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
