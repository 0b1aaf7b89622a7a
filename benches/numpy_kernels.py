"""NumPy-in-compiled-code kernels of benches/numpy_bench.py: plain Python +
NumPy, decorated by the driver with penna.jit or numba.njit (this file is
loaded once per compiler, so each gets its own function objects)."""

import math

import numpy as np


def sieve(n):
    numbers = np.ones(n, dtype=np.bool_)
    numbers[:2] = False
    for i in range(2, int(n**0.5) + 1):
        if numbers[i]:
            numbers[i * i :: i] = False
    return np.nonzero(numbers)[0][2:]


def fused(a, b):
    return a * b - 4.1 * a > 2.5 * b


def histogram(x, lo, hi, bins):
    counts = np.zeros(bins, dtype=np.int64)
    scale = bins / (hi - lo)
    for v in x:
        k = int((v - lo) * scale)
        if 0 <= k < bins:
            counts[k] += 1
    return counts


def rolling_mean(x, w):
    c = np.cumsum(x)
    out = np.empty(x.shape[0] - w + 1)
    out[0] = c[w - 1] / w
    out[1:] = (c[w:] - c[:-w]) / w
    return out


def kde(samples, points, bandwidth):
    out = np.empty(points.shape[0])
    norm = 1.0 / (samples.shape[0] * bandwidth * np.sqrt(2 * np.pi))
    for i in range(points.shape[0]):
        z = (points[i] - samples) / bandwidth
        out[i] = np.exp(-0.5 * z * z).sum() * norm
    return out


def ufunc_kernel(a, b):
    """A @vectorize kernel: a logistic of a product."""
    return 1.0 / (1.0 + math.exp(-a * b))


def gufunc_kernel(x, a, out):
    """A @guvectorize kernel, layout (n),()->(n): scaled prefix sums of a row."""
    s = 0.0
    for i in range(x.shape[0]):
        s += a * x[i]
        out[i] = s
