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
    [({}, "`dict`"), ("abc", "`str`"), (np.array(["a"]), "dtype 'str'"), (np.array([None]), "dtype 'object'"), ([1], "`list`")],
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
