"""Shared helpers: compile a function with penna and compare against CPython."""

import atexit
import math
import os
import shutil
import tempfile

import pytest

# The suite compiles into a disk cache of its own, removed at the end, so that
# no run reads entries an earlier build wrote (and none is left behind).
if "PENNA_CACHE_DIR" not in os.environ:
    os.environ["PENNA_CACHE_DIR"] = tempfile.mkdtemp(prefix="penna-test-cache-")
    atexit.register(shutil.rmtree, os.environ["PENNA_CACHE_DIR"], True)


def same(a, b, rel=1e-12):
    """Equal values, with NaN equal to NaN and a relative tolerance for floats."""
    a, b = _plain(a), _plain(b)
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b) and all(
            same(x, y, rel) for x, y in zip(a, b)
        )
    if isinstance(a, complex) or isinstance(b, complex):
        return same(complex(a).real, complex(b).real, rel) and same(complex(a).imag, complex(b).imag, rel)
    if isinstance(a, float) or isinstance(b, float):
        a, b = float(a), float(b)
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        if math.isinf(a) or math.isinf(b):
            return a == b
        return math.isclose(a, b, rel_tol=rel, abs_tol=1e-300)
    return type(a) is type(b) and a == b


@pytest.fixture
def check():
    """check(jitted, *args): the compiled result equals CPython's."""

    def run(jitted, *args, rel=1e-12):
        want = jitted.py_func(*args)
        got = jitted(*args)
        assert same(got, want, rel), f"{jitted.py_func.__name__}{args}: penna {got!r} != CPython {want!r}"
        return got

    return run


def _plain(x):
    """NumPy scalars as the Python numbers penna returns."""
    if not isinstance(x, (tuple, bool, int, float, complex)) and hasattr(x, "item"):
        return x.item()
    return x
