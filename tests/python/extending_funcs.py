"""Functions for test_extending.py: a small library extended with
penna.extending (@overload, @overload_method, @register_jitable) and a
structref type, written as Numba code is, under penna's names."""

import numpy as np

from penna import njit, types
from penna.errors import TypingError
from penna.experimental import structref
from penna.extending import overload, overload_attribute, overload_method, register_jitable


# --- @overload ---------------------------------------------------------------

def clip01(x):
    """The Python version (what Python callers run)."""
    if isinstance(x, np.ndarray):
        return np.minimum(np.maximum(x, 0.0), 1.0)
    return min(max(x, 0.0), 1.0) if isinstance(x, float) else min(max(x, 0), 1)


@overload(clip01)
def _clip01(x):
    if isinstance(x, types.Float):
        return lambda x: min(max(x, 0.0), 1.0)
    if isinstance(x, types.Integer):
        def impl_int(x):
            return min(max(x, 0), 1)
        return impl_int
    if isinstance(x, types.Array) and isinstance(x.dtype, types.Float):
        def impl_array(x):
            return np.minimum(np.maximum(x, 0.0), 1.0)
        return impl_array
    return None


def scaled(x, k=None):
    return x * 2 if k is None else x * k


@overload(scaled)
def _scaled(x, k=None):
    if k is None:
        return lambda x, k=None: x * 2
    return lambda x, k=None: x * k


def describe(t):
    pass


@overload(describe)
def _describe(t):
    # The type objects a factory sees: the implementation returns what it saw.
    if isinstance(t, types.Array):
        ndim, layout, is_float = t.ndim, t.layout, isinstance(t.dtype, types.Float)
        return lambda t: (ndim, layout == "C", is_float)
    if isinstance(t, types.BaseTuple):
        count = t.count
        uni = isinstance(t, types.UniTuple)
        return lambda t: (count, uni, False)
    if isinstance(t, types.UnicodeType):
        return lambda t: (len(t), True, True)
    return None


def strict(x):
    pass


@overload(strict)
def _strict(x):
    if isinstance(x, types.Complex):
        raise TypingError("strict() does not take complex numbers")
    return lambda x: x + 1


@njit
def use_clip(x):
    return clip01(x)


@njit
def use_scaled(x):
    return scaled(x), scaled(x, 3), scaled(x, k=0.5)


@njit
def use_describe(t):
    return describe(t)


@njit
def use_strict(x):
    return strict(x)


# --- @register_jitable ------------------------------------------------------

@register_jitable
def poly(x):
    return 3 * x * x - 2 * x + 1


@njit
def use_poly(a):
    s = 0.0
    for v in a:
        s += poly(v)
    return s


# --- @overload_method on arrays ---------------------------------------------

@overload_method(types.Array, "sumsq")
def _sumsq(a, start=0.0):
    def impl(a, start=0.0):
        s = start
        for v in a.flat:
            s += v * v
        return s
    return impl


@njit
def use_sumsq(a):
    return a.sumsq(), a.sumsq(1.0)


# --- structref ----------------------------------------------------------------

@structref.register
class ParticleType(types.StructRef):
    def preprocess_fields(self, fields):
        return tuple((name, types.unliteral(t)) for name, t in fields)


class Particle(structref.StructRefProxy):
    def __new__(cls, name, pos, mass):
        return structref.StructRefProxy.__new__(cls, name, pos, mass)

    @property
    def name(self):
        return particle_name(self)

    @property
    def pos(self):
        return particle_pos(self)

    @property
    def mass(self):
        return particle_mass(self)

    def kinetic(self, v):
        return particle_kinetic(self, v)


@njit
def particle_name(p):
    return p.name


@njit
def particle_pos(p):
    return p.pos


@njit
def particle_mass(p):
    return p.mass


@njit
def particle_kinetic(p, v):
    return p.kinetic(v)


structref.define_proxy(Particle, ParticleType, ["name", "pos", "mass"])


@overload_method(ParticleType, "kinetic")
def _kinetic(self, v):
    if isinstance(v, types.Float):
        def impl(self, v):
            return 0.5 * self.mass * v * v
        return impl
    return None


@overload_method(ParticleType, "distance")
def _distance(self, other):
    if isinstance(other, ParticleType):
        def impl(self, other):
            return np.sqrt(((self.pos - other.pos) ** 2).sum())
        return impl
    return None


@overload_attribute(ParticleType, "dim")
def _dim(self):
    return lambda self: self.pos.size


@njit
def make_particle(name, pos, mass):
    p = Particle(name, pos, mass)
    p.pos[0] += 1.0
    p.mass *= 2.0
    return p


@njit
def distance_and_dim(a, b):
    return a.distance(b), a.dim


@njit
def rename(p, name):
    p.name = name


@njit
def heaviest(ps):
    best = ps[0]
    for p in ps:
        if p.mass > best.mass:
            best = p
    return best.name
