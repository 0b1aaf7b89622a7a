"""Calling jitted functions from jitted code, recursion, globals, closures,
keyword arguments and defaults."""

import pytest

import penna

SCALE = 2.5
OFFSET = 7


@penna.jit
def helper(x, k=3):
    return x * k + OFFSET


@penna.jit
def caller(x):
    return helper(x) + helper(x, 2) + helper(x, k=10) + helper(k=1, x=x) * SCALE


def test_calls_with_defaults_and_keywords(check):
    for x in [0, 3, -2.5]:
        check(caller, x)


@penna.jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def test_recursion():
    assert fib(25) == 75025


@penna.jit
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


@penna.jit
def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def test_mutual_recursion():
    assert is_even(10) is True
    assert is_odd(7) is True
    assert is_even(7) is False


@penna.jit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def test_deep_recursion():
    assert ackermann(2, 3) == 9


def test_globals_are_frozen_at_compile_time():
    global OFFSET
    first = helper(1.0)
    OFFSET = 1000
    try:
        assert helper(1.0) == first  # same specialisation: the constant was frozen
    finally:
        OFFSET = 7


def test_closure_variables():
    factor = 4

    @penna.jit
    def scaled(x):
        return x * factor

    assert scaled(3) == 12


def test_call_time_keywords_and_defaults():
    assert helper(2) == 13
    assert helper(2, k=1) == 9
    assert helper(k=0, x=5) == 7
    with pytest.raises(TypeError):
        helper()


@penna.jit
def tuple_arg(t):
    a, b = t
    return a * b, t[1]


def test_tuple_arguments_and_results():
    assert tuple_arg((3, 4.5)) == (13.5, 4.5)


@penna.jit
def depth(n):
    # The result is used in a way no loop can accumulate: every level of
    # the recursion keeps its frame.
    if n == 0:
        return 0
    d = depth(n - 1)
    return d * d % 7 + 1


@penna.jit
def count_down(n):
    # `f(n - 1) + 1`: LLVM turns the recursion into a loop (accumulator tail
    # recursion elimination), as a C compiler does.
    if n == 0:
        return 0
    return count_down(n - 1) + 1


def test_runaway_recursion_raises_recursion_error_instead_of_crashing():
    import threading

    expected = 0
    for _ in range(10_000):
        expected = expected * expected % 7 + 1
    # Deeper than CPython's own limit, within the thread's stack.
    assert depth(10_000) == expected
    assert depth(900) == depth.py_func(900)
    with pytest.raises(RecursionError):
        depth(10**9)
    # Other threads have their own stack and their own limit.
    errors = []

    def worker():
        try:
            depth(10**9)
        except RecursionError as e:
            errors.append(e)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert len(errors) == 1


def test_recursion_that_becomes_a_loop_runs_past_the_stack():
    # What CPython would stop with RecursionError runs in constant stack once
    # the recursion is a loop; the value is the one Python's integers give.
    assert count_down(900) == count_down.py_func(900)
    assert count_down(10**7) == 10**7


def test_attributes_of_imported_modules():
    from . import other_module

    @penna.jit
    def use(x):
        return other_module.triple(x) + other_module.SCALE + other_module.WEIGHTS[2]

    assert use(2) == 3 * 2 + 3 + 4.0

    @penna.jit
    def bad(x):
        return other_module.plain(x)

    with pytest.raises(penna.errors.TypingError, match="plain Python function"):
        bad(1)

    @penna.jit
    def missing(x):
        return other_module.nothing(x)

    with pytest.raises(penna.errors.UnsupportedError, match="other_module.nothing"):
        missing(1)


@penna.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@penna.jit
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


@penna.jit
def is_odd(n):
    return False if n == 0 else is_even(n - 1)


@penna.jit
def checked_depth(n):
    # Raises a ValueError of its own besides the stack guard's RecursionError.
    if n < 0:
        raise ValueError("negative depth")
    if n == 0:
        return 0.5
    d = checked_depth(n - 1)
    return d * d + 0.25


@penna.jit
def list_depth(xs, n):
    # Holds a list: its guard returns a status (nothing is jumped over).
    if n == 0:
        return len(xs)
    d = list_depth(xs, n - 1)
    return d * d % 7 + 1


def test_numeric_recursion_matches_python_and_recovers_after_recursion_error():
    assert [fib(n) for n in range(20)] == [fib.py_func(n) for n in range(20)]
    assert [is_even(n) for n in range(12)] == [n % 2 == 0 for n in range(12)]
    assert is_odd(10_001)
    with pytest.raises(RecursionError):
        depth(10**9)
    # The jump back to the entry left nothing behind: calls work as before.
    assert depth(900) == depth.py_func(900)
    assert fib(25) == 75025
    with pytest.raises(ValueError, match="negative depth"):
        checked_depth(-1)
    assert checked_depth(30) == checked_depth.py_func(30)
    with pytest.raises(RecursionError):
        checked_depth(10**9)
    assert checked_depth(3) == checked_depth.py_func(3)


def test_recursion_holding_references_still_raises_recursion_error():
    xs = [1, 2, 3]
    assert list_depth(xs, 50) == list_depth.py_func(xs, 50)
    with pytest.raises(RecursionError):
        list_depth(xs, 10**9)
    assert list_depth(xs, 5) == list_depth.py_func(xs, 5)


@penna.jit
def lattice_paths(r, c):
    # Inlined one level, `lattice_paths(r - 1, c - 1)` appears twice: the
    # function only reads memory, so LLVM computes it once.
    if r == 0 or c == 0:
        return 1
    return lattice_paths(r - 1, c) + lattice_paths(r, c - 1)


@penna.jit
def tribonacci(n):
    if n < 3:
        return float(n == 2)
    return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)


@penna.jit
def noisy_fib(n):
    # A side effect: every call prints, so no call may be merged or dropped.
    print("fib", n)
    return n if n < 2 else noisy_fib(n - 1) + noisy_fib(n - 2)


@penna.jit
def fib_failing_at(n, bad):
    # Raises from inside the recursion, at a depth the arguments choose.
    if n == bad:
        raise ValueError("bad depth", n)
    return n if n < 2 else fib_failing_at(n - 1, bad) + fib_failing_at(n - 2, bad)


def test_self_recursion_inlined_one_level_matches_python():
    # Small self-recursive functions get a second level of their body
    # inlined (`targets/src/lower/recursion.rs`).
    for r in range(6):
        for c in range(6):
            assert lattice_paths(r, c) == lattice_paths.py_func(r, c)
    assert lattice_paths(12, 11) == lattice_paths.py_func(12, 11)
    assert [tribonacci(n) for n in range(18)] == [tribonacci.py_func(n) for n in range(18)]
    assert [fib(n) for n in range(30)] == [fib.py_func(n) for n in range(30)]
    assert fib(-5) == -5
    assert fib(50 - 48) == 1


def test_recursion_with_side_effects_keeps_every_call(capfd):
    for n in (0, 1, 2, 5, 7):
        noisy_fib.py_func(n)
        expected = capfd.readouterr().out
        assert noisy_fib(n) == noisy_fib.py_func(n)
        capfd.readouterr()
        noisy_fib(n)
        assert capfd.readouterr().out == expected


def test_raise_from_inside_inlined_recursion():
    assert fib_failing_at(15, -1) == fib.py_func(15)
    for bad in (0, 1, 2, 5, 14, 15):
        with pytest.raises(ValueError) as got:
            fib_failing_at(15, bad)
        assert got.value.args == ("bad depth", bad)
    with pytest.raises(RecursionError, match="maximum recursion depth exceeded"):
        fib(10**9)
    assert fib(20) == fib.py_func(20)


@penna.jit("int64(int64)")
def eager_fib(n):
    # Compiled at decoration, before the module binds `eager_fib`.
    return n if n < 2 else eager_fib(n - 1) + eager_fib(n - 2)


@penna.jit(["float64(float64)"])
def eager_halvings(x):
    return 0.0 if x < 1.0 else 1.0 + eager_halvings(x / 2.0)


def test_recursion_with_an_explicit_signature_compiles_at_decoration():
    assert [eager_fib(n) for n in range(15)] == [eager_fib.py_func(n) for n in range(15)]
    assert eager_halvings(1024.0) == eager_halvings.py_func(1024.0)
    assert len(eager_fib.signatures) == 1
