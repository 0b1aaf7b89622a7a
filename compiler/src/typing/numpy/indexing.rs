//! Typing of index arithmetic: `np.unravel_index`, the shape size behind
//! `np.ndindex` loops, and `.item()`. A shape is an int or a tuple of ints; an index tuple
//! has one int64 per axis.

use super::{OpType, Rule};
use crate::builtins::NpFn;
use crate::types::Type;

/// The rank of a shape argument and its operand type.
fn shape(t: &Type, what: &str) -> Result<(usize, Type), String> {
    match t {
        Type::Scalar(s) if s.is_int() => Ok((1, Type::I64)),
        Type::Tuple(items) if items.iter().all(|t| t.scalar().is_some_and(|s| s.is_int())) => {
            Ok((items.len(), Type::Tuple(vec![Type::I64; items.len()])))
        }
        t => Err(format!(
            "{what}: the shape must be an int or a tuple of ints, got {t}"
        )),
    }
}

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    match f {
        NpFn::UnravelIndex => {
            if !args[0].scalar().is_some_and(|s| s.is_int()) {
                return Err(format!(
                    "np.unravel_index(): the index must be an int, got {} (arrays of indices are not supported yet)",
                    args[0]
                ));
            }
            let (rank, operand) = shape(&args[1], "np.unravel_index()")?;
            Ok(OpType::new(
                vec![Type::I64, operand],
                Type::Tuple(vec![Type::I64; rank]),
            ))
        }
        NpFn::Item => match &args[0] {
            Type::Array(a) => Ok(OpType::new(vec![args[0].clone()], Type::Scalar(a.dtype))),
            Type::Scalar(s) => Ok(OpType::new(vec![args[0].clone()], Type::Scalar(*s))),
            t => Err(format!(".item() needs an array or a number, got {t}")),
        },
        NpFn::NdindexSize => {
            let (_, operand) = shape(&args[0], "np.ndindex()")?;
            Ok(OpType::new(vec![operand], Type::I64))
        }
        _ => Err(format!(
            "np.{}() can only be the iterable of a for loop",
            f.name()
        )),
    }
}
