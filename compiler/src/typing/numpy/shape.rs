//! Typing of copies, views and layout changes: `copy ravel flatten reshape
//! transpose view astype fill concatenate`.

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    let keep = |args: &[Type]| args.to_vec();
    match f {
        NpFn::Copy | NpFn::Flatten => {
            let a = array_arg(&args[0], f)?;
            let ndim = if f == NpFn::Flatten { 1 } else { a.ndim };
            Ok(OpType::new(keep(args), new_array(a.dtype, ndim)))
        }
        NpFn::Ravel => {
            let a = array_arg(&args[0], f)?;
            Ok(OpType::new(keep(args), new_array(a.dtype, 1)))
        }
        NpFn::Reshape => {
            // A view of a C-contiguous array; other layouts are copied first.
            let a = array_arg(&args[0], f)?;
            let (ndim, shape) = shape_rank(&args[1], "reshape")?;
            let view = ArrayType {
                ndim,
                layout: Layout::C,
                ..*a
            };
            Ok(OpType::new(vec![args[0].clone(), shape], Type::Array(view)))
        }
        NpFn::Transpose => {
            let a = array_arg(&args[0], f)?;
            Ok(OpType::new(keep(args), Type::Array(transposed(a))))
        }
        NpFn::Astype => {
            let a = array_arg(&args[0], f)?;
            let dtype = dtype_or(&args[1], a.dtype, ".astype()")?;
            Ok(OpType::new(keep(args), new_array(dtype, a.ndim)))
        }
        NpFn::Fill => {
            let a = array_arg(&args[0], f)?;
            if args[1].scalar().is_none() {
                return Err(format!(".fill() needs a number, got {}", args[1]));
            }
            Ok(OpType::new(
                vec![args[0].clone(), Type::Scalar(a.dtype)],
                Type::None,
            ))
        }
        NpFn::Concatenate => {
            let items = match &args[0] {
                Type::Tuple(items) if !items.is_empty() => items,
                t => return Err(format!("np.concatenate() needs a tuple of arrays, got {t}")),
            };
            let mut arrays = Vec::new();
            for t in items {
                arrays.push(array_arg(t, f)?);
            }
            let ndim = arrays[0].ndim;
            if arrays.iter().any(|a| a.ndim != ndim) {
                return Err(format!(
                    "np.concatenate(): all arrays must have the same number of dimensions, got {}",
                    args[0]
                ));
            }
            let dtype = arrays
                .iter()
                .map(|a| a.dtype)
                .reduce(promote)
                .expect("nonempty");
            let axis = match &args[1] {
                Type::None => Type::None,
                t => int_arg(t, "np.concatenate()'s axis")?,
            };
            Ok(OpType::new(
                vec![args[0].clone(), axis],
                new_array(dtype, ndim),
            ))
        }
        NpFn::View => creation::view(args),
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
