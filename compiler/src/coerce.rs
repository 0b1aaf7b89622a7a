//! Coercion: make every implicit conversion an explicit `Cast` node.
//!
//! After inference each operation knows the types its operands must have (from
//! its typing rule) and each statement knows what it stores into (a local's type,
//! an array's dtype, the return type, `bool` for conditions, `int64` for range
//! bounds). This pass inserts a `Cast` wherever an operand's own type differs,
//! so back ends never promote anything themselves.

use crate::infer::OperandTypes;
use crate::ir::*;
use crate::types::Type;

pub fn coerce(f: &mut Function, operands: &OperandTypes) {
    let mut body = std::mem::take(&mut f.body);
    coerce_block(f, operands, &mut body);
    f.body = body;
}

fn coerce_block(f: &mut Function, ops: &OperandTypes, block: &mut Block) {
    for s in block {
        match &mut s.kind {
            Stmt::Assign { local, value } => {
                expr(f, ops, *value);
                let t = f.locals[*local].ty.clone();
                *value = cast_to(f, *value, &t);
            }
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                expr(f, ops, *base);
                indices.iter().for_each(|&i| expr(f, ops, i));
                expr(f, ops, *value);
                // `a[i] = x` with optional parts uses their checked values.
                *base = unwrap_optional(f, *base);
                for i in indices.iter_mut() {
                    *i = unwrap_optional(f, *i);
                }
                *value = unwrap_optional(f, *value);
                if matches!(f.ty(*base), Type::Array(_)) {
                    for i in indices.iter_mut() {
                        let t = crate::infer::index_operand(f.ty(*i));
                        *i = cast_to(f, *i, &t);
                    }
                }
                let bt = f.ty(*base).clone();
                if bt.is_container() {
                    let its: Vec<Type> = indices.iter().map(|&i| f.ty(i).clone()).collect();
                    if let Ok((want, vt)) =
                        crate::typing::containers::store(&bt, &its, f.ty(*value))
                    {
                        for (i, t) in indices.iter_mut().zip(&want) {
                            *i = cast_to(f, *i, t);
                        }
                        *value = cast_to(f, *value, &vt);
                    }
                }
                // A number converts to the dtype; an array (slice assignment)
                // converts element by element as it is copied.
                if let (Type::Array(a), Type::Scalar(_)) = (f.ty(*base).clone(), f.ty(*value)) {
                    *value = cast_to(f, *value, &Type::Scalar(a.dtype));
                }
            }
            Stmt::Print { items, .. } => items
                .iter()
                .filter_map(PrintItem::value)
                .for_each(|e| expr(f, ops, e)),
            Stmt::Eval(e) | Stmt::RaiseValue { message: e, .. } => expr(f, ops, *e),
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                expr(f, ops, *cond);
                *cond = cast_to(f, *cond, &Type::BOOL);
                coerce_block(f, ops, accept);
                coerce_block(f, ops, reject);
            }
            Stmt::While { cond, body } => {
                expr(f, ops, *cond);
                *cond = cast_to(f, *cond, &Type::BOOL);
                coerce_block(f, ops, body);
            }
            Stmt::ForRange {
                start,
                stop,
                step,
                body,
                ..
            } => {
                for bound in [start, stop, step] {
                    expr(f, ops, *bound);
                    *bound = cast_to(f, *bound, &Type::I64);
                }
                coerce_block(f, ops, body);
            }
            Stmt::Region { body, .. } | Stmt::Critical(body) | Stmt::ThreadLoop(body) => {
                coerce_block(f, ops, body)
            }
            Stmt::Try { .. } => s.kind.visit_blocks_mut(|b| coerce_block(f, ops, b)),
            Stmt::Return(Some(v)) => {
                expr(f, ops, *v);
                let t = f.ret.clone();
                *v = cast_to(f, *v, &t);
            }
            Stmt::Yield(v) => {
                expr(f, ops, *v);
                if let Type::GeneratorOf(t) = f.ret.clone() {
                    *v = cast_to(f, *v, &t);
                }
            }
            Stmt::Return(None)
            | Stmt::Break
            | Stmt::Continue
            | Stmt::Raise { .. }
            | Stmt::Reraise
            | Stmt::ObjMode { .. }
            | Stmt::Barrier
            | Stmt::Collective { .. } => {}
        }
    }
}

fn expr(f: &mut Function, ops: &OperandTypes, e: ExprId) {
    let children = f.exprs[e].operands();
    for &c in &children {
        expr(f, ops, c);
    }
    let Some(Some(want)) = ops.get(e.index()) else {
        return;
    };
    let new: Vec<ExprId> = children
        .iter()
        .zip(want)
        .map(|(&c, t)| cast_to(f, c, t))
        .collect();
    for (slot, n) in f.exprs[e].operands_mut().into_iter().zip(new) {
        *slot = n;
    }
}

fn retype_fresh(f: &mut Function, e: ExprId, t: &Type) {
    f.expr_types[e.index()] = t.clone();
    if let Expr::Cast(inner) = f.exprs[e] {
        retype_fresh(f, inner, t);
    }
}

/// The value of an optional `e` (checked: `None` raises), else `e`.
fn unwrap_optional(f: &mut Function, e: ExprId) -> ExprId {
    match f.ty(e).clone() {
        Type::Optional(t) => cast_to(f, e, &t),
        _ => e,
    }
}

/// `e` converted to `t`: `e` itself if it already has that type.
fn cast_to(f: &mut Function, e: ExprId, t: &Type) -> ExprId {
    if f.ty(e) == t {
        return e;
    }
    if f.ty(e).is_partial_container() && t.is_known() {
        // A new container whose items were not known where it was made
        // (`[]`, a comprehension's empty start) is made with the type its
        // use told; a value of partial type is always such a fresh one or a
        // local holding one, both of which take the final type.
        retype_fresh(f, e, t);
        return e;
    }
    let span = f.span(e);
    let c = f.add_expr(Expr::Cast(e), span);
    f.expr_types[c.index()] = t.clone();
    c
}
