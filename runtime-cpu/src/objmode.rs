//! `with objmode(...)` blocks at run time: compiled code calls
//! `penna_rt_objmode`, which hands the block to the host that runs Python
//! (set with [`set_host`]); without one (a module compiled ahead of time)
//! the block raises RuntimeError.

use std::sync::OnceLock;

use penna_compiler::abi::{ExceptionKind, ExceptionRecord, STATUS_EXCEPTION};

/// Runs block `handle`: `types` is `"in;in|out;out"` (penna's type texts),
/// `args[i]` points at the i-th input, `outs[j]` at the j-th output's zeroed
/// slot, which receives a value with references of its own. Returns 0, or
/// fills `exc` and returns [`STATUS_EXCEPTION`].
pub type Host = unsafe fn(
    handle: u64,
    types: &str,
    args: *const *const u8,
    outs: *const *mut u8,
    exc: *mut ExceptionRecord,
) -> i32;

static HOST: OnceLock<Host> = OnceLock::new();

/// Installs the host (the Python extension does at import).
pub fn set_host(host: Host) {
    let _ = HOST.set(host);
}

/// # Safety
/// As [`Host`]; `types` points at `len` bytes of UTF-8.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_objmode(
    handle: u64,
    types: *const u8,
    len: i64,
    args: *const *const u8,
    outs: *const *mut u8,
    exc: *mut ExceptionRecord,
) -> i32 {
    // SAFETY: guaranteed by the caller (compiled code passes a constant).
    let types = unsafe {
        std::str::from_utf8(std::slice::from_raw_parts(types, len as usize)).unwrap_or("")
    };
    match HOST.get() {
        // SAFETY: as above.
        Some(host) => unsafe { host(handle, types, args, outs, exc) },
        None => {
            // SAFETY: the caller's record.
            unsafe {
                (*exc).set_owned_message(
                    ExceptionKind::RuntimeError as u32,
                    "objmode blocks need the penna JIT in a Python process".into(),
                )
            };
            STATUS_EXCEPTION
        }
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![penna_rt_objmode]
}
