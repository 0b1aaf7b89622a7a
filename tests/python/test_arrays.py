"""NumPy arrays passed in: every dtype, any ndim, C / Fortran / strided layouts."""

import numpy as np
import pytest

import penna

DTYPES = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
          np.float32, np.float64, np.complex64, np.complex128]


@penna.jit
def total(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@penna.jit
def total2(a):
    s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@penna.jit
def total3(a):
    s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k] * (i + 2 * j + 3 * k)
    return s


def values(dtype, shape):
    n = int(np.prod(shape))
    if dtype == np.bool_:
        return (np.arange(n) % 3 == 0).reshape(shape)
    if np.issubdtype(dtype, np.complexfloating):
        return (np.arange(n) + 0.5j * np.arange(n)).astype(dtype).reshape(shape)
    return (np.arange(n) % 100).astype(dtype).reshape(shape)


def reference(f, a):
    """CPython's result with integers widened to int64, as compiled code does."""
    if a.dtype.kind in "biu":
        a = a.astype(np.int64)
    return f.py_func(a)


def close(got, want, dtype):
    rel = 1e-5 if dtype in (np.float32, np.complex64) else 1e-12
    return np.isclose(complex(got), complex(want), rtol=rel)


@pytest.mark.parametrize("dtype", DTYPES)
def test_1d_sum_every_dtype(dtype):
    a = values(dtype, (37,))
    assert close(total(a), reference(total, a), dtype)


@pytest.mark.parametrize("dtype", [np.int32, np.float64, np.complex128, np.uint8])
@pytest.mark.parametrize("order", ["C", "F"])
def test_2d_and_3d_in_each_order(dtype, order):
    a = np.asarray(values(dtype, (5, 7)), order=order)
    assert close(total2(a), reference(total2, a), dtype)
    b = np.asarray(values(dtype, (3, 4, 5)), order=order)
    assert close(total3(b), reference(total3, b), dtype)


def test_non_contiguous_views():
    base = np.arange(200.0).reshape(10, 20)
    for view in (base[::2, ::3], base.T, base[:, 5], base[3, ::-1], base[::-1, ::-2]):
        f = total if view.ndim == 1 else total2
        assert f(view) == f.py_func(view)
    sigs = {str(s[0]) for s in total2.signatures}
    assert "float64[:, :]" in sigs and "float64[::1, :]" in sigs


@penna.jit
def fill(a, v):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = v * i + j
    a[-1, -2] = 99


@pytest.mark.parametrize("dtype", [np.int16, np.float32, np.float64, np.complex64, np.uint32])
def test_store_into_arrays(dtype):
    a = np.zeros((4, 6), dtype=dtype)
    b = np.zeros((4, 6), dtype=dtype)
    fill(a, 3)
    fill.py_func(b, 3)
    assert (a == b).all()


def test_store_into_a_strided_view():
    a = np.zeros((6, 8))
    fill(a[::2, 1::3], 10)
    b = np.zeros((6, 8))
    fill.py_func(b[::2, 1::3], 10)
    assert (a == b).all()


@penna.jit
def attributes(a):
    return a.shape, a.size, a.ndim, len(a), a[-1, 0], a[0, -2]


def test_shape_size_ndim_len_negative_indices(check):
    check(attributes, np.arange(12).reshape(3, 4))


@penna.jit
def empty_sum(a):
    s = 0.0
    for x in a:
        s += x
    return s


def test_empty_array():
    assert empty_sum(np.zeros(0)) == 0.0


@penna.jit
def bool_array(mask):
    n = 0
    for m in mask:
        if m:
            n += 1
    mask[0] = not mask[0]
    return n


def test_bool_arrays_read_and_write():
    m = np.array([True, False, True, True])
    assert bool_array(m) == 3
    assert m[0] == False  # noqa: E712


@penna.jit(boundscheck=True)
def checked(a, i):
    return a[i]


def test_boundscheck_names_index_axis_and_size():
    a = np.arange(5)
    assert checked(a, -5) == 0
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 5"):
        checked(a, 5)
    with pytest.raises(IndexError, match="index -6 is out of bounds"):
        checked(a, -6)


def test_boundscheck_from_the_environment(monkeypatch):
    monkeypatch.setenv("PENNA_BOUNDSCHECK", "1")

    def get(a, i):
        return a[i]

    f = penna.jit(get)
    with pytest.raises(IndexError):
        f(np.arange(3), 3)


@penna.jit
def set_first(a, v):
    a[0] = v


def test_read_only_arrays_are_read_but_never_written():
    # np.frombuffer over bytes is read-only memory: a store would crash.
    a = np.frombuffer(b"\x00" * 32, dtype=np.float64)
    assert not a.flags.writeable
    assert total(a) == 0.0
    with pytest.raises(penna.errors.TypingError, match="read-only array"):
        set_first(a, 1.0)
    b = np.zeros(4)
    set_first(b, 2.0)
    assert b[0] == 2.0


@penna.jit(boundscheck=True)
def _checked_get(a, i):
    return a[i]


@penna.jit
def _unchecked_caller(a, i):
    return _checked_get(a, i)


def test_a_callees_boundscheck_applies_inside_an_unchecked_caller():
    # The callee is compiled into the caller's module but keeps its own flags:
    # without that, this read far out of bounds would crash the interpreter.
    a = np.arange(4.0)
    assert _unchecked_caller(a, -1) == 3.0
    with pytest.raises(IndexError, match="index 1099511627776 is out of bounds"):
        _unchecked_caller(a, 1 << 40)


@penna.jit(fastmath=True)
def _fast_dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@penna.jit
def _plain_caller(a):
    return _fast_dot(a, a)


def test_a_callees_fastmath_applies_inside_a_plain_caller():
    a = np.arange(64.0)
    assert _plain_caller(a) == float(a @ a)
    assert "fast" in next(iter(_plain_caller.inspect_llvm().values()))


def sliced_augmented(a, i, j, v):
    a[:] += 1
    a[i:j] *= v
    a[::2] -= a[1::2].copy()[: a[::2].size]
    a[i:j][::-1] += 3
    a[i + 1 :: -1] //= 2
    return a


@pytest.mark.parametrize("dtype", [np.int64, np.float64, np.float32])
@pytest.mark.parametrize("n, i, j", [(10, 2, 7), (8, 0, 8), (6, 4, 2)])
def test_augmented_assignment_to_a_slice(dtype, n, i, j):
    a = np.arange(n, dtype=dtype)
    want = sliced_augmented(a.copy(), i, j, dtype(2))
    got = penna.jit(sliced_augmented)(a.copy(), i, j, dtype(2))
    np.testing.assert_array_equal(got, want)
    assert got.dtype == want.dtype
