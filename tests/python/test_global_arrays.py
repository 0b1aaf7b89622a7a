"""Global NumPy arrays read by compiled code are frozen when the function
compiles (as in Numba): constant data of the module, read-only, in C order.
On the GPU they live in constant memory (``cuda.const.array_like``)."""

import numpy as np
import pytest

import penna
from penna import cuda
from penna.errors import TypingError

from .test_cuda_ptx import assemble

DTYPES = [np.bool_, np.int8, np.uint16, np.int32, np.int64, np.uint64, np.float32, np.float64, np.complex128]
rng = np.random.default_rng(3)

TABLE = np.arange(10, dtype=np.float64) ** 2
GRID = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
STRIDED = np.arange(40, dtype=np.int64).reshape(8, 5)[::2, 1::2]  # frozen as a C-ordered copy
COEFFS = np.array([0.25, 0.5, 0.25], dtype=np.float32)
EMPTY = np.zeros(0)
MUTABLE = np.array([1.0, 2.0, 3.0])


@penna.jit
def lookup(i):
    return TABLE[i]


@penna.jit
def grid_sum():
    s = 0
    for i in range(GRID.shape[0]):
        for j in range(GRID.shape[1]):
            for k in range(GRID.shape[2]):
                s += GRID[i, j, k] * (i + 1)
    return s


@penna.jit
def strided_total():
    return STRIDED.sum() + STRIDED[3, 1] * 1000 + STRIDED.shape[0] * 100 + STRIDED.shape[1] * 10


@penna.jit
def empty_len():
    return len(EMPTY) + EMPTY.size


@penna.jit
def read_mutable():
    return MUTABLE[0] + MUTABLE[2]


def test_global_array_elements_and_shape():
    assert [lookup(i) for i in range(10)] == list(TABLE)
    assert lookup(-1) == TABLE[-1]
    assert grid_sum() == sum(int(GRID[i].sum()) * (i + 1) for i in range(2))
    expect = STRIDED.sum() + STRIDED[3, 1] * 1000 + STRIDED.shape[0] * 100 + STRIDED.shape[1] * 10
    assert strided_total() == expect
    assert empty_len() == 0


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape", [(7,), (3, 5)])
def test_every_dtype_and_shape(dtype, shape):
    values = (rng.random(shape) * 10).astype(dtype)
    if np.dtype(dtype).kind == "c":
        values = values + 1j * values[::-1]

    def total():
        s = values.ravel()[0] * 0
        for v in values.ravel():
            s += v
        return s

    compiled = penna.jit(total)
    assert compiled() == pytest.approx(total()) if np.dtype(dtype).kind in "fc" else compiled() == total()


def test_frozen_at_compile_time():
    assert read_mutable() == 4.0
    MUTABLE[0] = 100.0
    try:
        assert read_mutable() == 4.0  # the compiled copy, as in Numba
    finally:
        MUTABLE[0] = 1.0


def test_global_arrays_are_read_only():
    def store():
        TABLE[0] = 1.0

    with pytest.raises(TypingError, match="read-only"):
        penna.jit(store)()


def test_closure_arrays_are_frozen_too():
    weights = np.array([3, 1, 4, 1, 5], dtype=np.int64)

    @penna.jit
    def dot(x):
        s = 0
        for i in range(weights.shape[0]):
            s += weights[i] * x[i]
        return s

    x = np.arange(5, dtype=np.int64)
    assert dot(x) == int(weights @ x)


def test_numpy_functions_on_frozen_arrays():
    @penna.jit
    def stats():
        return np.sum(TABLE), TABLE.max(), np.mean(COEFFS)

    assert stats() == pytest.approx((TABLE.sum(), TABLE.max(), COEFFS.mean()))


def smooth(x, out):
    c = cuda.const.array_like(COEFFS)
    i = cuda.grid(1)
    if 0 < i < x.shape[0] - 1:
        out[i] = c[0] * x[i - 1] + c[1] * x[i] + c[2] * x[i + 1]


def lookup_kernel(idx, out):
    i = cuda.grid(1)
    if i < idx.shape[0]:
        out[i] = TABLE[idx[i]]


def test_const_array_like_in_kernels_on_the_cpu():
    x = rng.random(300).astype(np.float32)
    out = np.zeros_like(x)
    cuda.jit(target="cpu")(smooth)[3, 128](x, out)
    expect = COEFFS[0] * x[:-2] + COEFFS[1] * x[1:-1] + COEFFS[2] * x[2:]
    np.testing.assert_allclose(out[1:-1], expect, rtol=1e-6)
    idx = rng.integers(0, 10, 50)
    got = np.zeros(50)
    cuda.jit(target="cpu")(lookup_kernel)[1, 64](idx, got)
    np.testing.assert_array_equal(got, TABLE[idx])


def test_const_array_like_goes_to_constant_memory(tmp_path):
    ptx, _ = cuda.compile_ptx(smooth, "void(float32[::1], float32[::1])")
    assert "0f3E800000" in ptx  # constant indices: LLVM reads the value (0.25) at compile time
    ptx, _ = cuda.compile_ptx(lookup_kernel, "void(int64[::1], float64[::1])")
    assert ".const .align 16 .b8 penna_frozen_0[80]" in ptx and "ld.const.f64" in ptx
    for arch in ("sm_80", "sm_90"):
        assemble(ptx, arch, tmp_path)

    def twice(idx, out):
        i = cuda.grid(1)
        out[i] = TABLE[idx[i]] + cuda.const.array_like(TABLE)[idx[i] + 1]

    ptx, _ = cuda.compile_ptx(twice, "void(int64[::1], float64[::1])")
    assert "penna_frozen_0" in ptx and "penna_frozen_1" not in ptx  # one constant per array


def test_const_array_like_needs_a_global_array():
    def kernel(x):
        c = cuda.const.array_like(x)
        x[0] = c[1]

    with pytest.raises(TypingError, match="needs a global NumPy array"):
        cuda.compile_ptx(kernel, "void(float32[::1])")


BIG = np.arange(20000, dtype=np.float64)  # 160 KB: more than the 64 KiB of constant memory


def big_lookup(idx, out):
    i = cuda.grid(1)
    if i < idx.shape[0]:
        out[i] = BIG[idx[i]] + COEFFS[i % 3]


def test_arrays_past_constant_memory_go_to_global_memory(tmp_path):
    ptx, _ = cuda.compile_ptx(big_lookup, "void(int64[::1], float64[::1])")
    assert ".global .align 16 .b8 penna_frozen_0[160000]" in ptx
    for arch in ("sm_80", "sm_90"):
        assemble(ptx, arch, tmp_path)
    idx = rng.integers(0, len(BIG), 100)
    out = np.zeros(100)
    cuda.jit(target="cpu")(big_lookup)[1, 128](idx, out)
    np.testing.assert_array_equal(out, BIG[idx] + COEFFS[np.arange(100) % 3])
