"""Differential fuzzing: random programs compiled by penna, compared with CPython.

    python tests/fuzz/run.py --n 10000            # a long campaign, counts by class
    python tests/fuzz/run.py --n 300 --seed 1     # the fixed campaign the test suite runs
    python tests/fuzz/run.py --show 1234          # one program's source and outcome

Programs come from `gen.py`. Each runs in a worker process (a crash kills the
worker, not the campaign; the worker is restarted); a failing program is
minimised automatically (statements removed while the same failure remains)
and printed. Classes: `ok`, `mismatch` (values or raised exception differ),
`internal` (penna's InternalError), `compile` (penna refused a program the
generator considers supported: a missing feature or a generator bug),
`crash` (the worker died), `timeout` (no answer in TIMEOUT_S seconds).
"""

import argparse
import ast
import collections
import json
import math
import os
import select
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen  # noqa: E402

FAILURES = ("mismatch", "internal", "compile", "crash", "timeout")
# Seconds one program may take (compilation included) before it counts as a hang.
TIMEOUT_S = 30


# The worker: runs programs sent as JSON lines, answers one line each. -------
def _outcome(fn, args):
    import numpy as np

    x, y, k, a, b = args["x"], args["y"], args["k"], np.array(args["a"]), np.array(args["b"], dtype=np.int64)
    try:
        value = fn(x, y, k, a, b)
        return ("value", value, a)
    except Exception as e:  # noqa: BLE001 - compared, not swallowed
        return ("raised", type(e), str(e).splitlines()[0] if str(e) else "")


def _same(u, v):
    import numpy as np

    if isinstance(u, tuple) and isinstance(v, tuple):
        return len(u) == len(v) and all(_same(p, q) for p, q in zip(u, v))
    if isinstance(u, np.ndarray) or isinstance(v, np.ndarray):
        u, v = np.asarray(u), np.asarray(v)
        return u.shape == v.shape and bool(np.allclose(u, v, rtol=1e-9, atol=1e-12, equal_nan=True))
    if isinstance(u, (bool, np.bool_)) or isinstance(v, (bool, np.bool_)):
        return isinstance(u, (bool, np.bool_)) and isinstance(v, (bool, np.bool_)) and bool(u) == bool(v)
    u, v = float(u), float(v)
    if math.isnan(u) or math.isnan(v):
        return math.isnan(u) and math.isnan(v)
    if math.isinf(u) or math.isinf(v):
        return u == v
    return math.isclose(u, v, rel_tol=1e-9, abs_tol=1e-12)


def check(src, args, workdir, name):
    """The class of one program and a one-line detail."""
    import importlib.util

    import penna.errors

    path = os.path.join(workdir, f"{name}.py")
    with open(path, "w") as fh:
        fh.write(src)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    want = _outcome(mod.f.py_func, args)
    got = _outcome(mod.f, args)
    if got[0] == "raised" and issubclass(got[1], penna.errors.InternalError):
        return "internal", got[2]
    if got[0] == "raised" and issubclass(got[1], penna.errors.CompileError):
        return "compile", f"{got[1].__name__}: {got[2]}"
    if want[0] == "value" and got[0] == "value":
        if _same(want[1], got[1]) and _same(want[2], got[2]):
            return "ok", ""
        return "mismatch", f"CPython {want[1]!r} / a={want[2]!r}, penna {got[1]!r} / a={got[2]!r}"
    if want[0] == got[0] == "raised" and want[1] is got[1]:
        return "ok", ""
    return "mismatch", f"CPython {want[:2]}, penna {got[:2]}"


def worker():
    workdir = tempfile.mkdtemp(prefix="penna-fuzz-")
    count = 0
    for line in sys.stdin:
        job = json.loads(line)
        count += 1
        try:
            cls, detail = check(job["src"], job["args"], workdir, f"fz_{os.getpid()}_{count}")
        except Exception as e:  # noqa: BLE001 - the harness reports, never stops
            cls, detail = "harness", f"{type(e).__name__}: {e}"
        print(json.dumps({"cls": cls, "detail": detail[:400]}), flush=True)


# The campaign. --------------------------------------------------------------
class Pool:
    """One worker process, restarted after a crash."""

    def __init__(self):
        self.proc = None

    def run(self, src, args):
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            self.proc.stdin.write(json.dumps({"src": src, "args": args}) + "\n")
            self.proc.stdin.flush()
            ready, _, _ = select.select([self.proc.stdout], [], [], TIMEOUT_S)
            if not ready:
                self.proc.kill()
                self.proc.wait()
                self.proc = None
                return "timeout", f"no answer in {TIMEOUT_S} s"
            line = self.proc.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            self.proc.wait()
            self.proc = None
            return "crash", "the worker process died"
        answer = json.loads(line)
        return answer["cls"], answer["detail"]

    def close(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait()


def _statements(tree):
    """Every statement inside the function body, outermost first."""
    out = []

    def visit(body):
        for s in body:
            out.append((body, s))
            for field in ("body", "orelse"):
                visit(getattr(s, field, []) or [])

    visit(tree.body[-1].body)
    return out


def minimise(pool, src, args, cls):
    """Removes statements while the program still fails with `cls`."""
    progress = True
    while progress:
        progress = False
        tree = ast.parse(src)
        for body, stmt in _statements(tree):
            if isinstance(stmt, ast.Return) and body is tree.body[-1].body and stmt is body[-1]:
                continue
            i = body.index(stmt)
            body[i] = ast.Pass()
            candidate = ast.unparse(tree) + "\n"
            body[i] = stmt
            if pool.run(candidate, args)[0] == cls:
                src, progress = candidate, True
                break
    return src


def campaign(n, seed, verbose, minimise_failures=True):
    pool = Pool()
    counts = collections.Counter()
    failures = []
    try:
        for s in range(seed, seed + n):
            src, args, _ = gen.program(s)
            cls, detail = pool.run(src, args)
            counts[cls] += 1
            if cls != "ok":
                failures.append((s, cls, detail, src, args))
        for s, cls, detail, src, args in failures[:20]:
            small = minimise(pool, src, args, cls) if minimise_failures and cls in FAILURES else src
            print(f"--- program {s}: {cls}: {detail}\n{small}args: {args}\n")
    finally:
        pool.close()
    print("counts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return counts


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=300, help="number of programs")
    p.add_argument("--seed", type=int, default=1, help="first program number")
    p.add_argument("--show", type=int, help="print one program and its outcome")
    p.add_argument("--no-minimise", action="store_true")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    opts = p.parse_args()
    if opts.worker:
        return worker()
    if opts.show is not None:
        src, args, _ = gen.program(opts.show)
        pool = Pool()
        print(src, "args:", args, "\n", pool.run(src, args))
        pool.close()
        return 0
    counts = campaign(opts.n, opts.seed, True, not opts.no_minimise)
    return 1 if any(counts[c] for c in FAILURES + ("harness",)) else 0


if __name__ == "__main__":
    sys.exit(main())
