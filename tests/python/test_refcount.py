"""Reference counting under the pruning of operations that cancel
(targets/src/refprune.rs): linked cells rewired by moves and aliases give
CPython's results, and free every object they make."""

import types

import pytest

import penna
from penna.runtime import live_allocations

from . import refcount_funcs as rf


def plain(f):
    """`f` run by CPython, with the undecorated class (and helpers)."""
    env = dict(vars(rf), Cell=rf.PlainCell)
    for name in ("build", "checksum"):
        env[name] = types.FunctionType(getattr(rf, name).py_func.__code__, env)
    return types.FunctionType(f.__code__, env)


@pytest.mark.parametrize("f", rf.FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("n", [0, 1, 2, 7, 1000])
def test_rewired_cells_match_cpython_and_leak_nothing(f, n):
    compiled = penna.jit(f)
    want = plain(f)(n)
    compiled(n)
    before = live_allocations()
    assert compiled(n) == want
    assert live_allocations() == before
