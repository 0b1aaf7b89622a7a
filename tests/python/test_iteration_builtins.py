"""Builtins that consume iterables (issue 18): any/all, min/max of generator
expressions and of sets, dict(pairs), enumerate(zip(...)), each checked
against CPython running the same function over several inputs."""

import numpy as np
import pytest

import penna


@penna.jit
def any_all(a):
    return any(x > 2 for x in a), all(x > -1 for x in a), any(a > 100), all([x < 10 for x in a])


@penna.jit
def gen_extremes(a):
    return max(x * 2 for x in a), min(x for x in a if x > 0), max(abs(x) for x in a)


@penna.jit
def set_extremes(a):
    s = set(a)
    return min(s), max(s), len(s)


@penna.jit
def empty_max(n):
    return max(i for i in range(n))


@penna.jit
def pairs_to_dict(keys, values):
    d = dict(zip(keys, values))
    return [(k, d[k]) for k in d]


@penna.jit
def tuples_to_dict(n):
    d = dict([(i % 3, i * 1.5) for i in range(n)])
    return len(d), sum(d.values()) if n else 0.0


@penna.jit
def enumerate_zip(a, b):
    s = 0.0
    for i, (x, y) in enumerate(zip(a, b)):
        s += i * x - y
    for i, (x, y) in enumerate(zip(a, b), 5):
        s += i * y
    return s


INPUTS = [np.array([1.0, -2.0, 3.0]), np.array([4.0, 5.0]), np.array([0.5, 7.0, -9.0, 2.0])]


@pytest.mark.parametrize("a", INPUTS)
def test_reductions_over_generators_and_sets(a):
    assert any_all(a) == any_all.py_func(a)
    assert gen_extremes(a) == gen_extremes.py_func(a)
    assert set_extremes(a) == set_extremes.py_func(a)
    ints = (a * 3).astype(np.int64)
    assert set_extremes(ints) == set_extremes.py_func(ints)


def test_empty_generator_raises_value_error():
    assert empty_max(4) == 3
    with pytest.raises(ValueError, match="empty sequence"):
        empty_max.py_func(0)
    with pytest.raises(ValueError, match="empty sequence"):
        empty_max(0)


@pytest.mark.parametrize("n", [0, 1, 7])
def test_dict_of_pairs(n):
    keys = np.arange(n) % 4
    values = np.arange(n) * 0.25
    assert pairs_to_dict(keys, values) == pairs_to_dict.py_func(keys, values)
    assert tuples_to_dict(n) == tuples_to_dict.py_func(n)


def test_enumerate_zip():
    a, b = np.array([1.0, 2.0, 3.0]), np.array([0.5, 0.25])
    assert enumerate_zip(a, b) == enumerate_zip.py_func(a, b)


@penna.jit
def second(t):
    return t[1]


@penna.jit
def sorted_with_keys(a, w):
    pairs = [(i, a[i]) for i in range(a.shape[0])]
    v = 100.0  # a lambda parameter named like an outer variable shadows it
    by_value = sorted(pairs, key=lambda v: v[1])
    by_value_desc = sorted(pairs, key=lambda p: p[1], reverse=True)
    by_jitted = sorted(pairs, key=second)
    by_abs = sorted(a, key=abs)
    weighted = sorted(range(a.shape[0]), key=lambda i: a[i] * w)
    return by_value, by_value_desc, by_jitted, by_abs, weighted, v


@penna.jit
def sort_in_place(l, reverse):
    l.sort(key=lambda x: x % 3, reverse=reverse)
    return l


@pytest.mark.parametrize("a", [np.array([3.0, -1.0, 2.0, -1.0, 3.0, 0.0]), np.array([1.0]), np.zeros(0)])
def test_key_functions_are_stable_like_python(a):
    assert sorted_with_keys(a, -2.0) == sorted_with_keys.py_func(a, -2.0)
    for reverse in (False, True):
        l1, l2 = [5, 3, 9, 6, 1, 4, 7], [5, 3, 9, 6, 1, 4, 7]
        assert sort_in_place(l1, reverse) == sort_in_place.py_func(l2, reverse)
        assert l1 == l2  # the Python list passed in is sorted in place


@penna.jit
def grow_while_iterating(n):
    d = {0: 1, 100: 2}
    for k in d:
        d[k + 1] = n
    return len(d)


@penna.jit
def shrink_set_while_iterating(n):
    s = set(range(n))
    for x in s:
        s.discard(x + 1)
    return len(s)


def test_changing_size_while_iterating_raises_like_python():
    for f in (grow_while_iterating, shrink_set_while_iterating):
        with pytest.raises(RuntimeError, match="changed size during iteration"):
            f.py_func(5)
        with pytest.raises(RuntimeError, match="changed size during iteration"):
            f(5)
