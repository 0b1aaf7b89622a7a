//! NumPy scalar types (`np.float32(1.5)`, `np.int64(3)`, ...) recognised by
//! their type pointer, and their values read in place.
//!
//! penna never imports NumPy itself, so it cannot ask NumPy for its scalar types
//! up front. Instead the slow path (attribute lookups, microseconds) remembers
//! each exact NumPy scalar type it meets; from then on a call recognises it with
//! a scan of a few atomics. NumPy's scalar objects are `{PyObject_HEAD; value}`
//! (the public `arrayscalars.h` layout), so the value is read directly after
//! the object header instead of through `__float__` / `__index__`.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;

use penna_compiler::Scalar;
use pyo3::ffi;

const SLOTS: usize = 16;
static TYPES: [AtomicUsize; SLOTS] = [const { AtomicUsize::new(0) }; SLOTS];
static SCALARS: [AtomicU8; SLOTS] = [const { AtomicU8::new(0) }; SLOTS];
static WRITER: Mutex<()> = Mutex::new(());

/// The scalar type of an exact NumPy scalar type seen before.
pub fn lookup(tp: *mut ffi::PyTypeObject) -> Option<Scalar> {
    let key = tp as usize;
    for (slot, scalar) in TYPES.iter().zip(&SCALARS) {
        match slot.load(Ordering::Acquire) {
            0 => return None,
            t if t == key => {
                return Scalar::ALL
                    .get(scalar.load(Ordering::Relaxed) as usize)
                    .copied()
            }
            _ => {}
        }
    }
    None
}

/// Records that objects of exactly type `tp` are NumPy scalars of type `s`.
pub fn remember(tp: *mut ffi::PyTypeObject, s: Scalar) {
    let _guard = WRITER.lock().unwrap_or_else(|p| p.into_inner());
    if lookup(tp).is_some() {
        return;
    }
    let code = Scalar::ALL.iter().position(|&x| x == s).expect("a scalar") as u8;
    if let Some(i) = TYPES.iter().position(|t| t.load(Ordering::Acquire) == 0) {
        // The scalar first, then the type that makes the slot visible to readers.
        SCALARS[i].store(code, Ordering::Relaxed);
        TYPES[i].store(tp as usize, Ordering::Release);
    }
}

/// Where the value of a NumPy scalar object lives.
///
/// # Safety
/// `obj` must be an object whose exact type `lookup` recognised.
pub unsafe fn value(obj: *mut ffi::PyObject) -> *const u8 {
    // SAFETY: NumPy scalars store their value right after the object header.
    unsafe { (obj as *const u8).add(std::mem::size_of::<ffi::PyObject>()) }
}
