"""Array expressions and whole-array reductions under `parallel=True` run on
the thread pool (arrays of at least 2**16 elements; smaller ones serially).

Elementwise results must equal the serial function's exactly (each element
is computed by the same operations); reductions of integers, minima and
maxima exactly, floating-point sums and means to rounding (members sum
their blocks, then the blocks are added in order).
"""

import numpy as np
import pytest

import penna
from penna import prange

N = 300_001  # above the parallel threshold, not a multiple of the team


def expression(a, b):
    return np.sqrt(np.abs(a * b + 2 * a)) - b / (a + 1.5)


def in_place(a, b):
    a += 3 * b
    a *= 0.5
    return a


def reductions(a):
    return np.sum(a), np.prod(a[:20]), a.min(), a.max(), np.mean(a)


def sum_of_product(a, b):
    return np.sum(a * b)


par = {f.__name__: penna.jit(f, parallel=True) for f in (expression, in_place, reductions, sum_of_product)}
ser = {f.__name__: penna.jit(f) for f in (expression, in_place, reductions, sum_of_product)}


def arrays(dtype, n, seed=0):
    rng = np.random.default_rng(seed)
    if np.dtype(dtype).kind == "f":
        return rng.random(n).astype(dtype) + 0.5, rng.random(n).astype(dtype) + 0.5
    return rng.integers(1, 5, n).astype(dtype), rng.integers(1, 5, n).astype(dtype)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32])
@pytest.mark.parametrize("n", [N, 1000, 0])
def test_expression_matches_serial_and_numpy(dtype, n):
    a, b = arrays(dtype, n)
    got = par["expression"](a, b)
    np.testing.assert_array_equal(got, ser["expression"](a, b))
    np.testing.assert_allclose(got, expression(a, b), rtol=1e-6)


def test_in_place_update():
    a, b = arrays(np.float64, N)
    a2 = a.copy()
    par["in_place"](a, b)
    ser["in_place"](a2, b)
    np.testing.assert_array_equal(a, a2)


def test_strided_and_broadcast_operands_take_the_general_loop():
    a, b = arrays(np.float64, 2 * N)
    np.testing.assert_array_equal(par["expression"](a[::2], b[1::2]), expression(a[::2], b[1::2]))
    m = np.random.default_rng(1).random((600, 500))
    row = np.random.default_rng(2).random(500)
    np.testing.assert_array_equal(par["expression"](m, row), ser["expression"](m, row))


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32, np.uint8])
def test_reductions(dtype):
    a, _ = arrays(dtype, N, seed=3)
    got = par["reductions"](a)
    want = ser["reductions"](a)
    ref = reductions(a)
    if np.dtype(dtype).kind == "f":
        np.testing.assert_allclose(got[0], ref[0], rtol=1e-6)
        np.testing.assert_allclose(got[4], ref[4], rtol=1e-6)
    else:
        assert got[0] == want[0] == ref[0]
    assert got[1:4] == want[1:4]
    assert got[2] == ref[2] and got[3] == ref[3]


def test_reductions_with_nan_and_empty():
    a, _ = arrays(np.float64, N)
    a[N // 2 + 7] = np.nan
    got = par["reductions"](a)
    assert np.isnan(got[0]) and np.isnan(got[2]) and np.isnan(got[3]) and np.isnan(got[4])
    with pytest.raises(ValueError):
        par["reductions"](np.empty(0))


def test_sum_of_expression():
    a, b = arrays(np.float64, N)
    np.testing.assert_allclose(par["sum_of_product"](a, b), np.sum(a * b), rtol=1e-12)


@penna.jit(parallel=True)
def rows_inside_prange(m):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        out[i] = np.sum(m[i] * 2.0)
    return out


def test_array_code_inside_prange_runs_serially_in_each_member():
    m = np.random.default_rng(4).random((8, 100_000))
    np.testing.assert_allclose(rows_inside_prange(m), (m * 2.0).sum(axis=1), rtol=1e-12)


@penna.jit(parallel=True)
def floor_divide(a, b):
    return a // b


def test_elementwise_errors_follow_numpy_in_parallel():
    a = np.arange(N, dtype=np.int64)
    b = np.ones(N, dtype=np.int64)
    b[N - 3] = 0
    with np.errstate(divide="ignore"):
        np.testing.assert_array_equal(floor_divide(a, b), a // b)
