//! The worker threads that run the members of a team: parallel loops and
//! regions ([`crate::parallel`]) and kernels' blocks on the CPU
//! ([`crate::grid`]).
//!
//! Invariants:
//! - `max_threads() - 1` workers (at least one), started on first use. A team
//!   of T runs member 0 on the calling thread and members 1..T as jobs, and
//!   [`run_team`] returns only after every member has finished: that is what
//!   lets a job borrow the caller's frame.
//! - Jobs wait in one FIFO queue, so any number of callers can share the
//!   workers; a member never waits for a job queued after it (loops take
//!   chunks and never wait; regions with barriers hold a lock, see
//!   [`crate::parallel`]).
//! - A worker that finds the queue empty spins for [`spin_time`] before it
//!   sleeps, as OpenMP's default wait policy does: Python code between two
//!   parallel calls (tens of microseconds to a millisecond) then finds the
//!   workers awake instead of paying a futex wake-up per worker per call.
//!   `OMP_WAIT_POLICY=passive` sleeps at once, `active` never sleeps.
//! - Spinning reads only the queue's length, a word the queue's writers
//!   update, so spinning workers do not slow each other or the caller down.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// One member of one team: `run(data, member)`.
struct Job {
    run: unsafe fn(*const (), usize),
    data: *const (),
    member: usize,
}

// SAFETY: `data` points at a `Team` that is Sync and outlives the job
// (`run_team` waits for every member).
unsafe impl Send for Job {}

struct Pool {
    queue: Mutex<Queue>,
    /// `queue.jobs.len()`, readable without the lock.
    pending: AtomicUsize,
    wake: Condvar,
}

struct Queue {
    jobs: VecDeque<Job>,
    /// Workers waiting on `wake`.
    sleeping: usize,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<&'static Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let pool: &'static Pool = Box::leak(Box::new(Pool {
            queue: Mutex::new(Queue {
                jobs: VecDeque::new(),
                sleeping: 0,
            }),
            pending: AtomicUsize::new(0),
            wake: Condvar::new(),
        }));
        let workers = crate::parallel::max_threads().saturating_sub(1).max(1);
        for i in 0..workers {
            std::thread::Builder::new()
                .name(format!("penna-worker-{i}"))
                // Compiled recursion checks the stack against the thread's
                // limit; give workers the room a main thread has.
                .stack_size(8 << 20)
                .spawn(move || pool.work())
                .expect("cannot start penna's worker threads");
        }
        pool
    })
}

/// How long an idle worker spins before it sleeps.
fn spin_time() -> Option<Duration> {
    static SPIN: OnceLock<Option<Duration>> = OnceLock::new();
    *SPIN.get_or_init(|| {
        let policy = std::env::var("OMP_WAIT_POLICY").unwrap_or_default();
        match policy.trim().to_ascii_lowercase().as_str() {
            "passive" => Some(Duration::ZERO),
            "active" => None,
            _ => Some(Duration::from_millis(1)),
        }
    })
}

impl Pool {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn work(&self) -> ! {
        WORKER.with(|w| w.set(true));
        loop {
            let job = self.next_job();
            // A panic would leave the job's caller waiting forever.
            let run = std::panic::AssertUnwindSafe(|| {
                // SAFETY: `run_team` keeps `data` alive until this returns.
                unsafe { (job.run)(job.data, job.member) }
            });
            if std::panic::catch_unwind(run).is_err() {
                std::process::abort();
            }
        }
    }

    /// Spins, then sleeps, until a job is queued, and takes it.
    fn next_job(&self) -> Job {
        loop {
            self.spin();
            let mut q = self.lock();
            if let Some(job) = self.pop(&mut q) {
                return job;
            }
            if spin_time().is_none() {
                // `OMP_WAIT_POLICY=active`: another worker took it; spin on.
                continue;
            }
            q.sleeping += 1;
            while q.jobs.is_empty() {
                q = self.wake.wait(q).unwrap_or_else(|p| p.into_inner());
            }
            q.sleeping -= 1;
            if let Some(job) = self.pop(&mut q) {
                return job;
            }
        }
    }

    fn pop(&self, q: &mut Queue) -> Option<Job> {
        let job = q.jobs.pop_front()?;
        self.pending.store(q.jobs.len(), Ordering::Relaxed);
        Some(job)
    }

    /// Spins until a job is queued or the spin time is over.
    fn spin(&self) {
        let limit = spin_time();
        if limit == Some(Duration::ZERO) {
            return;
        }
        let start = Instant::now();
        loop {
            for _ in 0..64 {
                if self.pending.load(Ordering::Relaxed) > 0 {
                    return;
                }
                std::hint::spin_loop();
            }
            if limit.is_some_and(|l| start.elapsed() >= l) {
                return;
            }
        }
    }

    fn submit(&self, jobs: impl Iterator<Item = Job>) {
        let mut q = self.lock();
        q.jobs.extend(jobs);
        self.pending.store(q.jobs.len(), Ordering::Relaxed);
        // Waking more sleepers than jobs only costs them a look at the queue.
        for _ in 0..q.sleeping.min(q.jobs.len()) {
            self.wake.notify_one();
        }
    }
}

/// One call of [`run_team`], shared by its members.
struct Team<'a> {
    member: &'a (dyn Fn(usize) + Sync),
    /// Members 1.. that have finished.
    finished: AtomicUsize,
}

thread_local! {
    /// Whether this thread is one of the pool's workers.
    static WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `member(0)` .. `member(team - 1)` at once, member 0 on this thread,
/// and returns when all have finished.
///
/// Started on a worker (from inside another team's member), the members run
/// one after another there: waiting for other workers could wait for itself. Members that
/// wait for each other (barriers) must therefore never be started from a
/// worker: `penna_rt_team_size` answers 1 there.
pub(crate) fn run_team(team: usize, member: &(dyn Fn(usize) + Sync)) {
    if team <= 1 || WORKER.with(|w| w.get()) {
        (0..team.max(1)).for_each(member);
        return;
    }
    unsafe fn run(data: *const (), num: usize) {
        // SAFETY: `data` is the `Team` of the `run_team` call waiting below.
        let team = unsafe { &*(data as *const Team) };
        (team.member)(num);
        team.finished.fetch_add(1, Ordering::Release);
    }
    let shared = Team {
        member,
        finished: AtomicUsize::new(0),
    };
    let data = &shared as *const Team as *const ();
    pool().submit((1..team).map(|member| Job { run, data, member }));
    // The other members borrow this frame: even a panic waits for them.
    let mine = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| member(0)));
    // Spin first (members usually finish within microseconds of the caller),
    // then yield: blocking on a futex would cost a wake-up on every call.
    let mut spins = 0u32;
    while shared.finished.load(Ordering::Acquire) < team - 1 {
        spins = spins.saturating_add(1);
        if spins < 4096 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
    if let Err(panic) = mine {
        std::panic::resume_unwind(panic);
    }
}

#[cfg(test)]
mod tests {
    use super::run_team;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn every_member_runs_once_also_from_several_threads_and_nested() {
        let callers: Vec<_> = (0..3)
            .map(|_| {
                std::thread::spawn(|| {
                    for team in 1..6 {
                        let ran: Vec<AtomicUsize> =
                            (0..team).map(|_| AtomicUsize::new(0)).collect();
                        let nested = AtomicUsize::new(0);
                        run_team(team, &|k| {
                            ran[k].fetch_add(1, Ordering::Relaxed);
                            // A team started inside a member (serial on a worker).
                            run_team(3, &|_| {
                                nested.fetch_add(1, Ordering::Relaxed);
                            });
                        });
                        assert!(ran.iter().all(|r| r.load(Ordering::Relaxed) == 1));
                        assert_eq!(nested.load(Ordering::Relaxed), 3 * team);
                    }
                })
            })
            .collect();
        for c in callers {
            c.join().unwrap();
        }
    }
}
