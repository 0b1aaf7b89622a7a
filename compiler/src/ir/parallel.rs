//! Parallel constructs in the IR: what a `prange` loop, a `parallel for` loop
//! or an `omp parallel` region carries besides its body.
//!
//! Lowering records what the source says (clauses); the `parallel` pass fills
//! in [`Sharing`], how the outlined body sees each local of the function, from
//! which the back end builds the body's context. After that pass:
//! - every local the body uses is in exactly one of `copied`, `by_ref`, or a
//!   reduction (the loop variable is the body's own and is in none);
//! - reduction locals are scalars of a type the operator supports.

use crate::abi::Schedule;
use crate::ir::LocalId;
use crate::source::Span;

/// A reduction operator (`reduction(op: vars)`, or inferred from `s += x`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReduceOp {
    Add,
    /// `s -= x`: each thread's copy starts at 0 and subtracts; copies are added.
    Sub,
    Mul,
    Min,
    Max,
    BitAnd,
    BitOr,
    BitXor,
}

impl ReduceOp {
    pub fn symbol(self) -> &'static str {
        match self {
            ReduceOp::Add => "+",
            ReduceOp::Sub => "-",
            ReduceOp::Mul => "*",
            ReduceOp::Min => "min",
            ReduceOp::Max => "max",
            ReduceOp::BitAnd => "&",
            ReduceOp::BitOr => "|",
            ReduceOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reduction {
    pub local: LocalId,
    pub op: ReduceOp,
}

/// Where the construct came from, which decides the sharing rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `for i in prange(...)`: Numba's rules. Variables assigned in the body
    /// are private; `s += x`, `s = min(s, x)`, ... are reductions.
    Prange,
    /// `with omp("parallel for ...")` / `with omp("parallel ...")`: OpenMP's
    /// rules. Clauses name private and reduction variables; a variable assigned
    /// in the body and also used outside it is shared (by reference).
    Directive,
}

/// `num_threads(...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NumThreads {
    #[default]
    Default,
    Const(u32),
    Local(LocalId),
}

/// How the outlined body sees the function's locals (filled by the pass).
#[derive(Clone, Debug, Default)]
pub struct Sharing {
    /// Copied into the body's own slots when each thread starts (read-only
    /// captures and private variables; private values are never copied back).
    pub copied: Vec<LocalId>,
    /// Accessed in the function's own slot, through a pointer: shared writes.
    pub by_ref: Vec<LocalId>,
}

#[derive(Clone, Debug)]
pub struct Parallel {
    pub origin: Origin,
    /// The `prange` call or the directive string, for messages.
    pub span: Span,
    pub schedule: Schedule,
    pub num_threads: NumThreads,
    /// `private(...)` / `firstprivate(...)` (both start from the outer value).
    pub private: Vec<LocalId>,
    /// `shared(...)`.
    pub shared: Vec<LocalId>,
    pub reductions: Vec<Reduction>,
    pub sharing: Sharing,
}

impl Parallel {
    pub fn new(origin: Origin, span: Span) -> Parallel {
        Parallel {
            origin,
            span,
            schedule: Schedule::default(),
            num_threads: NumThreads::Default,
            private: Vec::new(),
            shared: Vec::new(),
            reductions: Vec::new(),
            sharing: Sharing::default(),
        }
    }
}
