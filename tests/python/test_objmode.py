"""`with objmode(...)` (issue 21): blocks run in the interpreter with the
function's locals; outputs come back in their declared types; exceptions
propagate with their classes; nothing leaks."""

import numpy as np
import pytest

from penna.errors import UnsupportedError
from penna.runtime import live_allocations

from . import objmode_funcs as om


def test_inputs_and_outputs_cross_both_ways():
    before = live_allocations()
    a = np.arange(10.0)
    assert om.top(a, 3) == om.top.py_func(a, 3) == 138.0
    assert live_allocations() == before


def test_exceptions_raised_in_the_block_propagate():
    assert om.may_fail(3) == 3.0
    with pytest.raises(ZeroDivisionError, match="float division by zero"):
        om.may_fail(30)


def test_strings_and_conversions():
    assert om.joined(4) == "0-1-2-3!"
    out = om.converted(4)
    assert out.dtype == np.float32 and out.flags.c_contiguous
    assert np.array_equal(out, np.array([0.0, 0.5, 1.0, 1.5], np.float32))


def test_objmode_in_a_parallel_loop_is_refused():
    with pytest.raises(UnsupportedError, match="objmode inside a parallel loop"):
        om.in_prange(10)


def test_objmode_is_a_plain_block_in_python():
    assert om.joined.py_func(3) == "0-1-2!"


def test_an_output_may_replace_a_parameter():
    before = live_allocations()
    assert om.replace_parameter("ab") == "AB!AB!"
    assert live_allocations() == before
