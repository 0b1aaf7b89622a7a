//! Typing of reductions: `sum prod min max mean` (whole array or `axis=`),
//! `var std argmin argmax any all cumsum cumprod`, in NumPy's accumulation types.

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    let name = format!("np.{}()", f.name());
    let keep = |args: &[Type]| args.to_vec();
    match f {
        NpFn::Sum | NpFn::Prod | NpFn::Amin | NpFn::Amax | NpFn::Mean => {
            let a = array_arg(&args[0], f)?;
            let elem = match f {
                NpFn::Sum | NpFn::Prod => sum_type(a.dtype),
                NpFn::Mean => mean_type(a.dtype),
                _ => {
                    if a.dtype.is_complex() {
                        return Err(format!("{name} of complex numbers is not supported"));
                    }
                    a.dtype
                }
            };
            match &args[1] {
                Type::None => Ok(OpType::new(keep(args), Type::Scalar(elem))),
                t => {
                    let axis = int_arg(t, &format!("{name}'s axis"))?;
                    let result = if a.ndim == 1 {
                        Type::Scalar(elem)
                    } else {
                        new_array(elem, a.ndim - 1)
                    };
                    Ok(OpType::new(vec![args[0].clone(), axis], result))
                }
            }
        }
        NpFn::Var | NpFn::Std => {
            let a = array_arg(&args[0], f)?;
            Ok(OpType::new(
                keep(args),
                Type::Scalar(mean_type(a.dtype).real_part()),
            ))
        }
        NpFn::Argmin | NpFn::Argmax => {
            let a = array_arg(&args[0], f)?;
            if a.dtype.is_complex() {
                return Err(format!("{name} of complex numbers is not supported"));
            }
            Ok(OpType::new(keep(args), Type::I64))
        }
        NpFn::Any | NpFn::All => {
            array_arg(&args[0], f)?;
            Ok(OpType::new(keep(args), Type::BOOL))
        }
        NpFn::Cumsum | NpFn::Cumprod => {
            let a = array_arg(&args[0], f)?;
            Ok(OpType::new(keep(args), new_array(sum_type(a.dtype), 1)))
        }
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
