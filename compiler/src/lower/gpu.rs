//! GPU kernel API calls whose arguments are compile-time constants:
//! `cuda.grid(ndim)`, `cuda.gridsize(ndim)`, `cuda.shared.array(shape, dtype)`
//! and `cuda.local.array(shape, dtype)`. The constants are read here, from the
//! source (literals, module-level constants, dtype names), into the
//! [`GpuFn`]; what remains of the call is what typing and lowering need.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::Lower;
use crate::builtins::Builtin;
use crate::env::Const;
use crate::error::{CompileError, Result};
use crate::gpu::{GpuFn, HalfOp};
use crate::ir::*;
use crate::source::Span;

impl Lower<'_> {
    /// `cuda.fp16.hadd(a, b)` is `a + b` (and so on for the other operators).
    pub(super) fn half_op(&mut self, op: HalfOp, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
        let args = &call.arguments.args;
        if args.len() != op.arity() || !call.arguments.keywords.is_empty() {
            return Err(CompileError::typing(
                format!(
                    "cuda.fp16.{}() takes {} positional arguments",
                    op.name(),
                    op.arity()
                ),
                span,
            ));
        }
        let operands = args
            .iter()
            .map(|a| self.expr(a))
            .collect::<Result<Vec<_>>>()?;
        let expr = match op {
            HalfOp::Neg => Expr::Unary {
                op: UnaryOp::Neg,
                value: operands[0],
            },
            HalfOp::Binary(op) => Expr::Binary {
                op,
                lhs: operands[0],
                rhs: operands[1],
            },
            HalfOp::Compare(op) => Expr::Compare {
                op,
                lhs: operands[0],
                rhs: operands[1],
            },
        };
        Ok(self.add(expr, span))
    }

    /// `cuda.const.array_like(ary)` is the global array `ary` itself: every
    /// global array is frozen as constant data (constant memory on a GPU).
    pub(super) fn const_array_like(&mut self, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
        let ([arg], []) = (&*call.arguments.args, &*call.arguments.keywords) else {
            return Err(CompileError::typing(
                "cuda.const.array_like() takes one argument, a global NumPy array",
                span,
            ));
        };
        let id = self.expr(arg)?;
        if matches!(self.f.exprs[id], Expr::Frozen(_)) {
            return Ok(id);
        }
        Err(CompileError::typing(
            format!(
                "cuda.const.array_like() needs a global NumPy array; `{}` is not one",
                super::attr_path(arg)
            ),
            Span::from(arg.range()),
        )
        .with_hint("constant memory is filled when the kernel compiles: bind the array to a module-level name and pass that name"))
    }

    pub(super) fn gpu_constant_call(&mut self, g: GpuFn, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
        let params: &[&str] = match g {
            GpuFn::Grid(_) | GpuFn::GridSize(_) => &["ndim"],
            _ => &["shape", "dtype"],
        };
        let mut given: Vec<Option<&AstExpr>> = vec![None; params.len()];
        if call.arguments.args.len() > params.len() {
            return Err(CompileError::typing(
                format!(
                    "{}() takes {} arguments, got {}",
                    g.name(),
                    params.len(),
                    call.arguments.args.len()
                ),
                span,
            ));
        }
        for (slot, a) in given.iter_mut().zip(call.arguments.args.iter()) {
            *slot = Some(a);
        }
        for kw in call.arguments.keywords.iter() {
            let name = kw.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("**");
            let Some(i) = params.iter().position(|p| *p == name) else {
                return Err(CompileError::typing(
                    format!("{}() has no parameter `{name}`", g.name()),
                    Span::from(kw.range),
                ));
            };
            given[i] = Some(&kw.value);
        }
        let missing = |p: &str| CompileError::typing(format!("{}() needs `{p}`", g.name()), span);
        let first = given[0].ok_or_else(|| missing(params[0]))?;
        let first_id = self.expr(first)?;
        let ints = self.constant_ints(first_id).unwrap_or_default();
        let dtype = match given.get(1) {
            Some(Some(d)) => {
                let id = self.expr(d)?;
                match &self.f.exprs[id] {
                    Expr::Literal(Const::DType(s)) => Some(*s),
                    _ => None,
                }
            }
            Some(None) => return Err(missing(params[1])),
            None => None,
        };
        let filled = g
            .with_constants(&ints, dtype)
            .map_err(|msg| CompileError::typing(msg, Span::from(first.range())))?;
        let args = match filled {
            // The dimension count stays an argument (an int64 operand).
            GpuFn::Grid(_) | GpuFn::GridSize(_) => vec![first_id],
            _ => vec![],
        };
        Ok(self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Gpu(filled)),
                args,
                keywords: Vec::new(),
            },
            span,
        ))
    }

    /// An integer constant, or a tuple of them, as lowered.
    fn constant_ints(&self, e: ExprId) -> Option<Vec<i64>> {
        match &self.f.exprs[e] {
            Expr::Literal(Const::Int(n)) => Some(vec![*n]),
            Expr::Tuple(items) => items
                .iter()
                .map(|&i| match &self.f.exprs[i] {
                    Expr::Literal(Const::Int(n)) => Some(*n),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    }
}
