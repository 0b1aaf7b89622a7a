//! Typing of the NumPy functions fused into array expressions: `minimum
//! maximum sign clip where` (and `np.where(cond)`, which is `nonzero`).

use super::*;

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    match f {
        NpFn::Where if args[1] == Type::None && args[2] == Type::None => {
            super::call(NpFn::Nonzero, &args[..1])
        }
        NpFn::Where if args[1] == Type::None || args[2] == Type::None => {
            Err("np.where() takes one argument or three".into())
        }
        NpFn::Minimum | NpFn::Maximum | NpFn::Sign | NpFn::Clip | NpFn::Where => {
            let e = elements(args)?;
            let rule = element_np(f, &e)?;
            if !args.iter().any(is_array) {
                return Ok(rule);
            }
            elementwise(args, rule)
        }
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}
