"""``penna.experimental.structref``: Numba's mutable structs passed by
reference, whose field types are fixed when an instance is made::

    from penna.experimental import structref
    from penna import types, njit

    @structref.register
    class PointType(types.StructRef):
        pass

    class Point(structref.StructRefProxy):
        def __new__(cls, x, y):
            return structref.StructRefProxy.__new__(cls, x, y)

        @property
        def x(self):
            return point_x(self)

    @njit
    def point_x(p):
        return p.x

    structref.define_proxy(Point, PointType, ["x", "y"])

``Point(1.0, 2)`` works in Python and in compiled code; compiled code reads
and writes the fields (``p.x += 1``), and ``@overload_method(PointType, ...)``
/ ``@overload_attribute`` (``penna.extending``) add methods and attributes.

Each distinct tuple of field types is a jitclass made on first use (its
instances are penna's reference-counted objects); the Python proxy wraps one
instance, whose ``_penna_obj`` compiled code receives. Invariant: one
jitclass per (struct type class, field types), so equal struct types are
one type in compiled code.
"""

import linecache

from .. import _native, extending
from .. import jit as _jit
from ..types import StructRef

__all__ = ["register", "StructRefProxy", "define_proxy", "define_constructor", "define_boxing"]

_SERIAL = [0]
#: (struct type class, type name) -> the jitclass of that struct type.
_CLASSES = {}
#: struct type class -> the proxy class its instances reach Python as.
_PROXIES = {}


def register(struct_type_class):
    """``@structref.register``: marks a ``types.StructRef`` subclass as a
    struct type (its attributes are its fields in compiled code)."""
    if not (isinstance(struct_type_class, type) and issubclass(struct_type_class, StructRef)):
        raise TypeError(f"structref.register needs a subclass of types.StructRef, got {struct_type_class!r}")
    return struct_type_class


class StructRefProxy:
    """The base of Python classes whose instances are structrefs. Subclasses
    give ``__new__`` (calling ``StructRefProxy.__new__(cls, *fields)``) and
    properties or methods that call compiled functions with ``self``."""

    __slots__ = ("_penna_obj",)

    def __new__(cls, *args):
        make = getattr(cls, "_penna_new", None)
        if make is None:
            raise TypeError(
                f"{cls.__name__} has no constructor: call structref.define_proxy({cls.__name__}, "
                "StructType, [field names]) first"
            )
        return make(*args)

    def __repr__(self):
        return f"<{type(self).__name__} structref>"


def _source_function(filename_hint, name, params, body):
    """A function made from source text that penna can read (registered
    with linecache, where penna looks for sources that are not files)."""
    _SERIAL[0] += 1
    filename = f"<penna structref {filename_hint} {_SERIAL[0]}>"
    source = f"def {name}({', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return source, filename


def _make(filename_hint, name, params, body, namespace):
    source, filename = _source_function(filename_hint, name, params, body)
    exec(compile(source, filename, "exec"), namespace)
    return namespace[name]


def _wrap(struct_type_class):
    """Boxing: an instance reaches Python as the struct type's proxy."""

    def wrap(obj):
        for cls in struct_type_class.__mro__:
            proxy = _PROXIES.get(cls)
            if proxy is not None:
                p = object.__new__(proxy)
                p._penna_obj = obj
                return p
        return obj

    return wrap


def _class_of(struct_type):
    """The jitclass of a struct type (made at its first use)."""
    key = (type(struct_type), struct_type.name)
    native = _CLASSES.get(key)
    if native is not None:
        return native
    type_class = type(struct_type)
    names = [n for n, _ in struct_type._fields]
    hint = f"{type_class.__module__}.{type_class.__qualname__}"
    init = _make(hint, "__init__", ["self", *names], [f"self.{n} = {n}" for n in names] or ["pass"], {})
    plain = type(type_class.__name__, (), {"__init__": init, "__module__": type_class.__module__})
    members = {"__init__": ("method", _jit(init))}
    members.update(extending.struct_members(struct_type))
    native = _native.make_jitclass(plain, list(struct_type._fields), members)
    native._set_structref(struct_type, _wrap(type_class))
    _CLASSES[key] = native
    return native


def define_constructor(py_class, struct_type_class, fields):
    """``py_class(*fields)`` makes an instance, in Python and in compiled
    code; the arguments' types are the fields' types."""
    fields = list(fields)
    hint = f"{py_class.__module__}.{py_class.__qualname__}"
    stub = _make(hint, py_class.__name__, fields, ["pass"], {})
    makers = {}

    def resolve(*arg_types):
        struct_type = struct_type_class(list(zip(fields, arg_types)))
        maker = makers.get(struct_type.name)
        if maker is None:
            native = _class_of(struct_type)
            maker = makers[struct_type.name] = _jit(
                _make(hint, f"_new_{py_class.__name__}", fields,
                      [f"return _cls({', '.join(fields)})"], {"_cls": native})
            )
        return maker

    _native.register_overload(py_class, py_class.__name__, stub, resolve)
    py_class._penna_new = _jit(
        _make(hint, f"_make_{py_class.__name__}", fields,
              [f"return _proxy({', '.join(fields)})"], {"_proxy": py_class})
    )


def define_boxing(struct_type_class, py_class):
    """Instances of ``struct_type_class`` reach Python as ``py_class``."""
    _PROXIES[struct_type_class] = py_class


def define_proxy(py_class, struct_type_class, fields):
    """``py_class`` is the Python face of ``struct_type_class``: its
    constructor (``define_constructor``) and boxing (``define_boxing``)."""
    define_constructor(py_class, struct_type_class, fields)
    define_boxing(struct_type_class, py_class)
