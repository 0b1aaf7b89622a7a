"""NumPy functions bound to names by `from numpy import ...`, used by
test_numpy_library.py."""

import numpy as np
from numpy import median
from numpy.random import normal, seed

import penna


@penna.jit
def median_by_name(a):
    return median(a)


@penna.jit
def normal_by_name(s):
    seed(s)
    return normal()


@penna.jit
def uses_fft(a):
    return np.fft.fft(a)
