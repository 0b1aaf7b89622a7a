//! Which values of a GPU kernel differ between the threads of a block, and
//! the block barriers that only some threads may reach.
//!
//! A value is *thread-dependent* when it derives from `threadIdx`, `laneid`,
//! `grid()`, an atomic's or a warp operation's result, an array element read
//! at a thread-dependent index, or a local assigned such a value (or assigned
//! under a thread-dependent condition). A `syncthreads` (or its reducing
//! forms) inside an `if`, `while` or `for` whose condition or bounds are
//! thread-dependent may be reached by some threads only: on a GPU that
//! deadlocks or is undefined. Such barriers get a warning on every target; on
//! the CPU the transformed kernel also checks at run time that the threads
//! agree. Early `return`s are fine (returned threads count as arrived).

use std::collections::HashSet;

use crate::builtins::Builtin;
use crate::gpu::{GpuFn, SpecialReg};
use crate::ir::*;
use crate::source::Span;

/// A barrier under thread-dependent control flow: the barrier's span, the
/// span of the condition, and what to tell the user.
#[derive(Clone, Debug)]
pub struct DivergentBarrier {
    pub barrier: Span,
    pub condition: Span,
    pub message: String,
}

/// The divergent barriers of the program's entry (a kernel).
pub fn divergent_barriers(program: &Program) -> Vec<DivergentBarrier> {
    let f = program.entry();
    let mut tainted = HashSet::new();
    // Taint grows monotonically: iterate to a fixpoint.
    loop {
        let before = tainted.len();
        taint_block(f, &f.body, false, &mut tainted);
        if tainted.len() == before {
            break;
        }
    }
    let mut out = Vec::new();
    find(f, &f.body, None, &tainted, &mut out);
    out
}

fn dependent(f: &Function, e: ExprId, tainted: &HashSet<LocalId>) -> bool {
    let own = match &f.exprs[e] {
        Expr::Local(l) => tainted.contains(l),
        Expr::Call {
            callee: Callee::Builtin(Builtin::Gpu(g)),
            ..
        } => matches!(
            g,
            GpuFn::Index(SpecialReg::ThreadIdx, _)
                | GpuFn::LaneId
                | GpuFn::Grid(_)
                | GpuFn::Atomic(_)
                | GpuFn::Shuffle(_)
                | GpuFn::Vote(_)
                | GpuFn::ActiveMask
                | GpuFn::LocalArray { .. }
        ),
        _ => false,
    };
    own || f.exprs[e]
        .operands()
        .into_iter()
        .any(|o| dependent(f, o, tainted))
}

fn taint_block(f: &Function, block: &[Statement], under: bool, tainted: &mut HashSet<LocalId>) {
    for s in block {
        match &s.kind {
            Stmt::Assign { local, value } => {
                if under || dependent(f, *value, tainted) {
                    tainted.insert(*local);
                }
            }
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                let inner = under || dependent(f, *cond, tainted);
                taint_block(f, accept, inner, tainted);
                taint_block(f, reject, inner, tainted);
            }
            Stmt::While { cond, body } => {
                let inner = under || dependent(f, *cond, tainted);
                taint_block(f, body, inner, tainted);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                ..
            } => {
                let inner = under
                    || [*start, *stop, *step]
                        .iter()
                        .any(|&e| dependent(f, e, tainted));
                if inner {
                    tainted.insert(*var);
                }
                taint_block(f, body, inner, tainted);
            }
            _ => s.kind.visit_blocks(|b| taint_block(f, b, under, tainted)),
        }
    }
}

/// The first block barrier called in the expression tree `e`.
fn find_barrier(f: &Function, e: ExprId) -> Option<(GpuFn, Span)> {
    if let Expr::Call {
        callee: Callee::Builtin(Builtin::Gpu(g @ GpuFn::Barrier(_))),
        ..
    } = &f.exprs[e]
    {
        return Some((*g, f.span(e)));
    }
    f.exprs[e]
        .operands()
        .into_iter()
        .find_map(|o| find_barrier(f, o))
}

fn find(
    f: &Function,
    block: &[Statement],
    divergent: Option<Span>,
    tainted: &HashSet<LocalId>,
    out: &mut Vec<DivergentBarrier>,
) {
    for s in block {
        let mut barrier = None;
        s.kind.visit_own_exprs(|root| {
            if barrier.is_none() {
                barrier = find_barrier(f, root);
            }
        });
        if let (Some((g, span)), Some(condition)) = (barrier, divergent) {
            let line = f.source.location(condition.start).line;
            out.push(DivergentBarrier {
                barrier: span,
                condition,
                message: format!(
                    "{}() is inside control flow that depends on the thread (the condition at line {line}): threads that do not reach it deadlock or are undefined on a GPU; on the CPU, threads that disagree raise an error",
                    g.name()
                ),
            });
        }
        let cond_span = |e: ExprId| dependent(f, e, tainted).then(|| f.span(e));
        match &s.kind {
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                let d = divergent.or_else(|| cond_span(*cond));
                find(f, accept, d, tainted, out);
                find(f, reject, d, tainted, out);
            }
            Stmt::While { cond, body } => find(
                f,
                body,
                divergent.or_else(|| cond_span(*cond)),
                tainted,
                out,
            ),
            Stmt::ForRange {
                start,
                stop,
                step,
                body,
                ..
            } => {
                let d = divergent
                    .or_else(|| cond_span(*start))
                    .or_else(|| cond_span(*stop))
                    .or_else(|| cond_span(*step));
                find(f, body, d, tainted, out)
            }
            _ => s.kind.visit_blocks(|b| find(f, b, divergent, tainted, out)),
        }
    }
}
