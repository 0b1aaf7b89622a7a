"""Generator functions and their consumers for test_generators.py (each
compiled with penna.njit; `.py_func` is the same code run by CPython)."""

import numpy as np

import penna


@penna.njit
def squares(n):
    for i in range(n):
        yield i * i


@penna.njit
def scaled(a, k):
    for x in a:
        yield x * k


@penna.njit
def total(n):
    s = 0
    for v in squares(n):
        s += v
    return s


@penna.njit
def scaled_sum(a, k):
    s = a[0] * 0
    for v in scaled(a, k):
        s += v
    return s


@penna.njit
def first_two(n):
    g = squares(n)
    a = next(g)
    b = next(g)
    return a + 10 * b


@penna.njit
def with_default(n):
    g = squares(n)
    return next(g, -1), next(g, -1), next(g, -1)


@penna.njit
def past_the_end(n):
    g = squares(n)
    s = 0
    while True:
        s += next(g)


@penna.njit
def comprehension(n):
    return [x + 1 for x in squares(n)]


@penna.njit
def as_list(n):
    return list(squares(n))


@penna.njit
def enumerated(n):
    s = 0
    for i, v in enumerate(squares(n)):
        s += i * v
    return s


@penna.njit
def zipped_with_list(n, items):
    out = []
    for a, b in zip(squares(n), items):
        out.append(a + b)
    return out


@penna.njit
def walk(n):
    # recursive, through `yield from`
    if n > 0:
        yield from walk(n - 1)
        yield n


@penna.njit
def zipped_generators(n):
    s = 0
    for a, b in zip(walk(n), walk(n + 2)):
        s += a * b
    return s


@penna.njit
def early_break(n, limit):
    s = 0.0
    for v in scaled(np.ones(n), 2.0):
        s += v
        if s > limit:
            break
    return s


@penna.njit
def ranges(n):
    for i in range(n):
        yield np.arange(i)


@penna.njit
def range_sums(n):
    t = 0
    for a in ranges(n):
        t += a.sum()
    return t


@penna.njit
def words(text):
    for w in text.split():
        yield w.upper()


@penna.njit
def shout(text):
    return "-".join([w for w in words(text)])


@penna.njit
def pairs(n):
    for i in range(n):
        yield i, i / 2


@penna.njit
def mixed(n):
    # int and float items: the generator yields float64
    for i in range(n):
        if i % 2:
            yield i
        else:
            yield i / 2


@penna.njit
def fails_at(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("bad item")
        yield i


@penna.njit
def caught(n, bad):
    s = 0
    try:
        for v in fails_at(n, bad):
            s += v
    except ValueError:
        s = -s - 1
    return s


@penna.njit
def chained(n):
    yield from squares(n)
    yield from [7, 8]
    yield -1


@penna.njit
def consume(g):
    s = 0
    for v in g:
        s += v
    return s


@penna.njit
def made_from_temporary(n):
    # the argument array is a temporary of this call: the generator keeps it
    return scaled(np.arange(n) * 2.0, 3.0)


@penna.njit
def nested(n):
    # a generator consuming a generator
    for v in squares(n):
        if v % 2 == 0:
            yield v


@penna.njit
def send_value(n):
    x = yield n
    yield x


@penna.njit
def return_value(n):
    yield n
    return 5


@penna.njit
def yield_in_finally(n):
    try:
        yield n
    finally:
        pass


@penna.njit
def two_types(n):
    yield n
    yield "a"


@penna.njit
def zip_stops_early(n, m):
    # `ranges` yields a third array that `zip` never takes: it is released
    t = 0
    for a, k in zip(ranges(n), squares(m)):
        t += a.sum() + k
    return t
