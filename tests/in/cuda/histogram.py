# kernel: histogram(int64[::1], int32[::1])
# kernel: stencil(float32[:, ::1], float32[:, ::1])
# Atomic increments of bins in global memory; a five-point stencil on a 2D grid.
from penna import cuda


def histogram(x, bins):
    i = cuda.grid(1)
    if i < x.shape[0]:
        cuda.atomic.add(bins, x[i] % bins.shape[0], 1)


def stencil(a, out):
    i, j = cuda.grid(2)
    if 0 < i < a.shape[0] - 1 and 0 < j < a.shape[1] - 1:
        out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1]) - a[i, j]
