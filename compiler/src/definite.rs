//! Definite assignment: which locals may be read before they are assigned.
//!
//! Python raises `UnboundLocalError` when a local is read on a path that never
//! assigned it. Rejecting such code at compile time would also reject valid
//! idioms (`for i in range(n): last = i` then `return last`), so penna does what
//! Python does: a forward analysis over the structured IR finds the reads that
//! are not definitely preceded by an assignment, and only those locals get a
//! run-time "assigned" flag (`Function::checked`), which LLVM removes wherever
//! it can prove it set.

use crate::ir::*;

/// Sets `f.checked[l]` for every local read where it may be unassigned.
pub fn mark_maybe_unassigned(f: &mut Function) {
    let mut checked = vec![false; f.locals.len()];
    let mut state = State {
        assigned: vec![false; f.locals.len()],
        reachable: true,
    };
    block(f, &f.body, &mut state, &mut checked);
    f.checked = checked;
}

#[derive(Clone)]
struct State {
    assigned: Vec<bool>,
    /// False after `return`/`break`/...: such a state joins as "everything assigned".
    reachable: bool,
}

impl State {
    fn join(&self, other: &State) -> State {
        match (self.reachable, other.reachable) {
            (false, _) => other.clone(),
            (_, false) => self.clone(),
            _ => State {
                assigned: self
                    .assigned
                    .iter()
                    .zip(&other.assigned)
                    .map(|(a, b)| *a && *b)
                    .collect(),
                reachable: true,
            },
        }
    }
}

fn reads(f: &Function, e: ExprId, state: &State, checked: &mut [bool]) {
    if let Expr::Local(l) = f.exprs[e] {
        if state.reachable && !state.assigned[l.index()] {
            checked[l.index()] = true;
        }
    }
    // Lazily evaluated operands may not run, but they read no less: reading
    // through them is still a read at this point.
    f.exprs[e].visit_operands(|o| reads(f, o, state, checked));
}

fn block(f: &Function, b: &Block, state: &mut State, checked: &mut [bool]) {
    for s in b {
        match &s.kind {
            Stmt::Assign { local, value } => {
                reads(f, *value, state, checked);
                state.assigned[local.index()] = true;
            }
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                reads(f, *base, state, checked);
                indices.iter().for_each(|&i| reads(f, i, state, checked));
                reads(f, *value, state, checked);
            }
            Stmt::Print { items, .. } => items
                .iter()
                .filter_map(PrintItem::value)
                .for_each(|e| reads(f, e, state, checked)),
            Stmt::Eval(e) | Stmt::Yield(e) => reads(f, *e, state, checked),
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                reads(f, *cond, state, checked);
                let mut a = state.clone();
                block(f, accept, &mut a, checked);
                let mut r = state.clone();
                block(f, reject, &mut r, checked);
                *state = a.join(&r);
            }
            Stmt::While { cond, body } => {
                reads(f, *cond, state, checked);
                // The body may run zero times: what it assigns is not definite after.
                let mut inner = state.clone();
                block(f, body, &mut inner, checked);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                ..
            } => {
                for e in [*start, *stop, *step] {
                    reads(f, e, state, checked);
                }
                let mut inner = state.clone();
                inner.assigned[var.index()] = true;
                block(f, body, &mut inner, checked);
            }
            // Every member of the team runs a region's body (and a critical
            // section runs where it stands).
            Stmt::Region { body, .. } | Stmt::Critical(body) | Stmt::ThreadLoop(body) => {
                block(f, body, state, checked)
            }
            Stmt::Barrier | Stmt::Collective { .. } => {}
            Stmt::Return(v) => {
                if let Some(v) = v {
                    reads(f, *v, state, checked);
                }
                state.reachable = false;
            }
            Stmt::Break | Stmt::Continue | Stmt::Raise { .. } | Stmt::Reraise => {
                state.reachable = false
            }
            Stmt::ObjMode {
                inputs, outputs, ..
            } => {
                for &l in inputs {
                    if !state.assigned[l.index()] {
                        checked[l.index()] = true;
                    }
                }
                for (l, _) in outputs {
                    state.assigned[l.index()] = true;
                }
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                // A handler may start anywhere in the body: it sees only
                // what was assigned before the `try`.
                let before = state.clone();
                block(f, body, state, checked);
                block(f, orelse, state, checked);
                for h in handlers {
                    let mut inner = before.clone();
                    if let Some(name) = h.name {
                        inner.assigned[name.index()] = true;
                    }
                    block(f, &h.body, &mut inner, checked);
                    *state = state.join(&inner);
                }
                block(f, finally, state, checked);
            }
            Stmt::RaiseValue { message, .. } => {
                reads(f, *message, state, checked);
                state.reachable = false;
            }
        }
    }
}
