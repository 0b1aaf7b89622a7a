"""jitclass (issue 21): instances made in Python and in compiled code,
fields read and written on both sides, methods, properties and static
methods, checked against the same class undecorated; no allocation leaks."""

import numpy as np
import pytest

from penna.errors import TypingError
from penna.runtime import live_allocations

from . import jitclass_funcs as jc


def test_python_side_matches_the_plain_class():
    before = live_allocations()
    a, p = jc.Accumulator(1.5), jc.PlainAccumulator(1.5)
    for v in (2.0, -1.0, 4.5):
        assert a.add(v) == p.add(v)
    assert (a.total, a.count, a.mean) == (p.total, p.count, p.mean)
    assert np.array_equal(a.last, p.last)
    assert a.add_many([1.0, 2.0]) == p.add_many([1.0, 2.0])
    a.scaled = 3.0
    p.scaled = 3.0
    assert a.total == p.total == 6.0
    assert jc.Accumulator.py_class is jc.PlainAccumulator
    assert jc.Accumulator.class_type.instance_type is jc.Accumulator
    a.count = 10
    assert a.count == 10
    assert a.halve(3.0) == 1.5
    del a
    assert live_allocations() == before


def test_compiled_code_drives_an_instance_from_python():
    a, p = jc.Accumulator(0.0), jc.PlainAccumulator(0.0)
    got = jc.drive(a, 10)
    want = jc.drive.py_func(p, 10)
    assert got == want
    assert (a.total, a.count) == (p.total, p.count)


def test_instances_made_in_compiled_code():
    before = live_allocations()
    a = jc.make_accumulator(10.0)
    assert (a.total, a.count) == (8.0, 1)
    total, pair = jc.make_pair(1.0, 2.0)
    assert total == 4.0
    assert pair.a.total == 2.0 and pair.b.count == 0
    del a, pair
    assert live_allocations() == before


def test_string_fields_defaults_and_annotations():
    got = jc.labels(["x", "yy"])
    assert got == ["x=0.00", "yy=0.50"]
    lab = jc.Label("w")
    assert (lab.name, lab.weight, lab.describe()) == ("w", 1.0, "w=1.00")
    lab.name = "v"
    assert lab.describe() == "v=1.00"


def test_container_fields():
    assert jc.use_stack(10) == sum(i * i for i in range(10))
    s = jc.Stack()
    s.push(3)
    s.push(4)
    assert list(s.items) == [3, 4] and s.size() == 2 and s.pop() == 4


def test_misuse_is_a_typing_error():
    a = jc.Accumulator(0.0)
    with pytest.raises(TypingError, match="the field `count` of PlainAccumulator holds int64"):
        jc.wrong_field_type(a)
    with pytest.raises(TypingError, match="has no field or method `nothing`"):
        jc.missing_method(a)
    with pytest.raises(AttributeError):
        a.nothing
    with pytest.raises(TypeError):
        a.count = "many"


def test_special_methods_in_compiled_code_and_python():
    a, b = jc.Vec(1.0, 2.0), jc.Vec(3.0, -1.0)
    assert jc.vec_ops(a, b) == (4.0, 1.0, False, True, 2, 2.0, True)
    c = a + b
    assert (c.x, c.y) == (4.0, 1.0)
    assert a == jc.Vec(1.0, 2.0) and a < b and len(a) == 2 and a[0] == 1.0 and 2.0 in a


def test_linked_nodes_through_a_deferred_type():
    before = live_allocations()
    head = jc.build_list(100)
    assert jc.list_sum(head) == sum(range(100))
    assert head.value == 99 and head.next.value == 98
    del head
    assert live_allocations() == before


def test_typed_lists_of_instances():
    before = live_allocations()
    total, items = jc.instances_in_a_list(5)
    assert total == 10.0 and len(items) == 5 and items[2].x == 2.0
    from penna.typed import List

    more = List([jc.Vec(1.0, 2.0)])
    assert more[0].y == 2.0
    del items, more
    assert live_allocations() == before


def test_a_long_linked_list_is_freed_without_recursion():
    before = live_allocations()
    head = jc.build_list(1_000_000)
    assert jc.list_sum(head) == sum(range(1_000_000))
    del head
    assert live_allocations() == before


def test_a_field_init_never_set_raises_attribute_error_not_a_crash():
    p = jc.Partial(1.0)
    with pytest.raises(AttributeError, match="has no attribute 'name'"):
        jc.read_unset(p)
    with pytest.raises(AttributeError, match="has no attribute 'name'"):
        p.name
    p.name = "set"
    assert jc.read_unset(p) == "set"


def test_instances_pickle_by_value():
    import pickle

    a = jc.Accumulator(1.5)
    a.add(2.0)
    b = pickle.loads(pickle.dumps(a))
    assert type(b) is type(a) and b is not a
    assert (b.total, b.count) == (a.total, a.count) and np.array_equal(b.last, a.last)
    b.add(1.0)
    assert a.count == 1 and b.count == 2, "the copy is independent"
    head = jc.build_list(5)
    back = pickle.loads(pickle.dumps(head))
    assert jc.list_sum(back) == 10
    lab = pickle.loads(pickle.dumps(jc.Label("w", 2.0)))
    assert lab.describe() == "w=2.00"
    assert pickle.loads(pickle.dumps(jc.Accumulator)) is jc.Accumulator


def test_numpy_named_methods_setitem_iter_and_hash():
    assert jc.use_bag(3) == (9.0, 3.0, 9.0, [4.0, 10.0, 4.0], 9)
    b = jc.Bag(3)
    b.fill(1.0)
    b[0] = 4.0
    assert b.sum() == 6.0 and b.mean() == 2.0
    assert list(b) == [4.0, 1.0, 1.0]
    assert hash(b) == 6
    plain = jc.PlainBag(5)
    plain.data[:] = b.data[:1].tolist() + [1.0, 2.0, 3.0, 4.0]
    b = jc.Bag(5)
    b.data[:] = plain.data
    plain.bump_tail(4, 0.5)
    b.bump_tail(4, 0.5)
    assert b.data.tolist() == plain.data.tolist()
    before = live_allocations()
    assert [x for x in jc.Bag(2)] == [0.0, 0.0]
    assert live_allocations() == before
