//! Calling an entry point through the uniform ABI (`penna_compiler::abi`).

use std::ffi::c_void;

use penna_compiler::abi::{ExceptionRecord, STATUS_OK};

/// `i32 entry(void **args, void *ret, ExceptionRecord *exc)`.
pub type EntryFn =
    unsafe extern "C" fn(*const *mut c_void, *mut c_void, *mut ExceptionRecord) -> i32;

/// How a call ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Returned,
    /// The compiled code raised: the class's code
    /// ([`penna_compiler::abi::ExceptionClass::code`]) and the rendered message.
    Raised(u32, String),
}

/// Calls `entry`.
///
/// # Safety
/// `args` must point to values laid out as the entry's parameter types expect,
/// and `ret` to a buffer large enough for its return type.
pub unsafe fn call(entry: EntryFn, args: &[*mut c_void], ret: *mut c_void) -> Outcome {
    let mut exc = ExceptionRecord {
        stack_limit: thread_stack_limit(),
        ..ExceptionRecord::default()
    };
    // SAFETY: guaranteed by the caller.
    let status = unsafe { entry(args.as_ptr(), ret, &mut exc) };
    if status == STATUS_OK {
        return Outcome::Returned;
    }
    // SAFETY: compiled code points `message` at a constant in the loaded
    // module, or at a message the record owns.
    let message = unsafe { exc.take_message() };
    Outcome::Raised(exc.kind, message)
}

thread_local! {
    /// This thread's stack limit for compiled recursion, computed once.
    static STACK_LIMIT: u64 = stack_limit();
}

/// This thread's limit for compiled recursion (see [`ExceptionRecord::stack_limit`]).
pub(crate) fn thread_stack_limit() -> u64 {
    STACK_LIMIT.with(|l| *l)
}

/// The lowest address recursive compiled code may use on this thread: the end
/// of the thread's stack plus a margin for the frames that run between two
/// checks and for raising the exception. 0 (no check) where unknown.
fn stack_limit() -> u64 {
    if let Some(limit) = main_thread_stack_limit() {
        return limit;
    }
    #[cfg(target_os = "linux")]
    // SAFETY: plain pthread queries on the current thread; attr is destroyed.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut low: *mut c_void = std::ptr::null_mut();
        let mut size: usize = 0;
        let status = libc::pthread_attr_getstack(&attr, &mut low, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if status != 0 || low.is_null() {
            return 0;
        }
        let margin = (size / 8).min(256 * 1024) as u64;
        low as u64 + margin
    }
    #[cfg(not(target_os = "linux"))]
    {
        0
    }
}

/// The main thread's limit without `pthread_getattr_np`, which reads all of
/// `/proc/self/maps` for the main thread (a third of a millisecond in a
/// process with NumPy loaded, on every first call): the top of the stack less
/// the stack size limit, plus the margin. The top is the end of the program's
/// file name (`AT_EXECFN`), the highest string the kernel puts on the stack
/// above the arguments and environment, else glibc's `__libc_stack_end`.
/// `None` on other threads and where the limit is unlimited or unusual.
fn main_thread_stack_limit() -> Option<u64> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: plain libc queries; `__libc_stack_end` is set before main runs.
    unsafe {
        extern "C" {
            static __libc_stack_end: *mut c_void;
        }
        if libc::getpid() != libc::gettid() {
            return None;
        }
        let mut limit: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_STACK, &mut limit) != 0
            || limit.rlim_cur == libc::RLIM_INFINITY
            || !(1 << 20..=1 << 30).contains(&limit.rlim_cur)
        {
            return None;
        }
        let execfn = libc::getauxval(libc::AT_EXECFN) as *const libc::c_char;
        let top = if execfn.is_null() {
            __libc_stack_end as u64
        } else {
            (execfn as u64 + libc::strlen(execfn) as u64 + 1).max(__libc_stack_end as u64)
        };
        let size = limit.rlim_cur;
        let margin = (size / 8).min(256 * 1024);
        top.checked_sub(size).map(|low| low + margin)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        None
    }
}
