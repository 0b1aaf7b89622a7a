//! Errors raised inside NumPy ufunc loops.
//!
//! NumPy's legacy inner loops return nothing, so a `@vectorize` kernel that
//! raises stops its loop and calls [`penna_rt_ufunc_error`]; the error waits in
//! a thread-local slot until the Python wrapper, after NumPy returns, takes it
//! with [`take_error`] and raises it. NumPy runs a ufunc's loops on the calling
//! thread, so the slot of that thread is the right one. Only the first error
//! of a call is kept (later chunks of the same call may fail too).

use std::cell::RefCell;

use penna_compiler::abi::{self, ExceptionRecord};

thread_local! {
    static PENDING: RefCell<Option<(u32, String)>> = const { RefCell::new(None) };
}

/// Called by compiled ufunc loops when the kernel raised.
///
/// # Safety
/// `record` points to an exception record filled by compiled code, whose
/// message points at a constant of a loaded module.
pub unsafe extern "C" fn penna_rt_ufunc_error(record: *const ExceptionRecord) {
    // SAFETY: guaranteed by the caller.
    let record = unsafe { &*record };
    // SAFETY: as above.
    let message = unsafe { record.render_message() };
    PENDING.with(|p| {
        p.borrow_mut().get_or_insert((record.kind, message));
    });
}

/// The error (exception code and message) a ufunc loop of this thread raised
/// since the last call, if any.
pub fn take_error() -> Option<(u32, String)> {
    PENDING.with(|p| p.borrow_mut().take())
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![(
        abi::UFUNC_ERROR_SYMBOL,
        penna_rt_ufunc_error as *const () as usize,
    )]
}
