"""jitclass and generators (issue 21): penna against Numba, the same
Python source under both JITs, side by side.

    python benches/objects.py      # in the project's venv, with numba installed

Writes benches/results/objects.md: warm times (compile excluded) of a
binary heap and an accumulator built from jitclass instances, and of loops
over generators (in compiled code and from Python), as the ratio penna /
Numba of the best sample; then the first use of a jitclass with five
methods (compile included) in fresh interpreters, median of three.
"""

import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))

import numba  # noqa: E402
import numpy as np  # noqa: E402

from harness import compare, machine, median_of_fresh  # noqa: E402

SOURCE = '''
import numpy as np
from {jit_module} import {decorator} as jit, float64, int64, deferred_type, optional
from {class_module} import jitclass

node_type = deferred_type()

@jitclass([("value", int64), ("next", optional(node_type))])
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

node_type.define(Node.class_type.instance_type)

@jit
def linked_list_sum(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    s = 0
    node = head
    while node is not None:
        s += node.value
        node = node.next
    return s

@jitclass([("data", float64[:]), ("size", int64)])
class Heap:
    def __init__(self, capacity):
        self.data = np.empty(capacity)
        self.size = 0

    def push(self, x):
        i = self.size
        self.data[i] = x
        self.size += 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[parent] <= self.data[i]:
                break
            self.data[parent], self.data[i] = self.data[i], self.data[parent]
            i = parent

    def pop(self):
        top = self.data[0]
        self.size -= 1
        self.data[0] = self.data[self.size]
        i = 0
        while True:
            left = 2 * i + 1
            if left >= self.size:
                break
            child = left
            if left + 1 < self.size and self.data[left + 1] < self.data[left]:
                child = left + 1
            if self.data[i] <= self.data[child]:
                break
            self.data[i], self.data[child] = self.data[child], self.data[i]
            i = child
        return top

    def empty(self):
        return self.size == 0

    def peek(self):
        return self.data[0]

    def clear(self):
        self.size = 0

@jitclass([("total", float64), ("count", int64)])
class Mean:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, x):
        self.total += x
        self.count += 1

    def value(self):
        return self.total / self.count

@jit
def heap_sort_sum(n):
    h = Heap(n)
    for i in range(n):
        h.push((i * 7919) % 10007 * 0.5)
    s = 0.0
    k = 0
    while not h.empty():
        s += h.pop() * (k % 3)
        k += 1
    return s

@jit
def halves(n):
    for i in range(n):
        yield i * 0.5

@jit
def generator_sum(n):
    s = 0.0
    for v in halves(n):
        s += v
    return s

@jit
def evens(n):
    for i in range(0, 2 * n, 2):
        yield i

@jit
def zipped_generators(n):
    s = 0.0
    for a, b in zip(halves(n), evens(n)):
        s += a * b
    return s

def iterate_from_python(n):
    return sum(halves(n))

def use_from_python(n):
    # An instance driven from the interpreter: method calls, field reads
    # and writes (jitclass attribute access from Python).
    m = Mean()
    s = 0.0
    for i in range(n):
        m.add(0.5)
        s += m.total
        m.count = i
    return s + m.value()

@jit
def means(n):
    total = 0.0
    for j in range(n // 100):
        m = Mean()
        for i in range(100):
            m.add(i * 0.25 + j)
        total += m.value()
    return total
'''

CASES = [
    ("linked list of 1e5 nodes (build, then walk)", "linked_list_sum", 100_000),
    ("binary heap of 1e5 floats (jitclass, push all, pop all)", "heap_sort_sum", 100_000),
    ("1e4 small instances made and used in a loop", "means", 1_000_000),
    ("`for v in gen(n)`, 1e6 floats yielded", "generator_sum", 1_000_000),
    ("`zip` of two generators, 1e6 items each", "zipped_generators", 1_000_000),
    ("a compiled generator iterated by Python's `sum`, 1e5 items", "iterate_from_python", 100_000),
    ("an instance used from Python: 1e4 x (method call, field read, field write)", "use_from_python", 10_000),
]

FIRST_USE = '''
import sys, time
sys.path.insert(0, {dir!r})
t = time.perf_counter()
import importlib.util
spec = importlib.util.spec_from_file_location("m", {path!r})
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
m.heap_sort_sum(10)
print(time.perf_counter() - t)
'''


def source_path(jit):
    if jit == "penna":
        text = SOURCE.format(jit_module="penna", decorator="jit", class_module="penna.experimental")
    else:
        text = SOURCE.format(jit_module="numba", decorator="njit", class_module="numba.experimental")
    path = pathlib.Path(tempfile.gettempdir()) / f"penna_bench_objects_{jit}.py"
    path.write_text(text)
    return path


def load(jit):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"bench_objects_{jit}", source_path(jit))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def first_use(jit, repeats=3):
    code = FIRST_USE.format(dir=str(pathlib.Path(__file__).parent), path=str(source_path(jit)))
    env = dict(os.environ, PENNA_CACHE="0", NUMBA_CACHE_DIR=tempfile.mkdtemp())
    return median_of_fresh(code, repeats, env)


def main():
    import warnings

    warnings.simplefilter("ignore")  # Numba's experimental-feature notice
    ours, theirs = load("penna"), load("numba")
    rows = []
    for label, name, n in CASES:
        a, b = getattr(ours, name), getattr(theirs, name)
        assert a(n) == b(n), name
        stats = compare({"penna": a, "numba": b}, lambda _label, n=n: (n,))
        ratio = stats["penna"].best / stats["numba"].best
        rows.append(f"| {label} | {stats['penna'].best * 1e3:.2f} | {stats['numba'].best * 1e3:.2f} | {ratio:.2f} |")
        print(rows[-1], flush=True)
    p, n = first_use("penna"), first_use("numba")
    first = f"| first use: import a module with three jitclasses and call one function, compile included | {p * 1e3:.0f} | {n * 1e3:.0f} | {p / n:.3f} |"
    print(first)
    out = pathlib.Path(__file__).parent / "results" / "objects.md"
    out.write_text(
        "# jitclass and generators: penna vs Numba\n\n"
        f"{machine()}; Numba {numba.__version__}, NumPy {np.__version__}\n\n"
        "| case | penna ms | Numba ms | penna / Numba |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
        + first
        + "\n"
    )
    print(f"wrote {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
