//! Typing of sorting and searching: `sort argsort unique searchsorted nonzero`.

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    let keep = |args: &[Type]| args.to_vec();
    match f {
        NpFn::Nonzero => {
            let a = array_arg(&args[0], f)?;
            let index = new_array(Scalar::I64, 1);
            Ok(OpType::new(
                keep(args),
                Type::Tuple(vec![index; a.ndim as usize]),
            ))
        }
        NpFn::Sort | NpFn::SortInPlace | NpFn::Argsort | NpFn::Unique => {
            let a = sortable(&args[0], f)?;
            let result = match f {
                NpFn::Sort => new_array(a.dtype, a.ndim),
                NpFn::SortInPlace if a.readonly => {
                    return Err("a.sort() sorts in place, but the array is read-only".into())
                }
                NpFn::SortInPlace => Type::None,
                NpFn::Argsort => new_array(Scalar::I64, a.ndim),
                _ => new_array(a.dtype, 1),
            };
            Ok(OpType::new(keep(args), result))
        }
        NpFn::Searchsorted => {
            let a = sortable(&args[0], f)?;
            if a.ndim != 1 {
                return Err(format!(
                    "np.searchsorted() needs a 1D array, got {}",
                    args[0]
                ));
            }
            let result = match &args[1] {
                Type::Scalar(s) if !s.is_complex() => Type::I64,
                Type::Array(v) if !v.dtype.is_complex() => new_array(Scalar::I64, v.ndim),
                t => return Err(format!("np.searchsorted(): cannot search for {t}")),
            };
            if !matches!(args[2], Type::None | Type::BOOL) {
                return Err("np.searchsorted(): side must be \"left\" or \"right\"".into());
            }
            Ok(OpType::new(keep(args), result))
        }
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
