"""heapq on lists, np.array / np.asarray of lists and tuples, and d.get(k)
returning None (issue 18): each checked against CPython / NumPy running the
same function."""

import gc
import heapq

import numpy as np
import pytest

import penna
from penna.errors import TypingError
from penna.typed import Dict


def same(a, b):
    if isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)
    if isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check(fn, *args):
    want = fn.py_func(*args)
    got = fn(*args)
    assert same(got, want), (got, want)


@penna.jit
def heap_sort(a):
    h = []
    for x in a:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]


@penna.jit
def heap_ops(a, x):
    h = [v for v in a]
    heapq.heapify(h)
    snapshot = list(h)
    r = heapq.heapreplace(h, x)
    p = heapq.heappushpop(h, x - 1)
    return snapshot, h, r, p, heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.nsmallest(0, h)


@penna.jit
def k_nearest(points, q, k):
    # A bounded max-heap of (-distance, index), as real kNN code does.
    h = [(0.0, -1)]
    heapq.heappop(h)
    for i in range(points.shape[0]):
        d = 0.0
        for j in range(points.shape[1]):
            d += (points[i, j] - q[j]) ** 2
        if len(h) < k:
            heapq.heappush(h, (-d, i))
        elif -d > h[0][0]:
            heapq.heapreplace(h, (-d, i))
    return sorted([i for _, i in h])


@penna.jit
def pop_empty():
    h = [1]
    heapq.heappop(h)
    return heapq.heappop(h)


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
def test_heaps_match_cpython_item_for_item(dtype):
    rng = np.random.default_rng(0)
    for n in [0, 1, 2, 7, 50]:
        a = rng.integers(-20, 20, n).astype(dtype)
        check(heap_sort, a)
        if n:
            check(heap_ops, a, dtype(3))


def test_heap_of_tuples_and_errors():
    rng = np.random.default_rng(1)
    pts, q = rng.random((40, 3)), rng.random(3)
    check(k_nearest, pts, q, 5)
    with pytest.raises(IndexError):
        pop_empty()


@penna.jit
def from_list(n):
    return np.array([i * 0.5 for i in range(n)])


@penna.jit
def from_rows(n):
    rows = []
    for i in range(n):
        rows.append([i, i * i, -i])
    return np.asarray(rows)


@penna.jit
def from_tuples(n):
    return np.array([(i, i / 2) for i in range(n)], dtype=np.float32)


@penna.jit
def from_arrays(a, b):
    return np.array([a, b, a + b])


@penna.jit
def from_literal():
    return np.array(((1, 2, 3), (4, 5, 6))), np.array((True, False)), np.array([1, 2.5])


@penna.jit
def as_array(a):
    return np.asarray(a), np.array(a), np.asarray(a, dtype=np.float32)


@penna.jit
def ragged():
    return np.array([[1.0], [2.0, 3.0]])


def test_np_array_of_lists_and_tuples():
    for n in [0, 1, 5]:
        check(from_list, n)
        if n:
            check(from_tuples, n)
            check(from_rows, n)
    # An empty list keeps the static rank (NumPy: shape (0,)).
    assert from_tuples(0).shape == (0, 2) and from_rows(0).shape == (0, 0)
    check(from_arrays, np.arange(4.0), np.ones(4))
    check(from_literal)
    a = np.arange(6).reshape(2, 3)
    check(as_array, a)
    same_obj, copy, f32 = as_array(a)
    assert copy is not a and copy.flags.c_contiguous and f32.dtype == np.float32
    assert np.shares_memory(same_obj, a) and not np.shares_memory(copy, a)
    with pytest.raises(ValueError, match="ragged"):
        ragged()


@penna.jit
def bad_tuple():
    return np.array(((1, 2), (3,)))


def test_np_array_errors_are_clear():
    with pytest.raises(TypingError, match="tuples of equal lengths"):
        bad_tuple()


@penna.jit
def lookup(d, keys):
    total = 0.0
    missing = 0
    for k in keys:
        v = d.get(k)
        if v is None:
            missing += 1
        else:
            total += v
    return total, missing


def test_dict_get_without_default_is_optional():
    d = Dict()
    for k, v in [(1, 0.5), (4, 2.0)]:
        d[k] = v
    keys = np.array([1, 2, 4, 4, 9])
    want = lookup.py_func(dict(d.items()), keys)
    assert lookup(d, keys) == want


def test_no_leaks():
    heap_sort(np.arange(5.0))
    from_rows(3)
    gc.collect()
    base = penna.runtime.live_allocations()
    for _ in range(20):
        heap_sort(np.arange(5.0))
        k_nearest(np.ones((5, 2)), np.zeros(2), 2)
        from_rows(4)
        from_arrays(np.ones(2), np.ones(2))
    gc.collect()
    assert penna.runtime.live_allocations() == base
