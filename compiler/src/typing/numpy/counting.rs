//! Typing of counting: `bincount`, `histogram` (bin counts or explicit edges).

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    match f {
        NpFn::Bincount => {
            let x = array_arg(&args[0], f)?;
            if x.ndim != 1 || !x.dtype.is_integral() {
                return Err(format!(
                    "np.bincount() needs a 1D array of integers, got {}",
                    args[0]
                ));
            }
            let dtype = match &args[1] {
                Type::None => Scalar::I64,
                Type::Array(w) if w.ndim == 1 && !w.dtype.is_complex() => Scalar::F64,
                t => {
                    return Err(format!(
                        "np.bincount(): weights must be a 1D array, got {t}"
                    ))
                }
            };
            let minlength = match &args[2] {
                Type::None => Type::None,
                t => int_arg(t, "np.bincount()'s minlength")?,
            };
            Ok(OpType::new(
                vec![args[0].clone(), args[1].clone(), minlength],
                new_array(dtype, 1),
            ))
        }
        NpFn::Histogram => {
            sortable(&args[0], f)?;
            let bins = match &args[1] {
                Type::None => Type::None,
                Type::Scalar(s) if s.is_integral() => Type::I64,
                // Explicit bin edges (`range` is then ignored, as in NumPy).
                Type::Array(e) if e.ndim == 1 && !e.dtype.is_complex() => args[1].clone(),
                t => {
                    return Err(format!(
                        "np.histogram(): bins must be a number of bins or a 1D array of bin edges, got {t}"
                    ))
                }
            };
            let range = match &args[2] {
                Type::None => Type::None,
                Type::Tuple(items)
                    if items.len() == 2
                        && items
                            .iter()
                            .all(|t| t.scalar().is_some_and(|s| !s.is_complex())) =>
                {
                    Type::Tuple(vec![Type::F64, Type::F64])
                }
                t => {
                    return Err(format!(
                        "np.histogram(): range must be a (min, max) tuple, got {t}"
                    ))
                }
            };
            Ok(OpType::new(
                vec![args[0].clone(), bins, range],
                Type::Tuple(vec![new_array(Scalar::I64, 1), new_array(Scalar::F64, 1)]),
            ))
        }
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
