//! Calling an entry point through the uniform ABI (`penna_compiler::abi`).

use std::ffi::c_void;

use penna_compiler::abi::{ExceptionKind, ExceptionRecord, STATUS_OK};

/// `i32 entry(void **args, void *ret, ExceptionRecord *exc)`.
pub type EntryFn =
    unsafe extern "C" fn(*const *mut c_void, *mut c_void, *mut ExceptionRecord) -> i32;

/// How a call ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Returned,
    /// The compiled code raised; the kind and the rendered message.
    Raised(ExceptionKind, String),
}

/// Calls `entry`.
///
/// # Safety
/// `args` must point to values laid out as the entry's parameter types expect,
/// and `ret` to a buffer large enough for its return type.
pub unsafe fn call(entry: EntryFn, args: &[*mut c_void], ret: *mut c_void) -> Outcome {
    let mut exc = ExceptionRecord::default();
    // SAFETY: guaranteed by the caller.
    let status = unsafe { entry(args.as_ptr(), ret, &mut exc) };
    if status == STATUS_OK {
        return Outcome::Returned;
    }
    let kind = ExceptionKind::from_code(exc.kind).unwrap_or(ExceptionKind::RuntimeError);
    // SAFETY: compiled code points `message` at a constant in the loaded module.
    let message = unsafe { exc.render_message() };
    Outcome::Raised(kind, message)
}
