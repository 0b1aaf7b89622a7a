# case: caller(float64, int64)
import math

SCALE = 3


def helper(x, k=2):
    return x * k, math.sqrt(abs(x))


def caller(x, n):
    a, b = helper(x)
    c, _ = helper(x, k=n)
    return a + b + c * SCALE
