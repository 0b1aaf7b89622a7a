//! Owned arrays' memory (the role of Numba's NRT): allocation, release and
//! a count of live allocations (ABI in `penna_compiler::abi`).
//!
//! Invariants:
//! - An allocation is one block: the [`MemInfo`] header, padding to 64 bytes,
//!   then the data (64-byte aligned, so vector loads never straddle a line).
//! - `refcount` starts at 1; whoever drops it to 0 calls [`release`] exactly
//!   once (compiled code does so through `penna_rt_free`).
//! - allocations minus frees (summed over every thread's [`Counts`]) is the
//!   number of live allocations: tests use it to prove that compiled code
//!   leaks nothing. Each thread counts in its own slot without a locked
//!   instruction (a shared atomic counter cost a third of the time of code
//!   that makes many small objects).

use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;

use penna_compiler::abi::{self, MemInfo};

const HEADER: usize = 64;
const ALIGN: usize = 64;

/// One thread's allocations and frees: written only by that thread (a
/// plain load and store), read by any.
#[derive(Default)]
struct Counts {
    allocated: AtomicU64,
    freed: AtomicU64,
}

/// Every thread's counts (kept after a thread ends: its frees and
/// allocations still count).
static THREADS: Mutex<Vec<&'static Counts>> = Mutex::new(Vec::new());

thread_local! {
    static MINE: Cell<Option<&'static Counts>> = const { Cell::new(None) };
}

fn mine() -> &'static Counts {
    MINE.get().unwrap_or_else(|| {
        let counts: &'static Counts = Box::leak(Box::default());
        THREADS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(counts);
        MINE.set(Some(counts));
        counts
    })
}

/// Adds one to a count only this thread writes.
fn bump(count: &AtomicU64) {
    count.store(count.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
}

fn layout(nbytes: usize) -> Option<Layout> {
    let size = nbytes.checked_add(HEADER)?;
    Layout::from_size_align(size, ALIGN).ok()
}

/// A new allocation of `nbytes` with refcount 1; null if the size is
/// negative or the memory is not available.
#[no_mangle]
pub extern "C" fn penna_rt_alloc(nbytes: i64) -> *mut MemInfo {
    let Some(layout) = usize::try_from(nbytes).ok().and_then(layout) else {
        return std::ptr::null_mut();
    };
    // SAFETY: the layout has a non-zero size (the header).
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        return std::ptr::null_mut();
    }
    let mi = block as *mut MemInfo;
    // SAFETY: the block is large enough and aligned for the header.
    unsafe {
        mi.write(MemInfo {
            refcount: AtomicI64::new(1),
            data: block.add(HEADER),
            size: nbytes as u64,
            dtor: None,
        });
    }
    count_alloc();
    mi
}

/// Frees an allocation whose refcount reached zero.
///
/// # Safety
/// `mi` came from [`penna_rt_alloc`] and nobody holds a reference any more.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_free(mi: *mut MemInfo) {
    if mi.is_null() {
        return;
    }
    // SAFETY: guaranteed by the caller: a container frees itself (and
    // counts), an array block is freed with the layout it was made with.
    if let Some(dtor) = unsafe { (*mi).dtor } {
        unsafe { dtor(mi) };
        return;
    }
    unsafe {
        let size = (*mi).size as usize;
        dealloc(mi as *mut u8, layout(size).expect("allocated with it"));
    }
    count_free();
}

/// Adds a reference (host side: an array handed to Python keeps one).
///
/// # Safety
/// `mi` is null or a live allocation.
pub unsafe fn retain(mi: *mut MemInfo) {
    if !mi.is_null() {
        // SAFETY: live, by the caller's guarantee.
        unsafe { (*mi).refcount.fetch_add(1, Ordering::Relaxed) };
    }
}

/// Drops a reference, freeing the allocation with the last one.
///
/// # Safety
/// `mi` is null or a live allocation the caller holds a reference to.
pub unsafe fn release(mi: *mut MemInfo) {
    if mi.is_null() {
        return;
    }
    // SAFETY: live, by the caller's guarantee.
    unsafe {
        if (*mi).refcount.fetch_sub(1, Ordering::AcqRel) == 1 {
            penna_rt_free(mi);
        }
    }
}

/// Counts an allocation made outside [`penna_rt_alloc`] (a container).
pub(crate) fn count_alloc() {
    bump(&mine().allocated);
}

/// Counts the release of such an allocation.
pub(crate) fn count_free() {
    bump(&mine().freed);
}

/// Allocations made and freed since the process started.
pub fn allocation_stats() -> (u64, u64) {
    let threads = THREADS.lock().unwrap_or_else(|e| e.into_inner());
    threads.iter().fold((0, 0), |(a, f), c| {
        (
            a + c.allocated.load(Ordering::Relaxed),
            f + c.freed.load(Ordering::Relaxed),
        )
    })
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::ALLOC_SYMBOL, penna_rt_alloc as *const () as usize),
        (abi::FREE_SYMBOL, penna_rt_free as *const () as usize),
    ]
}
