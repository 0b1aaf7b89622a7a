//! Loops over `np.ndindex(shape)`, `np.ndenumerate(a)` and `a.flat`, as
//! index loops over the flat position `$k` in C order:
//!
//! - `for idx in np.ndindex(s)` is `$s = s; for $k in range(size($s)):
//!   idx = np.unravel_index($k, $s)` (`s` an int, a tuple, or several ints);
//! - `for idx, x in np.ndenumerate(a)` is the same over `a.shape`, with
//!   `x = a[idx]`;
//! - `for x in a.flat` iterates `a.ravel()` (a view when `a` is contiguous);
//! - `a.flat[k]` (read or written) is the element at C-order position `k`
//!   (`penna._numpy._flat_get` / `_flat_set`).
//!
//! `size` is the hidden `ndindex.size` row; the index tuple's length comes
//! from the shape's type, so these loops work for any rank.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::loops::{BodyFn, LoopHead};
use super::{no_keywords, Lower};
use crate::builtins::{Attribute, Builtin, NpFn};
use crate::env::{Global, ModuleId};
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;

impl<'e> Lower<'e> {
    /// `for ... in np.ndindex(...)` / `np.ndenumerate(...)`.
    pub(super) fn ndindex_loop(
        &mut self,
        head: &LoopHead,
        call: &ast::ExprCall,
        which: NpFn,
        out: &mut Block,
        body: BodyFn<'_, 'e>,
    ) -> Result<()> {
        let call_span = Span::from(call.range());
        no_keywords(call, &format!("np.{}", which.name()))?;
        let args: Vec<ExprId> = call
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a))
            .collect::<Result<_>>()?;
        let (array, shape) = match (which, args.as_slice()) {
            (NpFn::Ndenumerate, [a]) => {
                let local = self.bind_temp(*a, call_span, out);
                let a = self.load(local, call_span);
                let shape = self.add(
                    Expr::Attr {
                        value: a,
                        attr: Attribute::Shape,
                    },
                    call_span,
                );
                (Some(local), shape)
            }
            (NpFn::Ndindex, [shape]) => (None, *shape),
            (NpFn::Ndindex, dims) if !dims.is_empty() => {
                (None, self.add(Expr::Tuple(dims.to_vec()), call_span))
            }
            _ => {
                return Err(CompileError::typing(
                    format!("wrong number of arguments to np.{}", which.name()),
                    call_span,
                ))
            }
        };
        let shape = self.bind_temp(shape, call_span, out);
        let size = {
            let s = self.load(shape, call_span);
            self.np_call(NpFn::NdindexSize, vec![s], call_span)
        };
        let stop = self.bind_temp(size, call_span, out);
        let stop = self.load(stop, call_span);
        let index = self.temp(head.span);
        let k = self.load(index, call_span);
        let s = self.load(shape, call_span);
        let idx = self.np_call(NpFn::UnravelIndex, vec![k, s], call_span);
        let item = match array {
            None => idx,
            Some(a) => {
                let idx_local = self.temp(call_span);
                let mut prefix = vec![Statement {
                    kind: Stmt::Assign {
                        local: idx_local,
                        value: idx,
                    },
                    span: call_span,
                }];
                let (i, base) = (self.load(idx_local, call_span), self.load(a, call_span));
                let i2 = self.load(idx_local, call_span);
                let element = self.add(
                    Expr::Index {
                        base,
                        indices: vec![i],
                    },
                    call_span,
                );
                let pair = self.add(Expr::Tuple(vec![i2, element]), call_span);
                self.assign(head.target, pair, &mut prefix)?;
                return self.index_loop(head, index, stop, prefix, call_span, out, body);
            }
        };
        let mut prefix = Vec::new();
        self.assign(head.target, item, &mut prefix)?;
        self.index_loop(head, index, stop, prefix, call_span, out, body)
    }

    /// `a.flat` as a loop's iterable: `a.ravel()`.
    pub(super) fn flat_iterable(&mut self, a: &ast::ExprAttribute) -> Result<ExprId> {
        let span = Span::from(a.range());
        let value = self.expr(&a.value)?;
        Ok(self.np_call(NpFn::Ravel, vec![value], span))
    }

    /// `a.flat[k]` is `penna._numpy._flat_get(a, k)`, and `a.flat[k] = v`
    /// (`value`) is `_flat_set(a, k, v)`: the element at C-order position
    /// `k` (negative from the end, IndexError outside).
    pub(super) fn flat_access(
        &mut self,
        flat: &ast::ExprAttribute,
        slice: &AstExpr,
        value: Option<ExprId>,
    ) -> Result<ExprId> {
        let span = Span::from(flat.range()).to(Span::from(slice.range()));
        if matches!(slice, AstExpr::Slice(_) | AstExpr::Tuple(_)) {
            return Err(CompileError::unsupported(
                "`.flat[...]` is supported with one integer index",
                span,
            )
            .with_hint("for a range of the elements use a.ravel()[i:j]"));
        }
        let (a, k) = (self.expr(&flat.value)?, self.expr(slice)?);
        self.flat_call(a, k, value, span)
    }

    /// `_flat_get(a, k)`, or `_flat_set(a, k, value)`, on lowered operands.
    pub(super) fn flat_call(
        &mut self,
        a: ExprId,
        k: ExprId,
        value: Option<ExprId>,
        span: Span,
    ) -> Result<ExprId> {
        let name = if value.is_some() {
            "_flat_set"
        } else {
            "_flat_get"
        };
        let Some(Global::Function(function)) = self.env.module_attribute(ModuleId::Numpy, name)
        else {
            return Err(CompileError::unsupported(
                "`.flat[k]` needs penna's NumPy library",
                span,
            ));
        };
        let mut args = vec![a, k];
        args.extend(value);
        Ok(self.add(
            Expr::Call {
                callee: Callee::Function {
                    function,
                    resolved: None,
                    method: false,
                },
                args,
                keywords: vec![],
            },
            span,
        ))
    }

    fn np_call(&mut self, f: NpFn, args: Vec<ExprId>, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Np(f)),
                args,
                keywords: vec![],
            },
            span,
        )
    }

    fn bind_temp(&mut self, value: ExprId, span: Span, out: &mut Block) -> LocalId {
        let local = self.temp(span);
        out.push(Statement {
            kind: Stmt::Assign { local, value },
            span,
        });
        local
    }
}

/// Whether `e` is `<expr>.flat`.
pub(super) fn is_flat(e: &AstExpr) -> Option<&ast::ExprAttribute> {
    match e {
        AstExpr::Attribute(a) if a.attr.id.as_str() == "flat" => Some(a),
        _ => None,
    }
}
