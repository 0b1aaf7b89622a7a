"""``penna.extending``: Numba's high-level extension API.

Library code extends what compiled functions can call with Python functions
that penna compiles, chosen by the argument types::

    from penna.extending import overload, overload_method, register_jitable
    from penna import types

    def clip01(x):              # the Python version
        return min(max(x, 0), 1)

    @overload(clip01)
    def _clip01(x):             # called with penna.types objects
        if isinstance(x, types.Float):
            return lambda x: min(max(x, 0.0), 1.0)
        if isinstance(x, types.Array):
            def impl(x):
                return np.minimum(np.maximum(x, 0.0), 1.0)
            return impl
        # None: no implementation for these types (a typing error names them)

- ``overload(func)``: calls of ``func`` in compiled code call the function the
  factory returns for the arguments' types (the factory has ``func``'s
  parameters). Several factories may overload one function: the first that
  returns an implementation is used. A parameter whose default is ``None``
  and which was given ``None`` (or left out) reaches the factory as Python's
  ``None``, as in Numba; every other argument as its type.
- ``overload_method(type_class, name)``: ``x.name(...)`` where ``x``'s type
  object is an instance of ``type_class`` (``types.Array``, a structref type,
  ...); the factory and implementation take ``x`` first.
- ``overload_attribute(type_class, name)``: ``x.name`` of a structref type;
  the implementation takes ``x``.
- ``register_jitable``: the function stays a Python function for Python
  callers and is compiled where compiled code calls it.

Implementations are compiled with ``penna.jit`` (``jit_options`` as its
keywords) and cached per argument types. Numba's low-level API (``intrinsic``,
``box``, ``unbox``, ``models``, ``lower_builtin``, ...) builds LLVM IR with
llvmlite and has no penna counterpart: those names raise an error that says so.
"""

import inspect

from . import _native, types
from . import jit as _jit
from .errors import TypingError

__all__ = [
    "overload", "overload_method", "overload_attribute", "register_jitable", "TypingError",
]


def _dispatcher(impl, jit_options):
    """The compiled form of an implementation a factory returned."""
    inner = getattr(impl, "_penna_dispatcher", None)
    if inner is not None:
        return inner
    if isinstance(impl, _native.Dispatcher):
        return impl
    if inspect.isfunction(impl):
        return _jit(impl, **jit_options)
    raise TypeError(f"an @overload factory returned {impl!r}, not a function")


class _Resolver:
    """Asks factories for the implementation of a generic function for
    argument types; remembers the answer per types (also `None`)."""

    def __init__(self, name, jit_options, receiver=None):
        self.name = name
        self.jit_options = dict(jit_options or {})
        # For methods: the type class the receiver's type must be an instance of,
        # per factory.
        self.factories = []
        self.receiver = receiver
        self.chosen = {}

    def add(self, factory, receiver=None):
        self.factories.append((factory, receiver))
        self.chosen.clear()

    def __call__(self, *arg_types):
        if arg_types in self.chosen:
            return self.chosen[arg_types]
        impl = None
        for factory, receiver in self.factories:
            if receiver is not None and not isinstance(arg_types[0], receiver):
                continue
            found = factory(*_factory_args(factory, arg_types))
            if found is not None:
                impl = _dispatcher(found, self.jit_options)
                break
        self.chosen[arg_types] = impl
        return impl


def _factory_args(factory, arg_types):
    """The factory's arguments: the types, except that `None` given for a
    parameter whose default is `None` is Python's `None` (Numba passes an
    omitted argument's default)."""
    try:
        params = list(inspect.signature(factory).parameters.values())
    except (TypeError, ValueError):
        return arg_types
    args = list(arg_types)
    for i, p in enumerate(params[:len(args)]):
        if p.default is None and isinstance(args[i], types.NoneType):
            args[i] = None
    return args


_OVERLOADS = {}


def overload(func, jit_options=None, strict=True, inline="never", prefer_literal=False, **kwargs):
    """``@overload(func)``: the decorated factory chooses what calls of
    ``func`` in compiled code run (see the module's docs)."""

    def register(factory):
        resolver = _OVERLOADS.get(id(func))
        if resolver is None:
            name = getattr(func, "__name__", repr(func))
            resolver = _OVERLOADS[id(func)] = _Resolver(name, jit_options)
            _native.register_overload(func, name, factory, resolver)
        resolver.add(factory)
        return factory

    return register


#: Methods and attributes of structref types: {type class: {name: (kind, resolver, factory)}}.
_STRUCT_MEMBERS = {}
_METHODS = {}


def _is_struct_class(type_class):
    return isinstance(type_class, type) and issubclass(type_class, types.StructRef)


def overload_method(type_class, name, jit_options=None, **kwargs):
    """``@overload_method(types.Array, "name")``: ``x.name(...)`` in compiled
    code for receivers whose type is an instance of ``type_class``."""
    if not isinstance(type_class, type):
        raise TypeError(f"overload_method needs a type class such as types.Array, got {type_class!r}")

    def register(factory):
        resolver = _Resolver(name, jit_options)
        resolver.add(factory, type_class)
        if _is_struct_class(type_class):
            _STRUCT_MEMBERS.setdefault(type_class, {})[name] = ("overload", resolver, factory)
            return factory
        shared = _METHODS.get(name)
        if shared is None:
            shared = _METHODS[name] = _Resolver(name, jit_options)
            _native.register_method_overload(name, factory, shared)
        shared.add(factory, type_class)
        return factory

    return register


def overload_attribute(type_class, name, **kwargs):
    """``@overload_attribute(StructType, "name")``: ``x.name`` in compiled code
    for structref instances whose type is an instance of ``type_class``."""
    if not _is_struct_class(type_class):
        raise TypeError(
            f"penna supports overload_attribute on structref types only, not {type_class!r}: "
            "write a function, or a jitclass @property"
        )

    def register(factory):
        resolver = _Resolver(name, kwargs.get("jit_options"))
        resolver.add(factory, type_class)
        _STRUCT_MEMBERS.setdefault(type_class, {})[name] = ("overload_property", resolver, factory)
        return factory

    return register


def struct_members(struct_type):
    """The overloaded members of a structref type (its class and bases')."""
    members = {}
    for cls in reversed(type(struct_type).__mro__):
        members.update(_STRUCT_MEMBERS.get(cls, {}))
    return members


def register_jitable(*args, **options):
    """``@register_jitable`` (or ``@register_jitable(**jit_options)``): the
    function is compiled where compiled code calls it and stays a Python
    function for Python callers."""

    def wrap(fn):
        fn._penna_dispatcher = _jit(fn, **options)
        return fn

    if len(args) == 1 and callable(args[0]) and not options:
        return wrap(args[0])
    return wrap


def _low_level(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(
            f"penna.extending.{name}: Numba's low-level extension API builds LLVM IR with "
            "llvmlite and has no penna counterpart; write the function in Python with "
            "@overload, @overload_method or @register_jitable"
        )

    refuse.__name__ = name
    return refuse


for _name in ("intrinsic", "box", "unbox", "typeof_impl", "lower_builtin", "lower_cast",
              "type_callable", "make_attribute_wrapper", "infer_getattr", "lower_getattr",
              "lower_getattr_generic", "lower_setattr_generic", "register_model",
              "models", "NativeValue"):
    globals()[_name] = _low_level(_name)
del _name
