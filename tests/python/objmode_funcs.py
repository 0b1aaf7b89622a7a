"""Functions with `with objmode(...)` blocks, for `test_objmode.py`."""

import numpy as np

import penna
from penna import objmode, types


def python_top(a, k):
    return np.sort(a)[::-1][:k].copy(), int(a.sum())


@penna.jit
def top(a, k):
    b = a * 2.0
    with objmode(best="float64[:]", total="int64"):
        best, total = python_top(b, k)
    return best.sum() + total


@penna.jit
def may_fail(x):
    with objmode(y="float64"):
        y = float(x) / 0.0 if x > 10 else float(x)
    return y


@penna.jit
def joined(n):
    with objmode(s=types.unicode_type):
        s = "-".join(str(i) for i in range(n))
    return s + "!"


@penna.jit
def converted(n):
    with objmode(out="float32[::1]"):
        out = [i * 0.5 for i in range(n)]
    return out


@penna.jit(parallel=True)
def in_prange(n):
    s = 0.0
    for i in penna.prange(n):
        with objmode(v="float64"):
            v = 1.0
        s += v
    return s


@penna.jit
def replace_parameter(s):
    with objmode(s="unicode_type"):
        s = s.upper() + "!"
    return s + s
