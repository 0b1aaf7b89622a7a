//! Containers in parallel bodies: iterations may read a list, dict or set
//! they share (reference counts are atomic), but changing one is a data
//! race that can corrupt it (two appends reallocating one buffer), so it is
//! a compile error. A container the body makes itself is private to the
//! iteration and may change freely.
//!
//! Private means: a local assigned in the body only from new containers
//! (literals, comprehensions, `List()`, `x.copy()`, ...) or from other
//! private locals. Anything read out of a shared value (`rows[i]`, a
//! callee's result, a captured local) may alias a shared container.

use std::collections::HashMap;

use super::strip_casts;
use crate::builtins::{Builtin, ContainerFn, Method};
use crate::error::{CompileError, Result};
use crate::ir::*;

/// Rejects changes to containers the iterations of `body` share.
pub fn check_shared_containers(f: &Function, body: &[Statement]) -> Result<()> {
    let mut assigned: HashMap<LocalId, Vec<ExprId>> = HashMap::new();
    collect_assignments(body, &mut assigned);
    let private = |e: ExprId| is_private(f, &assigned, e, &mut Vec::new());
    let mut result = Ok(());
    visit(f, body, &mut |receiver, span, what| {
        if result.is_ok() && f.ty(receiver).is_container() && !private(receiver) {
            result = Err(shared_write(f, receiver, span, what));
        }
    });
    result
}

fn shared_write(
    f: &Function,
    receiver: ExprId,
    span: crate::source::Span,
    what: &str,
) -> CompileError {
    let name = match f.exprs[strip_casts(f, receiver)] {
        Expr::Local(l) => format!("`{}`", f.locals[l].name),
        _ => "this container".to_owned(),
    };
    CompileError::unsupported(
        format!(
            "{name} ({}) is shared by the iterations of this parallel loop; {what} it here is a data race",
            f.ty(receiver)
        ),
        span,
    )
    .with_hint("give each iteration its own container (make it inside the loop), store per-iteration results in an array indexed by the loop variable, or build the container after the loop")
}

fn collect_assignments(block: &[Statement], out: &mut HashMap<LocalId, Vec<ExprId>>) {
    for s in block {
        match &s.kind {
            Stmt::Assign { local, value } => out.entry(*local).or_default().push(*value),
            Stmt::If { accept, reject, .. } => {
                collect_assignments(accept, out);
                collect_assignments(reject, out);
            }
            Stmt::While { body, .. }
            | Stmt::ForRange { body, .. }
            | Stmt::Region { body, .. }
            | Stmt::Critical(body)
            | Stmt::ThreadLoop(body) => collect_assignments(body, out),
            Stmt::Try { .. } => s.kind.visit_blocks(|b| collect_assignments(b, out)),
            _ => {}
        }
    }
}

fn is_private(
    f: &Function,
    assigned: &HashMap<LocalId, Vec<ExprId>>,
    e: ExprId,
    seen: &mut Vec<LocalId>,
) -> bool {
    match &f.exprs[strip_casts(f, e)] {
        Expr::Call {
            callee: Callee::Builtin(Builtin::Container(c)),
            ..
        } => *c != ContainerFn::IterItem,
        Expr::Call {
            callee: Callee::Method(Method::Copy),
            ..
        } => true,
        Expr::Local(l) => {
            if seen.contains(l) {
                return true;
            }
            seen.push(*l);
            match assigned.get(l) {
                Some(values) => values.iter().all(|&v| is_private(f, assigned, v, seen)),
                None => false,
            }
        }
        _ => false,
    }
}

/// Calls `found(receiver, span, what)` for every change to a container.
fn visit(
    f: &Function,
    block: &[Statement],
    found: &mut dyn FnMut(ExprId, crate::source::Span, &str),
) {
    for s in block {
        let mut exprs = Vec::new();
        match &s.kind {
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                found(*base, s.span, "storing into");
                exprs.push(*base);
                exprs.extend(indices);
                exprs.push(*value);
            }
            Stmt::Assign { value, .. } | Stmt::Eval(value) => exprs.push(*value),
            Stmt::Return(Some(v)) | Stmt::RaiseValue { message: v, .. } => exprs.push(*v),
            Stmt::Try { .. } => s.kind.visit_blocks(|b| visit(f, b, found)),
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                exprs.push(*cond);
                visit(f, accept, found);
                visit(f, reject, found);
            }
            Stmt::While { cond, body } => {
                exprs.push(*cond);
                visit(f, body, found);
            }
            Stmt::ForRange {
                start,
                stop,
                step,
                body,
                ..
            } => {
                exprs.extend([*start, *stop, *step]);
                visit(f, body, found);
            }
            Stmt::Region { body, .. } | Stmt::ThreadLoop(body) => visit(f, body, found),
            // One thread at a time: changes there are not a race.
            Stmt::Critical(_) => {}
            _ => {}
        }
        for e in exprs {
            calls(f, e, found);
        }
    }
}

fn calls(f: &Function, e: ExprId, found: &mut dyn FnMut(ExprId, crate::source::Span, &str)) {
    if let Expr::Call {
        callee: Callee::Method(m),
        args,
        ..
    } = &f.exprs[e]
    {
        if m.mutates() {
            found(args[0], f.span(e), "changing");
        }
    }
    f.exprs[e].visit_operands(|c| calls(f, c, found));
}
