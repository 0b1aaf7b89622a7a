# kernel: warp_vote(int32[::1], int32[::1])
# kernel: shuffles(float64[::1], float32[::1])
# kernel: block_counts(float32[::1], int32[::1])
# kernel: float_atomics(float32[::1], float64[::1])
# kernel: scratch(float64[::1])
# kernel: waves(float32[::1])
# The kernel API beyond the golden CUDA inputs, on every AMD architecture:
# votes and ballots on 32-lane warps (wave64 hardware uses ballot.i64),
# 64-bit shuffles, barrier reductions (ockl), fences, float atomics, local
# arrays (address space 5), static and dynamic shared memory, blockDim and
# gridDim from the dispatch packet and math from ocml.
# gcn *: has ds_bpermute_b32
# gcn *: has s_barrier
# gcn gfx908 gfx90a gfx942: has v_mbcnt_hi_u32_b32
# gcn gfx1030 gfx1100 gfx1201: lacks v_mbcnt_hi_u32_b32
# gcn gfx908 gfx90a gfx1030: has global_atomic_cmpswap
# gcn *: lacks __ocml_sin_f32
# gcn *: lacks __ockl_wgred
import math

from penna import cuda, float32, float64


def warp_vote(x, out):
    i = cuda.grid(1)
    p = x[i] > 0
    b = cuda.ballot_sync(0xFFFFFFFF, p)
    if cuda.all_sync(0xFFFFFFFF, p):
        out[i] = b
    elif cuda.any_sync(0xFFFFFFFF, p):
        out[i] = cuda.laneid
    else:
        out[i] = cuda.activemask()


def shuffles(x, y):
    i = cuda.grid(1)
    v = x[i]
    v += cuda.shfl_xor_sync(0xFFFFFFFF, v, 1)
    v += cuda.shfl_up_sync(0xFFFFFFFF, v, 2)
    v += cuda.shfl_sync(0xFFFFFFFF, v, 0)
    x[i] = v
    y[i] = cuda.shfl_down_sync(0xFFFFFFFF, y[i], 4)
    cuda.syncwarp()


def block_counts(x, out):
    i = cuda.grid(1)
    n = cuda.syncthreads_count(x[i] > 0)
    every = cuda.syncthreads_and(x[i] > 0)
    some = cuda.syncthreads_or(x[i] > 0)
    cuda.threadfence_block()
    cuda.threadfence()
    cuda.threadfence_system()
    out[i] = n + every + some


def float_atomics(x, y):
    i = cuda.grid(1)
    cuda.atomic.add(x, 0, math.sin(x[i]))
    cuda.atomic.add(y, 0, 1.0)
    cuda.atomic.max(y, 1, y[i])


def scratch(x):
    i = cuda.grid(1)
    buf = cuda.local.array(8, float64)
    for k in range(8):
        buf[k] = x[(i + k) % x.shape[0]]
    s = 0.0
    for k in range(8):
        s += buf[(k * 3 + i) % 8]
    x[i] = s


def waves(x):
    fixed = cuda.shared.array(64, float32)
    sized = cuda.shared.array(0, float32)
    t = cuda.threadIdx.x
    fixed[t % 64] = x[cuda.grid(1)]
    sized[t % sized.shape[0]] = x[cuda.grid(1)]
    cuda.syncthreads()
    x[cuda.grid(1)] = math.exp(fixed[(t + 1) % 64]) + sized[0] + cuda.gridDim.x * cuda.blockDim.x
