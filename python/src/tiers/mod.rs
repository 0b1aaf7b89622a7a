//! Tiered compilation of `@jit` calls.
//!
//! A specialisation whose first call looks short (its arguments' sizes,
//! [`call_work`], run through the program's loop nests,
//! [`first_call_work`], come to at most [`SHORT_WORK`] iterations) is
//! compiled quickly
//! ([`Optimize::Quick`](penna_targets::Optimize::Quick), about a fifth of a
//! full compile) and runs at once; the same program is then compiled fully
//! (`default<O3>`) on one background thread ([`submit`]), and the optimised
//! entry replaces the first one in the specialisation's [`EntryCell`]. A
//! first call that looks long is compiled fully before it runs, as without
//! tiers: first-tier code runs 1.3-8x slower (`benches/kernels.py` loops;
//! vectorised loops lose most) and, without on-stack replacement, would run
//! such a call to its end at that speed.
//!
//! `work` judges first calls, `worker` is the background thread; this file
//! holds the entry cell, the mode and what Python sees.
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

mod work;
mod worker;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use penna_runtime_cpu::EntryFn;
use pyo3::prelude::*;

pub(crate) use work::{call_work, first_call_work, CallWork, SHORT_WORK};
pub(crate) use worker::{submit, wait_idle};

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

/// `penna._native._tiers_pause()`: queued optimised tiers wait until
/// `_tiers_wait()`, so that a test sees first-tier code run.
#[pyfunction]
pub fn _tiers_pause() {
    worker::pause();
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
