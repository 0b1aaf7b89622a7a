//! Typing of string operations: every [`StrFn`] row by its parameters.

use super::{OpType, Rule};
use crate::strings::{StrFn, StrParam, StrResult};
use crate::types::Type;

/// The type of `f(args...)`.
pub fn call(f: StrFn, args: &[Type]) -> Rule {
    let params = f.params();
    let what = match f.name() {
        n if n.starts_with(|c: char| c.is_ascii_lowercase()) => format!("{n}()"),
        n => format!("`{n}`"),
    };
    if args.len() != params.len() {
        let takes = params
            .len()
            .saturating_sub(StrFn::is_method(f.name()) as usize);
        return Err(format!(
            "{what} on strings takes {takes} argument{}, got {}",
            if takes == 1 { "" } else { "s" },
            args.len() - StrFn::is_method(f.name()) as usize
        ));
    }
    let operands = params
        .iter()
        .zip(args)
        .map(|(p, t)| operand(*p, t).ok_or_else(|| format!("{what} does not accept {t}")))
        .collect::<Result<_, _>>()?;
    let result = match f.result() {
        StrResult::Str => Type::Str,
        StrResult::Int => Type::I64,
        StrResult::Float => Type::F64,
        StrResult::Bool => Type::BOOL,
        StrResult::StrList => Type::list(Type::Str),
    };
    Ok(OpType::new(operands, result))
}

fn operand(p: StrParam, t: &Type) -> Option<Type> {
    let s = t.scalar();
    Some(match p {
        StrParam::Str if *t == Type::Str => Type::Str,
        StrParam::Int if s.is_some_and(|s| s.is_integral()) => Type::I64,
        StrParam::Float if s.is_some_and(|s| !s.is_complex()) => Type::F64,
        StrParam::Bound if *t == Type::None => Type::None,
        StrParam::Bound if s.is_some_and(|s| s.is_integral()) => Type::I64,
        StrParam::StrList => match t {
            Type::List { item, .. } if **item == Type::Str => t.clone(),
            _ => return None,
        },
        _ => return None,
    })
}
