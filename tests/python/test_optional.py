"""Optional values (issue 18): variables that are None on some paths, `=None`
defaults, optional return values and `types.optional` in signatures, each
checked against CPython running the same function; using a None where a
value is needed raises TypeError at run time, as in Numba and CPython."""

import gc

import numpy as np
import pytest

import penna
from penna import types


def same(a, b):
    if isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    if isinstance(b, tuple):
        return isinstance(a, tuple) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) or (b is not None and a == b) if b is not None else a is None


def check(fn, *args):
    want = fn.py_func(*args)
    got = fn(*args)
    assert same(got, want), (got, want)
    return got


@penna.jit
def smallest(a):
    best = None
    for x in a:
        if best is None or x < best:
            best = x
    return best


@penna.jit
def first_negative(a):
    for i in range(a.shape[0]):
        if a[i] < 0:
            return i
    return None


@penna.jit
def scaled(a, factor=None, out=None):
    if factor is None:
        factor = 2
    if out is None:
        out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = a[i] * factor
    return out


@penna.jit
def pair_or_none(n):
    p = None
    if n > 0:
        p = (n, n * 0.5)
    return p


@penna.jit
def biggest_row(m):
    best = None
    for i in range(m.shape[0]):
        row = m[i] * 1.0
        if best is None or row.sum() > best.sum():
            best = row
    return best


@penna.jit
def truth_of_optional(n):
    y = None
    if n > 2:
        y = n - 3
    count = 0
    if y:
        count += 1
    if y is not None:
        count += 10
    return count


@penna.jit
def needs_a_value(n):
    y = None
    if n > 0:
        y = n * 1.5
    return y + 1.0


@penna.jit
def callee_with_default(x, offset=None):
    if offset is None:
        return x
    return x + offset


@penna.jit
def caller(n):
    z = None
    if n > 1:
        z = 100
    return callee_with_default(n, z) + callee_with_default(n)


@pytest.mark.parametrize("dtype", [np.int64, np.float64, np.int32, np.float32])
def test_none_until_assigned(dtype):
    for a in [np.array([3, 1, 2], dtype=dtype), np.array([5], dtype=dtype), np.zeros(0, dtype=dtype)]:
        check(smallest, a)
        check(first_negative, a - 2)


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
def test_none_defaults(dtype):
    a = np.arange(5, dtype=dtype)
    check(scaled, a)
    check(scaled, a, 3)
    check(scaled, a, 0.5)
    out = np.zeros(5)
    got = scaled(a, 1.5, out)
    assert got is not None and np.array_equal(out, a * 1.5)


def test_optional_results_of_every_kind():
    for n in [0, 3]:
        check(pair_or_none, n)
        check(truth_of_optional, n + 1)
        check(caller, n)
    m = np.array([[1.0, 2.0], [5.0, -1.0], [0.0, 9.0]])
    check(biggest_row, m)
    check(biggest_row, np.zeros((0, 2)))


def test_unchecked_none_raises_type_error():
    assert needs_a_value(2) == needs_a_value.py_func(2)
    with pytest.raises(TypeError):
        needs_a_value.py_func(0)
    with pytest.raises(TypeError, match="got None"):
        needs_a_value(0)


def test_optional_in_signatures():
    # The same function compiled eagerly from text and from type objects.
    for sig in ["float64(optional(float64))", types.float64(types.optional(types.float64))]:
        g = penna.jit(sig)(optional_double)
        assert g(None) == -1.0 and g(2.5) == 5.0 and g(3) == 6.0
    assert str(types.optional(types.int64)) == "optional(int64)"
    assert str(penna.typeof(None)) == "none"


def optional_double(x):
    if x is None:
        return -1.0
    return x * 2


def test_optional_arrays_do_not_leak():
    m = np.arange(12.0).reshape(4, 3)
    biggest_row(m)
    scaled(np.ones(3))
    gc.collect()
    base = penna.runtime.live_allocations()
    for _ in range(30):
        biggest_row(m)
        scaled(np.ones(3))
        scaled(np.ones(3), 2.0, np.zeros(3))
        try:
            needs_a_value(0)
        except TypeError:
            pass
    gc.collect()
    assert penna.runtime.live_allocations() == base
