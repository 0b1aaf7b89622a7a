"""``np.random`` in compiled code: NumPy's legacy ``RandomState`` API.

Draws come from the CPU runtime's generator (MT19937 with NumPy's legacy
algorithms, ``penna._rt_random_*``), so ``np.random.seed(s)`` followed by
the same calls gives NumPy's numbers bit for bit. Each thread has its own
generator, as in Numba: ``prange`` loops may draw freely, and seeding in
compiled code changes neither the interpreter's ``np.random`` nor other
threads' generators.

``size`` is ``None`` (one number), an integer or a tuple; a ``size`` gives
a new array filled in C order, one draw per element, as NumPy fills it.
Each plain distribution is one ``_sampler(...)`` row below (parameters, one
draw, checks); the functions with more structure (``randint``, ``choice``,
``dirichlet``, ...) are written out.
"""

import numpy as np

import penna

from .. import jit
from ._sampler import define as _define

__all__ = ["seed", "random", "random_sample", "ranf", "sample", "rand", "randn", "randint",
           "uniform", "normal", "standard_normal", "exponential", "standard_exponential",
           "gamma", "standard_gamma", "beta", "poisson", "binomial", "geometric", "laplace",
           "gumbel", "logistic", "triangular", "lognormal", "rayleigh", "standard_cauchy",
           "weibull", "pareto", "power", "chisquare", "standard_t", "f", "negative_binomial",
           "wald", "dirichlet", "multinomial", "choice", "shuffle", "permutation", "zipf",
           "logseries", "vonmises", "hypergeometric", "noncentral_chisquare", "noncentral_f"]


@jit
def seed(seed):
    if seed < 0 or seed > 4294967295:
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    penna._rt_random_seed(seed)


@jit
def rand(d0=None, d1=None, d2=None, d3=None):
    """``rand()``, ``rand(n)``, ... up to four dimensions."""
    if d0 is None:
        return penna._rt_random_double()
    elif d1 is None:
        return random_sample(d0)
    elif d2 is None:
        return random_sample((d0, d1))
    elif d3 is None:
        return random_sample((d0, d1, d2))
    else:
        return random_sample((d0, d1, d2, d3))


@jit
def randn(d0=None, d1=None, d2=None, d3=None):
    if d0 is None:
        return penna._rt_random_gauss()
    elif d1 is None:
        return standard_normal(d0)
    elif d2 is None:
        return standard_normal((d0, d1))
    elif d3 is None:
        return standard_normal((d0, d1, d2))
    else:
        return standard_normal((d0, d1, d2, d3))


@jit
def _bounded(low, high):
    if low >= high:
        raise ValueError("low >= high")
    return penna._rt_random_bounded(low, high - 1 - low)


@jit
def randint(low, high=None, size=None):
    """Integers in ``[low, high)`` (``[0, low)`` without ``high``), as int64."""
    if high is None:
        lo = 0
        hi = low
    else:
        lo = low
        hi = high
    if size is None:
        return _bounded(lo, hi)
    out = np.empty(size, dtype=np.int64)
    flat = out.ravel()
    if lo >= hi:
        raise ValueError("low >= high")
    for i in range(flat.size):
        flat[i] = penna._rt_random_bounded(lo, hi - 1 - lo)
    return out


@jit
def _standard_t(df):
    num = penna._rt_random_gauss()
    denom = penna._rt_random_gamma(df / 2.0)
    return np.sqrt(df / 2.0) * num / np.sqrt(denom)


@jit
def _f(dfnum, dfden):
    num = 2.0 * penna._rt_random_gamma(dfnum / 2.0) * dfden
    den = 2.0 * penna._rt_random_gamma(dfden / 2.0) * dfnum
    return num / den


@jit
def _weibull(a):
    if a == 0.0:
        return 0.0
    return penna._rt_random_exponential() ** (1.0 / a)


@jit
def _negative_binomial(n, p):
    return penna._rt_random_poisson((1.0 - p) / p * penna._rt_random_gamma(n * 1.0))


@jit
def _wald(mean, scale):
    mu_2l = mean / (2 * scale)
    y = penna._rt_random_gauss()
    y = mean * y * y
    x = mean + mu_2l * (y - np.sqrt(4 * scale * y + y * y))
    u = penna._rt_random_double()
    if u <= mean / (mean + x):
        return x
    return mean * mean / x


@jit
def _zipf(a):
    """NumPy's legacy zipf (rejection from a continuous Pareto), values
    above int64's range rejected."""
    am1 = a - 1.0
    b = 2.0 ** am1
    while True:
        u = 1.0 - penna._rt_random_double()
        v = penna._rt_random_double()
        x = np.floor(u ** (-1.0 / am1))
        if x > 9.223372036854775807e18 or x < 1.0:
            continue
        t = (1.0 + 1.0 / x) ** am1
        if v * x * (t - 1.0) / (b - 1.0) <= t / b:
            return int(x)


@jit
def _logseries(p):
    """NumPy's legacy logseries (Kemp's algorithm)."""
    r = np.log(1.0 - p)
    while True:
        v = penna._rt_random_double()
        if v >= p:
            return 1
        u = penna._rt_random_double()
        q = 1.0 - np.exp(r * u)
        if v <= q * q:
            if v == 0.0:
                continue
            result = int(np.floor(1 + np.log(v) / np.log(q)))
            if result < 1:
                continue
            return result
        if v >= q:
            return 1
        return 2


@jit
def _vonmises(mu, kappa):
    """NumPy's legacy von Mises sampler (Best and Fisher)."""
    if kappa != kappa:
        return np.nan
    if kappa < 1e-8:
        return np.pi * (2 * penna._rt_random_double() - 1)
    if kappa < 1e-5:
        s = 1.0 / kappa + kappa
    else:
        r = 1 + np.sqrt(1 + 4 * kappa * kappa)
        rho = (r - np.sqrt(2 * r)) / (2 * kappa)
        s = (1 + rho * rho) / (2 * rho)
    while True:
        u = penna._rt_random_double()
        z = np.cos(np.pi * u)
        w = (1 + s * z) / (s + z)
        y = kappa * (s - w)
        v = penna._rt_random_double()
        if y * (2 - y) - v >= 0 or np.log(y / v) + 1 - y >= 0:
            break
    u = penna._rt_random_double()
    result = np.arccos(w)
    if u < 0.5:
        result = -result
    result += mu
    negative = result < 0
    mod = abs(result)
    mod = (mod + np.pi) % (2 * np.pi) - np.pi
    if negative:
        mod *= -1
    return mod


@jit
def _hypergeometric_hyp(good, bad, sample):
    d1 = bad + good - sample
    d2 = float(min(bad, good))
    y = d2
    k = sample
    while y > 0.0:
        u = penna._rt_random_double()
        y -= np.floor(u + y / (d1 + k))
        k -= 1
        if k == 0:
            break
    z = int(d2 - y)
    if good > bad:
        z = sample - z
    return z


@jit
def _lg(x):
    return penna._rt_random_loggam(x * 1.0)


@jit
def _hypergeometric_hrua(good, bad, sample):
    """NumPy's legacy HRUA* ratio-of-uniforms sampler (Stadlober)."""
    mingoodbad = min(good, bad)
    popsize = good + bad
    maxgoodbad = max(good, bad)
    m = min(sample, popsize - sample)
    d4 = mingoodbad / popsize
    d5 = 1.0 - d4
    d6 = m * d4 + 0.5
    d7 = np.sqrt(float(popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5)
    d8 = 1.7155277699214135 * d7 + 0.8989161620588988
    d9 = int(np.floor(float(m + 1) * (mingoodbad + 1) / (popsize + 2)))
    d10 = _lg(d9 + 1) + _lg(mingoodbad - d9 + 1) + _lg(m - d9 + 1) + _lg(maxgoodbad - m + d9 + 1)
    d11 = min(min(m, mingoodbad) + 1.0, np.floor(d6 + 16 * d7))
    while True:
        x = penna._rt_random_double()
        y = penna._rt_random_double()
        w = d6 + d8 * (y - 0.5) / x
        if w < 0.0 or w >= d11:
            continue
        z = int(np.floor(w))
        t = d10 - (_lg(z + 1) + _lg(mingoodbad - z + 1) + _lg(m - z + 1) + _lg(maxgoodbad - m + z + 1))
        if x * (4.0 - x) - 3.0 <= t:
            break
        if x * (x - t) >= 1:
            continue
        if 2.0 * np.log(x) <= t:
            break
    if good > bad:
        z = m - z
    if m < sample:
        z = good - z
    return z


@jit
def _hypergeometric(good, bad, sample):
    if sample > 10:
        return _hypergeometric_hrua(good, bad, sample)
    elif sample > 0:
        return _hypergeometric_hyp(good, bad, sample)
    return 0


@jit
def _noncentral_chisquare(df, nonc):
    if nonc == 0:
        return 2.0 * penna._rt_random_gamma(df / 2.0)
    if 1 < df:
        chi2 = 2.0 * penna._rt_random_gamma((df - 1) / 2.0)
        n = penna._rt_random_gauss() + np.sqrt(nonc)
        return chi2 + n * n
    i = penna._rt_random_poisson(nonc / 2.0)
    out = 2.0 * penna._rt_random_gamma((df + 2 * i) / 2.0)
    if nonc != nonc:
        return np.nan
    return out


@jit
def _noncentral_f(dfnum, dfden, nonc):
    t = _noncentral_chisquare(dfnum, nonc) * dfden
    return t / (2.0 * penna._rt_random_gamma(dfden / 2.0) * dfnum)


def _sampler(name, params, draw, dtype="np.float64", checks=()):
    _define(globals(), "np.random", name, params, draw, dtype, checks)


_SCALE = [("scale < 0", "scale < 0")]
_P = [("p < 0 or p > 1 or p != p", "p < 0, p > 1 or p is NaN")]

# name, parameters, one draw, dtype, checks: NumPy's legacy algorithms on
# the runtime's generator (`penna._rt_random_*`).
_sampler("random_sample", "", "penna._rt_random_double()")
_sampler("random", "", "penna._rt_random_double()")
_sampler("ranf", "", "penna._rt_random_double()")
_sampler("sample", "", "penna._rt_random_double()")
_sampler("standard_normal", "", "penna._rt_random_gauss()")
_sampler("uniform", "low=0.0, high=1.0", "low + (high - low) * penna._rt_random_double()")
_sampler("normal", "loc=0.0, scale=1.0", "loc + scale * penna._rt_random_gauss()", checks=_SCALE)
_sampler("lognormal", "mean=0.0, sigma=1.0", "np.exp(mean + sigma * penna._rt_random_gauss())",
         checks=[("sigma < 0", "sigma < 0")])
_sampler("standard_exponential", "", "penna._rt_random_exponential()")
_sampler("exponential", "scale=1.0", "scale * penna._rt_random_exponential()", checks=_SCALE)
_sampler("standard_gamma", "shape", "penna._rt_random_gamma(shape)", checks=[("shape < 0", "shape < 0")])
_sampler("gamma", "shape, scale=1.0", "scale * penna._rt_random_gamma(shape)",
         checks=[("shape < 0", "shape < 0")] + _SCALE)
_sampler("chisquare", "df", "2.0 * penna._rt_random_gamma(df / 2.0)", checks=[("df <= 0", "df <= 0")])
_sampler("standard_t", "df", "_standard_t(df)", checks=[("df <= 0", "df <= 0")])
_sampler("f", "dfnum, dfden", "_f(dfnum, dfden)",
         checks=[("dfnum <= 0", "dfnum <= 0"), ("dfden <= 0", "dfden <= 0")])
_sampler("beta", "a, b", "penna._rt_random_beta(a, b)", checks=[("a <= 0", "a <= 0"), ("b <= 0", "b <= 0")])
_sampler("poisson", "lam=1.0", "penna._rt_random_poisson(lam)", dtype="np.int64",
         checks=[("lam < 0", "lam < 0"), ("lam > 9.223372006484771e18", "lam value too large")])
_sampler("binomial", "n, p", "penna._rt_random_binomial(n, p)", dtype="np.int64",
         checks=[("n < 0", "n < 0")] + _P)
_sampler("geometric", "p", "penna._rt_random_geometric(p)", dtype="np.int64",
         checks=[("p <= 0 or p > 1 or p != p", "p <= 0, p > 1 or p contains NaNs")])
_sampler("negative_binomial", "n, p", "_negative_binomial(n, p)", dtype="np.int64",
         checks=[("n <= 0", "n <= 0")] + _P)
_sampler("laplace", "loc=0.0, scale=1.0", "penna._rt_random_laplace(loc, scale)", checks=_SCALE)
_sampler("gumbel", "loc=0.0, scale=1.0", "penna._rt_random_gumbel(loc, scale)", checks=_SCALE)
_sampler("logistic", "loc=0.0, scale=1.0", "penna._rt_random_logistic(loc, scale)", checks=_SCALE)
_sampler("triangular", "left, mode, right", "penna._rt_random_triangular(left, mode, right)",
         checks=[("left > mode", "left > mode"), ("mode > right", "mode > right"),
                 ("left == right", "left == right")])
_sampler("rayleigh", "scale=1.0", "scale * np.sqrt(-2.0 * np.log1p(-penna._rt_random_double()))",
         checks=_SCALE)
_sampler("standard_cauchy", "", "penna._rt_random_gauss() / penna._rt_random_gauss()")
_sampler("weibull", "a", "_weibull(a)", checks=[("a < 0", "a < 0")])
_sampler("pareto", "a", "np.exp(penna._rt_random_exponential() / a) - 1.0", checks=[("a <= 0", "a <= 0")])
_sampler("power", "a", "(1.0 - np.exp(-penna._rt_random_exponential())) ** (1.0 / a)",
         checks=[("a <= 0", "a <= 0")])
_sampler("zipf", "a", "_zipf(a * 1.0)", dtype="np.int64", checks=[("not a > 1", "a <= 1 or a is NaN")])
_sampler("logseries", "p", "_logseries(p * 1.0)", dtype="np.int64",
         checks=[("not (p >= 0 and p < 1)", "p < 0, p >= 1 or p is NaN")])
_sampler("vonmises", "mu, kappa", "_vonmises(mu * 1.0, kappa * 1.0)", checks=[("kappa < 0", "kappa < 0")])
_sampler("hypergeometric", "ngood, nbad, nsample", "_hypergeometric(ngood, nbad, nsample)",
         dtype="np.int64",
         checks=[("ngood < 0", "ngood < 0"), ("nbad < 0", "nbad < 0"), ("nsample < 1", "nsample < 1"),
                 ("ngood + nbad < nsample", "ngood + nbad < nsample")])
_sampler("noncentral_chisquare", "df, nonc", "_noncentral_chisquare(df * 1.0, nonc * 1.0)",
         checks=[("df <= 0", "df <= 0"), ("nonc < 0", "nonc < 0")])
_sampler("noncentral_f", "dfnum, dfden, nonc", "_noncentral_f(dfnum * 1.0, dfden * 1.0, nonc * 1.0)",
         checks=[("dfnum <= 0", "dfnum <= 0"), ("dfden <= 0", "dfden <= 0"), ("nonc < 0", "nonc < 0")])
_sampler("wald", "mean, scale", "_wald(mean * 1.0, scale * 1.0)",
         checks=[("mean <= 0", "mean <= 0"), ("scale <= 0", "scale <= 0")])


@jit
def _dirichlet_into(alpha, row):
    acc = 0.0
    for j in range(alpha.size):
        row[j] = penna._rt_random_gamma(alpha[j] * 1.0)
        acc = acc + row[j]
    inv = 1.0 / acc
    for j in range(alpha.size):
        row[j] = row[j] * inv


@jit
def dirichlet(alpha, size=None):
    """Samples of the Dirichlet distribution, one row per sample (``size``
    an int or None)."""
    for j in range(alpha.size):
        if alpha[j] <= 0 or alpha[j] != alpha[j]:
            raise ValueError("alpha <= 0")
    if size is None:
        out = np.empty(alpha.size)
        _dirichlet_into(alpha, out)
        return out
    else:
        out = np.empty((size, alpha.size))
        for i in range(size):
            _dirichlet_into(alpha, out[i])
        return out


@jit
def _multinomial_into(n, pvals, row):
    total = 1.0
    left = n
    d = pvals.size
    for j in range(d):
        row[j] = 0
    for j in range(d - 1):
        row[j] = penna._rt_random_binomial(left, pvals[j] / total)
        left = left - row[j]
        if left <= 0:
            break
        total = total - pvals[j]
    if left > 0:
        row[d - 1] = left


@jit
def multinomial(n, pvals, size=None):
    """Counts of ``n`` trials over ``len(pvals)`` outcomes (``size`` an int or None)."""
    head = 0.0
    for j in range(pvals.size - 1):
        if pvals[j] < 0 or pvals[j] > 1 or pvals[j] != pvals[j]:
            raise ValueError("pvals < 0, pvals > 1 or pvals contains NaNs")
        head += pvals[j]
    if head > 1.0 + 1e-12:
        raise ValueError("sum(pvals[:-1]) > 1.0")
    if size is None:
        out = np.empty(pvals.size, dtype=np.int64)
        _multinomial_into(n, pvals, out)
        return out
    else:
        out = np.empty((size, pvals.size), dtype=np.int64)
        for i in range(size):
            _multinomial_into(n, pvals, out[i])
        return out


@jit
def shuffle(x):
    """Shuffles ``x`` in place along its first axis (NumPy's Fisher-Yates)."""
    n = x.shape[0]
    if x.ndim == 1:
        for i in range(n - 1, 0, -1):
            j = penna._rt_random_interval(i)
            t = x[i]
            x[i] = x[j]
            x[j] = t
    else:
        for i in range(n - 1, 0, -1):
            j = penna._rt_random_interval(i)
            t = x[i].copy()
            x[i] = x[j]
            x[j] = t


@jit
def permutation(x):
    """A shuffled ``np.arange(x)``, or a shuffled copy of the array ``x``."""
    if x.ndim == 0:
        out = np.arange(x)
        shuffle(out)
        return out
    else:
        out = x.copy()
        shuffle(out)
        return out


@jit
def _choose_index(cdf):
    return np.searchsorted(cdf, penna._rt_random_double(), side="right")


@jit
def _cdf(p, n):
    if p.shape[0] != n:
        raise ValueError("'a' and 'p' must have same size")
    total = 0.0
    for i in range(n):
        if p[i] < 0:
            raise ValueError("probabilities are not non-negative")
        total += p[i]
    if abs(total - 1.0) > 1.4901161193847656e-08:
        raise ValueError("probabilities do not sum to 1")
    cdf = np.cumsum(p * 1.0)
    cdf /= cdf[n - 1]
    return cdf


@jit
def _choice_indices(n, size, replace, p):
    """``size`` indices into a population of ``n``, drawn as NumPy draws them."""
    if n <= 0 and size != 0:
        raise ValueError("a must be greater than 0 unless no samples are taken")
    if size < 0:
        raise ValueError("negative dimensions are not allowed")
    if p is None:
        if replace:
            out = np.empty(size, dtype=np.int64)
            for i in range(size):
                out[i] = penna._rt_random_bounded(0, n - 1)
            return out
        if size > n:
            raise ValueError("Cannot take a larger sample than population when 'replace=False'")
        return permutation(n)[:size].copy()
    else:
        return _weighted_indices(n, size, replace, p)


@jit
def _weighted_indices(n, size, replace, p):
    cdf = _cdf(p, n)
    if replace:
        out = np.empty(size, dtype=np.int64)
        for i in range(size):
            out[i] = _choose_index(cdf)
        return out
    if size > n:
        raise ValueError("Cannot take a larger sample than population when 'replace=False'")
    weights = p * 1.0
    positive = 0
    for i in range(n):
        if weights[i] > 0:
            positive += 1
    if positive < size:
        raise ValueError("Fewer non-zero entries in p than size")
    found = np.empty(size, dtype=np.int64)
    taken = 0
    while taken < size:
        draws = random_sample(size - taken)
        for k in range(taken):
            weights[found[k]] = 0.0
        cdf = np.cumsum(weights)
        cdf /= cdf[n - 1]
        new = np.searchsorted(cdf, draws, side="right")
        taken = _append_first_occurrences(found, taken, new)
    return found


@jit
def _append_first_occurrences(found, taken, new):
    """Appends each value of ``new`` once, in the order of its first
    occurrence, at ``found[taken:]`` (NumPy's ``choice`` without replacement
    keeps the new distinct draws so); returns the new count."""
    for k in range(new.size):
        first = True
        for j in range(k):
            if new[j] == new[k]:
                first = False
        if first:
            found[taken] = new[k]
            taken += 1
    return taken


@jit
def choice(a, size=None, replace=True, p=None):
    """Samples from ``np.arange(a)`` or from the 1-D array ``a``."""
    if a.ndim == 0:
        n = a
    else:
        n = a.shape[0]
    if size is None:
        idx = _choice_indices(n, 1, replace, p)
        if a.ndim == 0:
            return idx[0]
        else:
            return a[idx[0]]
    else:
        idx = _choice_indices(n, size, replace, p)
        if a.ndim == 0:
            return idx
        else:
            return a[idx]
