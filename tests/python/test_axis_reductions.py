"""Axis reductions in both loop orders (`lower/npfuncs/reductions.rs`):
along the axis innermost in memory one accumulator per output runs along
it; along any other axis whole rows are accumulated into the output. Both
must give NumPy's results on every axis and layout."""

import numpy as np
import pytest

from .test_numpy import check, sample


def every_axis(m, axis):
    return m.sum(axis=axis), m.prod(axis=axis), m.min(axis=axis), m.max(axis=axis), m.mean(axis=axis)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
@pytest.mark.parametrize("layout", ["C", "F", "strided", "reversed"])
def test_axis_reductions_in_both_loop_orders(dtype, layout):
    """Reducing along the axis innermost in memory keeps one accumulator per
    output; any other axis accumulates whole rows: every axis, layout and
    (for floats) NaN gives NumPy's results."""
    m = sample(dtype, (4, 5, 6)) / (10 if np.dtype(dtype).kind == "f" else 1)
    m = {"C": m, "F": np.asfortranarray(m), "strided": sample(dtype, (8, 5, 12))[::2, :, ::2],
         "reversed": m[::-1, :, ::-1]}[layout]
    for axis in (0, 1, 2, -1, -3):
        check(every_axis, m, axis)
    if np.dtype(dtype).kind == "f":
        m = m.copy()
        m[1, 2, 3] = np.nan
        for axis in (0, 2):
            check(every_axis, m, axis)
