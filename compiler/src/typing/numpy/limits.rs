//! Typing of `np.finfo(t).<attr>`, `np.iinfo(t).<attr>` and `a.flags.<flag>` (see
//! `lower/typeinfo.rs`): `t` is a dtype, a number or an array; float limits
//! have the (real) float type, integer limits the integer type, `bits` is
//! an int.

use super::{OpType, Rule};
use crate::builtins::NpFn;
use crate::types::{Scalar, Type};

/// The dtype an argument of `finfo` / `iinfo` stands for.
pub fn dtype_of(t: &Type) -> Option<Scalar> {
    match t {
        Type::DType(s) | Type::Scalar(s) => Some(*s),
        Type::Array(a) => Some(a.dtype),
        _ => None,
    }
}

/// `a.flags.<flag>`: a bool of an array.
pub fn flag(f: NpFn, args: &[Type]) -> Rule {
    match &args[0] {
        Type::Array(_) => Ok(OpType::new(args.to_vec(), Type::BOOL)),
        t => Err(format!("`.{}` needs an array, got {t}", f.name())),
    }
}

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    if matches!(f, NpFn::FlagsC | NpFn::FlagsF | NpFn::FlagsWriteable) {
        return flag(f, args);
    }
    let what = if matches!(f, NpFn::IinfoMax | NpFn::IinfoMin) || f == NpFn::Iinfo {
        "np.iinfo"
    } else {
        "np.finfo"
    };
    let s = dtype_of(&args[0]).ok_or_else(|| {
        format!(
            "{what}() needs a dtype, a number or an array, got {}",
            args[0]
        )
    })?;
    let result = match f {
        NpFn::Finfo | NpFn::Iinfo => {
            return Err(format!(
                "{what}(...) is only supported with an attribute read at once: {what}(t).max"
            ))
        }
        NpFn::InfoBits => Type::I64,
        NpFn::IinfoMax | NpFn::IinfoMin if s.is_integral() && s != Scalar::Bool => Type::Scalar(s),
        NpFn::IinfoMax | NpFn::IinfoMin => {
            return Err(format!(
                "np.iinfo() needs an integer type, got {}",
                s.name()
            ))
        }
        _ if s.is_float() || s.is_complex() => Type::Scalar(s.real_part()),
        _ => return Err(format!("np.finfo() needs a float type, got {}", s.name())),
    };
    Ok(OpType::new(args.to_vec(), result))
}
