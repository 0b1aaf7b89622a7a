"""Importable compiled objects for test_pickle.py (pickled by reference)."""

import numpy as np

import penna
from penna import cuda, guvectorize, prange, vectorize

SCALE = 2.5


@penna.jit
def add(a, b):
    return a + b


@penna.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@penna.jit("float64(float64, float64)")
def eager(a, b):
    return a * b


@penna.jit
def twice(x):
    return add(x, x)


@vectorize
def ufunc(x, y):
    return x * y + 1.0


@vectorize(["float64(float64)"])
def eager_ufunc(x):
    return x * SCALE


@guvectorize(["void(float64[:], float64[:])"], "(n)->()")
def gufunc(a, out):
    out[0] = np.sum(a)


@cuda.jit(target="cpu")
def kernel(a):
    i = cuda.grid(1)
    if i < a.shape[0]:
        a[i] += 1.0


@cuda.jit(device=True)
def device(x):
    return x + 1.0


@penna.jit(parallel=True)
def parallel_sum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s
