"""Type objects for signatures, as in Numba: ``float64(float64[:], int64)``.

Each type prints as penna's canonical text (``float64[:, ::1]``), which is what
the compiler parses, so signatures may be given as objects or as strings.
"""

__all__ = [
    "Type", "Array", "Signature", "from_string", "UniTuple", "Tuple", "BaseTuple", "ListType",
    "DictType", "List", "Dict", "Set", "unicode_type", "optional", "Optional", "deferred_type",
    "Scalar", "Boolean", "Number", "Integer", "Float", "Complex", "NoneType", "UnicodeType",
    "Omitted", "Literal", "IntegerLiteral", "StringLiteral", "BooleanLiteral", "unliteral",
    "StructRef",
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

    @property
    def key(self):
        return self.name


class Scalar(Type):
    """A number or a bool (the element type of arrays)."""

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

    @property
    def bitwidth(self):
        digits = "".join(c for c in self.name if c.isdigit())
        return int(digits) if digits else 8


class Boolean(Scalar):
    pass


class Number(Scalar):
    pass


class Integer(Number):
    @property
    def signed(self):
        return not self.name.startswith("u")


class Float(Number):
    pass


class Complex(Number):
    @property
    def underlying_float(self):
        return _SCALARS[f"float{self.bitwidth // 2}"]


class Array(Type):
    """An array type. ``Array(float64, 2, "C", readonly=True)`` as in Numba
    (layout ``"C"``, ``"F"`` or ``"A"``), or from its canonical text;
    ``.dtype``, ``.ndim``, ``.layout``, ``.mutable`` as in Numba."""

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

    def _axes(self):
        text = self.name.removeprefix("readonly ")
        return [a.strip() for a in text[text.index("[") + 1:-1].split(",")]

    @property
    def dtype(self):
        text = self.name.removeprefix("readonly ")
        return from_string(text[:text.index("[")])

    @property
    def ndim(self):
        return len(self._axes())

    @property
    def layout(self):
        axes = self._axes()
        if axes[-1] == "::1":
            return "C"
        return "F" if axes[0] == "::1" else "A"

    @property
    def readonly(self):
        return self.name.startswith("readonly ")

    @property
    def mutable(self):
        return not self.readonly


class Signature:
    """A return type (or None) and argument types."""

    def __init__(self, ret, args):
        self.return_type = ret
        self.args = tuple(args)

    def __str__(self):
        ret = "" if self.return_type is None else str(self.return_type)
        return f"{ret}({', '.join(str(a) for a in self.args)})"

    __repr__ = __str__


class BaseTuple(Type):
    """A tuple type: ``.types``, ``.count``, iterable and indexable (Numba's)."""

    def __init__(self, items):
        self.types = tuple(items)
        text = ", ".join(str(i) for i in self.types)
        super().__init__(f"tuple({text}{',' if len(self.types) == 1 else ''})")

    @property
    def count(self):
        return len(self.types)

    def __len__(self):
        return len(self.types)

    def __iter__(self):
        return iter(self.types)

    def __getitem__(self, i):
        return self.types[i]


class UniTuple(BaseTuple):
    """``UniTuple(float64, 3)``: ``count`` items of type ``dtype``."""

    def __init__(self, dtype, count):
        self.dtype = dtype
        super().__init__((dtype,) * count)


class Tuple(BaseTuple):
    """``Tuple((int64, float64))`` as in Numba (also ``Tuple(int64, float64)``);
    a tuple of one type is a ``UniTuple``."""

    def __new__(cls, *items):
        if len(items) == 1 and isinstance(items[0], (tuple, list)):
            items = tuple(items[0])
        if items and all(i == items[0] for i in items):
            return UniTuple(items[0], len(items))
        self = super().__new__(cls)
        BaseTuple.__init__(self, items)
        return self

    def __init__(self, *items):
        pass


class Optional(Type):
    """A value of type ``.type`` or ``None`` (Numba's ``types.optional``)."""

    def __new__(cls, t):
        if isinstance(t, (DeferredType, _OptionalOf)) or type(t).__name__ == "JitClass":
            # Resolved when the class that holds it is first used.
            return _OptionalOf(t)
        return super().__new__(cls)

    def __init__(self, t):
        self.type = t
        super().__init__(f"optional({t})")


optional = Optional


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


class ListType(Type):
    """The type of a ``penna.typed.List`` of ``item``s (Numba's ``types.ListType``)."""

    def __init__(self, item):
        self.item_type = self.dtype = item
        super().__init__(f"ListType[{item}]")


class DictType(Type):
    """The type of a ``penna.typed.Dict`` (Numba's ``types.DictType``)."""

    def __init__(self, key, value):
        self.key_type, self.value_type = key, value
        super().__init__(f"DictType[{key},{value}]")


class List(Type):
    """A Python list of ``item``s as an argument (Numba's ``types.List``)."""

    def __init__(self, item, reflected=False):
        self.dtype = item
        super().__init__(f"list({item})")


class Set(Type):
    """A Python set of ``item``s (Numba's ``types.Set``)."""

    def __init__(self, item, reflected=False):
        self.dtype = item
        super().__init__(f"set({item})")


def Dict(key, value):
    """Numba's ``types.Dict``: the same as ``DictType`` here."""
    return DictType(key, value)


class NoneType(Type):
    pass


class UnicodeType(Type):
    pass


class Omitted(Type):
    """An argument left to its default (Numba's); penna passes defaults as
    their values' types, so factories never see one."""

    def __init__(self, value):
        self.value = value
        super().__init__(f"omitted({value!r})")


class Literal(Type):
    """Numba's literal types: penna passes arguments' plain types, so
    ``isinstance(t, types.Literal)`` is false in ``@overload`` factories."""


class IntegerLiteral(Literal):
    pass


class StringLiteral(Literal):
    pass


class BooleanLiteral(Literal):
    pass


def unliteral(t):
    """The type itself (penna has no literal types)."""
    return t


class StructRef(Type):
    """The base of structref types (``penna.experimental.structref``): a
    mutable struct passed by reference, whose field types are fixed when an
    instance is made. ``.field_dict`` maps names to types."""

    def __init__(self, fields):
        fields = tuple(self.preprocess_fields(tuple((n, t) for n, t in fields)))
        self._fields = fields
        self.field_dict = dict(fields)
        text = ", ".join(f"{n}: {t}" for n, t in fields)
        super().__init__(f"{type(self).__name__}({text})")

    def preprocess_fields(self, fields):
        return fields

    @property
    def _penna_jitclass(self):
        from .experimental import structref

        return structref._class_of(self)


boolean = bool_ = b1 = Boolean("bool")
int8 = i1 = Integer("int8")
int16 = i2 = Integer("int16")
int32 = i4 = Integer("int32")
int64 = i8 = intp = Integer("int64")
uint8 = u1 = Integer("uint8")
uint16 = u2 = Integer("uint16")
uint32 = u4 = Integer("uint32")
uint64 = u8 = uintp = Integer("uint64")
float16 = f2 = Float("float16")
float32 = f4 = Float("float32")
float64 = f8 = Float("float64")
complex64 = c8 = Complex("complex64")
complex128 = c16 = Complex("complex128")
void = none = NoneType("none")

_SCALARS = {t.name: t for t in (boolean, int8, int16, int32, int64, uint8, uint16, uint32,
                                 uint64, float16, float32, float64, complex64, complex128)}


#: Strings (Python's `str`; Numba's name).
unicode_type = string = UnicodeType("unicode_type")


def _split_top(text):
    """The comma-separated items of `text` at bracket depth zero."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    last = text[start:].strip()
    if last:
        items.append(last)
    return items


def from_string(text):
    """The type object for a canonical type string (as the compiler prints it)."""
    text = text.strip()
    if text in _SCALARS:
        return _SCALARS[text]
    if text == "none":
        return none
    if text == "unicode_type":
        return unicode_type
    for prefix, make in (("tuple(", lambda xs: Tuple(tuple(xs))), ("list(", lambda xs: List(*xs)),
                         ("set(", lambda xs: Set(*xs)), ("optional(", lambda xs: Optional(*xs))):
        if text.startswith(prefix) and text.endswith(")"):
            return make([from_string(t) for t in _split_top(text[len(prefix):-1])])
    for prefix, make in (("ListType[", ListType), ("DictType[", DictType)):
        if text.startswith(prefix) and text.endswith("]"):
            return make(*[from_string(t) for t in _split_top(text[len(prefix):-1])])
    if "[" in text and text.endswith("]"):
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
