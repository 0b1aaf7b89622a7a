"""penna demo: compile numeric Python for the CPU and compare with CPython."""

import math
import time

import numpy as np

import penna


@penna.jit
def mandelbrot(width, height, max_iter, out):
    """Escape counts of the Mandelbrot set, with complex arithmetic."""
    for y in range(height):
        for x in range(width):
            c = complex(-2.0 + 3.0 * x / width, -1.2 + 2.4 * y / height)
            z = 0j
            n = 0
            while n < max_iter and abs(z) <= 2.0:
                z = z * z + c
                n += 1
            out[y, x] = n
    return 0


def fib_py(n):
    return n if n < 2 else fib_py(n - 1) + fib_py(n - 2)


@penna.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@penna.jit(fastmath=True)
def rms(a):
    s = 0.0
    for x in a:
        s += x * x
    return math.sqrt(s / a.size)


def timed(label, fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    t1 = time.perf_counter()
    print(f"  {label:<28} {1e3 * (t1 - t0):9.2f} ms")
    return result


def main():
    print("fib(27)")
    timed("penna, first call (compile)", fib, 10)
    a = timed("penna", fib, 27)
    b = timed("CPython", fib_py, 27)
    assert a == b

    print("mandelbrot 300x200, 100 iterations")
    out = np.zeros((200, 300), dtype=np.int64)
    timed("penna, first call (compile)", mandelbrot, 30, 20, 100, out)
    timed("penna", mandelbrot, 300, 200, 100, out)
    ref = np.zeros_like(out)
    timed("CPython", mandelbrot.py_func, 300, 200, 100, ref)
    assert (out == ref).all()
    rows = " .:-=+*#%@"
    for y in range(0, 200, 20):
        print("   ", "".join(rows[min(9, int(v) // 11)] for v in out[y, ::5]))

    print("rms of 10 million float64")
    x = np.random.default_rng(0).standard_normal(10_000_000)
    timed("penna, first call (compile)", rms, x[:10])
    r = timed("penna", rms, x)
    timed("NumPy", lambda v: float(np.sqrt(np.mean(v * v))), x)
    assert abs(r - np.sqrt(np.mean(x * x))) < 1e-9

    print("primes below 1 million (NumPy inside compiled code)")
    timed("penna, first call (compile)", primes, 100)
    p = timed("penna", primes, 1_000_000)
    q = timed("CPython + NumPy", primes.py_func, 1_000_000)
    assert (p == q).all()
    print(f"    {len(p)} primes, the last {p[-3:]}")
    print("ok")


@penna.jit
def primes(n):
    """The sieve of Eratosthenes: owned arrays, strided slice assignment."""
    numbers = np.ones(n, dtype=np.bool_)
    numbers[:2] = False
    for i in range(2, int(n**0.5) + 1):
        if numbers[i]:
            numbers[i * i :: i] = False
    return np.nonzero(numbers)[0]


if __name__ == "__main__":
    main()
