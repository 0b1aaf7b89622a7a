"""Bad programs give clear errors: snapshot-tested rendered messages (file,
line, code frame with caret, types, hint). Regenerate with BLESS=1."""

import os
import pathlib

import numpy as np
import pytest

import penna
from penna.errors import CompileError, TypingError, UnsupportedError

from . import bad_programs

HERE = pathlib.Path(__file__).parent
SNAPSHOT = HERE / "snapshots" / "errors.txt"


def render_all():
    out = []
    for name, args in bad_programs.CASES:
        f = penna.jit(getattr(bad_programs, name))
        with pytest.raises(CompileError) as info:
            f(*args)
        err = info.value
        text = str(err).replace(str(HERE), "<tests>")
        out.append(f"### {name} -> {type(err).__name__} at line {err.lineno}, col {err.col}\n{text}\n")
    return "\n".join(out)


def test_error_messages_match_snapshots():
    text = render_all()
    if os.environ.get("BLESS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text)
    assert text == SNAPSHOT.read_text(), "rendered errors changed; run with BLESS=1 to accept"


def test_every_error_has_a_location_and_a_kind():
    for name, args in bad_programs.CASES:
        with pytest.raises(CompileError) as info:
            penna.jit(getattr(bad_programs, name))(*args)
        err = info.value
        assert err.filename.endswith("bad_programs.py"), name
        assert err.lineno is not None and err.col is not None, name
        assert isinstance(err, (TypingError, UnsupportedError)), name


@pytest.mark.parametrize(
    "value, text",
    [({}, "`dict`"), (b"abc", "`bytes`"), (np.array(["a"]), "dtype 'str'"), (np.array([None]), "dtype 'object'"), ([1, 2.0], "a list of mixed types (int64 and float64)")],
)
def test_unsupported_arguments_name_the_argument_and_its_type(value, text):
    @penna.jit
    def ident(first, second):
        return first

    with pytest.raises(TypingError) as info:
        ident(1, value)
    assert "argument `second` of `ident`" in str(info.value)
    assert text in str(info.value)


def test_typing_errors_are_type_errors():
    assert issubclass(TypingError, TypeError)


def test_runtime_exceptions_become_python_exceptions():
    @penna.jit
    def check(x):
        if x < 0:
            raise ValueError("x must be non-negative")
        assert x != 3, "three is not allowed"
        return 10 // x

    with pytest.raises(ValueError, match="x must be non-negative"):
        check(-1)
    with pytest.raises(AssertionError, match="three is not allowed"):
        check(3)
    with pytest.raises(ZeroDivisionError):
        check(0)
    assert check(5) == 2


class GridError(ValueError):
    """A user exception class defined at module level."""


class TaggedError(Exception):
    def __init__(self, message="no message"):
        super().__init__(message)
        self.tag = "built by its own __init__"


@penna.jit
def _validate(x):
    if x < 0:
        raise GridError("x must be non-negative")
    if x == 0:
        raise TaggedError
    if x == 1:
        raise TaggedError("one")
    if x == 2:
        raise LookupError("a builtin class without a kind of its own")
    return x


def test_user_exception_classes_are_raised_with_their_message():
    with pytest.raises(GridError, match="x must be non-negative") as info:
        _validate(-1)
    assert type(info.value) is GridError and info.value.args == ("x must be non-negative",)
    with pytest.raises(TaggedError) as info:
        _validate(0)
    assert info.value.args == ("no message",) and info.value.tag == "built by its own __init__"
    with pytest.raises(TaggedError, match="one"):
        _validate(1)
    with pytest.raises(LookupError, match="a builtin class"):
        _validate(2)
    assert _validate(3) == 3
    # Caught as the base class, as in Python.
    with pytest.raises(ValueError):
        _validate(-5)


def test_user_exceptions_cross_calls_parallel_loops_and_ufunc_kernels():
    @penna.jit
    def outer(a):
        s = 0
        for x in a:
            s += _validate(x)
        return s

    @penna.jit(parallel=True)
    def checked(a):
        s = 0
        for i in penna.prange(a.shape[0]):
            s += _validate(a[i])
        return s

    @penna.vectorize(["int64(int64)"])
    def kernel(x):
        if x < 0:
            raise GridError("negative element")
        return x + 1

    assert outer(np.arange(3, 6)) == 12
    with pytest.raises(GridError, match="non-negative"):
        outer(np.array([4, -1, 5]))
    assert checked(np.arange(3, 100)) == sum(range(3, 100))
    with pytest.raises(GridError, match="non-negative"):
        checked(np.array([5] * 50 + [-1] + [5] * 50))
    np.testing.assert_array_equal(kernel(np.arange(4)), np.arange(1, 5))
    with pytest.raises(GridError, match="negative element"):
        kernel(np.array([1, -2, 3]))


def test_exception_classes_from_an_enclosing_function():
    class LocalError(Exception):
        pass

    @penna.jit
    def check(x):
        if x:
            raise LocalError("from a closure")
        return 0

    assert check(0) == 0
    with pytest.raises(LocalError, match="from a closure"):
        check(1)


@penna.jit
def _checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x**0.5


@penna.jit
def _sum_of_roots(n, bad):
    s = 0.0
    for i in range(n):
        for j in range(3):
            s += _checked_sqrt(i - bad if j == 2 else i)
    return s


def test_exceptions_propagate_through_calls_and_loops():
    assert _sum_of_roots(4, 0) == pytest.approx(_sum_of_roots.py_func(4, 0))
    with pytest.raises(ValueError, match="negative input"):
        _sum_of_roots(4, 2)
    # The dispatcher is still usable after an exception.
    assert _sum_of_roots(2, 0) == pytest.approx(_sum_of_roots.py_func(2, 0))


def test_boundscheck_error_from_a_callee_names_the_index():
    @penna.jit(boundscheck=True)
    def get(a, i):
        return a[i]

    @penna.jit(boundscheck=True)
    def total(a, n):
        s = 0.0
        for i in range(n):
            s += get(a, i)
        return s

    a = np.arange(4.0)
    assert total(a, 4) == 6.0
    with pytest.raises(IndexError, match="index 4 is out of bounds for axis 0 with size 4"):
        total(a, 5)
