"""Loop kernels, written once and compiled by penna and by Numba."""

import math


def sum_squares(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s


def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def mandelbrot(width, height, max_iter):
    total = 0
    for y in range(height):
        for x in range(width):
            c = complex(-2.0 + 3.0 * x / width, -1.2 + 2.4 * y / height)
            z = 0j
            n = 0
            while n < max_iter and abs(z) <= 2.0:
                z = z * z + c
                n += 1
            total += n
    return total


def stencil(a, out):
    n, m = a.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
    return out[n // 2, m // 2]


def collatz(limit):
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        longest = max(longest, steps)
    return longest


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def first(a):
    return a[0]


def small_loop(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) * 0.5
    return s
