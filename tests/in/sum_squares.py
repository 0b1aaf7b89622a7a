# case: sum_squares(float64[::1])
# case: sum_squares(float32[:])
# options: fastmath
# With fastmath the reduction may be reassociated, so the contiguous float64
# loop vectorises (AVX2: 4 doubles per vector).
# CHECK-O3: <4 x double>
# CHECK-O3: fadd fast


def sum_squares(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s
