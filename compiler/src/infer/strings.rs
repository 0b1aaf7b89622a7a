//! Operations on strings become calls of [`StrFn`] rows once their operand
//! types are known: `a + b`, `a == b`, `c in s`, `s[i]`, `s[i:j]`,
//! `len(s)`, `int(s)`, `str(x)`, `format(x, spec)` and the methods
//! (`s.upper()` is lowered as the first `upper` row, the row taking as many
//! arguments is chosen here).

use super::*;
use crate::strings::StrFn;

impl Infer<'_> {
    /// Rewrites `e` into a string function call if it is a string
    /// operation; returns whether it did.
    pub(super) fn reroute_str(&mut self, e: ExprId, types: &[Type]) -> bool {
        let call = |f: StrFn, args: Vec<ExprId>| Expr::Call {
            callee: Callee::Builtin(Builtin::Str(f)),
            args,
            keywords: vec![],
        };
        let rewritten = match self.f.exprs[e].clone() {
            Expr::Binary { op, lhs, rhs } => match StrFn::binary(op, &types[0], &types[1]) {
                Some(f) => call(f, vec![lhs, rhs]),
                None => return false,
            },
            Expr::Compare { op, lhs, rhs } if types[0] == Type::Str && types[1] == Type::Str => {
                match StrFn::compare(op) {
                    Some(f) => call(f, vec![lhs, rhs]),
                    None => return false,
                }
            }
            Expr::Index { base, indices } if types[0] == Type::Str && indices.len() == 1 => {
                match self.f.exprs[indices[0]] {
                    Expr::Slice { start, stop, step } => {
                        call(StrFn::Slice, vec![base, start, stop, step])
                    }
                    _ => call(StrFn::GetItem, vec![base, indices[0]]),
                }
            }
            Expr::Call {
                callee: Callee::Builtin(b),
                args,
                keywords,
            } if keywords.is_empty() && !args.is_empty() => {
                let f = match (b, &types[0]) {
                    (Builtin::Len, Type::Str) => StrFn::Len,
                    (Builtin::Int, Type::Str) if args.len() == 1 => StrFn::ToInt,
                    (Builtin::Float, Type::Str) => StrFn::ToFloat,
                    (Builtin::Bool, Type::Str) => StrFn::Truth,
                    (Builtin::Str(StrFn::Repr), Type::Str) => return false,
                    (Builtin::Str(f), t) if matches!(f.name(), "str" | "format" | "repr") => {
                        if f.name() == "format" {
                            self.check_spec(e, &args, t);
                        }
                        match StrFn::of_value(t, f.name() == "format") {
                            Some(g) if g != f => g,
                            _ => return false,
                        }
                    }
                    (Builtin::Str(f), _) if StrFn::is_method(f.name()) => {
                        match StrFn::by_name(f.name(), args.len()) {
                            Some(g) if g != f => g,
                            _ => return false,
                        }
                    }
                    _ => return false,
                };
                call(f, args)
            }
            Expr::Call {
                callee: Callee::Method(m),
                args,
                ..
            } if types[0] == Type::Str => match StrFn::by_name(m.name(), args.len()) {
                Some(f) => call(f, args),
                None => return false,
            },
            _ => return false,
        };
        self.f.exprs[e] = rewritten;
        true
    }

    /// `format(value, spec)` with a constant spec: the spec must suit the
    /// value's type (checked once, before the call is rewritten).
    fn check_spec(&mut self, e: ExprId, args: &[ExprId], value: &Type) {
        let Some(Expr::Str(spec)) = args.get(1).map(|&a| &self.f.exprs[a]) else {
            return;
        };
        if let Err(why) = crate::strings::check_format_spec(spec, value) {
            let err = CompileError::typing(why, self.f.span(e))
                .with_note(format!("the value is {value}"))
                .with_hint("Python's format mini-language: [[fill]align][sign][#][0][width][,][.precision][type]");
            self.error(err);
        }
    }
}
