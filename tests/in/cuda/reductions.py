# kernel: block_sum(float64[::1], float64[::1])
# kernel: warp_sum(int32[::1], int32[::1])
# A tree reduction in shared memory, then one atomic add per block; a warp
# reduction through shfl.sync.down, then one atomic add per warp.
from penna import cuda, float64


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
