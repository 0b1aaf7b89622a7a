"""penna.extending (@overload, @overload_method, @overload_attribute,
@register_jitable) and penna.experimental.structref, checked against the
same code run by the interpreter."""

import gc

import numpy as np
import pytest

import penna
from penna.errors import TypingError

from . import extending_funcs as ef


@pytest.mark.parametrize("x", [-0.5, 0.25, 3.0, -4, 0, 1, 7])
def test_overload_chooses_by_type(x):
    assert ef.use_clip(x) == ef.clip01(x)
    assert type(ef.use_clip(x)) is type(ef.clip01(x))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_overload_on_arrays(dtype):
    a = np.linspace(-1, 2, 13).astype(dtype)
    np.testing.assert_array_equal(ef.use_clip(a), ef.clip01(a))


def test_overload_without_an_implementation_names_the_types():
    with pytest.raises(TypingError) as e:
        ef.use_clip(np.arange(3))
    assert "no implementation of `clip01` accepts (int64[::1])" in str(e.value)
    assert "extending_funcs.py" in str(e.value)


def test_factory_errors_reach_the_user():
    assert ef.use_strict(2) == 3
    with pytest.raises(TypingError, match="does not take complex numbers"):
        ef.use_strict(1j)


def test_defaults_reach_the_factory_as_none():
    for x in (2, 2.5):
        assert ef.use_scaled(x) == (ef.scaled(x), ef.scaled(x, 3), ef.scaled(x, k=0.5))


def test_type_objects_seen_by_factories():
    assert ef.use_describe(np.zeros((2, 3))) == (2, True, True)
    assert ef.use_describe(np.zeros((2, 3), dtype=np.int32).T) == (2, False, False)
    assert ef.use_describe((1, 2, 3)) == (3, True, False)
    assert ef.use_describe((1, 2.5)) == (2, False, False)
    assert ef.use_describe("héllo") == (5, True, True)


def test_register_jitable_is_python_for_python_callers():
    a = np.linspace(-2, 2, 9)
    assert ef.use_poly(a) == pytest.approx(sum(ef.poly(v) for v in a))
    # Python callers run the Python function itself.
    assert ef.poly(2) == 9 and type(ef.poly(2)) is int
    assert ef.poly.__name__ == "poly" and not isinstance(ef.poly, penna.jit(lambda: 0).__class__)


@pytest.mark.parametrize("shape", [(5,), (3, 4)])
def test_overload_method_on_arrays(shape):
    a = np.arange(np.prod(shape), dtype=np.float64).reshape(shape)
    assert ef.use_sumsq(a) == ((a * a).sum(), (a * a).sum() + 1.0)


def test_structref_from_python():
    p = ef.Particle("p", np.zeros(3), 2.0)
    assert isinstance(p, ef.Particle)
    assert p.name == "p" and p.mass == 2.0
    np.testing.assert_array_equal(p.pos, np.zeros(3))
    assert p.kinetic(3.0) == 0.5 * 2.0 * 9.0


def test_structref_made_in_compiled_code():
    pos = np.arange(3.0)
    p = ef.make_particle("q", pos, 1.5)
    assert type(p) is ef.Particle
    assert (p.name, p.mass) == ("q", 3.0)
    np.testing.assert_array_equal(p.pos, [1.0, 1.0, 2.0])
    # The struct holds the argument array itself (by reference, as Numba).
    np.testing.assert_array_equal(pos, [1.0, 1.0, 2.0])


def test_structref_methods_attributes_and_mutation():
    a = ef.Particle("a", np.zeros(4), 1.0)
    b = ef.Particle("b", np.ones(4), 1.0)
    d, dim = ef.distance_and_dim(a, b)
    assert d == pytest.approx(2.0) and dim == 4
    ef.rename(a, "renamed")
    assert a.name == "renamed"


def test_structref_field_types_make_distinct_types():
    f = ef.Particle("f", np.zeros(2), 1.0)
    i = ef.Particle("i", np.zeros(2, dtype=np.int64), 3)
    assert f.mass == 1.0 and i.mass == 3 and type(i.mass) is int
    assert i.pos.dtype == np.int64


def test_structref_in_a_typed_list():
    ps = penna.typed.List([ef.Particle(n, np.zeros(2), m) for n, m in [("x", 1.0), ("y", 5.0), ("z", 2.0)]])
    assert ef.heaviest(ps) == "y"


def test_structref_method_without_implementation():
    p = ef.Particle("p", np.zeros(3), 2.0)
    with pytest.raises(TypingError, match=r"no implementation of `kinetic` accepts"):
        p.kinetic(np.zeros(2))


def test_stored_argument_arrays_stay_alive():
    # A struct (or jitclass instance) keeps the array it was given alive
    # after Python drops its own reference.
    p = ef.make_particle("k", np.ones(1000), 1.0)
    gc.collect()
    junk = [np.full(1000, 7.0) for _ in range(50)]
    assert p.pos.sum() == 1001.0
    del junk


def test_low_level_api_is_refused_clearly():
    from penna import extending

    with pytest.raises(NotImplementedError, match="no penna counterpart"):
        extending.intrinsic(lambda typingctx, x: None)


def test_numba_module_names():
    from penna.core import types as core_types
    from penna.core.extending import overload as core_overload

    assert core_types is penna.types and core_overload is ef.overload
