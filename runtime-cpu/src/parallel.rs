//! Teams behind `prange` loops, `parallel for` loops and `omp parallel`
//! regions (the ABI is documented in `penna_compiler::abi`).
//!
//! Invariants:
//! - Teams run on [`crate::pool`]: member 0 on the calling thread, members
//!   1..T on its `max_threads() - 1` workers, so a team never exceeds
//!   `max_threads()`. The caller returns only after every member has
//!   finished, which is what makes lending its frame to them sound.
//! - While a thread runs as a team member, thread-locals describe its team;
//!   [`penna_rt_team_size`] answers 1 there, so nested parallel code runs serially on the
//!   member (as OpenMP does without nested parallelism).
//! - Loops take chunks from their schedule and never wait on each other, so
//!   any number of callers can share the pool. Regions may contain barriers,
//!   which need every member running at once: they hold a process-wide lock
//!   for their duration, so two regions never compete for workers.
//! - The first exception a member raises is the one reported; the others stop
//!   taking chunks. A member that has finished (returned or raised) counts as
//!   arrived at every later barrier, so an early exit never deadlocks its team.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Instant;

use penna_compiler::abi::{
    self, ExceptionRecord, ParallelBody, Schedule, STATUS_EXCEPTION, STATUS_OK,
};

/// The most threads a team can have: `PENNA_NUM_THREADS` (or Numba's
/// `NUMBA_NUM_THREADS`), or the number of CPUs the process may run on.
/// Fixed when first asked.
pub fn max_threads() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        std::env::var("PENNA_NUM_THREADS")
            .or_else(|_| std::env::var("NUMBA_NUM_THREADS"))
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    })
}

thread_local! {
    /// `set_num_threads` of this thread (0: not set, use `max_threads()`).
    /// Per thread, as in Numba, so two Python threads can choose independently.
    static NUM_THREADS: Cell<usize> = const { Cell::new(0) };
    /// The team this thread is running a member of, if any.
    static MEMBER: Cell<Option<Member>> = const { Cell::new(None) };
}

/// Sets the number of threads parallel code started from this thread uses.
pub fn set_num_threads(n: usize) -> Result<(), String> {
    let max = max_threads();
    if n == 0 || n > max {
        return Err(format!(
            "the number of threads must be between 1 and {max} (PENNA_NUM_THREADS or the CPU count), got {n}"
        ));
    }
    NUM_THREADS.with(|c| c.set(n));
    Ok(())
}

/// The number of threads parallel code started from this thread uses.
pub fn get_num_threads() -> usize {
    match NUM_THREADS.with(|c| c.get()) {
        0 => max_threads(),
        n => n,
    }
}

#[derive(Clone, Copy)]
struct Member {
    num: usize,
    team: *const Team,
}

struct Team {
    size: usize,
    barrier: Mutex<BarrierState>,
    released: Condvar,
}

struct BarrierState {
    /// Members that have not finished.
    active: usize,
    arrived: usize,
    generation: u64,
}

impl Team {
    fn new(size: usize) -> Team {
        Team {
            size,
            barrier: Mutex::new(BarrierState {
                active: size,
                arrived: 0,
                generation: 0,
            }),
            released: Condvar::new(),
        }
    }

    fn wait(&self) {
        let mut s = self.barrier.lock().unwrap_or_else(|p| p.into_inner());
        s.arrived += 1;
        if s.arrived >= s.active {
            s.arrived = 0;
            s.generation += 1;
            self.released.notify_all();
            return;
        }
        let generation = s.generation;
        while s.generation == generation {
            s = self.released.wait(s).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// A member finished: it no longer holds up barriers.
    fn leave(&self) {
        let mut s = self.barrier.lock().unwrap_or_else(|p| p.into_inner());
        s.active -= 1;
        if s.arrived > 0 && s.arrived >= s.active {
            s.arrived = 0;
            s.generation += 1;
            self.released.notify_all();
        }
    }
}

/// One call of `penna_rt_parallel_for`, shared by its team.
struct Work {
    body: ParallelBody,
    ctx: *mut u8,
    n: i64,
    partials: *mut u8,
    partial_size: usize,
    schedule: Schedule,
    next: AtomicI64,
    failed: AtomicBool,
    error: Mutex<Option<ExceptionRecord>>,
    team: Team,
}

// SAFETY: `ctx` and `partials` point into the caller's frame, which outlives the
// team (the call returns only after every member finished). Members read `ctx`
// and write disjoint slots of `partials`; the body synchronises any other
// sharing itself (atomics, critical sections), as the user's program says.
unsafe impl Sync for Work {}

impl Work {
    fn member(&self, num: usize) {
        let previous = MEMBER.with(|m| {
            m.replace(Some(Member {
                num,
                team: &self.team,
            }))
        });
        self.run_member(num);
        self.team.leave();
        MEMBER.with(|m| m.set(previous));
    }

    fn run_member(&self, num: usize) {
        let mut exc = ExceptionRecord {
            stack_limit: crate::call::thread_stack_limit(),
            ..ExceptionRecord::default()
        };
        // SAFETY: slot `num` of the partials the caller allocated for the team.
        let partial = unsafe { self.partials.add(num * self.partial_size) };
        let mut run = |lo: i64, hi: i64| -> bool {
            if lo >= hi {
                return true;
            }
            if self.failed.load(Ordering::Relaxed) {
                return false;
            }
            // SAFETY: a body compiled for this ctx; [lo, hi) lies in [0, n).
            let status = unsafe { (self.body)(self.ctx, lo, hi, partial, &mut exc) };
            if status == STATUS_OK {
                return true;
            }
            if !self.failed.swap(true, Ordering::AcqRel) {
                *self.error.lock().unwrap_or_else(|p| p.into_inner()) = Some(exc);
            } else {
                exc.release_message();
            }
            false
        };
        let (n, team) = (self.n, self.team.size as i64);
        match self.schedule {
            Schedule::StaticBlocks => {
                let bound = |t: i64| (n as i128 * t as i128 / team as i128) as i64;
                run(bound(num as i64), bound(num as i64 + 1));
            }
            Schedule::Team => {
                run(num as i64, num as i64 + 1);
            }
            Schedule::Static(chunk) => {
                let chunk = chunk as i64;
                let mut lo = num as i64 * chunk;
                while lo < n && run(lo, lo.saturating_add(chunk).min(n)) {
                    lo = lo.saturating_add(team * chunk);
                }
            }
            Schedule::Dynamic(chunk) => loop {
                let lo = self.next.fetch_add(chunk as i64, Ordering::Relaxed);
                if lo >= n || !run(lo, lo.saturating_add(chunk as i64).min(n)) {
                    break;
                }
            },
            Schedule::Guided(min_chunk) => loop {
                let mut lo = self.next.load(Ordering::Relaxed);
                let hi = loop {
                    let remaining = n - lo;
                    if remaining <= 0 {
                        return;
                    }
                    let size = (remaining / (2 * team))
                        .max(min_chunk as i64)
                        .min(remaining);
                    match self.next.compare_exchange_weak(
                        lo,
                        lo + size,
                        Ordering::Relaxed,
                        Ordering::Relaxed,
                    ) {
                        Ok(_) => break lo + size,
                        Err(current) => lo = current,
                    }
                };
                if !run(lo, hi) {
                    break;
                }
            },
        }
    }
}

/// Serialises regions (see the module invariants).
static REGION_LOCK: Mutex<()> = Mutex::new(());

/// `penna_rt_team_size`: how many threads the next region started here gets.
#[no_mangle]
pub extern "C" fn penna_rt_team_size(requested: i64) -> i64 {
    if MEMBER.with(|m| m.get()).is_some() {
        return 1;
    }
    let wanted = if requested > 0 {
        requested as usize
    } else {
        get_num_threads()
    };
    wanted.clamp(1, max_threads()) as i64
}

/// `penna_rt_parallel_for`: runs `body` over `n` iterations on `team` threads.
///
/// # Safety
/// Called by compiled code: `body` must be a body compiled for `ctx`, and
/// `partials` must hold `team` slots of `partial_size` bytes (or be unused).
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn penna_rt_parallel_for(
    body: ParallelBody,
    ctx: *mut u8,
    n: i64,
    partials: *mut u8,
    partial_size: i64,
    team: i64,
    schedule: i32,
    chunk: i64,
    exc: *mut ExceptionRecord,
) -> i32 {
    let schedule = Schedule::from_code(schedule, chunk);
    let size = team.max(1) as usize;
    let work = Work {
        body,
        ctx,
        n,
        partials,
        partial_size: partial_size.max(0) as usize,
        schedule,
        next: AtomicI64::new(0),
        failed: AtomicBool::new(false),
        error: Mutex::new(None),
        team: Team::new(size),
    };
    let _region = (size > 1 && schedule == Schedule::Team)
        .then(|| REGION_LOCK.lock().unwrap_or_else(|p| p.into_inner()));
    crate::pool::run_team(size, &|num| work.member(num));
    match work.error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        None => STATUS_OK,
        Some(raised) => {
            // SAFETY: the caller's record; keep its own stack limit.
            unsafe {
                let limit = (*exc).stack_limit;
                *exc = ExceptionRecord {
                    stack_limit: limit,
                    ..raised
                };
            }
            STATUS_EXCEPTION
        }
    }
}

/// `penna_rt_barrier`: waits for the rest of the team (no-op outside one).
#[no_mangle]
pub extern "C" fn penna_rt_barrier() {
    if let Some(member) = MEMBER.with(|m| m.get()) {
        // SAFETY: the team outlives its members' calls.
        unsafe { (*member.team).wait() }
    }
}

#[no_mangle]
pub extern "C" fn penna_rt_thread_num() -> i64 {
    MEMBER.with(|m| m.get()).map_or(0, |m| m.num as i64)
}

#[no_mangle]
pub extern "C" fn penna_rt_num_threads() -> i64 {
    // SAFETY: the team outlives its members' calls.
    MEMBER
        .with(|m| m.get())
        .map_or(1, |m| unsafe { (*m.team).size as i64 })
}

/// The unnamed critical section: one lock for the process, as in OpenMP.
static CRITICAL: AtomicBool = AtomicBool::new(false);

#[no_mangle]
pub extern "C" fn penna_rt_critical_enter() {
    let mut spins = 0u32;
    while CRITICAL
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        spins += 1;
        if spins < 64 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

#[no_mangle]
pub extern "C" fn penna_rt_critical_exit() {
    CRITICAL.store(false, Ordering::Release);
}

#[no_mangle]
pub extern "C" fn penna_rt_wtime() -> f64 {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// The runtime functions compiled code calls, for the JIT's symbol table.
pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (
            abi::TEAM_SIZE_SYMBOL,
            penna_rt_team_size as *const () as usize,
        ),
        (
            abi::PARALLEL_FOR_SYMBOL,
            penna_rt_parallel_for as *const () as usize,
        ),
        (abi::BARRIER_SYMBOL, penna_rt_barrier as *const () as usize),
        (
            abi::CRITICAL_ENTER_SYMBOL,
            penna_rt_critical_enter as *const () as usize,
        ),
        (
            abi::CRITICAL_EXIT_SYMBOL,
            penna_rt_critical_exit as *const () as usize,
        ),
        (
            abi::THREAD_NUM_SYMBOL,
            penna_rt_thread_num as *const () as usize,
        ),
        (
            abi::NUM_THREADS_SYMBOL,
            penna_rt_num_threads as *const () as usize,
        ),
        (abi::WTIME_SYMBOL, penna_rt_wtime as *const () as usize),
    ]
}
