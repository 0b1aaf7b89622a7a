//! Owned arrays' memory (the role of Numba's NRT): allocation, release and
//! a count of live allocations (ABI in `penna_compiler::abi`).
//!
//! Invariants:
//! - An allocation is one block: the [`MemInfo`] header, padding to 64 bytes,
//!   then the data (64-byte aligned, so vector loads never straddle a line).
//! - `refcount` starts at 1; whoever drops it to 0 calls [`release`] exactly
//!   once (compiled code does so through `penna_rt_free`).
//! - `ALLOCATED - FREED` is the number of live allocations: tests use it to
//!   prove that compiled code leaks nothing.

use std::alloc::{alloc, dealloc, Layout};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use penna_compiler::abi::{self, MemInfo};

const HEADER: usize = 64;
const ALIGN: usize = 64;

static ALLOCATED: AtomicU64 = AtomicU64::new(0);
static FREED: AtomicU64 = AtomicU64::new(0);

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
    ALLOCATED.fetch_add(1, Ordering::Relaxed);
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
    FREED.fetch_add(1, Ordering::Relaxed);
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
    ALLOCATED.fetch_add(1, Ordering::Relaxed);
}

/// Counts the release of such an allocation.
pub(crate) fn count_free() {
    FREED.fetch_add(1, Ordering::Relaxed);
}

/// Allocations made and freed since the process started.
pub fn allocation_stats() -> (u64, u64) {
    (
        ALLOCATED.load(Ordering::Relaxed),
        FREED.load(Ordering::Relaxed),
    )
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::ALLOC_SYMBOL, penna_rt_alloc as *const () as usize),
        (abi::FREE_SYMBOL, penna_rt_free as *const () as usize),
    ]
}
