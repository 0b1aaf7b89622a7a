//! Dead branches on `None` arguments (Numba's branch pruning): in
//! `def f(a, out=None): if out is None: out = np.empty_like(a)`, a call that
//! passes an array never runs the branch, and a call that passes nothing
//! never runs its `else`. A specialisation knows which: the branch that
//! cannot run is removed before inference, so it is not typed (its code
//! may be ill-typed for these arguments, as `x + offset` is when `offset`
//! is `None`).
//!
//! Invariant: a condition is decided only while the parameter still holds
//! the argument: the `if` is a top-level statement (or in the branch of one
//! that was decided) and no statement before it assigns the parameter.

use std::collections::HashSet;

use crate::env::Const;
use crate::ir::*;
use crate::types::Type;

/// Removes the branches that `is None` / `is not None` tests of unchanged
/// parameters decide for this specialisation's argument types.
pub fn prune_none_branches(f: &mut Function) {
    let params: Vec<(LocalId, usize)> = f
        .body
        .iter()
        .filter_map(|s| match s.kind {
            Stmt::Assign { local, value } => match f.exprs[value] {
                Expr::Param(i) => Some((local, i)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    if params.is_empty() || !f.param_types.iter().any(decidable) {
        return;
    }
    let body = std::mem::take(&mut f.body);
    let mut assigned = HashSet::new();
    f.body = prune(f, body, &params, &mut assigned);
}

/// Whether `x is None` is known for an argument of type `t`.
fn decidable(t: &Type) -> bool {
    !matches!(t, Type::Optional(_) | Type::Unknown)
}

fn prune(
    f: &Function,
    block: Block,
    params: &[(LocalId, usize)],
    assigned: &mut HashSet<LocalId>,
) -> Block {
    let mut out = Block::new();
    let mut first = true;
    for s in block {
        // The parameter bindings themselves come first.
        let binding = first
            && matches!(s.kind, Stmt::Assign { value, .. } if matches!(f.exprs[value], Expr::Param(_)));
        first &= binding;
        if let Stmt::If { cond, .. } = &s.kind {
            if let Some(taken) = decided(f, *cond, params, assigned) {
                let Stmt::If { accept, reject, .. } = s.kind else {
                    unreachable!("matched above")
                };
                let live = if taken { accept } else { reject };
                out.extend(prune(f, live, params, assigned));
                // `if x is None: return ...` decided true: what follows is
                // dead (and typed for the other case).
                if out.last().is_some_and(|s| {
                    matches!(
                        s.kind,
                        Stmt::Return(_) | Stmt::Raise { .. } | Stmt::Break | Stmt::Continue
                    )
                }) {
                    break;
                }
                continue;
            }
        }
        if !binding {
            assigns(&s, assigned);
        }
        out.push(s);
    }
    out
}

/// `Some(result)` of `cond` if it is `p is None` / `p is not None` (either
/// order) of a parameter `p` that still holds its argument.
fn decided(
    f: &Function,
    cond: ExprId,
    params: &[(LocalId, usize)],
    assigned: &HashSet<LocalId>,
) -> Option<bool> {
    let Expr::Compare { op, lhs, rhs } = f.exprs[cond] else {
        return None;
    };
    if !matches!(op, CmpOp::Is | CmpOp::IsNot) {
        return None;
    }
    let is_none = |e: ExprId| matches!(f.exprs[e], Expr::Literal(Const::None));
    let other = match (is_none(lhs), is_none(rhs)) {
        (true, false) => rhs,
        (false, true) => lhs,
        _ => return None,
    };
    let Expr::Local(l) = f.exprs[other] else {
        return None;
    };
    if assigned.contains(&l) {
        return None;
    }
    let (_, i) = params.iter().find(|(p, _)| *p == l)?;
    let t = f.param_types.get(*i)?;
    if !decidable(t) {
        return None;
    }
    let none = *t == Type::None;
    Some(none == (op == CmpOp::Is))
}

/// Adds the locals `s` (and the statements inside it) may assign.
fn assigns(s: &Statement, out: &mut HashSet<LocalId>) {
    match &s.kind {
        Stmt::Assign { local, .. } => {
            out.insert(*local);
        }
        Stmt::If { accept, reject, .. } => {
            accept.iter().chain(reject).for_each(|s| assigns(s, out));
        }
        Stmt::While { body, .. }
        | Stmt::Region { body, .. }
        | Stmt::Critical(body)
        | Stmt::ThreadLoop(body) => body.iter().for_each(|s| assigns(s, out)),
        Stmt::ForRange { var, body, .. } => {
            out.insert(*var);
            body.iter().for_each(|s| assigns(s, out));
        }
        _ => {}
    }
}
