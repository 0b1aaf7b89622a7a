"""Classes for `test_jitclass.py`: each written once as a plain Python class
and compiled with `jitclass` from it, so both run the same code."""

import numpy as np

import penna
from penna import float64, int64, types
from penna.experimental import jitclass
from penna.typed import List


class PlainAccumulator:
    def __init__(self, start):
        self.total = start
        self.count = 0
        self.last = np.zeros(3)

    def add(self, v):
        self.total += v
        self.count += 1
        self.last[self.count % 3] = v
        return self.count

    def add_many(self, values):
        for v in values:
            self.add(v)
        return self.total

    @property
    def mean(self):
        return self.total / self.count

    @property
    def scaled(self):
        return self.total

    @scaled.setter
    def scaled(self, v):
        self.total = v * 2.0

    @staticmethod
    def halve(v):
        return v / 2.0


Accumulator = jitclass(
    [("total", float64), ("count", int64), ("last", float64[:])]
)(PlainAccumulator)


class PlainLabel:
    name: types.unicode_type
    weight: float64

    def __init__(self, name, weight=1.0):
        self.name = name
        self.weight = weight

    def describe(self):
        return f"{self.name}={self.weight:.2f}"


Label = jitclass(PlainLabel)


class PlainStack:
    def __init__(self):
        self.items = List.empty_list(types.int64)

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)


Stack = jitclass({"items": types.ListType(int64)})(PlainStack)


class PlainPair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a.total + self.b.total


Pair = jitclass([("a", Accumulator), ("b", Accumulator)])(PlainPair)


@penna.jit
def drive(acc, n):
    for i in range(n):
        acc.add(i * 0.5)
    return acc.mean, Accumulator.halve(acc.total)


@penna.jit
def make_accumulator(x):
    a = Accumulator(x)
    a.add(3.0)
    a.scaled = 4.0
    return a


@penna.jit
def make_pair(x, y):
    p = Pair(Accumulator(x), Accumulator(y))
    p.a.add(1.0)
    return p.total(), p


@penna.jit
def labels(names):
    out = []
    for i in range(len(names)):
        out.append(Label(names[i], i * 0.5).describe())
    return out


@penna.jit
def use_stack(n):
    s = Stack()
    for i in range(n):
        s.push(i * i)
    total = 0
    while s.size() > 0:
        total += s.pop()
    return total


@penna.jit
def wrong_field_type(acc):
    acc.count = "many"


@penna.jit
def missing_method(acc):
    return acc.nothing()


class PlainVec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.x * self.x + self.y * self.y < other.x * other.x + other.y * other.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.x if i == 0 else self.y

    def __contains__(self, v):
        return self.x == v or self.y == v


Vec = jitclass([("x", float64), ("y", float64)])(PlainVec)


@penna.jit
def vec_ops(a, b):
    c = a + b
    return c.x, c.y, a == b, a < b, len(a), a[1], 2.0 in a


node_type = penna.deferred_type()


class PlainNode:
    def __init__(self, value, next):
        self.value = value
        self.next = next


Node = jitclass([("value", int64), ("next", penna.optional(node_type))])(PlainNode)
node_type.define(Node.class_type.instance_type)


@penna.jit
def build_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


@penna.jit
def list_sum(head):
    s = 0
    node = head
    while node is not None:
        s += node.value
        node = node.next
    return s


@penna.jit
def instances_in_a_list(n):
    out = List()
    for i in range(n):
        out.append(Vec(i * 1.0, 0.0))
    total = 0.0
    for v in out:
        total += v.x
    return total, out


class PlainPartial:
    def __init__(self, x):
        self.x = x

    def label(self):
        return self.name


Partial = jitclass([("x", float64), ("name", types.unicode_type)])(PlainPartial)


@penna.jit
def read_unset(p):
    return p.label()


class PlainBag:
    """Methods named like NumPy's array methods, item assignment, iteration."""

    def __init__(self, k):
        self.data = np.zeros(k)

    def sum(self):
        return self.data.sum()

    def mean(self):
        return self.data.mean()

    def fill(self, v):
        self.data[:] = v

    def bump_tail(self, n, v):
        self.data[1:n] += v
        self.data[::2] *= 2.0

    def copy(self):
        other = Bag(self.data.size)
        other.data[:] = self.data
        return other

    def __setitem__(self, i, v):
        self.data[i] = v

    def __iter__(self):
        for x in self.data:
            yield x

    def __hash__(self):
        return int(self.data.sum())


Bag = jitclass([("data", float64[:])])(PlainBag)


@penna.njit
def use_bag(k):
    b = Bag(k)
    b.fill(2.0)
    b[1] = 5.0
    c = b.copy()
    s = 0.0
    for x in c:
        s += x
    return b.sum(), b.mean(), s, [x * 2 for x in b], hash(b)
