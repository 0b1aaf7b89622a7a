"""NumPy inside compiled code: owned arrays, creation, views, fused array
expressions, reductions. Every result is compared with NumPy running the same
function in Python; every test also checks that compiled code leaked nothing."""

import gc

import numpy as np
import pytest

import penna
from penna.runtime import live_allocations

DTYPES = [np.float64, np.float32, np.int64, np.int32, np.uint8]


@pytest.fixture(autouse=True)
def no_leaks():
    """Every test must leave no owned array alive once its results are gone."""
    gc.collect()
    before = live_allocations()
    yield
    gc.collect()
    assert live_allocations() == before


def same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape, (got.shape, want.shape)
    if want.dtype.kind in "fc":
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6, equal_nan=True)
    else:
        np.testing.assert_array_equal(got, want)


def check(fn, *args):
    """Runs `fn` compiled and in Python on copies of the arguments."""
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    want = fn(*copies)
    got = penna.jit(fn)(*args)
    same(got, want)
    for a, c in zip(args, copies):
        if isinstance(a, np.ndarray):
            same(a, c)  # the same side effects on the arguments
    return got


def sample(dtype, shape, seed=0):
    rng = np.random.default_rng(seed)
    if np.dtype(dtype).kind == "f":
        return (rng.standard_normal(shape) * 10).astype(dtype)
    if np.dtype(dtype).kind == "u":
        return rng.integers(0, 50, shape).astype(dtype)
    return rng.integers(-50, 50, shape).astype(dtype)


# ---- small functions used below ----


def _fn1(n):
    return np.arange(n) * 2


def _fn2(a):
    return a[2:-2]


def _fn3(m):
    return m.T.reshape(-1)


def _fn4(a, b):
    return a + b


def _fn5(a):
    return (np.min(a), np.max(a), np.argmin(a), np.argmax(a))


def _fn6(a):
    return np.min(a)


def _fn7(a):
    return (np.sum(a), np.prod(a))


def _fn8(m):
    return np.nonzero(m)


def _fn9(a, b):
    return np.dot(a, b)


def _fn10(n):
    return np.zeros(n)


def _fn11(a):
    return a.reshape(5, 3)


def _fn12(m):
    return m[5, :]


def _fn13(a):
    return np.fft.fft(a)


# ---- creation ----


def creation(n):
    return (np.zeros(n), np.ones((n, 3)), np.full(n, 7), np.full((2, n), 2.5, np.float32),
            np.zeros((n, 2), dtype=np.int32), np.arange(n), np.arange(2, n),
            np.arange(1.0, n, 0.5), np.arange(n, 0, -3), np.linspace(0.0, 1.0, n),
            np.eye(n), np.eye(n, 4, 1), np.identity(3), np.ones(n, np.uint8))


@pytest.mark.parametrize("n", [0, 1, 5, 17])
def test_creation_functions_match_numpy(n):
    got = check(creation, n)
    want = creation(n)
    assert [g.dtype for g in got] == [w.dtype for w in want]


def like(a):
    return np.zeros_like(a), np.ones_like(a), np.full_like(a, 3), np.empty_like(a).shape, np.zeros_like(a, dtype=np.float32)


@pytest.mark.parametrize("dtype", DTYPES)
def test_like_functions_keep_shape_and_dtype(dtype):
    a = sample(dtype, (4, 3))
    got = check(like, a)
    assert got[0].dtype == dtype and got[4].dtype == np.float32


def test_returned_array_owns_its_memory_without_copy():
    f = penna.jit(_fn1)
    a = f(1000)
    assert a.flags.owndata is False and a.base is not None  # memory of the runtime
    assert a.flags.writeable and a.flags.c_contiguous
    assert live_allocations() >= 1
    a[0] = 99
    assert a[0] == 99 and a[999] == 1998


def test_no_leaks_over_many_calls():
    def work(a):
        b = a * 2.0 + 1.0
        c = np.sqrt(np.abs(b))
        t = (b, c)
        return t[1].sum() + np.zeros(3).sum()

    f = penna.jit(work)
    a = sample(np.float64, 100)
    before = live_allocations()
    for _ in range(3000):
        f(a)
    assert live_allocations() == before
    same(f(a), work(a))


def test_views_of_arguments_keep_the_argument_alive():
    f = penna.jit(_fn2)
    a = np.arange(10.0)
    v = f(a)
    assert v.base is a
    v[0] = -1
    assert a[2] == -1


def make_tuple(n):
    a = np.arange(n)
    return a, a[::2], (a * 2, n)


def test_arrays_in_tuples():
    check(make_tuple, 7)


def callee(a, k):
    return a * k


def caller(n):
    out = np.zeros(n)
    for k in range(3):
        out += jcallee(np.ones(n), k)
    return out, jcallee(out, 2)


jcallee = penna.jit(callee)


def test_arrays_passed_to_and_returned_from_jitted_callees():
    check(caller, 6)


# ---- views and indexing ----


def slices_1d(a):
    return a[1:-1], a[::2], a[::-1], a[-3:], a[:0], a[5:1:-2], a[100:], a[-100:2]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 7, 20])
def test_slices_1d(dtype, n):
    check(slices_1d, sample(dtype, n))


def slices_2d(m, i, j):
    return m[i, :], m[:, j], m[1:, ::2], m[::-1, 1], m.T, m[i], m.T[1:, :2], m[:, ::-1].T


@pytest.mark.parametrize("layout", ["C", "F", "strided"])
def test_slices_2d(layout):
    m = sample(np.float64, (6, 8))
    if layout == "F":
        m = np.asfortranarray(m)
    elif layout == "strided":
        m = sample(np.float64, (12, 8))[::2]
    check(slices_2d, m, 2, -1)


def reshapes(a):
    return a.reshape(3, 4), a.reshape((2, -1)), a.reshape(12), a.ravel(), np.ravel(a), a.flatten(), np.transpose(a.reshape(4, 3)), a.astype(np.int32), a.copy(), np.copy(a)


def test_reshape_ravel_flatten_astype_copy():
    check(reshapes, np.arange(12.0))
    check(reshapes, np.arange(24.0)[::2])


def test_reshape_of_a_view_copies_when_needed():
    f = penna.jit(_fn3)
    m = np.arange(6.0).reshape(2, 3)
    same(f(m), m.T.reshape(-1))


def slice_assign(a, b):
    a[1:3] = 5
    a[::4] = b[: len(a[::4])]
    a[-2:] = a[:2]
    return a


def shift(a):
    a[1:] = a[:-1]
    return a


def rows(m, r):
    m[:] = 0
    m[1:, :] = r
    m[:, 0] = -1
    return m


@pytest.mark.parametrize("dtype", [np.float64, np.int32])
def test_slice_assignment(dtype):
    check(slice_assign, sample(dtype, 13), sample(np.float64, 13, seed=1).astype(dtype))
    check(shift, np.arange(10).astype(dtype))
    check(rows, sample(dtype, (4, 3)), np.arange(3).astype(dtype))


# ---- array expressions ----


def arith(a, b):
    # (Python ints are int64 as in Numba: `100 - a` is int64 for uint8 `a`.)
    return a + b, a - b, a * b, a * 2, 100 - a, -a, a > b, a == b, (a >= 0) & (b < 5), abs(a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(0,), (1,), (33,), (5, 7)])
def test_elementwise_arithmetic(dtype, shape):
    check(arith, sample(dtype, shape), sample(dtype, shape, seed=3))


def division(a, b):
    return a / b, a // b, a % b, a ** 2


def test_division_by_arrays():
    a = sample(np.float64, 50)
    b = sample(np.float64, 50, seed=2) + 100.0
    check(division, a, b)
    check(division, np.arange(1, 20), np.arange(20, 1, -1))
    small = np.arange(1, 8, dtype=np.int32)
    check(division, small, small[::-1].copy())
    check(power, small, small[::-1].copy())


def power(a, b):
    return a**b


def fused(a, b):
    return a * b - 4.1 * a > 2.5 * b


def test_fused_expression_is_one_allocation():
    a, b = sample(np.float64, 1000), sample(np.float64, 1000, seed=4)
    check(fused, a, b)
    before = penna.runtime.allocation_stats()[0]
    r = penna.jit(fused)(a, b)
    assert penna.runtime.allocation_stats()[0] - before == 1  # no temporaries
    del r


def ufuncs(a, b):
    return (np.sqrt(np.abs(a)), np.exp(a / 100), np.log(np.abs(a) + 1), np.sin(a), np.cos(a),
            np.tan(a / 100), np.arctan2(a, b), np.floor(a), np.ceil(a), np.sign(a),
            np.minimum(a, b), np.maximum(a, b), np.where(a > b, a, b), np.isnan(a),
            np.clip(a, -3, 4), np.abs(a), np.hypot(a, b))


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
def test_math_ufuncs_on_arrays(dtype):
    check(ufuncs, sample(dtype, (4, 9)), sample(dtype, (4, 9), seed=5))


def broadcasting(m, row, col):
    return m + row, m * col, row - col, m + 1.5, (m > row) | (col > 0)


def test_broadcasting():
    m = sample(np.float64, (5, 4))
    check(broadcasting, m, sample(np.float64, 4), sample(np.float64, (5, 1)))
    check(broadcasting, m, sample(np.float64, (1, 4)), sample(np.float64, (1, 1)))


def test_broadcasting_mismatch_raises_value_error():
    f = penna.jit(_fn4)
    with pytest.raises(ValueError, match="broadcast"):
        f(np.zeros(3), np.zeros(4))


def noncontiguous(a, b):
    return a[::2] * b[1::3] + a[::-2]


def test_non_contiguous_operands():
    a = sample(np.float64, 30)
    check(noncontiguous, a, sample(np.float64, 30, seed=6)[:15] if False else sample(np.float64, 45, seed=6))


def inplace(a, b):
    a += b
    a *= 2
    a -= 1
    return a


@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.float32])
def test_augmented_assignment_updates_in_place(dtype):
    a, b = sample(dtype, (3, 4)), sample(dtype, 4, seed=7)
    got = check(inplace, a, b)
    assert got.dtype == dtype


# ---- reductions ----


def reductions(a):
    return (np.sum(a), a.sum(), np.prod(a[:5]), np.min(a), a.max(), np.mean(a), np.var(a), a.std(),
            np.argmin(a), a.argmax(), np.any(a > 3), np.all(a > -100), np.cumsum(a), a.cumprod()[:4])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(1,), (37,), (4, 6), "strided"])
def test_reductions(dtype, shape):
    a = sample(dtype, (8, 6))[::2, 1:] if shape == "strided" else sample(dtype, shape)
    check(reductions, a)


def axis_reductions(m):
    return (m.sum(axis=0), np.sum(m, axis=1), m.min(axis=0), m.max(axis=-1), m.mean(axis=1),
            np.prod(m[:, :3], axis=0))


@pytest.mark.parametrize("dtype", [np.float64, np.int32])
def test_axis_reductions(dtype):
    check(axis_reductions, sample(dtype, (5, 7)))
    check(axis_reductions, sample(dtype, (10, 7))[::2])



def test_nan_propagates_through_min_max_argmin():
    a = np.array([3.0, np.nan, 1.0, np.nan])
    check(_fn5, a)


def test_empty_reductions():
    f = penna.jit(_fn6)
    with pytest.raises(ValueError, match="zero-size array"):
        f(np.zeros(0))
    check(_fn7, np.zeros(0))


def nonzero(a):
    return np.nonzero(a), np.where(a > 2), np.nonzero(a > 0)[0][2:]


def test_nonzero_and_where():
    check(nonzero, np.array([0, 3, 0, 5, 1, 0, 7]))
    check(_fn8, np.array([[0, 1], [2, 0], [0, 3]]))


def dots(a, b, m, k):
    return np.dot(a, b), m.dot(k), np.dot(m, a[:4]), np.dot(a[:3], m)


def test_dot():
    check(dots, sample(np.float64, 4), sample(np.float64, 4, seed=8), sample(np.float64, (3, 4)), sample(np.float64, (4, 2)))
    f = penna.jit(_fn9)
    with pytest.raises(ValueError, match="not aligned"):
        f(np.zeros((2, 3)), np.zeros((2, 3)))


def sieve(n):
    numbers = np.ones(n, dtype=np.bool_)
    numbers[:2] = False
    for i in range(2, int(n**0.5) + 1):
        if numbers[i]:
            numbers[i * i :: i] = False
    return np.nonzero(numbers)[0]


def test_sieve():
    check(sieve, 1000)


# ---- errors and exits ----


def test_exceptions_release_owned_arrays():
    def fails(n):
        a = np.ones(n)
        b = a * 2
        if n > 3:
            raise ValueError("too big")
        return b

    f = penna.jit(fails)
    before = live_allocations()
    for _ in range(100):
        with pytest.raises(ValueError, match="too big"):
            f(10)
    assert live_allocations() == before


def test_negative_dimensions_and_bad_reshape():
    with pytest.raises(ValueError, match="negative dimensions"):
        penna.jit(_fn10)(-1)
    with pytest.raises(ValueError, match="cannot reshape"):
        penna.jit(_fn11)(np.zeros(12))


def test_out_of_bounds_integer_index_in_a_view():
    f = penna.jit(_fn12)
    with pytest.raises(IndexError, match="out of bounds"):
        f(np.zeros((2, 3)))


def test_loops_and_breaks_release_temporaries():
    def loop(a):
        total = 0.0
        i = 0
        while (a * i).sum() < 50.0:
            b = a + i
            i += 1
            if b.max() > 20:
                break
            total += b.sum()
        return total

    check(loop, np.arange(4.0))


def test_parallel_loops_with_arrays():
    def rows(m):
        out = np.empty(m.shape[0])
        for i in penna.prange(m.shape[0]):
            r = m[i] * 2.0
            out[i] = r.sum()
        return out

    m = sample(np.float64, (50, 20))
    got = penna.jit(parallel=True)(rows)(m)
    same(got, rows(m))


def test_unsupported_numpy_function_is_a_clear_error():
    f = penna.jit(_fn13)
    with pytest.raises(penna.errors.CompileError):
        f(np.zeros(4))


def add_into(a, b):
    a += b
    return a


def test_in_place_update_of_a_read_only_array_is_a_typing_error():
    a = np.zeros(3)
    a.flags.writeable = False
    with pytest.raises(penna.errors.TypingError, match="read-only"):
        penna.jit(add_into)(a, np.ones(3))


def array_divisions(a, b):
    return a / b, a // b, a % b


@pytest.mark.filterwarnings("ignore:divide by zero", "ignore:invalid value")
@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.int32])
def test_array_division_by_zero_follows_numpy(dtype):
    a = np.array([3, -3, 0, 7], dtype)
    b = np.array([0, 0, 0, 2], dtype)
    with np.errstate(divide="ignore", invalid="ignore"):
        check(array_divisions, a, b)


def scalar_ratio(a, b):
    return a / b, a // b


def test_error_model_numpy_for_scalars():
    default = penna.jit(scalar_ratio)
    with pytest.raises(ZeroDivisionError):
        default(1.0, 0.0)
    numpy_model = penna.jit(error_model="numpy")(scalar_ratio)
    assert numpy_model(1.0, 0.0) == (np.inf, np.inf)
    assert numpy_model(7, 0) == (np.inf, 0)
    with pytest.raises(ValueError, match="error_model"):
        penna.jit(error_model="c")(scalar_ratio)


# --- sorting, searching, counting, joining ------------------------------------


def sort_copy(a):
    return np.sort(a)


def argsort_stable(a):
    return np.argsort(a, kind="stable")


def argsort_method(a):
    return a.argsort(kind="stable")


def unique_values(a):
    return np.unique(a)


def sort_in_place(a):
    a.sort()


SORT_SHAPES = [(0,), (1,), (9,), (4, 6), (2, 3, 5)]


@pytest.mark.parametrize("dtype", DTYPES + [np.int8, np.uint64, np.bool_])
@pytest.mark.parametrize("shape", SORT_SHAPES)
def test_sort_argsort_unique(dtype, shape):
    a = sample(dtype, shape, 11)
    for fn in (sort_copy, argsort_stable, argsort_method, unique_values, sort_in_place):
        check(fn, a.copy())


def test_sorting_noncontiguous_and_nan():
    m = sample(np.float64, (6, 8), 12)
    for view in (m.T, m[::2, ::-3], m[:, 1]):
        for fn in (sort_copy, argsort_stable, unique_values):
            check(fn, view)
        check(sort_in_place, view.copy())
    a = np.array([3.0, np.nan, 1.0, 3.0, -0.0, np.nan, 0.0, -np.inf])
    for fn in (sort_copy, argsort_stable, unique_values, sort_in_place):
        check(fn, a.copy())
    # In place through a view writes the parent's memory.
    parent = np.arange(10.0)[::-1].copy()
    penna.jit(sort_in_place)(parent[2:8])
    np.testing.assert_array_equal(parent, [9, 8, 2, 3, 4, 5, 6, 7, 1, 0])


def search_both_sides(a, v):
    return np.searchsorted(a, v), np.searchsorted(a, v, side="right"), a.searchsorted(v, "left")


def search_scalar(a, x):
    return np.searchsorted(a, x), np.searchsorted(a, x, side="right")


@pytest.mark.parametrize("dtype", DTYPES)
def test_searchsorted(dtype):
    a = np.sort(sample(dtype, 40, 13))
    v = sample(dtype, (3, 5), 14)
    check(search_both_sides, a, v)
    check(search_both_sides, a, a)  # every value present, ties included
    check(search_both_sides, a[:0], v)
    for x in (a[0], a[-1], a[17]):
        check(search_scalar, a, x)
    check(search_scalar, a, 1000)
    check(search_scalar, a, -1000.5)


def test_searchsorted_with_nan_and_mixed_types():
    a = np.array([1.0, 2.0, 2.0, 3.0, np.nan])
    check(search_both_sides, a, np.array([0.0, 2.0, 2.5, 5.0, np.nan]))
    check(search_both_sides, np.arange(10), np.array([-1.5, 2.5, 9.0, 9.5]))


def bincounts(x, w):
    return np.bincount(x), np.bincount(x, w), np.bincount(x, minlength=20), np.bincount(x, weights=w, minlength=2)


@pytest.mark.parametrize("dtype", [np.int64, np.int32, np.uint8])
@pytest.mark.parametrize("n", [0, 1, 30])
def test_bincount(dtype, n):
    rng = np.random.default_rng(n)
    x = rng.integers(0, 12, n).astype(dtype)
    check(bincounts, x, rng.random(n))
    check(bincounts, x[::-1], rng.random(n)[::-1])


def bincount_only(x):
    return np.bincount(x)


def test_bincount_errors():
    with pytest.raises(ValueError, match="negative"):
        penna.jit(bincount_only)(np.array([1, -1]))
    with pytest.raises(ValueError, match="same length"):
        penna.jit(bincounts)(np.array([1, 2]), np.ones(3))
    with pytest.raises(penna.errors.TypingError, match="integers"):
        penna.jit(bincount_only)(np.ones(3))


def histograms(a):
    return np.histogram(a), np.histogram(a, 7), np.histogram(a, bins=5, range=(-1.0, 2.0))


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32])
@pytest.mark.parametrize("shape", [(0,), (1,), (1000,), (20, 30)])
def test_histogram(dtype, shape):
    check(histograms, sample(dtype, shape, 15))


def test_histogram_edges_constant_data_and_errors():
    check(histograms, np.linspace(0.0, 1.0, 101))  # values on every edge
    check(histograms, np.full(5, 3.0))  # empty range widens by 0.5
    check(histograms, np.random.default_rng(3).random((10, 10)).T)
    with pytest.raises(ValueError, match="not finite"):
        penna.jit(histograms)(np.array([1.0, np.nan]))

    def bad_range(a):
        return np.histogram(a, 3, (2.0, 1.0))

    with pytest.raises(ValueError, match="larger than min"):
        penna.jit(bad_range)(np.ones(3))


def concat_axis0(a, b):
    return np.concatenate((a, b))


def concat_three(a, b, c, axis):
    return np.concatenate((a, b, c), axis=axis)


@pytest.mark.parametrize("dtype", DTYPES)
def test_concatenate(dtype):
    a, b = sample(dtype, 5, 1), sample(dtype, 0, 2)
    check(concat_axis0, a, b)
    check(concat_axis0, a, a[::-2])
    m, n = sample(dtype, (2, 3), 3), sample(dtype, (2, 3), 4)
    for axis in (0, 1, -1, -2):
        check(concat_three, m, n.T.copy().T, m[:, ::-1], axis)
    check(concat_axis0, m, sample(np.float64, (4, 3), 5))  # promotes to float64


def test_concatenate_errors():
    with pytest.raises(ValueError, match="must match exactly"):
        penna.jit(concat_three)(np.ones((2, 3)), np.ones((2, 4)), np.ones((2, 3)), 0)
    with pytest.raises(ValueError, match="out of bounds"):
        penna.jit(concat_three)(np.ones(2), np.ones(2), np.ones(2), 1)
    with pytest.raises(penna.errors.TypingError, match="same number of dimensions"):
        penna.jit(concat_axis0)(np.ones(2), np.ones((2, 2)))


def matmuls(a, b):
    return a @ b, np.matmul(a, b)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
def test_matmul_operator(dtype):
    a, b = sample(dtype, (3, 4), 6), sample(dtype, (4, 5), 7)
    check(matmuls, a, b)
    check(matmuls, a, b[:, 0])
    check(matmuls, a[0], b)
    check(matmuls, a[0], b[:, 1])
    check(matmuls, b.T, a.T)
    with pytest.raises(ValueError):
        penna.jit(matmuls)(a, a)


def complex_sort(a):
    return np.sort(a)


def test_sorting_complex_is_a_clear_error():
    with pytest.raises(penna.errors.TypingError, match="complex"):
        penna.jit(complex_sort)(np.ones(3, np.complex128))


# --- boolean-mask and integer-array indexing ----------------------------------


def mask_reads(a, m):
    return a[m], a[a > 0], a[~m]


def gather(a, idx):
    return a[idx]


def mask_store_scalar(a, m):
    a[m] = 7
    return a.sum()


def mask_store_array(a, m, v):
    a[m] = v


def gather_store(a, idx, v):
    a[idx] = v


@pytest.mark.parametrize("dtype", DTYPES + [np.bool_])
@pytest.mark.parametrize("shape", [(0,), (1,), (13,), (4, 5), (2, 3, 4)])
def test_mask_indexing(dtype, shape):
    a = sample(dtype, shape, 21)
    m = sample(np.float64, shape, 22) > 0
    check(mask_reads, a, m)
    check(mask_store_scalar, a.copy(), m)
    v = sample(dtype, int(m.sum()), 23)
    check(mask_store_array, a.copy(), m, v)
    check(mask_store_array, a.copy(), m, v[:1])  # one value for all


def test_mask_indexing_noncontiguous():
    m = sample(np.float64, (6, 8), 24)
    for view in (m.T, m[::2, ::-3]):
        check(mask_reads, view, view > 1)
        check(mask_store_scalar, view.copy(), view > 1)
    parent = np.arange(10.0)
    penna.jit(mask_store_scalar)(parent[::2], parent[::2] > 3)
    np.testing.assert_array_equal(parent, [0, 1, 2, 3, 7, 5, 7, 7, 7, 9])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("index_dtype", [np.int64, np.int32, np.uint8])
def test_integer_array_indexing(dtype, index_dtype):
    a = sample(dtype, 12, 25)
    for idx in (np.array([0, 11, 3, 3, 5]), np.arange(12)[::-1], np.zeros(0, np.int64),
                np.array([[1, 2], [3, 4]])):
        idx = idx.astype(index_dtype)
        check(gather, a, idx)
        check(gather, a[::-2], idx % 6)
        check(gather_store, a.copy(), idx, sample(dtype, idx.size, 26).reshape(idx.shape))
        check(gather_store, a.copy(), idx, 5)
    check(gather, a, np.array([-1, -12]))


def test_array_index_errors():
    with pytest.raises(IndexError, match="out of bounds"):
        penna.jit(gather)(np.arange(5.0), np.array([5]))
    with pytest.raises(IndexError, match="out of bounds"):
        penna.jit(gather)(np.arange(5.0), np.array([-6]))
    with pytest.raises(IndexError, match="did not match"):
        penna.jit(mask_reads)(np.arange(5.0), np.ones(4, bool))
    with pytest.raises(ValueError, match="cannot assign 2 input values to the 3"):
        penna.jit(mask_store_array)(np.arange(5.0), np.arange(5) > 1, np.ones(2))
    assert np.array_equal(penna.jit(gather)(np.eye(3), np.array([2])), np.eye(3)[[2]])
    with pytest.raises(penna.errors.TypingError, match="integers or booleans"):
        penna.jit(gather)(np.ones(3), np.ones(2))
