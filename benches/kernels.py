"""Benchmark kernels, written once as plain Python loops and compiled by penna
and by Numba. NumPy and C references live in numpy_refs.py and c/kernels.c."""

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


def saxpy(alpha, x, y, out):
    for i in range(x.shape[0]):
        out[i] = alpha * x[i] + y[i]
    return out[0]


def triad(b, c, scalar, a):
    """STREAM triad: a = b + scalar * c."""
    for i in range(a.shape[0]):
        a[i] = b[i] + scalar * c[i]
    return a[0]


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


def nbody_step(pos, vel, mass, dt):
    """One all-pairs gravity step (softened), updating velocities and positions."""
    n = pos.shape[0]
    for i in range(n):
        ax = 0.0
        ay = 0.0
        az = 0.0
        for j in range(n):
            dx = pos[j, 0] - pos[i, 0]
            dy = pos[j, 1] - pos[i, 1]
            dz = pos[j, 2] - pos[i, 2]
            r2 = dx * dx + dy * dy + dz * dz + 1e-3
            inv = mass[j] / (r2 * math.sqrt(r2))
            ax += dx * inv
            ay += dy * inv
            az += dz * inv
        vel[i, 0] += dt * ax
        vel[i, 1] += dt * ay
        vel[i, 2] += dt * az
    for i in range(n):
        pos[i, 0] += dt * vel[i, 0]
        pos[i, 1] += dt * vel[i, 1]
        pos[i, 2] += dt * vel[i, 2]
    return pos[0, 0]


def stencil(a, out):
    """One 2D Jacobi sweep."""
    n, m = a.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
    return out[n // 2, m // 2]


def matmul(a, b, out):
    """Naive i-k-j matrix product (the loop order a compiler can vectorise)."""
    n, k = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            out[i, j] = 0.0
        for p in range(k):
            aip = a[i, p]
            for j in range(m):
                out[i, j] += aip * b[p, j]
    return out[0, 0]


def black_scholes(s, k, t, rate, vol, call, put):
    """European option prices with the normal CDF from math.erf."""
    for i in range(s.shape[0]):
        sqrt_t = math.sqrt(t[i])
        d1 = (math.log(s[i] / k[i]) + (rate + 0.5 * vol * vol) * t[i]) / (vol * sqrt_t)
        d2 = d1 - vol * sqrt_t
        cdf1 = 0.5 * (1.0 + math.erf(d1 / math.sqrt(2.0)))
        cdf2 = 0.5 * (1.0 + math.erf(d2 / math.sqrt(2.0)))
        discount = k[i] * math.exp(-rate * t[i])
        call[i] = s[i] * cdf1 - discount * cdf2
        put[i] = call[i] - s[i] + discount
    return call[0]


def kde(samples, points, bandwidth, out):
    """Gaussian kernel density estimate at each point."""
    norm = 1.0 / (samples.shape[0] * bandwidth * math.sqrt(2.0 * math.pi))
    for i in range(points.shape[0]):
        s = 0.0
        for j in range(samples.shape[0]):
            u = (points[i] - samples[j]) / bandwidth
            s += math.exp(-0.5 * u * u)
        out[i] = s * norm
    return out[0]


def rolling_mean_std(a, window, mean, std):
    """Moving mean and standard deviation with running sums."""
    s = 0.0
    s2 = 0.0
    for i in range(a.shape[0]):
        s += a[i]
        s2 += a[i] * a[i]
        if i >= window:
            s -= a[i - window]
            s2 -= a[i - window] * a[i - window]
        if i >= window - 1:
            m = s / window
            mean[i] = m
            std[i] = math.sqrt(max(s2 / window - m * m, 0.0))
    return mean[window - 1]


def sieve(flags):
    """Sieve of Eratosthenes over a bool array; returns the number of primes."""
    n = flags.shape[0]
    for i in range(n):
        flags[i] = i >= 2
    i = 2
    while i * i < n:
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = False
        i += 1
    count = 0
    for i in range(n):
        if flags[i]:
            count += 1
    return count


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


# Call-overhead probes.
def noargs():
    return 1


def one(a):
    return a


def four(a, b, c, d):
    return a + b + c + d


def first(a):
    return a[0]


def first4(a, b, c, d):
    return a[0] + b[0] + c[0] + d[0]


def small_loop(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) * 0.5
    return s
