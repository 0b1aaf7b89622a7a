"""Array expressions follow NumPy's own type resolution, pair by pair.

The table is generated: for every operator and every pair of dtypes, penna's
result dtype (or its refusal) must be NumPy's. One compiled function per
operator covers all pairs (a specialisation per pair).
"""

import itertools
import operator

import numpy as np
import pytest

import penna
from penna.errors import TypingError

from .test_scalars import add, floordiv, mod, mul, power, sub, truediv

DTYPES = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
          np.float16, np.float32, np.float64, np.complex64, np.complex128]


@penna.jit
def bit_and(a, b):
    return a & b


@penna.jit
def bit_xor(a, b):
    return a ^ b


@penna.jit
def lshift(a, b):
    return a << b


@penna.jit
def rshift(a, b):
    return a >> b


BINARY = [(add, operator.add), (sub, operator.sub), (mul, operator.mul), (truediv, operator.truediv),
          (floordiv, operator.floordiv), (mod, operator.mod), (power, operator.pow),
          (bit_and, operator.and_), (bit_xor, operator.xor), (lshift, operator.lshift),
          (rshift, operator.rshift)]


# Operators grouped so that one compilation per dtype pair covers a group; a
# group penna refuses is retried operator by operator.
@penna.jit
def arithmetic(a, b):
    return a + b, a - b, a * b, a / b, a ** b


@penna.jit
def floor_ops(a, b):
    return a // b, a % b


@penna.jit
def bit_ops(a, b):
    return a & b, a ^ b, a << b, a >> b


GROUPS = [(arithmetic, BINARY[:4] + BINARY[6:7]), (floor_ops, BINARY[4:6]), (bit_ops, BINARY[7:])]


def numpy_result(op, a, b):
    try:
        with np.errstate(all="ignore"):
            return op(a, b).dtype
    except (TypeError, ValueError):
        return None


def operands(dt):
    # Small positive values: no operator raises on them (no zero divisors, no
    # negative exponents or shift counts).
    return np.array([1, 2, 3]).astype(dt)


def check_result(name, l, r, got, want_array, mismatches):
    want = want_array.dtype
    if got.dtype != want:
        mismatches.append((name, l.__name__, r.__name__, got.dtype, want))
    elif want.kind != "c":
        np.testing.assert_allclose(got, want_array, rtol=1e-3)


@pytest.mark.parametrize("group,ops", GROUPS, ids=[g[0].py_func.__name__ for g in GROUPS])
def test_binary_dtype_table(group, ops):
    mismatches = []
    for l, r in itertools.product(DTYPES, DTYPES):
        a, b = operands(l), operands(r)
        wants = [numpy_result(op, a, b) for _, op in ops]
        try:
            results = group(a, b)
        except TypingError:
            results = None
        for k, (jitted, op) in enumerate(ops):
            name = jitted.py_func.__name__
            if results is not None:
                got = results[k]
            else:
                try:
                    got = jitted(a, b)
                except TypingError:
                    if wants[k] is not None:
                        mismatches.append((name, l.__name__, r.__name__, "refused", wants[k]))
                    continue
            if wants[k] is None:
                mismatches.append((name, l.__name__, r.__name__, got.dtype, "NumPy refuses"))
                continue
            with np.errstate(all="ignore"):
                check_result(name, l, r, got, op(a, b), mismatches)
    assert not mismatches, mismatches


@penna.jit
def sqrt(a):
    return np.sqrt(a)


@penna.jit
def sin(a):
    return np.sin(a)


@penna.jit
def neg(a):
    return -a


@penna.jit
def invert(a):
    return ~a


UNARY = [(sqrt, np.sqrt), (sin, np.sin), (neg, operator.neg), (invert, operator.invert)]


@pytest.mark.parametrize("jitted,op", UNARY, ids=[u[0].py_func.__name__ for u in UNARY])
def test_unary_dtype_table(jitted, op):
    mismatches = []
    for dt in DTYPES:
        a = operands(dt)
        want = numpy_result(lambda x, _: op(x), a, None)
        try:
            got = jitted(a)
        except penna.errors.CompileError:
            # penna's math ufuncs take no complex arrays yet.
            if want is not None and not (want.kind == "c" and jitted in (sqrt, sin)):
                mismatches.append((dt.__name__, "refused", want))
            continue
        if want is None or got.dtype != want:
            mismatches.append((dt.__name__, got.dtype, want))
        else:
            np.testing.assert_allclose(got, op(a), rtol=1e-3)
    assert not mismatches, mismatches


INPLACE_PAIRS = list(itertools.product(DTYPES[:12], DTYPES[:12]))


@penna.jit
def iadd(a, b):
    a += b
    return a


@penna.jit
def idiv(a, b):
    a /= b
    return a


@pytest.mark.parametrize("jitted,op", [(iadd, operator.iadd), (idiv, operator.itruediv)])
def test_in_place_updates_follow_same_kind(jitted, op):
    mismatches = []
    for l, r in INPLACE_PAIRS:
        want_ok = numpy_result(lambda x, y: op(x, y), operands(l), operands(r)) is not None
        a = operands(l)
        try:
            got = jitted(a, operands(r))
            ok = True
        except TypingError:
            ok = False
        if ok != want_ok:
            mismatches.append((l.__name__, r.__name__, ok, want_ok))
        elif ok:
            expect = op(operands(l), operands(r))
            np.testing.assert_array_equal(got, expect)
            assert got.dtype == np.dtype(l)
    assert not mismatches, mismatches


def test_in_place_with_python_scalars_is_weak():
    @penna.jit
    def bump(a, k):
        a += k
        return a

    np.testing.assert_array_equal(bump(np.array([1, 2], dtype=np.uint8), 3), [4, 5])
    with pytest.raises(TypingError, match="same_kind"):
        bump(np.array([1, 2], dtype=np.int64), 0.7)
    with pytest.raises(TypingError, match="same_kind"):
        bump(np.array([True]), 1)
