"""``np.random`` in compiled code: NumPy's legacy ``RandomState`` API.

Draws come from the CPU runtime's generator (MT19937 with NumPy's legacy
algorithms, ``penna._rt_random_*``), so ``np.random.seed(s)`` followed by
the same calls gives NumPy's numbers bit for bit. Each thread has its own
generator, as in Numba: ``prange`` loops may draw freely, and seeding in
compiled code changes neither the interpreter's ``np.random`` nor other
threads' generators.

``size`` is ``None`` (one number), an integer or a tuple; a ``size`` gives
a new array filled in C order, one draw per element, as NumPy fills it.
"""

import numpy as np

import penna

from .. import jit

__all__ = ["seed", "random", "random_sample", "ranf", "sample", "rand", "randn", "randint",
           "uniform", "normal", "standard_normal", "exponential", "standard_exponential",
           "gamma", "standard_gamma", "beta", "poisson", "binomial", "geometric", "laplace",
           "gumbel", "logistic", "triangular", "lognormal", "rayleigh", "standard_cauchy",
           "weibull", "pareto", "power", "chisquare", "standard_t", "f", "negative_binomial",
           "wald", "dirichlet", "multinomial", "choice", "shuffle", "permutation"]


@jit
def seed(seed):
    if seed < 0 or seed > 4294967295:
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    penna._rt_random_seed(seed)


@jit
def random_sample(size=None):
    if size is None:
        return penna._rt_random_double()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_double()
    return out


@jit
def random(size=None):
    return random_sample(size)


@jit
def ranf(size=None):
    return random_sample(size)


@jit
def sample(size=None):
    return random_sample(size)


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
def standard_normal(size=None):
    if size is None:
        return penna._rt_random_gauss()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_gauss()
    return out


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
def uniform(low=0.0, high=1.0, size=None):
    span = high - low
    if size is None:
        return low + span * penna._rt_random_double()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = low + span * penna._rt_random_double()
    return out


@jit
def normal(loc=0.0, scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return loc + scale * penna._rt_random_gauss()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = loc + scale * penna._rt_random_gauss()
    return out


@jit
def lognormal(mean=0.0, sigma=1.0, size=None):
    if sigma < 0:
        raise ValueError("sigma < 0")
    if size is None:
        return np.exp(mean + sigma * penna._rt_random_gauss())
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = np.exp(mean + sigma * penna._rt_random_gauss())
    return out


@jit
def standard_exponential(size=None):
    if size is None:
        return penna._rt_random_exponential()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_exponential()
    return out


@jit
def exponential(scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return scale * penna._rt_random_exponential()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = scale * penna._rt_random_exponential()
    return out


@jit
def standard_gamma(shape, size=None):
    if shape < 0:
        raise ValueError("shape < 0")
    if size is None:
        return penna._rt_random_gamma(shape)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_gamma(shape)
    return out


@jit
def gamma(shape, scale=1.0, size=None):
    if shape < 0:
        raise ValueError("shape < 0")
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return scale * penna._rt_random_gamma(shape)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = scale * penna._rt_random_gamma(shape)
    return out


@jit
def chisquare(df, size=None):
    if df <= 0:
        raise ValueError("df <= 0")
    if size is None:
        return 2.0 * penna._rt_random_gamma(df / 2.0)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = 2.0 * penna._rt_random_gamma(df / 2.0)
    return out


@jit
def _standard_t(df):
    num = penna._rt_random_gauss()
    denom = penna._rt_random_gamma(df / 2.0)
    return np.sqrt(df / 2.0) * num / np.sqrt(denom)


@jit
def standard_t(df, size=None):
    if df <= 0:
        raise ValueError("df <= 0")
    if size is None:
        return _standard_t(df)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _standard_t(df)
    return out


@jit
def _f(dfnum, dfden):
    num = 2.0 * penna._rt_random_gamma(dfnum / 2.0) * dfden
    den = 2.0 * penna._rt_random_gamma(dfden / 2.0) * dfnum
    return num / den


@jit
def f(dfnum, dfden, size=None):
    if dfnum <= 0:
        raise ValueError("dfnum <= 0")
    if dfden <= 0:
        raise ValueError("dfden <= 0")
    if size is None:
        return _f(dfnum, dfden)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _f(dfnum, dfden)
    return out


@jit
def beta(a, b, size=None):
    if a <= 0:
        raise ValueError("a <= 0")
    if b <= 0:
        raise ValueError("b <= 0")
    if size is None:
        return penna._rt_random_beta(a, b)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_beta(a, b)
    return out


@jit
def poisson(lam=1.0, size=None):
    if lam < 0:
        raise ValueError("lam < 0")
    if lam > 9.223372006484771e18:
        raise ValueError("lam value too large")
    if size is None:
        return penna._rt_random_poisson(lam)
    out = np.empty(size, dtype=np.int64)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_poisson(lam)
    return out


@jit
def binomial(n, p, size=None):
    if n < 0:
        raise ValueError("n < 0")
    if p < 0 or p > 1 or p != p:
        raise ValueError("p < 0, p > 1 or p is NaN")
    if size is None:
        return penna._rt_random_binomial(n, p)
    out = np.empty(size, dtype=np.int64)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_binomial(n, p)
    return out


@jit
def geometric(p, size=None):
    if p <= 0 or p > 1 or p != p:
        raise ValueError("p <= 0, p > 1 or p contains NaNs")
    if size is None:
        return penna._rt_random_geometric(p)
    out = np.empty(size, dtype=np.int64)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_geometric(p)
    return out


@jit
def laplace(loc=0.0, scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return penna._rt_random_laplace(loc, scale)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_laplace(loc, scale)
    return out


@jit
def gumbel(loc=0.0, scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return penna._rt_random_gumbel(loc, scale)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_gumbel(loc, scale)
    return out


@jit
def logistic(loc=0.0, scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return penna._rt_random_logistic(loc, scale)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_logistic(loc, scale)
    return out


@jit
def triangular(left, mode, right, size=None):
    if left > mode:
        raise ValueError("left > mode")
    if mode > right:
        raise ValueError("mode > right")
    if left == right:
        raise ValueError("left == right")
    if size is None:
        return penna._rt_random_triangular(left, mode, right)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_triangular(left, mode, right)
    return out


@jit
def rayleigh(scale=1.0, size=None):
    if scale < 0:
        raise ValueError("scale < 0")
    if size is None:
        return scale * np.sqrt(-2.0 * np.log1p(-penna._rt_random_double()))
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = scale * np.sqrt(-2.0 * np.log1p(-penna._rt_random_double()))
    return out


@jit
def standard_cauchy(size=None):
    if size is None:
        return penna._rt_random_gauss() / penna._rt_random_gauss()
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = penna._rt_random_gauss() / penna._rt_random_gauss()
    return out


@jit
def _weibull(a):
    if a == 0.0:
        return 0.0
    return penna._rt_random_exponential() ** (1.0 / a)


@jit
def weibull(a, size=None):
    if a < 0:
        raise ValueError("a < 0")
    if size is None:
        return _weibull(a)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _weibull(a)
    return out


@jit
def pareto(a, size=None):
    if a <= 0:
        raise ValueError("a <= 0")
    if size is None:
        return np.exp(penna._rt_random_exponential() / a) - 1.0
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = np.exp(penna._rt_random_exponential() / a) - 1.0
    return out


@jit
def power(a, size=None):
    if a <= 0:
        raise ValueError("a <= 0")
    if size is None:
        return (1.0 - np.exp(-penna._rt_random_exponential())) ** (1.0 / a)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = (1.0 - np.exp(-penna._rt_random_exponential())) ** (1.0 / a)
    return out


@jit
def _negative_binomial(n, p):
    return penna._rt_random_poisson((1.0 - p) / p * penna._rt_random_gamma(n * 1.0))


@jit
def negative_binomial(n, p, size=None):
    if n <= 0:
        raise ValueError("n <= 0")
    if p < 0 or p > 1 or p != p:
        raise ValueError("p < 0, p > 1 or p is NaN")
    if size is None:
        return _negative_binomial(n, p)
    out = np.empty(size, dtype=np.int64)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _negative_binomial(n, p)
    return out


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
def wald(mean, scale, size=None):
    if mean <= 0:
        raise ValueError("mean <= 0")
    if scale <= 0:
        raise ValueError("scale <= 0")
    if size is None:
        return _wald(mean * 1.0, scale * 1.0)
    out = np.empty(size)
    flat = out.ravel()
    for i in range(flat.size):
        flat[i] = _wald(mean * 1.0, scale * 1.0)
    return out


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
        # Each new index once, in the order of its first occurrence.
        for k in range(new.size):
            first = True
            for j in range(k):
                if new[j] == new[k]:
                    first = False
            if first:
                found[taken] = new[k]
                taken += 1
    return found


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
