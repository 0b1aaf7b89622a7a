//! `for x in literal_unroll(tup)`: the loop's body once per item of the
//! tuple, each copy typed for its own item (Numba's `literal_unroll`), so a
//! tuple of an int, a string and an array can be iterated.
//!
//! The lowering made the loop an index loop over `$s = literal_unroll(tup)`
//! (see `lower::loops`). Once `$s` is known to be a tuple of `n` items, the
//! loop becomes `n` copies of its body, in each of which the index is the
//! constant `k` (so `x = $s[k]`). Locals that only the body uses (the
//! target, temporaries, variables assigned and read inside) get a fresh slot
//! per copy, and so a type per copy; locals also used outside keep one slot
//! and one type. Each copy runs inside a one-trip `for` (a `continue` ends
//! the copy); a `break` also sets a flag that skips the copies after it.

use std::collections::HashMap;

use super::*;
use crate::env::Const;

/// Unrolls the first `literal_unroll` loop of `root` whose tuple is known;
/// returns whether it did (one per inference pass: the use counts it needs
/// are the whole function's).
pub(super) fn unroll_loops(f: &mut Function, root: &mut Block) -> bool {
    // Most functions call no literal_unroll and hold no empty tuple: no
    // walk of their code.
    let calls_it = f.exprs.iter().any(|(_, e)| {
        matches!(
            e,
            Expr::Call {
                callee: Callee::Builtin(Builtin::LiteralUnroll),
                ..
            }
        )
    });
    let empty_tuple = f
        .locals
        .iter()
        .any(|(_, l)| matches!(&l.ty, Type::Tuple(items) if items.is_empty()));
    if !calls_it && !empty_tuple {
        return false;
    }
    let mut uses = vec![0u32; f.locals.len()];
    count_uses(f, root, &mut uses);
    unroll_in(f, root, &uses)
}

fn unroll_in(f: &mut Function, block: &mut Block, uses: &[u32]) -> bool {
    for i in 0..block.len() {
        if let Some(items) = unrollable(f, &block[i], &block[..i]) {
            let span = block[i].span;
            let Stmt::ForRange { var, body, .. } = &block[i].kind else {
                unreachable!("unrollable matched a ForRange")
            };
            let (var, body) = (*var, body.clone());
            let copies = unroll(f, var, &body, items, uses, span);
            block.splice(i..=i, copies);
            return true;
        }
        let mut done = false;
        block[i]
            .kind
            .visit_blocks_mut(|b| done = done || unroll_in(f, b, uses));
        if done {
            return true;
        }
    }
    false
}

/// The number of items, when `s` is an index loop over a tuple that
/// `literal_unroll` made (assigned among `before`), or over an empty tuple
/// (`for r in rest` of a `*rest` given nothing: no copies, whatever the body
/// would have made of an item).
fn unrollable(f: &Function, s: &Statement, before: &[Statement]) -> Option<usize> {
    let Stmt::ForRange {
        var,
        body,
        parallel: None,
        ..
    } = &s.kind
    else {
        return None;
    };
    let seq = super::generators::all_exprs(f, body)
        .into_iter()
        .find_map(|e| super::generators::iteration_of(f, e, *var))
        .map(|(seq, _)| seq)?;
    let from_unroll = before.iter().any(|s| match &s.kind {
        Stmt::Assign { local, value } if *local == seq => matches!(
            f.exprs[*value],
            Expr::Call {
                callee: Callee::Builtin(Builtin::LiteralUnroll),
                ..
            }
        ),
        _ => false,
    });
    match &f.locals[seq].ty {
        Type::Tuple(items) if from_unroll || items.is_empty() => Some(items.len()),
        _ => None,
    }
}

/// How often each local is read or bound in `block`.
fn count_uses(f: &Function, block: &[Statement], uses: &mut [u32]) {
    fn tree(f: &Function, e: ExprId, uses: &mut [u32]) {
        if let Expr::Local(l) = f.exprs[e] {
            uses[l.index()] += 1;
        }
        f.exprs[e].visit_operands(|o| tree(f, o, uses));
    }
    for s in block {
        s.kind.visit_own_exprs(|e| tree(f, e, uses));
        for l in s.kind.bound_locals() {
            uses[l.index()] += 1;
        }
        s.kind.visit_blocks(|b| count_uses(f, b, uses));
    }
}

/// What one copy of the body replaces.
struct BodyCopy {
    var: LocalId,
    index: i64,
    locals: HashMap<LocalId, LocalId>,
}

fn unroll(
    f: &mut Function,
    var: LocalId,
    body: &[Statement],
    items: usize,
    uses: &[u32],
    span: Span,
) -> Vec<Statement> {
    let mut inside = vec![0u32; f.locals.len()];
    count_uses(f, body, &mut inside);
    let private: Vec<LocalId> = (0..inside.len())
        .filter(|&l| inside[l] > 0 && inside[l] == uses[l])
        .map(LocalId::from_index)
        .collect();
    let broken = breaks(body).then(|| f.add_local("$unroll.break", span, true));
    let mut out = Vec::new();
    if let Some(flag) = broken {
        let no = f.add_expr(Expr::Literal(Const::Bool(false)), span);
        out.push(assign(flag, no, span));
    }
    // Built from the last copy back: copy k, then (unless a break) the rest.
    let mut rest: Vec<Statement> = Vec::new();
    for k in (0..items).rev() {
        let locals = private
            .iter()
            .map(|&l| {
                let old = &f.locals[l];
                let (name, lspan, temp) = (old.name.clone(), old.span, old.is_temp);
                (l, f.add_local(&name, lspan, temp))
            })
            .collect();
        let copy = BodyCopy {
            var,
            index: k as i64,
            locals,
        };
        let mut cloned = clone_block(f, body, &copy);
        if let Some(flag) = broken {
            flag_breaks(f, &mut cloned, flag, span);
        }
        let once = f.add_local("$unroll.once", span, true);
        let (start, stop, step) = (
            f.add_expr(Expr::Literal(Const::Int(0)), span),
            f.add_expr(Expr::Literal(Const::Int(1)), span),
            f.add_expr(Expr::Literal(Const::Int(1)), span),
        );
        let mut this = vec![Statement {
            kind: Stmt::ForRange {
                var: once,
                start,
                stop,
                step,
                body: cloned,
                parallel: None,
            },
            span,
        }];
        match broken {
            Some(flag) if !rest.is_empty() => {
                let read = f.add_expr(Expr::Local(flag), span);
                let go_on = f.add_expr(
                    Expr::Unary {
                        op: UnaryOp::Not,
                        value: read,
                    },
                    span,
                );
                this.push(Statement {
                    kind: Stmt::If {
                        cond: go_on,
                        accept: rest,
                        reject: vec![],
                    },
                    span,
                });
            }
            _ => this.extend(rest),
        }
        rest = this;
    }
    out.extend(rest);
    out
}

fn assign(local: LocalId, value: ExprId, span: Span) -> Statement {
    Statement {
        kind: Stmt::Assign { local, value },
        span,
    }
}

/// Whether `block` breaks out of the loop it is the body of.
fn breaks(block: &[Statement]) -> bool {
    block.iter().any(|s| match &s.kind {
        Stmt::Break => true,
        Stmt::While { .. } | Stmt::ForRange { .. } => false,
        k => {
            let mut found = false;
            k.visit_blocks(|b| found = found || breaks(b));
            found
        }
    })
}

/// `break` (of the unrolled loop) becomes `flag = True; break`.
fn flag_breaks(f: &mut Function, block: &mut Block, flag: LocalId, span: Span) {
    let mut i = 0;
    while i < block.len() {
        match &mut block[i].kind {
            Stmt::Break => {
                let yes = f.add_expr(Expr::Literal(Const::Bool(true)), span);
                block.insert(i, assign(flag, yes, span));
                i += 1;
            }
            Stmt::While { .. } | Stmt::ForRange { .. } => {}
            k => k.visit_blocks_mut(|b| flag_breaks(f, b, flag, span)),
        }
        i += 1;
    }
}

fn clone_block(f: &mut Function, block: &[Statement], c: &BodyCopy) -> Block {
    block
        .iter()
        .map(|s| {
            let mut s = s.clone();
            for e in s.kind.own_exprs_mut() {
                *e = clone_expr(f, *e, c);
            }
            for l in s.kind.bound_locals_mut() {
                if let Some(&n) = c.locals.get(l) {
                    *l = n;
                }
            }
            s.kind.visit_blocks_mut(|b| *b = clone_block(f, b, c));
            s
        })
        .collect()
}

/// A copy of the tree `e` (every expression is used once), with the
/// copy's locals and its index, and calls to be resolved again.
fn clone_expr(f: &mut Function, e: ExprId, c: &BodyCopy) -> ExprId {
    let mut expr = match &f.exprs[e] {
        Expr::Local(l) if *l == c.var => Expr::Literal(Const::Int(c.index)),
        Expr::Local(l) => Expr::Local(c.locals.get(l).copied().unwrap_or(*l)),
        other => other.clone(),
    };
    match &mut expr {
        Expr::Call {
            callee: Callee::Function { resolved, .. },
            ..
        } => *resolved = None,
        Expr::Call {
            callee: Callee::New { init, .. },
            ..
        } => *init = None,
        _ => {}
    }
    for op in expr.operands_mut() {
        *op = clone_expr(f, *op, c);
    }
    let span = f.span(e);
    let id = f.add_expr(expr, span);
    if f.augmented.contains(&e) {
        f.augmented.push(id);
    }
    id
}
