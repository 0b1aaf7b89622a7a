"""print() inside compiled code writes exactly what CPython writes."""

import numpy as np
import pytest

import penna


@penna.jit
def report(n, x, z):
    print("n =", n, "x:", x, z, (n, (x, True)), None)
    print(n, x, sep=", ", end=" <end>\n")
    for i in range(3):
        print("step", i, i * x, i % 2 == 0)
    print()
    return n


@pytest.mark.parametrize(
    "args",
    [(3, 2.5, 1 + 2j), (-7, float("nan"), -0.0j), (2**62, 1e300, complex(1.5, -2)), (0, -0.1, 1j)],
)
def test_print_matches_cpython(capsys, args):
    report(*args)
    compiled = capsys.readouterr().out
    report.py_func(*args)
    assert compiled == capsys.readouterr().out


def test_print_numpy_scalar_types(capsys):
    @penna.jit
    def show(a, b, c, d):
        print(a, b, c, d)

    show(np.int8(-3), np.uint64(2**63), np.float64(0.1), np.bool_(False))
    assert capsys.readouterr().out == "-3 9223372036854775808 0.1 False\n"


def test_float32_float16_and_complex64_print_as_numpy(capsys):
    @penna.jit
    def show(a, b, c):
        print(a, b, c)
        print(a * a, b + b)

    values = [(np.float32(0.1), np.float16(0.1), np.complex64(0.1 + 0.2j)),
              (np.float32(123456789.0), np.float16(65504), np.complex64(1j)),
              (np.float32(1e-5), np.float16(-0.0), np.complex64(1e8 - 1j)),
              (np.float32("nan"), np.float16("inf"), np.complex64(1 / 3))]
    for a, b, c in values:
        show(a, b, c)
        with np.errstate(over="ignore", invalid="ignore"):
            expect = f"{str(a)} {str(b)} {str(c)}\n{str(a * a)} {str(b + b)}\n"
        assert capsys.readouterr().out == expect


def test_print_from_a_nogil_function(capsys):
    @penna.jit(nogil=True)
    def shout(n):
        print("value", n)
        return n

    assert shout(5) == 5
    assert capsys.readouterr().out == "value 5\n"


def test_printing_an_array_is_a_clear_error():
    @penna.jit
    def show(a):
        print(a)

    with pytest.raises(penna.errors.UnsupportedError, match="printing a value of type float64"):
        show(np.zeros(3))


def test_print_is_a_statement_only():
    @penna.jit
    def value(x):
        y = print(x)
        return x

    with pytest.raises(penna.errors.UnsupportedError, match="only be used as a statement"):
        value(1)


@penna.jit
def show_containers(n):
    l = [i * 0.5 for i in range(n)]
    d = {i: (i, i * 2) for i in range(n)}
    s = {1, 2}
    best = None
    for x in l:
        if x > 0.6:
            best = x
    print(l, d, s, best, (n, best), [[1, 2], [3]])
    missing = None
    if n > 10:
        missing = 2.5
    print(missing, sorted(s, reverse=True))


@pytest.mark.parametrize("n", [0, 1, 3])
def test_print_containers_and_optional_values_as_cpython(capsys, n):
    show_containers(n)
    compiled = capsys.readouterr().out
    show_containers.py_func(n)
    assert compiled == capsys.readouterr().out
