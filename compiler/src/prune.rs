//! Dead branches on `None` arguments and on array ranks and dtypes (Numba's
//! branch pruning): in
//! `def f(a, out=None): if out is None: out = np.empty_like(a)`, a call that
//! passes an array never runs the branch, and a call that passes nothing
//! never runs its `else`. A specialisation knows which: the branch that
//! cannot run is removed before inference, so it is not typed (its code
//! may be ill-typed for these arguments, as `x + offset` is when `offset`
//! is `None`). In the same way `if a.ndim == 1:` is decided by the rank of
//! the array argument `a`, and `if a.dtype == np.complex128:` by its dtype,
//! so one function can hold the code for each rank or kind (the NumPy
//! functions written in Python do).
//!
//! Invariant: a condition is decided only while the parameter still holds
//! the argument: the `if` is a top-level statement (or in the branch of one
//! that was decided) and no statement before it assigns the parameter.

use std::collections::HashSet;

use crate::builtins::Attribute;
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
                        Stmt::Return(_)
                            | Stmt::Raise { .. }
                            | Stmt::RaiseValue { .. }
                            | Stmt::Reraise
                            | Stmt::Break
                            | Stmt::Continue
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
/// order), `p.ndim <op> k`, `p.dtype == / != np.<type>` or (a dtype `p`)
/// `p == / != np.<type>` of a parameter `p`
/// that still holds its argument (or an item `p[k]` of a tuple parameter),
/// or `and` / `or` of such tests that settle without running an undecided
/// operand.
fn decided(
    f: &Function,
    cond: ExprId,
    params: &[(LocalId, usize)],
    assigned: &HashSet<LocalId>,
) -> Option<bool> {
    match f.exprs[cond] {
        Expr::Logical { op, lhs, rhs } => {
            let (l, r) = (
                decided(f, lhs, params, assigned),
                decided(f, rhs, params, assigned),
            );
            // Only what Python decides without running an undecided side
            // (which may have effects): the left side settles it, or both do.
            match (op, l, r) {
                (LogicalOp::And, Some(false), _) => Some(false),
                (LogicalOp::Or, Some(true), _) => Some(true),
                (LogicalOp::And, Some(true), r) | (LogicalOp::Or, Some(false), r) => r,
                _ => None,
            }
        }
        Expr::Compare { op, lhs, rhs } => compared(f, op, lhs, rhs, params, assigned),
        _ => None,
    }
}

fn compared(
    f: &Function,
    op: CmpOp,
    lhs: ExprId,
    rhs: ExprId,
    params: &[(LocalId, usize)],
    assigned: &HashSet<LocalId>,
) -> Option<bool> {
    let argument = |e: ExprId| argument_type(f, e, params, assigned);
    if let (
        Expr::Attr {
            value,
            attr: Attribute::Ndim,
        },
        Expr::Literal(Const::Int(k)),
    ) = (&f.exprs[lhs], &f.exprs[rhs])
    {
        // As `np.ndim` counts: a number is 0-d, a list or tuple of numbers
        // 1-d, a list of such lists 2-d.
        let n = array_like_rank(&argument(*value)?)?;
        return Some(match op {
            CmpOp::Eq => n == *k,
            CmpOp::Ne => n != *k,
            CmpOp::Lt => n < *k,
            CmpOp::Le => n <= *k,
            CmpOp::Gt => n > *k,
            CmpOp::Ge => n >= *k,
            _ => return None,
        });
    }
    if let Expr::Literal(Const::DType(d)) = &f.exprs[rhs] {
        // `a.dtype == np.complex128` of an array argument, or `dtype ==
        // np.float32` of a dtype argument.
        let have = match &f.exprs[lhs] {
            Expr::Attr {
                value,
                attr: Attribute::Dtype,
            } => match argument(*value)? {
                Type::Array(a) => a.dtype,
                _ => return None,
            },
            _ => match argument(lhs)? {
                Type::DType(s) => s,
                _ => return None,
            },
        };
        return match op {
            CmpOp::Eq => Some(have == *d),
            CmpOp::Ne => Some(have != *d),
            _ => None,
        };
    }
    if !matches!(op, CmpOp::Is | CmpOp::IsNot) {
        return None;
    }
    let is_none = |e: ExprId| matches!(f.exprs[e], Expr::Literal(Const::None));
    let other = match (is_none(lhs), is_none(rhs)) {
        (true, false) => rhs,
        (false, true) => lhs,
        _ => return None,
    };
    let none = argument(other)? == Type::None;
    Some(none == (op == CmpOp::Is))
}

/// `np.ndim` of a value of type `t`, where the type alone says it.
fn array_like_rank(t: &Type) -> Option<i64> {
    match t {
        Type::Array(a) => Some(a.ndim as i64),
        Type::Scalar(_) => Some(0),
        Type::Tuple(items) if !items.is_empty() && items.iter().all(|t| t.scalar().is_some()) => {
            Some(1)
        }
        Type::List { item, .. } => match &**item {
            Type::Scalar(_) => Some(1),
            inner @ Type::List { .. } => Some(1 + array_like_rank(inner)?),
            _ => None,
        },
        _ => None,
    }
}

/// The type of `e` if it is a parameter that still holds its argument, or a
/// constant item of a tuple parameter.
fn argument_type(
    f: &Function,
    e: ExprId,
    params: &[(LocalId, usize)],
    assigned: &HashSet<LocalId>,
) -> Option<Type> {
    match &f.exprs[e] {
        Expr::Local(l) => {
            if assigned.contains(l) {
                return None;
            }
            let (_, i) = params.iter().find(|(p, _)| p == l)?;
            f.param_types.get(*i).filter(|t| decidable(t)).cloned()
        }
        Expr::Index { base, indices } if indices.len() == 1 => {
            let Type::Tuple(items) = argument_type(f, *base, params, assigned)? else {
                return None;
            };
            let Expr::Literal(Const::Int(k)) = f.exprs[indices[0]] else {
                return None;
            };
            let k = if k < 0 { k + items.len() as i64 } else { k };
            items.get(usize::try_from(k).ok()?).cloned()
        }
        _ => None,
    }
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
        Stmt::Try { handlers, .. } => {
            handlers.iter().filter_map(|h| h.name).for_each(|n| {
                out.insert(n);
            });
            s.kind
                .visit_blocks(|b| b.iter().for_each(|s| assigns(s, out)));
        }
        _ => {}
    }
}
