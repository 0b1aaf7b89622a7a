"""Regressions for wrong results found by differential testing (issue 17).

Each test compares penna with CPython or NumPy on the input that once gave a
wrong answer, and widens it to the neighbouring cases.
"""

import math
import textwrap

import numpy as np
import pytest

import penna
from penna import cuda
from penna.errors import TypingError, UnsupportedError


def outcome(f, *args):
    """A call's value, or its exception class and message."""
    try:
        return ("value", f(*args))
    except Exception as e:  # noqa: BLE001 - compared, not swallowed
        return ("raised", type(e), str(e))


def assert_same_outcome(jitted, *args):
    want, got = outcome(jitted.py_func, *args), outcome(jitted, *args)
    if want[0] == "value" and got[0] == "value":
        w, g = want[1], got[1]
        if isinstance(w, float) and math.isnan(w):
            assert isinstance(g, float) and math.isnan(g), (args, g)
        else:
            assert g == w and type(g) is type(w), (args, g, w)
    else:
        assert got[:2] == want[:2], (args, got, want)


# 1. 0.0 ** negative raises ZeroDivisionError, as CPython.
@penna.jit
def power(x, y):
    return x ** y


@pytest.mark.parametrize("x,y", [(0.0, -1.0), (0, -1.0), (0.0, -2), (-0.0, -0.5), (0.0, -math.inf),
                                 (0.0, 0.0), (0.0, 2.0), (2.0, -1.0), (-0.0, 3.0)])
def test_zero_to_a_negative_power(x, y):
    assert_same_outcome(power, x, y)


def test_zero_to_a_negative_power_message():
    with pytest.raises(ZeroDivisionError, match="0.0 cannot be raised to a negative power"):
        power(0.0, -1.0)


def test_zero_to_a_negative_power_in_array_expressions_is_inf():
    @penna.jit
    def arr(a, b):
        return a ** b

    a, b = np.array([0.0, 2.0]), np.array([-1.0, -1.0])
    with np.errstate(divide="ignore"):
        np.testing.assert_array_equal(arr(a, b), a ** b)


# 3. range / prange trip counts wider than int64.
@penna.jit
def count_range(start, stop, step):
    n = 0
    last = 0
    for i in range(start, stop, step):
        n += 1
        last = i
    return n, last


@penna.jit(parallel=True)
def count_prange(start, stop, step):
    n = 0
    for i in penna.prange(start, stop, step):
        n += 1
    return n


WIDE = [(-1, 2**63 - 1, 2**62), (1, -2**63, 2**62), (-2**63, 2**63 - 1, 2**62), (2**63 - 1, -2**63, -2**62),
        (-2**63, 2**63 - 1, 2**63 - 1), (2**63 - 1, -2**63, -2**63), (5, 5, 3), (0, 10, 3), (10, 0, -3),
        (0, 10, -1), (-2**63, -2**63 + 5, 2)]


@pytest.mark.parametrize("start,stop,step", WIDE)
def test_range_trip_counts_are_exact(start, stop, step):
    r = range(start, stop, step)
    assert count_range(start, stop, step) == (len(r), r[-1] if len(r) else 0)
    assert count_prange(start, stop, step) == len(r)


def test_range_with_a_negative_span_and_unit_step_runs_zero_times():
    assert count_range(1, -2**63, 1) == (0, 0)


# 4. np.dot / @ of booleans is a logical or of ands.
@penna.jit
def dot(a, b):
    return np.dot(a, b)


@penna.jit
def matmul(a, b):
    return a @ b


@pytest.mark.parametrize("f", [dot, matmul])
def test_boolean_dot(f):
    rng = np.random.default_rng(4)
    T, F = True, False
    assert f(np.array([T, T, F]), np.array([T, T, T])) == np.dot([T, T, F], [T, T, T])
    for shape_a, shape_b in [((5,), (5,)), ((3, 4), (4,)), ((4,), (4, 2)), ((3, 4), (4, 2))]:
        a, b = rng.random(shape_a) < 0.5, rng.random(shape_b) < 0.5
        got, want = f(a, b), np.dot(a, b)
        assert np.asarray(got).dtype == want.dtype
        np.testing.assert_array_equal(got, want)


def test_float16_dot_accumulates_in_float32():
    rng = np.random.default_rng(13)
    a = rng.random(1000).astype(np.float16)
    b = rng.random(1000).astype(np.float16)
    assert dot(a, b) == np.dot(a, b)
    m, v = rng.random((7, 300)).astype(np.float16), rng.random((300, 5)).astype(np.float16)
    np.testing.assert_array_equal(dot(m, v), np.dot(m, v))


# 5. Unsigned exponents are never negative.
def test_unsigned_power():
    assert power(np.uint64(3), np.uint64(2**63)) == np.uint64(3) ** np.uint64(2**63)
    # Scalars widen to 64 bits, as in Numba.
    assert power(np.uint32(3), np.uint32(2**31 + 1)) == int(np.uint64(3) ** np.uint64(2**31 + 1))

    @penna.jit
    def arr(a, b):
        return a ** b

    a = np.array([3, 2, 7], dtype=np.uint64)
    b = np.array([2**63, 3, 2**64 - 1], dtype=np.uint64)
    np.testing.assert_array_equal(arr(a, b), a ** b)


# 7. async def is unsupported.
def test_async_def_is_unsupported():
    async def f(x):
        return x

    with pytest.raises(UnsupportedError, match="async def"):
        penna.jit(f)(1)


# 10. The declared return type of an eager signature converts the result.
def test_declared_return_type_converts():
    @penna.jit("int32(int64)")
    def to_i32(x):
        return x

    @penna.jit("float32(float64)")
    def to_f32(x):
        return x

    @penna.jit("uint8(int64)")
    def to_u8(x):
        return x + 1

    @penna.jit("float64(int64)")
    def to_f64(x):
        return x // 2

    assert to_i32(3_000_000_000) == int(np.int64(3_000_000_000).astype(np.int32)) == -1294967296
    assert to_f32(0.1) == float(np.float32(0.1))
    assert to_u8(255) == 0
    assert to_f64(7) == 3.0 and type(to_f64(7)) is float


# 11. ~ of a boolean is logical not.
def test_invert_of_a_boolean():
    @penna.jit
    def inv(a):
        return ~(a[0] > 0), ~np.bool_(a[0]), ~a[1]

    for v in [1, -1, 0]:
        a = np.array([v, 3])
        assert inv(a) == (not (v > 0), not bool(v), -4)


# 12. Narrow integer indices in every indexing form.
INT_DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]


@pytest.mark.parametrize("dt", INT_DTYPES)
def test_narrow_integer_indices(dt):
    @penna.jit
    def row(a, j):
        return a[j][0, 0]

    @penna.jit
    def forms(a, j):
        v = a[j]
        s = a[j, 1:]
        e = a[j, 1, 0]
        a[j, 0, 1] = -1.0
        a[j][2] = 7.0
        return v.sum(), s.sum(), e

    a = np.arange(24.0).reshape(4, 3, 2)
    j = dt(2)
    assert row(a, j) == a[2][0, 0]
    b, c = a.copy(), a.copy()
    assert forms(b, j) == forms.py_func(c, j)
    np.testing.assert_array_equal(b, c)
    if np.dtype(dt).kind == "i":
        assert row(a, dt(-1)) == a[-1][0, 0]


# 14. Long chains of calls infer to a fixpoint.
def test_a_long_chain_of_calls_infers():
    namespace = {"penna": penna}
    n = 80
    src = ["@penna.jit\ndef f0(x):\n    return x + 1\n"]
    for k in range(1, n):
        src.append(f"@penna.jit\ndef f{k}(x):\n    return f{k - 1}(x) * 2 - 1\n")
    code = "\n".join(src)
    exec(compile(code, "<chain>", "exec"), namespace)
    f = namespace[f"f{n - 1}"]
    # Sources of functions made by exec come from linecache.
    import linecache

    linecache.cache["<chain>"] = (len(code), None, code.splitlines(True), "<chain>")
    assert f(3) == f.py_func(3)


# 15. *args is a tuple of the extra arguments; **kwargs gets a clear error,
# not an arity message.
def test_star_args_is_a_tuple_and_kwargs_is_unsupported():
    @penna.jit
    def f(*args):
        return args[0], len(args)

    assert f(1, 2) == (1, 2)

    @penna.jit
    def g(**kwargs):
        return 0

    with pytest.raises(UnsupportedError, match=r"\*\*kwargs"):
        g(a=1)


# 17. A module edited on disk after import compiles the code Python runs.
def test_source_edited_after_import_is_not_compiled(tmp_path, monkeypatch):
    mod = tmp_path / "edited_module.py"
    mod.write_text("import penna\n\n@penna.jit\ndef f(x):\n    return x + 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    m = importlib.import_module("edited_module")
    mod.write_text("import penna\n\n@penna.jit\ndef f(x):\n    return x * 100\n")
    assert m.f(2) == m.f.py_func(2) == 3


# 18. Numba's type constructors in eager signatures.
def test_array_type_with_readonly_and_tuple_of_types():
    from penna import types as t

    assert str(t.Array(t.float64, 1, "A", readonly=True)) == "readonly float64[:]"
    assert str(t.Array(t.float32, 2, "C")) == "float32[:, ::1]"
    assert str(t.Array(t.int64, 3, "F")) == "int64[::1, :, :]"
    assert t.Tuple((t.int64, t.float64)) == t.Tuple(t.int64, t.float64)

    @penna.jit(t.float64(t.Array(t.float64, 1, "A", readonly=True), t.Tuple((t.int64, t.float64))))
    def f(a, pair):
        return a[0] + pair[0] + pair[1]

    frozen = np.ones(3)
    frozen.flags.writeable = False
    assert f(frozen, (1, 2.5)) == 4.5
    assert f(np.ones(3), (1, 2.5)) == 4.5
    with pytest.raises(ValueError):
        t.Array(t.float64, 1, "X")


# 19. A gufunc layout without outputs writes in place.
def test_gufunc_layout_without_outputs():
    @penna.guvectorize(["void(float64[:], float64[:])"], "(n),(n)")
    def double_into(a, b):
        for i in range(a.shape[0]):
            b[i] = 2 * a[i]

    @penna.guvectorize("(n),(n)")
    def double_lazy(a, b):
        for i in range(a.shape[0]):
            b[i] = 2 * a[i]

    a = np.arange(3.0)
    for g in (double_into, double_lazy):
        b = np.zeros((2, 3))
        assert g(a, b) is None
        np.testing.assert_array_equal(b, [2 * a, 2 * a])


# 20. A recursive function defined inside another function.
def test_recursive_closure():
    def lazy(n):
        @penna.jit
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        return fib(n)

    def eager(n):
        @penna.jit("int64(int64)")
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        return fib(n)

    assert lazy(15) == eager(15) == 610


# 16. Tuples of different number types iterate and index at run time.
def test_heterogeneous_numeric_tuples():
    @penna.jit
    def total(a, b):
        s = 0
        for t in (a, np.int32(b)):
            s += t
        return s

    @penna.jit
    def item(a, b, i):
        t = (a, b, 2.5)
        return t[i]

    assert total(5, 7) == total.py_func(5, 7) == 12
    # Items convert to their common type (float64 here), as in Numba.
    assert [item(1, np.int32(3), i) for i in range(-3, 3)] == [1.0, 3.0, 2.5, 1.0, 3.0, 2.5]


# 6. Dynamic shared memory has the launch's size, and boundscheck guards it.
def _dynamic_sizes(out):
    dyn = cuda.shared.array(0, np.float64)
    t = cuda.threadIdx.x
    if t == 0:
        out[0] = dyn.size
        out[1] = dyn.shape[0]
    dyn[t] = t
    cuda.syncthreads()
    out[2 + t] = dyn[(t + 1) % cuda.blockDim.x]


def _dynamic_overrun(out):
    dyn = cuda.shared.array(0, np.float32)
    t = cuda.threadIdx.x
    dyn[t + 4] = 1.0
    out[t] = dyn[t]


def test_dynamic_shared_memory_size_on_the_cpu():
    kernel = cuda.jit(target="cpu", boundscheck=True)(_dynamic_sizes)
    out = np.zeros(2 + 8)
    kernel[1, 8, 0, 8 * 8 + 16](out)
    assert out[0] == out[1] == 10  # 80 bytes of float64
    np.testing.assert_array_equal(out[2:], (np.arange(8) + 1) % 8)
    over = cuda.jit(target="cpu", boundscheck=True)(_dynamic_overrun)
    with pytest.raises(IndexError):
        over[1, 8, 0, 8 * 4](np.zeros(8, dtype=np.float32))


def test_dynamic_shared_memory_size_in_ptx():
    ptx, _ = cuda.compile_ptx(_dynamic_sizes, "void(float64[:])")
    assert "%dynamic_smem_size" in ptx


# 2. Parallel min/max reductions agree with the serial loop (Python's min/max).
def _reductions(schedule):
    @penna.omp(schedule=schedule)
    def later_max(a):
        m = -math.inf
        for i in penna.prange(a.shape[0]):
            m = max(a[i], m)
        return m

    @penna.omp(schedule=schedule)
    def later_min(a):
        m = math.inf
        for i in penna.prange(a.shape[0]):
            m = min(a[i], m)
        return m

    @penna.omp(schedule=schedule)
    def earlier_max(a):
        m = -math.inf
        for i in penna.prange(a.shape[0]):
            m = max(m, a[i])
        return m

    @penna.omp(schedule=schedule)
    def earlier_min(a):
        m = math.inf
        for i in penna.prange(a.shape[0]):
            m = min(m, a[i] * 2.0)
        return m

    return [later_max, later_min, earlier_max, earlier_min]


@pytest.mark.parametrize("schedule", ["static", "static, 3", "dynamic", "dynamic, 2", "guided"])
def test_parallel_min_max_agree_with_serial(schedule):
    rng = np.random.default_rng(2)
    cases = [np.array([np.nan]), np.array([1.0, np.nan, 2.0]), np.array([np.nan, 1.0]), np.array([3.0, np.nan]),
             np.array([np.inf, np.nan, -np.inf]), np.array([])]
    for _ in range(30):
        a = rng.normal(size=rng.integers(1, 200))
        a[rng.random(a.size) < 0.1] = np.nan
        cases.append(a)
    for f in _reductions(schedule):
        for a in cases:
            got, want = f(a), f.py_func(a)
            assert got == want or (math.isnan(got) and math.isnan(want)), (f.py_func.__name__, a, got, want)


# 13. float16 means are NumPy's bit for bit (float32 sums in NumPy's order).
def test_float16_mean_matches_numpy():
    @penna.jit
    def means(a):
        return np.mean(a), a.mean()

    rng = np.random.default_rng(13)
    for n in [1, 5, 9, 100, 129, 1000, 8192, 8193, 20000]:
        a = (rng.random(n) * 10).astype(np.float16)
        for v in (a, a[::2], a.reshape(-1, 1), a[::-1]):
            got = means(v)
            assert got[0] == got[1] == np.mean(v), (n, got, np.mean(v))
            assert type(got[0]) in (float, np.float16)
