//! Tiered compilation of `@jit` calls.
//!
//! A specialisation whose first call looks short (the product of its
//! arguments' sizes, [`call_work`], and of the literal bounds of its loops,
//! [`literal_work`], is at most [`SHORT_WORK`]) is compiled quickly
//! ([`Optimize::Quick`](penna_targets::Optimize::Quick), about a fifth of a
//! full compile) and runs at once; the same program is then compiled fully
//! (`default<O3>`) on one background thread ([`submit`]), and the optimised
//! entry replaces the first one in the specialisation's [`EntryCell`]. A
//! first call that looks long is compiled fully before it runs, as without
//! tiers: first-tier code runs 1.3-8x slower (`benches/kernels.py` loops;
//! vectorised loops lose most) and, without on-stack
//! replacement, would run such a call to its end at that speed.
//!
//! Invariants:
//! - the background thread never touches Python: its work is LLVM, the
//!   loader and the disk cache; warnings it meets wait for a Python thread
//!   ([`take_warnings`]: the next compile, `penna.cache.info()`, or
//!   [`_tiers_wait`] at exit);
//! - both tiers of a specialisation have the same entry signature, and
//!   first-tier code stays loaded (a call, or a thread, may still be in it);
//! - before the process forks or exits, queued work ends ([`wait_idle`],
//!   hooked to `os.register_at_fork` and `atexit` by `penna/__init__.py`):
//!   no thread is inside LLVM while a child copies its locks or while the
//!   exiting process runs LLVM's static destructors. A forked child starts a
//!   worker of its own.
//!
//! `PENNA_TIERS=0` compiles every specialisation fully before its first call;
//! `PENNA_TIERS=first` keeps every one it can at the first tier (tests).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};

use penna_runtime_cpu::EntryFn;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyComplex, PyFloat, PyInt, PyList, PyString, PyTuple};

/// The most work (see [`call_work`] and [`literal_work`]) a first call may
/// have to run first-tier code: about 65 000 loop iterations, a fraction of
/// a millisecond even at first-tier speed.
pub(crate) const SHORT_WORK: u64 = 1 << 16;

/// Which tiers compile (`PENNA_TIERS`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `0`: every specialisation compiles fully before its first call.
    Off,
    /// The default: short first calls run the first tier until the
    /// optimised one is in.
    Auto,
    /// `first`: every specialisation that can stays at the first tier, its
    /// first call short or not (to test the first tier's code).
    FirstOnly,
}

pub(crate) fn mode() -> Mode {
    match std::env::var("PENNA_TIERS").as_deref() {
        Ok("0" | "" | "false" | "no") => Mode::Off,
        Ok("first") => Mode::FirstOnly,
        _ => Mode::Auto,
    }
}

/// An entry that a later tier replaces while calls go on.
pub(crate) struct EntryCell {
    entry: AtomicUsize,
    /// The entry is optimised code (compiled fully, or replaced).
    optimised: AtomicBool,
}

impl EntryCell {
    pub(crate) fn new(entry: EntryFn, optimised: bool) -> Self {
        EntryCell {
            entry: AtomicUsize::new(entry as usize),
            optimised: AtomicBool::new(optimised),
        }
    }

    /// The newest entry (its code was loaded before it was stored).
    pub(crate) fn get(&self) -> EntryFn {
        let address = self.entry.load(Ordering::Acquire);
        // SAFETY: only `EntryFn` values are stored (`new`, `optimised`).
        unsafe { std::mem::transmute::<usize, EntryFn>(address) }
    }

    /// Replaces the entry with its optimised tier's.
    pub(crate) fn optimised(&self, entry: EntryFn) {
        self.entry.store(entry as usize, Ordering::Release);
        self.optimised.store(true, Ordering::Release);
    }

    pub(crate) fn is_optimised(&self) -> bool {
        self.optimised.load(Ordering::Acquire)
    }
}

/// The work a first call with `args` may run, as its arguments tell: the
/// product of their sizes (an integer's magnitude, an array's or string's
/// length in elements, a tuple's or list's items' product; floats count 1),
/// which bounds the loop nests such arguments drive (`range(n)` inside
/// `range(m)`). `None` past [`SHORT_WORK`], or for an argument it cannot
/// judge (typed containers, class instances): those compile fully.
pub(crate) fn call_work(args: &[Bound<'_, PyAny>]) -> Option<u64> {
    let mut work = 1u64;
    for a in args {
        work = work.saturating_mul(size(a, 0)?.max(1));
        if work > SHORT_WORK {
            return None;
        }
    }
    Some(work)
}

/// The iterations of the most nested `range` loops with literal bounds
/// (`for i in range(10**6)` does not depend on the arguments), multiplied
/// along each nest; 1 where no bound is a literal.
pub(crate) fn literal_work(program: &penna_compiler::Program) -> u64 {
    program
        .functions
        .iter()
        .map(|f| block_work(f, &f.body))
        .max()
        .unwrap_or(1)
}

fn block_work(f: &penna_compiler::ir::Function, block: &[penna_compiler::ir::Statement]) -> u64 {
    use penna_compiler::ir::{Expr, Stmt};
    use penna_compiler::Const;
    let literal = |e| match &f.exprs[e] {
        Expr::Literal(Const::Int(v)) => Some(*v),
        _ => None,
    };
    let mut most = 1u64;
    for s in block {
        let mut inner = 1u64;
        s.kind.visit_blocks(|b| inner = inner.max(block_work(f, b)));
        let trips = match &s.kind {
            Stmt::ForRange { start, stop, .. } => match (literal(*start), literal(*stop)) {
                (Some(a), Some(b)) => b.saturating_sub(a).max(1) as u64,
                (_, Some(b)) => b.max(1) as u64,
                _ => 1,
            },
            _ => 1,
        };
        most = most.max(trips.saturating_mul(inner));
    }
    most
}

/// An argument's size for [`short_call`]; `None` for what it cannot judge.
fn size(a: &Bound<'_, PyAny>, depth: u32) -> Option<u64> {
    if a.is_none() || a.is_instance_of::<PyBool>() || a.is_instance_of::<PyFloat>() {
        return Some(1);
    }
    if a.is_instance_of::<PyComplex>() {
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

type Job = Box<dyn FnOnce() + Send>;

/// The background thread's queue.
#[derive(Default)]
struct Worker {
    state: Mutex<Queue>,
    changed: Condvar,
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    /// A job is running.
    busy: bool,
    /// Jobs wait until [`wait_idle`] (`_tiers_pause`, for tests).
    paused: bool,
}

/// This process's worker: `(pid, worker)`. A forked child, whose copy names
/// its parent's pid, starts its own (the parent's thread does not exist in it).
static WORKER: Mutex<Option<(u32, Arc<Worker>)>> = Mutex::new(None);

/// This process's worker, started on first use; `None` if no thread can start.
fn worker() -> Option<Arc<Worker>> {
    let mut slot = WORKER.lock().unwrap_or_else(|p| p.into_inner());
    let pid = std::process::id();
    if let Some((owner, w)) = slot.as_ref() {
        if *owner == pid {
            return Some(w.clone());
        }
    }
    let w = Arc::new(Worker::default());
    let run = w.clone();
    std::thread::Builder::new()
        .name("penna-tier2".into())
        .spawn(move || run.serve())
        .ok()?;
    *slot = Some((pid, w.clone()));
    Some(w)
}

impl Worker {
    fn serve(&self) {
        loop {
            let job = {
                let mut q = self.state.lock().unwrap_or_else(|p| p.into_inner());
                q.busy = false;
                loop {
                    if !q.paused {
                        if let Some(job) = q.jobs.pop_front() {
                            q.busy = true;
                            break job;
                        }
                    }
                    self.changed.notify_all();
                    q = self.changed.wait(q).unwrap_or_else(|p| p.into_inner());
                }
            };
            // A job that panics loses its own work only.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
        }
    }

    fn wait_idle(&self) {
        let mut q = self.state.lock().unwrap_or_else(|p| p.into_inner());
        q.paused = false;
        self.changed.notify_all();
        while q.busy || !q.jobs.is_empty() {
            q = self.changed.wait(q).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// Runs `job` on the background thread, after the jobs submitted before it.
/// Without a thread, it runs here.
pub(crate) fn submit(job: impl FnOnce() + Send + 'static) {
    let Some(w) = worker() else {
        job();
        return;
    };
    w.state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .jobs
        .push_back(Box::new(job));
    w.changed.notify_all();
}

/// Blocks until the background thread has no work (resuming it if paused).
pub(crate) fn wait_idle() {
    let current = WORKER
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|(pid, _)| *pid == std::process::id())
        .map(|(_, w)| w.clone());
    if let Some(w) = current {
        w.wait_idle();
    }
}

/// `penna._native._tiers_pause()`: queued optimised tiers wait until
/// `_tiers_wait()`, so that a test sees first-tier code run.
#[pyfunction]
pub fn _tiers_pause() {
    if let Some(w) = worker() {
        w.state.lock().unwrap_or_else(|p| p.into_inner()).paused = true;
    }
}

/// Warnings the background thread met (the disk cache's), for the next
/// compile on a Python thread to report.
static WARNINGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub(crate) fn defer_warnings(warnings: Vec<String>) {
    WARNINGS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .extend(warnings);
}

pub(crate) fn take_warnings() -> Vec<String> {
    std::mem::take(&mut *WARNINGS.lock().unwrap_or_else(|p| p.into_inner()))
}

/// `penna._native._tiers_wait()`: waits, without the GIL, until every
/// optimised tier queued so far is in place (before a fork, at exit, and
/// for tests and benchmarks that measure the optimised tier).
/// Warnings the background compiler met are emitted then.
#[pyfunction]
pub fn _tiers_wait(py: Python<'_>) {
    py.detach(wait_idle);
    crate::cache::emit_warnings(py, Vec::new());
}
