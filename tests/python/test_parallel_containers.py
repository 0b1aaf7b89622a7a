"""Containers in parallel loops (issue 18): iterations may read shared lists
and build their own, but changing a shared container is a data race that
could corrupt it, so it is a compile error (never a crash); inside a
critical section it is allowed."""

import numpy as np
import pytest

import penna
from penna import omp
from penna.errors import UnsupportedError


@penna.jit(parallel=True)
def append_shared(n):
    l = [0]
    for i in penna.prange(n):
        l.append(i)
    return len(l)


@penna.jit(parallel=True)
def append_to_row(n):
    rows = [[0] for _ in range(n)]
    for i in penna.prange(n):
        r = rows[i]
        r.append(i)
    return len(rows)


@penna.jit(parallel=True)
def store_shared_dict(n):
    d = {0: 0}
    for i in penna.prange(n):
        d[i] = i
    return len(d)


@penna.jit(parallel=True)
def private_lists(n):
    out = np.zeros(n)
    for i in penna.prange(n):
        mine = [j * 2 for j in range(i % 7)]
        mine.append(i)
        mine.sort()
        out[i] = sum(mine) + len(mine)
    return out


@penna.jit(parallel=True)
def read_shared(n):
    table = [0.5, 1.5, 2.5]
    lookup = {0: 1.0, 1: 2.0}
    s = 0.0
    for i in penna.prange(n):
        s += table[i % 3] + lookup[i % 2]
    return s


@omp
def critical_append(n):
    seen = [0]
    with omp("parallel for"):
        for i in range(n):
            with omp("critical"):
                seen.append(i)
    return sorted(seen)


@pytest.mark.parametrize("fn", [append_shared, append_to_row, store_shared_dict])
def test_changing_a_shared_container_is_a_compile_error(fn):
    with pytest.raises(UnsupportedError, match="data race"):
        fn(100)


def test_private_and_read_only_containers_run_in_parallel():
    n = 1000
    assert np.array_equal(private_lists(n), private_lists.py_func(n))
    assert read_shared(n) == read_shared.py_func(n)
    assert critical_append(200) == [0] + list(range(200))
