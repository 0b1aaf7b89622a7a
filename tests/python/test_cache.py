"""The disk cache of compiled code, across real processes.

Each test writes a small module and a driver script into a temporary
directory and runs the driver in fresh interpreters with their own
`PENNA_CACHE_DIR`; the driver prints its results and `penna.cache.info()`
as JSON.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

DRIVER = """
import json, sys, warnings
warnings.simplefilter("always")
caught = []
warnings.showwarning = lambda m, *a, **k: caught.append(str(m))
import numpy as np, penna
import mod
out = {name: getattr(mod, name)() for name in sys.argv[1:]}
print(json.dumps({"results": out, "info": penna.cache.info(), "warnings": caught}))
"""

MODULE = """
import numpy as np
import penna

WEIGHTS = np.array([1.0, 2.0, 3.0])

@penna.vectorize
def axpy(x, y):
    return 2.0 * x + y

@penna.cuda.jit(target="cpu")
def bump(a):
    i = penna.cuda.grid(1)
    if i < a.shape[0]:
        a[i] += 1.0

@penna.jit
def scaled(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * SCALE
    return s

SCALE = 2.0

@penna.jit
def weighted():
    return scaled(WEIGHTS) + WEIGHTS.sum()

def run_scaled():
    return scaled(np.arange(10.0))

def run_weighted():
    return weighted()

def run_axpy():
    return axpy(np.arange(4.0), np.ones(4)).tolist()

def run_bump():
    a = np.zeros(6)
    bump[2, 4](a)
    return a.tolist()
"""


def write(tmp_path, name, text):
    (tmp_path / name).write_text(textwrap.dedent(text))


def run(tmp_path, *names, env=None):
    e = dict(os.environ)
    e.pop("PENNA_CACHE", None)
    e["PENNA_CACHE_DIR"] = str(tmp_path / "cache")
    e["PYTHONPATH"] = str(tmp_path) + os.pathsep + e.get("PYTHONPATH", "")
    e.update(env or {})
    done = subprocess.run([sys.executable, "-c", DRIVER, *names], cwd=tmp_path, env=e,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def entries(tmp_path):
    d = tmp_path / "cache"
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


@pytest.fixture
def project(tmp_path):
    write(tmp_path, "mod.py", MODULE)
    return tmp_path


def test_a_second_process_loads_the_cached_code(project):
    first = run(project, "run_scaled", "run_weighted")
    assert first["results"] == {"run_scaled": 90.0, "run_weighted": 18.0}
    assert first["info"]["misses"] == 2 and first["info"]["writes"] == 2
    second = run(project, "run_scaled", "run_weighted")
    assert second["results"] == first["results"]
    assert second["info"]["hits"] == 2 and second["info"]["misses"] == 0
    assert all(name.endswith(".pco") for name in entries(project))


def test_ufunc_loops_and_cpu_kernels_are_cached(project):
    first = run(project, "run_axpy", "run_bump")
    assert first["results"] == {"run_axpy": [1.0, 3.0, 5.0, 7.0], "run_bump": [1.0] * 6}
    assert first["info"]["writes"] == 2
    second = run(project, "run_axpy", "run_bump")
    assert second["results"] == first["results"]
    assert second["info"]["hits"] == 2 and second["info"]["misses"] == 0


def test_the_key_covers_source_globals_and_callees(project):
    run(project, "run_weighted")
    # A constant global the callee reads changes: recompiled, new result.
    write(project, "mod.py", MODULE.replace("SCALE = 2.0", "SCALE = 3.0"))
    changed = run(project, "run_weighted")
    assert changed["results"]["run_weighted"] == 6.0 * 3.0 + 6.0
    assert changed["info"]["misses"] == 1
    # A frozen array's contents change.
    write(project, "mod.py", MODULE.replace("[1.0, 2.0, 3.0]", "[1.0, 2.0, 4.0]"))
    assert run(project, "run_weighted")["results"]["run_weighted"] == 7.0 * 2.0 + 7.0


def test_callees_in_other_modules_are_part_of_the_key(tmp_path):
    write(tmp_path, "helper.py", """
        import penna
        @penna.jit
        def bump(x):
            return x + 1
    """)
    write(tmp_path, "mod.py", """
        import penna
        from helper import bump
        @penna.jit
        def twice(x):
            return bump(bump(x))
        def run():
            return twice(1)
    """)
    assert run(tmp_path, "run")["results"]["run"] == 3
    write(tmp_path, "helper.py", """
        import penna
        @penna.jit
        def bump(x):
            return x + 10
    """)
    again = run(tmp_path, "run")
    assert again["results"]["run"] == 21 and again["info"]["misses"] == 1


def test_exception_classes_survive_a_different_registration_order(tmp_path):
    write(tmp_path, "mod.py", """
        import penna
        class First(Exception):
            pass
        class Second(Exception):
            pass
        @penna.jit
        def raise_first():
            raise First("one")
        @penna.jit
        def raise_second():
            raise Second("two")
        def catch(f):
            try:
                f()
            except Exception as e:
                return type(e).__name__
        def run_first():
            return catch(raise_first)
        def run_second():
            return catch(raise_second)
    """)
    assert run(tmp_path, "run_first")["results"] == {"run_first": "First"}
    # Another process registers Second first: First's code differs, so the
    # cached code must not raise the wrong class.
    out = run(tmp_path, "run_second", "run_first")
    assert out["results"] == {"run_second": "Second", "run_first": "First"}


def test_a_corrupt_entry_is_recompiled(project):
    run(project, "run_scaled")
    (name,) = entries(project)
    path = project / "cache" / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    out = run(project, "run_scaled")
    assert out["results"]["run_scaled"] == 90.0
    assert out["info"]["misses"] == 1 and out["info"]["writes"] == 1
    flipped = bytearray(path.read_bytes())
    flipped[-20] ^= 0xFF  # one corrupt byte of object code
    path.write_bytes(bytes(flipped))
    out = run(project, "run_scaled")
    assert out["results"]["run_scaled"] == 90.0 and out["info"]["misses"] == 1
    assert run(project, "run_scaled")["info"]["hits"] == 1


def test_an_unwritable_directory_falls_back_with_one_warning(project):
    (project / "not_a_dir").write_text("")
    env = {"PENNA_CACHE_DIR": str(project / "not_a_dir" / "cache"),
           "XDG_CACHE_HOME": str(project / "xdg")}
    out = run(project, "run_scaled", "run_weighted", env=env)
    assert out["results"]["run_scaled"] == 90.0
    assert len(out["warnings"]) == 1 and "cannot be written" in out["warnings"][0]
    assert len(list((project / "xdg" / "penna").iterdir())) == 2


def test_caching_can_be_turned_off(project):
    out = run(project, "run_scaled", env={"PENNA_CACHE": "0"})
    assert out["results"]["run_scaled"] == 90.0 and out["info"]["writes"] == 0
    assert entries(project) == []
    write(project, "mod.py", MODULE.replace("@penna.jit\ndef scaled", "@penna.jit(cache=False)\ndef scaled"))
    out = run(project, "run_scaled")
    assert out["info"]["writes"] == 0 and entries(project) == []


def test_concurrent_processes_share_one_directory(project):
    e = dict(os.environ, PENNA_CACHE_DIR=str(project / "cache"),
             PYTHONPATH=str(project) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    procs = [subprocess.Popen([sys.executable, "-c", DRIVER, "run_scaled", "run_weighted"], cwd=project,
                              env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(8)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert json.loads(out.strip().splitlines()[-1])["results"] == {"run_scaled": 90.0, "run_weighted": 18.0}
    assert len(entries(project)) == 2  # whole entries only, no temporary files left
    assert run(project, "run_scaled", "run_weighted")["info"]["hits"] == 2


def test_the_size_limit_evicts_the_least_recently_used(project):
    run(project, "run_scaled")
    (scaled,) = entries(project)
    size = (project / "cache" / scaled).stat().st_size
    # Room for one entry of this size and a half: writing a second evicts
    # the older one.
    limit = {"PENNA_CACHE_SIZE_MB": str(1.5 * size / 2**20)}
    out = run(project, "run_weighted", env=limit)
    assert out["results"]["run_weighted"] == 18.0 and out["info"]["writes"] == 1
    (kept,) = entries(project)
    assert kept != scaled
    # A hit keeps an entry: the one read last stays.
    assert run(project, "run_weighted", env=limit)["info"]["hits"] == 1
    assert entries(project) == [kept]


def test_info_and_clear_from_the_command_line(project):
    run(project, "run_scaled")
    e = dict(os.environ, PENNA_CACHE_DIR=str(project / "cache"))
    info = subprocess.run([sys.executable, "-m", "penna", "cache", "info"], env=e,
                          capture_output=True, text=True, check=True).stdout
    assert str(project / "cache") in info and "entries:   1" in info
    cleared = subprocess.run([sys.executable, "-m", "penna", "cache", "clear"], env=e,
                             capture_output=True, text=True, check=True).stdout
    assert "removed 1" in cleared and entries(project) == []


PTX_DRIVER = """
import json, math, penna
from penna import cuda

@cuda.jit("void(float64[:])")
def waves(a):
    i = cuda.grid(1)
    if i < a.size:
        a[i] = math.sin(a[i])

waves.inspect_asm()
print(json.dumps(penna.cache.info()))
"""


def test_ptx_key_follows_the_math_library_file(tmp_path):
    from penna import cuda
    original = cuda._libdevice()
    if original is None:
        pytest.skip("libdevice is not installed (pip install nvidia-cuda-nvcc-cu12)")
    copy = tmp_path / "libdevice.10.bc"
    copy.write_bytes(open(original, "rb").read())
    env = dict(os.environ, PENNA_CACHE_DIR=str(tmp_path / "cache"), PENNA_LIBDEVICE=str(copy))
    env.pop("PENNA_CACHE", None)

    (tmp_path / "ptx_driver.py").write_text(PTX_DRIVER)

    def ptx_entries():
        done = subprocess.run([sys.executable, "ptx_driver.py"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])["entries"]

    first = ptx_entries()
    assert first >= 1
    assert ptx_entries() == first  # the same library: a hit
    os.utime(copy, (1_000_000_000, 1_000_000_000))  # replaced in place (a CUDA update)
    assert ptx_entries() == first + 1
