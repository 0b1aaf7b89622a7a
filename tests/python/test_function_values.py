"""Jitted functions as values (issue 21): passed as arguments, held in
variables and tuples, called; one specialisation per function, as Numba's
dispatcher types. Results checked against CPython."""

import math

import pytest

from penna.errors import TypingError

from . import function_values_funcs as fv


def test_a_function_argument_is_called():
    assert fv.apply(fv.square, 3) == 9
    assert fv.apply(fv.cube, 2.0) == 8.0
    assert len(fv.apply.signatures) == 2, "one specialisation per function"


def test_integrate_matches_python():
    got = fv.integrate(fv.square, 0.0, 1.0, 1000)
    want = fv.integrate.py_func(fv.square.py_func, 0.0, 1.0, 1000)
    assert got == want


def test_compose_alias_and_tuples():
    assert fv.compose(fv.square, fv.cube, 2) == 64
    assert fv.local_alias(2.0) == 12.0
    assert fv.from_tuple((fv.square, fv.cube), 3) == (9, 27)


def test_newton_with_two_function_arguments():
    assert math.isclose(fv.newton(fv.f_root, fv.df_root, 1.0, 20), math.sqrt(2.0))


def test_a_function_value_returns_to_python_as_a_jit_function():
    @fv.penna.jit
    def ident(f):
        return f

    back = ident(fv.square)
    assert back.py_func is fv.square.py_func
    assert back(4) == 16


def test_calling_a_number_is_a_typing_error():
    with pytest.raises(TypingError, match="not callable"):
        fv.call_int(3)


@pytest.mark.parametrize("args", [(), (1,), (1, 2.5), (1, 2.5, True, 4)])
def test_star_args_parameters_take_any_number_of_arguments(args):
    assert fv.star_total(*args) == fv.star_total.py_func(*args)
    if args:
        assert fv.head_and_count(*args) == fv.head_and_count.py_func(*args)


@pytest.mark.parametrize("args", [(5,), (5, 1), (5, 1, 2, 3), (2.5, 1.5, 0.25)])
def test_plain_for_over_star_args_also_when_empty(args):
    assert fv.plain_loop_total(*args) == fv.plain_loop_total.py_func(*args)


@pytest.mark.parametrize("args", [(1, 2), (1, 2, 3), (4.5, 1, 0)])
def test_star_unpacks_a_tuple_into_a_call(args):
    assert fv.forward(fv.digits, *args) == fv.digits.py_func(*args)
    assert fv.forward_digits(*args) == fv.digits.py_func(*args)
    for pair in [(2, 3), (2.5, 1)]:
        assert fv.splice(args[0], pair) == fv.splice.py_func(args[0], pair)


def test_unpacking_what_is_not_a_tuple_is_a_typing_error():
    with pytest.raises(TypingError, match="unpacks a tuple into the arguments here, got int64"):
        fv.unpack_a_number(3)
