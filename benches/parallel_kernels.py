"""Kernels of the parallel benchmark. `prange` and `omp` are bound by the loader
(penna's or Numba's prange); `serial` variants are the same loops with range."""

import math

prange = range  # replaced by the loader


def compute(a):
    """Compute-bound: transcendental math per element, one reduction."""
    s = 0.0
    for i in prange(a.shape[0]):
        x = a[i]
        s += math.sin(x) * math.cos(x) + math.sqrt(x + 1.0)
    return s


def tiny(a):
    """Parallel-region entry overhead: a loop of a few iterations."""
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


def triangle(n, out):
    """Imbalanced: iteration i does i units of work."""
    for i in prange(n):
        s = 0.0
        for j in range(i):
            s += math.sqrt(j + 1.0)
        out[i] = s


def row_sums(m, out):
    """Memory-bound 2D row loop."""
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j]
        out[i] = s
