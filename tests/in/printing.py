# case: show(int64, float32, tuple(int64, complex128))


def show(n, x, t):
    print("n =", n, x, t, sep=" | ", end="\n\n")
