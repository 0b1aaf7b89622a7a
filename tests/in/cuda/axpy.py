# kernel: axpy(float32, float32[:], float32[:], float32[:])
# kernel: axpy(float64, float64[::1], float64[::1], float64[::1])
# One thread per element: the index is ctaid.x * ntid.x + tid.x, the store is
# to global memory, strided arrays scale the index by their byte stride.
from penna import cuda


def axpy(a, x, y, out):
    i = cuda.grid(1)
    if i < out.size:
        out[i] = a * x[i] + y[i]
