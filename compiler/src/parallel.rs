//! The parallel pass: how each parallel body shares the function's locals.
//!
//! Runs after inference (types are known) and before validation. For every
//! parallel loop and region it
//! - runs `prange` serially where the function is not `parallel=True`/`@omp`,
//!   and every parallel loop nested in another parallel construct (Numba and
//!   OpenMP without nested parallelism do the same);
//! - rejects `return`, and `break`/`continue` that would leave the body;
//! - rejects changes to containers the iterations share (`containers`);
//! - infers reductions of `prange` loops (`s += x`, `s = min(s, x)`, ...);
//! - classifies each local the body uses: a reduction, `by_ref` (shared: a
//!   directive's variable assigned in the body and read after it), or `copied`
//!   (read-only captures and private variables).
//!
//! "Read after" is a forward scan of the code that follows the construct (its
//! block, then the blocks around it) for the variable's first use; a later
//! assignment, such as reusing `i` as another loop's variable, ends the scan.
//! Loop-carried uses (a read at the top of an enclosing serial loop) are not
//! seen: such a variable behaves as private.

mod containers;

use crate::builtins::Builtin;
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;
use crate::types::Type;

pub fn plan(f: &mut Function) -> Result<()> {
    let mut decisions = Vec::new();
    let mut conts = Vec::new();
    decide_block(f, &f.body, &mut conts, 0, &mut decisions)?;
    let mut body = std::mem::take(&mut f.body);
    let mut it = decisions.into_iter();
    apply_block(&mut body, &mut it);
    f.body = body;
    Ok(())
}

/// What the pass decided for one parallel construct, in pre-order.
enum Decision {
    Serial,
    Parallel {
        sharing: Sharing,
        reductions: Vec<Reduction>,
        schedule: Option<crate::abi::Schedule>,
        num_threads: Option<NumThreads>,
    },
}

fn decide_block<'f>(
    f: &'f Function,
    block: &'f [Statement],
    conts: &mut Vec<&'f [Statement]>,
    nested: usize,
    out: &mut Vec<Decision>,
) -> Result<()> {
    for (i, s) in block.iter().enumerate() {
        conts.push(&block[i + 1..]);
        match &s.kind {
            Stmt::ForRange {
                var,
                body,
                parallel: Some(p),
                ..
            } => {
                let serial = nested > 0 || (p.origin == Origin::Prange && !f.flags.parallel);
                if serial {
                    out.push(Decision::Serial);
                    decide_block(f, body, conts, nested, out)?;
                } else {
                    check_jumps(body, 0, "a parallel loop", true)?;
                    out.push(decide(f, p, body, Some(*var), conts)?);
                    decide_block(f, body, conts, nested + 1, out)?;
                }
            }
            Stmt::Region { body, parallel } => {
                check_jumps(body, 0, "a parallel region", false)?;
                out.push(decide(f, parallel, body, None, conts)?);
                decide_block(f, body, conts, nested + 1, out)?;
            }
            Stmt::Critical(body) => {
                check_jumps(body, 0, "a critical section", false)?;
                if let Some(inner) = find_critical(body) {
                    return Err(CompileError::unsupported(
                        "a critical section inside another one would wait for itself forever",
                        inner,
                    )
                    .with_label(s.span, "the outer critical section")
                    .with_hint("penna has one lock for all critical sections, as unnamed OpenMP critical sections do; merge the two"));
                }
                decide_block(f, body, conts, nested, out)?;
            }
            Stmt::If { accept, reject, .. } => {
                decide_block(f, accept, conts, nested, out)?;
                decide_block(f, reject, conts, nested, out)?;
            }
            Stmt::While { body, .. } | Stmt::ForRange { body, .. } => {
                decide_block(f, body, conts, nested, out)?
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                // After the body come the handlers (any of them), `else`
                // and `finally`: what they read is live after a loop in it.
                let mut after: Vec<&'f [Statement]> = vec![finally];
                after.push(orelse);
                after.extend(handlers.iter().map(|h| h.body.as_slice()));
                let depth = conts.len();
                conts.extend(after);
                decide_block(f, body, conts, nested, out)?;
                conts.truncate(depth);
                for h in handlers {
                    decide_block(f, &h.body, conts, nested, out)?;
                }
                decide_block(f, orelse, conts, nested, out)?;
                decide_block(f, finally, conts, nested, out)?;
            }
            _ => {}
        }
        conts.pop();
    }
    Ok(())
}

fn apply_block(block: &mut Block, it: &mut impl Iterator<Item = Decision>) {
    for s in block {
        match &mut s.kind {
            Stmt::ForRange { parallel, body, .. } if parallel.is_some() => {
                match it.next().expect("one decision per construct") {
                    Decision::Serial => *parallel = None,
                    d => apply(parallel.as_mut().expect("checked"), d),
                }
                apply_block(body, it);
            }
            Stmt::Region { body, parallel } => {
                apply(parallel, it.next().expect("one decision per construct"));
                apply_block(body, it);
            }
            Stmt::Critical(body) | Stmt::While { body, .. } | Stmt::ForRange { body, .. } => {
                apply_block(body, it)
            }
            Stmt::If { accept, reject, .. } => {
                apply_block(accept, it);
                apply_block(reject, it);
            }
            Stmt::Try { .. } => s.kind.visit_blocks_mut(|b| apply_block(b, it)),
            _ => {}
        }
    }
}

fn apply(p: &mut Parallel, d: Decision) {
    if let Decision::Parallel {
        sharing,
        reductions,
        schedule,
        num_threads,
    } = d
    {
        p.sharing = sharing;
        p.reductions = reductions;
        if let Some(s) = schedule {
            p.schedule = s;
        }
        if let Some(n) = num_threads {
            p.num_threads = n;
        }
    }
}

fn decide(
    f: &Function,
    p: &Parallel,
    body: &[Statement],
    var: Option<LocalId>,
    conts: &[&[Statement]],
) -> Result<Decision> {
    containers::check_shared_containers(f, body)?;
    let mut uses = Uses::new(f.locals.len());
    uses.block(f, body);
    let mut reductions = p.reductions.clone();
    let mut sharing = Sharing::default();
    for (l, local) in f.locals.iter() {
        let (read, written) = (uses.read[l.index()], uses.written[l.index()]);
        if (!read && !written) || Some(l) == var || reductions.iter().any(|r| r.local == l) {
            continue;
        }
        let live_after = || live_after(f, conts, l);
        if p.shared.contains(&l) {
            sharing.by_ref.push(l);
        } else if p.private.contains(&l) || !written {
            sharing.copied.push(l);
        } else if p.origin == Origin::Directive {
            if live_after() {
                sharing.by_ref.push(l);
            } else {
                sharing.copied.push(l);
            }
        } else if let Some(op) = inferred_reduction(f, body, l) {
            reductions.push(Reduction { local: l, op });
        } else if live_after() {
            let span = uses.first_write[l.index()].unwrap_or(p.span);
            let updates = reduction_updates(f, body, l);
            let err = CompileError::unsupported(
                format!(
                    "`{}` is assigned inside the prange loop and used after it; every thread has its own copy, so its value after the loop is undefined",
                    local.name
                ),
                span,
            );
            return Err(if updates.is_some() {
                err.with_hint(format!("`{}` looks like a reduction, but it is also read inside the loop; a reduction variable may only be updated (`s += x`, `s = min(s, x)`)", local.name))
            } else {
                err.with_hint("accumulate with `+=`, `*=`, `min` or `max` (a reduction), store per-iteration results in an array, or use another name inside the loop")
            });
        } else {
            sharing.copied.push(l);
        }
    }
    for r in &reductions {
        check_reduction(f, r, p.span)?;
    }
    if reductions.iter().any(|r| keeps_later_extreme(f, body, r)) {
        // Python's `m = max(x, m)` keeps the *later* of equal values and
        // restarts after a NaN, so its result depends on the order of the
        // iterations: no combination of per-thread partials reproduces it
        // in every schedule. Such loops run serially, with CPython's result.
        return Ok(Decision::Serial);
    }
    let (schedule, num_threads) = match p.origin {
        Origin::Prange => (
            Some(f.flags.schedule),
            (f.flags.num_threads > 0).then_some(NumThreads::Const(f.flags.num_threads)),
        ),
        Origin::Directive => (None, None),
    };
    if let NumThreads::Local(l) = num_threads.unwrap_or(p.num_threads) {
        let local = &f.locals[l];
        if !local.ty.scalar().is_some_and(|s| s.is_integral()) {
            return Err(CompileError::typing(
                format!(
                    "num_threads({}) needs an integer, got {}",
                    local.name, local.ty
                ),
                p.span,
            ));
        }
    }
    Ok(Decision::Parallel {
        sharing,
        reductions,
        schedule,
        num_threads,
    })
}

fn check_reduction(f: &Function, r: &Reduction, span: Span) -> Result<()> {
    let local = &f.locals[r.local];
    let ok = match local.ty.scalar() {
        None => false,
        Some(s) => match r.op {
            ReduceOp::Add | ReduceOp::Sub | ReduceOp::Mul => true,
            ReduceOp::Min | ReduceOp::Max => !s.is_complex(),
            ReduceOp::BitAnd | ReduceOp::BitOr | ReduceOp::BitXor => {
                s.is_integral() || local.ty == Type::BOOL
            }
        },
    };
    if ok {
        return Ok(());
    }
    Err(CompileError::typing(
        format!(
            "cannot reduce `{}` of type {} with `{}`",
            local.name,
            local.ty,
            r.op.symbol()
        ),
        span,
    )
    .with_hint("reductions work on numbers: + - * on any, min/max on real numbers, & | ^ on integers and bools"))
}

/// Which locals a block reads and writes.
struct Uses {
    read: Vec<bool>,
    written: Vec<bool>,
    first_write: Vec<Option<Span>>,
}

impl Uses {
    fn new(n: usize) -> Uses {
        Uses {
            read: vec![false; n],
            written: vec![false; n],
            first_write: vec![None; n],
        }
    }

    fn write(&mut self, l: LocalId, span: Span) {
        self.written[l.index()] = true;
        self.first_write[l.index()].get_or_insert(span);
    }

    fn expr(&mut self, f: &Function, e: ExprId) {
        if let Expr::Local(l) = f.exprs[e] {
            self.read[l.index()] = true;
        }
        f.exprs[e].visit_operands(|o| self.expr(f, o));
    }

    fn block(&mut self, f: &Function, block: &[Statement]) {
        for s in block {
            s.kind.visit_own_exprs(|e| self.expr(f, e));
            match &s.kind {
                Stmt::Assign { local, .. } => self.write(*local, s.span),
                Stmt::ForRange {
                    var,
                    body,
                    parallel,
                    ..
                } => {
                    self.write(*var, s.span);
                    if let Some(p) = parallel {
                        self.num_threads(p);
                    }
                    self.block(f, body);
                }
                Stmt::Region { body, parallel } => {
                    self.num_threads(parallel);
                    self.block(f, body);
                }
                Stmt::If { accept, reject, .. } => {
                    self.block(f, accept);
                    self.block(f, reject);
                }
                Stmt::While { body, .. } | Stmt::Critical(body) => self.block(f, body),
                Stmt::Try { .. } => s.kind.visit_blocks(|b| self.block(f, b)),
                _ => {}
            }
        }
    }

    /// A nested construct's `num_threads(n)` reads `n`.
    fn num_threads(&mut self, p: &Parallel) {
        if let NumThreads::Local(l) = p.num_threads {
            self.read[l.index()] = true;
        }
    }
}

fn reads(f: &Function, e: ExprId, l: LocalId) -> bool {
    if let Expr::Local(x) = f.exprs[e] {
        return x == l;
    }
    f.exprs[e].operands().into_iter().any(|o| reads(f, o, l))
}

/// The first use of `l` in straight-line order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FirstUse {
    Read,
    Write,
    /// Control leaves the function: nothing after is reached.
    Exit,
    /// No use in this code (or a jump ends it).
    None,
}

fn first_use(f: &Function, block: &[Statement], l: LocalId) -> FirstUse {
    for s in block {
        let mut read = false;
        s.kind.visit_own_exprs(|e| read |= reads(f, e, l));
        if read {
            return FirstUse::Read;
        }
        match &s.kind {
            Stmt::Assign { local, .. } if *local == l => return FirstUse::Write,
            Stmt::Return(_) | Stmt::Raise { .. } | Stmt::RaiseValue { .. } | Stmt::Reraise => {
                return FirstUse::Exit
            }
            Stmt::Break | Stmt::Continue => return FirstUse::None,
            Stmt::If { accept, reject, .. } => {
                match (first_use(f, accept, l), first_use(f, reject, l)) {
                    (FirstUse::Read, _) | (_, FirstUse::Read) => return FirstUse::Read,
                    (FirstUse::Write | FirstUse::Exit, FirstUse::Write | FirstUse::Exit) => {
                        return FirstUse::Write
                    }
                    _ => {}
                }
            }
            Stmt::ForRange { var, .. } if *var == l => return FirstUse::Write,
            // A loop body may not run: only a read in it counts.
            Stmt::ForRange { body, .. } | Stmt::While { body, .. }
                if first_use(f, body, l) == FirstUse::Read =>
            {
                return FirstUse::Read
            }
            Stmt::Region { body, .. } | Stmt::Critical(body) => match first_use(f, body, l) {
                FirstUse::None => {}
                u => return u,
            },
            // Any part may run: a read in any counts.
            Stmt::Try { .. } => {
                let mut read = false;
                s.kind
                    .visit_blocks(|b| read |= first_use(f, b, l) == FirstUse::Read);
                if read {
                    return FirstUse::Read;
                }
            }
            _ => {}
        }
    }
    FirstUse::None
}

fn live_after(f: &Function, conts: &[&[Statement]], l: LocalId) -> bool {
    for block in conts.iter().rev() {
        match first_use(f, block, l) {
            FirstUse::Read => return true,
            FirstUse::Write | FirstUse::Exit => return false,
            FirstUse::None => {}
        }
    }
    false
}

/// The operator of `l`'s updates if every assignment to `l` in `body` has the
/// form `l = l op x` (or `x op l` for commutative `op`, or `min`/`max(l, x)`)
/// with `x` free of `l`; `+` and `-` updates may mix.
fn reduction_updates(f: &Function, body: &[Statement], l: LocalId) -> Option<ReduceOp> {
    let mut op: Option<ReduceOp> = None;
    let mut ok = true;
    visit_assignments(body, &mut |local, value| {
        if local != l || !ok {
            return;
        }
        match update_op(f, value, l) {
            Some(o) => {
                let family = |o: ReduceOp| if o == ReduceOp::Sub { ReduceOp::Add } else { o };
                match op {
                    None => op = Some(o),
                    Some(prev) if family(prev) == family(o) => op = Some(family(prev)),
                    Some(_) => ok = false,
                }
            }
            None => ok = false,
        }
    });
    op.filter(|_| ok)
}

/// Whether a float `min`/`max` reduction is written with the variable as the
/// second argument (`m = max(x, m)`): order-sensitive, unlike `m = max(m, x)`,
/// which skips NaNs and keeps the earlier of equal values, as the parallel
/// combination does.
fn keeps_later_extreme(f: &Function, body: &[Statement], r: &Reduction) -> bool {
    if !matches!(r.op, ReduceOp::Min | ReduceOp::Max)
        || !f.locals[r.local].ty.scalar().is_some_and(|s| s.is_float())
    {
        return false;
    }
    let mut later = false;
    visit_assignments(body, &mut |local, value| {
        if local != r.local {
            return;
        }
        if let Expr::Call { args, .. } = &f.exprs[strip_casts(f, value)] {
            let is_l =
                |e: ExprId| matches!(f.exprs[strip_casts(f, e)], Expr::Local(x) if x == r.local);
            later |= args.len() == 2 && is_l(args[1]) && !is_l(args[0]);
        }
    });
    later
}

/// A reduction: only updated, and read nowhere else in the body.
fn inferred_reduction(f: &Function, body: &[Statement], l: LocalId) -> Option<ReduceOp> {
    let op = reduction_updates(f, body, l)?;
    let mut updates = 0;
    visit_assignments(body, &mut |local, _| updates += (local == l) as usize);
    let mut reads_total = 0;
    count_reads(f, body, l, &mut reads_total);
    (reads_total == updates).then_some(op)
}

fn count_reads(f: &Function, block: &[Statement], l: LocalId, n: &mut usize) {
    fn expr(f: &Function, e: ExprId, l: LocalId, n: &mut usize) {
        if matches!(f.exprs[e], Expr::Local(x) if x == l) {
            *n += 1;
        }
        f.exprs[e].visit_operands(|o| expr(f, o, l, n));
    }
    for s in block {
        s.kind.visit_own_exprs(|e| expr(f, e, l, n));
        s.kind.visit_blocks(|b| count_reads(f, b, l, n));
    }
}

fn visit_assignments(block: &[Statement], visit: &mut dyn FnMut(LocalId, ExprId)) {
    for s in block {
        match &s.kind {
            Stmt::Assign { local, value } => visit(*local, *value),
            Stmt::ForRange { var, start, .. } => visit(*var, *start),
            _ => {}
        }
        s.kind.visit_blocks(|b| visit_assignments(b, visit));
    }
}

fn strip_casts(f: &Function, mut e: ExprId) -> ExprId {
    while let Expr::Cast(inner) = f.exprs[e] {
        e = inner;
    }
    e
}

fn update_op(f: &Function, value: ExprId, l: LocalId) -> Option<ReduceOp> {
    let is_l = |e: ExprId| matches!(f.exprs[strip_casts(f, e)], Expr::Local(x) if x == l);
    let free = |e: ExprId| !reads(f, e, l);
    match &f.exprs[strip_casts(f, value)] {
        Expr::Binary { op, lhs, rhs } => {
            let (op, commutative) = match op {
                BinaryOp::Add => (ReduceOp::Add, true),
                BinaryOp::Sub => (ReduceOp::Sub, false),
                BinaryOp::Mul => (ReduceOp::Mul, true),
                BinaryOp::BitAnd => (ReduceOp::BitAnd, true),
                BinaryOp::BitOr => (ReduceOp::BitOr, true),
                BinaryOp::BitXor => (ReduceOp::BitXor, true),
                _ => return None,
            };
            let matches = (is_l(*lhs) && free(*rhs)) || (commutative && is_l(*rhs) && free(*lhs));
            matches.then_some(op)
        }
        Expr::Call {
            callee: Callee::Builtin(b @ (Builtin::Min | Builtin::Max)),
            args,
            ..
        } => match args.as_slice() {
            [a, b2] if (is_l(*a) && free(*b2)) || (is_l(*b2) && free(*a)) => {
                Some(if *b == Builtin::Min {
                    ReduceOp::Min
                } else {
                    ReduceOp::Max
                })
            }
            _ => None,
        },
        _ => None,
    }
}

/// Rejects jumps out of an outlined body or a critical section: `return`
/// anywhere, `break` outside the body's own loops, and `continue` outside them
/// unless the body is a parallel loop's (where it ends the iteration). Nested
/// regions and critical sections are checked on their own.
fn check_jumps(block: &[Statement], loops: usize, what: &str, continue_ok: bool) -> Result<()> {
    for s in block {
        if let Stmt::ObjMode { .. } = s.kind {
            return Err(CompileError::unsupported(
                format!("objmode inside {what} is not supported"),
                s.span,
            )
            .with_hint("run the object-mode block before or after the parallel code"));
        }
        let jump = match &s.kind {
            Stmt::Return(_) => Some("`return`"),
            Stmt::Yield(_) => Some("`yield`"),
            Stmt::Break if loops == 0 => Some("`break`"),
            Stmt::Continue if loops == 0 && !continue_ok => Some("`continue`"),
            _ => None,
        };
        if let Some(jump) = jump {
            let hint = if jump == "`return`" || jump == "`yield`" {
                "compute results into arrays or reduction variables, and return after the parallel code"
            } else {
                "every iteration runs on its own; skip work with `if` (or `continue` in a parallel loop)"
            };
            return Err(
                CompileError::unsupported(format!("{jump} cannot leave {what}"), s.span)
                    .with_hint(hint),
            );
        }
        match &s.kind {
            Stmt::While { body, .. } | Stmt::ForRange { body, .. } => {
                check_jumps(body, loops + 1, what, continue_ok)?
            }
            Stmt::If { accept, reject, .. } => {
                check_jumps(accept, loops, what, continue_ok)?;
                check_jumps(reject, loops, what, continue_ok)?;
            }
            Stmt::Try { .. } => {
                let mut result = Ok(());
                s.kind.visit_blocks(|b| {
                    if result.is_ok() {
                        result = check_jumps(b, loops, what, continue_ok);
                    }
                });
                result?
            }
            _ => {}
        }
    }
    Ok(())
}

fn find_critical(block: &[Statement]) -> Option<Span> {
    for s in block {
        if matches!(s.kind, Stmt::Critical(_)) {
            return Some(s.span);
        }
        let mut found = None;
        s.kind
            .visit_blocks(|b| found = found.or_else(|| find_critical(b)));
        if found.is_some() {
            return found;
        }
    }
    None
}
