# case: jacobi(float64[:, ::1], float64[:, ::1])
# case: jacobi(float32[::1, :], float32[::1, :])


def jacobi(a, out):
    n, m = a.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
