"""@vectorize and @guvectorize: compiled kernels as NumPy ufuncs. Every result
is compared with the same kernel run by Python (through ``np.vectorize`` or a
loop) or with the NumPy expression it implements."""

import math

import numpy as np
import pytest

import penna
from penna import errors

DTYPES = [np.float64, np.float32, np.int64, np.int32, np.uint8]
SHAPES = [(0,), (1,), (7,), (3, 5), (2, 3, 4)]


def scaled_diff(a, b):
    # Integer-typed on every dtype (Numba's scalar rules type uint8 - uint8 as
    # uint64, and uint64 with int64 as float64).
    return a * 2 - b * 3 + 1


def ratio(a, b):
    return a / b


def floor_div(a, b):
    return a // b


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5


def py_reference(fn, *args, dtype=None):
    return np.vectorize(fn, otypes=[dtype] if dtype else None)(*args)


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.random(shape) * 20).astype(dtype)


EAGER_SIGS = ["float64(float64, float64)", "float32(float32, float32)", "int64(int64, int64)",
              "int32(int32, int32)", "uint8(uint8, uint8)"]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_eager_vectorize_matches_python(dtype, shape):
    f = penna.vectorize(EAGER_SIGS)(scaled_diff)
    a, b = sample(shape, dtype, 1), sample(shape, dtype, 2)
    got = f(a, b)
    assert isinstance(f.ufunc, np.ufunc)
    assert got.dtype == dtype and got.shape == shape
    # float32 kernels compute `a * 2` in float64 (Numba's scalar rules).
    np.testing.assert_allclose(got, scaled_diff(a, b), rtol=1e-6)


@pytest.mark.parametrize("dtype", DTYPES)
def test_lazy_vectorize_compiles_per_dtype(dtype):
    f = penna.vectorize(scaled_diff)
    a, b = sample((4, 6), dtype, 3), sample((4, 6), dtype, 4)
    got = f(a, b)
    np.testing.assert_allclose(got, py_reference(scaled_diff, a, b, dtype=got.dtype), rtol=1e-6)
    assert f.ntypes == 1
    f(a.astype(np.float64), b.astype(np.float64))
    assert f.ntypes == (1 if dtype == np.float64 else 2)


def test_broadcasting_scalars_and_noncontiguous_inputs():
    f = penna.vectorize(["float64(float64, float64)"])(scaled_diff)
    m = sample((6, 8), np.float64)
    np.testing.assert_allclose(f(m, m[0]), scaled_diff(m, m[0]))
    np.testing.assert_allclose(f(m[:, :1], m[0]), scaled_diff(m[:, :1], m[0]))
    np.testing.assert_allclose(f(m.T, 2.5), scaled_diff(m.T, 2.5))
    np.testing.assert_allclose(f(m[::2, ::-3], m[1::2, ::3]), scaled_diff(m[::2, ::-3], m[1::2, ::3]))
    assert f(3.0, 1.0) == scaled_diff(3.0, 1.0)


def test_out_where_and_mixed_dtypes_cast_like_numpy():
    f = penna.vectorize(["float64(float64, float64)"])(scaled_diff)
    a, b = sample(10, np.float64, 5), sample(10, np.float64, 6)
    out = np.full(10, -1.0)
    assert f(a, b, out=out) is out
    np.testing.assert_allclose(out, scaled_diff(a, b))
    out2 = np.zeros(10)
    f(a, b, out=out2, where=a > b)
    np.testing.assert_allclose(out2, np.where(a > b, scaled_diff(a, b), 0.0))
    # int32 inputs cast safely to the float64 loop, as for NumPy's own ufuncs.
    ints = np.arange(10, dtype=np.int32)
    np.testing.assert_allclose(f(ints, ints), scaled_diff(ints, ints).astype(np.float64))


def test_first_matching_signature_wins():
    f = penna.vectorize(["float32(float32, float32)", "float64(float64, float64)"])(ratio)
    assert f.types == ["ff->f", "dd->d"]
    assert f(np.ones(3, np.float32), np.ones(3, np.float32)).dtype == np.float32
    assert f(np.ones(3), np.ones(3)).dtype == np.float64
    with pytest.raises(TypeError):
        f(np.ones(3, np.complex128), np.ones(3))


def test_declared_output_type_converts_the_result():
    f = penna.vectorize(["float32(int64, int64)"])(ratio)
    got = f(np.arange(1, 6), np.full(5, 4))
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, np.arange(1, 6) / 4, rtol=1e-6)


@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.int32])
def test_reduce_accumulate_outer_at(dtype):
    add = penna.vectorize(["int64(int64, int64)", "int32(int32, int32)", "float64(float64, float64)"],
                          identity=0)(lambda_free_add)
    a = sample((4, 5), dtype, 7)
    # NumPy's own add sums floats pairwise, a user ufunc in order.
    same = np.testing.assert_allclose if dtype == np.float64 else np.testing.assert_array_equal
    same(add.reduce(a.ravel()), np.add.reduce(a.ravel()))
    same(add.reduce(a, axis=0), np.add.reduce(a, axis=0))
    same(add.reduce(a, axis=1), np.add.reduce(a, axis=1))
    same(add.accumulate(a.ravel()), np.add.accumulate(a.ravel()))
    same(add.outer(a[0], a[1]), np.add.outer(a[0], a[1]))
    assert add.reduce(np.empty(0, dtype)) == 0  # the identity
    target = np.zeros(5, dtype)
    add.at(target, [0, 1, 1, 4], np.ones(4, dtype))
    np.testing.assert_array_equal(target, np.array([1, 2, 0, 0, 1], dtype))


def lambda_free_add(a, b):
    return a + b


def test_lazy_reduce_compiles_its_loop():
    add = penna.vectorize(identity=0)(lambda_free_add)
    a = np.arange(12.0).reshape(3, 4)
    np.testing.assert_allclose(add.reduce(a, axis=1), a.sum(axis=1))
    np.testing.assert_allclose(add.accumulate(a[0]), np.cumsum(a[0]))
    # Each method compiles the (T, T) loop of a dtype it meets first.
    ints = np.arange(7, dtype=np.int64)
    np.testing.assert_array_equal(add.reduceat(ints, [0, 3, 5]), np.add.reduceat(ints, [0, 3, 5]))
    floats = np.arange(5, dtype=np.float32)
    np.testing.assert_array_equal(add.accumulate(floats), np.add.accumulate(floats))


@pytest.mark.filterwarnings("ignore:divide by zero", "ignore:invalid value")
def test_division_follows_numpy_like_numba():
    # NumPy warns about the infinities, as for Numba's ufuncs.
    fdiv = penna.vectorize(["float64(float64, float64)"])(ratio)
    with np.errstate(divide="ignore", invalid="ignore"):
        want = np.array([1.0, 0.0, -1.0]) / np.zeros(3)
    np.testing.assert_array_equal(fdiv(np.array([1.0, 0.0, -1.0]), np.zeros(3)), want)
    idiv = penna.vectorize(["int64(int64, int64)", "float64(float64, float64)"])(floor_div)
    np.testing.assert_array_equal(idiv(np.array([7, -7, 5]), np.array([2, 2, 0])), [3, -4, 0])
    got = idiv(np.array([7.0, -7.0, 1.0]), np.array([2.0, 2.0, 0.0]))
    np.testing.assert_array_equal(got, [3.0, -4.0, np.inf])


def test_branching_kernel_with_three_inputs():
    f = penna.vectorize(clamp)
    x = np.linspace(-3, 3, 25)
    np.testing.assert_allclose(f(x, -1.0, 2.0), np.clip(x, -1.0, 2.0))
    xi = np.arange(-5, 6)
    np.testing.assert_array_equal(f(xi, -2, 3), np.clip(xi, -2, 3))


def test_kernel_exception_is_raised_after_the_loop():
    f = penna.vectorize(["float64(float64)"])(checked_sqrt)
    np.testing.assert_allclose(f(np.array([4.0, 9.0])), [2.0, 3.0])
    with pytest.raises(ValueError, match="negative input"):
        f(np.array([4.0, -1.0, 9.0]))
    # The error does not linger: the next call succeeds.
    np.testing.assert_allclose(f(np.array([16.0])), [4.0])


def test_vectorize_errors_are_clear():
    with pytest.raises(errors.TypingError, match="@guvectorize"):
        penna.vectorize(["float64(float64[:])"])(checked_sqrt)
    with pytest.raises(TypeError, match="has 2 arguments"):
        penna.vectorize(["float64(float64, float64)"])(checked_sqrt)
    with pytest.raises(errors.UnsupportedError, match="target='cpu'"):
        penna.vectorize(["float64(float64)"], target="cuda")(checked_sqrt)
    with pytest.raises(TypeError, match="unknown option"):
        penna.vectorize(["float64(float64)"], bogus=1)(checked_sqrt)
    lazy = penna.vectorize(checked_sqrt)
    with pytest.raises(errors.TypingError, match="cannot run on"):
        lazy(np.array(["a", "b"]))


# --- guvectorize ------------------------------------------------------------


def axpy_rows(x, a, out):
    for i in range(x.shape[0]):
        out[i] = a * x[i] + 1


def matvec(m, v, out):
    for i in range(m.shape[0]):
        s = 0
        for j in range(m.shape[1]):
            s += m[i, j] * v[j]
        out[i] = s


def row_sum(x, out):
    s = 0
    for v in x:
        s += v
    out[0] = s


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
def test_guvectorize_scalar_core_operand(dtype):
    name = np.dtype(dtype).name
    f = penna.guvectorize([f"void({name}[:], {name}, {name}[:])"], "(n),()->(n)")(axpy_rows)
    x = sample((3, 4), dtype)
    got = f(x, dtype(2))
    assert got.dtype == dtype
    np.testing.assert_allclose(got, 2 * x + 1)
    # Broadcast the scalar operand per row; non-contiguous rows.
    got = f(x[:, ::-2], np.array([1, 2, 3], dtype))
    np.testing.assert_allclose(got, np.array([1, 2, 3], dtype)[:, None] * x[:, ::-2] + 1)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int32])
def test_guvectorize_matrix_vector(dtype):
    name = np.dtype(dtype).name
    f = penna.guvectorize([f"void({name}[:, :], {name}[:], {name}[:])"], "(m,n),(n)->(m)")(matvec)
    m, v = sample((5, 3, 4), dtype, 1), sample(4, dtype, 2)
    got = f(m, v)
    np.testing.assert_allclose(got, (m @ v).astype(dtype), rtol=1e-5)
    np.testing.assert_allclose(f(m.transpose(0, 2, 1), v[:3]), (m.transpose(0, 2, 1) @ v[:3]).astype(dtype),
                               rtol=1e-5)
    with pytest.raises(ValueError):
        f(m, v[:3])  # core dimension mismatch, reported by NumPy


def test_guvectorize_reduction_to_scalar_output_and_empty_loops():
    f = penna.guvectorize(["void(float64[:], float64[:])"], "(n)->()")(row_sum)
    x = sample((4, 6), np.float64)
    np.testing.assert_allclose(f(x), x.sum(axis=1))
    np.testing.assert_allclose(f(x[:, 1::2]), x[:, 1::2].sum(axis=1))
    assert f(np.empty((0, 3))).shape == (0,)
    np.testing.assert_allclose(f(np.empty((2, 0))), [0.0, 0.0])
    out = np.empty(4)
    f(x, out=out)
    np.testing.assert_allclose(out, x.sum(axis=1))


def test_lazy_guvectorize_takes_outputs():
    f = penna.guvectorize("(m,n),(n)->(m)")(matvec)
    m, v = sample((2, 3, 4), np.float64), sample(4, np.float64)
    out = np.empty((2, 3))
    f(m, v, out)
    np.testing.assert_allclose(out, m @ v)
    iout = np.empty((2, 3), np.int64)
    f(m.astype(np.int64), v.astype(np.int64), iout)
    np.testing.assert_array_equal(iout, m.astype(np.int64) @ v.astype(np.int64))
    with pytest.raises(TypeError, match="output array"):
        f(m, v)


def test_guvectorize_errors_are_clear():
    with pytest.raises(TypeError, match="gufunc outputs are arrays"):
        penna.guvectorize(["void(float64[:], float64)"], "(n)->()")(row_sum)
    with pytest.raises(TypeError, match="operands"):
        penna.guvectorize(["void(float64[:], float64[:])"], "(n),(n)->()")(row_sum)
    with pytest.raises(ValueError, match="layout"):
        penna.guvectorize(["void(float64[:], float64[:])"], "n,(n)->()")(row_sum)


@penna.vectorize(["float64(float64, float64)", "float32(float32, float32)"], target="parallel")
def parallel_hypot(x, y):
    return math.sqrt(x * x + y * y)


@penna.vectorize(target="parallel")
def parallel_lazy(x):
    return x * 3 - 1


@penna.vectorize(["float64(float64)"], target="parallel")
def parallel_checked(x):
    if x < 0:
        raise ValueError("negative input")
    return math.sqrt(x)


@penna.guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()", target="parallel")
def parallel_dot(x, y, out):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] * y[i]
    out[0] = s


@pytest.mark.parametrize("n", [0, 7, 4095, 4096, 100_003])
def test_parallel_target_matches_serial(n):
    rng = np.random.default_rng(n)
    x, y = rng.random(n), rng.random(n)
    assert np.array_equal(parallel_hypot(x, y), np.sqrt(x * x + y * y))
    xs, ys = x[::2], y[::-2]
    assert np.array_equal(parallel_hypot(xs, ys), np.sqrt(xs * xs + ys * ys))
    assert parallel_hypot(x.astype(np.float32), y.astype(np.float32)).dtype == np.float32
    ints = np.arange(n)
    assert np.array_equal(parallel_lazy(ints), ints * 3 - 1)
    out = np.empty(n)
    parallel_hypot(x, y, out=out)
    assert np.array_equal(out, np.sqrt(x * x + y * y))
    m = rng.random((n, 5))
    assert np.allclose(parallel_dot(m, m[::-1]), (m * m[::-1]).sum(axis=1))


@penna.vectorize(["float64(float64, float64)", "int64(int64, int64)"], target="parallel")
def parallel_combine(a, b):
    return 0.5 * a + b


@pytest.mark.parametrize("n", [10, 4096, 100_003])
def test_parallel_target_reductions_run_in_order(n):
    # reduce, accumulate and reduceat hand the loop operands that alias
    # (an output with step 0, or the previous output as an input): chunks
    # on several threads would race or break the chain.
    x = np.random.default_rng(n).random(n)
    ref = np.frompyfunc(lambda a, b: 0.5 * a + b, 2, 1)
    want = ref.accumulate(x.astype(object)).astype(np.float64)
    assert np.allclose(parallel_combine.accumulate(x), want, rtol=1e-12)
    assert np.isclose(parallel_combine.reduce(x), want[-1], rtol=1e-12)
    m = np.arange(3 * n, dtype=np.int64).reshape(3, n)
    truncated = np.frompyfunc(lambda a, b: int(0.5 * a + b), 2, 1)  # int64(int64, int64) truncates
    assert np.array_equal(parallel_combine.accumulate(m, axis=1)[:, -1],
                          [truncated.reduce(list(row)) for row in m])
    starts = np.array([0, n // 3, n // 2])
    assert np.allclose(parallel_combine.reduceat(x, starts),
                       [ref.reduce(list(x[a:b])) for a, b in zip(starts, list(starts[1:]) + [n])], rtol=1e-12)
    # An in-place call (output = first input, element for element) still runs in chunks.
    y = x.copy()
    parallel_combine(y, x, out=y)
    assert np.allclose(y, 1.5 * x, rtol=1e-15)


def test_parallel_target_raises_the_kernels_error():
    x = np.ones(50_000)
    x[33_333] = -1.0
    with pytest.raises(ValueError, match="negative input"):
        parallel_checked(x)
    assert np.array_equal(parallel_checked(np.full(10_000, 4.0)), np.full(10_000, 2.0))


def test_lazy_reduce_of_one_array_raises_what_its_kernel_raises():
    # `u.reduce(a)` alone takes a vectorcall of its own: the same results and
    # the same exceptions as with arguments.
    @penna.vectorize
    def checked_sub(x, y):
        if y < 0:
            raise ValueError("negative operand")
        return x - y

    a = np.array([100, 7, 2], dtype=np.int64)
    assert checked_sub.reduce(a) == np.subtract.reduce(a)
    assert checked_sub.reduce(a, axis=0) == np.subtract.reduce(a)
    bad = np.array([5, 1, -1], dtype=np.int64)
    with pytest.raises(ValueError, match="negative operand"):
        checked_sub.reduce(bad)
    with pytest.raises(ValueError, match="negative operand"):
        checked_sub.reduce(bad, axis=0)
    assert checked_sub.reduce(a) == 91


def lazy_sub(x, y):
    return x - y


@pytest.mark.filterwarnings("ignore:overflow encountered")  # float16 sums past 65504, on both paths
@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.float16, np.complex128, np.complex64,
                                   np.int64, np.int8, np.bool_])
def test_lazy_reduce_of_a_vector_equals_numpys_reduction(dtype):
    # `u.reduce(a)` of a 1-D array calls the ufunc's loop once itself;
    # `keepdims=True` takes NumPy's reduction of the same ufunc.
    add = penna.vectorize(lambda_free_add)
    sub = penna.vectorize(lazy_sub)
    for n in (1, 2, 3, 17, 1000):
        a = (np.arange(n) * 1.37 - 3).astype(dtype) if dtype != np.bool_ else np.arange(n) % 3 == 0
        for v in (a, a[::3], a[::-1], a.astype(a.dtype.newbyteorder())):
            for u in (add, sub) if dtype != np.bool_ else (add,):
                try:
                    want = u.reduce(v, keepdims=True)[0]
                except TypeError:  # (T, T) -> wider: NumPy has no reduction (int8 + int8 is int64)
                    with pytest.raises(TypeError):
                        u.reduce(v)
                    continue
                got = u.reduce(v)
                assert type(got) is type(want), (u.__name__, v.dtype, n)
                assert np.array_equal(got, want, equal_nan=True) or (np.isnan(got) and np.isnan(want)), \
                    (u.__name__, v.dtype, n, got, want)


def test_lazy_reduce_of_a_vector_reports_floating_point_errors_as_numpy():
    add = penna.vectorize(lambda_free_add)
    big = np.array([1e308, 1e308, 1.0])
    with pytest.warns(RuntimeWarning, match="overflow"):
        assert add.reduce(big) == np.inf
    with np.errstate(over="raise"), pytest.raises(FloatingPointError):
        add.reduce(big)
    with np.errstate(over="ignore"):
        assert add.reduce(big) == np.inf


def test_lazy_reduce_takes_numpys_parameters_by_position_and_name():
    add = penna.vectorize(identity=0)(lambda_free_add)
    m = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(add.reduce(m), np.add.reduce(m))
    np.testing.assert_array_equal(add.reduce(m, 1), np.add.reduce(m, 1))
    # axis=None (all axes) is not axis left out (the first).
    assert add.reduce(m, axis=None) == np.add.reduce(m, axis=None)
    np.testing.assert_array_equal(add.reduce(m, axis=0, keepdims=True), np.add.reduce(m, axis=0, keepdims=True))
    assert add.reduce(m, axis=None, initial=100.0) == np.add.reduce(m, axis=None, initial=100.0)
    where = m > 3
    np.testing.assert_array_equal(add.reduce(m, axis=1, where=where, initial=0.0),
                                  np.add.reduce(m, axis=1, where=where, initial=0.0))
    out = np.empty(4)
    assert add.reduce(m, 0, None, out) is out
    np.testing.assert_array_equal(out, np.add.reduce(m, 0))
    with pytest.raises(TypeError):
        add.reduce(m, colour="red")


def test_lazy_reduce_fast_path_matches_numpy_and_keeps_a_signature():
    import inspect

    @penna.vectorize
    def plus(x, y):
        return x + y

    # `u.reduce(a)` alone takes the direct path; every other form goes to
    # the method with NumPy's parameters. Both must agree with np.add.
    for a in (np.arange(7.0), np.arange(12, dtype=np.int64).reshape(3, 4), np.arange(5, dtype=np.float32)):
        assert np.array_equal(plus.reduce(a), np.add.reduce(a))
        assert np.array_equal(plus.reduce(a, 0), np.add.reduce(a, 0))
        assert np.array_equal(plus.reduce(a, initial=3), np.add.reduce(a, initial=3))
    assert plus.reduce(np.arange(4.0)).dtype == np.float64
    with pytest.raises(TypeError):
        plus.reduce()
    with pytest.raises(TypeError):
        plus.reduce(np.arange(3.0), bogus=1)
    params = list(inspect.signature(plus.reduce).parameters)
    assert params == ["array", "axis", "dtype", "out", "keepdims", "initial", "where"]
