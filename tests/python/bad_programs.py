"""Programs penna must reject with a clear error. Each function is one case;
tests/python/test_errors.py compiles each and compares the rendered message
with tests/python/snapshots/errors.txt."""

import heapq
import math

import numpy as np

import penna

LOOKUP = {"a": 1}


def add_tuple(x):
    t = (1, 2)
    return x + t


def unify_conflict(n):
    x = 1
    if n > 0:
        x = (1, 2)
    return x


def undefined_name(x):
    return x + y  # noqa: F821


def list_mixed_items(x):
    return [x, (x, x)]


def string_arithmetic(x):
    s = "hello"
    return s - x


def dict_global(x):
    return LOOKUP


def optional_mixed(x):
    y = None if x > 0 else (1, 2)
    return y if x > 1 else 1.5


def array_truth(a):
    if a:
        return 1
    return 0


def too_many_indices(a):
    return a[0, 1]


def float_index(a):
    return a[1.5]


def shift_float(x):
    return x << 2


def unknown_attribute(a):
    return a.foo


def unsupported_math(x):
    return math.frexp(x)


def unsupported_numpy(x):
    return np.fft.fft(x)


def return_in_finally_try(x):
    try:
        return 1 / x
    finally:
        x = 0


def nested_def(x):
    def inner(y):
        return y

    return inner(x)


def range_float(x):
    s = 0
    for i in range(x):
        s += i
    return s


def complex_order(z):
    return z < 1j


def tuple_store(x):
    t = (1, 2)
    t[0] = x
    return t


def never_assigned(n):
    for i in range(n):
        total += i  # noqa: F821
    return total


def plain_python_callee(x):
    return add_tuple(x)


def _helper(a, b):
    return a + b


helper = penna.jit(_helper)


def wrong_arity_call(x):
    return helper(x, x, x)


def with_block(x):
    with open("f") as f:
        return x


def bad_directive(a):
    s = 0.0
    with penna.omp("parallel for reduction(+:s) schedule(sometimes, 4)"):
        for i in range(a.shape[0]):
            s += a[i]
    return s


def raise_a_function(x):
    if x < 0:
        raise helper("negative")
    return x


def barrier_outside_region(a):
    with penna.omp("barrier"):
        pass


def dict_never_typed(x):
    d = {}
    return len(d)


def float_into_int_list(x):
    counts = [0, 0]
    counts.append(x)
    return counts


def key_with_two_parameters(a):
    return sorted(a, key=lambda p, q: p)


def heap_of_arrays(a):
    h = [a]
    heapq.heappush(h, a)
    return h


CASES = [
    ("add_tuple", (1.5,)),
    ("unify_conflict", (1,)),
    ("undefined_name", (1,)),
    ("list_mixed_items", (1,)),
    ("string_arithmetic", (1,)),
    ("dict_global", (1,)),
    ("optional_mixed", (1,)),
    ("array_truth", (np.zeros(3),)),
    ("too_many_indices", (np.zeros(3),)),
    ("float_index", (np.zeros(3),)),
    ("shift_float", (1.5,)),
    ("unknown_attribute", (np.zeros(3),)),
    ("unsupported_math", (1.5,)),
    ("unsupported_numpy", (1.5,)),
    ("return_in_finally_try", (1.5,)),
    ("nested_def", (1,)),
    ("range_float", (2.5,)),
    ("complex_order", (1j,)),
    ("tuple_store", (1,)),
    ("never_assigned", (1,)),
    ("plain_python_callee", (1.5,)),
    ("wrong_arity_call", (1,)),
    ("with_block", (1,)),
    ("bad_directive", (np.zeros(3),)),
    ("barrier_outside_region", (np.zeros(3),)),
    ("raise_a_function", (1,)),
    ("dict_never_typed", (1,)),
    ("float_into_int_list", (2.5,)),
    ("key_with_two_parameters", (np.zeros(3),)),
    ("heap_of_arrays", (np.zeros(3),)),
]
