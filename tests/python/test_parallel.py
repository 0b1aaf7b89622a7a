"""Parallel CPU code: prange, parallel=True, @omp and OpenMP-style directives.

Every parallel result is compared with the same function run serially by
CPython (``py_func``, where prange is range and directives do nothing) or with
NumPy. This machine may have few cores: tests force teams of several threads
with ``num_threads`` where the number matters (teams are capped at
``penna.config_num_threads``).
"""

import math
import os
import subprocess
import sys
import threading

import numpy as np
import pytest

import penna
from penna import errors, omp, prange

THREADS = penna.config_num_threads


@pytest.fixture(autouse=True)
def default_threads():
    yield
    penna.set_num_threads(THREADS)


# ---- prange reductions ----

@penna.jit(parallel=True)
def sum_min_max(a):
    s = 0
    lo = a[0]
    hi = a[0]
    for i in prange(a.shape[0]):
        s += a[i]
        lo = min(lo, a[i])
        hi = max(a[i], hi)
    return s, lo, hi


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32, np.uint8])
@pytest.mark.parametrize("n", [1, 2, 7, 1000, 100_003])
def test_prange_reductions_match_numpy(dtype, n):
    rng = np.random.default_rng(n)
    a = (rng.random(n) * 100).astype(dtype)
    s, lo, hi = sum_min_max(a)
    if np.issubdtype(dtype, np.floating):
        assert s == pytest.approx(float(a.astype(np.float64).sum()), rel=1e-4)
    else:
        assert s == int(a.astype(np.int64).sum())
    assert lo == a.min() and hi == a.max()


@penna.jit(parallel=True)
def several(a, b):
    total = 0.0
    prod = 1.0
    count = 0
    neg = 0.0
    for i in prange(a.shape[0]):
        total += a[i] * b[i]
        prod *= 1.0 + a[i] * 1e-3
        if a[i] > 0.5:
            count += 1
        neg -= b[i]
    return total, prod, count, neg


def test_several_reductions_in_one_loop():
    rng = np.random.default_rng(0)
    a, b = rng.random(50_001), rng.random(50_001)
    got = several(a, b)
    want = several.py_func(a, b)
    assert got[0] == pytest.approx(want[0], rel=1e-10)
    assert got[1] == pytest.approx(want[1], rel=1e-10)
    assert got[2] == want[2]
    assert got[3] == pytest.approx(want[3], rel=1e-10)


@penna.jit(parallel=True)
def empty_loop(n):
    s = 5
    for i in prange(n):
        s += i
    return s


@pytest.mark.parametrize("n", [0, -3, 1, 10])
def test_empty_and_tiny_ranges(n):
    assert empty_loop(n) == empty_loop.py_func(n)


@penna.jit(parallel=True)
def stepped(start, stop, step):
    s = 0
    for i in prange(start, stop, step):
        s += i * i
    return s


@pytest.mark.parametrize("args", [(0, 100, 3), (100, 0, -7), (-50, 50, 1), (5, 5, 2), (10, 0, -1)])
def test_prange_with_steps(args):
    assert stepped(*args) == stepped.py_func(*args)


# ---- private variables, arrays, 2D ----

@penna.jit(parallel=True)
def row_norms(m, out):
    for i in prange(m.shape[0]):
        acc = 0.0
        for j in range(m.shape[1]):
            x = m[i, j]
            acc += x * x
        out[i] = math.sqrt(acc)


@pytest.mark.parametrize("shape", [(1, 5), (37, 3), (500, 64)])
def test_row_loops_with_private_variables(shape):
    m = np.random.default_rng(1).standard_normal(shape)
    out = np.zeros(shape[0])
    row_norms(m, out)
    np.testing.assert_allclose(out, np.linalg.norm(m, axis=1))


def test_non_contiguous_input():
    m = np.random.default_rng(2).standard_normal((40, 30))[::2, ::3]
    out = np.zeros(m.shape[0])
    row_norms(m, out)
    np.testing.assert_allclose(out, np.linalg.norm(m, axis=1))


@penna.jit(parallel=True)
def per_thread_histogram(values, bins, hist):
    # hist[k] += 1 from several threads would race (as in Numba): each thread
    # counts into its own row.
    for i in prange(values.shape[0]):
        t = penna.get_thread_id()
        k = int(values[i] * bins)
        if k == bins:
            k = bins - 1
        hist[t, k] += 1


def test_histogram_with_per_thread_rows():
    values = np.random.default_rng(3).random(200_000)
    hist = np.zeros((THREADS, 16), np.int64)
    per_thread_histogram(values, 16, hist)
    np.testing.assert_array_equal(hist.sum(axis=0), np.histogram(values, 16, (0.0, 1.0))[0])


@penna.jit(parallel=True)
def nested(m):
    s = 0.0
    for i in prange(m.shape[0]):
        for j in prange(m.shape[1]):  # nested: runs serially inside the outer one
            s += m[i, j]
    return s


def test_nested_prange_runs_the_inner_loop_serially():
    m = np.random.default_rng(4).random((300, 200))
    assert nested(m) == pytest.approx(m.sum())
    ir = next(iter(nested.inspect_ir().values()))
    assert ir.count("parallel [") == 1


@penna.jit
def serial_prange(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


def test_prange_without_parallel_is_range():
    a = np.arange(10.0)
    assert serial_prange(a) == 45.0
    ir = next(iter(serial_prange.inspect_ir().values()))
    assert "parallel" not in ir and "in range(" in ir


@penna.jit(parallel=True)
def helper_loop(a, k):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * k
    return s


@penna.jit(parallel=True)
def calls_helper_in_loop(a, reps):
    total = 0.0
    for r in prange(reps):
        total += helper_loop(a, r)
    return total


def test_parallel_callee_inside_parallel_loop_runs_serially():
    a = np.random.default_rng(5).random(1000)
    got = calls_helper_in_loop(a, 20)
    assert got == pytest.approx(sum(a.sum() * r for r in range(20)))


# ---- schedules ----

def triangle(n, out):
    for i in prange(n):
        s = 0.0
        for j in range(i):
            s += math.sqrt(j + 1.0)
        out[i] = s


@pytest.mark.parametrize(
    "schedule", [None, "static", "static, 7", "dynamic", "dynamic, 64", "guided", "guided, 4"]
)
@pytest.mark.parametrize("threads", [1, 3])
def test_triangular_loop_under_each_schedule(schedule, threads):
    f = omp(triangle, schedule=schedule, num_threads=threads)
    out = np.zeros(1001)
    f(1001, out)
    want = np.zeros(1001)
    triangle(1001, want)
    np.testing.assert_allclose(out, want)


@omp
def directive_schedules(n, out, which):
    if which == 0:
        with omp("parallel for schedule(static) num_threads(3)"):
            for i in range(n):
                out[i] = i * 2
    elif which == 1:
        with omp("parallel for schedule(static, 5) num_threads(3)"):
            for i in range(n):
                out[i] = i * 2
    elif which == 2:
        with omp("parallel for schedule(dynamic, 3) num_threads(4)"):
            for i in range(n):
                out[i] = i * 2
    else:
        with omp("parallel for schedule(guided, 2) num_threads(4)"):
            for i in range(n):
                out[i] = i * 2


@pytest.mark.parametrize("which", range(4))
@pytest.mark.parametrize("n", [0, 1, 5, 1003])
def test_every_iteration_runs_exactly_once(which, n):
    out = np.full(n, -1, np.int64)
    directive_schedules(n, out, which)
    np.testing.assert_array_equal(out, np.arange(n) * 2)


# ---- directives ----

@omp
def directive_sum(a):
    s = 0.0
    p = 1.0
    lo = 1e300
    with omp("parallel for reduction(+:s) reduction(*:p) reduction(min:lo) schedule(dynamic, 64)"):
        for i in range(a.shape[0]):
            t = a[i] * 2
            s += t
            p *= 1.0 + a[i] * 1e-4
            lo = min(lo, a[i])
    return s, p, lo


def test_parallel_for_reductions():
    a = np.random.default_rng(6).random(30_000)
    got, want = directive_sum(a), directive_sum.py_func(a)
    assert got == pytest.approx(want, rel=1e-10)


@omp
def pi(steps):
    step = 1.0 / steps
    total = 0.0
    with omp("parallel private(x, partial, i, tid, nthreads)"):
        tid = omp.get_thread_num()
        nthreads = omp.get_num_threads()
        partial = 0.0
        for i in range(tid, steps, nthreads):
            x = (i + 0.5) * step
            partial += 4.0 / (1.0 + x * x)
        with omp("critical"):
            total += partial
    return total * step


def test_region_with_critical_section_computes_pi():
    assert pi(100_000) == pytest.approx(math.pi, rel=1e-9)
    assert pi.py_func(1000) == pytest.approx(math.pi, rel=1e-5)


@omp
def team_info(ids, sizes, n):
    with omp("parallel num_threads(n)"):
        t = omp.get_thread_num()
        ids[t] = t
        sizes[t] = omp.get_num_threads()


@pytest.mark.parametrize("n", [1, 2, 3])
def test_region_team_numbers(n):
    ids = np.full(8, -1, np.int64)
    sizes = np.zeros(8, np.int64)
    team_info(ids, sizes, n)
    size = min(n, THREADS)
    np.testing.assert_array_equal(ids[:size], np.arange(size))
    assert (ids[size:] == -1).all()
    assert (sizes[:size] == size).all()


@omp
def barrier_phases(buf, out):
    with omp("parallel num_threads(4)"):
        t = omp.get_thread_num()
        n = omp.get_num_threads()
        buf[t] = (t + 1) * 10
        with omp("barrier"):
            pass
        # After the barrier every thread sees every other thread's write.
        out[t] = buf[(t + 1) % n]


def test_barrier_orders_the_phases_of_a_region():
    for _ in range(50):
        buf = np.zeros(8, np.int64)
        out = np.zeros(8, np.int64)
        barrier_phases(buf, out)
        n = min(4, THREADS)
        np.testing.assert_array_equal(out[:n], (np.roll(np.arange(n), -1) + 1) * 10)


@omp
def single_and_master(log):
    with omp("parallel num_threads(3)"):
        with omp("master"):
            log[0] += 1
        with omp("single"):
            log[1] += 1


def test_master_and_single_run_once():
    log = np.zeros(2, np.int64)
    single_and_master(log)
    np.testing.assert_array_equal(log, [1, 1])


@penna.jit
def directive_in_plain_jit(a):
    s = 0
    with omp("parallel for reduction(+:s)"):
        for i in range(a.shape[0]):
            s += a[i]
    return s


def test_directives_work_in_plain_jit_functions():
    a = np.arange(10_000, dtype=np.int64)
    assert directive_in_plain_jit(a) == a.sum()


def test_omp_functions_in_python():
    assert omp.get_thread_num() == 0 and omp.get_num_threads() == 1
    with omp("parallel for"):
        pass
    assert repr(omp("critical")) == "omp('critical')"


# ---- exceptions ----

@penna.jit(parallel=True)
def fails_at(a, k):
    for i in prange(a.shape[0]):
        if i == k:
            raise ValueError("bad element")
        a[i] = 1.0


@pytest.mark.parametrize("k", [0, 5, 9999])
def test_exception_in_an_iteration_propagates_once(k):
    a = np.zeros(10_000)
    with pytest.raises(ValueError, match="^bad element$"):
        fails_at(a, k)


@penna.jit(parallel=True)
def divides(a, d):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i] // d[i]
    return s


def test_zero_division_inside_parallel_loop():
    a = np.arange(1000, dtype=np.int64)
    d = np.ones(1000, dtype=np.int64)
    assert divides(a, d) == a.sum()
    d[777] = 0
    with pytest.raises(ZeroDivisionError):
        divides(a, d)


@penna.jit(parallel=True, boundscheck=True)
def out_of_bounds(a):
    s = 0.0
    for i in prange(a.shape[0] + 1):
        s += a[i]
    return s


def test_boundscheck_inside_parallel_loop():
    with pytest.raises(IndexError):
        out_of_bounds(np.zeros(100))


@omp
def region_raises(flag):
    with omp("parallel num_threads(3)"):
        if omp.get_thread_num() == flag:
            raise RuntimeError("member failed")
        with omp("barrier"):
            pass


def test_exception_in_a_region_does_not_deadlock_the_barrier():
    with pytest.raises(RuntimeError, match="member failed"):
        region_raises(min(1, THREADS - 1))


@omp
def critical_raises(a):
    s = 0.0
    with omp("parallel for num_threads(3)"):
        for i in range(a.shape[0]):
            with omp("critical"):
                s += 1.0 / a[i]
    return s


def test_exception_in_critical_section_releases_the_lock():
    a = np.ones(100)
    a[50] = 0.0
    with pytest.raises(ZeroDivisionError):
        critical_raises(a)
    a[50] = 1.0
    assert critical_raises(a) == 100.0  # the lock was released


# ---- threads ----

def test_concurrent_calls_from_two_python_threads():
    a = np.random.default_rng(7).random(200_000)
    results, errs = [], []

    def worker():
        try:
            for _ in range(30):
                results.append(sum_min_max(a))
                results.append(pi(20_000))
        except Exception as e:  # pragma: no cover - reported below
            errs.append(e)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errs
    assert len(results) == 120
    s = a.sum()
    for r in results:
        if isinstance(r, tuple):
            assert r[0] == pytest.approx(s) and r[1] == a.min() and r[2] == a.max()
        else:
            assert r == pytest.approx(math.pi, rel=1e-8)


def test_set_and_get_num_threads():
    assert penna.get_num_threads() == THREADS
    penna.set_num_threads(1)
    assert penna.get_num_threads() == 1
    a = np.arange(100.0)
    assert sum_min_max(a)[0] == a.sum()
    with pytest.raises(ValueError, match="between 1 and"):
        penna.set_num_threads(0)
    with pytest.raises(ValueError):
        penna.set_num_threads(THREADS + 1)


def test_penna_num_threads_environment_variable():
    code = (
        "import penna, numpy as np\n"
        "from penna import omp\n"
        "@omp\n"
        "def f(out):\n"
        "    with omp('parallel'):\n"
        "        out[omp.get_thread_num()] = omp.get_num_threads()\n"
        "out = np.zeros(8, np.int64)\n"
        "f(out)\n"
        "print(penna.config_num_threads, penna.get_num_threads(), out.tolist())\n"
    )
    import os
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(code)
    env = dict(os.environ, PENNA_NUM_THREADS="3")
    out = subprocess.run([sys.executable, fh.name], env=env, capture_output=True, text=True, check=True)
    os.unlink(fh.name)
    assert out.stdout.split("[")[0].split() == ["3", "3"]
    assert "[3, 3, 3, 0" in out.stdout


@pytest.mark.parametrize("policy", ["passive", "active", ""])
def test_workers_wake_under_each_wait_policy(policy, tmp_path):
    # Idle workers spin 1 ms, then sleep (`passive`: at once; `active`:
    # never). Calls separated by longer pauses find them asleep, back-to-back
    # calls awake; a region's barriers need all of them running at once.
    code = (
        "import time, numpy as np, penna\n"
        "from penna import prange, omp\n"
        "@penna.jit(parallel=True)\n"
        "def total(a):\n"
        "    s = 0.0\n"
        "    for i in prange(a.shape[0]):\n"
        "        s += a[i]\n"
        "    return s\n"
        "@omp\n"
        "def phases(out):\n"
        "    with omp('parallel'):\n"
        "        t = omp.get_thread_num()\n"
        "        out[t] = 1\n"
        "        with omp('barrier'):\n"
        "            pass\n"
        "        out[t + 8] = out[:8].sum()\n"
        "a = np.arange(100_000.0)\n"
        "ok = 0\n"
        "for k in range(40):\n"
        "    time.sleep(0.003 if k % 2 else 0.0)\n"
        "    out = np.zeros(16, np.int64)\n"
        "    phases(out)\n"
        "    ok += total(a) == a.sum() and (out[8:12] == 4).all()\n"
        "print(ok)\n"
    )
    script = tmp_path / "wake.py"
    script.write_text(code)
    env = dict(os.environ, PENNA_NUM_THREADS="4", OMP_WAIT_POLICY=policy)
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.split() == ["40"]


@penna.jit(parallel=True)
def prints_in_parallel(n):
    for i in prange(n):
        print("item", i)


def test_print_inside_a_parallel_loop(capfd):
    # Workers take the GIL to print: the caller must have released it.
    # Each call writes its whole line at once: lines never interleave.
    prints_in_parallel(20)
    lines = sorted(capfd.readouterr().out.splitlines())
    assert lines == sorted(f"item {i}" for i in range(20))


# ---- compile errors ----

def compile_error(fn, *args):
    with pytest.raises(errors.CompileError) as info:
        fn(*args)
    return info.value


@penna.jit(parallel=True)
def assigned_and_read_after(a):
    x = 0.0
    for i in prange(a.shape[0]):
        x = a[i] * 2
    return x


@penna.jit(parallel=True)
def reduction_also_read(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
        a[i] = s
    return s


@penna.jit(parallel=True)
def returns_inside(a):
    for i in prange(a.shape[0]):
        if a[i] < 0:
            return i
    return -1


@penna.jit(parallel=True)
def breaks_inside(a):
    for i in prange(a.shape[0]):
        if a[i] < 0:
            break


@omp
def bad_directive(a):
    s = 0.0
    with omp("parallel for reduction(%:s)"):
        for i in range(a.shape[0]):
            s += a[i]
    return s


@omp
def unknown_schedule(a):
    with omp("parallel for schedule(sometimes)"):
        for i in range(a.shape[0]):
            a[i] = 0


@omp
def barrier_outside(a):
    with omp("barrier"):
        pass


@omp
def barrier_in_loop(a):
    with omp("parallel for"):
        for i in range(a.shape[0]):
            with omp("barrier"):
                pass


@omp
def nested_critical(a):
    with omp("critical"):
        with omp("critical"):
            a[0] = 1


@omp
def unknown_clause_variable(a):
    with omp("parallel for private(nothing)"):
        for i in range(a.shape[0]):
            a[i] = 0


@omp
def parallel_for_without_loop(a):
    with omp("parallel for"):
        a[0] = 1


@omp
def complex_min(a):
    z = 0j
    with omp("parallel for reduction(min:z)"):
        for i in range(a.shape[0]):
            z = z + a[i]
    return z


def test_compile_errors_name_the_problem():
    a = np.ones(10)
    cases = [
        (assigned_and_read_after, "`x` is assigned inside the prange loop and used after it"),
        (reduction_also_read, "looks like a reduction"),
        (returns_inside, "`return` cannot leave a parallel loop"),
        (breaks_inside, "`break` cannot leave a parallel loop"),
        (barrier_outside, "`barrier` outside a parallel region"),
        (barrier_in_loop, "barrier inside a parallel loop would deadlock"),
        (nested_critical, "critical section inside another one"),
        (unknown_clause_variable, "`nothing` in private(...) is not a variable"),
        (parallel_for_without_loop, "must contain exactly one `for` loop"),
        (complex_min, "cannot reduce `z` of type complex128 with `min`"),
    ]
    for fn, text in cases:
        err = compile_error(fn, a)
        assert text in str(err), (fn.__name__, str(err))
        assert err.filename == __file__ and err.lineno is not None


def test_directive_errors_point_into_the_string():
    err = compile_error(bad_directive, np.ones(3))
    assert "invalid directive: unexpected character `%`" in str(err)
    line = bad_directive.py_func.__code__.co_firstlineno + 3
    text = open(__file__).read().splitlines()[line - 1]
    assert err.lineno == line
    assert text[err.col - 1] == "%"
    err = compile_error(unknown_schedule, np.ones(3))
    assert "unknown schedule `sometimes`" in str(err)
    assert "hint:" in str(err)


def test_bad_omp_options():
    with pytest.raises(ValueError, match="invalid schedule"):
        omp(triangle, schedule="often")
    with pytest.raises(TypeError, match="unknown option"):
        penna.jit(schedule="static")(triangle)
