"""``penna.experimental``: ``jitclass`` (Numba's ``numba.experimental.jitclass``).

A jitclass is a class whose instances live in penna's runtime, so compiled
code creates them, reads and writes their fields and calls their methods
natively, and Python code does the same through the same object::

    from penna.experimental import jitclass
    from penna import float64, int64

    @jitclass([("x", float64), ("n", int64)])
    class Acc:
        def __init__(self, x):
            self.x = x
            self.n = 0

        def add(self, v):
            self.x += v
            self.n += 1

        @property
        def mean(self):
            return self.x / self.n

The spec is a list of ``(name, type)`` pairs, a dict, or class annotations
(``x: float64``); types are penna's (or NumPy dtypes, ``int``, ``float``,
``penna.types.unicode_type``, typed containers, other jitclasses). Methods,
``@property`` (getter and setter) and ``@staticmethod`` are compiled with
``penna.jit``; ``__init__`` runs compiled, from Python and from compiled code.
The special methods ``__len__ __getitem__ __setitem__ __contains__ __iter__
__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __add__ __sub__ __mul__ __truediv__
__floordiv__ __mod__ __pow__`` serve ``len(x)``, ``x[i]``, ``x[i] = v``,
``in``, ``for v in x`` (``__iter__`` is a generator) and the operators on
both sides; ``__hash__`` serves ``hash(x)`` in Python.
"""

import inspect
import linecache
import types as _pytypes

from .. import _native
from .. import jit as _jit

__all__ = ["jitclass", "structref"]

_SERIAL = [0]

#: Special methods compiled code and Python call on instances.
_SPECIAL = {
    "__init__", "__len__", "__getitem__", "__setitem__", "__contains__", "__iter__", "__hash__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
}


def _find_class(module, qualname):
    """A jitclass by its Python class's module and name (unpickling)."""
    import importlib

    mod = importlib.import_module(module)
    obj = mod
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if isinstance(obj, _native.JitClass):
        return obj
    # `Jit = jitclass(spec)(Plain)`: the module holds the jitclass under
    # another name than its Python class's.
    for value in vars(mod).values():
        if isinstance(value, _native.JitClass) and value.py_class is obj:
            return value
    raise TypeError(f"no jitclass of {module}.{qualname} to unpickle")


def _rebuild(cls, fields):
    """An instance of jitclass `cls` with `fields` (unpickling; `__init__`
    does not run, as for pickled Python objects)."""
    obj = cls._new_empty()
    for name, value in fields.items():
        setattr(obj, name, value)
    return obj


def jitclass(cls_or_spec=None, spec=None):
    """``@jitclass(spec)``, ``@jitclass`` (annotations only) or ``jitclass(cls, spec)``."""
    if isinstance(cls_or_spec, type):
        return _build(cls_or_spec, spec)

    def wrap(cls):
        return _build(cls, cls_or_spec if spec is None else spec)

    return wrap


def _fields(cls, spec):
    fields = []
    if spec is None:
        items = []
    elif isinstance(spec, dict):
        items = list(spec.items())
    else:
        items = list(spec)
    names = set()
    for name, t in items:
        fields.append((name, t))
        names.add(name)
    for name, t in getattr(cls, "__annotations__", {}).items():
        if name not in names:
            fields.append((name, t))
            names.add(name)
    return fields


def _members(cls):
    members = {}
    for name, value in cls.__dict__.items():
        if isinstance(value, staticmethod):
            members[name] = ("static", _jit(value.__func__))
        elif isinstance(value, property):
            getter = _jit(value.fget)
            setter = _jit(value.fset) if value.fset is not None else None
            members[name] = ("property", getter, setter)
        elif isinstance(value, _pytypes.FunctionType):
            if name.startswith("__") and name not in _SPECIAL:
                continue
            members[name] = ("method", _jit(value))
    return members


def _build(cls, spec):
    if "__init__" not in cls.__dict__:
        raise TypeError(f"jitclass {cls.__name__} needs an __init__")
    native = _native.make_jitclass(cls, _fields(cls, spec), _members(cls))
    native._set_constructor(_constructor(cls, native))
    return native


def _constructor(cls, native):
    """A compiled function making an instance: `Cls(args)` in compiled code,
    with `__init__`'s parameters (its source registered with linecache,
    where penna reads sources that are not files)."""
    sig = inspect.signature(cls.__dict__["__init__"])
    params = list(sig.parameters.values())[1:]
    for p in params:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD, p.KEYWORD_ONLY):
            raise TypeError(f"jitclass {cls.__name__}.__init__: only positional parameters are supported")
    text_params = ", ".join(
        p.name if p.default is p.empty else f"{p.name}={p.default!r}" for p in params
    )
    names = ", ".join(p.name for p in params)
    _SERIAL[0] += 1
    filename = f"<penna jitclass {cls.__module__}.{cls.__qualname__} {_SERIAL[0]}>"
    source = f"def _new_{cls.__name__}({text_params}):\n    return {cls.__name__}({names})\n"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {cls.__name__: native}
    exec(compile(source, filename, "exec"), namespace)
    return _jit(namespace[f"_new_{cls.__name__}"])


from . import structref  # noqa: E402  (uses jitclass machinery above)
