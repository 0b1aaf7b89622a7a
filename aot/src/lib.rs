//! penna-aot: what a module compiled ahead of time (`python -m penna aot`)
//! links in, so that it imports and runs without penna: the CPU runtime
//! (`penna-runtime-cpu` without its JIT, so without LLVM) and the glue between
//! CPython and the uniform calling ABI.
//!
//! | module | role |
//! |---|---|
//! | [`function`] | the Python callable of an exported function: overloads, calls, exceptions |
//! | [`convert`] | Python values to and from the ABI's layout (scalars, arrays, tuples, `None`) |
//! | [`print`] | `print()` in compiled code (`penna_rt_print`) |
//!
//! The generated C file of a module (see `python/penna/aot.py`) holds a table
//! of [`AotFunction`]s and [`AotException`]s and a `PyInit_<name>` that calls
//! [`penna_aot_module`]. The C library of the same module calls entries
//! directly and uses [`penna_error_message`] and [`penna_release`].
//!
//! Invariants: every runtime symbol compiled code may reference is exported
//! by `penna-runtime-cpu` under its ABI name (`#[no_mangle]`), so the static
//! link resolves all of them; each module carries its own copy of the runtime
//! (allocation counts, thread pool), as a `pycc` module carried Numba's.

use std::ffi::{c_char, CStr, CString};
use std::sync::Mutex;

use penna_compiler::abi::{ExceptionKind, ExceptionRecord, MemInfo};
use penna_runtime_cpu::EntryFn;
use pyo3::prelude::*;

pub mod convert;
pub mod function;
pub mod print;

/// One exported signature of a function (several rows may share a name: the
/// function's overloads, tried in order).
#[repr(C)]
pub struct AotFunction {
    /// The Python name.
    pub name: *const c_char,
    /// The full signature, `float64(float64[:], int64)`.
    pub signature: *const c_char,
    /// The docstring, or null.
    pub doc: *const c_char,
    pub entry: EntryFn,
    /// Non-zero: calls release the GIL (`nogil=True`).
    pub nogil: i32,
}

/// A user exception class compiled code raises under `code`:
/// `module:qualname:builtin-base`. The module defines the classes of its own
/// source module; others are imported when raised.
#[repr(C)]
pub struct AotException {
    pub code: u32,
    pub class: *const c_char,
}

/// # Safety
/// `ptr` is null or a NUL-terminated string that outlives the module.
unsafe fn text(ptr: *const c_char) -> Option<String> {
    // SAFETY: guaranteed by the caller.
    (!ptr.is_null()).then(|| {
        unsafe { CStr::from_ptr(ptr) }
            .to_string_lossy()
            .into_owned()
    })
}

/// The module `name` with one callable per function of `functions`; called by
/// the module's `PyInit_<name>` with the GIL held. Returns a new reference,
/// or null with a Python exception set.
///
/// # Safety
/// The tables hold `n_functions` and `n_exceptions` valid rows whose strings
/// and entries live as long as the process (they are constants of the module).
#[no_mangle]
pub unsafe extern "C" fn penna_aot_module(
    name: *const c_char,
    doc: *const c_char,
    functions: *const AotFunction,
    n_functions: usize,
    exceptions: *const AotException,
    n_exceptions: usize,
) -> *mut pyo3::ffi::PyObject {
    // SAFETY: the generated caller passes its constant tables.
    let (functions, exceptions) = unsafe {
        (
            std::slice::from_raw_parts(functions, n_functions),
            std::slice::from_raw_parts(exceptions, n_exceptions),
        )
    };
    // SAFETY: PyInit runs with the GIL held.
    let py = unsafe { Python::assume_attached() };
    print::set_writer(write_to_python);
    let build = || -> PyResult<Bound<'_, PyModule>> {
        // Single-phase initialisation: CPython wants a module made from a
        // definition that lives as long as the process.
        let def = Box::leak(Box::new(pyo3::ffi::PyModuleDef {
            m_base: pyo3::ffi::PyModuleDef_HEAD_INIT,
            m_name: name,
            m_doc: doc,
            m_size: -1,
            m_methods: std::ptr::null_mut(),
            m_slots: std::ptr::null_mut(),
            m_traverse: None,
            m_clear: None,
            m_free: None,
        }));
        // SAFETY: a complete definition; the GIL is held.
        let module = unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                pyo3::ffi::PyModule_Create2(def, pyo3::ffi::PYTHON_API_VERSION),
            )?
        };
        let module = module.cast_into::<PyModule>()?;
        // NumPy's C API now, at import (as `import_array()` in a C
        // extension), not in the first call that passes an array; without
        // NumPy the import fails here with Python's ImportError.
        py.import("numpy")?;
        let _ = py.None().bind(py).cast::<numpy::PyUntypedArray>();
        // SAFETY: constants of the module (the caller's guarantee).
        let name = unsafe { text(name) }.unwrap_or_default();
        // SAFETY: the caller's tables.
        let rows = unsafe { exception_rows(exceptions) };
        register_exception_rows(&rows);
        function::register_exceptions(&module, rows.into_iter())?;
        for f in function::build(&name, functions)? {
            let (name, doc) = (f.name().to_owned(), f.doc().map(str::to_owned));
            let f = Bound::new(py, f)?;
            f.setattr("__doc__", doc)?;
            module.add(name, f)?;
        }
        Ok(module)
    };
    // A panic must not unwind into CPython.
    let built =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(build)).unwrap_or_else(|_| {
            Err(pyo3::exceptions::PyRuntimeError::new_err(
                "penna: the module failed to initialise (a penna bug)",
            ))
        });
    match built {
        Ok(m) => m.into_ptr(),
        Err(e) => {
            e.restore(py);
            std::ptr::null_mut()
        }
    }
}

/// User exception classes by code (`module:qualname:base`), for both the
/// Python extension and the C library.
static EXCEPTIONS: Mutex<Vec<(u32, String)>> = Mutex::new(Vec::new());

/// # Safety
/// Rows of a module's constant table.
unsafe fn exception_rows(rows: &[AotException]) -> Vec<(u32, String)> {
    rows.iter()
        // SAFETY: by the caller.
        .map(|e| (e.code, unsafe { text(e.class) }.unwrap_or_default()))
        .collect()
}

fn register_exception_rows(rows: &[(u32, String)]) {
    let mut table = EXCEPTIONS.lock().unwrap_or_else(|e| e.into_inner());
    for row in rows {
        if !table.contains(row) {
            table.push(row.clone());
        }
    }
}

/// The `module:qualname:base` row of a user exception code.
pub(crate) fn exception_row(code: u32) -> Option<String> {
    let table = EXCEPTIONS.lock().unwrap_or_else(|e| e.into_inner());
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, r)| r.clone())
}

/// Registers the user exception classes of the C library (its generated
/// source calls this when it loads), for [`penna_error_class`].
///
/// # Safety
/// `rows` holds `n` rows of constant strings.
#[no_mangle]
pub unsafe extern "C" fn penna_aot_exceptions(rows: *const AotException, n: usize) {
    // SAFETY: guaranteed by the caller.
    let rows = unsafe { exception_rows(std::slice::from_raw_parts(rows, n)) };
    register_exception_rows(&rows);
}

/// `print`'s writer in the Python extension: `sys.stdout.write`, so that
/// output interleaves with Python's own and follows redirections.
fn write_to_python(line: &str) {
    Python::attach(|py| {
        let written = py
            .import("sys")
            .and_then(|sys| sys.getattr("stdout"))
            .and_then(|out| out.call_method1("write", (line,)));
        if let Err(e) = written {
            e.print(py);
        }
    });
}

/// Writes the message of the exception `exc` describes (as compiled code
/// filled it in) into `buf` (`size` bytes, NUL-terminated, truncated if need
/// be); returns the message's full length. For callers of the C library.
///
/// # Safety
/// `exc` was filled by a call that returned 1; `buf` has `size` bytes.
#[no_mangle]
pub unsafe extern "C" fn penna_error_message(
    exc: *const ExceptionRecord,
    buf: *mut c_char,
    size: usize,
) -> usize {
    // SAFETY: guaranteed by the caller.
    let full = unsafe { (*exc).render_message() };
    let message = penna_compiler::abi::plain_message(&full);
    if size > 0 && !buf.is_null() {
        let n = message.len().min(size - 1);
        // SAFETY: `buf` has room for `n + 1` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(message.as_ptr(), buf as *mut u8, n);
            *buf.add(n) = 0;
        }
    }
    message.len()
}

/// The name of the Python exception class of `code` (`"IndexError"`), or
/// `"Exception"` for a class the module does not know; the string lives as
/// long as the process.
#[no_mangle]
pub extern "C" fn penna_error_class(code: u32) -> *const c_char {
    static NAMES: Mutex<Vec<(u32, CString)>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, name)) = names.iter().find(|(c, _)| *c == code) {
        return name.as_ptr();
    }
    let text = match ExceptionKind::from_code(code) {
        Some(kind) => kind.name().to_owned(),
        None => exception_row(code)
            .and_then(|row| row.split(':').nth(1).map(str::to_owned))
            .unwrap_or_else(|| "Exception".into()),
    };
    names.push((code, CString::new(text).unwrap_or_default()));
    names.last().map_or(std::ptr::null(), |(_, n)| n.as_ptr())
}

/// Drops the caller's reference to an array compiled code returned (the
/// `meminfo` of its descriptor; null is ignored).
///
/// # Safety
/// `meminfo` is null or a reference the caller owns.
#[no_mangle]
pub unsafe extern "C" fn penna_release(meminfo: *mut MemInfo) {
    // SAFETY: guaranteed by the caller.
    unsafe { penna_runtime_cpu::nrt::release(meminfo) };
}

/// Allocations made and freed by this module's compiled code (leak checks).
///
/// # Safety
/// `allocated` and `freed` point to writable counters.
#[no_mangle]
pub unsafe extern "C" fn penna_allocation_stats(allocated: *mut u64, freed: *mut u64) {
    let (a, f) = penna_runtime_cpu::nrt::allocation_stats();
    // SAFETY: the caller passes two writable counters.
    unsafe {
        *allocated = a;
        *freed = f;
    }
}
