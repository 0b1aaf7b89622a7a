//! Shared-memory race checking for GPU kernels run on the CPU
//! (`cuda.jit(target="cpu", racecheck=True)`).
//!
//! Compiled code reports every array element access made inside a thread
//! loop ([`penna_compiler::abi::RACE_ACCESS_SYMBOL`]) and every barrier or
//! warp synchronisation ([`penna_compiler::abi::RACE_SYNC_SYMBOL`]). Accesses
//! outside the running block's shared memory are ignored. Two accesses to the
//! same byte by different threads race when at least one writes and nothing
//! orders them: they fall in the same interval between block barriers, and
//! the threads are in different warps, or in one warp with no `syncwarp` (or
//! warp operation) between them.
//!
//! Invariants: the state is per OS thread, reset by [`begin_block`] before
//! each block it runs; per byte it keeps the last write and the last read.

use std::cell::RefCell;
use std::collections::HashMap;

use penna_compiler::abi::{BlockState, ExceptionKind};

#[derive(Clone, Copy)]
struct Access {
    thread: u32,
    block_epoch: u32,
    warp_epoch: u32,
    line: u32,
}

#[derive(Default)]
struct Race {
    base: usize,
    len: usize,
    block_epoch: u32,
    warp_epoch: u32,
    writes: HashMap<usize, Access>,
    reads: HashMap<usize, Access>,
    /// The message of the last race found (the exception record points here
    /// until the block's caller renders it, on this thread).
    message: String,
}

thread_local! {
    static RACE: RefCell<Race> = RefCell::new(Race::default());
}

/// Starts checking a block whose shared memory is `len` bytes at `base`.
pub fn begin_block(base: *const u8, len: u64) {
    RACE.with(|r| {
        let mut r = r.borrow_mut();
        r.base = base as usize;
        r.len = len as usize;
        r.block_epoch = 0;
        r.warp_epoch = 0;
        r.writes.clear();
        r.reads.clear();
    });
}

impl Race {
    /// Whether `earlier` (by another thread) and an access by `thread` now
    /// are unordered.
    fn unordered(&self, earlier: &Access, thread: u32) -> bool {
        earlier.thread != thread
            && earlier.block_epoch == self.block_epoch
            && (earlier.thread / 32 != thread / 32 || earlier.warp_epoch == self.warp_epoch)
    }
}

/// See [`penna_compiler::abi::RACE_ACCESS_SYMBOL`].
///
/// # Safety
/// `state` must be the block state compiled code received.
#[no_mangle]
unsafe extern "C" fn penna_rt_race_access(
    state: *mut BlockState,
    addr: *const u8,
    size: u64,
    is_write: u32,
    line: u32,
) -> i32 {
    // SAFETY: compiled code passes its own state.
    let thread = unsafe { (*state).thread };
    let found = RACE.with(|r| {
        let mut r = r.borrow_mut();
        let offset = (addr as usize).wrapping_sub(r.base);
        if offset >= r.len {
            return None;
        }
        let now = Access {
            thread,
            block_epoch: r.block_epoch,
            warp_epoch: r.warp_epoch,
            line,
        };
        for byte in offset..offset + size as usize {
            let conflict = match (r.writes.get(&byte), r.reads.get(&byte)) {
                (Some(w), _) if r.unordered(w, thread) => Some((*w, "write")),
                (_, Some(rd)) if is_write != 0 && r.unordered(rd, thread) => Some((*rd, "read")),
                _ => None,
            };
            if let Some((other, what)) = conflict {
                let kind = if is_write != 0 { "write" } else { "read" };
                r.message = format!(
                    "shared-memory race: the {kind} at line {line} by thread {thread} and the {what} at line {} by thread {} touch shared memory byte {byte} with no barrier between them",
                    other.line, other.thread
                );
                return Some(r.message.as_ptr() as usize);
            }
            let table = if is_write != 0 { &mut r.writes } else { &mut r.reads };
            table.insert(byte, now);
        }
        None
    });
    let Some(message) = found else { return 0 };
    RACE.with(|r| {
        let len = r.borrow().message.len();
        // SAFETY: as above; the message lives in this thread's state until
        // the next race is found, after the caller has rendered it.
        unsafe {
            let exc = &mut (*state).exc;
            exc.kind = ExceptionKind::RuntimeError as u32;
            exc.nargs = 0;
            exc.message = message as *const u8;
            exc.message_len = len as u64;
        }
    });
    1
}

/// See [`penna_compiler::abi::RACE_SYNC_SYMBOL`].
#[no_mangle]
extern "C" fn penna_rt_race_sync(block: u32) {
    RACE.with(|r| {
        let mut r = r.borrow_mut();
        if block != 0 {
            r.block_epoch += 1;
        }
        r.warp_epoch += 1;
    });
}

/// The runtime functions compiled code calls, for the JIT's symbol table.
pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    use penna_compiler::abi::{RACE_ACCESS_SYMBOL, RACE_SYNC_SYMBOL};
    vec![
        (
            RACE_ACCESS_SYMBOL,
            penna_rt_race_access as *const () as usize,
        ),
        (RACE_SYNC_SYMBOL, penna_rt_race_sync as *const () as usize),
    ]
}
