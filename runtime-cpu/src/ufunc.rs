//! Errors raised inside NumPy ufunc loops, and loops split over the thread
//! pool (`target="parallel"`).
//!
//! NumPy's legacy inner loops return nothing, so a `@vectorize` kernel that
//! raises stops its loop and calls [`penna_rt_ufunc_error`]; the error waits in
//! a thread-local slot until the Python wrapper, after NumPy returns, takes it
//! with [`take_error`] and raises it. NumPy runs a ufunc's loops on the calling
//! thread, so the slot of that thread is the right one. Only the first error
//! of a call is kept (later chunks of the same call may fail too).

use std::cell::RefCell;
use std::ffi::{c_char, c_void};

use penna_compiler::abi::{self, ExceptionRecord};

thread_local! {
    static PENDING: RefCell<Option<(u32, String)>> = const { RefCell::new(None) };
}

/// Called by compiled ufunc loops when the kernel raised.
///
/// # Safety
/// `record` points to an exception record filled by compiled code, whose
/// message points at a constant of a loaded module.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_ufunc_error(record: *mut ExceptionRecord) {
    // SAFETY: guaranteed by the caller.
    let record = unsafe { &mut *record };
    // SAFETY: as above.
    let message = unsafe { record.take_message() };
    PENDING.with(|p| {
        p.borrow_mut().get_or_insert((record.kind, message));
    });
}

/// The error (exception code and message) a ufunc loop of this thread raised
/// since the last call, if any.
pub fn take_error() -> Option<(u32, String)> {
    // Almost always none: a look, without writing the slot back.
    PENDING.with(|p| {
        if p.borrow().is_none() {
            return None;
        }
        p.borrow_mut().take()
    })
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![(
        abi::UFUNC_ERROR_SYMBOL,
        penna_rt_ufunc_error as *const () as usize,
    )]
}

/// A compiled ufunc loop run in chunks on the thread pool
/// (`@vectorize(target="parallel")`): NumPy calls
/// [`penna_rt_parallel_loop`] with one of these as the loop's `data`.
pub struct ParallelLoop {
    /// The compiled inner loop (NumPy's signature).
    pub inner: usize,
    /// Operands (inputs and outputs).
    pub nargs: usize,
    /// Of which inputs (the first `nin`).
    pub nin: usize,
    /// Entries of NumPy's `dimensions`: the loop length, then one per core
    /// dimension of a generalized ufunc.
    pub ndims: usize,
}

type InnerLoop = unsafe extern "C" fn(*mut *mut c_char, *mut isize, *mut isize, *mut c_void);

/// Below this many elements a loop runs on the calling thread.
const PARALLEL_MIN: isize = 4096;

/// What each chunk of a parallel ufunc loop needs (the `ctx` of the
/// thread pool's body).
struct Chunks {
    inner: InnerLoop,
    args: Vec<*mut c_char>,
    steps: *mut isize,
    dims: Vec<isize>,
    /// The first error a chunk's kernel raised.
    error: std::sync::Mutex<Option<(u32, String)>>,
}

/// The thread pool's body: runs the compiled loop on elements `[lo, hi)`.
unsafe extern "C" fn chunk_body(
    ctx: *mut u8,
    lo: i64,
    hi: i64,
    _partial: *mut u8,
    _exc: *mut ExceptionRecord,
) -> i32 {
    // SAFETY: `ctx` is the caller's `Chunks`, alive until every chunk ran.
    let c = unsafe { &*(ctx as *const Chunks) };
    let lo = lo as isize;
    let mut args: Vec<*mut c_char> = c
        .args
        .iter()
        .enumerate()
        // SAFETY: NumPy's steps of each operand; `lo` lies within the loop.
        .map(|(k, &p)| unsafe { p.offset(lo * *c.steps.add(k)) })
        .collect();
    let mut dims = c.dims.clone();
    dims[0] = hi as isize - lo;
    // SAFETY: the operands' pointers advanced within their arrays.
    unsafe {
        (c.inner)(
            args.as_mut_ptr(),
            dims.as_mut_ptr(),
            c.steps,
            std::ptr::null_mut(),
        )
    };
    if let Some(e) = take_error() {
        c.error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get_or_insert(e);
    }
    0
}

/// Bytes an operand's element may span beyond its pointer: a complex
/// long double, the widest numeric dtype.
const WIDEST_ITEM: isize = 32;

/// Whether an iteration of the loop may read what another wrote: an output
/// with step 0 (`reduce` accumulates into one element) or an output whose
/// memory meets an input's other than element for element (`accumulate`
/// reads the previous output). Such a loop runs in order, on one thread.
/// NumPy passes such aliases only to `reduce`, `accumulate` and `reduceat`
/// of elementwise ufuncs (a call copies overlapping operands first, and a
/// generalized ufunc has no reductions), so generalized loops are not
/// checked.
///
/// # Safety
/// NumPy's inner-loop arguments for `plan`.
unsafe fn carries(
    plan: &ParallelLoop,
    args: *mut *mut c_char,
    dims: *mut isize,
    steps: *mut isize,
) -> bool {
    if plan.ndims > 1 {
        return false;
    }
    // SAFETY: guaranteed by the caller.
    let (args, steps, n) = unsafe {
        (
            std::slice::from_raw_parts(args, plan.nargs),
            std::slice::from_raw_parts(steps, plan.nargs),
            *dims,
        )
    };
    let span = |k: usize| {
        let start = args[k] as isize;
        let end = start.saturating_add(steps[k].saturating_mul(n - 1));
        (start.min(end), start.max(end).saturating_add(WIDEST_ITEM))
    };
    (plan.nin..plan.nargs).any(|o| {
        if steps[o] == 0 {
            return true;
        }
        let (olo, ohi) = span(o);
        (0..plan.nargs).filter(|&k| k != o).any(|k| {
            let same = args[k] == args[o] && steps[k] == steps[o];
            let (lo, hi) = span(k);
            !same && lo < ohi && olo < hi
        })
    })
}

/// NumPy's inner-loop signature: splits the outer loop into one block per
/// thread of the calling thread's team (the caller takes part) and runs the
/// compiled loop on each; an error raised in any block is kept for the
/// caller (the first one, as a serial loop keeps it).
///
/// # Safety
/// NumPy's arguments for a loop whose `data` is a live [`ParallelLoop`].
pub unsafe extern "C" fn penna_rt_parallel_loop(
    args: *mut *mut c_char,
    dims: *mut isize,
    steps: *mut isize,
    data: *mut c_void,
) {
    // SAFETY: guaranteed by the caller.
    let plan = unsafe { &*(data as *const ParallelLoop) };
    // SAFETY: a compiled loop of NumPy's signature.
    let inner: InnerLoop = unsafe { std::mem::transmute::<usize, InnerLoop>(plan.inner) };
    // SAFETY: NumPy passes at least one dimension.
    let n = unsafe { *dims };
    let team = crate::parallel::penna_rt_team_size(0);
    // SAFETY (`carries`): NumPy's own arguments.
    if n < PARALLEL_MIN || team <= 1 || unsafe { carries(plan, args, dims, steps) } {
        // SAFETY: NumPy's own arguments.
        unsafe { inner(args, dims, steps, std::ptr::null_mut()) };
        return;
    }
    let chunks = Chunks {
        inner,
        // SAFETY: NumPy's arrays of `nargs` pointers and `ndims` dimensions.
        args: unsafe { std::slice::from_raw_parts(args, plan.nargs) }.to_vec(),
        steps,
        dims: unsafe { std::slice::from_raw_parts(dims, plan.ndims) }.to_vec(),
        error: std::sync::Mutex::new(None),
    };
    let mut exc = ExceptionRecord::default();
    let (schedule, chunk) = abi::Schedule::StaticBlocks.code();
    // SAFETY: `chunks` outlives the call; the body writes no partials.
    unsafe {
        crate::parallel::penna_rt_parallel_for(
            chunk_body,
            &chunks as *const Chunks as *mut u8,
            n as i64,
            std::ptr::null_mut(),
            0,
            team,
            schedule,
            chunk,
            &mut exc,
        )
    };
    if let Some(first) = chunks.error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        PENDING.with(|p| {
            p.borrow_mut().get_or_insert(first);
        });
    }
}
