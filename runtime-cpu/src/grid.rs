//! Running a GPU kernel's grid on the CPU (see `penna_compiler::blockloop`):
//! the compiled code runs one block per call; this spreads the blocks over the
//! thread pool.
//!
//! Invariants:
//! - Blocks are claimed one at a time from a shared counter by the calling
//!   thread and up to `get_num_threads() - 1` pool workers, so a grid uses
//!   every core and blocks of uneven cost balance themselves.
//! - Each participating thread reuses one frame and one shared-memory buffer
//!   (16-byte aligned, grown on demand) for every block it runs: blocks on one
//!   thread run one after the other, so nothing is shared between blocks but
//!   the kernel's arrays.
//! - The first exception stops the claiming of further blocks; it is reported
//!   with the thread and block that raised it.

use std::cell::RefCell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use penna_compiler::abi::{BlockFn, BlockState, STATUS_OK};

use crate::call::{thread_stack_limit, Outcome};

/// The most threads a block may have.
pub const MAX_BLOCK_THREADS: u64 = 1024;

/// A launch: `kernel[blocks, threads, stream, dynamic_shared]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grid {
    pub blocks: [u32; 3],
    pub threads: [u32; 3],
    /// Bytes of dynamic shared memory per block.
    pub dynamic_shared: u64,
}

/// The memory a block needs (from the compiler's layout).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BlockMemory {
    pub frame_per_thread: u64,
    pub shared: u64,
}

impl Grid {
    /// Checks the launch as a GPU would.
    pub fn validate(&self) -> Result<(), String> {
        if self.blocks.contains(&0) || self.threads.contains(&0) {
            return Err(format!(
                "a launch needs at least one block and one thread per dimension, got {:?} blocks of {:?} threads",
                self.blocks, self.threads
            ));
        }
        let per_block: u64 = self.threads.iter().map(|&t| t as u64).product();
        if per_block > MAX_BLOCK_THREADS {
            return Err(format!(
                "a block has at most {MAX_BLOCK_THREADS} threads, got {per_block} ({:?})",
                self.threads
            ));
        }
        Ok(())
    }

    fn block_count(&self) -> u64 {
        self.blocks.iter().map(|&b| b as u64).product()
    }

    fn threads_per_block(&self) -> u64 {
        self.threads.iter().map(|&t| t as u64).product()
    }
}

thread_local! {
    /// This thread's frame and shared memory, reused block after block.
    static BUFFERS: RefCell<(Vec<u128>, Vec<u128>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// A buffer of at least `bytes` bytes, 16-byte aligned.
fn at_least(buffer: &mut Vec<u128>, bytes: u64) -> *mut u8 {
    let words = (bytes as usize).div_ceil(16).max(1);
    if buffer.len() < words {
        buffer.resize(words, 0);
    }
    buffer.as_mut_ptr() as *mut u8
}

struct Failure {
    code: u32,
    message: String,
    thread: u32,
    block: [u32; 3],
}

/// Runs every block of `grid`.
///
/// # Safety
/// `entry` must be a block entry compiled for the types the values behind
/// `args` are laid out as, with `memory` its layout; the arrays the
/// arguments describe must stay valid until this returns.
pub unsafe fn run_grid(
    entry: BlockFn,
    args: &[*mut c_void],
    grid: &Grid,
    memory: BlockMemory,
) -> Outcome {
    let blocks = grid.block_count();
    let threads = grid.threads_per_block();
    let frame_bytes = memory.frame_per_thread * threads;
    let shared_bytes = memory.shared.next_multiple_of(16) + grid.dynamic_shared;
    let next = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let failure: Mutex<Option<Failure>> = Mutex::new(None);
    let args = SendArgs(args.as_ptr());
    let work = || {
        let args = &args;
        BUFFERS.with(|b| {
            let (frame, shared) = &mut *b.borrow_mut();
            let frame = at_least(frame, frame_bytes);
            let shared = at_least(shared, shared_bytes);
            let mut state = BlockState {
                block_dim: grid.threads,
                grid_dim: grid.blocks,
                dynamic_shared: grid.dynamic_shared,
                ..BlockState::default()
            };
            state.exc.stack_limit = thread_stack_limit();
            while !stop.load(Ordering::Relaxed) {
                let b = next.fetch_add(1, Ordering::Relaxed);
                if b >= blocks {
                    break;
                }
                let [gx, gy, _] = grid.blocks.map(|g| g as u64);
                state.block_idx = [
                    (b % gx) as u32,
                    (b / gx % gy) as u32,
                    (b / (gx * gy)) as u32,
                ];
                crate::race::begin_block(shared, shared_bytes);
                // SAFETY: guaranteed by the caller of `run_grid`; the buffers
                // have the sizes the layout asks for.
                let status = unsafe { entry(args.0, frame, shared, &mut state) };
                if status != STATUS_OK {
                    stop.store(true, Ordering::Relaxed);
                    // SAFETY: compiled code points the message at a constant.
                    let message = unsafe { state.exc.take_message() };
                    let mut first = failure.lock().unwrap_or_else(|e| e.into_inner());
                    if first.is_none() {
                        *first = Some(Failure {
                            code: state.exc.kind,
                            message,
                            thread: state.thread,
                            block: state.block_idx,
                        });
                    }
                    break;
                }
            }
        })
    };
    let team = crate::parallel::get_num_threads()
        .min(blocks.min(usize::MAX as u64) as usize)
        .max(1);
    crate::pool::run_team(team, &|_| work());
    let failure = failure.into_inner().unwrap_or_else(|e| e.into_inner());
    match failure {
        None => Outcome::Returned,
        Some(Failure {
            code,
            message,
            thread: t,
            block,
        }) => {
            let [bx, by, _] = grid.threads;
            let thread = [t % bx, t / bx % by, t / (bx * by)];
            Outcome::Raised(
                code,
                format!(
                    "{message} (in thread ({}, {}, {}) of block ({}, {}, {}))",
                    thread[0], thread[1], thread[2], block[0], block[1], block[2]
                ),
            )
        }
    }
}

#[derive(Clone, Copy)]
struct SendArgs(*const *mut c_void);
// SAFETY: the argument pointers are only read, by the blocks of one launch,
// while `run_grid` keeps them alive.
unsafe impl Send for SendArgs {}
unsafe impl Sync for SendArgs {}
