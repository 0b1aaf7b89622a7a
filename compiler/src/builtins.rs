//! The table of names penna knows in modules: builtins, `math`, `numpy`, `penna`.
//!
//! A name resolves to a [`ModuleItem`]: a constant folded at compile time, a
//! [`Builtin`] function (typed in [`crate::typing::builtins`], lowered by each back
//! end), or an exception class. This is the one place a new library function is
//! registered.

use crate::abi::ExceptionKind;
use crate::env::{Const as Constant, ModuleId};
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
        }
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
}

impl Attribute {
    pub fn from_name(name: &str) -> Option<Attribute> {
        Some(match name {
            "shape" => Attribute::Shape,
            "size" => Attribute::Size,
            "ndim" => Attribute::Ndim,
            "real" => Attribute::Real,
            "imag" => Attribute::Imag,
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
        }
    }
}

/// Methods of values (`z.conjugate()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Conjugate,
}

impl Method {
    pub fn from_name(name: &str) -> Option<Method> {
        match name {
            "conjugate" | "conj" => Some(Method::Conjugate),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Method::Conjugate => "conjugate",
        }
    }
}

/// What `module.name` is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ModuleItem {
    /// A submodule (`penna.omp`).
    Module(ModuleId),
    Const(Constant),
    Function(Builtin),
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
        (ModuleId::Penna, "omp") => Module(ModuleId::Omp),
        (ModuleId::Penna, "get_thread_id") => Function(Builtin::Omp(OmpFn::ThreadNum)),
        // PyOMP's spelling: `from penna import omp_get_thread_num`.
        (ModuleId::Penna, _) if name.starts_with("omp_") => {
            Function(Builtin::Omp(OmpFn::from_name(name)?))
        }
        (ModuleId::Penna, _) => return None,
        (ModuleId::Omp, _) => Function(Builtin::Omp(OmpFn::from_name(name)?)),
    };
    Some(item)
}

fn builtin(name: &str) -> Option<ModuleItem> {
    use ModuleItem::Function;
    Some(match name {
        "range" => Function(Builtin::Range),
        "len" => Function(Builtin::Len),
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
