"""Strings in compiled code (issue 21): every operation checked against
CPython running the same function, and the runtime's allocation count
checked after each call (strings are counted like arrays and containers)."""

import math

import numpy as np
import pytest

import penna
from penna.errors import TypingError, UnsupportedError
from penna.runtime import live_allocations
from penna.typed import Dict, List

from . import strings_funcs as sf

TEXTS = ["hello", " a,b,ca ", "Ünïcödé ßtraße", "", "x", "ab\ncd\r\nef", "Title Case Words", "123", "a_b9"]


def same(a, b):
    if isinstance(a, penna.typed.Dict):
        return same(list(a.items()), list(b.items()))
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def check(fn, *args):
    before = live_allocations()
    want = fn.py_func(*args)
    got = fn(*args)
    assert same(got, want), (got, want)
    del got
    assert live_allocations() == before, "a string or container leaked"


@pytest.mark.parametrize("s", [t for t in TEXTS if len(t) >= 1])
def test_indexing_slicing_repetition(s):
    check(sf.basics, s)


@pytest.mark.parametrize("a,b", [("a", "b"), ("abc", "abc"), ("b", "abc"), ("", "x"), ("é", "e"), ("bc", "abcd")])
def test_comparisons_and_membership(a, b):
    check(sf.compare, a, b)
    check(sf.compare, b, a)


def test_concatenation():
    check(sf.concat, "ab", "cd")
    check(sf.concat, "", "é")


@pytest.mark.parametrize("s", ["12", " -7 ", "+3", "1_000", "0"])
def test_int_and_float_of_strings(s):
    check(sf.convert, s)


@pytest.mark.parametrize("i,x,b", [(42, 2.5, True), (-7, 1e20, False), (0, 0.1, True), (2**40, -1.5e-7, False)])
def test_str_of_numbers(i, x, b):
    check(sf.to_text, i, x, b)


@pytest.mark.parametrize("name,i,x", [("bob", 7, 2.0 / 3), ("é", -1234567, -1234.5678), ("", 0, 1e-7), ("long name", 255, 12345678.9)])
def test_fstrings_and_format_specs(name, i, x):
    check(sf.fstrings, name, i, x)


@pytest.mark.parametrize("s", TEXTS + [" abcab c ", "-42"])
def test_methods(s):
    check(sf.methods, s)
    check(sf.predicates, s)


@pytest.mark.parametrize("s", ["a,b,,c", " a b  c ", "", "one", "l1\nl2\r\nl3\n"])
def test_split_and_join(s):
    check(sf.splitting, s)


@pytest.mark.parametrize("s", ["abc", "Ünï", "", "€x"])
def test_iteration_ord_chr(s):
    check(sf.chars, s)


def test_strings_as_dict_keys_and_list_items():
    text = "the cat and the hat and the bat"
    check(sf.word_counts, text)
    check(sf.sorted_words, "Zeta alpha Beta 12 gamma alpha")
    check(sf.tokens, "Hello, world! It's 2026; ok?")


def test_lists_of_strings_in_and_out():
    check(sf.join_list, ["x", "y", "z"])
    check(sf.join_list, ["only"])
    typed = List(["p", "é"])
    assert sf.join_list(typed) == "p, é"
    assert list(typed) == ["p", "é"]
    d = Dict()
    d["k"] = 1.5
    assert sf.check_key(d, "k") == 1.5


def test_truth_and_optional_strings():
    check(sf.truthy, "")
    check(sf.truthy, "x")
    check(sf.optional_name, True)
    check(sf.optional_name, False)


def test_print_of_strings(capfd):
    sf.show("hi", 2.5)
    sf.show.py_func("hi", 2.5)
    out = capfd.readouterr().out.splitlines()
    assert out[0] == out[1] == "hi | 2.5 | ('hi', 2.5) | 2.50"


@pytest.mark.parametrize(
    "call,cls,message",
    [
        (lambda: sf.check_index(5, 3), IndexError, "index 5 is out of bounds for length 3"),
        (lambda: sf.check_index(-1, 3), IndexError, "index -1 is out of bounds for length 3"),
        (lambda: sf.check_value(-2), ValueError, "negative: -2"),
        (lambda: sf.check_value(123.456), ValueError, "too large: 123.5"),
        (lambda: sf.check_assert(-3), AssertionError, "x must be positive, got -3"),
        (lambda: sf.bad_int("12a"), ValueError, "invalid literal for int() with base 10: '12a'"),
        (lambda: sf.bad_float("x1"), ValueError, "could not convert string to float: 'x1'"),
        (lambda: sf.get_char("abc", 3), IndexError, "string index out of range"),
    ],
)
def test_exceptions_with_computed_messages(call, cls, message):
    before = live_allocations()
    with pytest.raises(cls) as info:
        call()
    assert str(info.value) == message
    assert live_allocations() == before


def test_key_error_carries_the_key():
    d = Dict()
    d["a"] = 1
    with pytest.raises(KeyError) as info:
        sf.check_key(d, "zz")
    assert info.value.args == ("zz",)


def test_different_messages_of_one_class_stay_apart():
    # Numba collapses the messages of one exception class; penna keeps each.
    with pytest.raises(ValueError, match="negative: -1"):
        sf.check_value(-1)
    with pytest.raises(ValueError, match="too large: 500.0"):
        sf.check_value(500)


def test_unsupported_format_spec_is_a_compile_error():
    @penna.jit
    def bad_spec(x):
        return f"{x:q}"

    with pytest.raises(TypingError, match="unknown format code 'q'"):
        bad_spec(1.0)

    @penna.jit
    def spec_for_strings(s):
        return f"{s:d}"

    with pytest.raises(TypingError, match="format code 'd'"):
        spec_for_strings("x")


def test_strings_are_refused_in_gpu_kernels():
    from penna import cuda

    @cuda.jit(target="cpu")
    def kernel(out):
        s = "abc"
        out[0] = len(s)

    with pytest.raises(Exception, match="strings"):
        kernel[1, 1](np.zeros(1, np.int64))


def test_typeof_and_signatures():
    assert str(penna.typeof("abc")) == "unicode_type"

    @penna.jit("unicode_type(unicode_type, int64)")
    def eager(s, n):
        return s * n

    assert eager("ab", 3) == "ababab"


@pytest.mark.parametrize("name,i,x", [("bob", 7, 2.5), ("é", -3, -1e-3)])
def test_format_method(name, i, x):
    check(sf.format_method, name, i, x)


def test_bad_format_template_is_a_compile_error():
    @penna.jit
    def bad(x):
        return "{1}".format(x)

    with pytest.raises(UnsupportedError, match="field 1 has no argument"):
        bad(1)


def test_module_level_strings_are_frozen_constants():
    check(sf.global_string, "ann")


def test_typed_dicts_with_string_keys_from_python_leak_nothing():
    d = Dict()
    d["a"] = 1
    before = live_allocations()
    for _ in range(3):
        assert d["a"] == 1 and "a" in d and "b" not in d and d.get("b", 0) == 0
    assert d.pop("a") == 1 and d.pop("zz", None) is None
    assert live_allocations() == before - 1  # the popped key's string


def test_typed_containers_named_through_the_penna_module():
    assert sf.typed_through_module(5) == (5, 10)


@pytest.mark.parametrize("args", [(42, 3.14159, "abc"), (-7, -0.5, "x'y"), (0, 1e20, ""), (255, float("nan"), "é")])
def test_percent_formatting_matches_cpython(args):
    assert sf.percent_format(*args) == sf.percent_format.py_func(*args)


def test_percent_formatting_misuse_is_a_clear_error():
    with pytest.raises(TypingError, match="has 2 fields, but 1 values are given"):
        sf.percent_too_few(1)
    with pytest.raises(UnsupportedError, match="mappings"):
        sf.percent_mapping(1)


def test_startswith_and_endswith_take_a_tuple():
    words = ["# note", "// c", "main.py", "lib.rs", "x!", "alpha", "beta?", ""]
    assert sf.affixes(words) == sf.affixes.py_func(words)
