"""``numpy.random.Generator`` methods in compiled code.

A ``Generator`` passed to a compiled function (``rng =
np.random.default_rng(42)``; ``f(rng)``) is its bit generator's ``bitgen_t``
there, and ``rng.normal(...)`` calls ``normal(rng, ...)`` of this module
(every name in ``__all__`` is a method; the compiler asks for them by
name). Each draw goes through NumPy's own C distribution functions
(``penna._rt_gen_*``, which call into NumPy's ``_generator`` extension), on
the same bit generator state the Python object uses, so the numbers are
NumPy's, bit for bit, and compiled code and the interpreter advance one
stream. As in Numba, no lock is taken.

Each plain distribution is one ``_sampler(...)`` row (parameters, one
draw, NumPy's checks and messages); ``integers``, ``choice``, ``shuffle``
and the others are written out. ``size`` is None, an int or a tuple
(``choice``: None or an int).
"""

import numpy as np

import penna

from .. import jit
from ._sampler import define as _define
from .random import _append_first_occurrences
from ._sampler import define_float as _define_float

__all__ = ["random", "integers", "choice", "shuffle", "permutation", "uniform",
           "standard_normal", "normal", "standard_exponential", "exponential",
           "standard_gamma", "gamma", "beta", "chisquare", "noncentral_chisquare", "f",
           "noncentral_f", "standard_t", "standard_cauchy", "pareto", "weibull", "power",
           "rayleigh", "laplace", "gumbel", "logistic", "lognormal", "wald", "vonmises",
           "triangular", "poisson", "geometric", "negative_binomial", "zipf", "logseries",
           "hypergeometric", "binomial", "multinomial"]


@jit
def integers(rng, low, high=None, size=None, dtype=np.int64, endpoint=False):
    """Integers in ``[low, high)`` (``[low, high]`` with ``endpoint=True``;
    ``[0, low)`` without ``high``) of ``dtype`` (an integer type or bool),
    drawn as NumPy draws them (Lemire's method at the dtype's width)."""
    if high is None:
        lo = 0
        hi = low
    else:
        lo = low
        hi = high
    if not endpoint:
        hi = hi - 1
    if lo > hi:
        if endpoint:
            raise ValueError("low > high")
        else:
            raise ValueError("low >= high")
    if dtype != np.int64 and dtype != np.uint64 and dtype != np.bool_:
        if lo < np.iinfo(dtype).min:
            raise ValueError("low is out of bounds for the dtype")
        if hi > np.iinfo(dtype).max:
            raise ValueError("high is out of bounds for the dtype")
    if size is None:
        if dtype == np.int64:
            return np.int64(penna._rt_gen_integer(rng, lo, hi - lo))
        one = np.empty(1, dtype=dtype)
        penna._rt_gen_bounded_fill(rng, lo, hi - lo, 1, one)
        return one[0]
    out = np.empty(size, dtype=dtype)
    penna._rt_gen_bounded_fill(rng, lo, hi - lo, out.size, out)
    return out


@jit
def shuffle(rng, x):
    """Shuffles ``x`` in place along its first axis (NumPy's draws)."""
    n = x.shape[0]
    if x.ndim == 1:
        for i in range(n - 1, 0, -1):
            j = penna._rt_gen_interval(rng, i)
            t = x[i]
            x[i] = x[j]
            x[j] = t
    else:
        for i in range(n - 1, 0, -1):
            j = penna._rt_gen_interval(rng, i)
            if i != j:
                t = x[j].copy()
                x[j] = x[i]
                x[i] = t


@jit
def permutation(rng, x):
    """A shuffled ``np.arange(x)``, or a shuffled copy of the array ``x``."""
    if x.ndim == 0:
        out = np.arange(x)
        shuffle(rng, out)
        return out
    else:
        out = x.copy()
        shuffle(rng, out)
        return out


@jit
def _shuffle_tail(rng, n, first, data):
    """NumPy's ``_shuffle_int``: Fisher-Yates down to ``first``, Lemire draws."""
    for i in range(n - 1, first - 1, -1):
        j = penna._rt_gen_bounded(rng, i)
        t = data[j]
        data[j] = data[i]
        data[i] = t


@jit
def _distinct(rng, pop, size, shuffle):
    """``size`` distinct indices below ``pop``, as NumPy's ``choice`` without
    replacement and without ``p`` draws them (a tail shuffle for large
    samples, Floyd's algorithm otherwise)."""
    cutoff = 20
    if shuffle:
        cutoff = 50
    if pop > 10000 and size > pop // cutoff:
        idx = np.arange(pop)
        _shuffle_tail(rng, pop, max(pop - size, 1), idx)
        return idx[pop - size:].copy()
    out = np.empty(size, dtype=np.int64)
    # Floyd's algorithm with an open-addressing set of the values taken.
    mask = int(1.2 * size)
    shift = 1
    while shift < 64:
        mask = mask | (mask >> shift)
        shift *= 2
    table = np.full(mask + 1, -1, dtype=np.int64)
    for j in range(pop - size, pop):
        val = np.int64(penna._rt_gen_bounded(rng, j))
        loc = val & mask
        while table[loc] != -1 and table[loc] != val:
            loc = (loc + 1) & mask
        if table[loc] == -1:
            table[loc] = val
            out[j - pop + size] = val
        else:
            loc = j & mask
            while table[loc] != -1:
                loc = (loc + 1) & mask
            table[loc] = j
            out[j - pop + size] = j
    if shuffle:
        _shuffle_tail(rng, size, 1, out)
    return out


@jit
def _checked_p(p, n):
    if p.ndim != 1:
        raise ValueError("p must be 1-dimensional")
    if p.shape[0] != n:
        raise ValueError("a and p must have same size")
    total = 0.0
    for i in range(n):
        if p[i] != p[i]:
            raise ValueError("Probabilities contain NaN")
        total += p[i]
    for i in range(n):
        if p[i] < 0:
            raise ValueError("Probabilities are not non-negative")
    atol = 1.4901161193847656e-08
    if p.dtype == np.float32:
        atol = 0.00034526698300124393
    if abs(total - 1.0) > atol:
        raise ValueError("Probabilities do not sum to 1. See Notes section of docstring for more information.")
    return p.astype(np.float64)


@jit
def _weighted_distinct(rng, p, size):
    positive = 0
    for i in range(p.size):
        if p[i] > 0:
            positive += 1
    if positive < size:
        raise ValueError("Fewer non-zero entries in p than size")
    weights = p.copy()
    found = np.zeros(size, dtype=np.int64)
    taken = 0
    while taken < size:
        x = random(rng, size - taken)
        for k in range(taken):
            weights[found[k]] = 0.0
        cdf = np.cumsum(weights)
        cdf /= cdf[cdf.size - 1]
        new = np.searchsorted(cdf, x, side="right")
        taken = _append_first_occurrences(found, taken, new)
    return found


@jit
def _check_count(pop, count, replace):
    if not replace and count > pop:
        raise ValueError("Cannot take a larger sample than population when replace is False")
    if count < 0:
        raise ValueError("negative dimensions are not allowed")


@jit
def _choice_indices(rng, pop, count, replace, p, shuffle):
    _check_count(pop, count, replace)
    if p is None:
        if replace:
            return integers(rng, 0, pop, count)
        return _distinct(rng, pop, count, shuffle)
    else:
        if replace:
            cdf = np.cumsum(p)
            cdf /= cdf[cdf.size - 1]
            return np.searchsorted(cdf, random(rng, count), side="right")
        return _weighted_distinct(rng, p, count)


@jit
def choice(rng, a, size=None, replace=True, p=None, axis=0, shuffle=True):
    """Samples from ``np.arange(a)`` or from the first axis of the array ``a``."""
    if axis != 0:
        raise ValueError("penna's Generator.choice samples along axis 0 only")
    if a.ndim == 0:
        pop = a
    else:
        pop = a.shape[0]
    if size is None:
        count = 1
    else:
        count = size
    if pop <= 0 and count != 0:
        raise ValueError("a must be a positive integer unless no samples are taken")
    if p is None:
        idx = _choice_indices(rng, pop, count, replace, None, shuffle)
    else:
        idx = _choice_indices(rng, pop, count, replace, _checked_p(p, pop), shuffle)
    if size is None:
        if a.ndim == 0:
            return idx[0]
        else:
            return a[idx[0]]
    if a.ndim == 0:
        return idx
    else:
        return a[idx]


@jit
def _uniform(rng, low, span):
    return low + span * penna._rt_gen_double(rng)


@jit
def uniform(rng, low=0.0, high=1.0, size=None):
    span = high - low
    if not np.isfinite(span):
        raise OverflowError("high - low range exceeds valid bounds")
    if span < 0:
        raise ValueError("high - low < 0")
    if size is None:
        return _uniform(rng, low * 1.0, span * 1.0)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _uniform(rng, low * 1.0, span * 1.0)
    return out


@jit
def multinomial(rng, n, pvals, size=None):
    """Counts of ``n`` trials over ``len(pvals)`` outcomes (``size`` an int or None)."""
    p = pvals.astype(np.float64)
    d = p.size
    head = 0.0
    for j in range(d):
        if p[j] < 0 or p[j] > 1 or p[j] != p[j]:
            raise ValueError("pvals < 0, pvals > 1 or pvals is NaN")
    for j in range(d - 1):
        head += p[j]
    if head > 1.0 + 1e-12:
        raise ValueError("sum(pvals[:-1]) > 1.0")
    if n < 0:
        raise ValueError("n < 0")
    if size is None:
        out = np.empty(d, dtype=np.int64)
        penna._rt_gen_multinomial(rng, n, out, p, d)
        return out
    out = np.empty((size, d), dtype=np.int64)
    for i in range(size):
        row = out[i]
        penna._rt_gen_multinomial(rng, n, row, p, d)
    return out


def _sampler(name, params, draw, dtype="np.float64", checks=()):
    _define(globals(), "Generator", name, "rng" + (", " + params if params else ""),
            draw, dtype, checks)


# Floats in [0, 1) (53 or 24 bits), normals and exponentials (NumPy's
# ziggurats), in float64 or float32.
_define_float(globals(), "Generator", "random", "rng", "penna._rt_gen_double(rng)",
              "penna._rt_gen_float(rng)")
_define_float(globals(), "Generator", "standard_normal", "rng", "penna._rt_gen_normal(rng)",
              "penna._rt_gen_normal_f(rng)")
_define_float(globals(), "Generator", "standard_exponential", "rng",
              "penna._rt_gen_exponential(rng)", "penna._rt_gen_exponential_f(rng)")


def _non_negative(name):
    return [(f"{name} < 0", f"{name} < 0")]


def _positive(name):
    return [(f"{name} <= 0", f"{name} <= 0")]


# name, parameters, one draw, dtype, NumPy's checks: NumPy's distribution
# functions on the generator's bit generator (`penna._rt_gen_*`).
_sampler("normal", "loc=0.0, scale=1.0", "loc + scale * penna._rt_gen_normal(rng)",
         checks=_non_negative("scale"))
_sampler("exponential", "scale=1.0", "scale * penna._rt_gen_exponential(rng)",
         checks=_non_negative("scale"))
_sampler("standard_gamma", "shape", "penna._rt_gen_gamma(rng, shape)", checks=_non_negative("shape"))
_sampler("gamma", "shape, scale=1.0", "scale * penna._rt_gen_gamma(rng, shape)",
         checks=_non_negative("shape") + _non_negative("scale"))
_sampler("beta", "a, b", "penna._rt_gen_beta(rng, a, b)", checks=_positive("a") + _positive("b"))
_sampler("chisquare", "df", "penna._rt_gen_chisquare(rng, df)", checks=_positive("df"))
_sampler("noncentral_chisquare", "df, nonc", "penna._rt_gen_noncentral_chisquare(rng, df, nonc)",
         checks=_positive("df") + _non_negative("nonc"))
_sampler("f", "dfnum, dfden", "penna._rt_gen_f(rng, dfnum, dfden)",
         checks=_positive("dfnum") + _positive("dfden"))
_sampler("noncentral_f", "dfnum, dfden, nonc", "penna._rt_gen_noncentral_f(rng, dfnum, dfden, nonc)",
         checks=_positive("dfnum") + _positive("dfden") + _non_negative("nonc"))
_sampler("standard_t", "df", "penna._rt_gen_standard_t(rng, df)", checks=_positive("df"))
_sampler("standard_cauchy", "", "penna._rt_gen_standard_cauchy(rng)")
_sampler("pareto", "a", "penna._rt_gen_pareto(rng, a)", checks=_positive("a"))
_sampler("weibull", "a", "penna._rt_gen_weibull(rng, a)", checks=_non_negative("a"))
_sampler("power", "a", "penna._rt_gen_power(rng, a)", checks=_positive("a"))
_sampler("rayleigh", "scale=1.0", "penna._rt_gen_rayleigh(rng, scale)", checks=_non_negative("scale"))
_sampler("laplace", "loc=0.0, scale=1.0", "penna._rt_gen_laplace(rng, loc, scale)",
         checks=_non_negative("scale"))
_sampler("gumbel", "loc=0.0, scale=1.0", "penna._rt_gen_gumbel(rng, loc, scale)",
         checks=_non_negative("scale"))
_sampler("logistic", "loc=0.0, scale=1.0", "penna._rt_gen_logistic(rng, loc, scale)",
         checks=_non_negative("scale"))
_sampler("lognormal", "mean=0.0, sigma=1.0", "penna._rt_gen_lognormal(rng, mean, sigma)",
         checks=_non_negative("sigma"))
_sampler("wald", "mean, scale", "penna._rt_gen_wald(rng, mean, scale)",
         checks=_positive("mean") + _positive("scale"))
_sampler("vonmises", "mu, kappa", "penna._rt_gen_vonmises(rng, mu, kappa)",
         checks=_non_negative("kappa"))
_sampler("triangular", "left, mode, right", "penna._rt_gen_triangular(rng, left, mode, right)",
         checks=[("left > mode", "left > mode"), ("mode > right", "mode > right"),
                 ("left == right", "left == right")])
_sampler("poisson", "lam=1.0", "penna._rt_gen_poisson(rng, lam)", dtype="np.int64",
         checks=[("lam < 0", "lam < 0"), ("lam > 9.223372006484771e18", "lam value too large")])
_sampler("geometric", "p", "penna._rt_gen_geometric(rng, p)", dtype="np.int64",
         checks=[("p <= 0 or p > 1 or p != p", "p <= 0, p > 1 or p contains NaNs")])
_sampler("negative_binomial", "n, p", "penna._rt_gen_negative_binomial(rng, n, p)", dtype="np.int64",
         checks=[("n <= 0 or n != n", "n <= 0"),
                 ("p <= 0 or p > 1 or p != p", "p <= 0, p > 1 or p contains NaNs")])
_sampler("zipf", "a", "penna._rt_gen_zipf(rng, a)", dtype="np.int64",
         checks=[("not a > 1", "a <= 1 or a is NaN")])
_sampler("logseries", "p", "penna._rt_gen_logseries(rng, p)", dtype="np.int64",
         checks=[("not (p >= 0 and p < 1)", "p < 0, p >= 1 or p is NaN")])
_sampler("hypergeometric", "ngood, nbad, nsample",
         "penna._rt_gen_hypergeometric(rng, ngood, nbad, nsample)", dtype="np.int64",
         checks=[("ngood < 0", "ngood < 0"), ("nbad < 0", "nbad < 0"),
                 ("nsample < 0", "nsample < 0"),
                 ("ngood + nbad < nsample", "ngood + nbad < nsample"),
                 ("ngood >= 1000000000 or nbad >= 1000000000",
                  "both ngood and nbad must be less than 1000000000")])
_sampler("binomial", "n, p", "penna._rt_gen_binomial(rng, n, p)", dtype="np.int64",
         checks=[("n < 0", "n < 0"), ("p < 0 or p > 1 or p != p", "p < 0, p > 1 or p is NaN")])
