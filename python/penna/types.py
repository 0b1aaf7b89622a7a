"""Type objects for signatures, as in Numba: ``float64(float64[:], int64)``.

Each type prints as penna's canonical text (``float64[:, ::1]``), which is what
the compiler parses, so signatures may be given as objects or as strings.
"""

__all__ = [
    "Type", "Array", "Signature", "from_string", "UniTuple", "Tuple", "ListType", "DictType",
    "List", "Dict", "unicode_type", "optional", "Optional", "deferred_type",
    "boolean", "bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
    "uint64", "float16", "float32", "float64", "complex64", "complex128", "intp", "uintp", "void", "none",
    "b1", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16",
]


class Type:
    """A penna type; compares and hashes by its canonical name."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, Type) and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __call__(self, *args):
        """``float64(int64, float64[:])`` makes a signature."""
        return Signature(self, args)


class Scalar(Type):
    def __getitem__(self, dims):
        """``float64[:]``, ``float64[:, ::1]`` (C order), ``float64[::1, :]`` (Fortran)."""
        if not isinstance(dims, tuple):
            dims = (dims,)
        parts = []
        for d in dims:
            if not isinstance(d, slice) or d.start is not None or d.stop is not None or d.step not in (None, 1):
                raise TypeError(f"array dimensions are written ':' or '::1', got {d!r}")
            parts.append("::1" if d.step == 1 else ":")
        return Array(f"{self.name}[{', '.join(parts)}]")


class Array(Type):
    """An array type. ``Array(float64, 2, "C", readonly=True)`` as in Numba
    (layout ``"C"``, ``"F"`` or ``"A"``), or from its canonical text."""

    def __init__(self, dtype, ndim=None, layout="A", readonly=False):
        if ndim is None:
            if not isinstance(dtype, str):
                raise TypeError("Array(dtype, ndim, layout='A', readonly=False) needs ndim")
            super().__init__(dtype)
            return
        if not isinstance(dtype, Scalar):
            raise TypeError(f"Array dtype must be a scalar type such as float64, got {dtype!r}")
        if not isinstance(ndim, int) or ndim < 1:
            raise TypeError(f"Array ndim must be a positive integer, got {ndim!r}")
        if layout not in ("C", "F", "A"):
            raise ValueError(f"Array layout must be 'C', 'F' or 'A', got {layout!r}")
        axes = [":"] * ndim
        if layout == "C":
            axes[-1] = "::1"
        elif layout == "F":
            axes[0] = "::1"
        prefix = "readonly " if readonly else ""
        super().__init__(f"{prefix}{dtype.name}[{', '.join(axes)}]")


class Signature:
    """A return type (or None) and argument types."""

    def __init__(self, ret, args):
        self.return_type = ret
        self.args = tuple(args)

    def __str__(self):
        ret = "" if self.return_type is None else str(self.return_type)
        return f"{ret}({', '.join(str(a) for a in self.args)})"

    __repr__ = __str__


def UniTuple(item, count):
    return Type(f"tuple({', '.join([str(item)] * count)}{',' if count == 1 else ''})")


def Tuple(*items):
    """``Tuple((int64, float64))`` as in Numba (also ``Tuple(int64, float64)``)."""
    if len(items) == 1 and isinstance(items[0], (tuple, list)):
        items = tuple(items[0])
    return Type(f"tuple({', '.join(str(i) for i in items)}{',' if len(items) == 1 else ''})")


def optional(t):
    """A value of type ``t`` or ``None`` (Numba's ``types.optional``)."""
    if isinstance(t, (DeferredType, _OptionalOf)) or type(t).__name__ == "JitClass":
        return _OptionalOf(t)
    return Type(f"optional({t})")


class _OptionalOf:
    """``optional(cls)`` of a jitclass or a deferred type (resolved when the
    class that holds it is first used)."""

    def __init__(self, inner):
        self._penna_optional_of = inner

    def __repr__(self):
        return f"optional({self._penna_optional_of!r})"


class DeferredType:
    """Numba's ``deferred_type()``: a jitclass's type named before the class
    exists (a linked node's ``next``); ``.define(Node.class_type.instance_type)``
    after the class is made."""

    def __init__(self):
        self._penna_deferred = None

    def define(self, t):
        self._penna_deferred = t

    def __repr__(self):
        return f"deferred_type({self._penna_deferred!r})"


def deferred_type():
    return DeferredType()


Optional = optional


def ListType(item):
    """The type of a ``penna.typed.List`` of ``item``s (Numba's ``types.ListType``)."""
    return Type(f"ListType[{item}]")


def DictType(key, value):
    """The type of a ``penna.typed.Dict`` (Numba's ``types.DictType``)."""
    return Type(f"DictType[{key},{value}]")


def List(item, reflected=False):
    """A Python list of ``item``s as an argument (Numba's ``types.List``)."""
    return Type(f"list({item})")


def Dict(key, value):
    """Numba's ``types.Dict``: the same as ``DictType`` here."""
    return DictType(key, value)


boolean = bool_ = b1 = Scalar("bool")
int8 = i1 = Scalar("int8")
int16 = i2 = Scalar("int16")
int32 = i4 = Scalar("int32")
int64 = i8 = intp = Scalar("int64")
uint8 = u1 = Scalar("uint8")
uint16 = u2 = Scalar("uint16")
uint32 = u4 = Scalar("uint32")
uint64 = u8 = uintp = Scalar("uint64")
float16 = f2 = Scalar("float16")
float32 = f4 = Scalar("float32")
float64 = f8 = Scalar("float64")
complex64 = c8 = Scalar("complex64")
complex128 = c16 = Scalar("complex128")
void = none = Type("none")

_SCALARS = {t.name: t for t in (boolean, int8, int16, int32, int64, uint8, uint16, uint32,
                                 uint64, float16, float32, float64, complex64, complex128)}


#: Strings (Python's `str`; Numba's name).
unicode_type = string = Type("unicode_type")


def from_string(text):
    """The type object for a canonical type string (as the compiler prints it)."""
    if text in _SCALARS:
        return _SCALARS[text]
    if text == "none":
        return none
    if text == "unicode_type":
        return unicode_type
    if "[" in text and not text.startswith(("tuple(", "ListType[", "DictType[", "list(", "set(", "optional(")):
        return Array(text)
    return Type(text)


def signature_text(sig):
    """A signature as text: a string as is, a tuple of types as their
    parenthesised list, a ``Signature`` object as its string."""
    if isinstance(sig, str):
        return sig
    if isinstance(sig, tuple):
        return "(" + ", ".join(str(t) for t in sig) + ")"
    return str(sig)
