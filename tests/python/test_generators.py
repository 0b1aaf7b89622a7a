"""Generators (issue 21): functions that `yield`, advanced by `for`,
`next()`, comprehensions, `zip`/`enumerate` and `yield from` in compiled
code, and iterated from Python; results checked against the same functions
run by CPython; no allocation leaks."""

import numpy as np
import pytest

from penna.errors import TypingError, UnsupportedError
from penna.runtime import live_allocations

from . import generators_funcs as g


def same(f, *args):
    got, want = f(*args), f.py_func(*args)
    assert got == want, (f.__name__, args, got, want)
    return got


@pytest.mark.parametrize("n", [0, 1, 5, 100])
def test_for_loops_over_generators(n):
    before = live_allocations()
    same(g.total, n)
    same(g.comprehension, n)
    same(g.as_list, n)
    same(g.enumerated, n)
    same(g.zipped_generators, n)
    assert list(g.nested(n)) == list(g.nested.py_func(n))
    assert live_allocations() == before


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64, np.complex128])
def test_items_of_every_dtype(dtype):
    a = (np.arange(7) - 3).astype(dtype)
    assert g.scaled_sum(a, dtype(2)) == g.scaled_sum.py_func(a, dtype(2))
    assert list(g.scaled(a, dtype(3))) == list(g.scaled.py_func(a, dtype(3)))


def test_next_and_stop_iteration():
    same(g.first_two, 5)
    same(g.with_default, 2)
    same(g.with_default, 0)
    with pytest.raises(StopIteration):
        g.past_the_end(3)
    with pytest.raises(StopIteration):
        g.first_two(1)


def test_a_generator_made_in_one_thread_is_iterated_in_another():
    import threading

    gen = g.squares(1000)
    first = [next(gen) for _ in range(10)]
    rest = []
    worker = threading.Thread(target=lambda: rest.extend(gen))
    worker.start()
    worker.join()
    assert first + rest == [i * i for i in range(1000)]
    assert list(gen) == []


def test_zip_with_a_list_stops_at_the_shorter():
    same(g.zipped_with_list, 5, [10, 20, 30])
    same(g.zipped_with_list, 2, [10, 20, 30])


def test_arrays_strings_and_tuples_as_items():
    g.shout("warm up")  # interns its one-character strings once
    before = live_allocations()
    same(g.range_sums, 6)
    same(g.shout, "a bb ccc")
    assert list(g.pairs(4)) == list(g.pairs.py_func(4))
    assert list(g.mixed(5)) == [float(x) for x in g.mixed.py_func(5)]
    got = list(g.ranges(4))
    for a, b in zip(got, g.ranges.py_func(4)):
        assert np.array_equal(a, b)
    del got, a, b
    assert live_allocations() == before


def test_leaving_a_generator_early_releases_it():
    before = live_allocations()
    same(g.zip_stops_early, 5, 2)
    same(g.zip_stops_early, 2, 5)
    same(g.early_break, 10, 5.0)
    same(g.early_break, 3, 100.0)
    it = g.ranges(5)
    next(it)
    del it
    assert live_allocations() == before


def test_exceptions_of_the_body_propagate():
    same(g.caught, 10, 3)
    same(g.caught, 3, 5)
    with pytest.raises(ValueError, match="bad item"):
        list(g.fails_at(5, 2))
    it = g.fails_at(5, 1)
    assert next(it) == 0
    with pytest.raises(ValueError):
        next(it)
    # a generator that raised has finished
    with pytest.raises(StopIteration):
        next(it)


def test_yield_from_and_recursion():
    assert list(g.chained(3)) == list(g.chained.py_func(3))
    assert list(g.walk(6)) == list(g.walk.py_func(6))


def test_generators_cross_into_python_and_back():
    before = live_allocations()
    it = g.squares(6)
    assert next(it) == 0
    assert list(it) == [1, 4, 9, 16, 25]
    assert list(it) == []
    assert g.consume(g.squares(5)) == 30
    assert g.consume(g.walk(4)) == 10
    arr = list(g.made_from_temporary(4))
    assert arr == [0.0, 6.0, 12.0, 18.0]
    assert "generator" in repr(g.squares(2))
    del it
    assert live_allocations() == before


def test_unsupported_forms_are_clear_errors():
    with pytest.raises(UnsupportedError, match="send"):
        g.send_value(1)
    with pytest.raises(UnsupportedError, match="`return` with a value"):
        g.return_value(1)
    with pytest.raises(UnsupportedError, match="`yield` inside a `try`"):
        g.yield_in_finally(1)
    with pytest.raises(TypingError, match="yields unicode_type here, but int64"):
        g.two_types(1)
