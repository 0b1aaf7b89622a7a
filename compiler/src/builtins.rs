//! The table of names penna knows in modules: builtins, `math`, `numpy`, `penna`.
//!
//! A name resolves to a [`ModuleItem`]: a constant folded at compile time, a
//! [`Builtin`] function (typed in [`crate::typing::builtins`], lowered by each back
//! end), or an exception class. This is the one place a new library function is
//! registered.

use crate::abi::ExceptionKind;
use crate::env::{Const as Constant, ModuleId};
use crate::gpu::{self, GpuFn, GpuItem, GpuNs};
use crate::strings::StrFn;
use crate::types::Scalar;

/// Functions of `math` (and their scalar NumPy twins) that map onto libm /
/// LLVM intrinsics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathFn {
    Sqrt,
    Exp,
    Log,
    Log2,
    Log10,
    Log1p,
    Expm1,
    Cbrt,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Erf,
    Erfc,
    Gamma,
    Lgamma,
    Floor,
    Ceil,
    Trunc,
    Fabs,
    Atan2,
    Copysign,
    Hypot,
    Pow,
    Fmod,
    Isnan,
    Isinf,
    Isfinite,
    Degrees,
    Radians,
}

/// How a [`MathFn`] is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathShape {
    /// float -> float (ints become float64).
    Unary,
    /// (float, float) -> float.
    Binary,
    /// float -> bool.
    Predicate,
    /// float -> int64 for `math.floor` etc., float -> float for `np.floor`.
    Rounding,
}

impl MathFn {
    pub fn shape(self) -> MathShape {
        use MathFn::*;
        match self {
            Atan2 | Copysign | Hypot | Pow | Fmod => MathShape::Binary,
            Isnan | Isinf | Isfinite => MathShape::Predicate,
            Floor | Ceil | Trunc => MathShape::Rounding,
            _ => MathShape::Unary,
        }
    }

    /// The C library function for float64 (the float32 one has an `f` suffix).
    pub fn libm_name(self) -> &'static str {
        use MathFn::*;
        match self {
            Sqrt => "sqrt",
            Exp => "exp",
            Log => "log",
            Log2 => "log2",
            Log10 => "log10",
            Log1p => "log1p",
            Expm1 => "expm1",
            Cbrt => "cbrt",
            Sin => "sin",
            Cos => "cos",
            Tan => "tan",
            Asin => "asin",
            Acos => "acos",
            Atan => "atan",
            Sinh => "sinh",
            Cosh => "cosh",
            Tanh => "tanh",
            Asinh => "asinh",
            Acosh => "acosh",
            Atanh => "atanh",
            Erf => "erf",
            Erfc => "erfc",
            Gamma => "tgamma",
            Lgamma => "lgamma",
            Floor => "floor",
            Ceil => "ceil",
            Trunc => "trunc",
            Fabs => "fabs",
            Atan2 => "atan2",
            Copysign => "copysign",
            Hypot => "hypot",
            Pow => "pow",
            Fmod => "fmod",
            Isnan => "isnan",
            Isinf => "isinf",
            Isfinite => "isfinite",
            Degrees => "degrees",
            Radians => "radians",
        }
    }

    fn from_name(name: &str) -> Option<MathFn> {
        use MathFn::*;
        Some(match name {
            "sqrt" => Sqrt,
            "exp" => Exp,
            "log" => Log,
            "log2" => Log2,
            "log10" => Log10,
            "log1p" => Log1p,
            "expm1" => Expm1,
            "cbrt" => Cbrt,
            "sin" => Sin,
            "cos" => Cos,
            "tan" => Tan,
            "asin" | "arcsin" => Asin,
            "acos" | "arccos" => Acos,
            "atan" | "arctan" => Atan,
            "sinh" => Sinh,
            "cosh" => Cosh,
            "tanh" => Tanh,
            "asinh" | "arcsinh" => Asinh,
            "acosh" | "arccosh" => Acosh,
            "atanh" | "arctanh" => Atanh,
            "erf" => Erf,
            "erfc" => Erfc,
            "gamma" => Gamma,
            "lgamma" => Lgamma,
            "floor" => Floor,
            "ceil" => Ceil,
            "trunc" => Trunc,
            "fabs" => Fabs,
            "atan2" | "arctan2" => Atan2,
            "copysign" => Copysign,
            "hypot" => Hypot,
            "pow" | "power" => Pow,
            "fmod" => Fmod,
            "isnan" => Isnan,
            "isinf" => Isinf,
            "isfinite" => Isfinite,
            "degrees" | "rad2deg" => Degrees,
            "radians" | "deg2rad" => Radians,
            _ => return None,
        })
    }
}

/// A function penna implements itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Range,
    /// `penna.prange`: a parallel loop in `parallel=True` code, `range` elsewhere.
    Prange,
    Len,
    Abs,
    Min,
    Max,
    Int,
    Float,
    Bool,
    Complex,
    Round,
    DivMod,
    Pow,
    Enumerate,
    Zip,
    /// `print(...)`: a statement of its own in the IR (`Stmt::Print`).
    Print,
    /// `math.f` (`numpy: false`) or `np.f` on scalars (`numpy: true`); they
    /// differ only in `floor`/`ceil`/`trunc` returning int or float.
    Math {
        f: MathFn,
        numpy: bool,
    },
    /// `np.float32(x)` and friends.
    ScalarCtor(Scalar),
    /// `omp.get_thread_num()` and friends: the parallel runtime's state.
    Omp(OmpFn),
    /// A NumPy function on arrays (`np.zeros`, `np.sum`, ...); typed in
    /// [`crate::typing::numpy`]. The same functions serve the array methods.
    Np(NpFn),
    /// The GPU kernel API (`cuda.grid`, `cuda.atomic.add`, ...); typed in
    /// [`crate::typing::gpu`].
    Gpu(GpuFn),
    /// `list(...)`, `dict(...)`, `set(...)`, `sorted(...)`, `sum(...)`: the
    /// lowering turns them into loops and [`ContainerFn`]s.
    Iterating(IterFn),
    /// Lists, dicts and sets (typed in [`crate::typing::containers`]).
    Container(ContainerFn),
    /// A `heapq` function: a [`Method`] of its list argument.
    Heapq(Method),
    /// A scalar function of the CPU runtime (`penna._rt_random_double()`).
    Runtime(crate::runtime_fns::RuntimeFn),
    /// `penna.objmode`, as the context manager of a `with` block only.
    ObjMode,
    /// An operation on strings ([`crate::strings`]); `str(x)` and
    /// `format(x, spec)` name one row and are re-chosen by the value's type.
    Str(crate::strings::StrFn),
    /// Advancing generator objects (typed in [`crate::typing::builtins`]).
    Gen(GenFn),
    /// `hash(x)` of a number, a string or a tuple of them: CPython's value.
    Hash,
    /// `penna.literal_unroll(tup)`: the tuple itself; `for x in
    /// literal_unroll(tup)` runs its body once per item, each copy typed
    /// for its item (see `infer::unroll`).
    LiteralUnroll,
}

/// Operations on generator objects ([`crate::types::Type::GeneratorOf`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GenFn {
    /// `next(g)`: the next item; `StopIteration` when there is none.
    /// `next(g, default)`: `default` then.
    Next,
    /// `iter(g)`: the generator itself.
    Iter,
    /// Resumes the generator: true when it yielded an item (kept in it for
    /// [`GenFn::Take`]), false when it has finished; its exceptions
    /// propagate. `for` loops over generators use this pair.
    Advance,
    /// The item the last [`GenFn::Advance`] produced (the reference it held
    /// moves to the caller).
    Take,
}

impl GenFn {
    pub fn name(self) -> &'static str {
        match self {
            GenFn::Next => "next",
            GenFn::Iter => "iter",
            GenFn::Advance => "generator advance",
            GenFn::Take => "generator item",
        }
    }
}

/// Builtins that consume an iterable (rewritten into loops when lowered).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IterFn {
    List,
    Dict,
    Set,
    Sorted,
    Sum,
    /// `penna.typed.List()` / `List(iterable)`.
    TypedList,
    /// `penna.typed.Dict()`.
    TypedDict,
    Any,
    All,
}

impl IterFn {
    pub fn name(self) -> &'static str {
        match self {
            IterFn::List => "list",
            IterFn::Dict => "dict",
            IterFn::Set => "set",
            IterFn::Sorted => "sorted",
            IterFn::Sum => "sum",
            IterFn::TypedList => "List",
            IterFn::TypedDict => "Dict",
            IterFn::Any => "any",
            IterFn::All => "all",
        }
    }
}

/// Operations on containers that are not methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContainerFn {
    /// `[a, b, ...]` (the arguments are the items).
    NewList,
    /// `{a, b, ...}`.
    NewSet,
    /// `{k: v, ...}` (arguments alternate keys and values).
    NewDict,
    /// `typed.List()`: a list shared with Python as a `penna.typed.List`.
    NewTypedList,
    /// `List.empty_list(item_type)` (the argument is a type value).
    EmptyList,
    /// `Dict.empty(key_type, value_type)`.
    EmptyDict,
    /// `seq[i]` as the i-th item of an iteration: an item of a sequence, the
    /// i-th key (in insertion order) of a dict or a set.
    IterItem,
}

/// The OpenMP runtime functions compiled code can call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OmpFn {
    /// This thread's number in its team (0 outside a parallel region).
    ThreadNum,
    /// The size of this thread's team (1 outside a parallel region).
    NumThreads,
    /// Wall-clock seconds, for timing (`omp_get_wtime`).
    Wtime,
}

impl OmpFn {
    pub fn from_name(name: &str) -> Option<OmpFn> {
        Some(match name.strip_prefix("omp_").unwrap_or(name) {
            "get_thread_num" => OmpFn::ThreadNum,
            "get_num_threads" => OmpFn::NumThreads,
            "get_wtime" => OmpFn::Wtime,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            OmpFn::ThreadNum => "get_thread_num",
            OmpFn::NumThreads => "get_num_threads",
            OmpFn::Wtime => "get_wtime",
        }
    }
}

impl Builtin {
    /// The name as the user wrote it, for messages.
    pub fn name(self) -> String {
        match self {
            Builtin::Range => "range".into(),
            Builtin::Prange => "prange".into(),
            Builtin::Len => "len".into(),
            Builtin::Abs => "abs".into(),
            Builtin::Min => "min".into(),
            Builtin::Max => "max".into(),
            Builtin::Int => "int".into(),
            Builtin::Float => "float".into(),
            Builtin::Bool => "bool".into(),
            Builtin::Complex => "complex".into(),
            Builtin::Round => "round".into(),
            Builtin::DivMod => "divmod".into(),
            Builtin::Pow => "pow".into(),
            Builtin::Enumerate => "enumerate".into(),
            Builtin::Zip => "zip".into(),
            Builtin::Print => "print".into(),
            Builtin::Math { f, numpy: false } => format!("math.{}", f.libm_name()),
            Builtin::Math { f, numpy: true } => format!("np.{}", f.libm_name()),
            Builtin::ScalarCtor(s) => format!("np.{}", s.name()),
            Builtin::Omp(f) => format!("omp.{}", f.name()),
            Builtin::Np(f) => format!("np.{}", f.name()),
            Builtin::Gpu(f) => f.name(),
            Builtin::Iterating(f) => f.name().into(),
            Builtin::Container(ContainerFn::NewList) => "list".into(),
            Builtin::Container(ContainerFn::NewSet) => "set".into(),
            Builtin::Container(ContainerFn::NewDict) => "dict".into(),
            Builtin::Container(ContainerFn::IterItem) => "iteration".into(),
            Builtin::Container(ContainerFn::NewTypedList) => "List".into(),
            Builtin::Container(ContainerFn::EmptyList) => "List.empty_list".into(),
            Builtin::Container(ContainerFn::EmptyDict) => "Dict.empty".into(),
            Builtin::Heapq(m) => m.name().into(),
            Builtin::Runtime(f) => format!("penna._rt_{}", f.name()),
            Builtin::ObjMode => "penna.objmode".into(),
            Builtin::Gen(f) => f.name().into(),
            Builtin::LiteralUnroll => "literal_unroll".into(),
            Builtin::Hash => "hash".into(),
            Builtin::Str(f) if f.name().starts_with(|c: char| c.is_ascii_lowercase()) => {
                f.name().into()
            }
            Builtin::Str(f) => format!("`{}`", f.name()),
        }
    }
}

macro_rules! numpy_functions {
    ($($variant:ident $group:ident $name:literal [$($param:literal),*] $required:literal $method:literal $gpu:literal,)*) => {
        /// NumPy functions on arrays penna implements (in `np.` form and, where
        /// the last column says so, as array methods).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum NpFn {
            $($variant,)*
        }

        impl NpFn {
            pub const ALL: &'static [NpFn] = &[$(NpFn::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(NpFn::$variant => $name,)*
                }
            }

            /// Parameter names, in order (keywords bind to these; for a method
            /// the first is the array itself).
            pub fn params(self) -> &'static [&'static str] {
                match self {
                    $(NpFn::$variant => &[$($param),*],)*
                }
            }

            /// How many leading parameters must be given.
            pub fn required(self) -> usize {
                match self {
                    $(NpFn::$variant => $required,)*
                }
            }

            /// Its group: the file of its typing rule
            /// (`typing/numpy/<group>.rs`) and of its lowering
            /// (`lower/npfuncs/<group>.rs` in penna-targets).
            pub fn group(self) -> NpGroup {
                match self {
                    $(NpFn::$variant => NpGroup::$group,)*
                }
            }

            /// Whether `a.name(...)` calls it too.
            pub fn is_method(self) -> bool {
                match self {
                    $(NpFn::$variant => $method,)*
                }
            }

            /// Whether GPU code may call it on numbers (it allocates nothing
            /// then); on arrays every NumPy function is CPU-only.
            pub fn scalar_on_gpu(self) -> bool {
                match self {
                    $(NpFn::$variant => $gpu,)*
                }
            }
        }
    };
}

/// The groups of NumPy functions: each has one typing file and one
/// lowering file, which hold the code of all its members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NpGroup {
    /// New arrays: `empty zeros arange eye asarray ...`.
    Creation,
    /// Copies, views and layout: `copy ravel reshape transpose view astype
    /// fill concatenate`.
    Shape,
    /// Whole-array and `axis=` reductions, `cumsum`, `any`/`all`.
    Reduction,
    /// Fused into array expressions (`minimum where clip ...`).
    Elementwise,
    /// Sorting and searching: `sort argsort unique searchsorted nonzero`.
    Sorting,
    /// `bincount histogram`.
    Counting,
    /// `dot matmul` (`np.linalg` is written in Python).
    Linalg,
    /// Index arithmetic, `ndindex` loops, `.item()`.
    Indexing,
    /// `finfo iinfo` attributes and `a.flags`.
    Limits,
}

// variant, group, name, parameters, required parameters, is an array
// method, runs on numbers in GPU code.
numpy_functions! {
    Array Creation "array" ["object", "dtype"] 1 false false,
    Asarray Creation "asarray" ["a", "dtype"] 1 false false,
    Ascontiguousarray Creation "ascontiguousarray" ["a", "dtype"] 1 false false,
    Asfortranarray Creation "asfortranarray" ["a", "dtype"] 1 false false,
    Empty Creation "empty" ["shape", "dtype"] 1 false false,
    Zeros Creation "zeros" ["shape", "dtype"] 1 false false,
    Ones Creation "ones" ["shape", "dtype"] 1 false false,
    Full Creation "full" ["shape", "fill_value", "dtype"] 2 false false,
    EmptyLike Creation "empty_like" ["a", "dtype"] 1 false false,
    ZerosLike Creation "zeros_like" ["a", "dtype"] 1 false false,
    OnesLike Creation "ones_like" ["a", "dtype"] 1 false false,
    FullLike Creation "full_like" ["a", "fill_value", "dtype"] 2 false false,
    Arange Creation "arange" ["start", "stop", "step", "dtype"] 1 false false,
    Linspace Creation "linspace" ["start", "stop", "num"] 2 false false,
    Eye Creation "eye" ["N", "M", "k", "dtype"] 1 false false,
    Identity Creation "identity" ["n", "dtype"] 1 false false,
    Copy Shape "copy" ["a"] 1 true false,
    Ravel Shape "ravel" ["a"] 1 true false,
    Flatten Shape "flatten" ["a"] 1 true false,
    Reshape Shape "reshape" ["a", "shape"] 2 true false,
    Transpose Shape "transpose" ["a"] 1 true false,
    View Shape "view" ["a", "dtype"] 2 true false,
    Astype Shape "astype" ["a", "dtype"] 2 true false,
    Fill Shape "fill" ["a", "value"] 2 true false,
    Sum Reduction "sum" ["a", "axis"] 1 true false,
    Prod Reduction "prod" ["a", "axis"] 1 true false,
    Amin Reduction "min" ["a", "axis"] 1 true false,
    Amax Reduction "max" ["a", "axis"] 1 true false,
    Mean Reduction "mean" ["a", "axis"] 1 true false,
    Var Reduction "var" ["a"] 1 true false,
    Std Reduction "std" ["a"] 1 true false,
    Argmin Reduction "argmin" ["a"] 1 true false,
    Argmax Reduction "argmax" ["a"] 1 true false,
    Any Reduction "any" ["a"] 1 true false,
    All Reduction "all" ["a"] 1 true false,
    Cumsum Reduction "cumsum" ["a"] 1 true false,
    Cumprod Reduction "cumprod" ["a"] 1 true false,
    Nonzero Sorting "nonzero" ["a"] 1 true false,
    Dot Linalg "dot" ["a", "b"] 2 true false,
    Minimum Elementwise "minimum" ["x1", "x2"] 2 false true,
    Maximum Elementwise "maximum" ["x1", "x2"] 2 false true,
    Where Elementwise "where" ["condition", "x", "y"] 1 false true,
    Sign Elementwise "sign" ["x"] 1 false true,
    Clip Elementwise "clip" ["a", "a_min", "a_max"] 3 true true,
    Matmul Linalg "matmul" ["x1", "x2"] 2 false false,
    Sort Sorting "sort" ["a", "kind"] 1 false false,
    SortInPlace Sorting "sort" ["a", "kind"] 1 true false,
    Argsort Sorting "argsort" ["a", "kind"] 1 true false,
    Unique Sorting "unique" ["ar"] 1 false false,
    Searchsorted Sorting "searchsorted" ["a", "v", "side"] 2 true false,
    Bincount Counting "bincount" ["x", "weights", "minlength"] 1 false false,
    Histogram Counting "histogram" ["a", "bins", "range"] 1 false false,
    Concatenate Shape "concatenate" ["arrays", "axis"] 1 false false,
    ResultType Creation "result_type" ["a", "b"] 1 false false,
    UnravelIndex Indexing "unravel_index" ["indices", "shape"] 2 false false,
    // `x.item()`: the element of a one-element array, or the number itself.
    Item Indexing "item" ["a"] 1 true true,
    // Only as the iterable of a `for` loop (`lower/ndindex.rs`).
    Ndindex Indexing "ndindex" ["shape"] 1 false false,
    Ndenumerate Indexing "ndenumerate" ["arr"] 1 false false,
    // The number of positions of a shape (an int or a tuple); a name no
    // Python code can write, used by the `ndindex` loops.
    NdindexSize Indexing "ndindex.size" ["shape"] 1 false false,
    // `np.finfo(t).eps`, `np.iinfo(t).max`: only with an attribute
    // (`lower/typeinfo.rs` turns the pair into one of the rows after these).
    Finfo Limits "finfo" ["dtype"] 1 false false,
    Iinfo Limits "iinfo" ["int_type"] 1 false false,
    FinfoEps Limits "finfo.eps" ["dtype"] 1 false true,
    FinfoMax Limits "finfo.max" ["dtype"] 1 false true,
    FinfoMin Limits "finfo.min" ["dtype"] 1 false true,
    FinfoTiny Limits "finfo.tiny" ["dtype"] 1 false true,
    FinfoResolution Limits "finfo.resolution" ["dtype"] 1 false true,
    IinfoMax Limits "iinfo.max" ["int_type"] 1 false true,
    IinfoMin Limits "iinfo.min" ["int_type"] 1 false true,
    InfoBits Limits "info.bits" ["dtype"] 1 false true,
    // `a.flags.c_contiguous` and friends (also `lower/typeinfo.rs`).
    FlagsC Limits "flags.c_contiguous" ["a"] 1 false false,
    FlagsF Limits "flags.f_contiguous" ["a"] 1 false false,
    FlagsWriteable Limits "flags.writeable" ["a"] 1 false false,
}

impl NpFn {
    /// The function `np.<name>` names (`amin`/`amax` are `min`/`max`;
    /// `np.sort` is the copying sort, `a.sort()` the in-place one).
    pub fn from_name(name: &str) -> Option<NpFn> {
        let name = match name {
            "amin" => "min",
            "amax" => "max",
            n => n,
        };
        NpFn::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// The array method `a.<name>(...)`.
    pub fn method(name: &str) -> Option<NpFn> {
        NpFn::ALL
            .iter()
            .copied()
            .find(|f| f.is_method() && f.name() == name)
    }

    /// Computes each element from the elements of its operands at the same
    /// (broadcast) position: fused into one loop with its neighbours.
    pub fn is_elementwise(self) -> bool {
        matches!(
            self,
            NpFn::Minimum | NpFn::Maximum | NpFn::Sign | NpFn::Clip | NpFn::Where
        )
    }
}

/// Attributes of values (`a.shape`, `z.real`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    Shape,
    Size,
    Ndim,
    Real,
    Imag,
    /// `a.T`: the transposed view.
    T,
    /// `a.dtype`.
    Dtype,
    /// `a.itemsize`, `a.nbytes`, `a.strides` (bytes).
    Itemsize,
    Nbytes,
    Strides,
}

impl Attribute {
    pub fn from_name(name: &str) -> Option<Attribute> {
        Some(match name {
            "shape" => Attribute::Shape,
            "size" => Attribute::Size,
            "ndim" => Attribute::Ndim,
            "real" => Attribute::Real,
            "imag" => Attribute::Imag,
            "T" => Attribute::T,
            "dtype" => Attribute::Dtype,
            "itemsize" => Attribute::Itemsize,
            "nbytes" => Attribute::Nbytes,
            "strides" => Attribute::Strides,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Attribute::Shape => "shape",
            Attribute::Size => "size",
            Attribute::Ndim => "ndim",
            Attribute::Real => "real",
            Attribute::Imag => "imag",
            Attribute::T => "T",
            Attribute::Dtype => "dtype",
            Attribute::Itemsize => "itemsize",
            Attribute::Nbytes => "nbytes",
            Attribute::Strides => "strides",
        }
    }
}

pub use crate::methods::Method;

/// What `module.name` is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ModuleItem {
    /// A submodule (`penna.omp`).
    Module(ModuleId),
    Const(Constant),
    Function(Builtin),
    /// A value computed where it is named (`cuda.threadIdx.x`): a call of the
    /// builtin with no arguments.
    Value(Builtin),
    Exception(ExceptionKind),
}

/// Looks a name up in a module; `None` if penna does not support it.
pub fn lookup(module: ModuleId, name: &str) -> Option<ModuleItem> {
    use ModuleItem::*;
    let item = match (module, name) {
        (ModuleId::Builtins, _) => return builtin(name),
        (ModuleId::Math | ModuleId::Numpy, "pi") => Const(Constant::Float(std::f64::consts::PI)),
        (ModuleId::Math | ModuleId::Numpy, "e") => Const(Constant::Float(std::f64::consts::E)),
        (ModuleId::Math | ModuleId::Numpy, "inf") => Const(Constant::Float(f64::INFINITY)),
        (ModuleId::Math | ModuleId::Numpy, "nan") => Const(Constant::Float(f64::NAN)),
        (ModuleId::Math, "tau") => Const(Constant::Float(std::f64::consts::TAU)),
        (ModuleId::Math, _) => Function(Builtin::Math {
            f: MathFn::from_name(name).filter(|_| !name.starts_with("arc"))?,
            numpy: false,
        }),
        (ModuleId::Numpy, "abs" | "absolute") => Function(Builtin::Abs),
        (ModuleId::Numpy, "round" | "around") => Function(Builtin::Round),
        (ModuleId::Numpy, "bool_") => Function(Builtin::ScalarCtor(Scalar::Bool)),
        (ModuleId::Numpy, "float_") => Function(Builtin::ScalarCtor(Scalar::F64)),
        (ModuleId::Numpy, "int_") => Function(Builtin::ScalarCtor(Scalar::I64)),
        (ModuleId::Numpy, _) if NpFn::from_name(name).is_some() => {
            Function(Builtin::Np(NpFn::from_name(name)?))
        }
        (ModuleId::Numpy, _) => match Scalar::from_name(name) {
            Some(s) if name != "long" && name != "uint" => Function(Builtin::ScalarCtor(s)),
            _ => Function(Builtin::Math {
                f: MathFn::from_name(name).filter(|f| {
                    !matches!(
                        f,
                        MathFn::Gamma | MathFn::Lgamma | MathFn::Erf | MathFn::Erfc
                    )
                })?,
                numpy: true,
            }),
        },
        (ModuleId::Penna, "prange") => Function(Builtin::Prange),
        (ModuleId::Penna, "objmode") => Function(Builtin::ObjMode),
        (ModuleId::Penna, "literal_unroll") => Function(Builtin::LiteralUnroll),
        // `penna.typed.Dict.empty(...)`: the submodule's names are penna's.
        (ModuleId::Penna, "typed") => Module(ModuleId::Penna),
        (ModuleId::Penna, "cuda") => Module(ModuleId::Gpu(GpuNs::Root)),
        (ModuleId::Penna, _) if Scalar::from_name(name).is_some() => {
            Function(Builtin::ScalarCtor(Scalar::from_name(name)?))
        }
        (ModuleId::Penna, "omp") => Module(ModuleId::Omp),
        (ModuleId::Penna, _) if name.starts_with("_rt_") => Function(Builtin::Runtime(
            crate::runtime_fns::RuntimeFn::from_name(&name["_rt_".len()..])?,
        )),
        (ModuleId::Penna, "List") => Function(Builtin::Iterating(IterFn::TypedList)),
        (ModuleId::Penna, "Dict") => Function(Builtin::Iterating(IterFn::TypedDict)),
        (ModuleId::Penna, "get_thread_id") => Function(Builtin::Omp(OmpFn::ThreadNum)),
        // PyOMP's spelling: `from penna import omp_get_thread_num`.
        (ModuleId::Penna, _) if name.starts_with("omp_") => {
            Function(Builtin::Omp(OmpFn::from_name(name)?))
        }
        (ModuleId::Penna, _) => return None,
        (ModuleId::Omp, _) => Function(Builtin::Omp(OmpFn::from_name(name)?)),
        (ModuleId::Gpu(ns), _) => match gpu::lookup(ns, name)? {
            GpuItem::Namespace(sub) => Module(ModuleId::Gpu(sub)),
            GpuItem::Value(f) => Value(Builtin::Gpu(f)),
            GpuItem::Function(f) => Function(Builtin::Gpu(f)),
            GpuItem::Scalar(s) => Function(Builtin::ScalarCtor(s)),
            GpuItem::Alias(b) => Function(b),
        },
        (ModuleId::Heapq, _) => {
            Function(Builtin::Heapq(Method::from_name(&format!("heapq.{name}"))?))
        }
        (ModuleId::Host(_), _) => return None,
    };
    Some(item)
}

fn builtin(name: &str) -> Option<ModuleItem> {
    use ModuleItem::Function;
    Some(match name {
        "range" => Function(Builtin::Range),
        "len" => Function(Builtin::Len),
        "next" => Function(Builtin::Gen(GenFn::Next)),
        "hash" => Function(Builtin::Hash),
        "iter" => Function(Builtin::Gen(GenFn::Iter)),
        "abs" => Function(Builtin::Abs),
        "min" => Function(Builtin::Min),
        "max" => Function(Builtin::Max),
        "int" => Function(Builtin::Int),
        "float" => Function(Builtin::Float),
        "bool" => Function(Builtin::Bool),
        "complex" => Function(Builtin::Complex),
        "round" => Function(Builtin::Round),
        "divmod" => Function(Builtin::DivMod),
        "pow" => Function(Builtin::Pow),
        "enumerate" => Function(Builtin::Enumerate),
        "zip" => Function(Builtin::Zip),
        "print" => Function(Builtin::Print),
        "str" => Function(Builtin::Str(StrFn::Same)),
        "repr" => Function(Builtin::Str(StrFn::Repr)),
        "format" => Function(Builtin::Str(StrFn::FormatStr)),
        "ord" => Function(Builtin::Str(StrFn::Ord)),
        "chr" => Function(Builtin::Str(StrFn::Chr)),
        "list" => Function(Builtin::Iterating(IterFn::List)),
        "dict" => Function(Builtin::Iterating(IterFn::Dict)),
        "set" => Function(Builtin::Iterating(IterFn::Set)),
        "sorted" => Function(Builtin::Iterating(IterFn::Sorted)),
        "sum" => Function(Builtin::Iterating(IterFn::Sum)),
        "any" => Function(Builtin::Iterating(IterFn::Any)),
        "all" => Function(Builtin::Iterating(IterFn::All)),
        "True" => ModuleItem::Const(Constant::Bool(true)),
        "False" => ModuleItem::Const(Constant::Bool(false)),
        "None" => ModuleItem::Const(Constant::None),
        _ => ModuleItem::Exception(ExceptionKind::from_name(name)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn math_and_numpy_names_resolve() {
        assert_eq!(
            lookup(ModuleId::Math, "sqrt"),
            Some(ModuleItem::Function(Builtin::Math {
                f: MathFn::Sqrt,
                numpy: false
            }))
        );
        assert_eq!(
            lookup(ModuleId::Numpy, "float32"),
            Some(ModuleItem::Function(Builtin::ScalarCtor(Scalar::F32)))
        );
        assert_eq!(lookup(ModuleId::Math, "arcsin"), None);
        assert!(matches!(
            lookup(ModuleId::Math, "pi"),
            Some(ModuleItem::Const(Constant::Float(_)))
        ));
        assert_eq!(
            lookup(ModuleId::Builtins, "ValueError"),
            Some(ModuleItem::Exception(ExceptionKind::ValueError))
        );
    }
}
