"""Control flow: if/elif/else, while, for over range/arrays/tuples, break/continue,
early and multiple returns."""

import numpy as np

import penna


@penna.jit
def classify(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    elif x < 10:
        return 1
    else:
        return 2


def test_if_elif_else(check):
    for x in [-5, 0, 3, 10, 99, -0.5, 9.99]:
        check(classify, x)


@penna.jit
def range_sum(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s += i * (i % 7)
    return s


def test_range_with_all_step_signs(check):
    for start in [-10, 0, 3]:
        for stop in [-7, 0, 5, 20]:
            for step in [-3, -1, 1, 2, 5]:
                check(range_sum, start, stop, step)


@penna.jit
def strike_multiples(flags, step):
    for j in range(step * step, flags.shape[0], step):
        flags[j] = False


def test_a_step_known_only_at_run_time_keeps_the_loop_scalar():
    # Every access through `j` would be a scatter: LLVM is told not to
    # vectorise (it stored lane by lane, 1.4x slower than a scalar loop).
    flags = np.ones(50, np.bool_)
    strike_multiples(flags, 3)
    expected = np.ones(50, np.bool_)
    expected[9::3] = False
    np.testing.assert_array_equal(flags, expected)
    llvm = strike_multiples.inspect_llvm()[(penna.types.bool_[::1], penna.int64)]
    assert "llvm.loop.vectorize.enable" in llvm


def test_range_with_zero_step_raises():
    import pytest

    with pytest.raises(ValueError, match="must not be zero"):
        range_sum(0, 10, 0)


@penna.jit
def one_and_two_arg_range(n):
    a = 0
    for i in range(n):
        a += i
    b = 0
    for i in range(2, n):
        b += i
    return a, b, i


def test_loop_variable_survives_the_loop(check):
    for n in [3, 10]:
        check(one_and_two_arg_range, n)


@penna.jit
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n


def test_while_and_early_return(check):
    for n in [2, 9, 97, 221, 7919, 1000003]:
        check(first_divisor, n)


@penna.jit
def break_continue(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 50:
            break
        j = 0
        while True:
            j += 1
            if j >= i:
                break
            if j % 2:
                continue
            total += j
    return total


def test_break_and_continue_in_nested_loops(check):
    for n in [0, 5, 30, 100]:
        check(break_continue, n)


@penna.jit
def over_array(a):
    s = 0.0
    for x in a:
        s += x
    return s


@penna.jit
def enumerate_zip(a, b):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    for x, y in zip(a, b):
        s += x * y
    for i, x in enumerate(b, 10):
        s -= i
    return s


def test_iteration_over_arrays(check):
    a = np.arange(7.0)
    b = np.linspace(0, 1, 5)
    check(over_array, a)
    check(enumerate_zip, a, b)


@penna.jit
def over_tuple(t):
    s = 0
    for x in t:
        s += x
    return s


def test_iteration_over_homogeneous_tuple(check):
    check(over_tuple, (1, 2, 3, 4))


@penna.jit
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def test_collatz(check):
    for n in [1, 7, 27, 97, 871]:
        check(collatz, n)


@penna.jit
def no_return(x):
    x = x + 1


def test_function_without_return_gives_none():
    assert no_return(1) is None


@penna.jit
def tuple_results(a, b):
    q, r = divmod(a, b)
    t = (q, r, a)
    x, (y, z) = t[0], (t[1], t[-1])
    return x + y, z, len(t)


def test_tuple_build_unpack_and_index(check):
    for a in [17, -17]:
        for b in [5, -5]:
            check(tuple_results, a, b)


@penna.jit
def swap(a, b):
    a, b = b, a
    return a, b


def test_swap(check):
    check(swap, 1, 2.5)


@penna.jit
def maybe_assigned(n):
    if n > 0:
        y = n * 2
    return y


@penna.jit
def last_of_loop(n):
    for i in range(n):
        last = i
    return last


def test_unassigned_locals_raise_unbound_local_error_as_in_python():
    import pytest

    assert maybe_assigned(3) == 6
    with pytest.raises(UnboundLocalError, match="'y'"):
        maybe_assigned(0)
    with pytest.raises(UnboundLocalError):
        maybe_assigned.py_func(0)
    assert last_of_loop(5) == 4
    with pytest.raises(UnboundLocalError, match="'last'"):
        last_of_loop(0)


@penna.jit
def first_index(a, x):
    for i in range(a.shape[0]):
        if a[i] == x:
            break
    else:
        return -1
    return i


@penna.jit
def primes_below(n):
    out = []
    for k in range(2, n):
        for d in range(2, k):
            if k % d == 0:
                break
        else:
            out.append(k)
    return out


@penna.jit
def countdown(n, stop_at):
    log = 0
    while n > 0:
        n -= 1
        if n == stop_at:
            break
        if n % 2:
            continue
        log += 1
    else:
        log = -log
    return n, log


@penna.jit
def else_over_items(items, bad):
    total = 0.0
    for v in items:
        if v == bad:
            total = -1.0
            break
        total += v
    else:
        total *= 2
    return total


@penna.jit
def break_in_try(xs, d):
    hits = 0
    for x in xs:
        try:
            if x // d > 2:
                break
        except ZeroDivisionError:
            hits += 100
        hits += 1
    else:
        hits = -hits
    return hits


def test_loop_else_runs_only_without_break(check):
    a = np.array([4, 8, 15, 16, 23, 42])
    for x in [15, 42, 7]:
        check(first_index, a, x)
    check(first_index, a[:0], 1)
    assert primes_below(30) == primes_below.py_func(30)
    for n, stop_at in [(10, 4), (10, -1), (0, 3)]:
        check(countdown, n, stop_at)
    items = np.array([1.5, 2.0, 3.5])
    for bad in [2.0, 9.0]:
        check(else_over_items, items, bad)
    for d in [1, 0, 5]:
        check(break_in_try, [0, 1, 2, 3, 4, 5], d)
