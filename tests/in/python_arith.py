# case: arith(int64, int64)
# case: arith(float64, int32)
# Python's floor division and modulo, with the division-by-zero check.
# CHECK-O3: penna.msg


def arith(a, b):
    return a // b, a % b, a / b, a ** 2, -a
