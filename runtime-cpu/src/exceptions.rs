//! What compiled `try` / `except` needs at run time: which raised classes an
//! `except` clause catches, the message of the exception being handled,
//! and forgetting it once handled.
//!
//! A class catches its own code and the codes of its subclasses. Builtin
//! exceptions' and registered classes' ancestors are given by the host
//! ([`set_ancestors`]), which knows the Python classes; an `except` of a
//! class with no recorded descendants catches exactly that class.

use std::collections::HashMap;
use std::sync::RwLock;

use penna_compiler::abi::{ExceptionRecord, MemInfo};

static ANCESTORS: RwLock<Option<HashMap<u32, Vec<u32>>>> = RwLock::new(None);

/// Records the codes of the classes `code`'s class derives from.
pub fn set_ancestors(code: u32, ancestors: Vec<u32>) {
    let mut table = ANCESTORS.write().unwrap_or_else(|e| e.into_inner());
    table
        .get_or_insert_with(HashMap::new)
        .insert(code, ancestors);
}

/// Whether an exception of class `raised` is caught by `except handler`.
#[no_mangle]
pub extern "C" fn penna_rt_exception_matches(raised: u32, handler: u32) -> i32 {
    if raised == handler {
        return 1;
    }
    let table = ANCESTORS.read().unwrap_or_else(|e| e.into_inner());
    table
        .as_ref()
        .and_then(|t| t.get(&raised))
        .is_some_and(|a| a.contains(&handler)) as i32
}

/// The message of the exception in `exc` as a new string (`except E as e`).
///
/// # Safety
/// `exc` is a record filled by compiled code or the runtime.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_exception_message(exc: *const ExceptionRecord) -> *mut MemInfo {
    // SAFETY: guaranteed by the caller.
    let text = unsafe { (*exc).render_message() };
    crate::strings::new_str(penna_compiler::abi::plain_message(&text))
}

/// Forgets the handled exception in `exc` (frees an owned message).
///
/// # Safety
/// As above.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_exception_clear(exc: *mut ExceptionRecord) {
    // SAFETY: guaranteed by the caller.
    unsafe { (*exc).release_message() };
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![
        penna_rt_exception_matches,
        penna_rt_exception_message,
        penna_rt_exception_clear,
    ]
}
