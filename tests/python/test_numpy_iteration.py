"""`np.ndindex`, `np.ndenumerate`, `a.flat`, `np.unravel_index`, indexing by
a tuple variable, array attributes in bytes, and dtypes passed as arguments,
against NumPy."""

import numpy as np
import pytest

import penna


@penna.jit
def indices_of(shape):
    out = []
    for idx in np.ndindex(shape):
        out.append(idx)
    return out


@penna.jit
def indices_of_ints(n, m):
    total = 0
    for i, j in np.ndindex(n, m):
        total += i * 100 + j
    return total


@pytest.mark.parametrize("shape", [(2, 3), (4,), (2, 1, 3), (0, 3), (3, 0)])
def test_ndindex_visits_c_order(shape):
    assert indices_of(shape) == list(np.ndindex(shape))
    assert indices_of_ints(3, 5) == sum(i * 100 + j for i, j in np.ndindex(3, 5))
    assert indices_of(4) == list(np.ndindex(4))


@penna.jit
def weighted(a):
    s = 0.0
    for idx, x in np.ndenumerate(a):
        s += x * (idx[0] + 1) - idx[a.ndim - 1]
    return s


@penna.jit
def rebuild(a):
    out = np.zeros_like(a)
    for idx, x in np.ndenumerate(a):
        out[idx[0], idx[1]] = a[idx] + x
    return out


@pytest.mark.parametrize("dtype", [np.float64, np.int32])
def test_ndenumerate_matches_numpy(dtype):
    m = np.arange(24).reshape(4, 6).astype(dtype)
    for a in (m, m.T, m[::2, 1::2], np.asfortranarray(m)):
        want = sum(x * (i[0] + 1) - i[-1] for i, x in np.ndenumerate(a))
        assert weighted(a) == pytest.approx(want)
        assert np.array_equal(rebuild(a), 2 * a)
    cube = np.arange(24.0).reshape(2, 3, 4)
    assert weighted(cube) == pytest.approx(sum(x * (i[0] + 1) - i[-1] for i, x in np.ndenumerate(cube)))


@penna.jit
def flat_sum(a):
    s = 0.0
    k = 0
    for x in a.flat:
        s += x * k
        k += 1
    return s


def test_flat_iterates_in_c_order():
    m = np.arange(12.0).reshape(3, 4)
    for a in (m, m.T, m[:, ::2], np.asfortranarray(m)):
        assert flat_sum(a) == sum(x * k for k, x in enumerate(a.flat))


@penna.jit
def unravel(k, shape):
    return np.unravel_index(k, shape)


def test_unravel_index():
    for k in range(24):
        assert unravel(k, (2, 3, 4)) == tuple(int(v) for v in np.unravel_index(k, (2, 3, 4)))
    assert unravel(5, 7) == (5,)
    with pytest.raises(ValueError, match="out of bounds"):
        unravel(24, (2, 3, 4))


@penna.jit
def byte_attributes(a):
    return a.itemsize, a.nbytes, a.strides


@pytest.mark.parametrize("dtype", [np.float64, np.int16, np.complex64, np.bool_])
def test_byte_attributes(dtype):
    m = np.zeros((4, 6), dtype)
    for a in (m, m.T, m[::2, 1::3], m[1]):
        assert byte_attributes(a) == (a.itemsize, a.nbytes, a.strides)


@penna.jit
def zeros_of(n, dtype):
    return np.zeros(n, dtype=dtype)


@penna.jit
def cast_to(a, dtype):
    return a.astype(dtype)


@penna.jit
def same_dtype(dtype):
    return dtype


@pytest.mark.parametrize("dtype", [np.float32, np.int16, np.dtype("uint8"), np.complex128, float, int, bool,
                                   penna.float32])
def test_dtypes_as_arguments(dtype):
    want = np.dtype(dtype if dtype is not penna.float32 else np.float32)
    assert zeros_of(3, dtype).dtype == want
    assert cast_to(np.arange(4.0), dtype).dtype == want
    assert same_dtype(dtype) == want


@penna.jit
def float_limits(a):
    return (np.finfo(a.dtype).eps, np.finfo(a.dtype).max, np.finfo(a.dtype).min,
            np.finfo(a.dtype).tiny, np.finfo(a.dtype).resolution, np.finfo(a.dtype).bits)


@penna.jit
def int_limits(a):
    return np.iinfo(a.dtype).max, np.iinfo(a.dtype).min, np.iinfo(a.dtype).bits


@penna.jit
def limits_of_types():
    return np.finfo(np.float32).eps, np.iinfo(np.int16).min, np.finfo(1.0).max


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.complex64, np.complex128])
def test_finfo(dtype):
    info = np.finfo(dtype)
    got = float_limits(np.zeros(1, dtype))
    want = (info.eps, info.max, info.min, info.tiny, info.resolution, info.bits)
    assert all(float(g) == float(w) for g, w in zip(got, want)), (got, want)


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int16, np.uint32, np.int64, np.uint64])
def test_iinfo(dtype):
    info = np.iinfo(dtype)
    assert int_limits(np.zeros(1, dtype)) == (info.max, info.min, info.bits)
    assert limits_of_types() == (np.finfo(np.float32).eps, -32768, np.finfo(np.float64).max)


def keep_info(a):
    fi = np.finfo(a.dtype)
    return fi.eps


def test_info_object_as_a_value_is_a_clear_error():
    with pytest.raises(penna.errors.CompileError) as info:
        penna.jit(keep_info)(np.zeros(2))
    assert "np.finfo(t).eps" in str(info.value)


@penna.jit
def layouts(a):
    return np.ascontiguousarray(a), np.asfortranarray(a)


def test_ascontiguousarray_and_asfortranarray():
    m = np.arange(12.0).reshape(3, 4)
    for a in (m, m.T, m[:, ::2], np.asfortranarray(m)):
        c, f = layouts(a)
        assert np.array_equal(c, a) and c.flags.c_contiguous
        assert np.array_equal(f, a) and f.flags.f_contiguous
        # No copy when the layout is already the one asked for, as in NumPy.
        assert np.shares_memory(c, a) == a.flags.c_contiguous
        assert np.shares_memory(f, a) == a.flags.f_contiguous


@penna.jit
def gather(m, idx):
    return m[idx]


@pytest.mark.parametrize("dtype", [np.float64, np.int32, np.complex128])
def test_integer_array_index_gathers_rows(dtype):
    m = np.arange(24).reshape(4, 6).astype(dtype)
    cube = np.arange(24).reshape(2, 3, 4).astype(dtype)
    for a in (m, m.T, m[::2, 1:], cube):
        n = a.shape[0]
        for idx in (np.array([n - 1, 0, -1]), np.array([[0, 1], [1, 0]]), np.zeros(0, np.int64),
                    np.array([1, 1], np.int32)):
            got = gather(a, idx)
            assert got.shape == a[idx].shape and np.array_equal(got, a[idx])
    with pytest.raises(IndexError, match="out of bounds"):
        gather(m, np.array([4]))


@penna.jit
def views(a):
    return a.view(np.int64), a.view(np.float32), a.view(np.uint8)


def test_view_reinterprets_the_same_memory():
    a = np.linspace(-1, 1, 12).reshape(3, 4)
    got = views(a)
    for g, dtype in zip(got, (np.int64, np.float32, np.uint8)):
        assert g.dtype == dtype and np.array_equal(g, a.view(dtype))
        assert np.shares_memory(g, a)
    assert np.array_equal(penna.jit(same_size_view)(a.T), a.T.view(np.int64))
    with pytest.raises(ValueError, match="divisor"):
        penna.jit(widen_view)(np.arange(3, dtype=np.int16))
    with pytest.raises(penna.errors.TypingError, match="C-contiguous"):
        penna.jit(widen_view)(np.arange(6, dtype=np.int16).reshape(2, 3).T)


def same_size_view(a):
    return a.view(np.int64)


def widen_view(a):
    return a.view(np.float32)


@penna.jit
def flags_of(a):
    return a.flags.c_contiguous, a.flags.f_contiguous, a.flags.writeable


def test_array_flags():
    m = np.arange(24.0).reshape(4, 6)
    ro = m.copy()
    ro.flags.writeable = False
    cases = (m, m.T, m[::2], m[:, 1:3], m[1:2, :], m[:, :1], m[:0], np.asfortranarray(m), m[1], m[:, 2],
             np.arange(5.0), ro)
    for a in cases:
        assert flags_of(a) == (a.flags.c_contiguous, a.flags.f_contiguous, a.flags.writeable), a.strides


@penna.jit
def nditer_items(a):
    out = []
    for x in np.nditer(a):
        out.append(x.item())
    return out


@penna.jit
def nditer_total(a):
    s = 0.0
    for x in np.nditer(a):
        s += x
    return s


def _layouts():
    m = np.arange(12.0).reshape(3, 4)
    cube = np.arange(24).reshape(2, 3, 4)
    return [m, m.T, np.asfortranarray(m), m[::-1], m[:, ::-1], m[:, ::2], m.T[::2],
            np.arange(5.0)[::-1], np.arange(7, dtype=np.int32), cube, cube.transpose(2, 1, 0)]


@pytest.mark.parametrize("k", range(11))
def test_nditer_visits_elements_in_numpys_order(k):
    a = _layouts()[k]
    want = [x.item() for x in np.nditer(a)]
    assert nditer_items(a) == want
    assert nditer_total(a) == sum(want)


@penna.jit
def items(a, x):
    return a.item(), x.item()


def test_nditer_of_an_empty_array_raises_as_numpy():
    with pytest.raises(ValueError, match="zero-sized"):
        np.nditer(np.empty((0, 3)))
    with pytest.raises(ValueError, match="zero-sized"):
        nditer_items(np.empty((0, 3)))


def test_item_of_one_element_arrays_and_numbers():
    assert items(np.array([[3.5]]), 2) == (3.5, 2)
    assert items(np.array([7], dtype=np.int16), 1.5) == (7, 1.5)
    with pytest.raises(ValueError, match="size 1"):
        items(np.arange(3.0), 1)


@penna.jit
def flat_read(a, k):
    return a.flat[k]


@penna.jit
def flat_write(a, k, v):
    a.flat[k] = v
    a.flat[k] += 1


@pytest.mark.parametrize("layout", ["C", "F", "strided", "1d"])
def test_flat_index_reads_and_writes_in_c_order(layout):
    base = np.arange(24.0).reshape(4, 6)
    a = {"C": base, "F": np.asfortranarray(base), "strided": base[::2, 1::2], "1d": base[1]}[layout]
    for k in range(-a.size, a.size):
        assert flat_read(a, k) == a.flat[k]
    mine, ref = a.copy(order="K"), a.copy(order="K")
    for k in (0, 3, -1):
        flat_write(mine, k, -5.0)
        ref.flat[k] = -5.0
        ref.flat[k] += 1
    np.testing.assert_array_equal(mine, ref)
    with pytest.raises(IndexError):
        flat_read(a, a.size)


@penna.jit
def fill_by_index_tuples(a):
    for idx in np.ndindex(a.shape):
        a[idx] = a[idx] * 2 + idx[0]
    return a


def test_store_through_an_index_tuple():
    a = np.arange(24.0).reshape(2, 3, 4)
    want = a.copy()
    for idx in np.ndindex(want.shape):
        want[idx] = want[idx] * 2 + idx[0]
    np.testing.assert_array_equal(fill_by_index_tuples(a), want)


@penna.jit
def store_rows(a, idx, v):
    a[idx] = v


@pytest.mark.parametrize("value", [7.0, "row", "rows", "one", "int"])
@pytest.mark.parametrize("dtype", [np.float64, np.int32])
def test_store_through_an_integer_array_into_rows(value, dtype):
    idx = np.array([2, 0, -1])
    v = {"row": np.arange(4.0), "rows": np.arange(12.0).reshape(3, 4), "one": np.array([9.0]),
         "int": 3}.get(value, value)
    mine, ref = np.zeros((4, 4), dtype=dtype), np.zeros((4, 4), dtype=dtype)
    store_rows(mine, idx, v)
    ref[idx] = v
    np.testing.assert_array_equal(mine, ref)


def test_store_through_an_integer_array_into_3d_and_errors():
    mine, ref = np.zeros((3, 2, 2)), np.zeros((3, 2, 2))
    store_rows(mine, np.array([1]), np.arange(4.0).reshape(2, 2))
    ref[np.array([1])] = np.arange(4.0).reshape(2, 2)
    np.testing.assert_array_equal(mine, ref)
    with pytest.raises(ValueError):
        store_rows(np.zeros((3, 4)), np.array([0, 1]), np.arange(3.0))
    with pytest.raises(IndexError):
        store_rows(np.zeros((3, 4)), np.array([0, 3]), 1.0)
