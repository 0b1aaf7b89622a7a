"""Jitted functions passed as values, for `test_function_values.py`."""

import penna


@penna.jit
def square(x):
    return x * x


@penna.jit
def cube(x):
    return x * x * x


@penna.jit
def apply(f, x):
    return f(x)


@penna.jit
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


@penna.jit
def compose(f, g, x):
    return f(g(x))


@penna.jit
def local_alias(x):
    g = square
    return g(x) + apply(cube, x)


@penna.jit
def from_tuple(fs, x):
    return fs[0](x), fs[1](x)


@penna.jit
def newton(f, df, x0, steps):
    x = x0
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x


@penna.jit
def f_root(x):
    return x * x - 2.0


@penna.jit
def df_root(x):
    return 2.0 * x


@penna.jit
def call_int(n):
    k = n
    return k(1)


@penna.jit
def star_total(*args):
    s = 0.0
    for a in penna.literal_unroll(args):
        s += a
    return s


@penna.jit
def plain_loop_total(first, *rest):
    # A plain `for` over `*rest`: homogeneous items, or none at all.
    s = first
    last = -1
    for r in rest:
        s += r
        last = r
    else:
        s += 1000
    return s, last


@penna.jit
def head_and_count(x, *rest):
    return x * 10 + len(rest)


@penna.jit
def digits(a, b, c=7):
    return a * 100 + b * 10 + c


@penna.jit
def forward(f, *args):
    return f(*args)


@penna.jit
def forward_digits(*args):
    return digits(*args)


@penna.jit
def splice(x, pair):
    return digits(x, *pair), star_total(*pair), star_total(x, *pair, x)


@penna.jit
def unpack_a_number(x):
    return digits(*x)
