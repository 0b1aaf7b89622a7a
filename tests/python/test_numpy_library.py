"""NumPy functions written in Python (`penna/_numpy`), compared with NumPy
over dtypes, layouts (C, F, strided), empty arrays and NaN."""

import numpy as np
import pytest

import penna

DTYPES = [np.float64, np.float32, np.int64, np.int32]


def layouts(shape, dtype, seed=0):
    """The same values as a C array, an F array and a strided view."""
    rng = np.random.default_rng(seed)
    base = (rng.random(shape) * 20 - 10).astype(dtype)
    strided = np.empty(tuple(2 * n for n in shape), dtype=dtype)
    view = strided[tuple(slice(None, None, 2) for _ in shape)]
    view[...] = base
    return [base, np.asfortranarray(base), view]


def same(got, want, exact=True):
    """Equal values and shapes; with `exact`, also equal dtypes (numbers come
    back as Python numbers, as from Numba, so only their values count)."""
    if np.ndim(want) == 0 and not isinstance(got, np.ndarray):
        assert got == pytest.approx(want.item() if exact else want, rel=0 if exact else 1e-6,
                                    nan_ok=True)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape, (got.shape, want.shape)
    if exact:
        assert got.dtype == want.dtype, (got.dtype, want.dtype)
        assert np.array_equal(got, want, equal_nan=got.dtype.kind in "fc")
    else:
        assert np.allclose(got, want, rtol=1e-6, atol=1e-9, equal_nan=True)


# ---- rearranging ----

@penna.jit
def diff(a, n):
    return np.diff(a, n)


@penna.jit
def ediff1d(a):
    return np.ediff1d(a)


@penna.jit
def roll(a, s):
    return np.roll(a, s)


@penna.jit
def flips(a):
    return np.flip(a), np.flipud(a), np.fliplr(a)


@penna.jit
def rot90(a, k):
    return np.rot90(a, k)


@penna.jit
def tile(a, r):
    return np.tile(a, r)


@penna.jit
def repeat(a, r):
    return np.repeat(a, r)


@penna.jit
def triangles(a, k):
    return np.triu(a, k), np.tril(a, k)


@penna.jit
def diag(a, k):
    return np.diag(a, k)


@penna.jit
def trace(a):
    return np.trace(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_rearranging_matches_numpy(dtype):
    for m in layouts((4, 5), dtype):
        v = m[1]
        for n in (0, 1, 2):
            same(diff(v, n), np.diff(v, n))
            same(diff(m, n), np.diff(m, n))
        same(ediff1d(m), np.ediff1d(m))
        for s in (0, 3, -7, 21):
            same(roll(m, s), np.roll(m, s))
        for g, w in zip(flips(m), (np.flip(m), np.flipud(m), np.fliplr(m))):
            same(g, w)
        for k in range(-1, 5):
            same(rot90(m, k), np.rot90(m, k))
            same(triangles(m, k - 2)[0], np.triu(m, k - 2))
            same(triangles(m, k - 2)[1], np.tril(m, k - 2))
            same(diag(m, k - 2), np.diag(m, k - 2))
            same(diag(v, k - 2), np.diag(v, k - 2))
        same(tile(v, 3), np.tile(v, 3))
        same(tile(m, 2), np.tile(m, 2))
        same(repeat(m, 3), np.repeat(m, 3))
        same(trace(m), np.trace(m))
    empty = np.zeros(0, dtype=dtype)
    same(diff(empty, 1), np.diff(empty, 1))
    same(roll(empty, 2), np.roll(empty, 2))
    same(tile(empty, 3), np.tile(empty, 3))


def test_flip_returns_a_view():
    a = np.arange(5.0)
    flips(a.reshape(1, 5))[0][0, 0] = 99.0
    v = np.arange(6.0).reshape(2, 3)
    f = flips(v)[1]
    f[0, 0] = -1.0
    assert v[1, 0] == -1.0


@penna.jit
def stacks(a, b):
    return np.vstack((a, b)), np.hstack((a, b)), np.stack((a, b)), np.column_stack((a, b)), np.dstack((a, b))


@penna.jit
def stacks2(a, b):
    return np.vstack((a, b)), np.hstack((a, b))


@penna.jit
def meshgrid(x, y):
    return np.meshgrid(x, y)


@penna.jit
def array_split(a, k):
    return np.array_split(a, k)


@pytest.mark.parametrize("dtype", DTYPES)
def test_stacking_and_splitting_match_numpy(dtype):
    a = np.arange(4).astype(dtype)
    b = (np.arange(4) * 3).astype(dtype)
    want = (np.vstack((a, b)), np.hstack((a, b)), np.stack((a, b)), np.column_stack((a, b)),
            np.dstack((a, b)))
    for g, w in zip(stacks(a, b), want):
        same(g, w)
    m = np.arange(6).astype(dtype).reshape(2, 3)
    for g, w in zip(stacks2(m, m), (np.vstack((m, m)), np.hstack((m, m)))):
        same(g, w)
    for g, w in zip(meshgrid(a, b[:3]), np.meshgrid(a, b[:3])):
        same(g, w)
    for k in (1, 3, 4, 6):
        got = array_split(np.arange(10).astype(dtype), k)
        want = np.array_split(np.arange(10).astype(dtype), k)
        assert len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)


@penna.jit
def nonzeros(a):
    return np.count_nonzero(a), np.argwhere(a), np.flatnonzero(a)


@pytest.mark.parametrize("dtype", DTYPES + [np.bool_])
def test_nonzero_family_matches_numpy(dtype):
    for m in layouts((3, 4), dtype):
        m = (m > 2).astype(dtype) * m if dtype != np.bool_ else (m > 2)
        count, where, flat = nonzeros(m)
        assert count == np.count_nonzero(m)
        same(where, np.argwhere(m))
        same(flat, np.flatnonzero(m))


# ---- statistics ----

@penna.jit
def order_stats(a, q):
    return np.median(a), np.percentile(a, q), np.quantile(a, q / 100.0)


@penna.jit
def percentiles(a, qs):
    return np.percentile(a, qs)


@penna.jit
def nan_order_stats(a, q):
    return np.nanmedian(a), np.nanpercentile(a, q), np.nanquantile(a, q / 100.0)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(1,), (7,), (8,), (4, 5)])
def test_order_statistics_match_numpy_exactly(dtype, shape):
    for a in layouts(shape, dtype, seed=sum(shape)):
        for q in (0.0, 12.5, 50.0, 99.0, 100.0):
            got = order_stats(a, q)
            want = (np.median(a), np.percentile(a, q), np.quantile(a, q / 100.0))
            for g, w in zip(got, want):
                assert g == pytest.approx(float(w), rel=1e-6 if dtype == np.float32 else 1e-15)
        qs = np.array([5.0, 50.0, 95.0])
        same(percentiles(a, qs), np.percentile(a, qs), exact=False)


def test_order_statistics_with_nan_and_empty():
    a = np.array([3.0, np.nan, 1.0, 2.0])
    assert np.isnan(order_stats(a, 50.0)[0])
    got = nan_order_stats(a, 40.0)
    want = (np.nanmedian(a), np.nanpercentile(a, 40.0), np.nanquantile(a, 0.4))
    assert got == pytest.approx(want)
    with pytest.raises(ValueError, match="Quantiles must be in the range"):
        order_stats(a, 120.0)


@penna.jit
def averages(a, w):
    return np.average(a), np.average(a, weights=w), np.ptp(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_average_and_ptp(dtype):
    for a in layouts((3, 4), dtype):
        w = np.arange(12.0).reshape(3, 4)
        got = averages(a, w)
        want = (np.average(a), np.average(a, weights=w), np.ptp(a))
        assert got == pytest.approx(want, rel=1e-6)
    with pytest.raises(ZeroDivisionError):
        averages(np.ones(3), np.zeros(3))


@penna.jit
def covariance(m):
    return np.cov(m), np.corrcoef(m)


@penna.jit
def covariance_options(m, y):
    return np.cov(m, y), np.cov(m, rowvar=False), np.cov(m, bias=True), np.cov(m, ddof=0)


@pytest.mark.parametrize("dtype", DTYPES)
def test_covariance_matches_numpy(dtype):
    for m in layouts((3, 6), dtype):
        c, r = covariance(m)
        same(c, np.cov(m), exact=False)
        same(r, np.corrcoef(m), exact=False)
        y = m[::-1].copy()
        want = (np.cov(m, y), np.cov(m, rowvar=False), np.cov(m, bias=True), np.cov(m, ddof=0))
        for g, w in zip(covariance_options(m, y), want):
            same(g, w, exact=False)
    v = np.array([1.0, 2.0, 4.0, 7.0])
    assert covariance(v)[0] == pytest.approx(float(np.cov(v)))


@penna.jit
def nan_reductions(a):
    return (np.nansum(a), np.nanmean(a), np.nanmax(a), np.nanmin(a), np.nanargmax(a),
            np.nanargmin(a), np.nanstd(a), np.nanvar(a), np.nanprod(a))


@penna.jit
def nan_cumulative(a):
    return np.nancumsum(a), np.nancumprod(a)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_nan_reductions_match_numpy(dtype):
    for a in layouts((3, 4), dtype):
        a = a / 5
        a[1, 2] = np.nan
        a[0, 0] = np.nan
        got = nan_reductions(a)
        want = (np.nansum(a), np.nanmean(a), np.nanmax(a), np.nanmin(a), np.nanargmax(a),
                np.nanargmin(a), np.nanstd(a), np.nanvar(a), np.nanprod(a))
        for g, w in zip(got, want):
            assert g == pytest.approx(w, rel=1e-5)
        for g, w in zip(nan_cumulative(a), (np.nancumsum(a), np.nancumprod(a))):
            same(g, w, exact=False)
    with pytest.raises(ValueError, match="All-NaN"):
        nan_reductions(np.array([np.nan, np.nan]).astype(dtype))


@pytest.mark.parametrize("dtype", [np.int64, np.int32])
def test_nan_reductions_of_integers_are_the_plain_ones(dtype):
    a = np.arange(1, 7).astype(dtype)
    got = nan_reductions(a)
    want = (np.nansum(a), np.nanmean(a), np.nanmax(a), np.nanmin(a), np.nanargmax(a),
            np.nanargmin(a), np.nanstd(a), np.nanvar(a), np.nanprod(a))
    assert got == pytest.approx(want)


@penna.jit
def partitions(a, k):
    return np.partition(a, k), np.argpartition(a, k)


def test_partition_is_a_valid_partition():
    a = np.array([5.0, 1.0, 4.0, 2.0, 3.0, 0.5])
    for k in range(a.size):
        p, ip = partitions(a, k)
        assert p[k] == np.partition(a, k)[k]
        assert np.all(p[:k] <= p[k]) and np.all(p[k + 1:] >= p[k])
        assert a[ip[k]] == p[k]


# ---- sets ----

@penna.jit
def set_ops(a, b):
    return np.isin(a, b), np.in1d(a, b), np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b), np.setxor1d(a, b)


@pytest.mark.parametrize("dtype", DTYPES)
def test_set_operations_match_numpy(dtype):
    a = np.array([[5, 1, 3], [3, 9, 0]]).astype(dtype)
    b = np.array([3, 4, 5, 11, 3]).astype(dtype)
    want = (np.isin(a, b), np.isin(a.ravel(), b), np.intersect1d(a, b), np.union1d(a, b),
            np.setdiff1d(a, b), np.setxor1d(a, b))
    for g, w in zip(set_ops(a, b), want):
        same(g, w)
    empty = np.zeros(0, dtype=dtype)
    for g, w in zip(set_ops(empty, b)[2:], (np.intersect1d(empty, b), np.union1d(empty, b),
                                           np.setdiff1d(empty, b), np.setxor1d(empty, b))):
        same(g, w)


# ---- numeric ----

@penna.jit
def closeness(a, b):
    return np.isclose(a, b), np.allclose(a, b)


@penna.jit
def closeness_nan(a, b):
    return np.isclose(a, b, equal_nan=True)


def test_isclose_and_allclose_match_numpy():
    a = np.array([1.0, np.inf, -np.inf, np.nan, 1e-9, 100.0])
    b = np.array([1.0 + 1e-9, np.inf, np.inf, np.nan, 0.0, 100.1])
    got = closeness(a, b)
    same(got[0], np.isclose(a, b))
    assert got[1] == np.allclose(a, b)
    same(closeness_nan(a, b), np.isclose(a, b, equal_nan=True))
    assert closeness(1.0, 1.0 + 1e-7) == (True, True)
    same(closeness(a, 1.0)[0], np.isclose(a, 1.0))


@penna.jit
def interp(x, xp, fp):
    return np.interp(x, xp, fp)


def test_interp_matches_numpy_exactly():
    xp = np.array([0.0, 1.0, 1.5, 4.0])
    fp = np.array([1.0, 3.0, 2.0, -1.0])
    x = np.concatenate([np.linspace(-1, 5, 37), xp, [np.nan]])
    same(interp(x, xp, fp), np.interp(x, xp, fp))
    same(interp(x.reshape(6, 7), xp, fp), np.interp(x.reshape(6, 7), xp, fp))
    assert interp(0.7, xp, fp) == np.interp(0.7, xp, fp)
    same(interp(x, xp, fp.astype(np.int64)), np.interp(x, xp, fp.astype(np.int64)))


@penna.jit
def digitize(x, bins, right):
    return np.digitize(x, bins, right)


def test_digitize_matches_numpy():
    x = np.array([-1.0, 0.0, 0.2, 0.5, 0.9, 3.0])
    for bins in (np.array([0.0, 0.5, 1.0]), np.array([1.0, 0.5, 0.0])):
        for right in (False, True):
            same(digitize(x, bins, right), np.digitize(x, bins, right))
            assert digitize(0.5, bins, right) == np.digitize(0.5, bins, right)
    with pytest.raises(ValueError, match="monotonically"):
        digitize(x, np.array([0.0, 1.0, 0.5]), False)


@penna.jit
def products(a, b):
    return np.convolve(a, b), np.correlate(a, b), np.outer(a, b), np.vdot(a, a)


@pytest.mark.parametrize("dtype", DTYPES + [np.complex128])
def test_products_match_numpy(dtype):
    rng = np.random.default_rng(1)
    a = (rng.random(7) * 10).astype(dtype)
    b = (rng.random(3) * 10).astype(dtype)
    if dtype == np.complex128:
        a = a + 1j * a[::-1]
    got = products(a, b)
    want = (np.convolve(a, b), np.correlate(a, b), np.outer(a, b), np.vdot(a, a))
    for g, w in zip(got, want):
        same(g, w, exact=False)
        if isinstance(g, np.ndarray):
            assert g.dtype == w.dtype


@penna.jit
def kron_cross(a, b, u, v):
    return np.kron(a, b), np.kron(u, v), np.cross(u[:3], v[:3])


def test_kron_and_cross():
    a = np.arange(4.0).reshape(2, 2)
    b = np.array([[1.0, -1.0, 2.0]])
    u = np.array([1.0, 2.0, 3.0, 4.0])
    v = np.array([0.5, -1.0, 2.0, 0.0])
    got = kron_cross(a, b, u, v)
    for g, w in zip(got, (np.kron(a, b), np.kron(u, v), np.cross(u[:3], v[:3]))):
        same(g, w)


# ---- how the library is reached ----

def test_numpy_functions_imported_by_name():
    from . import library_imports

    a = np.array([3.0, 1.0, 2.0, 10.0])
    assert library_imports.median_by_name(a) == np.median(a)
    assert library_imports.normal_by_name(3) == (np.random.seed(3), np.random.normal())[1]


def test_unknown_numpy_function_is_a_clear_error():
    from . import library_imports

    with pytest.raises(penna.errors.UnsupportedError, match="np.fft"):
        library_imports.uses_fft(np.ones(4))


@penna.jit
def histogram_edges(a, edges):
    return np.histogram(a, edges)


@pytest.mark.parametrize("dtype", DTYPES)
def test_histogram_with_bin_edges(dtype):
    rng = np.random.default_rng(9)
    a = (rng.normal(size=500) * 4).astype(dtype)
    for edges in (np.array([-1.0, 0.0, 0.5, 2.0]), np.array([-3, -1, 0, 1, 3]), np.linspace(-5, 5, 11),
                  np.array([0.0, 0.0, 1.0]), np.array([0.5]), a[:3].astype(np.float64).copy()):
        if np.any(np.diff(edges) < 0):
            continue
        counts, got_edges = histogram_edges(a, edges)
        want_counts, want_edges = np.histogram(a, edges)
        same(counts, want_counts)
        assert np.array_equal(got_edges, want_edges)
    with_nan = np.array([0.5, np.nan, 1.5, 3.0])
    assert np.array_equal(histogram_edges(with_nan, np.array([0.0, 1.0, 3.0]))[0], [1, 2])
    with pytest.raises(ValueError, match="monotonically"):
        histogram_edges(a, np.array([1.0, 0.0]))


@penna.jit
def percentiles_of_sequences(a):
    return (np.percentile(a, [25, 75]), np.percentile(a, (5.0, 50.0, 95.0)),
            np.quantile(a, [0.1, 0.9]), np.nanpercentile(a, [10, 90]))


def test_quantiles_of_lists_and_tuples():
    a = np.random.default_rng(4).random(41)
    got = percentiles_of_sequences(a)
    want = (np.percentile(a, [25, 75]), np.percentile(a, (5.0, 50.0, 95.0)),
            np.quantile(a, [0.1, 0.9]), np.nanpercentile(a, [10, 90]))
    for g, w in zip(got, want):
        same(g, w)


@penna.jit
def trapezoids(y, x):
    return np.trapezoid(y, x), np.trapezoid(y), np.trapezoid(y, dx=0.5), np.trapz(y, x)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.complex128])
def test_trapezoid(dtype):
    rng = np.random.default_rng(2)
    y = rng.random(25).astype(dtype)
    x = np.cumsum(rng.random(25))
    got = trapezoids(y, x)
    want = (np.trapezoid(y, x), np.trapezoid(y), np.trapezoid(y, dx=0.5), np.trapezoid(y, x))
    assert got == pytest.approx(want, rel=1e-5)
