"""A float to an integer power (issue 23): repeated multiplication, as
Numba computes it, instead of `pow` — exact for exponents 0, 1, 2 and -1
(one rounding, like `pow`), within a few ulps of CPython's `pow` above;
`0.0` to a negative power raises ZeroDivisionError as in CPython."""

import math

import numpy as np
import pytest

import penna


@penna.jit
def powers(x):
    return (x ** 0, x ** 1, x ** 2, x ** 3, x ** 6, x ** 7, x ** 13, x ** 64, x ** -1, x ** -3, x ** 65, x ** -70)


@penna.jit
def power_n(x, n):
    return x ** n


@penna.jit
def int_powers(a):
    return (a ** 0, a ** 1, a ** 2, a ** 7, a ** 13, a ** 64, a ** 65)


@penna.jit
def power_f32(x):
    return x ** 5


@penna.jit
def array_power(a, n):
    return a ** 3, a ** n


def close(a, b):
    if math.isnan(b):
        return math.isnan(a)
    if math.isinf(b) or b == 0.0:
        return a == b
    return abs(a - b) <= 1e-13 * abs(b)


@pytest.mark.parametrize("x", [1.5, -0.75, 1e-3, 3.0, -2.0, 1.0000001, float("inf"), float("nan"), 1e150])
def test_constant_exponents_match_cpython(x):
    got = powers(x)
    try:
        want = powers.py_func(x)
    except OverflowError:
        return  # CPython raises where the result overflows; penna gives inf, as Numba
    assert all(close(g, w) for g, w in zip(got, want)), (got, want)
    assert got[:3] == want[:3] or math.isnan(x)  # exact: one rounding or none


@pytest.mark.parametrize("n", [-9, -2, -1, 0, 1, 2, 5, 31, 100])
def test_runtime_exponents_match_cpython(n):
    for x in [1.25, -0.5, 7.0]:
        assert close(power_n(x, n), power_n.py_func(x, n)), (x, n)


def squaring_reference(x, n):
    """Numba's algorithm in Python floats (one IEEE rounding per product):
    penna's products are the same, in the same order."""
    r, b, e = 1.0, x, abs(n)
    while e:
        if e & 1:
            r *= b
        e >>= 1
        b *= b
    if n >= 0:
        return r
    # An underflowed power: inf (as the division in compiled code gives).
    return 1.0 / r if r != 0.0 else math.copysign(math.inf, r)


def test_runtime_exponents_give_the_bits_of_numbas_squaring():
    rng = np.random.default_rng(3)
    xs = [float(v) for v in rng.uniform(-3.0, 3.0, 200)] + [1.0, -1.0, 0.5, 1e-3, 1e150, -0.0, float("inf")]
    ns = list(range(-70, 71)) + [2**31, 2**40 + 7, -(2**33) - 1, 10**6 + 1]
    for n in ns:
        for x in xs:
            if n < 0 and x == 0.0:
                continue  # ZeroDivisionError: the test below
            got, want = power_n(x, n), squaring_reference(x, n)
            assert got == want or (math.isnan(got) and math.isnan(want)), (x, n, got, want)


def test_zero_to_a_negative_power_raises_like_cpython():
    for n in (-1, -4):
        with pytest.raises(ZeroDivisionError):
            power_n.py_func(0.0, n)
        with pytest.raises(ZeroDivisionError):
            power_n(0.0, n)
    with pytest.raises(ZeroDivisionError):
        powers.py_func(0.0)
    with pytest.raises(ZeroDivisionError):
        powers(0.0)
    assert power_n(0.0, 3) == power_n.py_func(0.0, 3) == 0.0


def test_float32_and_arrays():
    x = np.float32(1.1)
    assert np.isclose(power_f32(x), np.float32(x) ** 5, rtol=1e-6)
    a = np.linspace(-2.0, 2.0, 9)
    cube, fifth = array_power(a, 5)
    assert np.allclose(cube, a ** 3, rtol=1e-14) and np.allclose(fifth, a ** 5, rtol=1e-14)


def test_integer_exponents_of_every_width():
    # A uint64 exponent past int64's range must not turn negative.
    for n in (np.uint64(3), np.uint64(2**63 + 1), np.uint8(200), np.int8(-3), np.uint32(5), np.int16(-7)):
        for x in (1.0000001, 2.0, 0.5):
            with np.errstate(over="ignore"):
                want = float(np.power(np.float64(x), n))  # inf or 0.0 past the range
            assert close(power_n(x, n), want), (x, n)



def test_integer_bases_wrap_like_int64_products():
    # An int to a run-time power: repeated int64 multiplication, wrapping.
    def wrapped(a, n):
        v = pow(a, n, 2**64)
        return v - 2**64 if v >= 2**63 else v

    for a in (0, 1, -1, 2, -3, 7, 12345, -(2**31), 2**62 + 3):
        for n in list(range(0, 70)) + [2**20 + 1, 2**40]:
            assert power_n(a, n) == wrapped(a, n), (a, n)
        # Constant exponents are unrolled (up to 64), the rest a loop.
        assert int_powers(a) == tuple(wrapped(a, n) for n in (0, 1, 2, 7, 13, 64, 65)), a
    with pytest.raises(ValueError, match="negative power"):
        power_n(3, -1)
