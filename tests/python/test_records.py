"""Structured arrays (records, issue 21): records read and written in place
by attribute and by field name, field views, iteration, any layout; checked
against NumPy running the same functions on recarrays."""

import numpy as np
import pytest

from penna.errors import TypingError, UnsupportedError

from . import records_funcs as r

DTYPES = [
    np.dtype([("x", "f8"), ("n", "i4"), ("flag", "?")]),
    np.dtype([("n", "i8"), ("x", "f4"), ("flag", "u1")], align=True),
    np.dtype({"names": ["x", "n", "flag"], "formats": ["f8", "i2", "?"], "offsets": [8, 0, 2], "itemsize": 24}),
]


def make(dtype, shape=(5,)):
    a = np.zeros(shape, dtype=dtype).view(np.recarray)
    count = int(np.prod(shape))
    a["x"] = (np.arange(count) * 1.5).reshape(shape)
    a["n"] = np.arange(count).reshape(shape) + 1
    return a


@pytest.mark.parametrize("dtype", DTYPES)
def test_fields_read_and_written_in_place(dtype):
    a = make(dtype)
    assert r.weighted(a) == pytest.approx(r.weighted.py_func(a))
    b = a.copy()
    r.update(a, 2.0)
    r.update.py_func(b, 2.0)
    assert np.array_equal(a, b)
    assert r.iterate(a) == r.iterate.py_func(a)
    assert r.sizes(a) == r.sizes.py_func(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_field_views(dtype):
    a = make(dtype)
    got, want = r.field_views(a), r.field_views.py_func(a)
    assert got[0] == pytest.approx(want[0]) and got[1] == want[1]
    b = a.copy()
    r.scale_field(a, 3.0)
    r.scale_field.py_func(b, 3.0)
    assert np.array_equal(a, b)


def test_strided_and_two_dimensional():
    a = make(DTYPES[0], (4, 3))
    assert r.grid_sum(a) == r.grid_sum.py_func(a)
    assert r.grid_sum(a.T) == r.grid_sum.py_func(a.T)
    v = make(DTYPES[0], (9,))[::2]
    assert r.weighted(v) == r.weighted.py_func(v)


def test_unsupported_uses_are_clear_errors():
    a = make(DTYPES[0])
    with pytest.raises(UnsupportedError, match="returns tuple.Record"):
        r.records_out(a)
    ro = make(DTYPES[0])
    ro.flags.writeable = False
    with pytest.raises(TypingError, match="read-only record"):
        r.write_readonly(ro)
    with pytest.raises(TypingError, match="has no field `y`"):
        r.missing_field(a)
    nested = np.zeros(3, dtype=[("p", [("a", "f8")])])
    with pytest.raises(TypeError, match="field `p`"):
        r.weighted(nested)


def same_records(got, want):
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes() or all(np.array_equal(got[k], want[k]) for k in want.dtype.names)


@pytest.mark.parametrize("dtype", DTYPES)
def test_record_arrays_created_in_compiled_code_return_to_python(dtype):
    # CPython runs the same code on np.record items (attribute access).
    rec = np.dtype((np.record, dtype))
    same_records(r.build(6, dtype), r.build.py_func(6, rec))
    same_records(r.build(0, dtype), r.build.py_func(0, rec))
    same_records(r.build_grid(3, 4, dtype), r.build_grid.py_func(3, 4, rec))
    got, want = r.build_global(5), r.build_global.py_func(5)
    same_records(got[0], want[0])
    assert got[1] == want[1]
    a = make(dtype)
    back = r.passthrough(a)
    assert back.base is a or back.base is a.base
    back["x"][0] = 99.0
    assert a[0].x == 99.0


def test_record_arrays_made_in_compiled_code_are_freed():
    from penna.runtime import live_allocations

    r.build_global(3)
    before = live_allocations()
    for _ in range(20):
        r.build_global(4)
        r.build(3, DTYPES[1])["x"].sum()
    assert live_allocations() == before


def test_ones_of_a_structured_dtype_is_a_typing_error():
    with pytest.raises(TypingError, match="np.ones"):
        r.ones_of(DTYPES[0])


@pytest.mark.parametrize("dtype", DTYPES)
def test_single_records_passed_in_are_read_and_written_in_place(dtype):
    a, b = make(dtype), make(dtype)
    for i in range(len(a)):
        assert r.record_product(a[i]) == r.record_product.py_func(b[i])
        assert r.record_product(a.view(np.ndarray)[i]) == r.record_product.py_func(b[i])
    r.record_bump(a[2], 0.5)
    r.record_bump.py_func(b[2], 0.5)
    assert np.array_equal(a, b)
    alone = np.zeros(1, dtype).view(np.recarray)[0]
    alone.x, alone.n = 2.0, 3
    r.record_bump(alone, 1.0)
    assert (alone.x, alone.n) == (3.0, 6)
    ro = make(dtype)
    ro.flags.writeable = False
    assert r.record_product(ro[1]) == r.record_product.py_func(b[1])
    with pytest.raises(TypingError, match="read-only record"):
        r.record_bump(ro[1], 1.0)


@pytest.mark.parametrize("dtype", DTYPES)
def test_a_record_returned_to_python_is_a_copy(dtype):
    a = make(dtype)
    got, want = r.record_out(a), r.record_out.py_func(a)
    assert isinstance(got, np.record) and got.dtype == want.dtype
    assert (got.x, got.n, got.flag) == (want.x, want.n, want.flag)
    a["x"][0] = -5.0
    assert got.x != -5.0, "a copy, not a view"
    made = r.last_of_new(4, dtype)
    assert (made.x, made.n) == (1.5, 7)
    from penna.runtime import live_allocations

    before = live_allocations()
    for _ in range(5):
        r.last_of_new(3, dtype)
    assert live_allocations() == before
