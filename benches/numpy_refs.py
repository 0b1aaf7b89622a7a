"""NumPy versions of the kernels (array expressions), where NumPy has one.
Each takes the same arguments as the loop kernel in kernels.py."""

import numpy as np


def sum_squares(a):
    return float(np.dot(a, a))


def dot(a, b):
    return float(np.dot(a, b))


def saxpy(alpha, x, y, out):
    np.multiply(x, alpha, out=out)
    out += y
    return out[0]


def triad(b, c, scalar, a):
    np.multiply(c, scalar, out=a)
    a += b
    return a[0]


def mandelbrot(width, height, max_iter):
    x = np.linspace(-2.0, 1.0, width, endpoint=False)
    y = np.linspace(-1.2, 1.2, height, endpoint=False)
    c = x[None, :] + 1j * y[:, None]
    z = np.zeros_like(c)
    counts = np.zeros(c.shape, dtype=np.int64)
    alive = np.ones(c.shape, dtype=bool)
    for _ in range(max_iter):
        # As the loop kernel: test |z| <= 2, then update and count.
        alive &= np.abs(z) <= 2.0
        z[alive] = z[alive] * z[alive] + c[alive]
        counts += alive
    return int(counts.sum())


def nbody_step(pos, vel, mass, dt):
    d = pos[None, :, :] - pos[:, None, :]
    r2 = (d * d).sum(axis=2) + 1e-3
    inv = mass[None, :] / (r2 * np.sqrt(r2))
    vel += dt * (d * inv[:, :, None]).sum(axis=1)
    pos += dt * vel
    return pos[0, 0]


def stencil(a, out):
    out[1:-1, 1:-1] = 0.25 * (a[:-2, 1:-1] + a[2:, 1:-1] + a[1:-1, :-2] + a[1:-1, 2:])
    n, m = a.shape
    return out[n // 2, m // 2]


def matmul(a, b, out):
    np.matmul(a, b, out=out)
    return out[0, 0]


def kde(samples, points, bandwidth, out):
    u = (points[:, None] - samples[None, :]) / bandwidth
    norm = 1.0 / (samples.shape[0] * bandwidth * np.sqrt(2.0 * np.pi))
    out[:] = np.exp(-0.5 * u * u).sum(axis=1) * norm
    return out[0]


def rolling_mean_std(a, window, mean, std):
    c = np.cumsum(np.concatenate(([0.0], a)))
    c2 = np.cumsum(np.concatenate(([0.0], a * a)))
    s = c[window:] - c[:-window]
    s2 = c2[window:] - c2[:-window]
    m = s / window
    mean[window - 1:] = m
    std[window - 1:] = np.sqrt(np.maximum(s2 / window - m * m, 0.0))
    return mean[window - 1]


def sieve(flags):
    n = flags.shape[0]
    flags[:] = True
    flags[:2] = False
    for i in range(2, int(n**0.5) + 1):
        if flags[i]:
            flags[i * i::i] = False
    return int(flags.sum())
