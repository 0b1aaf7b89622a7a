//! Generator objects (see `penna_compiler::abi::generators`): the block
//! holding a suspended generator function's coroutine frame.
//!
//! Invariants: the block is the [`MemInfo`] header, padding to
//! `FRAME_OFFSET`, then the frame, which LLVM's code fills. When the last
//! reference goes, the frame's destroy function runs: it releases what the
//! suspended body holds, then hands the frame back to
//! [`penna_rt_generator_free`]. Every block is counted in the live
//! allocations of [`crate::nrt`].

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::sync::atomic::AtomicI64;

use penna_compiler::abi::generators::FRAME_OFFSET;
use penna_compiler::abi::MemInfo;

use crate::nrt;

const OFFSET: usize = FRAME_OFFSET as usize;

fn layout(frame: usize) -> Layout {
    Layout::from_size_align(OFFSET + frame, 16).expect("a generator frame's size")
}

/// Runs the destroy function of the frame after the header.
unsafe extern "C" fn drop_generator(mi: *mut MemInfo) {
    // SAFETY: a generator block nobody holds; the frame's second word is
    // its destroy function (LLVM's switch-resumed frame layout).
    unsafe {
        let frame = (mi as *mut u8).add(OFFSET);
        let destroy = *(frame as *const unsafe extern "C" fn(*mut u8)).add(1);
        destroy(frame);
    }
}

/// A new generator block for a frame of `size` bytes: the frame's address.
#[no_mangle]
pub extern "C" fn penna_rt_generator_alloc(size: i64) -> *mut u8 {
    let size = usize::try_from(size).expect("a frame size");
    let layout = layout(size);
    // SAFETY: the layout has a non-zero size (the header).
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        handle_alloc_error(layout);
    }
    // SAFETY: the block is large enough and aligned for the header.
    unsafe {
        (block as *mut MemInfo).write(MemInfo {
            refcount: AtomicI64::new(1),
            data: block.add(OFFSET),
            size: size as u64,
            dtor: Some(drop_generator),
        });
    }
    nrt::count_alloc();
    // SAFETY: inside the block.
    unsafe { block.add(OFFSET) }
}

/// Frees the block of `frame` (from the frame's destroy function).
///
/// # Safety
/// `frame` is null or came from [`penna_rt_generator_alloc`] and is not
/// used again.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_generator_free(frame: *mut u8) {
    if frame.is_null() {
        return;
    }
    // SAFETY: guaranteed by the caller; the header records the frame size.
    unsafe {
        let block = frame.sub(OFFSET);
        let size = (*(block as *const MemInfo)).size as usize;
        dealloc(block, layout(size));
    }
    nrt::count_free();
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![penna_rt_generator_alloc, penna_rt_generator_free]
}

/// How advancing a generator from the host ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Advanced {
    /// It yielded: the item, in memory layout (its references are the
    /// caller's: it must take them).
    Item(*const u8),
    /// It has finished.
    Finished,
    /// Its body raised (class code, message); it has finished.
    Raised(u32, String),
}

/// Resumes the generator `mi` (as compiled code does, see
/// `penna_compiler::abi::generators`).
///
/// # Safety
/// `mi` is a live generator block; the caller holds a reference to it.
pub unsafe fn advance(mi: *mut MemInfo) -> Advanced {
    use penna_compiler::abi::generators::{
        ITEM_OFFSET, PENDING_OFFSET, PROMISE_OFFSET, STATUS_OFFSET,
    };
    use penna_compiler::abi::{ExceptionRecord, STATUS_EXCEPTION};
    type Resume = Option<unsafe extern "C" fn(*mut u8)>;
    // SAFETY: the block's frame, laid out as the module documents.
    unsafe {
        let frame = (mi as *mut u8).add(OFFSET);
        let promise = frame.add(PROMISE_OFFSET as usize);
        let record = promise as *mut ExceptionRecord;
        if let Some(resume) = *(frame as *const Resume) {
            (*record).stack_limit = crate::call::thread_stack_limit();
            resume(frame);
            if (*(frame as *const Resume)).is_some() {
                *(promise.add(PENDING_OFFSET as usize) as *mut i64) = 0;
                return Advanced::Item(promise.add(ITEM_OFFSET as usize));
            }
        }
        let status = promise.add(STATUS_OFFSET as usize) as *mut i64;
        if *status == STATUS_EXCEPTION as i64 {
            *status = 0;
            let message = (*record).take_message();
            return Advanced::Raised((*record).kind, message);
        }
        Advanced::Finished
    }
}
