# kernel: add32(float32[::1], float32[::1])
# kernel: add64(float64[::1], float64[::1])
# Float atomic adds on global memory: native on gfx942 (agent scope), a
# compare-and-swap loop where the only native instructions are unsafe on
# memory shared with the host (gfx90a without unsafe_fp_atomics) or absent.
# gcn gfx942: has global_atomic_add_f32
# gcn gfx942: has global_atomic_add_f64
# gcn gfx942: lacks global_atomic_cmpswap
# gcn gfx90a gfx1030 gfx1100: has global_atomic_cmpswap
from penna import cuda


def add32(x, total):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.add(total, 0, x[i])


def add64(x, total):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.add(total, 0, x[i])
