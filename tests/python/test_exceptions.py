"""try/except/else/finally in compiled code (issue 21), checked against
CPython running the same functions; nothing leaks on any path."""

import numpy as np
import pytest

import penna
from penna.errors import UnsupportedError
from penna.runtime import live_allocations
from penna.typed import Dict

from . import exceptions_funcs as ef


def same_as_python(fn, *args):
    before = live_allocations()
    want = fn.py_func(*args)
    got = fn(*args)
    assert got == want and type(got) is type(want), (got, want)
    del got
    assert live_allocations() == before


@pytest.mark.parametrize("a,b", [(7, 2), (7, 0), (-7, 0)])
def test_caught_zero_division(a, b):
    same_as_python(ef.safe_div, a, b)


@pytest.mark.parametrize("s", ["12", "x", " 7 ", ""])
def test_else_and_as(s):
    same_as_python(ef.parse, s)


def test_key_error_from_a_dict():
    d = Dict()
    d[1] = 2.5
    assert ef.lookup(d, 1) == 2.5
    assert ef.lookup(d, 3) == -1.0


@pytest.mark.parametrize("x", [5, -3, 500])
def test_base_classes_catch_subclasses(x):
    same_as_python(ef.by_base_class, x)


def test_tuples_of_classes_and_finally_in_a_loop():
    same_as_python(ef.tuple_of_classes, [1, -2, 300, 4])


def test_bare_raise_reraises_the_same_exception():
    with pytest.raises(ef.DeepError, match="negative -1"):
        ef.reraise(-1)
    assert ef.reraise(3) == 3


def test_catch_all_forms():
    assert ef.catch_all(np.ones(3), 1) == 1.0
    assert ef.catch_all(np.ones(3), 7) == -1.0
    same_as_python(ef.bare_except, "2.5")
    same_as_python(ef.bare_except, "nope")


def test_index_error_of_boundscheck_is_caught():
    @penna.jit(boundscheck=True)
    def get(a, i):
        try:
            return a[i]
        except IndexError:
            return -2.0

    assert get(np.ones(3), 5) == -2.0
    assert get(np.ones(3), 1) == 1.0


@pytest.mark.parametrize("x", [1, 500, -1])
def test_nested_try(x):
    same_as_python(ef.nested, x)


def test_uncaught_exception_runs_finally_then_propagates():
    log = [0]
    with pytest.raises(ef.DeepError):
        ef.uncaught_runs_finally(-5, log)
    assert log == [0], "a list is written back only after a call that returns (as Numba)"
    log = [0]
    assert ef.uncaught_runs_finally(500, log) == 3
    assert log == [0, 1, 2]


def test_try_in_a_hot_loop():
    same_as_python(ef.hot_loop, 1000)


def test_raise_inside_a_handler():
    with pytest.raises(RuntimeError, match="wrapped: negative -4"):
        ef.handler_raises(-4)


def test_no_leak_when_an_exception_crosses_allocations():
    same_as_python(ef.with_arrays, 9)


def test_return_inside_try_with_finally_is_refused():
    @penna.jit
    def f(x):
        try:
            return x
        finally:
            x = 0

    with pytest.raises(UnsupportedError, match="`return` inside a `try` that has a `finally`"):
        f(1)


def test_try_is_refused_in_gpu_kernels():
    from penna import cuda

    @cuda.jit(target="cpu")
    def kernel(out):
        try:
            out[0] = 1
        except Exception:
            out[0] = 2

    with pytest.raises(Exception, match="try/except"):
        kernel[1, 1](np.zeros(1))


def test_an_exception_inside_a_prange_loop_is_caught_around_it():
    assert ef.parallel_failure(100_000) == -1.0


@pytest.mark.parametrize("kind,x", [(0, 5), (0, -2.5), (1, 7), (2, 3), (2, 1.5)])
def test_exception_arguments_come_back_as_python_gives_them(kind, x):
    with pytest.raises(Exception) as got:
        ef.raise_args(kind, x)
    with pytest.raises(Exception) as want:
        ef.raise_args.py_func(kind, x)
    assert type(got.value) is type(want.value)
    assert got.value.args == want.value.args
    assert str(got.value) == str(want.value)


def test_the_message_of_several_arguments_in_compiled_code():
    assert ef.caught_text(4) == str(ValueError("bad value", 4)) == "('bad value', 4)"


@pytest.mark.parametrize("x", [-1, 5, 70])
def test_finally_runs_when_a_handler_or_else_raises(x):
    got, want = [0], [0]
    assert ef.finally_after_handler_raises(x, got) == ef.finally_after_handler_raises.py_func(x, want)
    assert got == want
