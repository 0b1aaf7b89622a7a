"""Linked structures rewired in ways that stress reference counting (moves,
aliases, objects released while another name still reads them), for
test_refcount.py: each compiled with penna.jit and run by CPython on the
undecorated class."""

import penna

# The linked node of test_jitclass.py: `value` (int64) and an optional `next`.
from .jitclass_funcs import Node as Cell
from .jitclass_funcs import PlainNode as PlainCell  # noqa: F401 (CPython's runs)


@penna.jit
def build(n):
    head = None
    for i in range(n):
        head = Cell(i, head)
    return head


@penna.jit
def checksum(head):
    out = 0
    node = head
    while node is not None:
        out = (out * 31 + node.value) % 1000003
        node = node.next
    return out


def reverse(n):
    cur = build(n)
    prev = None
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return checksum(prev)


def drop_every_other(n):
    head = build(n)
    node = head
    while node is not None and node.next is not None:
        node.next = node.next.next
        node = node.next
    return checksum(head)


def detach_then_read(n):
    head = Cell(1, Cell(2, Cell(n, None)))
    x = head.next
    other = Cell(0, None)
    other.next = None
    head.next = None
    s = x.value + x.next.value
    x = None
    return s + head.value


def swap_names(n):
    a = Cell(1, None)
    b = Cell(2, a)
    for _ in range(n):
        a, b = b, a
        t = a
        a = b
        b = t
    b.next = None
    return a.value * 10 + b.value


def take_the_tail(n):
    node = Cell(-1, None)
    for i in range(n):
        node = Cell(i, node).next
        node = Cell(i, Cell(i + 1, node)).next
    return checksum(node)


def pop_all(n):
    head = build(n)
    total = 0
    while head is not None:
        top = head
        head = head.next
        top.next = None
        total = total * 7 % 1000003 + top.value
    return total


FUNCS = [reverse, drop_every_other, detach_then_read, swap_names, take_the_tail, pop_all]
