# case: escape(complex128, int64)


def escape(c, max_iter):
    z = 0j
    for k in range(max_iter):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return k
    return max_iter
