"""Comparisons with tolerance, interpolation, binning, convolution and the
vector products (``outer``, ``kron``, ``cross``, ``vdot``)."""

import numpy as np

from .. import jit

__all__ = ["isclose", "allclose", "interp", "digitize", "convolve", "correlate", "outer",
           "kron", "cross", "vdot", "trapezoid", "trapz"]


@jit
def _close(x, y, rtol, atol, equal_nan):
    if x == y:
        return True
    if x != x or y != y:
        return equal_nan and x != x and y != y
    if abs(y) == np.inf or abs(x) == np.inf:
        return False
    return abs(x - y) <= atol + rtol * abs(y)


@jit
def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Elementwise ``|a - b| <= atol + rtol * |b|`` (equal infinities are
    close; NaNs are only with ``equal_nan``), for numbers and arrays of the
    same shape or one of them a number."""
    if a.ndim == 0 and b.ndim == 0:
        return _close(a, b, rtol, atol, equal_nan)
    elif b.ndim == 0:
        fa = a.ravel()
        out = np.empty(fa.size, dtype=np.bool_)
        for i in range(fa.size):
            out[i] = _close(fa[i], b, rtol, atol, equal_nan)
        return out.reshape(a.shape)
    elif a.ndim == 0:
        fb = b.ravel()
        out = np.empty(fb.size, dtype=np.bool_)
        for i in range(fb.size):
            out[i] = _close(a, fb[i], rtol, atol, equal_nan)
        return out.reshape(b.shape)
    else:
        if a.shape != b.shape:
            raise ValueError("isclose: the arrays must have the same shape")
        fa = a.ravel()
        fb = b.ravel()
        out = np.empty(fa.size, dtype=np.bool_)
        for i in range(fa.size):
            out[i] = _close(fa[i], fb[i], rtol, atol, equal_nan)
        return out.reshape(a.shape)


@jit
def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    if a.ndim == 0 and b.ndim == 0:
        return _close(a, b, rtol, atol, equal_nan)
    else:
        return isclose(a, b, rtol, atol, equal_nan).all()


@jit
def _interp_one(x, xp, fp, j):
    """The value at ``x`` and the interval found (a guess for the next ``x``)."""
    n = xp.size
    if x != x:
        return x, j
    if x < xp[0]:
        return fp[0] * 1.0, 0
    if x > xp[n - 1]:
        return fp[n - 1] * 1.0, n - 1
    if x == xp[n - 1]:
        return fp[n - 1] * 1.0, n - 1
    j = np.searchsorted(xp, x, side="right") - 1
    if j >= n - 1:
        return fp[n - 1] * 1.0, j
    if xp[j] == x:
        return fp[j] * 1.0, j
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    v = slope * (x - xp[j]) + fp[j]
    if v != v:
        v = slope * (x - xp[j + 1]) + fp[j + 1]
        if v != v and fp[j] == fp[j + 1]:
            v = fp[j] * 1.0
    return v, j


@jit
def interp(x, xp, fp):
    """Piecewise-linear interpolation of increasing ``xp`` / ``fp`` at ``x``."""
    if xp.size == 0:
        raise ValueError("array of sample points is empty")
    if xp.size != fp.size:
        raise ValueError("fp and xp are not of the same length.")
    if x.ndim == 0:
        return _interp_one(x * 1.0, xp, fp, 0)[0]
    else:
        fx = x.ravel()
        out = np.empty(fx.size, dtype=np.float64)
        j = 0
        for i in range(fx.size):
            v, j = _interp_one(fx[i] * 1.0, xp, fp, j)
            out[i] = v
        return out.reshape(x.shape)


@jit
def _bin(x, bins, right, increasing):
    n = bins.size
    if increasing:
        if right:
            return np.searchsorted(bins, x)
        return np.searchsorted(bins, x, side="right")
    rev = bins[::-1].copy()
    if right:
        return n - np.searchsorted(rev, x)
    return n - np.searchsorted(rev, x, side="right")


@jit
def digitize(x, bins, right=False):
    """The bin of each value: ``bins`` increasing or decreasing, as NumPy."""
    increasing = True
    decreasing = True
    for i in range(bins.size - 1):
        if bins[i + 1] < bins[i]:
            increasing = False
        if bins[i + 1] > bins[i]:
            decreasing = False
    if not increasing and not decreasing:
        raise ValueError("bins must be monotonically increasing or decreasing")
    if x.ndim == 0:
        return _bin(x, bins, right, increasing)
    else:
        fx = x.ravel()
        out = np.empty(fx.size, dtype=np.int64)
        for i in range(fx.size):
            out[i] = _bin(fx[i], bins, right, increasing)
        return out.reshape(x.shape)


@jit
def _correlate_valid(a, v):
    """``c[k] = sum_n a[n + k] * conj(v[n])`` for the positions where ``v`` fits in ``a``."""
    n, m = a.size, v.size
    out = np.zeros(n - m + 1, dtype=np.result_type(a, v))
    for k in range(n - m + 1):
        s = out[k]
        for j in range(m):
            s += a[k + j] * v[j].conjugate()
        out[k] = s
    return out


@jit
def convolve(a, v):
    """The full discrete convolution of two 1-D arrays (``mode="full"``)."""
    n, m = a.size, v.size
    if n == 0 or m == 0:
        raise ValueError("v cannot be empty")
    out = np.zeros(n + m - 1, dtype=np.result_type(a, v))
    for i in range(n):
        for j in range(m):
            out[i + j] += a[i] * v[j]
    return out


@jit
def correlate(a, v):
    """The ``valid`` cross-correlation of two 1-D arrays (NumPy's default mode)."""
    if a.size == 0 or v.size == 0:
        raise ValueError("v cannot be empty")
    if v.size > a.size:
        return _correlate_valid(v, a)[::-1].copy()
    return _correlate_valid(a, v)


@jit
def outer(a, b):
    fa = a.ravel()
    fb = b.ravel()
    out = np.empty((fa.size, fb.size), dtype=np.result_type(a, b))
    for i in range(fa.size):
        for j in range(fb.size):
            out[i, j] = fa[i] * fb[j]
    return out


@jit
def kron(a, b):
    if a.ndim == 1 and b.ndim == 1:
        return outer(a, b).ravel()
    else:
        ra, ca = a.shape
        rb, cb = b.shape
        out = np.empty((ra * rb, ca * cb), dtype=np.result_type(a, b))
        for i in range(ra):
            for j in range(ca):
                out[i * rb:(i + 1) * rb, j * cb:(j + 1) * cb] = a[i, j] * b
        return out


@jit
def cross(a, b):
    """The cross product of two 3-vectors (1-D)."""
    if a.shape[0] != 3 or b.shape[0] != 3:
        raise ValueError("cross: both vectors must have 3 components")
    out = np.empty(3, dtype=np.result_type(a, b))
    out[0] = a[1] * b[2] - a[2] * b[1]
    out[1] = a[2] * b[0] - a[0] * b[2]
    out[2] = a[0] * b[1] - a[1] * b[0]
    return out


@jit
def vdot(a, b):
    fa = a.ravel()
    fb = b.ravel()
    if fa.size != fb.size:
        raise ValueError("vdot: the arrays must have the same size")
    s = np.zeros(1, dtype=np.result_type(a, b))[0]
    for i in range(fa.size):
        s += fa[i].conjugate() * fb[i]
    return s


@jit
def trapezoid(y, x=None, dx=1.0):
    """The trapezoidal rule over a 1-D ``y``, at points ``x`` or spacing ``dx``."""
    s = 0.0 * y[0:0].sum()
    if x is None:
        for i in range(y.shape[0] - 1):
            s += dx * (y[i + 1] + y[i]) / 2.0
    else:
        if x.shape[0] != y.shape[0]:
            raise ValueError("trapezoid: x and y must have the same length")
        for i in range(y.shape[0] - 1):
            s += (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0
    return s


@jit
def trapz(y, x=None, dx=1.0):
    return trapezoid(y, x, dx)
