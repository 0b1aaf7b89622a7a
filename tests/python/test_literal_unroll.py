"""`for x in literal_unroll(tup)` (issue 21): one copy of the body per item,
each typed for its item; checked against the same functions run by CPython."""

import numpy as np
import pytest

from penna.errors import TypingError

from . import unroll_funcs as u


def same(f, *args):
    got, want = f(*args), f.py_func(*args)
    assert got == want, (f.__name__, args, got, want)


@pytest.mark.parametrize(
    "t",
    [(1, "ab", 2.5), (True,), ("x", "y"), (np.float32(1.5), 3, -2, np.int8(4))],
)
def test_items_of_different_types(t):
    same(u.describe, t)


def test_private_locals_are_typed_per_copy():
    same(u.doubled_total, (1, 2.5, True, np.float32(1.5)))
    same(u.weighted, (1, 2.5, 3))


def test_break_continue_and_return():
    same(u.first_above, (1, 5, 2.5, 7), 3)
    same(u.first_above, (1, 2), 3)
    same(u.skip_twos, (1, 2, 3, 2, 5))
    same(u.returns_inside, ("ab", "abc", "abcd"))
    same(u.returns_inside, ("a",))


def test_nested_unrolled_loops():
    same(u.pairs, (1, "x"), (2.5, True))


def test_arrays_and_functions_as_items():
    arrays = (np.zeros(3), np.ones((2, 2), np.int32), np.arange(5.0).reshape(5, 1, 1))
    same(u.sizes, arrays)
    same(u.apply_all, 1.5)


def test_a_list_is_refused():
    with pytest.raises(TypingError, match="literal_unroll\\(\\) takes a tuple"):
        u.not_a_tuple([1, 2])
