"""Functions over structured arrays for test_records.py (each compiled with
penna.njit; `.py_func` is the same code run by CPython on a recarray)."""

import numpy as np

import penna


@penna.njit
def weighted(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i].x * a[i]["n"]
    return s


@penna.njit
def update(a, k):
    for i in range(a.shape[0]):
        a[i].x += k
        a[i]["n"] = i * 10
        r = a[i]
        r.flag = r.n > 10


@penna.njit
def field_views(a):
    return a["x"].sum(), a["n"].max()


@penna.njit
def scale_field(a, k):
    xs = a["x"]
    for i in range(xs.shape[0]):
        xs[i] *= k


@penna.njit
def iterate(a):
    s = 0
    for r in a:
        s += r.n
    return s


@penna.njit
def grid_sum(b):
    s = 0.0
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            s += b[i, j].x
    return s


@penna.njit
def sizes(a):
    return a.size, a.ndim, a.itemsize, a.nbytes, len(a)


@penna.njit
def record_out(a):
    return a[0]


@penna.njit
def records_out(a):
    return a[0], a[1]


@penna.njit
def last_of_new(n, dtype):
    a = np.zeros(n, dtype)
    a[n - 1].x = 1.5
    a[n - 1].n = 7
    return a[n - 1]


@penna.njit
def write_readonly(a):
    a[0].x = 1.0


@penna.njit
def missing_field(a):
    return a[0].y


# np.record items: CPython's run of the same code reads fields as attributes.
POINT = np.dtype((np.record, [("x", "f8"), ("n", "i4"), ("flag", "?")]))


@penna.njit
def build(n, dtype):
    a = np.zeros(n, dtype)
    for i in range(n):
        a[i].x = i * 0.5
        a[i]["n"] = i * 3
    a["flag"][::2] = True
    return a


@penna.njit
def build_global(n):
    a = np.empty(n, dtype=POINT)
    for i in range(n):
        r = a[i]
        r.x = i / 4
        r.n = n - i
        r.flag = i % 3 == 0
    return a, a["x"].sum()


@penna.njit
def build_grid(n, m, dtype):
    g = np.zeros((n, m), dtype=dtype)
    for i in range(n):
        for j in range(m):
            g[i, j].n = i * m + j
    return g


@penna.njit
def ones_of(dtype):
    return np.ones(3, dtype)


@penna.njit
def passthrough(a):
    return a


@penna.njit
def record_product(r):
    return r.x * r["n"]


@penna.njit
def record_bump(r, v):
    r.x += v
    r["n"] = r.n * 2
