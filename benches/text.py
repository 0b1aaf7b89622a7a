"""Strings and exceptions in compiled code (issue 21): penna against Numba,
the same Python source under both JITs, side by side.

    python benches/text.py      # in the project's venv, with numba installed

Writes benches/results/text.md: warm times (compile excluded) of string
tokenising, joining, building and scanning, and of a try/except in a hot
loop, as the ratio penna / Numba of the best sample (below 1: penna is
faster); then the first call (compile included) of the string functions in
fresh interpreters.
"""

import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))

import numba  # noqa: E402
import numpy as np  # noqa: E402

import penna  # noqa: E402
from harness import compare, machine, median_of_fresh  # noqa: E402

SOURCE = '''
def count_words(text):
    d = {"": 0}  # Numba cannot type `d = {}` from `d.get` (penna can)
    for w in text.split():
        d[w] = d.get(w, 0) + 1
    return len(d)

def split_join(text):
    words = text.split(" ")
    return len("-".join(words))

def build_strings(n):
    total = 0
    for i in range(n):
        s = "item " + str(i) + ":" + str(i * 7 % 13)
        total += len(s)
    return total

def count_vowels(text):
    n = 0
    for c in text:
        if c in "aeiou":
            n += 1
    return n

def upper_compare(text):
    n = 0
    for w in text.split():
        if w.upper() == w:
            n += 1
    return n

def try_hot_loop(n):
    total = 0
    for i in range(n):
        try:
            total += 100 // (i % 7)
        except Exception:
            total -= 1
    return total
'''

WORDS = ["alpha", "beta", "gamma", "DELTA", "epsilon", "zeta", "eta", "THETA", "iota", "kappa"]
TEXT = " ".join(WORDS[(i * 7919) % 10] + str(i % 97) for i in range(100_000))

CASES = [
    ("tokenise 1e5 words into a dict of counts", "count_words", TEXT),
    ("split 1e5 words and join them", "split_join", TEXT),
    ("build 1e5 strings with str() and +", "build_strings", 100_000),
    ("iterate 1e5 characters (`c in \"aeiou\"`)", "count_vowels", TEXT[:100_000]),
    ("upper-case and compare 1e5 words", "upper_compare", TEXT),
    ("try/except in a hot loop, 1e6 iterations", "try_hot_loop", 1_000_000),
]

FIRST_CALL = '''
import sys, time
sys.path.insert(0, {dir!r})
import {jit} as jit_module
src = open({path!r}).read()
ns = {{}}
exec(compile(src, {path!r}, "exec"), ns)
t = time.perf_counter()
jit_module.{decorator}(ns["count_words"])("a b a")
jit_module.{decorator}(ns["build_strings"])(10)
print(time.perf_counter() - t)
'''


def source_path():
    path = pathlib.Path(tempfile.gettempdir()) / "penna_bench_text.py"
    path.write_text(SOURCE)
    return path


def load(decorate):
    ns = {}
    path = source_path()
    exec(compile(SOURCE, str(path), "exec"), ns)
    return {name: decorate(fn) for name, fn in ns.items() if callable(fn) and hasattr(fn, "__code__")}


def first_calls(jit, decorator, repeats=3):
    code = FIRST_CALL.format(dir=str(pathlib.Path(__file__).parent), jit=jit, decorator=decorator, path=str(source_path()))
    env = dict(os.environ, PENNA_CACHE="0", NUMBA_CACHE_DIR=tempfile.mkdtemp())
    return median_of_fresh(code, repeats, env)


def main():
    ours = load(lambda f: penna.jit(f, cache=False))
    theirs = load(numba.njit)
    rows = []
    for label, name, arg in CASES:
        a, b = ours[name], theirs[name]
        assert a(arg) == b(arg) == b.py_func(arg), name
        stats = compare({"penna": a, "numba": b}, lambda _label, arg=arg: (arg,))
        ratio = stats["penna"].best / stats["numba"].best
        rows.append(f"| {label} | {stats['penna'].best * 1e3:.2f} | {stats['numba'].best * 1e3:.2f} | {ratio:.2f} |")
        print(rows[-1], flush=True)
    p_first = first_calls("penna", "jit")
    n_first = first_calls("numba", "njit")
    first = f"| first calls of two string functions (compile included) | {p_first * 1e3:.1f} | {n_first * 1e3:.1f} | {p_first / n_first:.3f} |"
    print(first)
    out = pathlib.Path(__file__).parent / "results" / "text.md"
    out.write_text(
        "# Strings and exceptions in compiled code: penna vs Numba\n\n"
        f"{machine()}; Numba {numba.__version__}, NumPy {np.__version__}\n\n"
        "| case | penna ms | Numba ms | penna / Numba |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
        + first
        + "\n"
    )
    print(f"wrote {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
