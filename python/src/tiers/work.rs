//! How much work a first call may run, as far as its arguments and the
//! program's loop nests tell (see `crate::tiers`).

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyComplex, PyFloat, PyInt, PyList, PyString, PyTuple};

/// The most work (see [`call_work`] and [`first_call_work`]) a first call may
/// have to run first-tier code: about 65 000 loop iterations, a fraction of
/// a millisecond even at first-tier speed.
pub(crate) const SHORT_WORK: u64 = 1 << 16;

/// The work a first call with `args` may run, as its arguments tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CallWork {
    /// The product of the arguments' sizes (an integer's magnitude, an
    /// array's or string's length in elements, a tuple's or list's items'
    /// product; floats count 1): it bounds the work of code that visits
    /// each argument's elements once, together.
    pub product: u64,
    /// The largest argument's size: what a loop whose trip count is no
    /// literal is taken to run (`range(n)`, `range(len(a))`, `while`).
    pub largest: u64,
}

/// [`CallWork`] for `args`; `None` past [`SHORT_WORK`], or for an argument
/// it cannot judge (typed containers, class instances): those compile
/// fully.
pub(crate) fn call_work(args: &[Bound<'_, PyAny>]) -> Option<CallWork> {
    let mut work = CallWork {
        product: 1,
        largest: 1,
    };
    for a in args {
        let n = size(a, 0)?.max(1);
        work.product = work.product.saturating_mul(n);
        work.largest = work.largest.max(n);
        if work.product > SHORT_WORK {
            return None;
        }
    }
    Some(work)
}

/// The work of `program`'s first call with arguments of `work`: the larger
/// of the arguments' product times the literal loop bounds (`for i in
/// range(10**6)` does not depend on the arguments) and the deepest loop
/// nest's trips, where a level without literal bounds runs as many times as
/// the largest argument (three nested `range(n)` with `n = 1000` are 10^9
/// iterations, however small `n` looks).
pub(crate) fn first_call_work(program: &penna_compiler::Program, work: CallWork) -> u64 {
    let nests = |unknown| {
        program
            .functions
            .iter()
            .map(|f| block_work(f, &f.body, unknown))
            .max()
            .unwrap_or(1)
    };
    work.product
        .saturating_mul(nests(1))
        .max(nests(work.largest))
}

/// The most iterations of a loop nest in `block`, multiplied along each
/// nest; a loop whose trips no literal gives runs `unknown` times.
fn block_work(
    f: &penna_compiler::ir::Function,
    block: &[penna_compiler::ir::Statement],
    unknown: u64,
) -> u64 {
    use penna_compiler::ir::{Expr, Stmt};
    use penna_compiler::Const;
    let literal = |e| match &f.exprs[e] {
        Expr::Literal(Const::Int(v)) => Some(*v),
        _ => None,
    };
    let mut most = 1u64;
    for s in block {
        let mut inner = 1u64;
        s.kind
            .visit_blocks(|b| inner = inner.max(block_work(f, b, unknown)));
        let trips = match &s.kind {
            Stmt::ForRange { start, stop, .. } => match (literal(*start), literal(*stop)) {
                (Some(a), Some(b)) => b.saturating_sub(a).max(1) as u64,
                (None, Some(b)) => b.max(1) as u64,
                _ => unknown,
            },
            Stmt::While { .. } => unknown,
            _ => 1,
        };
        most = most.max(trips.saturating_mul(inner));
    }
    most
}

/// An argument's size for [`call_work`]; `None` for what it cannot judge.
fn size(a: &Bound<'_, PyAny>, depth: u32) -> Option<u64> {
    if a.is_none()
        || a.is_instance_of::<PyBool>()
        || a.is_instance_of::<PyFloat>()
        || a.is_instance_of::<PyComplex>()
    {
        return Some(1);
    }
    if a.is_instance_of::<PyInt>() {
        return Some(a.extract::<i64>().map_or(u64::MAX, |v| v.unsigned_abs()));
    }
    if let Ok(s) = a.cast::<PyString>() {
        return s.len().ok().map(|n| n as u64);
    }
    if depth < 4 {
        let items: Option<Vec<Bound<'_, PyAny>>> = if let Ok(t) = a.cast::<PyTuple>() {
            Some(t.iter().collect())
        } else if let Ok(l) = a.cast::<PyList>() {
            Some(l.iter().collect())
        } else {
            None
        };
        if let Some(items) = items {
            let mut total = 1u64;
            for item in &items {
                total = total.saturating_mul(size(item, depth + 1)?.max(1));
            }
            return Some(total.max(items.len() as u64));
        }
    }
    let numpy = a.py().import("numpy").ok()?;
    if a.is_instance(&numpy.getattr("ndarray").ok()?).ok()? {
        return a.getattr("size").ok()?.extract::<u64>().ok();
    }
    if a.is_instance(&numpy.getattr("generic").ok()?).ok()? {
        let integer = a.is_instance(&numpy.getattr("integer").ok()?).ok()?;
        if !integer {
            return Some(1);
        }
        let v: i128 = a.call_method0("__int__").ok()?.extract().ok()?;
        return Some(u64::try_from(v.unsigned_abs()).unwrap_or(u64::MAX));
    }
    None
}
