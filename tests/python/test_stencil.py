"""`penna.stencil` against NumPy references: relative indexing in 1-3
dimensions, `cval`, `neighborhood`, `standard_indexing`, `out=`, dtypes,
calls from Python and from `@jit` code, and the thread-pool path."""

import numpy as np
import pytest

import penna
from penna.stencil import PARALLEL_SIZE


@penna.stencil
def blur(a):
    return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])


def blur_reference(a, cval=0.0):
    out = np.full(a.shape, cval, dtype=np.float64)
    out[1:-1, 1:-1] = 0.25 * (a[1:-1, 2:] + a[2:, 1:-1] + a[1:-1, :-2] + a[:-2, 1:-1])
    return out


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
@pytest.mark.parametrize("shape", [(5, 7), (1, 4), (2, 2), (3, 3)])
def test_blur_matches_numpy(dtype, shape):
    a = (np.arange(np.prod(shape)).reshape(shape) ** 2 % 17).astype(dtype)
    got = blur(a)
    assert got.dtype == np.float64
    assert np.allclose(got, blur_reference(a.astype(np.float64)))
    assert np.allclose(blur(a.T.copy().T), blur_reference(a.astype(np.float64)))


def test_large_arrays_use_the_thread_pool_and_agree():
    side = int(np.sqrt(PARALLEL_SIZE)) + 10
    a = np.random.default_rng(0).random((side, side))
    assert np.array_equal(blur(a), blur_reference(a))


@penna.stencil(cval=-1)
def central(a):
    return a[1] - a[-1]


@penna.stencil(neighborhood=((-3, 0),))
def trailing_sum(a):
    s = 0
    for k in range(-3, 1):
        s += a[k]
    return s


@penna.stencil(standard_indexing=("w",))
def weighted(a, w, bias):
    return w[0] * a[-1] + w[1] * a[0] + w[2] * a[1] + bias


def test_options():
    v = np.arange(10) ** 2
    got = central(v)
    want = np.full(10, -1)
    want[1:-1] = v[2:] - v[:-2]
    assert got.dtype == np.int64 and np.array_equal(got, want)
    want = np.zeros(10, dtype=np.int64)
    want[3:] = [v[i - 3:i + 1].sum() for i in range(3, 10)]
    assert np.array_equal(trailing_sum(v), want)
    w = np.array([0.5, 2.0, -1.0])
    x = v.astype(np.float64)
    want = np.zeros(10)
    want[1:-1] = w[0] * x[:-2] + w[1] * x[1:-1] + w[2] * x[2:] + 0.5
    assert np.allclose(weighted(x, w, 0.5), want)


def test_out_keeps_the_border():
    a = np.arange(30.0).reshape(5, 6)
    out = np.full(a.shape, 7.0)
    result = blur(a, out=out)
    assert result is out or np.shares_memory(result, out)
    want = blur_reference(a)
    want[0, :] = want[-1, :] = want[:, 0] = want[:, -1] = 7.0
    assert np.array_equal(out, want)


@penna.stencil
def laplace3d(a):
    return a[1, 0, 0] + a[-1, 0, 0] + a[0, 1, 0] + a[0, -1, 0] + a[0, 0, 1] + a[0, 0, -1] - 6 * a[0, 0, 0]


def test_three_dimensions():
    a = np.random.default_rng(1).random((4, 5, 6))
    want = np.zeros_like(a)
    c = a[1:-1, 1:-1, 1:-1]
    want[1:-1, 1:-1, 1:-1] = (a[2:, 1:-1, 1:-1] + a[:-2, 1:-1, 1:-1] + a[1:-1, 2:, 1:-1] + a[1:-1, :-2, 1:-1]
                              + a[1:-1, 1:-1, 2:] + a[1:-1, 1:-1, :-2] - 6 * c)
    assert np.allclose(laplace3d(a), want)


@penna.jit
def smooth_twice(a):
    return blur(blur(a))


@penna.jit(parallel=True)
def smooth_in_parallel_code(a):
    return blur(a) + 1.0


def test_called_from_compiled_code():
    a = np.random.default_rng(2).random((9, 8))
    assert np.allclose(smooth_twice(a), blur_reference(blur_reference(a)))
    assert np.allclose(smooth_in_parallel_code(a), blur_reference(a) + 1.0)


@penna.stencil(neighborhood=((-1, 1),))
def reaches_too_far(a, k):
    return a[k]


def test_offsets_outside_the_promised_neighborhood_raise():
    assert np.array_equal(reaches_too_far(np.arange(5.0), 1), [0, 2, 3, 4, 0])
    with pytest.raises(IndexError):
        reaches_too_far(np.arange(5.0), 3)


def test_bad_kernels_are_clear_errors():
    with pytest.raises(ValueError, match="neighborhood="):
        @penna.stencil
        def variable(a, k):
            return a[k]
        variable(np.ones(3), 1)
    with pytest.raises(ValueError, match="same number of dimensions"):
        @penna.stencil
        def mixed(a):
            return a[0] + a[0, 1]
        mixed(np.ones((3, 3)))
    with pytest.raises(ValueError, match="indexes 2 dimensions"):
        blur(np.ones(5))
