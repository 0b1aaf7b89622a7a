//! jitclass instances: one block holding the [`MemInfo`] header, the item
//! descriptor of the fields' layout (`abi::containers::item_desc` of the
//! tuple of their types) and the fields. Invariants: the fields start
//! zeroed (null references); the object holds one reference to every
//! reference-counted field and drops them when it is freed; every object is
//! counted in the live allocations of [`crate::nrt`].

use std::alloc::{alloc, dealloc, Layout};
use std::sync::atomic::{AtomicI64, Ordering};

use penna_compiler::abi::MemInfo;

use crate::containers::Desc;
use crate::nrt;

/// The header, then the descriptor pointer, padded to 16 bytes.
const PREFIX: usize = penna_compiler::abi::OBJECT_DATA_OFFSET as usize;

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(PREFIX.checked_add(size)?, 16).ok()
}

/// Frees an instance whose last reference went. Instances it held the
/// last reference to are freed in this loop, not by recursion, so that a
/// linked list of any length is freed without exhausting the stack (and
/// without thread-local state: one loop per chain).
unsafe extern "C" fn drop_object(mi: *mut MemInfo) {
    let mut more = Vec::new();
    let mut next = Some(mi);
    while let Some(m) = next {
        // SAFETY: an object nobody holds any more (this one, or one whose
        // last reference a freed object held).
        next = unsafe { free_object(m, &mut more) }.or_else(|| more.pop());
    }
}

/// Releases the fields of `mi` and frees its block. An instance field whose
/// last reference this was is not freed here: the first is returned, any
/// others pushed to `more`.
///
/// # Safety
/// `mi` is a block made by `penna_rt_object_new` that nobody holds.
unsafe fn free_object(mi: *mut MemInfo, more: &mut Vec<*mut MemInfo>) -> Option<*mut MemInfo> {
    let mut first = None;
    // SAFETY: guaranteed by the caller; reference fields hold null or a
    // live allocation.
    unsafe {
        let desc = Desc::new(*((mi as *const u8).add(32) as *const *const u32));
        let data = (*mi).data;
        if desc.has_refs() {
            for off in desc.refs() {
                let field = *(data.add(off) as *const *mut MemInfo);
                if field.is_null() {
                    continue;
                }
                // (Another instance: the same destructor. A false "no"
                // would only free it by recursion.)
                let is_object = (*field).dtor.is_some_and(|d| {
                    std::ptr::fn_addr_eq(d, drop_object as unsafe extern "C" fn(*mut MemInfo))
                });
                if !is_object {
                    nrt::release(field);
                } else if (*field).refcount.fetch_sub(1, Ordering::AcqRel) == 1 {
                    match first {
                        None => first = Some(field),
                        Some(_) => more.push(field),
                    }
                }
            }
        }
        dealloc(
            mi as *mut u8,
            layout(desc.size()).expect("allocated with it"),
        );
    }
    nrt::count_free();
    first
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
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: the fields lie inside the block (zeroed: null references).
    unsafe { block.add(PREFIX).write_bytes(0, size) };
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
