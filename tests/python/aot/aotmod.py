"""Functions compiled ahead of time by tests/python/test_aot.py."""

import math

import numpy as np

import penna
from penna import prange


class Overdrawn(Exception):
    pass


@penna.jit("float64(float64[:])")
def total(a):
    """The sum of a."""
    s = 0.0
    for x in a:
        s += x
    return s


@penna.jit(["int64(int64, int64)", "float64(float64, float64)",
            "complex128(complex128, complex128)"])
def add(a, b):
    return a + b


@penna.jit("float32[:, :](float32[:, :], float32)")
def scaled(m, k):
    return m * k


@penna.jit("float64[:](float64[:])")
def evens(a):
    return a[::2]


@penna.jit("int64(int32[::1], int64)", boundscheck=True)
def at(a, i):
    return a[i]


@penna.jit("float64(float64, float64)")
def ratio(a, b):
    return a / b


@penna.jit("int64(int64)")
def withdraw(n):
    if n > 100:
        raise Overdrawn("balance would be negative")
    if n < 0:
        raise ValueError("negative amount")
    return 100 - n


@penna.jit
def _helper(x):
    return math.sqrt(abs(x))


@penna.jit("float64(float64)")
def hyp(x):
    return math.hypot(x, 2.0) + _helper(x)


@penna.jit("Tuple((float64, int64))(float64[:])")
def stats(a):
    best = 0
    for i in range(a.size):
        if a[i] > a[best]:
            best = i
    return a.mean(), best


@penna.jit("float64[:](float64[:, :])", parallel=True)
def row_norms(m):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j] * m[i, j]
        out[i] = math.sqrt(s)
    return out


@penna.jit("uint8[:](uint8[:], uint8)")
def wrapping_add(a, k):
    out = np.empty_like(a)
    for i in range(a.size):
        out[i] = a[i] + k
    return out


@penna.jit("bool_(int64)")
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


@penna.jit("float64[:](int64, int64)")
def draws(seed, n):
    np.random.seed(seed)
    return np.random.random(n)


@penna.jit("int64[:](int64[:])")
def sorted_copy(a):
    return np.sort(a)


@penna.jit("none(float64[:], float64)")
def fill(a, v):
    for i in range(a.size):
        a[i] = v


@penna.jit("int64(int64)")
def talk(n):
    print("n is", n, 2.5)
    return n


@penna.jit("float64(int64)", nogil=True)
def spin(n):
    x = 1.0
    for _ in range(n):
        x = x * 1.0000001 + 1e-9
    return x
