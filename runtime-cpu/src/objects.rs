//! jitclass instances: one block holding the [`MemInfo`] header, the item
//! descriptor of the fields' layout (`abi::containers::item_desc` of the
//! tuple of their types) and the fields. Invariants: the fields start
//! zeroed (null references); the object holds one reference to every
//! reference-counted field and drops them when it is freed; every object is
//! counted in the live allocations of [`crate::nrt`].

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::sync::atomic::AtomicI64;

use penna_compiler::abi::MemInfo;

use crate::containers::Desc;
use crate::nrt;

/// The header, then the descriptor pointer, padded to 16 bytes.
const PREFIX: usize = penna_compiler::abi::OBJECT_DATA_OFFSET as usize;

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(PREFIX.checked_add(size)?, 16).ok()
}

thread_local! {
    /// Objects whose last reference went while another object was being
    /// freed: freed in a loop, not by recursion, so that a linked list of
    /// any length is freed without exhausting the stack.
    static PENDING: std::cell::RefCell<Option<Vec<usize>>> = const { std::cell::RefCell::new(None) };
}

unsafe extern "C" fn drop_object(mi: *mut MemInfo) {
    let nested = PENDING.with(|p| match p.borrow_mut().as_mut() {
        Some(pending) => {
            pending.push(mi as usize);
            true
        }
        None => false,
    });
    if nested {
        return;
    }
    PENDING.with(|p| *p.borrow_mut() = Some(Vec::new()));
    let mut next = Some(mi as usize);
    while let Some(m) = next {
        // SAFETY: an object nobody holds any more (this one, or one whose
        // last reference a freed object held).
        unsafe { free_object(m as *mut MemInfo) };
        next = PENDING.with(|p| p.borrow_mut().as_mut().and_then(Vec::pop));
    }
    PENDING.with(|p| *p.borrow_mut() = None);
}

/// Releases the fields of `mi` and frees its block.
///
/// # Safety
/// `mi` is a block made by `penna_rt_object_new` that nobody holds.
unsafe fn free_object(mi: *mut MemInfo) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let desc = Desc::new(*((mi as *const u8).add(32) as *const *const u32));
        let data = (*mi).data;
        if desc.has_refs() {
            desc.release(data);
        }
        dealloc(
            mi as *mut u8,
            layout(desc.size()).expect("allocated with it"),
        );
    }
    nrt::count_free();
}

/// A new instance with zeroed fields (refcount 1); null when memory is
/// exhausted.
///
/// # Safety
/// `desc` is a descriptor that lives for the process.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_object_new(desc: *const u32) -> *mut MemInfo {
    // SAFETY: guaranteed by the caller.
    let size = unsafe { Desc::new(desc) }.size();
    let Some(layout) = layout(size) else {
        return std::ptr::null_mut();
    };
    // SAFETY: a non-zero size.
    let block = unsafe { alloc_zeroed(layout) };
    if block.is_null() {
        return std::ptr::null_mut();
    }
    let mi = block as *mut MemInfo;
    // SAFETY: the block has room for the prefix and the fields.
    unsafe {
        mi.write(MemInfo {
            refcount: AtomicI64::new(1),
            data: block.add(PREFIX),
            size: size as u64,
            dtor: Some(drop_object),
        });
        *(block.add(32) as *mut *const u32) = desc;
    }
    nrt::count_alloc();
    mi
}

/// The fields of a live instance.
///
/// # Safety
/// `mi` is a live instance.
pub unsafe fn fields(mi: *const MemInfo) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*mi).data }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![penna_rt_object_new]
}
