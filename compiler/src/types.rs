//! penna's types and the numeric promotion lattice.
//!
//! Promotion follows NumPy's `promote_types` (and so Numba): `int64 + float32 ->
//! float64`, `uint64 + int64 -> float64`, `int8 + float32 -> float32`. Integer
//! arithmetic then widens to 64 bits as Numba does (`int8 + int8 -> int64`).
//! Unification (a variable assigned two types, two `return`s) uses the same lattice.

use std::fmt;

mod records;
pub use records::{RecordArrayType, RecordType};

/// A NumPy scalar type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scalar {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    /// IEEE half precision (`np.float16`): computed in float32 and rounded
    /// after every operation, which gives exactly the correctly rounded
    /// half result NumPy gives.
    F16,
    F32,
    F64,
    C64,
    C128,
}

/// The three families of numbers, in promotion order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    Bool,
    Int,
    Float,
    Complex,
}

impl Scalar {
    pub const ALL: [Scalar; 14] = [
        Scalar::Bool,
        Scalar::I8,
        Scalar::I16,
        Scalar::I32,
        Scalar::I64,
        Scalar::U8,
        Scalar::U16,
        Scalar::U32,
        Scalar::U64,
        Scalar::F16,
        Scalar::F32,
        Scalar::F64,
        Scalar::C64,
        Scalar::C128,
    ];

    /// NumPy's name (`float64`), also the name in signatures and messages.
    pub fn name(self) -> &'static str {
        match self {
            Scalar::Bool => "bool",
            Scalar::I8 => "int8",
            Scalar::I16 => "int16",
            Scalar::I32 => "int32",
            Scalar::I64 => "int64",
            Scalar::U8 => "uint8",
            Scalar::U16 => "uint16",
            Scalar::U32 => "uint32",
            Scalar::U64 => "uint64",
            Scalar::F16 => "float16",
            Scalar::F32 => "float32",
            Scalar::F64 => "float64",
            Scalar::C64 => "complex64",
            Scalar::C128 => "complex128",
        }
    }

    /// Parses NumPy names and their common aliases (`f8`, `double`, `intp`, ...).
    pub fn from_name(name: &str) -> Option<Scalar> {
        Some(match name {
            "bool" | "bool_" | "boolean" | "b1" => Scalar::Bool,
            "int8" | "i1" | "byte" => Scalar::I8,
            "int16" | "i2" | "short" => Scalar::I16,
            "int32" | "i4" | "intc" => Scalar::I32,
            "int64" | "i8" | "intp" | "int_" | "long" | "longlong" => Scalar::I64,
            "uint8" | "u1" | "ubyte" => Scalar::U8,
            "uint16" | "u2" | "ushort" => Scalar::U16,
            "uint32" | "u4" | "uintc" => Scalar::U32,
            "uint64" | "u8" | "uintp" | "uint" | "ulonglong" => Scalar::U64,
            "float16" | "f2" | "half" => Scalar::F16,
            "float32" | "f4" | "single" => Scalar::F32,
            "float64" | "f8" | "double" | "float_" => Scalar::F64,
            "complex64" | "c8" | "csingle" => Scalar::C64,
            "complex128" | "c16" | "cdouble" | "complex_" => Scalar::C128,
            _ => return None,
        })
    }

    pub fn family(self) -> Family {
        match self {
            Scalar::Bool => Family::Bool,
            Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64 => Family::Int,
            Scalar::U8 | Scalar::U16 | Scalar::U32 | Scalar::U64 => Family::Int,
            Scalar::F16 | Scalar::F32 | Scalar::F64 => Family::Float,
            Scalar::C64 | Scalar::C128 => Family::Complex,
        }
    }

    pub fn is_int(self) -> bool {
        self.family() == Family::Int
    }
    pub fn is_float(self) -> bool {
        self.family() == Family::Float
    }
    pub fn is_complex(self) -> bool {
        self.family() == Family::Complex
    }
    /// Bool or an integer: usable where Python wants an index or a bit pattern.
    pub fn is_integral(self) -> bool {
        matches!(self.family(), Family::Bool | Family::Int)
    }
    pub fn is_signed(self) -> bool {
        matches!(self, Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64)
    }
    pub fn is_unsigned(self) -> bool {
        matches!(self, Scalar::U8 | Scalar::U16 | Scalar::U32 | Scalar::U64)
    }

    /// Size in bytes, as NumPy stores it.
    pub fn size(self) -> u32 {
        match self {
            Scalar::Bool | Scalar::I8 | Scalar::U8 => 1,
            Scalar::I16 | Scalar::U16 | Scalar::F16 => 2,
            Scalar::I32 | Scalar::U32 | Scalar::F32 => 4,
            Scalar::I64 | Scalar::U64 | Scalar::F64 | Scalar::C64 => 8,
            Scalar::C128 => 16,
        }
    }

    /// Bits of an integer (1 for bool).
    pub fn bits(self) -> u32 {
        match self {
            Scalar::Bool => 1,
            s => s.size() * 8,
        }
    }

    fn int(signed: bool, bytes: u32) -> Scalar {
        match (signed, bytes) {
            (true, 1) => Scalar::I8,
            (true, 2) => Scalar::I16,
            (true, 4) => Scalar::I32,
            (true, _) => Scalar::I64,
            (false, 1) => Scalar::U8,
            (false, 2) => Scalar::U16,
            (false, 4) => Scalar::U32,
            (false, _) => Scalar::U64,
        }
    }

    /// The real type of a complex (and a float's own type).
    pub fn real_part(self) -> Scalar {
        match self {
            Scalar::C64 => Scalar::F32,
            Scalar::C128 => Scalar::F64,
            s => s,
        }
    }

    /// The complex type whose parts are `self` (a float).
    pub fn complex_of(self) -> Scalar {
        if matches!(self, Scalar::F16 | Scalar::F32) {
            Scalar::C64
        } else {
            Scalar::C128
        }
    }

    /// Smallest float that holds every value of this type as NumPy defines it:
    /// 8-bit integers fit float16, 16-bit ones float32, 32/64-bit ones need
    /// float64.
    fn float_rank(self) -> u32 {
        match self {
            Scalar::Bool | Scalar::I8 | Scalar::U8 | Scalar::F16 => 2,
            Scalar::I16 | Scalar::U16 | Scalar::F32 | Scalar::C64 => 4,
            _ => 8,
        }
    }
}

/// NumPy's `promote_types` for two scalars.
pub fn promote(a: Scalar, b: Scalar) -> Scalar {
    use Family::*;
    if a == b {
        return a;
    }
    let (lo, hi) = if a.family() <= b.family() {
        (a, b)
    } else {
        (b, a)
    };
    match (lo.family(), hi.family()) {
        (Bool, _) => hi,
        (Int, Int) => {
            if lo.is_signed() == hi.is_signed() {
                if lo.size() >= hi.size() {
                    lo
                } else {
                    hi
                }
            } else {
                let (s, u) = if lo.is_signed() { (lo, hi) } else { (hi, lo) };
                if u.size() < s.size() {
                    s
                } else if u.size() < 8 {
                    Scalar::int(true, u.size() * 2)
                } else {
                    Scalar::F64
                }
            }
        }
        (Int | Float, Float) => match lo.float_rank().max(hi.float_rank()) {
            2 => Scalar::F16,
            4 => Scalar::F32,
            _ => Scalar::F64,
        },
        (Int | Float | Complex, Complex) => {
            if lo.float_rank().max(hi.float_rank()) <= 4 {
                Scalar::C64
            } else {
                Scalar::C128
            }
        }
        _ => unreachable!("families are ordered"),
    }
}

/// Type of an arithmetic result as Numba types scalars: promote, then widen
/// integers (and bools) to 64 bits.
pub fn arithmetic(a: Scalar, b: Scalar) -> Scalar {
    widen_int(promote(a, b))
}

/// Integers become int64 / uint64, bool becomes int64, others stay.
pub fn widen_int(s: Scalar) -> Scalar {
    match s {
        Scalar::Bool => Scalar::I64,
        s if s.is_signed() => Scalar::I64,
        s if s.is_unsigned() => Scalar::U64,
        s => s,
    }
}

/// Memory order of an array type, part of the specialisation key: C-contiguous
/// arrays get a constant inner stride, which lets LLVM vectorise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    C,
    F,
    Any,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArrayType {
    pub dtype: Scalar,
    pub ndim: u8,
    pub layout: Layout,
    /// The memory may not be written (NumPy's WRITEABLE flag is off): stores
    /// into it are a typing error, as in Numba, instead of a crash.
    pub readonly: bool,
}

/// The type of a value in penna's IR.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Not inferred yet. Never survives inference.
    Unknown,
    Scalar(Scalar),
    None,
    Tuple(Vec<Type>),
    Array(ArrayType),
    /// A NumPy dtype as a value (`np.float32`, `a.dtype`): known at compile
    /// time, it only selects the element type of array creation and `astype`.
    DType(Scalar),
    /// `start:stop:step` inside a subscript (its only legal place).
    Slice,
    /// A penna type used as a value (`types.float64[:]` in
    /// `Dict.empty(int64, float64[:])`): known at compile time, no data.
    TypeRef(Box<Type>),
    /// A list (see `abi::containers`). `typed` lists are `penna.typed.List`
    /// objects shared with Python; the others are Python lists, copied in and
    /// reflected back (Numba's reflected lists) or built in compiled code.
    /// `item` is `Unknown` for `[]` until the list's use tells.
    List {
        item: Box<Type>,
        typed: bool,
    },
    /// A dict (`penna.typed.Dict` in Python): key and value types.
    Dict(Box<Type>, Box<Type>),
    /// A set (a Python `set` in and out).
    Set(Box<Type>),
    /// A value or `None` (Numba's `types.optional`): a variable assigned
    /// `None` on some paths and a `T` on others. Laid out as the tuple
    /// `(T, bool)` whose flag says a value is present ([`Type::layout`]).
    /// Used where a `T` is needed, it is checked: `None` raises `TypeError`.
    Optional(Box<Type>),
    /// A `numpy.random.Generator` passed in from Python: the address of its
    /// bit generator's `bitgen_t` (state and next-number functions), which
    /// the CPU runtime's `gen_*` functions draw from through NumPy's own
    /// distributions. Shared with Python: draws advance the interpreter's
    /// generator too. Arguments only; it cannot be returned to Python.
    Generator,
    /// A string (Numba's `unicode_type`): a reference-counted object of the
    /// CPU runtime ([`crate::strings`]).
    Str,
    /// A `@penna.jit` function as a value (Numba's dispatcher type): known
    /// at compile time, no data; one specialisation per function.
    Function(FnRef),
    /// An instance of a `jitclass`: a reference-counted object of the CPU
    /// runtime whose data is the fields in the layout of [`ClassRef::layout`].
    Class(ClassRef),
    /// One record of a structured array (Numba's `Record`): the address of
    /// its bytes inside the array, whose fields compiled code reads and
    /// writes in place (`r.x`, `r['x']`, `a[i].x = v`).
    Record(std::sync::Arc<RecordType>),
    /// A NumPy array of a structured dtype: the array descriptor (strides in
    /// bytes; any layout).
    RecordArray(RecordArrayType),
    /// A generator object (what calling a function that `yield`s returns),
    /// yielding values of the boxed type: a reference-counted object of the
    /// CPU runtime holding the suspended function (see `penna_compiler::abi::
    /// generators`). Every generator yielding the same type has this type.
    GeneratorOf(Box<Type>),
}

/// A `jitclass` as a type: equal when it is the same class.
#[derive(Clone)]
pub struct ClassRef(pub std::sync::Arc<dyn crate::env::JitClass>);

impl ClassRef {
    /// The fields as the tuple whose C layout the instance data has.
    pub fn layout(&self) -> Type {
        Type::Tuple(self.0.fields().into_iter().map(|(_, t)| t).collect())
    }

    /// The index, type and byte offset of field `name`.
    pub fn field(&self, name: &str) -> Option<(usize, Type, u32)> {
        let fields = self.0.fields();
        let types: Vec<Type> = fields.iter().map(|(_, t)| t.clone()).collect();
        let offsets = Type::field_offsets(&types);
        let i = fields.iter().position(|(n, _)| n == name)?;
        Some((i, types[i].clone(), offsets[i]))
    }
}

impl PartialEq for ClassRef {
    fn eq(&self, other: &ClassRef) -> bool {
        self.0.key() == other.0.key()
    }
}

impl Eq for ClassRef {}

impl std::hash::Hash for ClassRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.key().hash(state)
    }
}

impl fmt::Debug for ClassRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "jitclass {}", self.0.name())
    }
}

/// A jitted function as a type: equal when it is the same Python function.
#[derive(Clone)]
pub struct FnRef(pub std::sync::Arc<dyn crate::env::JitFunction>);

impl PartialEq for FnRef {
    fn eq(&self, other: &FnRef) -> bool {
        self.0.key() == other.0.key()
    }
}

impl Eq for FnRef {}

impl std::hash::Hash for FnRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.key().hash(state)
    }
}

impl fmt::Debug for FnRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "function {}", self.0.name())
    }
}

impl Type {
    pub const BOOL: Type = Type::Scalar(Scalar::Bool);
    pub const I64: Type = Type::Scalar(Scalar::I64);
    pub const F64: Type = Type::Scalar(Scalar::F64);

    pub fn scalar(&self) -> Option<Scalar> {
        match self {
            Type::Scalar(s) => Some(*s),
            _ => None,
        }
    }

    pub fn is_known(&self) -> bool {
        match self {
            Type::Unknown => false,
            Type::Tuple(items) => items.iter().all(Type::is_known),
            Type::List { item, .. } | Type::Set(item) => item.is_known(),
            Type::Dict(k, v) => k.is_known() && v.is_known(),
            Type::Optional(t) | Type::GeneratorOf(t) => t.is_known(),
            _ => true,
        }
    }

    /// `T` for `Optional(T)`, else the type itself.
    pub fn unwrap_optional(&self) -> &Type {
        match self {
            Type::Optional(t) => t,
            t => t,
        }
    }

    /// The type whose memory layout this one has: an optional `T` is the
    /// tuple `(T, bool)`; every other type is itself.
    pub fn layout(&self) -> std::borrow::Cow<'_, Type> {
        match self {
            Type::Optional(t) => {
                std::borrow::Cow::Owned(Type::Tuple(vec![(**t).clone(), Type::BOOL]))
            }
            t => std::borrow::Cow::Borrowed(t),
        }
    }

    /// Where an optional value's `present` flag sits in its layout.
    pub fn optional_flag_offset(&self) -> usize {
        match &*self.layout() {
            Type::Tuple(parts) => Type::field_offsets(parts)[1] as usize,
            t => unreachable!("{t} is not optional"),
        }
    }

    /// A container whose item types are not all known yet (`[]`, `{}`):
    /// known enough to be assigned and to learn its item type from its use.
    pub fn is_partial_container(&self) -> bool {
        matches!(self, Type::List { .. } | Type::Dict(..) | Type::Set(_)) && !self.is_known()
    }

    /// A list built in compiled code (or reflected from a Python list).
    pub fn list(item: Type) -> Type {
        Type::List {
            item: Box::new(item),
            typed: false,
        }
    }

    /// Lists, dicts and sets.
    pub fn is_container(&self) -> bool {
        matches!(self, Type::List { .. } | Type::Dict(..) | Type::Set(_))
    }

    /// All elements of a non-empty tuple have this one type.
    pub fn homogeneous_element(items: &[Type]) -> Option<&Type> {
        let first = items.first()?;
        items.iter().all(|t| t == first).then_some(first)
    }

    /// Size and alignment of the value in memory (x86-64 / C rules), used for
    /// return buffers and tuple arguments shared between compiled code and the
    /// dispatcher.
    pub fn size_align(&self) -> (u32, u32) {
        match self {
            Type::Unknown
            | Type::None
            | Type::DType(_)
            | Type::TypeRef(_)
            | Type::Slice
            | Type::Function(_) => (0, 1),
            Type::Scalar(s) => match s {
                Scalar::C64 => (8, 4),
                Scalar::C128 => (16, 8),
                s => (s.size(), s.size()),
            },
            Type::Tuple(items) => {
                let mut size = 0u32;
                let mut align = 1u32;
                for t in items {
                    let (s, a) = t.size_align();
                    size = size.next_multiple_of(a) + s;
                    align = align.max(a);
                }
                (size.next_multiple_of(align), align)
            }
            Type::Array(a) => {
                let size = 16 + 16 * a.ndim as u32;
                (size, 8)
            }
            Type::List { .. }
            | Type::Dict(..)
            | Type::Set(_)
            | Type::Generator
            | Type::Str
            | Type::Class(_)
            | Type::Record(_)
            | Type::GeneratorOf(_) => (8, 8),
            Type::RecordArray(r) => (16 + 16 * r.ndim as u32, 8),
            Type::Optional(_) => self.layout().size_align(),
        }
    }

    /// Byte offsets of a tuple's fields (C struct layout).
    pub fn field_offsets(items: &[Type]) -> Vec<u32> {
        let mut offsets = Vec::with_capacity(items.len());
        let mut size = 0u32;
        for t in items {
            let (s, a) = t.size_align();
            size = size.next_multiple_of(a);
            offsets.push(size);
            size += s;
        }
        offsets
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Unknown => f.write_str("?"),
            Type::Scalar(s) => f.write_str(s.name()),
            Type::None => f.write_str("none"),
            Type::Tuple(items) => {
                f.write_str("tuple(")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if items.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            Type::Array(a) => write!(f, "{a}"),
            Type::DType(s) => write!(f, "dtype({})", s.name()),
            Type::Slice => f.write_str("slice"),
            Type::TypeRef(t) => write!(f, "typeref[{t}]"),
            // Numba's notation: `list(int64)` (`reflected list(int64)` for a
            // Python list argument is the same type here), `ListType[int64]`.
            Type::List { item, typed: false } => write!(f, "list({item})"),
            Type::List { item, typed: true } => write!(f, "ListType[{item}]"),
            Type::Dict(k, v) => write!(f, "DictType[{k},{v}]"),
            Type::Set(item) => write!(f, "set({item})"),
            Type::Optional(t) => write!(f, "optional({t})"),
            Type::Generator => f.write_str("np.random.Generator"),
            Type::Str => f.write_str("unicode_type"),
            Type::GeneratorOf(t) => write!(f, "generator({t})"),
            Type::Record(r) => write!(f, "{r}"),
            Type::RecordArray(a) => {
                let readonly = if a.readonly { "readonly " } else { "" };
                write!(f, "{readonly}array({}, {}d, A)", a.record, a.ndim)
            }
            Type::Function(r) => write!(f, "dispatcher({})", r.0.name()),
            // Numba's notation, which names the fields (their types are
            // part of what the instance is).
            // (A class inside its own fields, a linked node, by name only.)
            Type::Class(c) => {
                thread_local! {
                    static INSIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
                }
                write!(f, "instance.jitclass.{}", c.0.name())?;
                if INSIDE.with(|i| i.replace(true)) {
                    return Ok(());
                }
                let mut text = String::from("<");
                for (i, (name, t)) in c.0.fields().iter().enumerate() {
                    if i > 0 {
                        text.push(',');
                    }
                    text.push_str(&format!("{name}:{t}"));
                }
                INSIDE.with(|i| i.set(false));
                write!(f, "{text}>")
            }
        }
    }
}

impl fmt::Display for ArrayType {
    /// Numba's notation: `float64[:, ::1]` (C), `float64[::1, :]` (F), `float64[:, :]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.readonly {
            f.write_str("readonly ")?;
        }
        write!(f, "{}[", self.dtype.name())?;
        let n = self.ndim as usize;
        for i in 0..n {
            if i > 0 {
                f.write_str(", ")?;
            }
            let contiguous = match self.layout {
                Layout::C => i == n - 1,
                Layout::F => i == 0,
                Layout::Any => false,
            };
            f.write_str(if contiguous { "::1" } else { ":" })?;
        }
        f.write_str("]")
    }
}

/// Why two types do not unify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnifyError;

/// The least type both values convert to without loss of meaning: the join in
/// the promotion lattice, `Unknown` being the bottom.
pub fn unify(a: &Type, b: &Type) -> Result<Type, UnifyError> {
    Ok(match (a, b) {
        (Type::Unknown, t) | (t, Type::Unknown) => t.clone(),
        (Type::Scalar(x), Type::Scalar(y)) => Type::Scalar(promote(*x, *y)),
        (Type::None, Type::None) => Type::None,
        (Type::DType(x), Type::DType(y)) if x == y => Type::DType(*x),
        (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => Type::Tuple(
            x.iter()
                .zip(y)
                .map(|(p, q)| unify(p, q))
                .collect::<Result<_, _>>()?,
        ),
        (Type::Array(x), Type::Array(y)) if x.dtype == y.dtype && x.ndim == y.ndim => {
            let layout = if x.layout == y.layout {
                x.layout
            } else {
                Layout::Any
            };
            Type::Array(ArrayType {
                layout,
                readonly: x.readonly || y.readonly,
                ..*x
            })
        }
        // Containers are shared by reference, so their item types must agree
        // exactly; only a part not known yet (`[]`) takes the other's.
        (Type::List { item: x, typed: p }, Type::List { item: y, typed: q }) if p == q => {
            Type::List {
                item: Box::new(same(x, y)?),
                typed: *p,
            }
        }
        (Type::Dict(k1, v1), Type::Dict(k2, v2)) => {
            Type::Dict(Box::new(same(k1, k2)?), Box::new(same(v1, v2)?))
        }
        (Type::Set(x), Type::Set(y)) => Type::Set(Box::new(same(x, y)?)),
        (Type::Generator, Type::Generator) => Type::Generator,
        (Type::Str, Type::Str) => Type::Str,
        (Type::Function(x), Type::Function(y)) if x == y => a.clone(),
        (Type::Class(x), Type::Class(y)) if x == y => a.clone(),
        (Type::Record(x), Type::Record(y)) if x == y => a.clone(),
        (Type::TypeRef(x), Type::TypeRef(y)) if x == y => a.clone(),
        (Type::RecordArray(x), Type::RecordArray(y))
            if x.record == y.record && x.ndim == y.ndim =>
        {
            Type::RecordArray(RecordArrayType {
                readonly: x.readonly || y.readonly,
                ..x.clone()
            })
        }
        (Type::GeneratorOf(x), Type::GeneratorOf(y)) => Type::GeneratorOf(Box::new(same(x, y)?)),
        // `None` on some paths, a value on others.
        (Type::Optional(x), Type::Optional(y)) => Type::Optional(Box::new(unify(x, y)?)),
        (Type::Optional(x), Type::None) | (Type::None, Type::Optional(x)) => {
            Type::Optional(x.clone())
        }
        (Type::Optional(x), t) | (t, Type::Optional(x)) => Type::Optional(Box::new(unify(x, t)?)),
        (Type::None, t) | (t, Type::None) if optional_ok(t) => Type::Optional(Box::new(t.clone())),
        _ => return Err(UnifyError),
    })
}

/// Whether a value of type `t` may be `None` on other paths.
fn optional_ok(t: &Type) -> bool {
    !matches!(t, Type::Slice | Type::DType(_) | Type::TypeRef(_))
}

/// The one type two item types of a container stand for: equal, or one of
/// them not known yet.
fn same(a: &Type, b: &Type) -> Result<Type, UnifyError> {
    match (a, b) {
        (Type::Unknown, t) | (t, Type::Unknown) => Ok(t.clone()),
        (x, y) if x == y => Ok(x.clone()),
        (x, y) if x.is_container() && y.is_container() => unify(x, y),
        (Type::Tuple(x), Type::Tuple(y)) if x.len() == y.len() => Ok(Type::Tuple(
            x.iter()
                .zip(y)
                .map(|(p, q)| same(p, q))
                .collect::<Result<_, _>>()?,
        )),
        _ => Err(UnifyError),
    }
}

#[cfg(test)]
mod tests {
    use super::Scalar::*;
    use super::*;

    #[test]
    fn promotion_matches_numpy() {
        // Pairs checked against numpy.promote_types.
        let cases = [
            (I8, U8, I16),
            (I64, U64, F64),
            (U32, I32, I64),
            (I16, F32, F32),
            (I32, F32, F64),
            (F32, C64, C64),
            (F64, C64, C128),
            (Bool, I8, I8),
            (U8, U16, U16),
            (I64, F32, F64),
            (F16, I8, F16),
            (F16, U8, F16),
            (Bool, F16, F16),
            (F16, I16, F32),
            (F16, U16, F32),
            (F16, I32, F64),
            (F16, I64, F64),
            (F16, F32, F32),
            (F16, F64, F64),
            (F16, C64, C64),
        ];
        for (a, b, want) in cases {
            assert_eq!(promote(a, b), want, "{a:?} {b:?}");
            assert_eq!(promote(b, a), want, "{b:?} {a:?}");
        }
        assert_eq!(arithmetic(I8, I8), I64);
        assert_eq!(arithmetic(U8, U32), U64);
        assert_eq!(arithmetic(F32, F32), F32);
        assert_eq!(arithmetic(F16, F16), F16);
    }

    #[test]
    fn layout_of_tuples_is_c_struct_layout() {
        let t = [Type::Scalar(I8), Type::F64, Type::Scalar(I32)];
        assert_eq!(Type::field_offsets(&t), vec![0, 8, 16]);
        assert_eq!(Type::Tuple(t.to_vec()).size_align(), (24, 8));
    }

    #[test]
    fn arrays_print_in_numba_notation() {
        let a = ArrayType {
            dtype: F64,
            ndim: 2,
            layout: Layout::C,
            readonly: false,
        };
        assert_eq!(a.to_string(), "float64[:, ::1]");
    }
}
