//! The background thread that compiles optimised tiers (and the import-time
//! warm-up): one queue, jobs in order, no Python (see `crate::tiers`).

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

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
    /// Jobs wait until [`wait_idle`] ([`pause`], for tests).
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

/// Holds queued jobs until the next [`wait_idle`].
pub(crate) fn pause() {
    if let Some(w) = worker() {
        w.state.lock().unwrap_or_else(|p| p.into_inner()).paused = true;
    }
}
