"""Pickling compiled objects: by reference when importable, by value when
defined in `__main__` or inside a function; in-process and across
processes (a script pickles, another process unpickles and runs)."""

import json
import os
import pickle
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import penna
from penna import cuda, guvectorize, vectorize

from . import pickled_objects as objs


def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj))


@pytest.mark.parametrize("name", ["add", "fib", "eager", "twice", "ufunc", "eager_ufunc", "gufunc",
                                  "kernel", "device", "parallel_sum"])
def test_importable_objects_pickle_by_reference(name):
    obj = getattr(objs, name)
    assert roundtrip(obj) is obj


def test_by_reference_results():
    assert roundtrip(objs.fib)(15) == 610
    np.testing.assert_allclose(roundtrip(objs.ufunc)(np.arange(5.0), 2.0), np.arange(5.0) * 2.0 + 1.0)


def local_objects():
    """Objects made inside a function: not importable, so pickled by value."""
    offset = 3

    @penna.jit
    def shifted(x):
        return x + offset + objs.SCALE

    @penna.jit
    def countdown(n):
        # Recursion through a closure cell: the cell refers to the dispatcher.
        return 0 if n == 0 else 1 + countdown(n - 1)

    @penna.jit("float64(float64[:])")
    def total(a):
        return np.sum(a) * objs.SCALE

    @vectorize(["float64(float64)", "int64(int64)"])
    def square(x):
        return x * x

    @guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
    def cumulative(a, out):
        s = 0.0
        for i in range(a.shape[0]):
            s += a[i]
            out[i] = s

    @cuda.jit(target="cpu")
    def scale(a, k):
        i = cuda.grid(1)
        if i < a.shape[0]:
            a[i] *= k

    return shifted, countdown, total, square, cumulative, scale


def test_local_objects_pickle_by_value():
    shifted, countdown, total, square, cumulative, scale = [roundtrip(o) for o in local_objects()]
    assert shifted(1) == 1 + 3 + objs.SCALE
    assert countdown(30) == 30
    a = np.linspace(0.0, 1.0, 11)
    assert total(a) == pytest.approx(np.sum(a) * objs.SCALE)
    assert len(total.signatures) == 1  # eager signatures are compiled again
    np.testing.assert_array_equal(square(np.arange(6)), np.arange(6) ** 2)
    assert square.ntypes == 2
    np.testing.assert_allclose(cumulative(a), np.cumsum(a))
    b = np.arange(8.0)
    scale[2, 4](b, 2.0)
    np.testing.assert_array_equal(b, np.arange(8.0) * 2.0)


def test_a_rebuilt_object_pickles_again():
    shifted = roundtrip(roundtrip(local_objects()[0]))
    assert shifted(2) == 2 + 3 + objs.SCALE


def test_internal_dispatchers_refuse_with_a_hint():
    with pytest.raises(TypeError, match="internal dispatcher"):
        pickle.dumps(objs.ufunc._dispatcher)


SCRIPT = """
import json, pickle, sys
import numpy as np
import penna
from penna import cuda, vectorize

LIMIT = 100.0

@penna.jit
def clipped(x):
    return min(x, LIMIT)

@penna.jit
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@penna.jit
def uses_both(a):
    s = 0.0
    for x in a:
        s += clipped(x * x)
    return s + fib(10)

@vectorize
def hypot(x, y):
    return np.sqrt(x * x + y * y)

@cuda.jit(target="cpu")
def fill(out, v):
    i = cuda.grid(1)
    if i < out.shape[0]:
        out[i] = v + i

if __name__ == "__main__":
    with open(sys.argv[1], "wb") as f:
        pickle.dump({"uses_both": uses_both, "fib": fib, "hypot": hypot, "fill": fill}, f)
    a = np.arange(20.0)
    print(json.dumps({"uses_both": uses_both(a), "fib": fib(20)}))
"""

LOADER = """
import json, pickle, sys
import numpy as np
import penna
with open(sys.argv[1], "rb") as f:
    objs = pickle.load(f)
a = np.arange(20.0)
out = np.zeros(5)
objs["fill"][1, 8](out, 1.5)
print(json.dumps({
    "uses_both": objs["uses_both"](a),
    "fib": objs["fib"](20),
    "hypot": objs["hypot"](np.array([3.0, 5.0]), np.array([4.0, 12.0])).tolist(),
    "fill": out.tolist(),
    "info": penna.cache.info(),
}))
"""


def test_main_module_objects_run_in_another_process(tmp_path):
    (tmp_path / "script.py").write_text(textwrap.dedent(SCRIPT))
    (tmp_path / "loader.py").write_text(textwrap.dedent(LOADER))
    env = dict(os.environ, PENNA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("PENNA_CACHE", None)

    def run(*args):
        done = subprocess.run([sys.executable, *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    made = run("script.py", "objs.pkl")
    expected = sum(min(x * x, 100.0) for x in range(20)) + 55
    assert made == {"uses_both": expected, "fib": 6765}
    # The loader never saw the script: the functions came by value.
    (tmp_path / "script.py").unlink()
    loaded = run("loader.py", "objs.pkl")
    assert loaded["uses_both"] == expected and loaded["fib"] == 6765
    assert loaded["hypot"] == [5.0, 13.0]
    assert loaded["fill"] == [1.5 + i for i in range(5)]
    # uses_both and fib were compiled by the script: the loader loads them.
    info = loaded["info"]
    assert info["hits"] >= 2, info
