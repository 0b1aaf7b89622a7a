"""Lists, dicts and sets in compiled code, checked against CPython running the
same functions (issue 18). Each function is called through penna and as plain
Python (`fn.py_func`) on copies of the same inputs; results and the mutated
arguments must agree."""

import copy
import math

import numpy as np
import pytest

import penna
from penna.errors import TypingError


def same(a, b):
    # Dicts compiled code returns are penna.typed.Dict (as in Numba): same
    # items in the same (insertion) order.
    if isinstance(a, penna.typed.Dict) and isinstance(b, dict):
        return same(list(a.items()), list(b.items()))
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and np.array_equal(a, b)
    return type(a) is type(b) and a == b if not isinstance(a, (int, float)) else a == b


def check(fn, *args):
    """Runs `fn` compiled and in CPython on copies of `args`; compares the
    results and the arguments afterwards (reflection)."""
    py_args = copy.deepcopy(args)
    jit_args = copy.deepcopy(args)
    want = fn.py_func(*py_args)
    got = fn(*jit_args)
    assert same(got, want), (got, want)
    for a, b in zip(jit_args, py_args):
        assert same(a, b), ("argument after the call", a, b)
    return got


# ---- lists built in compiled code ---------------------------------------


@penna.jit
def append_loop(n):
    out = []
    for i in range(n):
        out.append(i * 3 - 1)
    return out


@penna.jit
def float_list(n):
    out = []
    for i in range(n):
        out.append(i / 4)
    out.insert(0, -1.5)
    out.insert(-1, 99.0)
    out.insert(100, 7.0)
    return out


@penna.jit
def comprehensions(n):
    a = [i * i for i in range(n) if i % 3 != 0]
    b = [x + y for x in range(3) for y in range(x, 4)]
    c = [[j for j in range(i)] for i in range(4)]
    return a, b, len(c), c[3][2], sum(len(r) for r in c)


@pytest.mark.parametrize("n", [0, 1, 7, 100])
def test_lists_built_in_compiled_code(n):
    check(append_loop, n)
    check(float_list, n)
    check(comprehensions, n)


@penna.jit
def list_methods(n):
    a = list(range(n))
    a.append(5)
    a.append(5)
    a.extend([7, 7, 1])
    p = a.pop()
    q = a.pop(0) if len(a) > 1 else -1
    a.remove(5)
    c = a.count(7)
    i = a.index(7)
    a.reverse()
    b = a.copy()
    b.sort()
    b.sort(reverse=True)
    a.clear()
    return a, b, p, q, c, i


@pytest.mark.parametrize("n", [0, 3, 10])
def test_list_methods(n):
    check(list_methods, n)


@penna.jit
def indexing(a):
    l = [x for x in a]
    return l[0], l[-1], l[1:3], l[::-1], l[::2], l[-2:], l[5:1], l[1:-1:2]


@penna.jit
def operators(n):
    a = [1, 2, 3]
    b = list(range(n))
    c = a + b
    d = a * 2
    e = 3 * a
    a += [9]
    return c, d, e, a, a == [1, 2, 3, 9], a != d, 3 in a, 4 not in a, len(b) == 0


@pytest.mark.parametrize("dtype", [np.int64, np.float64, np.int32])
def test_indexing_and_operators(dtype):
    check(indexing, np.arange(7, dtype=dtype) * 2)
    check(operators, 0)
    check(operators, 4)


@penna.jit
def reductions(a):
    l = list(a)
    return sum(l), min(l), max(l), sorted(l), sorted(l, reverse=True), len(l)


@pytest.mark.parametrize("dtype", [np.int64, np.float64, np.float32, np.int16])
def test_reductions(dtype):
    rng = np.random.default_rng(3)
    a = (rng.random(20) * 50).astype(dtype)
    got = reductions(a)
    want = reductions.py_func(a)
    assert got[0] == pytest.approx(float(want[0]), rel=1e-6)
    assert got[1:] == tuple(want[1:]) or all(np.allclose(x, y) for x, y in zip(got[1:], want[1:]))


@penna.jit
def nan_extremes(l):
    return min(l), max(l)


def test_min_max_with_nan_follow_cpython():
    for l in ([math.nan, 1.0, 2.0], [1.0, math.nan, 0.5], [2.0, 2.0, -0.0, 0.0]):
        check(nan_extremes, l)


@penna.jit
def tuples_in_lists(n):
    pairs = [(i % 3, float(i)) for i in range(n)]
    pairs.sort()
    best = pairs[-1] if n > 0 else (0, 0.0)
    keys = [k for k, v in pairs]
    return pairs, best, keys, (1, 1.0) in pairs


@penna.jit
def arrays_in_lists(n):
    blocks = []
    for i in range(n):
        blocks.append(np.full(3, float(i)))
    total = 0.0
    for b in blocks:
        total += b.sum()
    return total, len(blocks), blocks[-1]


def test_lists_of_tuples_and_arrays():
    check(tuples_in_lists, 0)
    check(tuples_in_lists, 9)
    total, n, last = arrays_in_lists(4)
    assert (total, n) == (18.0, 4) and np.array_equal(last, np.full(3, 3.0))


@penna.jit
def enumerate_zip(a, b):
    out = []
    for i, x in enumerate(a):
        out.append(i * x)
    for x, y in zip(a, b):
        out.append(x - y)
    return out


def test_enumerate_and_zip_over_lists():
    check(enumerate_zip, [1.0, 2.0, 3.0], [4.0, 5.0])


# ---- Python lists passed in (reflected) -----------------------------------


@penna.jit
def reflect(l):
    l.append(l[0] * 2)
    l[1] = -1
    return len(l)


@penna.jit
def read_only(l):
    s = 0
    for x in l:
        s += x
    return s


def test_python_list_arguments_are_reflected():
    l = [3, 4, 5]
    assert reflect(l) == 4
    assert l == [3, -1, 5, 6]
    t = [(1, 2.0), (3, 4.0)]
    assert read_only([1, 2, 3]) == 6
    keep = list(t)
    check(tuples_arg, t)
    assert t == keep


@penna.jit
def tuples_arg(t):
    return [b for a, b in t if a > 1]


def test_list_arguments_refuse_mixed_and_empty():
    with pytest.raises(TypingError, match="mixed types"):
        read_only([1, 2.0])
    with pytest.raises(TypingError, match="empty list"):
        read_only([])
    with pytest.raises(TypingError, match="Python `dict`"):
        read_only({1: 2})


# ---- dicts ------------------------------------------------------------------


@penna.jit
def histogram(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return d


@penna.jit
def dict_methods(n):
    d = {i: i * 0.5 for i in range(n)}
    d[100] = 1.5
    x = d.pop(100)
    y = d.pop(1000, -1.0)
    z = d.setdefault(7, 3.25)
    keys = list(d.keys())
    vals = list(d.values())
    items = list(d.items())
    total = 0.0
    for k in d:
        total += d[k]
    for k, v in d.items():
        total += k * v
    e = d.copy()
    e.update({50: 2.0})
    c = 3 in d
    del d[7]
    return x, y, z, keys, vals, items, total, len(e), c, len(d), 7 in d


@pytest.mark.parametrize("n", [0, 5, 40])
def test_dicts(n):
    check(histogram, np.array([3, 1, 3, 2, 3, 1, 0]))
    check(histogram, np.array([0.5, -0.0, 0.0, 0.5]))
    check(dict_methods, n)


@penna.jit
def tuple_keys(n):
    d = {(0, 0): 0.0}
    for i in range(n):
        for j in range(3):
            d[(i, j)] = i * 10.0 + j
    k, v = d.popitem()
    return len(d), d[(1, 2)] if n > 1 else -1.0, k, v


@penna.jit
def missing_key(d_size, key):
    d = {i: i for i in range(d_size)}
    return d[key]


@penna.jit
def dict_of_lists(n):
    groups = {}
    for i in range(n):
        k = i % 3
        if k not in groups:
            groups[k] = [i]
        else:
            groups[k].append(i)
    return groups


def test_dict_keys_values_and_errors():
    check(tuple_keys, 4)
    with pytest.raises(KeyError, match="7"):
        missing_key(3, 7)
    check(dict_of_lists, 10)


# ---- sets -------------------------------------------------------------------


@penna.jit
def set_ops(a, b):
    s = set(a)
    t = {x for x in b}
    u = s | t
    i = s & t
    d = s - t
    x = s ^ t
    s2 = s.copy()
    s2.add(100)
    s2.discard(100)
    s2.discard(-5)
    s2 |= t
    return (sorted(u), sorted(i), sorted(d), sorted(x), len(s2), 3 in s, s <= u,
            s < s, i.issubset(s), u.issuperset(t), d.isdisjoint(t),
            sorted(s.union(t)), sorted(s.intersection(t)), sorted(s.difference(t)),
            sorted(s.symmetric_difference(t)))


def test_sets():
    check(set_ops, np.array([1, 2, 3, 3, 4]), np.array([3, 4, 5]))
    check(set_ops, np.array([1.5, -0.0]), np.array([0.0, 2.5]))


@penna.jit
def set_roundtrip(s):
    s.add(10)
    return s


def test_set_arguments_and_results():
    s = {1, 2}
    assert set_roundtrip(s) == {1, 2, 10}
    assert s == {1, 2, 10}


# ---- errors, truth, memory ---------------------------------------------------


@penna.jit
def pop_empty():
    l = [1]
    l.pop()
    return l.pop()


@penna.jit
def out_of_range(i):
    l = [1, 2, 3]
    return l[i]


@penna.jit
def truth(n):
    l = [i for i in range(n)]
    d = {i: i for i in range(n)}
    return bool(l), 1 if d else 0


def test_runtime_errors_and_truth():
    with pytest.raises(IndexError, match="pop from empty list"):
        pop_empty()
    with pytest.raises(IndexError, match="list index out of range"):
        out_of_range(3)
    assert out_of_range(-3) == 1
    check(truth, 0)
    check(truth, 2)


def _untyped():
    l = []
    return len(l) + 1


def _mixed():
    l = [1, 2]
    l.append(2.5)
    return l


def test_typing_errors_name_the_types():
    with pytest.raises(TypingError, match="cannot infer the item type of `l`"):
        penna.jit(_untyped)()
    with pytest.raises(TypingError, match="list\\(int64\\).*float64|int64.*cannot hold a float64"):
        penna.jit(_mixed)()


@penna.jit
def churn(n):
    total = 0
    for i in range(n):
        l = [j for j in range(i % 5)]
        d = {j: [j] for j in l}
        s = {j for j in l}
        blocks = [np.zeros(2) for _ in range(2)]
        total += len(l) + len(d) + len(s) + len(blocks)
    return total


@penna.jit
def raises_with_containers(n):
    l = [np.ones(3) for _ in range(n)]
    d = {1: l}
    return d[2]


def test_no_leaks_on_any_path():
    from penna.runtime import live_allocations

    churn(3)
    before = live_allocations()
    assert churn(50) == churn.py_func(50)
    assert live_allocations() == before
    with pytest.raises(KeyError):
        raises_with_containers(3)
    assert live_allocations() == before
    r = append_loop(10)
    del r
    assert live_allocations() == before


def _kernel_with_list(out):
    l = [1.0, 2.0]
    out[0] = l[0]


def test_containers_are_refused_in_gpu_kernels():
    from penna import cuda
    from penna.errors import UnsupportedError

    kernel = cuda.jit(target="cpu")(_kernel_with_list)
    with pytest.raises(UnsupportedError, match="cannot be used in GPU code"):
        kernel[1, 1](np.zeros(1))


@penna.jit
def grow_array_list(l):
    l.append(l[0] * 2.0)
    return len(l)


def test_reflected_list_of_arrays():
    l = [np.ones(2), np.zeros(2)]
    assert grow_array_list(l) == 3
    assert [x.tolist() for x in l] == [[1.0, 1.0], [0.0, 0.0], [2.0, 2.0]]


@penna.jit
def scan_while_in(i, a):
    n = len(a)
    count = 0
    while i < n and a[i] in (1, 2.5):
        i += 1
        count += 1
    return count, 3 in (1, 2, 3), 4 not in (4,)


def test_in_a_tuple_short_circuits_like_python():
    # `a[i]` must not be read once `i < n` is false (no IndexError).
    check(scan_while_in, 0, np.array([1.0, 2.5, 1.0]))
    check(scan_while_in, 0, np.array([1.0, 7.0]))


@penna.jit
def grid_keys(n):
    d = {}
    for i in range(n):
        d[i, i + 1] = i * 1.5
    return d[1, 2], (2, 3) in d, d


@penna.jit
def list_in_tuple(t):
    l, k = t
    l.append(k)
    return len(l)


def test_tuple_keys_without_parentheses_and_lists_inside_tuples():
    check(grid_keys, 4)
    l = [1, 2]
    assert list_in_tuple((l, 3)) == 3 and l == [1, 2, 3]


def _sort_positional():
    l = [3, 1]
    l.sort(True)
    return l


def _pop_keyword():
    l = [3, 1]
    return l.pop(index=0)


def _min_of_pairs():
    return min([(1, 2), (0, 5)])


def _unhashable_set():
    s = set()
    s.add(np.zeros(2))
    return len(s)


@pytest.mark.parametrize(
    "fn, pattern",
    [
        (_sort_positional, "needs an array, got list\\(int64\\)"),
        (_pop_keyword, "takes no keyword arguments"),
        (_min_of_pairs, "list of real numbers"),
        (_unhashable_set, "unhashable"),
    ],
)
def test_misuse_is_a_compile_error(fn, pattern):
    from penna.errors import CompileError

    with pytest.raises(CompileError, match=pattern):
        penna.jit(fn)()


@penna.jit
def group_by_key(keys):
    groups = {}
    for i in range(len(keys)):
        k = keys[i]
        if k not in groups:
            groups[k] = []
        groups[k].append(i)
    return groups


@penna.jit
def adjacency_lists(edges, n):
    adj = [[] for _ in range(n)]
    for k in range(edges.shape[0]):
        adj[edges[k, 0]].append(edges[k, 1])
        adj[edges[k, 1]].append(edges[k, 0])
    return adj


@penna.jit
def counting(a):
    counts = {}
    for v in a:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
    keys = sorted(counts.keys())
    return keys, [counts[k] for k in keys]


def test_library_idioms_with_empty_inner_containers():
    check(group_by_key, np.array([3, 1, 3, 2, 1]))
    check(adjacency_lists, np.array([[0, 1], [1, 2], [3, 0]]), 5)
    keys, counts = counting(np.array([3, 1, 3, 2, 1, 3]))
    assert (keys, counts) == ([1, 2, 3], [2, 1, 3])


@penna.jit
def sorts(a):
    l = list(a)
    up = sorted(l)
    down = sorted(l, reverse=True)
    l.sort(reverse=True)
    return up, down, l


@pytest.mark.parametrize("dtype", [np.int8, np.uint16, np.int32, np.int64, np.uint64, np.float32, np.float64, np.bool_])
def test_sorts_of_numbers_keep_pythons_order(dtype):
    rng = np.random.default_rng(7)
    a = (rng.integers(-5, 5, 40)).astype(dtype)
    got = sorts(a)
    want = sorts.py_func(a)
    for g, w in zip(got, want):
        assert [float(x) for x in g] == [float(x) for x in w]
    # Equal floats keep their order (Python's sort is stable): -0.0 and 0.0.
    z = np.array([0.0, -0.0, 1.0, -0.0, 0.0])
    for g, w in zip(sorts(z), sorts.py_func(z)):
        assert [math.copysign(1, x) for x in g] == [math.copysign(1, x) for x in w]


@penna.jit
def dict_churn(keys, ops):
    # Inserts, overwrites, deletes and re-inserts, then the survivors in order.
    d = {}
    s = set()
    for i in range(keys.shape[0]):
        k = keys[i]
        if ops[i] == 0:
            d[k] = i
            s.add(k)
        elif ops[i] == 1:
            d.pop(k, -1)
            s.discard(k)
        else:
            d[k] = d.get(k, 0) + 1
    return [(k, d[k]) for k in d], sorted(s), len(d), len(s)


@pytest.mark.parametrize("kind", ["small", "powers", "negative", "float"])
def test_dict_and_set_index_under_churn(kind):
    # Keys that collide in their low bits stress the open-addressing index.
    rng = np.random.default_rng(7)
    n = 3000
    if kind == "small":
        keys = rng.integers(0, 50, n)
    elif kind == "powers":
        keys = (rng.integers(0, 64, n) << 20) * 3
    elif kind == "negative":
        keys = rng.integers(-(2**62), 2**62, n) // 1000 * 1000 - 2**40
        keys[::3] = keys[1::3]  # repeats, so that some keys are found again
    else:
        keys = rng.integers(-40, 40, n) * 0.25
    ops = rng.integers(0, 3, n)
    check(dict_churn, keys, ops)
