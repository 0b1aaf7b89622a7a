//! IR validation: the invariants back ends rely on.
//!
//! A failure here is a penna bug (an internal error), never the user's: user
//! errors are reported by lowering and inference with their own spans.

use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::program::visit_exprs;
use crate::types::Type;

pub fn validate(f: &Function) -> Result<()> {
    let mut uses = vec![0u32; f.exprs.len()];
    let mut first_error = None;
    visit_exprs(&f.body, &mut |root| {
        check_tree(f, root, &mut uses, &mut first_error)
    });
    if let Some(msg) = first_error {
        return Err(CompileError::internal(format!(
            "invalid IR in `{}`: {msg}",
            f.symbol
        )));
    }
    check_loops(&f.body, 0)
}

fn check_tree(f: &Function, e: ExprId, uses: &mut [u32], error: &mut Option<String>) {
    uses[e.index()] += 1;
    if uses[e.index()] > 1 && error.is_none() {
        *error = Some(format!("expression {e:?} is used more than once"));
    }
    if !f.ty(e).is_known() && !f.ty(e).is_partial_container() && error.is_none() {
        *error = Some(format!("expression {e:?} has no type"));
    }
    let same = |a: ExprId, b: ExprId| f.ty(a) == f.ty(b);
    let problem = match &f.exprs[e] {
        // (Elementwise array operations convert element by element.)
        Expr::Binary { lhs, rhs, op }
            if !same(*lhs, *rhs) && *op != BinaryOp::Pow && f.ty(e).scalar().is_some() =>
        {
            Some("binary operands differ in type")
        }
        Expr::Compare { lhs, rhs, op }
            if !same(*lhs, *rhs)
                && !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
                && f.ty(e).scalar().is_some() =>
        {
            Some("compared operands differ in type")
        }
        Expr::Select { cond, .. } if *f.ty(*cond) != Type::BOOL => {
            Some("select condition is not bool")
        }
        Expr::Call { keywords, .. } if !keywords.is_empty() => Some("keywords left after binding"),
        Expr::Call {
            callee: Callee::Function { resolved: None, .. },
            ..
        } => Some("unresolved call"),
        _ => None,
    };
    if let (Some(p), None) = (problem, &error) {
        *error = Some(p.to_owned());
    }
    for o in f.exprs[e].operands() {
        check_tree(f, o, uses, error);
    }
}

fn check_loops(block: &[Statement], depth: u32) -> Result<()> {
    for s in block {
        match &s.kind {
            Stmt::Break | Stmt::Continue if depth == 0 => {
                return Err(CompileError::internal("break/continue outside a loop"));
            }
            Stmt::If { accept, reject, .. } => {
                check_loops(accept, depth)?;
                check_loops(reject, depth)?;
            }
            Stmt::While { body, .. } | Stmt::ForRange { body, .. } => check_loops(body, depth + 1)?,
            // Control never leaves an outlined body or a critical section by a
            // jump (the parallel pass reports such code to the user).
            Stmt::Region { body, .. } | Stmt::Critical(body) => check_loops(body, 0)?,
            Stmt::Try { .. } => {
                let mut result = Ok(());
                s.kind.visit_blocks(|b| {
                    if result.is_ok() {
                        result = check_loops(b, depth);
                    }
                });
                result?
            }
            _ => {}
        }
    }
    Ok(())
}
