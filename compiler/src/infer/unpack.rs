//! `f(a, *t)`: a tuple unpacked into a call's arguments.
//!
//! Lowering leaves `*t` (`t` a local or a parameter) as [`Expr::Unpack`];
//! once inference knows `t` is a tuple of `n` items, the arguments become
//! `a, t[0], ..., t[n - 1]` (each index a fresh expression) and a call of a
//! jitted function is bound to its parameters then (keywords, defaults,
//! `*args`), since its arity was not known before. Invariant: no
//! `Expr::Unpack` survives a successful inference.

use super::*;

impl Infer<'_> {
    /// `None` when `expr` is not a call with `*t` among its arguments; else
    /// whether it was expanded (`false`: `t`'s type is not known yet).
    pub(super) fn expand_unpack(&mut self, e: ExprId, expr: &Expr) -> Option<Result<bool>> {
        let Expr::Call { args, .. } = expr else {
            return None;
        };
        if !args
            .iter()
            .any(|&a| matches!(self.f.exprs[a], Expr::Unpack(_)))
        {
            return None;
        }
        Some(self.expand(e, args.clone()))
    }

    fn expand(&mut self, e: ExprId, args: Vec<ExprId>) -> Result<bool> {
        let mut expanded = Vec::with_capacity(args.len());
        for a in args {
            let Expr::Unpack(inner) = self.f.exprs[a] else {
                expanded.push(a);
                continue;
            };
            let items = match self.f.ty(a) {
                Type::Unknown => return Ok(false),
                Type::Tuple(items) => items.len(),
                t => {
                    return Err(CompileError::typing(
                        format!("`*` unpacks a tuple into the arguments here, got {t}"),
                        self.f.span(a),
                    )
                    .with_hint("pass a tuple (`f(*args)` of a `*args` parameter, `f(*(x, y))`)"))
                }
            };
            let span = self.f.span(a);
            for k in 0..items {
                let base = self.f.add_expr(self.f.exprs[inner].clone(), span);
                let index = self.f.add_expr(Expr::Literal(Const::Int(k as i64)), span);
                expanded.push(self.f.add_expr(
                    Expr::Index {
                        base,
                        indices: vec![index],
                    },
                    span,
                ));
            }
        }
        self.operands.resize(self.f.exprs.len(), None);
        let Expr::Call { callee, args, .. } = &mut self.f.exprs[e] else {
            unreachable!("a call")
        };
        *args = expanded;
        if matches!(callee, Callee::Function { .. }) {
            self.callees.bind_call(self.f, e)?;
            self.operands.resize(self.f.exprs.len(), None);
        }
        self.changed = true;
        Ok(true)
    }
}
