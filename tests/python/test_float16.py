"""float16: arithmetic, conversions and math give NumPy's float16 results
bit for bit (computed in float32 and rounded after each operation, as NumPy
does); float16 arrays in and out; kernels with native half instructions on
the GPU (``cuda.fp16`` intrinsics too)."""

import math

import numpy as np
import pytest

import penna
from penna import cuda, float16
from penna.errors import TypingError

from .test_cuda_ptx import assemble

rng = np.random.default_rng(16)


def random_halves(n):
    """Finite float16 values over the whole range, subnormals included."""
    bits = rng.integers(0, 1 << 16, n, dtype=np.uint16)
    h = bits.view(np.float16)
    return h[np.isfinite(h)]


def same_bits(a, b):
    a, b = np.asarray(a, np.float16), np.asarray(b, np.float16)
    both_nan = np.isnan(a) & np.isnan(b)
    return bool(np.all(both_nan | (a.view(np.uint16) == b.view(np.uint16))))


@penna.jit
def arith(a, b):
    return a + b, a - b, a * b, a / b


def test_scalar_arithmetic_matches_numpy_bit_for_bit():
    x, y = random_halves(400), random_halves(400)
    n = min(len(x), len(y))
    with np.errstate(all="ignore"):
        for a, b in zip(x[:n], y[:n]):
            if b == 0:
                continue
            got = arith(a, b)
            want = (a + b, a - b, a * b, a / b)
            assert same_bits(got, want), (a, b, got, want)
    assert arith.signatures == [(penna.float16, penna.float16)]


@penna.jit
def to_half(x):
    return np.float16(x)


def test_float64_to_float16_rounds_once():
    # Ties of float16 plus a nudge below float32's precision: rounding to
    # float32 first would land on the tie and round to even, the wrong way.
    nudge = 2.0 ** -40
    cases = [1 + 2 ** -11 + nudge, 1 + 2 ** -11 - nudge, 1 + 3 * 2 ** -11 - nudge, -(1 + 2 ** -11 + nudge),
             65519.99, 65520.0, 2.0 ** -25 + nudge, 2.0 ** -25, 1e-8, 1e30, -1e30, 0.1, 1 / 3, math.inf, -0.0]
    cases += list(rng.standard_normal(300) * 10.0 ** rng.integers(-8, 6, 300))
    with np.errstate(over="ignore"):
        for x in cases:
            assert same_bits(to_half(x), np.float16(x)), x
    assert math.isnan(to_half(math.nan))


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int16, np.int32, np.int64, np.uint64, np.float32, np.float64])
def test_conversions_to_and_from_other_types(dtype):
    info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
    if info is not None:
        values = rng.integers(max(info.min, -70000), min(info.max, 70000), 200).astype(dtype)
    else:
        values = (rng.standard_normal(200) * 1000).astype(dtype)

    @penna.jit
    def cast(src, dst):
        for i in range(src.shape[0]):
            dst[i] = src[i]

    halves = np.zeros(len(values), np.float16)
    with np.errstate(over="ignore"):
        cast(values, halves)
        assert same_bits(halves, values.astype(np.float16))
    back = np.zeros(len(values), dtype)
    finite = np.where(np.isfinite(halves), halves, 0).astype(np.float16)
    cast(finite, back)
    with np.errstate(invalid="ignore"):
        np.testing.assert_array_equal(back, finite.astype(dtype))


def test_arrays_promotion_and_math_follow_numpy():
    x = random_halves(300)[:256]
    x = np.where(np.abs(x) < 1000, x, np.float16(1.5))
    y = np.linspace(-4, 4, len(x)).astype(np.float16)
    i8 = rng.integers(-100, 100, len(x)).astype(np.int8)
    i16 = rng.integers(-100, 100, len(x)).astype(np.int16)
    f32 = rng.random(len(x)).astype(np.float32)

    @penna.jit
    def exprs(x, y, i8, i16, f32):
        return x * y + x, x + i8, x + i16, x + f32, np.sqrt(np.abs(x)), np.sin(y), x.sum(), x.max()

    got = exprs(x, y, i8, i16, f32)
    want = (x * y + x, x + i8, x + i16, x + f32, np.sqrt(np.abs(x)), np.sin(y), x.sum(), x.max())
    for g, w in zip(got[:6], want[:6]):
        assert g.dtype == w.dtype, (g.dtype, w.dtype)
        assert same_bits(g, w) if w.dtype == np.float16 else np.array_equal(g, w)
    assert got[6] == pytest.approx(float(x.astype(np.float64).sum()), rel=1e-2, abs=1.0)
    assert got[7] == x.max()


def test_math_functions_on_scalars_stay_half():
    @penna.jit
    def f(x):
        return math.sqrt(x), math.exp(x), math.floor(x), abs(x)

    for x in np.float16([0.5, 2.25, 7.0, 10.5]):
        got = f(x)
        want = tuple(np.float16(v) for v in (np.sqrt(np.float32(x)), np.exp(np.float32(x))))
        assert same_bits(got[:2], want)
        assert got[2] == math.floor(x) and got[3] == abs(x)


def half_kernel(x, y, out):
    i = cuda.grid(1)
    if i < out.size:
        a = x[i]
        b = y[i]
        s = cuda.fp16.hadd(a, b)
        p = cuda.fp16.hmul(a, b)
        out[i, 0] = s
        out[i, 1] = cuda.fp16.hsub(p, b)
        out[i, 2] = cuda.fp16.hdiv(a, b) if cuda.fp16.hne(b, float16(0)) else float16(0)
        out[i, 3] = cuda.fp16.hneg(cuda.fp16.habs(a))
        out[i, 4] = cuda.fp16.hmax(a, b)
        out[i, 5] = cuda.fp16.hsqrt(cuda.fp16.habs(a))
        out[i, 6] = float16(1) if cuda.fp16.hgt(a, b) else float16(0)
        out[i, 7] = cuda.fp16.hfma(a, b, float16(0.5))


def test_fp16_intrinsics_in_kernels_on_the_cpu():
    x = np.linspace(-2, 3, 64).astype(np.float16)
    y = np.linspace(4, -1, 64).astype(np.float16)
    out = np.zeros((64, 8), np.float16)
    cuda.jit(target="cpu")(half_kernel)[2, 32](x, y, out)
    with np.errstate(divide="ignore", invalid="ignore"):
        want = np.stack([x + y, x * y - y, np.where(y != 0, x / np.where(y != 0, y, 1), 0), -np.abs(x),
                         np.maximum(x, y), np.sqrt(np.abs(x)), (x > y).astype(np.float16),
                         x * y + np.float16(0.5)], axis=1).astype(np.float16)
    assert same_bits(out[:, :7], want[:, :7])
    # fma rounds once; the reference rounds twice (off by at most one unit in the last place)
    np.testing.assert_allclose(out[:, 7].astype(np.float32), want[:, 7].astype(np.float32), rtol=2e-3, atol=1e-3)


def test_half_kernels_use_half_instructions(tmp_path):
    ptx, _ = cuda.compile_ptx(half_kernel, "void(float16[::1], float16[::1], float16[:, ::1])")
    for needle in ("add.rn.f16", "fma.rn.f16", "neg.f16", "setp.gt.f16"):
        assert needle in ptx, needle
    assert "cvt.rn.f16.f32" in ptx  # sqrt is computed in float32 and rounded
    for arch in ("sm_80", "sm_90"):
        assemble(ptx, arch, tmp_path)


def test_half_misuse_is_a_typing_error():
    def shuffle(x):
        x[0] = cuda.shfl_sync(0xFFFFFFFF, x[1], 0)

    with pytest.raises(TypingError, match="32- and 64-bit"):
        cuda.compile_ptx(shuffle, "void(float16[::1])")

    def atomic(x):
        cuda.atomic.add(x, 0, x[1])

    with pytest.raises(TypingError, match="float16"):
        cuda.compile_ptx(atomic, "void(float16[::1])")


def test_sorting_half_arrays():
    x = random_halves(100)
    x[::7] = np.nan

    @penna.jit
    def order(a):
        return np.sort(a), np.argsort(a), np.unique(a)

    s, idx, u = order(x)
    assert same_bits(s, np.sort(x)) and same_bits(x[idx], np.sort(x))
    assert same_bits(u, np.unique(x))
