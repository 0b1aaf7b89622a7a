"""Float `%`, `//` and `math.fmod` computed without libm where exact (one
fused multiply-add, `lower/fmod.rs`): bit-identical to CPython (float64) and
NumPy (float32) on random values across magnitudes, on quotients around the
fast path's limit (2^52, 2^23), and on zeros, subnormals, infinities and NaN."""

import math

import numpy as np
import pytest

import penna


@penna.jit
def mod_loop(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] % b[i]


@penna.jit
def floordiv_loop(a, b, out):
    for i in range(a.shape[0]):
        out[i] = a[i] // b[i]


@penna.jit
def fmod_loop(a, b, out):
    for i in range(a.shape[0]):
        out[i] = math.fmod(a[i], b[i])


def operands(dtype, n=20000, seed=0):
    rng = np.random.default_rng(seed)
    mant = np.finfo(dtype).nmant
    big = float(2 ** mant)
    with np.errstate(over="ignore"):  # float32 operands: 1e300 becomes inf
        return _operands(dtype, rng, n, big)


def _operands(dtype, rng, n, big):
    a = np.concatenate([
        rng.uniform(-1e3, 1e3, n),
        rng.standard_normal(n) * 10.0 ** rng.integers(-30, 30, n),
        # Quotients just around the fast path's limit, both sides.
        (big + rng.integers(-4, 5, n)) * 3.0,
        [0.0, -0.0, 1.0, -1.0, 7.5, -7.5, 3.0, -3.0, 1e-310, -1e-310, np.inf, -np.inf, np.nan, 5.0, 5.0, 1e300],
    ]).astype(dtype)
    b = np.concatenate([
        rng.uniform(0.1, 50, n) * rng.choice([-1.0, 1.0], n),
        rng.standard_normal(n) * 10.0 ** rng.integers(-30, 30, n),
        np.full(n, 3.0),
        [3.0, 3.0, -3.0, 3.0, -2.5, 2.5, 3.0, -3.0, 3.0, 7e-311, 3.0, 3.0, 3.0, np.inf, -np.inf, 1e-300],
    ]).astype(dtype)
    keep = b != 0
    return a[keep], b[keep]


def same_bits(got, want):
    """Equal values with equal signs of zero, NaN where NaN."""
    both_nan = np.isnan(got) & np.isnan(want)
    equal = (got == want) & (np.signbit(got) == np.signbit(want))
    bad = ~(both_nan | equal)
    assert not bad.any(), list(zip(got[bad][:5], want[bad][:5]))


def test_float64_matches_cpython():
    a, b = operands(np.float64)
    for kernel, op in [(mod_loop, lambda x, y: x % y), (floordiv_loop, lambda x, y: x // y),
                       (fmod_loop, math.fmod)]:
        out = np.empty_like(a)
        with np.errstate(all="ignore"):
            kernel(a, b, out)
        want = []
        for x, y in zip(a.tolist(), b.tolist()):
            try:
                want.append(op(x, y))
            except ValueError:  # math.fmod(inf, y)
                want.append(math.nan)
        same_bits(out, np.array(want))


@pytest.mark.parametrize("ufunc, kernel", [(np.remainder, mod_loop), (np.floor_divide, floordiv_loop),
                                           (np.fmod, fmod_loop)])
def test_float32_matches_numpy(ufunc, kernel):
    a, b = operands(np.float32, seed=1)
    out = np.empty_like(a)
    with np.errstate(all="ignore"):
        kernel(a, b, out)
        same_bits(out, ufunc(a, b))
