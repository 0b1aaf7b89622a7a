"""Builtins, math and NumPy scalar functions against CPython's."""

import math

import numpy as np
import pytest

import penna

UNARY_MATH = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
              "asin", "acos", "atan", "sinh", "cosh", "tanh", "erf", "erfc", "gamma", "lgamma",
              "fabs", "asinh", "acosh", "atanh", "degrees", "radians"]


def domain(name):
    if name in ("asin", "acos", "atanh"):
        return [-0.9, -0.3, 0.0, 0.5, 0.75]
    if name == "log1p":
        return [-0.5, 0.0, 0.3, 2.0, 7.25]
    if name in ("log", "log2", "log10", "sqrt", "gamma", "lgamma", "acosh"):
        return [1.0, 1.5, 2.0, 10.0, 123.25]
    return [-3.5, -1.0, 0.0, 0.3, 2.0, 7.25]


def make(name):
    namespace = {"math": math, "penna": penna}
    exec(f"def f(x):\n    return math.{name}(x)\n", namespace)
    return namespace["f"]


@pytest.mark.parametrize("name", UNARY_MATH)
def test_math_unary(tmp_path, name, monkeypatch):
    # The function must live in a file penna can read: write it to one.
    path = tmp_path / f"m_{name}.py"
    path.write_text(f"import math\n\ndef f(x):\n    return math.{name}(x)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__(f"m_{name}")
    f = penna.jit(module.f)
    for x in domain(name):
        want = module.f(x)
        assert math.isclose(f(x), want, rel_tol=1e-13, abs_tol=1e-15), (name, x)
    # float32 in, float32 math, float32 precision.
    x = np.float32(domain(name)[-2])
    assert math.isclose(f(x), getattr(math, name)(float(x)), rel_tol=1e-5, abs_tol=1e-6)


@penna.jit
def math_binary(x, y):
    return math.atan2(x, y), math.copysign(x, y), math.hypot(x, y), math.pow(abs(x), y), math.fmod(x, y)


def test_math_binary(check):
    for x in [-2.5, 0.5, 3.0]:
        for y in [-1.5, 0.25, 2.0]:
            check(math_binary, x, y, rel=1e-13)


@penna.jit
def rounding(x):
    return math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x), math.isnan(x), math.isinf(x), math.isfinite(x)


def test_rounding_and_predicates(check):
    for x in [-2.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 10.0]:
        check(rounding, x)


@penna.jit
def predicates(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


def test_predicates_on_special_values(check):
    for x in [math.nan, math.inf, -math.inf, 0.0, 1.0]:
        check(predicates, x)


@penna.jit
def constants():
    return math.pi, math.e, math.tau, np.pi, math.inf


def test_math_constants(check):
    check(constants)


@penna.jit
def builtins_(a, b):
    return abs(a), min(a, b), max(a, b), min(a, b, 0), max((a, b, 3)), divmod(a, b), pow(a, 2)


def test_builtins(check):
    for a in [-7, 0, 9]:
        for b in [-3, 4]:
            check(builtins_, a, b)
    for a in [-7.5, 0.0, 9.25]:
        for b in [-3.0, 4.5]:
            check(builtins_, a, b)


@penna.jit
def conversions(x):
    return int(x), float(x), bool(x), complex(x, 1.0), round(x, 2)


def test_conversions(check):
    for x in [-2.75, 0.0, 3.14159, 1e10]:
        check(conversions, x)
    for x in [-3, 0, 5]:
        check(conversions, x)


@penna.jit
def numpy_ctors(x):
    return np.float32(x), np.int32(x), np.uint8(x), np.float64(x), np.int64(x), np.bool_(x)


def test_numpy_scalar_constructors():
    got = numpy_ctors(3.75)
    assert got[0] == float(np.float32(3.75))
    assert got[1:] == (3, 3, 3.75, 3, True)
    assert numpy_ctors(-1.0)[2] == 0  # saturating conversion of a negative float to uint8


@penna.jit
def numpy_math(x):
    return np.sqrt(x), np.exp(x), np.floor(x), np.abs(-x), np.arctan2(x, 2.0), np.log(x)


def test_numpy_scalar_math():
    x = 2.5
    got = numpy_math(x)
    want = (np.sqrt(x), np.exp(x), np.floor(x), np.abs(-x), np.arctan2(x, 2.0), np.log(x))
    for g, w in zip(got, want):
        assert math.isclose(g, w, rel_tol=1e-14)
    assert isinstance(got[2], float)  # np.floor keeps the float type; math.floor gives int


@penna.jit
def from_imports(x):
    return sqrt(x) + floor(x)


from math import floor, sqrt  # noqa: E402  (names bound after the def, resolved at compile time)


def test_functions_imported_by_name(check):
    check(from_imports, 7.5)
