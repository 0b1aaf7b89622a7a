"""penna.typed.List and penna.typed.Dict (issue 18): the Python-side API
checked against Python's list and dict doing the same operations, the same
storage seen from compiled code (changes visible on both sides, no copy),
dicts returned as typed dicts, typed containers made in compiled code, and
no leaks."""

import gc

import numpy as np
import pytest

import penna
from penna import types
from penna.errors import TypingError
from penna.typed import Dict, List


def live():
    gc.collect()
    return penna.runtime.live_allocations()


# ---- Python side, against list / dict --------------------------------------


@pytest.mark.parametrize("items", [[3, 1, 2], [2.5, -1.0, 0.0, 7.25], [(1, 2.0), (0, -1.0)]])
def test_list_api_matches_python_list(items):
    t, p = List(items), list(items)
    assert len(t) == len(p) and list(t) == p and t == p
    for i in range(-len(p), len(p)):
        assert t[i] == p[i]
    assert list(t[1:]) == p[1:] and list(t[::-1]) == p[::-1] and list(t[::2]) == p[::2]
    for x in [items[0], items[-1]]:
        t.append(x)
        p.append(x)
    t.insert(1, items[1])
    p.insert(1, items[1])
    t.insert(-100, items[0])
    p.insert(-100, items[0])
    assert list(t) == p
    assert t.pop() == p.pop() and t.pop(0) == p.pop(0) and t.pop(-2) == p.pop(-2)
    assert t.index(items[1]) == p.index(items[1]) and t.count(items[0]) == p.count(items[0])
    assert (items[0] in t) == (items[0] in p)
    t.remove(items[1])
    p.remove(items[1])
    t[0] = items[-1]
    p[0] = items[-1]
    del t[-1]
    del p[-1]
    t.extend(items)
    p.extend(items)
    assert list(t) == p
    t.sort()
    p.sort()
    assert list(t) == p
    t.sort(reverse=True)
    p.sort(reverse=True)
    assert list(t) == p
    t.reverse()
    p.reverse()
    assert list(t) == p and list(t.copy()) == p
    t.clear()
    assert len(t) == 0 and list(t) == []


def test_list_errors_match_python():
    t = List([1, 2, 3])
    with pytest.raises(IndexError):
        t[3]
    with pytest.raises(IndexError):
        t[-4]
    with pytest.raises(ValueError):
        t.remove(9)
    with pytest.raises(ValueError):
        t.index(9)
    with pytest.raises(TypeError):
        t.append(1.5)  # a float into a list of int64: no silent truncation
    with pytest.raises(TypeError):
        t.append("x")
    with pytest.raises(IndexError):
        List.empty_list(types.int64).pop()
    assert 2.5 not in t and "x" not in t and 2.0 in t


def test_list_typing_and_repr():
    t = List()
    assert repr(t) == "ListType[undefined]([])"
    t.append(1.5)
    assert repr(t) == "ListType[float64]([1.5])" and str(t) == "[1.5]"
    assert str(penna.typeof(t)) == "ListType[float64]"
    e = List.empty_list(types.int32)
    e.append(7)
    assert str(penna.typeof(e)) == "ListType[int32]" and e[0] == 7
    assert str(penna.typeof(List.empty_list(types.UniTuple(types.int64, 2)))) == "ListType[tuple(int64, int64)]"
    assert str(penna.typeof(List.empty_list(np.float32))) == "ListType[float32]"
    assert str(penna.typeof(List([[1, 2], [3]]))) == "ListType[ListType[int64]]"
    assert list(List([[1, 2], [3]])[0]) == [1, 2]


def test_list_sort_key_and_iteration_sees_appends():
    t = List([3, -5, 1, -2])
    t.sort(key=abs)
    assert list(t) == sorted([3, -5, 1, -2], key=abs)
    seen = []
    for x in t:
        seen.append(x)
        if len(t) < 6:
            t.append(x * 10)
    assert seen == list(t)


def test_dict_api_matches_python_dict():
    t, p = Dict(), {}
    for k, v in [(3, 1.5), (1, 2.5), (7, -1.0), (1, 4.0)]:
        t[k] = v
        p[k] = v
    assert len(t) == len(p) and list(t) == list(p) and t == p
    assert list(t.keys()) == list(p.keys()) and list(t.values()) == list(p.values())
    assert list(t.items()) == list(p.items())
    assert t.get(3) == p.get(3) and t.get(99) is None and t.get(99, 0.5) == 0.5
    assert (7 in t) and (99 not in t) and (7.0 in t) and (7.5 not in t)
    assert t.pop(7) == p.pop(7) and t.pop(99, -2.0) == -2.0
    assert t.setdefault(5, 9.0) == p.setdefault(5, 9.0) and t.setdefault(5, 1.0) == 9.0
    assert t.popitem() == p.popitem()
    del t[3]
    del p[3]
    t.update({10: 1.0, 11: 2.0})
    p.update({10: 1.0, 11: 2.0})
    assert list(t.items()) == list(p.items())
    c = t.copy()
    c[42] = 0.0
    assert 42 not in t and 42 in c
    t.clear()
    assert len(t) == 0 and list(t) == []
    with pytest.raises(KeyError):
        t[1]
    with pytest.raises(KeyError):
        t.pop(1)
    with pytest.raises(KeyError):
        del t[1]


def test_dict_types_and_errors():
    d = Dict.empty(key_type=types.UniTuple(types.int64, 2), value_type=types.float64)
    d[(1, 2)] = 0.5
    assert d[(1, 2)] == 0.5 and str(penna.typeof(d)) == "DictType[tuple(int64, int64),float64]"
    with pytest.raises(TypeError):
        d[(1, 2)] = "x"
    with pytest.raises(TypeError):
        Dict.empty(key_type=types.float64[:], value_type=types.int64)
    assert repr(Dict()) == "DictType[undefined]({})"
    it = iter(d)
    d[(3, 4)] = 1.0
    with pytest.raises(RuntimeError, match="changed size"):
        next(it)


def test_arrays_are_stored_by_reference():
    base = live()
    d = Dict.empty(types.int64, types.float64[:])
    a = np.arange(4.0)
    d[0] = a
    assert d[0] is a
    a[1] = 99.0
    assert d[0][1] == 99.0
    with pytest.raises(TypeError):
        d[1] = np.arange(4)  # int64 array into float64[:]
    with pytest.raises(TypeError):
        d[1] = np.zeros((2, 2))
    l = List([np.ones(3), np.zeros(3)])
    assert str(penna.typeof(l)) == "ListType[float64[::1]]"
    with pytest.raises(TypeError):
        l.append(np.ones(6)[::2])  # not contiguous
    del d, l, a
    assert live() == base


# ---- shared with compiled code ---------------------------------------------


@penna.jit
def total_and_grow(l):
    s = 0.0
    for x in l:
        s += x
    l.append(s)
    l[0] = -1.0
    return s


@penna.jit
def count_into(d, keys):
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return len(d)


@penna.jit
def dict_of_arrays(d, a, key):
    d[key] = a * 2.0
    d[key + 1] = a
    return d[key].sum()


@penna.jit
def make_typed(n):
    l = List.empty_list(types.float64)
    d = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    for i in range(n):
        l.append(i * 0.5)
        d[i] = np.full(2, i * 1.0)
    return l, d


@penna.jit
def make_implicit(n):
    l = List()
    for i in range(n):
        l.append((i, i * i))
    return l


@penna.jit
def build_dict(n):
    d = {}
    for i in range(n):
        d[i % 3] = d.get(i % 3, 0.0) + i
    return d


def test_changes_are_seen_on_both_sides():
    l = List([1.0, 2.0, 3.0])
    assert total_and_grow(l) == 6.0
    assert list(l) == [-1.0, 2.0, 3.0, 6.0]
    l.append(10.0)
    assert total_and_grow(l) == 20.0 and len(l) == 6
    d = Dict.empty(types.int64, types.int64)
    keys = np.array([3, 1, 3, 2, 3])
    assert count_into(d, keys) == 3
    want = {}
    for k in keys.tolist():
        want[k] = want.get(k, 0) + 1
    assert d == want and list(d) == list(want)


def test_arrays_stored_by_compiled_code_outlive_the_call():
    base = live()
    d = Dict.empty(types.int64, types.float64[:])
    a = np.arange(5.0)
    assert dict_of_arrays(d, a, 10) == 20.0
    del a
    gc.collect()
    assert np.array_equal(d[11], np.arange(5.0)) and np.array_equal(d[10], np.arange(5.0) * 2)
    del d
    assert live() == base


@pytest.mark.parametrize("n", [0, 1, 7])
def test_typed_containers_made_in_compiled_code(n):
    base = live()
    l, d = make_typed(n)
    assert isinstance(l, List) and isinstance(d, Dict)
    assert list(l) == [i * 0.5 for i in range(n)]
    assert list(d) == list(range(n)) and all(np.array_equal(d[i], np.full(2, i * 1.0)) for i in range(n))
    t = make_implicit(n)
    assert list(t) == [(i, i * i) for i in range(n)]
    r = build_dict(n)
    assert isinstance(r, Dict) and r == build_dict.py_func(n)
    # What compiled code returned goes back in, unchanged and uncopied.
    if n:
        assert total_and_grow(l) == sum(i * 0.5 for i in range(n)) and l[-1] == sum(i * 0.5 for i in range(n))
    del l, d, t, r
    assert live() == base


def test_empty_untyped_containers_cannot_be_passed():
    with pytest.raises(TypeError, match="empty penna.typed.List"):
        total_and_grow(List())
    with pytest.raises(TypeError, match="typed.Dict"):
        count_into({}, np.array([1]))


def test_no_leaks_in_loops():
    d = Dict.empty(types.int64, types.float64[:])
    dict_of_arrays(d, np.ones(3), 0)
    base = live()
    for _ in range(50):
        l, dd = make_typed(5)
        dict_of_arrays(d, np.ones(3), 0)
        total_and_grow(List([1.0, 2.0]))
    del l, dd
    assert live() == base


FLOAT_LIST = types.ListType(types.float64)


@penna.jit
def group_by_key(keys, vals):
    d = Dict.empty(types.int64, FLOAT_LIST)
    for i in range(keys.shape[0]):
        k = keys[i]
        if k not in d:
            d[k] = List.empty_list(types.float64)
        d[k].append(vals[i])
    return d


@penna.jit
def nested_total(outer):
    s = 0.0
    for inner in outer:
        for x in inner:
            s += x
    outer[0].append(-1.0)
    return s


@penna.jit
def list_of_lists(n):
    out = List()
    for i in range(n):
        inner = List()
        for j in range(i + 1):
            inner.append(j * 10 + i)
        out.append(inner)
    return out


def test_nested_typed_containers_both_ways():
    base = live()
    keys, vals = np.array([1, 2, 1, 3, 1]), np.array([0.5, 1.5, 2.5, 3.5, 4.5])
    d = group_by_key(keys, vals)
    want = {}
    for k, v in zip(keys.tolist(), vals.tolist()):
        want.setdefault(k, []).append(v)
    assert {k: list(v) for k, v in d.items()} == want and list(d) == list(want)
    assert all(isinstance(v, List) for v in d.values())
    outer = List()
    outer.append(List([1.0, 2.0]))
    outer.append(List([3.0]))
    assert nested_total(outer) == 6.0 and list(outer[0]) == [1.0, 2.0, -1.0]
    r = list_of_lists(4)
    assert [list(x) for x in r] == [[j * 10 + i for j in range(i + 1)] for i in range(4)]
    del d, outer, r
    assert live() == base


@penna.jit
def keep_from_python_list(kept, arrays):
    kept.append(arrays[0])
    arrays.append(arrays[0] * 2.0)
    return len(arrays)


def test_arrays_from_a_python_list_outlive_the_call_in_a_typed_list():
    kept = List.empty_list(types.float64[::1])
    arrays = [np.arange(3.0), np.ones(3)]
    first = arrays[0]
    assert keep_from_python_list(kept, arrays) == 3
    assert arrays[0] is first and np.array_equal(arrays[2], first * 2)  # reflected back
    del arrays, first
    gc.collect()
    assert kept[0] is not None and np.array_equal(kept[0], np.arange(3.0))


@penna.jit
def keep_pair(d, pair):
    d[0] = pair[0]
    d[1] = pair[1] + 1.0


def test_arrays_in_tuple_arguments_outlive_the_call_in_a_typed_dict():
    d = Dict.empty(types.int64, types.float64[::1])
    keep_pair(d, (np.arange(4.0), np.zeros(4)))
    gc.collect()
    _ = [np.full(4, 7.0) for _ in range(50)]  # would reuse freed memory
    assert np.array_equal(d[0], np.arange(4.0)) and np.array_equal(d[1], np.ones(4))


@penna.jit
def inline_types(n):
    pairs = List.empty_list(types.Tuple((types.float64, types.int64)))
    same = List.empty_list(types.UniTuple(types.int64, 2))
    groups = Dict.empty(types.int64, types.ListType(types.float64))
    nested = Dict.empty(types.int64, types.DictType(types.int64, types.float64[:]))
    for i in range(n):
        pairs.append((i * 0.5, i))
        same.append((i, -i))
        groups[i % 2] = List.empty_list(types.float64)
        groups[i % 2].append(i * 1.0)
    return pairs, same, groups, len(nested)


def test_types_written_inline_in_compiled_code():
    pairs, same, groups, empty = inline_types(3)
    assert list(pairs) == [(0.0, 0), (0.5, 1), (1.0, 2)] and list(same) == [(0, 0), (1, -1), (2, -2)]
    assert str(penna.typeof(pairs)) == "ListType[tuple(float64, int64)]"
    assert {k: list(v) for k, v in groups.items()} == {0: [2.0], 1: [1.0]} and empty == 0
