"""The dispatcher: lazy specialisation, eager signatures, inspection, options."""

import threading

import numpy as np
import pytest

import penna
from penna import float32, float64, int64


@penna.njit
def square(x):
    return x * x


def test_one_specialisation_per_argument_types():
    @penna.jit
    def twice(x):
        return x + x

    assert twice(2) == 4
    assert twice(2.5) == 5.0
    assert twice(np.float32(1.5)) == 3.0
    assert twice(3) == 6
    assert [str(s[0]) for s in twice.signatures] == ["int64", "float64", "float32"]
    assert twice.py_func(4) == 8


def test_eager_compilation_from_signature_strings():
    @penna.jit(["float64(float64)", "int64(int64)"])
    def cube(x):
        return x * x * x

    assert len(cube.signatures) == 2
    assert cube(2) == 8
    assert cube(1.5) == 3.375
    # float32 converts to the float64 signature; a tuple matches none.
    assert cube(np.float32(2.0)) == 8.0
    with pytest.raises(penna.errors.TypingError, match="no matching definition"):
        cube((1, 2))


def test_eager_compilation_from_type_objects():
    @penna.jit(float64(float64[:], int64))
    def get(a, i):
        return a[i]

    assert get(np.arange(4.0), 2) == 2.0
    assert str(get.signatures[0][0]) == "float64[:]"


def test_declared_return_type_converts_the_result():
    @penna.jit("float32(int64)")
    def half(x):
        return x // 2

    assert half(7) == 3.0 and isinstance(half(7), float)


def test_signature_errors_are_reported():
    with pytest.raises(penna.errors.TypingError, match="unknown type"):
        penna.jit("float65(int64)")(lambda x: x)


def test_inspection():
    square(3)
    ir = square.inspect_ir()
    assert any("mul x, x" in text for text in ir.values()), ir
    llvm = square.inspect_llvm((int64,))
    assert "define" in llvm and "mul" in llvm
    asm = square.inspect_asm("(int64)")
    assert "imul" in asm


def test_fastmath_sets_llvm_flags():
    @penna.jit(fastmath=True)
    def dot(a, b):
        s = 0.0
        for i in range(a.shape[0]):
            s += a[i] * b[i]
        return s

    x = np.arange(100.0)
    assert dot(x, x) == float(x @ x)
    assert "fast" in next(iter(dot.inspect_llvm().values()))


def test_nogil_releases_the_gil():
    @penna.jit(nogil=True)
    def spin(n):
        s = 0
        for i in range(n):
            s += i % 7
        return s

    expected = spin.py_func(1000)
    results = []
    threads = [threading.Thread(target=lambda: results.append(spin(1000))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_unknown_options_are_rejected():
    with pytest.raises(TypeError, match="unknown option"):
        penna.jit(fastmth=True)


def test_cache_and_parallel_are_accepted():
    @penna.jit(cache=True, parallel=True)
    def f(n):
        s = 0
        for i in penna.prange(n):
            s += i
        return s

    assert f(10) == 45


def test_float32_type_object_signature():
    @penna.jit(float32(float32, float32))
    def add(a, b):
        return a + b

    assert add(1.5, 2.25) == 3.75


@pytest.mark.parametrize(
    "value",
    [np.bool_(True), np.int8(-5), np.int16(-300), np.int32(-70000), np.int64(-2**40), np.uint8(200),
     np.uint16(60000), np.uint32(4_000_000_000), np.uint64(2**63 + 5), np.float32(1.25), np.float64(-2.5),
     np.complex64(1 - 2j), np.complex128(3 + 4j)],
)
def test_numpy_scalars_keep_their_type_and_value(value):
    @penna.jit
    def ident(x):
        return x

    # First call: typed by the slow path; later calls: by the type-pointer cache.
    for _ in range(3):
        got = ident(value)
        assert got == value.item()
    assert str(ident.signatures[0][0]) == value.dtype.name


def test_subclasses_of_numpy_scalars_are_not_mistaken_for_them():
    class Celsius(np.float64):
        pass

    @penna.jit
    def twice(x):
        return x * 2

    assert twice(np.float32(1.5)) == 3.0
    assert twice(Celsius(21.0)) == 42.0


def test_concurrent_first_calls_compile_once_without_deadlock():
    # Compilation releases the GIL while LLVM runs; threads that need the same
    # dispatcher wait for it without holding the GIL.
    @penna.jit
    def poly(x):
        return 3 * x * x + 2 * x + 1

    values = [2, 2.5, 2, np.float32(1.5), 2.5, 7, np.int8(3), 1.0]
    results = [None] * len(values)

    def call(i):
        results[i] = poly(values[i])

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(values))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert results == [poly.py_func(v) for v in values]
    # One specialisation per distinct argument type, however the threads raced.
    assert sorted(str(s[0]) for s in poly.signatures) == ["float32", "float64", "int64", "int8"]


# ---------------------------------------------------------------- call paths
# A dispatcher is called through vectorcall (positional arguments straight
# from the caller) and through tp_call (a tuple and keywords: `f(**kw)`,
# `functools.partial`, `map`, C code). Both must give the same results and
# the same errors.


def _paths(f, *args, **kwargs):
    """`f(*args, **kwargs)` through each door CPython may take."""
    import functools
    import operator

    return [
        f(*args, **kwargs),
        operator.call(f, *args, **kwargs) if hasattr(operator, "call") else f(*args, **kwargs),
        functools.partial(f, *args)(**kwargs),
        type(f).__call__(f, *args, **kwargs),
    ]


def test_vectorcall_and_tp_call_agree_on_every_argument_kind():
    @penna.jit
    def mix(a, x=2.0, n=3):
        return a.sum() * x + n

    a = np.arange(5.0)
    for args, kwargs in [((a,), {}), ((a, 1.5), {}), ((a,), {"n": 7}),
                         ((a,), {"x": 0.5, "n": 1}), ((), {"a": a})]:
        expected = mix.py_func(*args, **kwargs)
        assert _paths(mix, *args, **kwargs) == [expected] * 4


def test_zero_argument_calls_and_returned_arrays_take_both_paths():
    @penna.jit
    def nothing():
        return 42

    @penna.jit
    def same(a):
        return a

    assert _paths(nothing) == [42] * 4
    a = np.arange(3)
    for out in _paths(same, a):
        # An argument returned is a view of the caller's own array.
        assert out.base is a and np.array_equal(out, a)


def test_vectorcall_keeps_errors_of_arity_types_and_raises():
    @penna.jit
    def div(x, y):
        return x // y

    with pytest.raises(TypeError):
        div(1)
    with pytest.raises(TypeError):
        div(1, 2, 3)
    with pytest.raises(TypeError):
        div(1, y=2, z=3)
    with pytest.raises(penna.errors.TypingError, match="argument `y`"):
        div(1, object())
    with pytest.raises(ZeroDivisionError):
        div(1, 0)
    assert div(7, -2) == 7 // -2
    assert div(x=7, y=2) == 3


def test_vectorcall_reaches_eager_signatures_and_star_args():
    @penna.jit("float64(float64, float64)")
    def add(x, y):
        return x + y

    assert add(1, 2) == 3.0 and isinstance(add(1, 2), float)
    assert add(np.float32(1.5), 2.0) == 3.5

    @penna.jit
    def total(first, *rest):
        s = first
        for r in rest:
            s += r
        return s

    assert total(1) == 1
    assert total(1, 2, 3) == 6
    assert list(map(total, [1, 2], [10, 20])) == [11, 22]


def test_reflected_lists_and_typed_containers_through_vectorcall():
    @penna.jit
    def push(xs, v):
        xs.append(v)
        return len(xs)

    xs = [1, 2]
    assert push(xs, 3) == 3
    assert xs == [1, 2, 3]

    d = penna.typed.Dict.empty(penna.types.int64, penna.types.float64)

    @penna.jit
    def put(d, a):
        d[0] = a.sum()
        return len(d)

    assert put(d, np.ones(4)) == 1
    assert d[0] == 4.0
