"""Kernels shared by the CUDA tests: compiled to PTX (``test_cuda_ptx``) and
run on the CPU against NumPy (``test_cuda_on_cpu``)."""

import math

import numpy as np

from penna import cuda, float32, float64, int32
from penna.cuda.random import (
    xoroshiro128p_next, xoroshiro128p_normal_float32, xoroshiro128p_normal_float64, xoroshiro128p_uniform_float32,
    xoroshiro128p_uniform_float64,
)


def axpy(a, x, y, out):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = a * x[i] + y[i]


def grid_stride(x, out):
    start = cuda.grid(1)
    step = cuda.gridsize(1)
    for i in range(start, x.shape[0], step):
        out[i] = math.sqrt(abs(x[i])) + math.exp(x[i]) * math.sin(x[i]) + x[i] ** 2.5


def grid_2d(a, out):
    x, y = cuda.grid(2)
    if x < out.shape[0] and y < out.shape[1]:
        out[x, y] = a[x, y] * 2 + cuda.threadIdx.y - cuda.blockIdx.x * cuda.blockDim.z + cuda.gridDim.y


TILE = 16


def tiled_matmul(A, B, C):
    sA = cuda.shared.array((TILE, TILE), float32)
    sB = cuda.shared.array(shape=(TILE, TILE), dtype=float32)
    x, y = cuda.grid(2)
    tx = cuda.threadIdx.x
    ty = cuda.threadIdx.y
    acc = float32(0.0)
    for i in range((A.shape[1] + TILE - 1) // TILE):
        sA[tx, ty] = 0
        sB[tx, ty] = 0
        if x < A.shape[0] and ty + i * TILE < A.shape[1]:
            sA[tx, ty] = A[x, ty + i * TILE]
        if y < B.shape[1] and tx + i * TILE < B.shape[0]:
            sB[tx, ty] = B[tx + i * TILE, y]
        cuda.syncthreads()
        for j in range(TILE):
            acc += sA[tx, j] * sB[j, ty]
        cuda.syncthreads()
    if x < C.shape[0] and y < C.shape[1]:
        C[x, y] = acc


def block_sum(x, out):
    buf = cuda.shared.array(256, float64)
    t = cuda.threadIdx.x
    i = cuda.grid(1)
    buf[t] = x[i] if i < x.shape[0] else 0.0
    cuda.syncthreads()
    s = 128
    while s > 0:
        if t < s:
            buf[t] += buf[t + s]
        cuda.syncthreads()
        s //= 2
    if t == 0:
        cuda.atomic.add(out, 0, buf[0])


def warp_sum(x, out):
    i = cuda.grid(1)
    v = x[i] if i < x.shape[0] else 0
    offset = 16
    while offset > 0:
        v += cuda.shfl_down_sync(0xFFFFFFFF, v, offset)
        offset //= 2
    if cuda.laneid == 0:
        cuda.atomic.add(out, 0, v)


def histogram(x, bins):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.add(bins, x[i] % bins.shape[0], 1)


def atomics_int(a, v):
    cuda.atomic.add(a, 0, v)
    cuda.atomic.sub(a, 1, v)
    cuda.atomic.max(a, 2, v)
    cuda.atomic.min(a, 3, v)
    cuda.atomic.exch(a, 4, v)
    cuda.atomic.and_(a, 5, v)
    cuda.atomic.or_(a, 6, v)
    cuda.atomic.xor(a, 7, v)
    old = cuda.atomic.cas(a, 8, v, v + 1)
    a[9] = old


def atomics_float(a, v):
    cuda.atomic.add(a, 0, v)
    cuda.atomic.sub(a, 1, v)
    cuda.atomic.max(a, 2, v)
    cuda.atomic.min(a, 3, v)
    a[5] = cuda.atomic.exch(a, 4, v)


def atomics_2d(a, v):
    x, y = cuda.grid(2)
    cuda.atomic.add(a, (x % a.shape[0], y % a.shape[1]), v)


def wrap_counters(a, limit):
    cuda.atomic.inc(a, 0, limit)
    cuda.atomic.dec(a, 1, limit)


def warp_votes(x, out):
    i = cuda.grid(1)
    p = x[i] > 0
    mask = cuda.activemask()
    out[i, 0] = cuda.all_sync(mask, p)
    out[i, 1] = cuda.any_sync(mask, p)
    out[i, 2] = cuda.ballot_sync(mask, p)
    out[i, 3] = cuda.shfl_sync(mask, x[i], 0)
    out[i, 4] = cuda.shfl_up_sync(mask, x[i], 1)
    out[i, 5] = cuda.shfl_xor_sync(mask, x[i], 1)
    out[i, 6] = cuda.syncthreads_count(p)
    out[i, 7] = cuda.syncthreads_and(p) + cuda.syncthreads_or(p)
    cuda.syncwarp()
    cuda.syncwarp(mask)
    cuda.threadfence()
    cuda.threadfence_block()
    cuda.threadfence_system()
    out[i, 8] = cuda.warpsize


def bits(x, out):
    i = cuda.grid(1)
    out[i, 0] = cuda.popc(x[i])
    out[i, 1] = cuda.clz(x[i])
    out[i, 2] = cuda.ffs(x[i])
    out[i, 3] = cuda.brev(x[i])


def float_ops(x, out):
    i = cuda.grid(1)
    out[i] = cuda.fma(x[i], x[i], 1.0) + cuda.cbrt(x[i]) + math.log(x[i]) + math.atan2(x[i], 2.0) \
        + math.tanh(x[i]) + math.floor(x[i]) + math.pow(x[i], 3.0) + math.fmod(x[i], 0.5)


def local_and_dynamic(x, out):
    scratch = cuda.local.array(4, int32)
    dyn = cuda.shared.array(0, float32)
    t = cuda.threadIdx.x
    for k in range(4):
        scratch[k] = k * t
    dyn[t] = x[t]
    cuda.syncthreads()
    out[t] = dyn[(t + 1) % cuda.blockDim.x] + scratch[3]


@cuda.jit(device=True)
def clamp(v, lo, hi):
    return min(max(v, lo), hi)


def uses_device_function(x, out):
    i = cuda.grid(1)
    if i < x.size:
        out[i] = clamp(x[i], 0.0, 1.0)


def early_return(x):
    i = cuda.grid(1)
    if i >= x.shape[0]:
        return
    x[i] += 1


def raises(x):
    i = cuda.grid(1)
    if x[i] < 0:
        raise ValueError("negative")
    x[i] = 1




def random_bits(states, out):
    i = cuda.grid(1)
    if i < out.shape[0]:
        for j in range(out.shape[1]):
            out[i, j] = xoroshiro128p_next(states, i)


def random_draws(states, uniform32, uniform64, normal32, normal64):
    i = cuda.grid(1)
    if i < uniform32.shape[0]:
        for j in range(uniform32.shape[1]):
            uniform32[i, j] = xoroshiro128p_uniform_float32(states, i)
            uniform64[i, j] = xoroshiro128p_uniform_float64(states, i)
            normal32[i, j] = xoroshiro128p_normal_float32(states, i)
            normal64[i, j] = xoroshiro128p_normal_float64(states, i)


def numpy_scalars(x, y, out):
    # NumPy's scalar functions inside a kernel (numbers, not arrays).
    i = cuda.grid(1)
    if i < x.shape[0]:
        a, b = x[i], y[i]
        out[i] = (np.minimum(a, b) + 2 * np.maximum(a, b) + np.sign(a - b) + np.clip(a, -0.5, 0.5)
                  + np.where(a > b, a, -b) + np.sqrt(np.abs(a)) + np.isclose(a, b))
