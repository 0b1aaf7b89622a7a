"""Set operations on 1-D arrays: the results are sorted and unique, as NumPy's."""

import numpy as np

from .. import jit

__all__ = ["isin", "in1d", "intersect1d", "union1d", "setdiff1d", "setxor1d"]


@jit
def _contains(sorted_values, x):
    n = sorted_values.size
    if n == 0:
        return False
    i = np.searchsorted(sorted_values, x)
    return i < n and sorted_values[i] == x


@jit
def isin(element, test_elements, invert=False):
    """Whether each element of ``element`` is in ``test_elements`` (``element``'s shape)."""
    table = np.unique(test_elements.ravel())
    flat = element.ravel()
    out = np.empty(flat.size, dtype=np.bool_)
    for i in range(flat.size):
        out[i] = _contains(table, flat[i]) != invert
    return out.reshape(element.shape)


@jit
def in1d(ar1, ar2, invert=False):
    return isin(ar1.ravel(), ar2, invert)


@jit
def intersect1d(ar1, ar2):
    a = np.unique(ar1.ravel())
    table = np.unique(ar2.ravel())
    keep = np.empty(a.size, dtype=np.bool_)
    for i in range(a.size):
        keep[i] = _contains(table, a[i])
    return a[keep]


@jit
def union1d(ar1, ar2):
    return np.unique(np.concatenate((ar1.ravel(), ar2.ravel())))


@jit
def setdiff1d(ar1, ar2):
    a = np.unique(ar1.ravel())
    table = np.unique(ar2.ravel())
    keep = np.empty(a.size, dtype=np.bool_)
    for i in range(a.size):
        keep[i] = not _contains(table, a[i])
    return a[keep]


@jit
def setxor1d(ar1, ar2):
    return np.unique(np.concatenate((setdiff1d(ar1, ar2), setdiff1d(ar2, ar1))))
