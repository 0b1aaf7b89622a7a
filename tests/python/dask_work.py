"""Importable compiled functions for test_dask.py (pickled by reference to
the workers, which import this module)."""

import numpy as np

import penna
from penna import prange


@penna.jit
def smooth(block):
    out = np.empty_like(block)
    n = block.shape[0]
    for i in range(n):
        lo, hi = max(i - 1, 0), min(i + 2, n)
        s = 0.0
        for j in range(lo, hi):
            s += block[j]
        out[i] = s / (hi - lo)
    return out


@penna.vectorize
def soft_clip(x, limit):
    return limit * np.tanh(x / limit)


@penna.jit(parallel=True)
def row_norms(block):
    out = np.empty(block.shape[0])
    for i in prange(block.shape[0]):
        s = 0.0
        for j in range(block.shape[1]):
            s += block[i, j] * block[i, j]
        out[i] = np.sqrt(s)
    return out


@penna.jit
def weighted_total(values, weights):
    s = 0.0
    for i in range(values.shape[0]):
        s += values[i] * weights[i]
    return s
