"""Tiered compilation: a short first call runs quickly compiled code while
the optimised tier compiles on a background thread and then replaces it."""

import os
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

import penna
from penna import _native
from tests.python.conftest import same


@pytest.fixture(autouse=True)
def default_tiers(monkeypatch):
    monkeypatch.delenv("PENNA_TIERS", raising=False)
    monkeypatch.setenv("PENNA_CACHE", "0")
    yield
    _native._tiers_wait()


def tiers(f):
    return set(f._tiers().values())


def both_tiers(f, *args, rel=1e-12):
    """f(*args) on first-tier code, then on the optimised tier; both equal CPython's."""
    want = f.py_func(*args)
    _native._tiers_pause()
    first = f(*args)
    assert tiers(f) == {"first"}
    _native._tiers_wait()
    optimised = f(*args)
    assert tiers(f) == {"optimised"}
    assert same(first, want, rel), f"first tier {first!r} != CPython {want!r}"
    assert same(optimised, want, rel), f"optimised tier {optimised!r} != CPython {want!r}"
    return first


@penna.jit
def mean_abs(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += abs(a[i])
    return s / a.shape[0]


@penna.jit
def jacobi(a, out):
    n, m = a.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
    return out.sum()


@penna.jit
def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count


@penna.jit
def orbit(re, im, limit):
    c = complex(re, im)
    z = 0j
    n = 0
    while n < limit and abs(z) <= 2.0:
        z = z * z + c
        n += 1
    return n, z


@penna.jit
def stats(a):
    lo, hi = a[0], a[0]
    for x in a:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi, a.sum()


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32])
@pytest.mark.parametrize("n", [1, 7, 64])
def test_a_short_first_call_gives_the_same_results_on_both_tiers(dtype, n):
    a = (np.arange(n) - n // 3).astype(dtype)
    # CPython sums float32 items in float32 (NEP 50); compiled code in float64.
    rel = 1e-6 if dtype == np.float32 else 1e-12
    both_tiers(penna.jit(mean_abs.py_func), a, rel=rel)
    both_tiers(penna.jit(stats.py_func), a, rel=rel)


@pytest.mark.parametrize("shape", [(3, 3), (4, 9), (12, 5)])
def test_two_dimensional_arrays_on_both_tiers(shape):
    a = np.random.default_rng(1).random(shape)
    f = penna.jit(jacobi.py_func)
    want_out = np.zeros(shape)
    jacobi.py_func(a, want_out)
    out = np.zeros(shape)
    _native._tiers_pause()
    f(a, out)
    assert tiers(f) == {"first"}
    np.testing.assert_allclose(out, want_out, rtol=1e-15)
    _native._tiers_wait()
    out2 = np.zeros(shape)
    f(a, out2)
    assert tiers(f) == {"optimised"}
    np.testing.assert_allclose(out2, want_out, rtol=1e-15)


def test_integers_complex_numbers_and_tuples_on_both_tiers():
    for n in (1, 6, 27, 97):
        both_tiers(penna.jit(steps.py_func), n)
    for re, im in ((0.0, 0.0), (-0.75, 0.1), (0.3, 0.5), (2.0, 2.0)):
        both_tiers(penna.jit(orbit.py_func), re, im, 50)


def test_exceptions_are_the_same_on_both_tiers():
    @penna.jit
    def ratio(a, i, d):
        return a[i] // d

    a = np.arange(5)
    _native._tiers_pause()
    assert ratio(a, 3, 2) == 1
    assert tiers(ratio) == {"first"}
    with pytest.raises(ZeroDivisionError) as first:
        ratio(a, 3, 0)
    _native._tiers_wait()
    assert tiers(ratio) == {"optimised"}
    with pytest.raises(ZeroDivisionError) as optimised:
        ratio(a, 3, 0)
    assert str(first.value) == str(optimised.value)


def test_the_size_of_the_arguments_picks_the_tier():
    def product(n, m):
        s = 0
        for i in range(n):
            for j in range(m):
                s += i * j
        return s

    _native._tiers_pause()
    short = penna.jit(product)
    assert short(20, 30) == product(20, 30)
    assert tiers(short) == {"first"}
    # 300 x 300 iterations: the product of the arguments is past the limit.
    long = penna.jit(product)
    assert long(300, 300) == product(300, 300)
    assert tiers(long) == {"optimised"}
    big = penna.jit(mean_abs.py_func)
    a = np.ones(100_000)
    assert big(a) == 1.0
    assert tiers(big) == {"optimised"}
    small = penna.jit(mean_abs.py_func)
    assert small(a[:10]) == 1.0
    assert tiers(small) == {"first"}


@penna.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def test_literal_loop_bounds_count_as_work():
    def fixed(x):
        s = 0.0
        for i in range(1000000):
            s += x
        return s

    def scaled(n):
        s = 0
        for i in range(n):
            for j in range(1000):
                s += j
        return s

    _native._tiers_pause()
    f = penna.jit(fixed)
    assert f(0.5) == fixed(0.5) and tiers(f) == {"optimised"}
    long = penna.jit(scaled)
    assert long(100) == scaled(100) and tiers(long) == {"optimised"}
    short = penna.jit(scaled)
    assert short(10) == scaled(10) and tiers(short) == {"first"}


def test_nested_loops_over_one_argument_count_each_level():
    def cube(n):
        s = 0
        for i in range(n):
            for j in range(n):
                for k in range(n):
                    s += (i ^ j) + k
        return s

    def pairs(a):
        s = 0.0
        for i in range(a.shape[0]):
            for j in range(i):
                s += abs(a[i] - a[j])
        return s

    _native._tiers_pause()
    # 100 looks small, but three levels of range(100) are 10^6 iterations.
    long = penna.jit(cube)
    assert long(100) == cube(100) and tiers(long) == {"optimised"}
    short = penna.jit(cube)
    assert short(12) == cube(12) and tiers(short) == {"first"}
    a = np.random.default_rng(4).random(1000)
    long_pairs = penna.jit(pairs)
    assert same(long_pairs(a), pairs(a), 1e-12) and tiers(long_pairs) == {"optimised"}
    short_pairs = penna.jit(pairs)
    assert same(short_pairs(a[:50]), pairs(a[:50]), 1e-12) and tiers(short_pairs) == {"first"}


def test_recursion_generators_and_parallel_loops_compile_fully():
    def evens(n):
        for i in range(n):
            if i % 2 == 0:
                yield i

    def total(a):
        s = 0.0
        for i in penna.prange(a.shape[0]):
            s += a[i]
        return s

    _native._tiers_pause()
    assert fib(10) == 55 and tiers(fib) == {"optimised"}
    gen = penna.jit(evens)
    assert list(gen(5)) == [0, 2, 4] and tiers(gen) == {"optimised"}
    par = penna.jit(parallel=True)(total)
    assert par(np.ones(8)) == 8.0 and tiers(par) == {"optimised"}


def test_eager_signatures_and_tiers_off_compile_fully(monkeypatch):
    _native._tiers_pause()
    eager = penna.jit("float64(float64[::1])")(mean_abs.py_func)
    assert eager(np.ones(3)) == 1.0 and tiers(eager) == {"optimised"}
    monkeypatch.setenv("PENNA_TIERS", "0")
    off = penna.jit(mean_abs.py_func)
    assert off(np.ones(3)) == 1.0 and tiers(off) == {"optimised"}
    monkeypatch.setenv("PENNA_TIERS", "first")
    first = penna.jit(mean_abs.py_func)
    assert first(np.ones(3)) == 1.0
    _native._tiers_wait()
    assert tiers(first) == {"first"}


def test_threads_calling_while_the_tier_changes():
    f = penna.jit(steps.py_func)
    want = [steps.py_func(n) for n in range(1, 200)]
    results = {}

    def work(k):
        results[k] = [f(n) for n in range(1, 200)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == want for r in results.values())


def run_script(tmp_path, body, env=None):
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(body))
    e = dict(os.environ, PENNA_CACHE_DIR=str(tmp_path / "cache"), **(env or {}))
    e.pop("PENNA_CACHE", None)
    e.pop("PENNA_TIERS", None)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env=e)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_optimised_tier_goes_to_the_disk_cache_and_exit_waits_for_it(tmp_path):
    body = """
        import json, numpy as np, penna
        from penna import _native

        def make(k):
            def f(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * K
                return s
            return f

        K = 2.0
        fs = [penna.jit(make(k)) for k in range(3)]
        print(json.dumps([f(np.arange(4.0) + k) for k, f in enumerate(fs)]))
        # Exits with the optimised tiers queued: the exit waits for them.
    """
    assert run_script(tmp_path, body).strip() == "[12.0, 20.0, 28.0]"
    # The three closures share one key: one entry, written by the background thread.
    assert len(list((tmp_path / "cache").glob("*.pco"))) == 1
    body_second = """
        import numpy as np, penna
        def f(a):
            return a.sum() * 3.0
        g = penna.jit(f)
        print(g(np.arange(3.0)), sorted(set(g._tiers().values())))
    """
    run_script(tmp_path, body_second)
    assert run_script(tmp_path, body_second).strip() == "9.0 ['optimised']"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_fork_waits_for_the_background_compile_and_the_child_compiles(tmp_path):
    body = """
        import os, numpy as np, penna
        from penna import _native

        @penna.jit
        def f(a):
            return a.sum() + 1.0

        @penna.jit
        def g(n):
            return n * 2

        assert f(np.ones(3)) == 4.0          # first tier; the optimised one is queued
        pid = os.fork()                      # waits for it
        if pid == 0:
            ok = f(np.ones(4)) == 5.0 and g(21) == 42
            _native._tiers_wait()            # the child's own background thread
            ok = ok and set(g._tiers().values()) == {"optimised"} and g(5) == 10
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 0, status
        print(sorted(set(f._tiers().values())))
    """
    assert run_script(tmp_path, body).strip() == "['optimised']"
