"""Order statistics, averages, covariance and the NaN-ignoring reductions.

Order statistics select in a copy (quickselect with median-of-three
pivots: linear time on typical data, as NumPy's partition, though without
introselect's worst-case guarantee); several quantiles at once sort it.
Quantiles use NumPy's default ``linear`` method with its interpolation
formula, so results agree to the last bit. An array with a NaN has NaN
order statistics, as in NumPy; the ``nan*`` functions drop NaNs first.
"""

import math

import numpy as np

from .. import jit

__all__ = ["median", "percentile", "quantile", "nanmedian", "nanpercentile", "nanquantile",
           "average", "ptp", "cov", "corrcoef", "nansum", "nanmean", "nanmax", "nanmin",
           "nanargmax", "nanargmin", "nanstd", "nanvar", "nanprod", "nancumsum", "nancumprod",
           "partition", "argpartition"]


@jit
def _has_nan(flat):
    for x in flat:
        if x != x:
            return True
    return False


@jit
def _select(buf, k):
    """Rearranges the 1-D ``buf`` (no NaN) so that ``buf[k]`` is its k-th
    smallest element, with no larger one before it and no smaller one after
    it (Hoare's quickselect with median-of-three pivots)."""
    lo = 0
    hi = buf.size - 1
    while hi > lo:
        mid = (lo + hi) >> 1
        if buf[mid] < buf[lo]:
            buf[mid], buf[lo] = buf[lo], buf[mid]
        if buf[hi] < buf[mid]:
            buf[mid], buf[hi] = buf[hi], buf[mid]
            if buf[mid] < buf[lo]:
                buf[mid], buf[lo] = buf[lo], buf[mid]
        pivot = buf[mid]
        i = lo
        j = hi
        while i <= j:
            while buf[i] < pivot:
                i += 1
            while pivot < buf[j]:
                j -= 1
            if i <= j:
                buf[i], buf[j] = buf[j], buf[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return


@jit
def _pair(buf, i):
    """The i-th and (i+1)-th smallest elements of ``buf`` (which it reorders)."""
    n = buf.size
    j = min(i + 1, n - 1)
    _select(buf, j)
    hi = buf[j]
    if j == i:
        return hi, hi
    lo = buf[0]
    for t in range(1, j):
        if buf[t] > lo:
            lo = buf[t]
    return lo, hi


@jit
def _median_selected(buf):
    n = buf.size
    if n == 0:
        return np.nan
    if _has_nan(buf):
        return np.nan
    if n % 2 == 1:
        _select(buf, n // 2)
        return buf[n // 2] * 1.0
    lo, hi = _pair(buf, n // 2 - 1)
    return (lo + hi) / 2.0


@jit
def median(a):
    return _median_selected(a.ravel().copy())


@jit
def _lerp(lo, hi, t):
    d = hi - lo
    if t >= 0.5:
        return hi - d * (1.0 - t)
    return lo + d * t


@jit
def _position(q, n):
    """Where the ``q``-quantile of ``n`` sorted values lies (NumPy's linear
    method): the lower index and the fraction towards the next one."""
    if q < 0.0 or q > 1.0 or q != q:
        raise ValueError("Quantiles must be in the range [0, 1]")
    virtual = q * (n - 1)
    below = math.floor(virtual)
    return min(max(int(below), 0), max(n - 1, 0)), virtual - below


@jit
def _quantile_sorted(s, q):
    n = s.size
    i, gamma = _position(q, n)
    if n == 0 or s[n - 1] != s[n - 1]:
        return np.nan
    j = min(i + 1, n - 1)
    return _lerp(s[i] * 1.0, s[j] * 1.0, gamma)


@jit
def _quantile_selected(buf, q):
    n = buf.size
    i, gamma = _position(q, n)
    if n == 0 or _has_nan(buf):
        return np.nan
    lo, hi = _pair(buf, i)
    return _lerp(lo * 1.0, hi * 1.0, gamma)


@jit
def _quantiles(flat, q, scale):
    """The quantiles ``q / scale`` (a number, an array, a list or a tuple)
    of the 1-D copy ``flat``."""
    if q.ndim == 0:
        return _quantile_selected(flat, q / scale)
    else:
        qa = np.asarray(q) / scale
        s = np.sort(flat)
        out = np.empty(qa.shape, dtype=np.float64)
        qf = qa.ravel()
        of = out.ravel()
        for k in range(qf.size):
            of[k] = _quantile_sorted(s, qf[k])
        return out


@jit
def quantile(a, q):
    return _quantiles(a.ravel().copy(), q, 1.0)


@jit
def percentile(a, q):
    return _quantiles(a.ravel().copy(), q, 100.0)


@jit
def _finite_part(a):
    flat = a.ravel()
    return flat[flat == flat]


@jit
def nanmedian(a):
    return _median_selected(_finite_part(a))


@jit
def nanquantile(a, q):
    return _quantiles(_finite_part(a), q, 1.0)


@jit
def nanpercentile(a, q):
    return _quantiles(_finite_part(a), q, 100.0)


@jit
def average(a, weights=None):
    if weights is None:
        return a.mean()
    if weights.size != a.size or weights.ndim != a.ndim:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    total = weights.sum()
    if total == 0:
        raise ZeroDivisionError("Weights sum to zero, can't be normalized")
    return (a * weights).sum() / total


@jit
def ptp(a):
    return a.max() - a.min()


@jit
def _observations(m, y, rowvar):
    """The variables as rows of a float64 (or complex) 2-D array."""
    if m.ndim == 1:
        x = m.reshape((1, m.shape[0])) * 1.0
    elif rowvar:
        x = m * 1.0
    else:
        x = m.T * 1.0
    if y is None:
        return x
    else:
        if y.ndim == 1:
            yy = y.reshape((1, y.shape[0])) * 1.0
        elif rowvar:
            yy = y * 1.0
        else:
            yy = y.T * 1.0
        return np.concatenate((x, yy), axis=0)


@jit
def _cov(m, y, rowvar, bias, ddof):
    x = _observations(m, y, rowvar)
    nvar, nobs = x.shape
    if ddof is None:
        d = 0 if bias else 1
    else:
        d = ddof
    fact = nobs - d
    for r in range(nvar):
        mu = x[r].mean()
        for k in range(nobs):
            x[r, k] -= mu
    c = np.empty((nvar, nvar), dtype=x.dtype)
    for i in range(nvar):
        for j in range(nvar):
            s = x[i, 0] * 0
            for k in range(nobs):
                s += x[i, k] * x[j, k].conjugate()
            c[i, j] = s * (1.0 / fact)
    return c


@jit
def cov(m, y=None, rowvar=True, bias=False, ddof=None):
    """``np.cov``; one variable gives the variance as a number (NumPy: a 0-d array)."""
    if m.ndim == 1 and y is None:
        return _cov(m, y, rowvar, bias, ddof)[0, 0]
    else:
        return _cov(m, y, rowvar, bias, ddof)


@jit
def corrcoef(x, y=None, rowvar=True):
    c = _cov(x, y, rowvar, False, None)
    n = c.shape[0]
    d = np.empty(n, dtype=np.float64)
    for i in range(n):
        d[i] = math.sqrt(c[i, i].real)
    for i in range(n):
        for j in range(n):
            v = c[i, j] / d[i] / d[j]
            c[i, j] = min(max(v.real, -1.0), 1.0) + (v - v.real)
    return c


@jit
def nansum(a):
    return _finite_part(a).sum()


@jit
def nanprod(a):
    return _finite_part(a).prod()


@jit
def nanmean(a):
    return _finite_part(a).mean()


@jit
def nanvar(a):
    return _finite_part(a).var()


@jit
def nanstd(a):
    return _finite_part(a).std()


@jit
def nanmax(a):
    b = _finite_part(a)
    if b.size == 0:
        if a.size == 0:
            raise ValueError("zero-size array to reduction operation fmax which has no identity")
        return a.ravel()[0]
    return b.max()


@jit
def nanmin(a):
    b = _finite_part(a)
    if b.size == 0:
        if a.size == 0:
            raise ValueError("zero-size array to reduction operation fmin which has no identity")
        return a.ravel()[0]
    return b.min()


@jit
def nanargmax(a):
    flat = a.ravel()
    best = -1
    for i in range(flat.size):
        x = flat[i]
        if x == x and (best < 0 or x > flat[best]):
            best = i
    if best < 0:
        raise ValueError("All-NaN slice encountered")
    return best


@jit
def nanargmin(a):
    flat = a.ravel()
    best = -1
    for i in range(flat.size):
        x = flat[i]
        if x == x and (best < 0 or x < flat[best]):
            best = i
    if best < 0:
        raise ValueError("All-NaN slice encountered")
    return best


@jit
def _nan_replaced(a, value):
    b = a.ravel().copy()
    for i in range(b.size):
        if b[i] != b[i]:
            b[i] = value
    return b


@jit
def nancumsum(a):
    return np.cumsum(_nan_replaced(a, 0))


@jit
def nancumprod(a):
    return np.cumprod(_nan_replaced(a, 1))


@jit
def partition(a, kth):
    """A sorted copy, which is a valid partition for every ``kth``."""
    if kth < -a.shape[a.ndim - 1] or kth >= a.shape[a.ndim - 1]:
        raise ValueError("kth out of bounds")
    return np.sort(a)


@jit
def argpartition(a, kth):
    if kth < -a.shape[a.ndim - 1] or kth >= a.shape[a.ndim - 1]:
        raise ValueError("kth out of bounds")
    return np.argsort(a)
