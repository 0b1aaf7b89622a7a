//! The work-group loop transform: a GPU kernel as a loop over the threads of
//! one block, so that kernels run natively on the CPU.
//!
//! A GPU block runs its threads concurrently and they meet at barriers. On the
//! CPU one OS thread runs a whole block (blocks are spread over the thread
//! pool): the kernel body is cut at every barrier and warp operation into
//! *segments*, and each segment becomes a [`Stmt::ThreadLoop`] that runs it for
//! every live thread of the block in turn. Between the loops:
//! - a barrier (`syncthreads`, `syncwarp`) is the boundary itself: every thread
//!   has finished the segment before any starts the next;
//! - a collective (`syncthreads_count/and/or`, `shfl_*_sync`, votes,
//!   `activemask`) is a [`Stmt::Collective`] that reads its per-thread
//!   arguments and writes its result for all threads at once, so the lanes of
//!   a warp exchange values in lockstep;
//! - control flow around a barrier (`if`, `while`, `for` that contain one) runs
//!   once for the block: its condition, or its range's bounds, is evaluated
//!   per thread, then [`Collective::Uniform`] checks that every live thread
//!   agrees. On a GPU disagreement deadlocks or is undefined; here it is an
//!   error naming the statement.
//!
//! Invariants of the result:
//! - Statements outside thread loops read only locals with `per_thread ==
//!   false`: parameters, agreed conditions and bounds, loop counters.
//! - A local is `per_thread` when its value can outlive one run of a thread
//!   loop's body (it crosses a barrier, or is an argument or a per-thread
//!   result of a collective); a local used in one thread loop only and
//!   assigned there before it is read keeps one slot, reused by each thread.
//! - `return` in a thread loop retires the thread: it counts as arrived at
//!   every later barrier, as on Volta and newer GPUs. `break`/`continue` in a
//!   thread loop target loops inside it.
//! - Device functions contain no barrier, collective or shared array (checked
//!   here); they run for one thread at a time.

use std::collections::HashSet;

use crate::builtins::Builtin;
use crate::env::Const;
use crate::error::{CompileError, Result};
use crate::gpu::{Barrier, GpuFn, Shuffle, Vote};
use crate::ir::*;
use crate::source::Span;
use crate::types::Type;

/// The warp width of kernels on the CPU, as on NVIDIA GPUs.
pub const WARP_SIZE: u32 = 32;
/// The most threads a block may have.
pub const MAX_BLOCK_THREADS: u32 = 1024;

/// An operation over all threads of a block (see [`Stmt::Collective`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Collective {
    /// The argument, which every live thread must agree on, as a uniform
    /// result. When no thread is live any more the block ends here.
    Uniform,
    /// `syncthreads_count/_and/_or(predicate)`: a uniform result.
    Barrier(Barrier),
    /// `shfl_*_sync(mask, value, lane)`: a per-thread result.
    Shuffle(Shuffle),
    /// `all_sync/any_sync/ballot_sync(mask, predicate)`, per warp.
    Vote(Vote),
    /// `activemask()`: the live lanes of the thread's warp.
    ActiveMask,
    /// `syncwarp()`: orders the memory accesses of each warp (the cut
    /// itself orders everything; race checking needs to know which kind).
    SyncWarp,
}

impl Collective {
    pub fn name(self) -> String {
        match self {
            Collective::Uniform => "uniform".into(),
            Collective::Barrier(b) => GpuFn::Barrier(b).name(),
            Collective::Shuffle(s) => GpuFn::Shuffle(s).name(),
            Collective::Vote(v) => GpuFn::Vote(v).name(),
            Collective::ActiveMask => GpuFn::ActiveMask.name(),
            Collective::SyncWarp => GpuFn::SyncWarp.name(),
        }
    }

    /// Whether the result is the same for every thread of the block.
    pub fn is_uniform(self) -> bool {
        matches!(self, Collective::Uniform | Collective::Barrier(_))
    }

    /// Whether every thread of the block waits for the others here (a block
    /// barrier), rather than only the lanes of a warp (or nobody).
    pub fn orders_block(self) -> bool {
        matches!(self, Collective::Barrier(_))
    }

    fn of(g: GpuFn) -> Option<Collective> {
        match g {
            GpuFn::Barrier(Barrier::Plain) | GpuFn::SyncWarp => None,
            GpuFn::Barrier(b) => Some(Collective::Barrier(b)),
            GpuFn::Shuffle(s) => Some(Collective::Shuffle(s)),
            GpuFn::Vote(v) => Some(Collective::Vote(v)),
            GpuFn::ActiveMask => Some(Collective::ActiveMask),
            _ => None,
        }
    }
}

/// Whether `g` makes the threads of a block (or warp) wait for each other.
fn synchronizes(g: GpuFn) -> bool {
    matches!(
        g,
        GpuFn::Barrier(_)
            | GpuFn::SyncWarp
            | GpuFn::Shuffle(_)
            | GpuFn::Vote(_)
            | GpuFn::ActiveMask
    )
}

fn gpu_call(f: &Function, e: ExprId) -> Option<GpuFn> {
    match &f.exprs[e] {
        Expr::Call {
            callee: Callee::Builtin(Builtin::Gpu(g)),
            ..
        } => Some(*g),
        _ => None,
    }
}

/// Rewrites the entry kernel of `program` as loops over the threads of a block.
pub fn transform(program: &mut Program) -> Result<()> {
    for (id, f) in program.functions.iter().enumerate() {
        if id != program.entry {
            check_device_function(f).map_err(|e| e.in_function(&f.source, &f.name))?;
        }
    }
    let f = &mut program.functions[program.entry];
    let body = std::mem::take(&mut f.body);
    let mut t = Transform { f };
    let result = t.hoist_block(body).map(|body| {
        let (prologue, rest) = t.split_prologue(body);
        let mut out = prologue;
        out.extend(t.block(rest, false));
        out
    });
    let body = result.map_err(|e| e.in_function(&t.f.source, &t.f.name))?;
    t.f.body = body;
    classify(t.f);
    Ok(())
}

fn check_device_function(f: &Function) -> Result<()> {
    let mut found = None;
    crate::program::visit_exprs(&f.body, &mut |e| {
        if found.is_none() {
            if let Some(g) = gpu_call(f, e) {
                if synchronizes(g) || matches!(g, GpuFn::SharedArray { .. }) {
                    found = Some((g, f.span(e)));
                }
            }
        }
    });
    match found {
        None => Ok(()),
        Some((g, span)) => Err(CompileError::unsupported(
            format!(
                "the device function `{}` calls {}(), which kernels run on the CPU support only in the kernel itself",
                f.name,
                g.name()
            ),
            span,
        )
        .with_hint("move the barrier, warp operation or shared array into the kernel")),
    }
}

struct Transform<'a> {
    f: &'a mut Function,
}

impl Transform<'_> {
    fn temp(&mut self, ty: Type, span: Span) -> LocalId {
        let name = format!("$cpu{}", self.f.locals.len());
        let l = self.f.add_local(&name, span, true);
        self.f.locals[l].ty = ty;
        l
    }

    fn typed(&mut self, e: Expr, ty: Type, span: Span) -> ExprId {
        let id = self.f.add_expr(e, span);
        self.f.expr_types[id.index()] = ty;
        id
    }

    fn read(&mut self, l: LocalId, span: Span) -> ExprId {
        let ty = self.f.locals[l].ty.clone();
        self.typed(Expr::Local(l), ty, span)
    }

    fn assign(&mut self, local: LocalId, value: ExprId, span: Span) -> Statement {
        Statement {
            kind: Stmt::Assign { local, value },
            span,
        }
    }

    /// Moves expression `e` to a new handle, which is returned, and makes `e`
    /// itself read `local`: what used `e` now reads the local.
    fn detach(&mut self, e: ExprId, local: LocalId) -> ExprId {
        let node = std::mem::replace(&mut self.f.exprs[e], Expr::Local(local));
        let (span, ty) = (self.f.span(e), self.f.ty(e).clone());
        self.typed(node, ty, span)
    }

    fn synchronizes_in(&self, e: ExprId) -> bool {
        gpu_call(self.f, e).is_some_and(synchronizes)
            || self.f.exprs[e]
                .operands()
                .into_iter()
                .any(|o| self.synchronizes_in(o))
    }

    // ---- step 1: every collective in a statement of its own ----

    /// Gives every collective call a statement of its own,
    /// `$r = op($a, $b)` over fresh temporaries, before the statement that
    /// used it (which now reads `$r`); `while` conditions with collectives
    /// move into the loop's body.
    fn hoist_block(&mut self, block: Block) -> Result<Block> {
        let mut out = Vec::with_capacity(block.len());
        for mut s in block {
            let span = s.span;
            match &mut s.kind {
                Stmt::If { accept, reject, .. } => {
                    *accept = self.hoist_block(std::mem::take(accept))?;
                    *reject = self.hoist_block(std::mem::take(reject))?;
                }
                Stmt::While { cond, body } => {
                    let mut inner = std::mem::take(body);
                    if self.synchronizes_in(*cond) {
                        // `while c: body` is `while True: if not c: break; body`.
                        let check = Statement {
                            kind: Stmt::If {
                                cond: *cond,
                                accept: Vec::new(),
                                reject: vec![Statement {
                                    kind: Stmt::Break,
                                    span,
                                }],
                            },
                            span,
                        };
                        inner.insert(0, check);
                        *cond = self.typed(Expr::Literal(Const::Bool(true)), Type::BOOL, span);
                    }
                    *body = self.hoist_block(inner)?;
                }
                Stmt::ForRange { body, .. }
                | Stmt::Region { body, .. }
                | Stmt::Critical(body)
                | Stmt::ThreadLoop(body) => *body = self.hoist_block(std::mem::take(body))?,
                _ => {}
            }
            let is_plain_barrier = matches!(
                &s.kind,
                Stmt::Eval(e) if matches!(
                    gpu_call(self.f, *e),
                    Some(GpuFn::Barrier(Barrier::Plain) | GpuFn::SyncWarp)
                )
            );
            if !is_plain_barrier {
                let mut roots = Vec::new();
                s.kind.visit_own_exprs(|e| roots.push(e));
                for e in roots {
                    self.hoist_expr(e, &mut out)?;
                }
            }
            out.push(s);
        }
        Ok(out)
    }

    fn hoist_expr(&mut self, e: ExprId, out: &mut Block) -> Result<()> {
        let span = self.f.span(e);
        let short_circuits = matches!(self.f.exprs[e], Expr::Logical { .. } | Expr::Select { .. });
        if short_circuits && self.synchronizes_in(e) {
            return Err(CompileError::unsupported(
                "a barrier or warp operation inside `and`, `or` or a conditional expression cannot run on the CPU",
                span,
            )
            .with_hint("assign its result to a variable first"));
        }
        for op in self.f.exprs[e].operands() {
            self.hoist_expr(op, out)?;
        }
        let Some(g) = gpu_call(self.f, e).filter(|g| synchronizes(*g)) else {
            return Ok(());
        };
        if Collective::of(g).is_none() {
            return Err(CompileError::unsupported(
                format!("{}() returns nothing; call it as a statement", g.name()),
                span,
            ));
        }
        for a in self.f.exprs[e].operands() {
            let t = self.temp(self.f.ty(a).clone(), self.f.span(a));
            let moved = self.detach(a, t);
            out.push(self.assign(t, moved, span));
        }
        let r = self.temp(self.f.ty(e).clone(), span);
        let moved = self.detach(e, r);
        out.push(self.assign(r, moved, span));
        Ok(())
    }

    // ---- step 2: segments between barriers become thread loops ----

    /// The leading `param = Param(i)` statements whose locals are never
    /// assigned again: they run once per block.
    fn split_prologue(&mut self, body: Block) -> (Block, Block) {
        let mut assigned = Vec::new();
        collect_assigned(&body, &mut assigned);
        let mut prologue = Vec::new();
        let mut rest = body.into_iter().peekable();
        while let Some(s) = rest.peek() {
            let Stmt::Assign { local, value } = &s.kind else {
                break;
            };
            let from_param = match &self.f.exprs[*value] {
                Expr::Param(_) => true,
                Expr::Cast(inner) => matches!(self.f.exprs[*inner], Expr::Param(_)),
                _ => false,
            };
            let once = assigned.iter().filter(|&&l| l == *local).count() == 1;
            if !(from_param && once) {
                break;
            }
            prologue.extend(rest.next());
        }
        (prologue, rest.collect())
    }

    /// Statements of a block, cut into thread loops and block-level control.
    /// `in_split_loop`: the innermost enclosing loop runs at block level, so a
    /// `break`/`continue` here must too.
    fn block(&mut self, block: Block, in_split_loop: bool) -> Block {
        let mut out = Vec::new();
        let mut segment = Vec::new();
        let flush = |segment: &mut Block, out: &mut Block| {
            if !segment.is_empty() {
                out.push(Statement {
                    span: segment[0].span,
                    kind: Stmt::ThreadLoop(std::mem::take(segment)),
                });
            }
        };
        for s in block {
            if !self.is_split(&s, in_split_loop) {
                segment.push(s);
                continue;
            }
            let span = s.span;
            match s.kind {
                Stmt::Assign { local, value } => {
                    flush(&mut segment, &mut out);
                    let op = gpu_call(self.f, value).and_then(Collective::of);
                    let args = self.f.exprs[value]
                        .operands()
                        .into_iter()
                        .filter_map(|a| match self.f.exprs[a] {
                            Expr::Local(l) => Some(l),
                            _ => None,
                        })
                        .collect();
                    out.push(Statement {
                        kind: Stmt::Collective {
                            op: op.expect("is_split: a collective"),
                            args,
                            result: Some(local),
                        },
                        span,
                    });
                }
                Stmt::If {
                    cond,
                    accept,
                    reject,
                } => {
                    let cond = self.agreed(cond, span, &mut segment, &mut out, flush);
                    let accept = self.block(accept, in_split_loop);
                    let reject = self.block(reject, in_split_loop);
                    out.push(Statement {
                        kind: Stmt::If {
                            cond,
                            accept,
                            reject,
                        },
                        span,
                    });
                }
                Stmt::While { cond, body } => {
                    flush(&mut segment, &mut out);
                    let check = Statement {
                        kind: Stmt::If {
                            cond,
                            accept: Vec::new(),
                            reject: vec![Statement {
                                kind: Stmt::Break,
                                span,
                            }],
                        },
                        span,
                    };
                    let body = self.block(std::iter::once(check).chain(body).collect(), true);
                    let cond = self.typed(Expr::Literal(Const::Bool(true)), Type::BOOL, span);
                    out.push(Statement {
                        kind: Stmt::While { cond, body },
                        span,
                    });
                }
                Stmt::ForRange {
                    var,
                    start,
                    stop,
                    step,
                    body,
                    parallel,
                } => {
                    let bounds = [start, stop, step].map(|e| {
                        let t = self.temp(self.f.ty(e).clone(), span);
                        segment.push(self.assign(t, e, span));
                        t
                    });
                    flush(&mut segment, &mut out);
                    let [start, stop, step] = bounds.map(|each| self.uniform(each, span, &mut out));
                    let counter = self.temp(self.f.locals[var].ty.clone(), span);
                    let value = self.read(counter, span);
                    let first = self.assign(var, value, span);
                    let body = self.block(std::iter::once(first).chain(body).collect(), true);
                    out.push(Statement {
                        kind: Stmt::ForRange {
                            var: counter,
                            start,
                            stop,
                            step,
                            body,
                            parallel,
                        },
                        span,
                    });
                }
                // A barrier (the cut itself, marked for race checking), or
                // `break`/`continue` of a loop that runs at block level.
                kind => {
                    flush(&mut segment, &mut out);
                    let marker = match &kind {
                        Stmt::Eval(e) => match gpu_call(self.f, *e) {
                            Some(GpuFn::SyncWarp) => Some(Collective::SyncWarp),
                            Some(GpuFn::Barrier(b)) => Some(Collective::Barrier(b)),
                            _ => None,
                        },
                        _ => None,
                    };
                    let kind = match marker {
                        Some(op) => Stmt::Collective {
                            op,
                            args: Vec::new(),
                            result: None,
                        },
                        None => kind,
                    };
                    out.push(Statement { kind, span });
                }
            }
        }
        flush(&mut segment, &mut out);
        out
    }

    /// Evaluates `e` per thread at the end of `segment`, ends the segment and
    /// returns a read of the value all live threads agreed on.
    fn agreed(
        &mut self,
        e: ExprId,
        span: Span,
        segment: &mut Block,
        out: &mut Block,
        flush: impl Fn(&mut Block, &mut Block),
    ) -> ExprId {
        let each = self.temp(self.f.ty(e).clone(), span);
        segment.push(self.assign(each, e, span));
        flush(segment, out);
        self.uniform(each, span, out)
    }

    /// The value of the per-thread local `each` that all live threads agree
    /// on, as a read of a block-level local.
    fn uniform(&mut self, each: LocalId, span: Span, out: &mut Block) -> ExprId {
        let agreed = self.temp(self.f.locals[each].ty.clone(), span);
        out.push(Statement {
            kind: Stmt::Collective {
                op: Collective::Uniform,
                args: vec![each],
                result: Some(agreed),
            },
            span,
        });
        self.read(agreed, span)
    }

    /// Whether `s` must be cut out of its segment: it synchronizes, contains
    /// something that does, or leaves a loop that runs at block level.
    fn is_split(&self, s: &Statement, in_split_loop: bool) -> bool {
        match &s.kind {
            Stmt::Eval(e) | Stmt::Assign { value: e, .. } => {
                gpu_call(self.f, *e).is_some_and(synchronizes)
            }
            Stmt::Break | Stmt::Continue => in_split_loop,
            Stmt::If { accept, reject, .. } => accept
                .iter()
                .chain(reject)
                .any(|s| self.is_split(s, in_split_loop)),
            Stmt::While { body, .. } | Stmt::ForRange { body, .. } => self.synchronizes_block(body),
            _ => false,
        }
    }

    fn synchronizes_block(&self, block: &[Statement]) -> bool {
        block.iter().any(|s| match &s.kind {
            Stmt::Eval(e) | Stmt::Assign { value: e, .. } => {
                gpu_call(self.f, *e).is_some_and(synchronizes)
            }
            _ => {
                let mut found = false;
                s.kind.visit_blocks(|b| found |= self.synchronizes_block(b));
                found
            }
        })
    }
}

/// The locals `block` assigns (statements, loop variables, collectives).
pub fn collect_assigned(block: &[Statement], out: &mut Vec<LocalId>) {
    for s in block {
        match &s.kind {
            Stmt::Assign { local, .. } => out.push(*local),
            Stmt::ForRange { var, .. } => out.push(*var),
            Stmt::Collective {
                result: Some(r), ..
            } => out.push(*r),
            _ => {}
        }
        s.kind.visit_blocks(|b| collect_assigned(b, out));
    }
}

// ---- step 3: which locals need a slot per thread ----

/// Sets `per_thread` on the locals whose values outlive one run of a thread
/// loop's body (see the module's invariants).
fn classify(f: &mut Function) {
    let n = f.locals.len();
    let mut forced = vec![false; n];
    let mut loops_of: Vec<HashSet<usize>> = vec![HashSet::new(); n];
    let mut assigned_in_loop = vec![false; n];
    let mut loops: Vec<Vec<Statement>> = Vec::new();
    visit_block_level(&f.body, &mut |s| match &s.kind {
        Stmt::ThreadLoop(body) => {
            let k = loops.len();
            for l in mentioned(f, body) {
                loops_of[l.index()].insert(k);
            }
            let mut assigned = Vec::new();
            collect_assigned(body, &mut assigned);
            for l in assigned {
                assigned_in_loop[l.index()] = true;
            }
            loops.push(body.clone());
        }
        Stmt::Collective { op, args, result } => {
            for a in args {
                forced[a.index()] = true;
            }
            if let Some(r) = result.filter(|_| !op.is_uniform()) {
                forced[r.index()] = true;
            }
        }
        _ => {}
    });
    for i in 0..n {
        let l = LocalId::from_index(i);
        let private = loops_of[i].len() == 1
            && !f.checked.get(i).copied().unwrap_or(false)
            && loops_of[i]
                .iter()
                .all(|&k| assigned_before_read(f, &loops[k], l));
        f.locals[l].per_thread = forced[i] || (assigned_in_loop[i] && !private);
    }
}

/// Calls `visit` for the statements that run at block level (thread loops
/// themselves included, not their bodies).
fn visit_block_level(block: &[Statement], visit: &mut dyn FnMut(&Statement)) {
    for s in block {
        visit(s);
        if !matches!(s.kind, Stmt::ThreadLoop(_)) {
            s.kind.visit_blocks(|b| visit_block_level(b, visit));
        }
    }
}

/// The locals a block reads or assigns.
pub fn mentioned(f: &Function, block: &[Statement]) -> HashSet<LocalId> {
    let mut out = HashSet::new();
    let mut assigned = Vec::new();
    collect_assigned(block, &mut assigned);
    out.extend(assigned);
    crate::program::visit_exprs(block, &mut |root| reads(f, root, &mut out));
    out
}

fn reads(f: &Function, e: ExprId, out: &mut HashSet<LocalId>) {
    if let Expr::Local(l) = f.exprs[e] {
        out.insert(l);
    }
    for o in f.exprs[e].operands() {
        reads(f, o, out);
    }
}

/// Whether the first statement of `body` that mentions `l` assigns it
/// without reading it first, so no value of `l` flows into `body` from an
/// earlier run of it.
fn assigned_before_read(f: &Function, body: &[Statement], l: LocalId) -> bool {
    let reads_l = |e: ExprId| {
        let mut r = HashSet::new();
        reads(f, e, &mut r);
        r.contains(&l)
    };
    for (i, s) in body.iter().enumerate() {
        if !mentioned(f, std::slice::from_ref(s)).contains(&l) {
            continue;
        }
        return match &s.kind {
            Stmt::Assign { local, value } => *local == l && !reads_l(*value),
            // After an empty range the variable keeps its old value: clean
            // only when nothing after the loop reads it.
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                ..
            } => {
                *var == l
                    && ![*start, *stop, *step].into_iter().any(reads_l)
                    && !mentioned(f, &body[i + 1..]).contains(&l)
            }
            _ => false,
        };
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collectives_name_themselves() {
        assert_eq!(
            Collective::Shuffle(Shuffle::Down).name(),
            "cuda.shfl_down_sync"
        );
        assert!(Collective::Barrier(Barrier::Count).is_uniform());
        assert!(!Collective::Vote(Vote::Ballot).is_uniform());
    }
}
