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
