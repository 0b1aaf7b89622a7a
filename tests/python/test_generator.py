"""`numpy.random.Generator` objects passed to compiled code.

Each case runs the same function compiled and in the interpreter, on two
generators made from the same bit generator and seed: the numbers must be
identical (NumPy's own distribution functions draw them in both; normals,
penna's ziggurat on NumPy's tables), and the
generator's state must have advanced alike (compiled draws are draws of the
Python object).
"""

import platform
import sys

import numpy as np
import pytest

import penna

BIT_GENERATORS = [np.random.PCG64, np.random.MT19937, np.random.Philox, np.random.SFC64]
SEEDS = [0, 12345]


def pair(bitgen, seed):
    return np.random.Generator(bitgen(seed)), np.random.Generator(bitgen(seed))


@penna.jit
def continuous(rng, which, size):
    if which == 0:
        return rng.random(size)
    if which == 1:
        return rng.standard_normal(size)
    if which == 2:
        return rng.normal(1.5, 2.0, size)
    if which == 3:
        return rng.uniform(-1.0, 3.0, size)
    if which == 4:
        return rng.exponential(2.0, size)
    if which == 5:
        return rng.standard_exponential(size)
    if which == 6:
        return rng.gamma(0.5, 2.0, size)
    if which == 7:
        return rng.gamma(3.5, 2.0, size)
    if which == 8:
        return rng.standard_gamma(1.5, size)
    if which == 9:
        return rng.beta(0.5, 0.7, size)
    if which == 10:
        return rng.beta(2.5, 3.0, size)
    if which == 11:
        return rng.chisquare(3.0, size)
    if which == 12:
        return rng.noncentral_chisquare(3.0, 1.5, size)
    if which == 13:
        return rng.f(3.0, 7.0, size)
    if which == 14:
        return rng.noncentral_f(3.0, 7.0, 0.5, size)
    if which == 15:
        return rng.standard_t(4.0, size)
    if which == 16:
        return rng.standard_cauchy(size)
    if which == 17:
        return rng.pareto(2.5, size)
    if which == 18:
        return rng.weibull(1.5, size)
    if which == 19:
        return rng.power(2.5, size)
    if which == 20:
        return rng.rayleigh(2.0, size)
    if which == 21:
        return rng.laplace(0.5, 2.0, size)
    if which == 22:
        return rng.gumbel(0.5, 2.0, size)
    if which == 23:
        return rng.logistic(0.5, 2.0, size)
    if which == 24:
        return rng.lognormal(0.1, 0.5, size)
    if which == 25:
        return rng.wald(1.0, 2.0, size)
    if which == 26:
        return rng.vonmises(0.5, 2.0, size)
    return rng.triangular(0.0, 0.3, 2.0, size)


@penna.jit
def discrete(rng, which, size):
    if which == 0:
        return rng.integers(0, 10, size)
    if which == 1:
        return rng.integers(-(2**40), 2**50, size)
    if which == 2:
        return rng.integers(5, size=size)
    if which == 3:
        return rng.integers(1, 6, size, endpoint=True)
    if which == 4:
        return rng.poisson(3.0, size)
    if which == 5:
        return rng.poisson(40.0, size)
    if which == 6:
        return rng.binomial(10, 0.3, size)
    if which == 7:
        return rng.binomial(500, 0.6, size)
    if which == 8:
        return rng.geometric(0.2, size)
    if which == 9:
        return rng.negative_binomial(3.0, 0.4, size)
    if which == 10:
        return rng.zipf(2.5, size)
    if which == 11:
        return rng.logseries(0.6, size)
    if which == 12:
        return rng.hypergeometric(10, 7, 5, size)
    return rng.choice(20, size)


@pytest.mark.parametrize("bitgen", BIT_GENERATORS, ids=lambda b: b.__name__)
@pytest.mark.parametrize("which", range(28))
def test_continuous_streams_match_numpy(bitgen, which):
    for seed in SEEDS:
        mine, ref = pair(bitgen, seed)
        got = continuous(mine, which, 50)
        want = continuous.py_func(ref, which, 50)
        assert got.dtype == want.dtype == np.float64
        np.testing.assert_array_equal(got, want)
        # The compiled draws advanced the Python object's state.
        assert mine.random() == ref.random()


@pytest.mark.parametrize("bitgen", BIT_GENERATORS, ids=lambda b: b.__name__)
@pytest.mark.parametrize("which", range(14))
def test_discrete_streams_match_numpy(bitgen, which):
    for seed in SEEDS:
        mine, ref = pair(bitgen, seed)
        got = discrete(mine, which, 60)
        want = discrete.py_func(ref, which, 60)
        assert got.dtype == want.dtype == np.int64
        np.testing.assert_array_equal(got, want)
        assert mine.integers(1 << 40) == ref.integers(1 << 40)


@penna.jit
def scalars(rng):
    return (rng.random(), rng.standard_normal(), rng.normal(2.0, 0.5), rng.uniform(1.0, 2.0),
            rng.exponential(), rng.gamma(2.0), rng.integers(100), rng.integers(-5, 5),
            rng.poisson(2.5), rng.binomial(20, 0.5), rng.choice(7))


@pytest.mark.parametrize("seed", SEEDS)
def test_scalar_draws_match_numpy(seed):
    mine, ref = pair(np.random.PCG64, seed)
    got = scalars(mine)
    want = scalars.py_func(ref)
    assert got == tuple(want)
    assert type(got[6]) is int  # int64 in compiled code


@penna.jit
def monte_carlo_pi(rng, n):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


def test_loop_of_scalar_draws_matches_numpy():
    mine, ref = pair(np.random.PCG64, 3)
    assert monte_carlo_pi(mine, 20000) == monte_carlo_pi.py_func(ref, 20000)


@penna.jit
def float32_and_sized(rng):
    return (rng.random((3, 4), dtype=np.float32), rng.standard_normal(5, dtype=np.float32),
            rng.standard_exponential(4, dtype=np.float32), rng.normal(0.0, 1.0, (2, 3)))


def test_float32_dtypes_and_tuple_sizes():
    mine, ref = pair(np.random.PCG64, 11)
    got = float32_and_sized(mine)
    want = float32_and_sized.py_func(ref)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_array_equal(g, w)


@penna.jit
def integer_dtypes(rng):
    return (rng.integers(0, 100, 20, dtype=np.int32), rng.integers(-3, 3, 20, dtype=np.int8),
            rng.integers(0, 60000, 20, dtype=np.uint16), rng.integers(0, 2, 20, dtype=np.bool_),
            rng.integers(0, 2**63, 5, dtype=np.uint64))


def test_integer_dtypes_match_numpy():
    for bitgen in BIT_GENERATORS:
        mine, ref = pair(bitgen, 5)
        got = integer_dtypes(mine)
        want = integer_dtypes.py_func(ref)
        for g, w in zip(got, want):
            assert g.dtype == w.dtype
            np.testing.assert_array_equal(g, w)
        assert mine.integers(1000) == ref.integers(1000)


@penna.jit
def choices(rng, a, p):
    return (rng.choice(a, 6), rng.choice(a, 4, replace=False), rng.choice(a, 5, p=p),
            rng.choice(a, 3, replace=False, p=p), rng.choice(a, 4, replace=False, shuffle=False))


@pytest.mark.parametrize("seed", SEEDS)
def test_choice_matches_numpy(seed):
    a = np.arange(10.0) * 1.5
    p = np.array([0.05, 0.1, 0.2, 0.0, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1])
    mine, ref = pair(np.random.PCG64, seed)
    for g, w in zip(choices(mine, a, p), choices.py_func(ref, a, p)):
        np.testing.assert_array_equal(g, w)


@penna.jit
def choice_large(rng, n, k):
    return rng.choice(n, k, replace=False)


@pytest.mark.parametrize("n,k", [(100, 90), (20000, 50), (20000, 1000), (50000, 5000)])
def test_choice_without_replacement_both_algorithms(n, k):
    # Floyd's algorithm below the cut-off, a tail shuffle above it.
    mine, ref = pair(np.random.PCG64, 21)
    got = choice_large(mine, n, k)
    np.testing.assert_array_equal(got, ref.choice(n, k, replace=False))
    assert len(set(got.tolist())) == k


@penna.jit
def shuffles(rng, x, m):
    rng.shuffle(x)
    rng.shuffle(m)
    return rng.permutation(10), rng.permutation(x)


def test_shuffle_and_permutation_match_numpy():
    x1, x2 = np.arange(12.0), np.arange(12.0)
    m1, m2 = np.arange(15).reshape(5, 3), np.arange(15).reshape(5, 3)
    mine, ref = pair(np.random.MT19937, 8)
    got = shuffles(mine, x1, m1)
    want = shuffles.py_func(ref, x2, m2)
    np.testing.assert_array_equal(x1, x2)
    np.testing.assert_array_equal(m1, m2)
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g, w)


@penna.jit
def multinomials(rng, pvals):
    return rng.multinomial(20, pvals), rng.multinomial(100, pvals, 4)


def test_multinomial_matches_numpy():
    pvals = np.array([0.2, 0.3, 0.1, 0.4])
    mine, ref = pair(np.random.PCG64, 4)
    for g, w in zip(multinomials(mine, pvals), multinomials.py_func(ref, pvals)):
        np.testing.assert_array_equal(g, w)


@penna.jit
def draw_through_callee(rng, n):
    return helper_draws(rng, n) + helper_draws(rng, n)


@penna.jit
def helper_draws(rng, n):
    return rng.standard_normal(n)


def test_generator_passes_to_callees():
    mine, ref = pair(np.random.PCG64, 9)
    np.testing.assert_array_equal(draw_through_callee(mine, 5), draw_through_callee.py_func(ref, 5))


@penna.jit
def bad_scale(rng):
    return rng.normal(0.0, -1.0)


@penna.jit
def bad_range(rng):
    return rng.integers(5, 5)


@penna.jit
def bad_p(rng, p):
    return rng.choice(3, 2, p=p)


def test_errors_are_numpys():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="scale < 0"):
        bad_scale(rng)
    with pytest.raises(ValueError, match="low >= high"):
        bad_range(rng)
    with pytest.raises(ValueError, match="do not sum to 1"):
        bad_p(rng, np.array([0.5, 0.2, 0.2]))
    with pytest.raises(ValueError, match="Probabilities are not non-negative"):
        bad_p(rng, np.array([1.5, -0.5, 0.0]))


@penna.jit
def returns_generator(rng):
    return rng


@penna.jit
def not_a_generator(x):
    return x.normal(0.0, 1.0)


def test_generator_misuse_is_a_clear_error():
    with pytest.raises(penna.errors.UnsupportedError, match="passed into compiled code, never out"):
        returns_generator(np.random.default_rng())
    with pytest.raises(penna.errors.UnsupportedError, match=r"`.normal\(\)` is not supported on float64"):
        not_a_generator(np.zeros(3))


def test_normals_drawn_by_penna_are_numpys_bit_for_bit():
    # Normals run penna's ziggurat on NumPy's own tables (found in the loaded
    # extension's symbol table, checked against NumPy's function at load):
    # a million draws per bit generator, the tail and wedges included, and
    # the state after them, are NumPy's.
    for bitgen in BIT_GENERATORS + [np.random.PCG64DXSM]:
        ours, theirs = pair(bitgen, 2026)
        assert np.array_equal(continuous(ours, 1, 1_000_000), theirs.standard_normal(1_000_000))
        assert ours.random() == theirs.random()
    if sys.platform == "linux" and platform.machine() == "x86_64":
        # NumPy's Linux wheels keep the symbol table; elsewhere draws may go
        # to NumPy's own function, with the same numbers.
        assert penna._native._ziggurat_in_use()
