"""CUDA kernels run on the CPU (``cuda.jit(target="cpu")``): the kernels of
``test_cuda_ptx`` executed natively, each result compared against NumPy, plus
the semantics of barriers, warps, retired threads and errors.

With ``PENNA_CUDA_TEST_TARGET=cuda`` the same kernels and checks run on a GPU
(tests of what only the CPU mode does are then skipped). ``test_hip_on_cpu``
runs this suite again under ``penna.hip``'s names."""

import math
import os

import numpy as np
import pytest

from penna import cuda, float32, int32
from penna.errors import UnsupportedError

from . import cuda_kernels as k

rng = np.random.default_rng(7)


TARGET = os.environ.get("PENNA_CUDA_TEST_TARGET", "cpu")
cpu_only = pytest.mark.skipif(TARGET != "cpu", reason="what only kernels run on the CPU do (thread-located "
                                                     "errors, race checks, host device arrays)")


def on_cpu(fn, **options):
    """`fn` as a kernel for the target under test (the CPU unless
    PENNA_CUDA_TEST_TARGET says otherwise)."""
    return cuda.jit(target=TARGET, **options)(fn)


def compile_for_gpu(fn, sig):
    """`fn` compiled for the GPU of the module under test (PTX for
    ``penna.cuda``, a code object for ``penna.hip`` in ``test_hip_on_cpu``)."""
    if hasattr(cuda, "compile_hsaco"):
        return cuda.compile_hsaco(fn, sig)
    return cuda.compile_ptx(fn, sig)


def blocks(n, tpb):
    return (n + tpb - 1) // tpb


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [1, 100, 1000])
def test_axpy(dtype, n):
    x = rng.random(n).astype(dtype)
    y = rng.random(n).astype(dtype)
    out = np.zeros(n, dtype)
    on_cpu(k.axpy)[blocks(n, 128), 128](dtype(2.5), x, y, out)
    np.testing.assert_allclose(out, dtype(2.5) * x + y, rtol=1e-6)


def test_numpy_scalar_functions_in_kernels():
    x = rng.uniform(-1, 1, 300)
    y = rng.uniform(-1, 1, 300)
    y[::7] = x[::7]
    out = np.zeros_like(x)
    on_cpu(k.numpy_scalars)[3, 128](x, y, out)
    expect = (np.minimum(x, y) + 2 * np.maximum(x, y) + np.sign(x - y) + np.clip(x, -0.5, 0.5)
              + np.where(x > y, x, -y) + np.sqrt(np.abs(x)) + np.isclose(x, y))
    np.testing.assert_allclose(out, expect, rtol=1e-12)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_grid_stride_loop_with_math(dtype):
    x = rng.uniform(0.1, 2.0, 777).astype(dtype)
    out = np.zeros_like(x)
    on_cpu(k.grid_stride)[3, 64](x, out)
    expect = np.sqrt(np.abs(x)) + np.exp(x) * np.sin(x) + x ** 2.5
    np.testing.assert_allclose(out, expect, rtol=1e-5 if dtype == np.float32 else 1e-12)


def test_grid_2d_indices():
    a = rng.integers(-50, 50, (37, 45)).astype(np.int32)
    out = np.zeros((37, 45), np.int64)
    grid, block = (blocks(37, 8), blocks(45, 4)), (8, 4)
    on_cpu(k.grid_2d)[grid, block](a, out)
    xs, ys = np.meshgrid(np.arange(37), np.arange(45), indexing="ij")
    expect = a * 2 + ys % 4 - (xs // 8) * 1 + grid[1]
    np.testing.assert_array_equal(out, expect)


def test_3d_blocks_number_threads_x_fastest():
    def where(out):
        t = cuda.threadIdx.x + cuda.threadIdx.y * cuda.blockDim.x \
            + cuda.threadIdx.z * cuda.blockDim.x * cuda.blockDim.y
        out[cuda.blockIdx.z, cuda.blockIdx.y, cuda.blockIdx.x, t] = \
            cuda.threadIdx.x * 100 + cuda.threadIdx.y * 10 + cuda.threadIdx.z

    out = np.full((2, 3, 2, 24), -1, np.int64)
    on_cpu(where)[(2, 3, 2), (4, 3, 2)](out)
    x, y, z = np.meshgrid(np.arange(4), np.arange(3), np.arange(2), indexing="ij")
    linear = (x + 4 * y + 12 * z).ravel()
    expect = np.empty(24, np.int64)
    expect[linear] = (x * 100 + y * 10 + z).ravel()
    assert (out == expect).all()


@pytest.mark.parametrize("shape", [(16, 16, 16), (37, 50, 23), (1, 5, 70)])
def test_tiled_matmul_with_shared_memory_and_barriers(shape):
    n, m, p = shape
    A = rng.random((n, m)).astype(np.float32)
    B = rng.random((m, p)).astype(np.float32)
    C = np.zeros((n, p), np.float32)
    on_cpu(k.tiled_matmul)[(blocks(n, k.TILE), blocks(p, k.TILE)), (k.TILE, k.TILE)](A, B, C)
    np.testing.assert_allclose(C, A @ B, rtol=1e-5)


def test_block_reduction_with_syncthreads():
    x = rng.random(1000)
    out = np.zeros(1)
    on_cpu(k.block_sum)[4, 256](x, out)
    assert out[0] == pytest.approx(x.sum(), rel=1e-12)


@pytest.mark.parametrize("dtype", [np.int32, np.float64])
def test_warp_shuffle_reduction(dtype):
    x = rng.integers(0, 100, 300).astype(dtype)
    out = np.zeros(1, dtype)
    on_cpu(k.warp_sum)[3, 128](x, out)
    assert out[0] == x.sum()


def test_histogram_atomics_across_blocks():
    x = rng.integers(0, 1000, 5000)
    bins = np.zeros(16, np.int32)
    on_cpu(k.histogram)[blocks(5000, 64), 64](x, bins)
    np.testing.assert_array_equal(bins, np.bincount(x % 16, minlength=16))


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.uint64])
def test_integer_atomics(dtype):
    a = np.array([10, 10, 1, 100, 0, 0b1111, 0b1000, 0b1010, 3, 0], dtype)
    v = dtype(3)
    on_cpu(k.atomics_int)[2, 32](a, v)
    with np.errstate(over="ignore"):
        assert (a[0], a[1]) == (dtype(10) + dtype(192), dtype(10) - dtype(192))
    assert (a[2], a[3], a[4]) == (3, 3, 3)
    assert (a[5], a[6], a[7]) == (0b0011, 0b1011, 0b1010)  # 64 xors cancel
    assert a[8] == 4 and a[9] in (3, 4)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_float_atomics(dtype):
    a = np.array([1.0, 1.0, -5.0, 5.0, 7.0, 0.0], dtype)
    on_cpu(k.atomics_float)[4, 16](a, dtype(0.5))
    np.testing.assert_array_equal(a[:5], np.array([33.0, -31.0, 0.5, 0.5, 0.5], dtype))
    assert a[5] in (7.0, 0.5)


def test_atomic_on_2d_index():
    a = np.zeros((3, 4), np.float32)
    on_cpu(k.atomics_2d)[(2, 2), (3, 4)](a, np.float32(1.0))
    np.testing.assert_array_equal(a, np.full((3, 4), 4.0))


def test_wrapping_counters_follow_cuda():
    a = np.zeros(2, np.uint32)
    on_cpu(k.wrap_counters)[1, 10](a, np.uint32(3))
    inc = dec = 0
    for _ in range(10):
        inc = 0 if inc >= 3 else inc + 1
        dec = 3 if dec == 0 or dec > 3 else dec - 1
    assert list(a) == [inc, dec]


def test_votes_shuffles_and_barrier_reductions_over_32_wide_warps():
    x = rng.integers(-3, 4, 96).astype(np.int32)
    out = np.zeros((96, 9), np.int64)
    on_cpu(k.warp_votes)[1, 96](x, out)
    p = x > 0
    for i in range(96):
        w = slice(i // 32 * 32, i // 32 * 32 + 32)
        lane = i % 32
        ballot = sum(1 << j for j, b in enumerate(p[w]) if b)
        up = x[i - 1] if lane > 0 else x[i]
        expect = [p[w].all(), p[w].any(), ballot, x[w][0], up, x[i ^ 1], p.sum(),
                  int(p.all()) + int(p.any()), 32]
        assert list(out[i]) == expect, i


@pytest.mark.parametrize("dtype", [np.uint32, np.int64])
def test_bit_operations(dtype):
    x = np.array([0, 1, 6, 0x80, 12345, 2 ** 31 - 1], dtype)
    out = np.zeros((6, 4), np.int64)
    on_cpu(k.bits)[1, 6](x, out)
    bits = np.dtype(dtype).itemsize * 8
    for v, row in zip(x.tolist(), out.tolist()):
        rev = int(f"{v:0{bits}b}"[::-1], 2)
        if dtype == np.int64 and rev >= 2 ** 63:
            rev -= 2 ** 64
        ffs = (v & -v).bit_length()
        assert row == [bin(v).count("1"), bits - v.bit_length(), ffs, rev]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_float_operations(dtype):
    x = rng.uniform(0.2, 3.0, 64).astype(dtype)
    out = np.zeros_like(x)
    on_cpu(k.float_ops)[1, 64](x, out)
    expect = x * x + 1.0 + np.cbrt(x) + np.log(x) + np.arctan2(x, 2.0) + np.tanh(x) + np.floor(x) \
        + x ** 3.0 + np.fmod(x, 0.5)
    np.testing.assert_allclose(out, expect, rtol=1e-5 if dtype == np.float32 else 1e-12)


def test_local_arrays_and_dynamic_shared_memory():
    x = rng.random(64).astype(np.float32)
    out = np.zeros(64, np.float32)
    on_cpu(k.local_and_dynamic)[1, 64, 0, 64 * 4](x, out)
    t = np.arange(64)
    np.testing.assert_allclose(out, x[(t + 1) % 64] + 3 * t)


def test_device_functions():
    x = rng.uniform(-1, 2, 100)
    out = np.zeros(100)
    on_cpu(k.uses_device_function)[4, 32](x, out)
    np.testing.assert_array_equal(out, np.clip(x, 0.0, 1.0))


def test_device_function_reads_the_calling_threads_index():
    @cuda.jit(device=True)
    def position():
        return cuda.threadIdx.x + 10 * cuda.threadIdx.y + 100 * cuda.blockIdx.x

    def kernel(out):
        out[cuda.blockIdx.x, cuda.threadIdx.y, cuda.threadIdx.x] = position()

    out = np.zeros((2, 3, 5), np.int64)
    on_cpu(kernel)[2, (5, 3)](out)
    b, y, x = np.meshgrid(np.arange(2), np.arange(3), np.arange(5), indexing="ij")
    np.testing.assert_array_equal(out, x + 10 * y + 100 * b)


def test_early_return():
    x = np.arange(50, dtype=np.int32)
    on_cpu(k.early_return)[2, 32](x)
    np.testing.assert_array_equal(x, np.arange(50) + 1)


def test_returned_threads_count_as_arrived_at_later_barriers():
    def kernel(x, out, n):
        i = cuda.grid(1)
        if i >= n:
            return
        s = cuda.shared.array(64, int32)
        s[cuda.threadIdx.x] = x[i]
        cuda.syncthreads()
        out[i] = cuda.syncthreads_count(x[i] > 5) + s[0]

    x = np.arange(100, dtype=np.int32)
    out = np.zeros(100, np.int32)
    on_cpu(kernel)[2, 64](x, out, 100)
    np.testing.assert_array_equal(out[:64], 58)
    np.testing.assert_array_equal(out[64:], 36 + 64)


def test_values_cross_barriers_per_thread_in_loops_with_break_and_continue():
    def kernel(out):
        t = cuda.threadIdx.x
        s = cuda.shared.array(32, int32)
        acc = t
        for step in range(10):
            s[t] = acc
            cuda.syncthreads()
            if step % 2 == 1:
                continue
            acc = s[(t + 1) % 32] + 1
            cuda.syncthreads()
            if step == 6:
                break
        out[t] = acc

    out = np.zeros(32, np.int64)
    on_cpu(kernel)[1, 32](out)
    acc = np.arange(32)
    for step in range(10):
        if step % 2 == 1:
            continue
        acc = np.roll(acc, -1) + 1
        if step == 6:
            break
    np.testing.assert_array_equal(out, acc)


def test_barrier_reduction_as_loop_condition():
    def kernel(x, out):
        t = cuda.threadIdx.x
        v = x[t]
        rounds = 0
        while cuda.syncthreads_or(v > 1):
            if v > 1:
                v = v // 2
            rounds += 1
        out[t] = rounds

    x = rng.integers(1, 1000, 64)
    out = np.zeros(64, np.int64)
    on_cpu(kernel)[1, 64](x, out)
    assert (out == max(int(v).bit_length() - 1 for v in x)).all()


@cpu_only
def test_exceptions_name_the_thread_and_block():
    x = np.ones(64, np.float32)
    x[37] = -1
    with pytest.raises(ValueError, match=r"negative \(in thread \(5, 0, 0\) of block \(1, 0, 0\)\)"):
        on_cpu(k.raises)[2, 32](x)


@cpu_only
def test_boundscheck_reports_the_thread():
    def kernel(a):
        a[cuda.grid(1)] = 1

    a = np.zeros(40)
    with pytest.raises(IndexError, match=r"in thread \(8, 0, 0\) of block \(1, 0, 0\)"):
        on_cpu(kernel, boundscheck=True)[2, 32](a)


@cpu_only
def test_diverging_at_a_barrier_is_an_error():
    def kernel(out):
        t = cuda.threadIdx.x
        if t < 16:
            cuda.syncthreads()
        out[t] = t

    from penna.errors import PennaWarning
    with pytest.warns(PennaWarning, match="depends on the thread"):
        with pytest.raises(RuntimeError, match=r"disagree at line \d+ \(`if t < 16:`\)"):
            on_cpu(kernel)[1, 32](np.zeros(32))


@cpu_only
def test_barrier_in_a_device_function_is_a_clear_error():
    @cuda.jit(device=True)
    def sync():
        cuda.syncthreads()

    def kernel(out):
        sync()
        out[0] = 1

    with pytest.raises(UnsupportedError, match="only in the kernel itself"):
        on_cpu(kernel)[1, 1](np.zeros(1))


@cpu_only
def test_launch_configuration_is_checked():
    kernel = on_cpu(k.early_return)
    x = np.zeros(4, np.int32)
    with pytest.raises(ValueError, match="at most 1024 threads"):
        kernel[1, (32, 33)](x)
    with pytest.raises(ValueError, match="positive"):
        kernel[0, 32](x)


@cpu_only
def test_the_transformed_kernel_loops_over_threads_between_barriers():
    text = on_cpu(k.block_sum).inspect_cpu("void(float64[:], float64[:])")
    assert text.count("for each thread") >= 3
    assert "uniform(" in text


@cpu_only
def test_device_arrays_live_in_host_memory():
    x = rng.random(300)
    d_x = cuda.to_device(x)
    d_out = cuda.device_array_like(x)
    on_cpu(k.axpy)[3, 128](2.0, d_x, d_x, d_out)
    np.testing.assert_allclose(d_out.copy_to_host(), 3 * x)
    view = d_out[100:200]
    on_cpu(k.early_return)[1, 128](view)
    host = np.empty(300)
    d_out.copy_to_host(host)
    np.testing.assert_allclose(host[100:200], 3 * x[100:200] + 1)
    np.testing.assert_allclose(host[:100], 3 * x[:100])
    assert d_out.shape == (300,) and d_out.dtype == np.float64 and len(view) == 100


@cpu_only
def test_environment_variable_runs_every_kernel_on_the_cpu(monkeypatch):
    monkeypatch.setenv("PENNA_GPU_ON_CPU", "1")
    kernel = cuda.jit(k.early_return)
    x = np.zeros(10, np.int32)
    kernel[1, 16](x)
    assert (x == 1).all()


def test_eager_signatures_compile_at_decoration():
    kernel = cuda.jit("void(float32, float32[:], float32[:], float32[:])", target="cpu")(k.axpy)
    x = np.ones(5, np.float32)
    out = np.zeros(5, np.float32)
    kernel[1, 8](np.float32(2), x, x, out)
    assert (out == 3).all()


def test_many_blocks_use_the_thread_pool_and_agree_with_numpy():
    n = 1 << 16
    x = rng.random(n)
    out = np.zeros(1)
    on_cpu(k.block_sum)[blocks(n, 256), 256](x, out)
    assert out[0] == pytest.approx(x.sum(), rel=1e-9)
    assert math.isfinite(out[0])


def test_float32_kernel_arithmetic_stays_float32():
    def kernel(x, out):
        i = cuda.grid(1)
        out[i] = x[i] * float32(1.1) + float32(0.1)

    x = rng.random(32).astype(np.float32)
    out = np.zeros(32, np.float32)
    on_cpu(kernel)[1, 32](x, out)
    if TARGET == "cpu":
        np.testing.assert_array_equal(out, x * np.float32(1.1) + np.float32(0.1))
    else:  # GPU code fuses the multiply-add (one rounding), as nvcc and Numba do
        fused = (x.astype(np.float64) * np.float32(1.1) + np.float32(0.1)).astype(np.float32)
        np.testing.assert_array_equal(out, fused)


# ---- shared-memory race checking (racecheck=True) ----

def planted_write_race(out):
    s = cuda.shared.array(1, int32)
    s[0] = cuda.threadIdx.x  # every thread writes the same element
    cuda.syncthreads()
    out[cuda.threadIdx.x] = s[0]


def planted_read_race(x, out):
    s = cuda.shared.array(64, float32)
    t = cuda.threadIdx.x
    s[t] = x[t]
    out[t] = s[(t + 1) % 64]  # a neighbour's element, with no barrier


def neighbour_with_barrier(x, out):
    s = cuda.shared.array(64, float32)
    t = cuda.threadIdx.x
    s[t] = x[t]
    cuda.syncthreads()
    out[t] = s[(t + 1) % 64]


def warp_synchronous(out):
    s = cuda.shared.array(32, int32)
    t = cuda.threadIdx.x
    s[t] = t
    cuda.syncwarp()
    out[t] = s[31 - t]


@cpu_only
def test_racecheck_finds_a_planted_write_write_race():
    with pytest.raises(RuntimeError, match=r"shared-memory race: the write at line \d+ by thread 1 "
                                           r"and the write at line \d+ by thread 0 .* byte 0"):
        on_cpu(planted_write_race, racecheck=True)[1, 32](np.zeros(32, np.int32))


@cpu_only
def test_racecheck_finds_a_read_of_a_neighbours_write():
    x = rng.random(64).astype(np.float32)
    with pytest.raises(RuntimeError, match=r"shared-memory race: the (read|write) .* by thread \d+ and the "
                                           r"(write|read) .* by thread \d+"):
        on_cpu(planted_read_race, racecheck=True)[1, 64](x, np.zeros(64, np.float32))


def test_racecheck_accepts_correct_kernels():
    x = rng.random(64).astype(np.float32)
    out = np.zeros(64, np.float32)
    on_cpu(neighbour_with_barrier, racecheck=True)[1, 64](x, out)
    np.testing.assert_array_equal(out, np.roll(x, -1))
    w = np.zeros(32, np.int32)
    on_cpu(warp_synchronous, racecheck=True)[1, 32](w)
    np.testing.assert_array_equal(w, np.arange(32)[::-1])
    A = rng.random((20, 30)).astype(np.float32)
    B = rng.random((30, 20)).astype(np.float32)
    C = np.zeros((20, 20), np.float32)
    on_cpu(k.tiled_matmul, racecheck=True)[(2, 2), (k.TILE, k.TILE)](A, B, C)
    np.testing.assert_allclose(C, A @ B, rtol=1e-5)
    total = np.zeros(1)
    on_cpu(k.block_sum, racecheck=True)[2, 256](rng.random(500), total)


@cpu_only
def test_without_racecheck_the_planted_race_runs():
    out = np.zeros(32, np.int32)
    on_cpu(planted_write_race)[1, 32](out)
    assert (out == 31).all()  # the last thread's write wins on the CPU


# ---- barriers under thread-dependent control flow: a warning on every target ----

def barrier_under_thread_condition(out):
    t = cuda.threadIdx.x
    limit = t * 2
    if limit < 16:
        cuda.syncthreads()
    out[t] = t


@cpu_only
def test_barrier_under_thread_dependent_condition_warns_on_every_target():
    from penna.errors import PennaWarning
    with pytest.warns(PennaWarning, match=r"syncthreads\(\) is inside control flow that depends on the thread "
                                          r"\(the condition at line \d+\)"):
        compile_for_gpu(barrier_under_thread_condition, "void(float64[:])")
    with pytest.warns(PennaWarning, match="depends on the thread"):
        with pytest.raises(RuntimeError, match="disagree"):
            on_cpu(barrier_under_thread_condition)[1, 32](np.zeros(32))


@cpu_only
def test_uniform_control_flow_and_early_returns_do_not_warn():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for fn, sig in [(k.block_sum, "void(float64[:], float64[:])"),
                        (k.tiled_matmul, "void(float32[:, :], float32[:, :], float32[:, :])"),
                        (k.local_and_dynamic, "void(float32[:], float32[:])"),
                        (neighbour_with_barrier, "void(float32[:], float32[:])")]:
            compile_for_gpu(fn, sig)
            on_cpu(fn).inspect_cpu(sig)
        x = np.arange(100, dtype=np.int32)
        on_cpu(k.early_return)[4, 32](x)


# ---- cuda.random: xoroshiro128+ per thread ----

from penna.cuda.random import (  # noqa: E402  (as Numba users import them)
    create_xoroshiro128p_states, xoroshiro128p_normal_float64, xoroshiro128p_uniform_float64,
)

MASK = (1 << 64) - 1


def reference_next(state):
    """xoroshiro128+ in Python integers: (result, new state)."""
    s0, s1 = state
    result = (s0 + s1) & MASK
    s1 ^= s0
    rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK  # noqa: E731
    return result, (rotl(s0, 55) ^ s1 ^ ((s1 << 14) & MASK), rotl(s1, 36))


def reference_states(n, seed):
    def splitmix(z):
        z = (z + 0x9E3779B97F4A7C15) & MASK
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def jump(state):
        t0 = t1 = 0
        for word in (0xBEAC0467EBA5FACB, 0xD86B048B86AA9922):
            for b in range(64):
                if word >> b & 1:
                    t0, t1 = t0 ^ state[0], t1 ^ state[1]
                state = reference_next(state)[1]
        return t0, t1

    s0 = splitmix(seed)
    states = [(s0, splitmix(s0))]
    for _ in range(n - 1):
        states.append(jump(states[-1]))
    return states


def test_random_states_and_draws_follow_xoroshiro128_plus():
    states = create_xoroshiro128p_states(5, seed=12345)
    out = np.zeros((5, 4), np.uint64)
    on_cpu(k.random_bits)[1, 32](states, out)
    for i, state in enumerate(reference_states(5, 12345)):
        for j in range(4):
            value, state = reference_next(state)
            assert int(out[i, j]) == value, (i, j)


def test_random_distributions_per_thread():
    n, m = 512, 200
    outs = [np.zeros((n, m), dt) for dt in (np.float32, np.float64, np.float32, np.float64)]
    on_cpu(k.random_draws)[4, 128](create_xoroshiro128p_states(n, seed=1), *outs)
    for u in outs[:2]:
        assert 0 <= u.min() and u.max() < 1
        assert abs(u.mean() - 0.5) < 0.005 and abs(u.var() - 1 / 12) < 0.002
    for z in outs[2:]:
        assert np.isfinite(z).all()
        assert abs(z.mean()) < 0.01 and abs(z.var() - 1) < 0.02
    # Threads draw different streams; the same seed draws the same numbers.
    assert len(np.unique(outs[1][:, 0])) == n
    again = np.zeros((n, m))
    on_cpu(k.random_draws)[4, 128](create_xoroshiro128p_states(n, seed=1), np.zeros((n, m), np.float32), again,
                                 np.zeros((n, m), np.float32), np.zeros((n, m)))
    np.testing.assert_array_equal(again, outs[1])


def test_random_functions_through_the_cuda_random_attribute():
    def draws(states, out):
        i = cuda.grid(1)
        if i < out.shape[0]:
            out[i, 0] = cuda.random.xoroshiro128p_uniform_float64(states, i)
            out[i, 1] = cuda.random.xoroshiro128p_normal_float64(states, i)

    n = 64
    out = np.zeros((n, 2))
    on_cpu(draws)[1, n](create_xoroshiro128p_states(n, seed=5), out)
    uniform = np.zeros((n, 1))
    normal = np.zeros((n, 1))

    def imported(states, u, z):
        i = cuda.grid(1)
        if i < u.shape[0]:
            u[i, 0] = xoroshiro128p_uniform_float64(states, i)
            z[i, 0] = xoroshiro128p_normal_float64(states, i)

    on_cpu(imported)[1, n](create_xoroshiro128p_states(n, seed=5), uniform, normal)
    np.testing.assert_array_equal(out[:, 0], uniform[:, 0])
    np.testing.assert_array_equal(out[:, 1], normal[:, 0])
