# case: saxpy(float64, float64[::1], float64[::1], float64[::1])
# case: saxpy(float32, float32[::1], float32[::1], float32[::1])
# No reduction: the loop vectorises without fastmath (with run-time alias checks).
# CHECK-O3: <4 x double>
# CHECK-O3: <8 x float>


def saxpy(a, x, y, out):
    for i in range(x.shape[0]):
        out[i] = a * x[i] + y[i]
