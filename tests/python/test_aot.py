"""Modules compiled ahead of time (`python -m penna aot`): the extension runs
in a process where penna cannot be imported, the C library from a C program;
results are compared with the same functions run by CPython."""

import json
import math
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from penna import aot

HERE = Path(__file__).parent / "aot"
sys.path.insert(0, str(HERE))
import aotmod  # noqa: E402  (the source module, run by penna's JIT and by CPython)

pytestmark = pytest.mark.skipif(shutil.which(os.environ.get("CC", "cc")) is None,
                                reason="penna aot links with a C compiler and none is installed")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("aot")
    result = aot.build(HERE / "aotmod.py", out)
    return out, result


@pytest.fixture(scope="module")
def checked(built):
    out, _ = built
    env = dict(os.environ, PYTHONPATH=str(out))
    done = subprocess.run([sys.executable, "-P", str(HERE / "aot_check.py")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    return lines[:-1], json.loads(lines[-1])


def py(name):
    return getattr(aotmod, name).py_func


def test_outputs(built):
    out, result = built
    assert aotmod.total.__doc__ == "The sum of a."  # the JIT's dispatcher, as functools.wraps
    assert result["extension"].is_file() and result["library"].is_file()
    assert result["header"].read_text().count("int32_t aotmod_") >= 15
    assert "add: complex128(complex128, complex128)" in result["signatures"]


def test_runs_without_penna(built, checked):
    _, got = checked
    assert got["penna_loaded"] is False
    assert got["file"].startswith(str(built[0]))
    a = np.linspace(-2.0, 3.0, 11)
    assert got["total"] == pytest.approx(py("total")(a))
    assert got["total_strided"] == pytest.approx(py("total")(a[::3]))
    assert got["add"][:2] == [py("add")(2, 3), py("add")(2.5, 1)]
    assert got["add"][2] == repr(py("add")(1j, 2))
    m = np.arange(12, dtype=np.float32).reshape(3, 4)
    assert got["scaled"] == (m * np.float32(0.5)).tolist()
    assert got["scaled_dtype"] == "float32"
    assert got["evens"] == a[::2].tolist()
    assert got["at"] == 3
    assert got["hyp"] == pytest.approx(math.hypot(1.5, 2.0) + math.sqrt(1.5))
    assert got["stats"] == [pytest.approx(a.mean()), int(np.argmax(a))]
    rows = np.arange(20.0).reshape(5, 4)
    assert got["row_norms"] == pytest.approx(np.sqrt((rows * rows).sum(axis=1)).tolist())
    assert got["wrapping_add"] == (np.array([250, 3], np.uint8) + np.uint8(10)).tolist()
    assert got["primes"] == [n for n in range(30) if py("is_prime")(n)]
    np.random.seed(7)
    assert got["draws"] == np.random.random(3).tolist()
    assert got["sorted"] == [1, 2, 3]
    assert got["withdraw"] == 70
    assert got["fill"] == [None, [1.5] * 4]
    assert got["doc"] == "The sum of a."
    assert got["signatures"] == ["int64(int64, int64)", "float64(float64, float64)",
                                 "complex128(complex128, complex128)"]


def test_exceptions(checked):
    errors = checked[1]["errors"]
    assert errors["at"] == ["IndexError", "index 9 is out of bounds for axis 0 with size 5"]
    assert errors["ratio"] == ["ZeroDivisionError", "float division by zero"]
    assert errors["negative"] == ["ValueError", "negative amount"]
    # The source module's own class, defined by the extension.
    assert errors["overdrawn"] == ["Overdrawn", "balance would be negative"]
    for name, what in [("types", "int64 array(1-d)"), ("readonly", "read-only float64"),
                       ("list", "(list)")]:
        assert errors[name][0] == "TypeError"
        assert "compiled ahead of time for" in errors[name][1] and what in errors[name][1]


def test_nogil_releases_the_gil(checked):
    # The interpreter ran while a 0.3 s nogil=True call was in progress
    # (with the GIL held it could not take a single step).
    assert checked[1]["nogil_steps"] > 1000


def test_print(checked):
    assert checked[0] == ["n is 3 2.5"]


def test_no_llvm_no_penna_linked(built):
    out, result = built
    ldd = subprocess.run(["ldd", str(result["extension"])], capture_output=True, text=True)
    assert "LLVM" not in ldd.stdout and "_native" not in ldd.stdout
    assert "python" not in subprocess.run(["ldd", str(result["library"])],
                                          capture_output=True, text=True).stdout


C_PROGRAM = r"""
#include <stdio.h>
#include "aotmod.h"
int main(void) {
    double data[5] = {1.5, -2.0, 3.25, 4.0, 0.5};
    penna_array1 a = {0, data, {5}, {sizeof(double)}};
    double s, h;
    int64_t k;
    penna_exception err;
    if (aotmod_total(&a, &s, &err) || aotmod_add_0(2, 40, &k, NULL) || aotmod_hyp(1.5, &h, NULL))
        return 1;
    penna_array1 half;
    float m[6] = {0, 1, 2, 3, 4, 5};
    penna_array2 mat = {0, m, {2, 3}, {3 * sizeof(float), sizeof(float)}};
    penna_array2 out2;
    if (aotmod_scaled(&mat, 0.5f, &out2, NULL)) return 1;
    if (aotmod_evens(&a, &half, NULL)) return 1;
    printf("%.17g %lld %.17g %g %g %lld\n", s, (long long)k, h, ((float *)out2.data)[5],
           *(double *)((char *)half.data + 2 * half.strides[0]), (long long)half.shape[0]);
    penna_release(out2.meminfo);
    penna_release(half.meminfo);
    int32_t idx[3] = {7, 8, 9};
    penna_array1 ia = {0, idx, {3}, {sizeof(int32_t)}};
    int64_t v;
    int status = aotmod_at(&ia, 5, &v, &err);
    char message[128];
    penna_error_message(&err, message, sizeof message);
    printf("%d %s %s\n", status, penna_error_class(err.kind), message);
    status = aotmod_withdraw(500, &k, &err);
    penna_error_message(&err, message, sizeof message);
    printf("%d %s %s\n", status, penna_error_class(err.kind), message);
    uint64_t allocated, freed;
    penna_allocation_stats(&allocated, &freed);
    printf("%llu\n", (unsigned long long)(allocated - freed));
    return 0;
}
"""


def test_c_library(built, tmp_path):
    out, _ = built
    (tmp_path / "main.c").write_text(C_PROGRAM)
    exe = tmp_path / "main"
    cc = os.environ.get("CC", "cc")
    subprocess.run([cc, "-o", str(exe), str(tmp_path / "main.c"), f"-I{out}", f"-L{out}",
                    "-laotmod", f"-Wl,-rpath,{out}"], check=True)
    lines = subprocess.run([str(exe)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    data = np.array([1.5, -2.0, 3.25, 4.0, 0.5])
    s, k, h, last, third, n = lines[0].split()
    assert float(s) == py("total")(data) and int(k) == 42
    assert float(h) == pytest.approx(math.hypot(1.5, 2.0) + math.sqrt(1.5))
    assert float(last) == 2.5 and float(third) == 0.5 and int(n) == 3
    assert lines[1] == "1 IndexError index 5 is out of bounds for axis 0 with size 3"
    assert lines[2] == "1 Overdrawn balance would be negative"
    assert lines[3] == "0"  # every array returned to C was released


EXPORTED = '''
import penna

@penna.jit
def double(x):
    return 2 * x

@penna.jit
def unused(x):
    return x

__penna_export__ = {"double": ["int64(int64)", "float32(float32)"]}
'''


def test_export_list_and_cpu(tmp_path):
    src = tmp_path / "exported.py"
    src.write_text(EXPORTED)
    result = aot.build(src, tmp_path / "out", cpu="x86-64")
    assert result["functions"] == ["double"]
    code = "import exported; print(exported.double(21), exported.double(1.25), " \
           "hasattr(exported, 'unused'))"
    done = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(tmp_path / "out")))
    assert done.stdout.split() == ["42", "2.5", "False"], done.stderr


def test_clear_errors(tmp_path):
    src = tmp_path / "lists.py"
    src.write_text("import penna\n\n@penna.jit('int64(ListType[int64])')\n"
                   "def first(xs):\n    return xs[0]\n")
    with pytest.raises(TypeError, match="take and return numbers, NumPy arrays"):
        aot.build(src, tmp_path / "out")
    empty = tmp_path / "empty.py"
    empty.write_text("import penna\n\n@penna.jit\ndef f(x):\n    return x\n")
    with pytest.raises(aot.AotError, match="no function to export"):
        aot.build(empty, tmp_path / "out")


def test_command_line(tmp_path):
    src = tmp_path / "cli_mod.py"
    src.write_text(textwrap.dedent('''
        import penna

        @penna.jit("float64(float64)")
        def twice(x):
            return 2.0 * x
    '''))
    done = subprocess.run([sys.executable, "-m", "penna", "aot", str(src), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "twice: float64(float64)" in done.stdout and "extension:" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "penna", "aot", str(tmp_path / "nope.py")],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "penna aot:" in bad.stderr
