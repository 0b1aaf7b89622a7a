//! Typing of `dot` / `matmul` (`@`) of 1-D and 2-D arrays (`np.linalg` itself is
//! written in Python, `python/penna/_numpy/linalg.py`).

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    let keep = |args: &[Type]| args.to_vec();
    match f {
        NpFn::Dot | NpFn::Matmul => {
            let (a, b) = (array_arg(&args[0], f)?, array_arg(&args[1], f)?);
            let t = promote(a.dtype, b.dtype);
            let result = match (a.ndim, b.ndim) {
                (1, 1) => Type::Scalar(t),
                (2, 2) => new_array(t, 2),
                (2, 1) | (1, 2) => new_array(t, 1),
                _ => {
                    return Err(format!(
                        "np.{}() supports 1D and 2D arrays, got {} and {}",
                        f.name(),
                        args[0],
                        args[1]
                    ))
                }
            };
            Ok(OpType::new(keep(args), result))
        }
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
