"""Scalar arithmetic with Python's semantics, checked against CPython."""

import math

import numpy as np
import pytest

import penna


@penna.jit
def add(a, b):
    return a + b


@penna.jit
def sub(a, b):
    return a - b


@penna.jit
def mul(a, b):
    return a * b


@penna.jit
def truediv(a, b):
    return a / b


@penna.jit
def floordiv(a, b):
    return a // b


@penna.jit
def mod(a, b):
    return a % b


@penna.jit
def power(a, b):
    return a ** b


INTS = [-7, -1, 0, 1, 3, 7, 12345, -98765]
FLOATS = [-7.5, -1.0, -0.0, 0.0, 0.25, 3.0, 1e300, -2.5e-8, math.inf, -math.inf, math.nan]


@pytest.mark.parametrize("op", [add, sub, mul])
def test_int_and_float_arithmetic(check, op):
    for a in INTS + FLOATS:
        for b in INTS + FLOATS:
            check(op, a, b)


@pytest.mark.parametrize("op", [floordiv, mod, truediv])
def test_division_follows_python_signs(check, op):
    for a in INTS + [x for x in FLOATS if math.isfinite(x)]:
        for b in INTS + [x for x in FLOATS if math.isfinite(x)]:
            if b == 0:
                with pytest.raises(ZeroDivisionError):
                    op(a, b)
                with pytest.raises(ZeroDivisionError):
                    op.py_func(a, b)
            else:
                check(op, a, b)


def test_integer_overflow_wraps_like_int64():
    big = 2**62
    assert add(big, big) == -(2**63)
    assert mul(2**40, 2**40) == 0
    assert floordiv(-(2**63), -1) == -(2**63)
    assert mod(-(2**63), -1) == 0


def test_power(check):
    for a in [-3, -1, 0, 1, 2, 5]:
        for b in [0, 1, 2, 3, 10]:
            check(power, a, b)
    for a in [-2.5, 0.5, 2.0, 9.0]:
        for b in [-2.0, 0.0, 3.0, 2]:
            check(power, a, b)
    for a in [0.5, 2.0, 9.0]:
        check(power, a, 0.5)
    # CPython turns a negative base with a fractional exponent into a complex
    # number; compiled code keeps the float type and gives nan, as Numba does.
    assert math.isnan(power(-2.5, 0.5))
    check(power, 2.0 + 1j, 3.0 - 0.5j, rel=1e-12)


def test_power_with_negative_integer_exponent():
    # A negative constant exponent makes the result a float, as in Python.
    @penna.jit
    def inverse(x):
        return x ** -1

    assert inverse(4) == 0.25
    # At run time the result type is already int: penna raises instead of
    # returning Numba's silent 0.
    with pytest.raises(ValueError, match="negative power"):
        power(2, -1)


@penna.jit
def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << (b & 15), a >> (b & 63)


def test_bitwise_and_shifts(check):
    for a in [0, 1, -1, 5, -6, 2**40 + 3]:
        for b in [0, 1, 3, 17, 63]:
            check(bits, a, b)


@penna.jit
def shift(a, b):
    return a << b, a >> b


def test_shift_by_at_least_the_width():
    assert shift(1, 64) == (0, 0)
    assert shift(-8, 70) == (0, -1)
    with pytest.raises(ValueError, match="negative shift count"):
        shift(1, -1)


@penna.jit
def unary(a):
    return -a, +a, not a


def test_unary(check):
    for a in INTS + FLOATS + [True, False, 2 + 3j]:
        if isinstance(a, complex):
            assert unary(a)[0] == -a
        else:
            check(unary, a)


@penna.jit
def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def test_comparisons(check):
    for a in [-2, 0, 3, -1.5, 3.0, math.nan, True]:
        for b in [-2, 0, 3, 2.5, math.nan, False]:
            check(compare, a, b)


@penna.jit
def chained(a, b, c):
    return a < b < c, a < b > c, a == b == c, 0 <= a < 10


def test_chained_comparisons(check):
    for a in [-1, 0, 5, 12]:
        for b in [0, 5]:
            for c in [-3, 5, 9]:
                check(chained, a, b, c)


@penna.jit
def logic(a, b):
    return a and b, a or b, not a, (a > 0) and (b > 0)


def test_and_or_return_an_operand(check):
    for a in [0, 3, -2]:
        for b in [0, 7]:
            check(logic, a, b)
    for a in [0.0, 1.5]:
        for b in [0.0, 2.5]:
            check(logic, a, b)


@penna.jit
def conditional(x):
    return x * 2 if x > 0 else -x


def test_conditional_expression(check):
    for x in [-3, 0, 4, -2.5, 7.25]:
        check(conditional, x)


@penna.jit
def augmented(a, b):
    x = a
    x += b
    x *= 3
    x -= a
    x //= 2
    x %= 1000
    x **= 2
    x <<= 1
    x |= 5
    x &= 0xFFFF
    x ^= 3
    x >>= 1
    return x


def test_augmented_assignment(check):
    for a in [-50, -1, 0, 7, 123]:
        for b in [1, 9, -4]:
            check(augmented, a, b)


@penna.jit
def promote(i, f):
    x = i
    x = x + f
    return x


def test_reassignment_unifies_int_and_float(check):
    assert isinstance(promote(3, 0.5), float)
    check(promote, 3, 0.5)


DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
          np.float32, np.float64]


@pytest.mark.parametrize("dtype", DTYPES)
def test_numpy_scalar_arguments(check, dtype):
    a, b = dtype(7), dtype(3)
    rel = 1e-6 if dtype == np.float32 else 1e-12
    for op in (add, mul, floordiv, mod):
        check(op, a, b, rel=rel)
    check(truediv, a, b, rel=rel)
    check(compare, a, b)


def test_mixed_numpy_promotion():
    # int64 + float32 -> float64 and uint64 + int64 -> float64, as NumPy/Numba.
    assert add(np.int64(1), np.float32(0.5)) == 1.5
    assert isinstance(add(np.uint64(2**63), 1), float)
    assert add(np.float32(0.1), np.float32(0.2)) == float(np.float32(0.1) + np.float32(0.2))


@penna.jit
def complex_ops(a, b):
    return a + b, a - b, a * b, a / b, a == b, a != b, abs(a), a.real, a.imag, a.conjugate()


def test_complex_arithmetic(check):
    for a in [1 + 2j, -3.5 + 0.25j, 0j, 2.0]:
        for b in [1 - 1j, 0.5 + 4j, -2 + 0j]:
            check(complex_ops, a, b)
    with pytest.raises(ZeroDivisionError):
        complex_ops(1j, 0j)


def test_complex64_arguments(check):
    a, b = np.complex64(1 + 2j), np.complex64(0.5 - 1j)
    check(complex_ops, a, b, rel=1e-6)


@penna.jit
def floordiv_mod_loop(a, b, q, r):
    for i in range(a.shape[0]):
        q[i] = a[i] // b[i]
        r[i] = a[i] % b[i]


@pytest.mark.parametrize("dtype", [np.int64, np.int32, np.int8])
def test_floor_division_in_a_loop_matches_python_at_the_edges(dtype):
    # INT_MIN // -1 takes a branch of its own (the division would trap); it
    # sits among ordinary pairs of every sign, as in a real loop.
    info = np.iinfo(dtype)
    rng = np.random.default_rng(7)
    edge = [info.min, info.max, -1, 1, info.min + 1, 7, -7]
    a = np.array(edge * len(edge) + list(rng.integers(info.min, info.max, 200, endpoint=True)), dtype)
    b = np.array([y for y in edge for _ in edge] + list(rng.integers(-50, 50, 200)), dtype)
    b[b == 0] = 3
    q = np.empty(len(a), np.int64)
    r = np.empty(len(a), np.int64)
    floordiv_mod_loop(a, b, q, r)

    def wrap(v):  # Python's result as int64 arithmetic wraps it
        return (v + 2**63) % 2**64 - 2**63

    assert q.tolist() == [wrap(int(x) // int(y)) for x, y in zip(a, b)]
    assert r.tolist() == [wrap(int(x) % int(y)) for x, y in zip(a, b)]
