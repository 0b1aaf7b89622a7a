"""Functions using penna.literal_unroll for test_literal_unroll.py (each
compiled with penna.njit; `.py_func` is the same code run by CPython)."""

import numpy as np

import penna
from penna import literal_unroll


@penna.njit
def describe(t):
    out = []
    for x in literal_unroll(t):
        out.append(str(x))
    return out


@penna.njit
def doubled_total(t):
    s = 0.0
    for x in literal_unroll(t):
        y = x * 2  # a different type in each copy
        s += y
    return s


@penna.njit
def first_above(t, limit):
    found = -1.0
    for x in literal_unroll(t):
        if x > limit:
            found = x
            break
    return found


@penna.njit
def skip_twos(t):
    s = 0
    for x in literal_unroll(t):
        if x == 2:
            continue
        s += x
    return s


@penna.njit
def pairs(t, u):
    s = ""
    for a in literal_unroll(t):
        for b in literal_unroll(u):
            s += str(a) + str(b) + ","
    return s


@penna.njit
def weighted(t):
    s = 0.0
    for i, x in enumerate(literal_unroll(t)):
        s += i * x
    return s


@penna.njit
def sizes(arrays):
    # arrays of different ranks and dtypes
    out = []
    for a in literal_unroll(arrays):
        out.append(a.size + a.ndim)
    return out


@penna.njit
def square(x):
    return x * x


@penna.njit
def cube(x):
    return x * x * x


@penna.njit
def apply_all(x):
    s = 0.0
    for fn in literal_unroll((square, cube)):
        s += fn(x)
    return s


@penna.njit
def returns_inside(t):
    for x in literal_unroll(t):
        if len(x) > 2:
            return x
    return ""


@penna.njit
def not_a_tuple(items):
    s = 0
    for x in literal_unroll(items):
        s += x
    return s
