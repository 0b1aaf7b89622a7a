//! `@vectorize` / `@guvectorize`: compiled kernels as real NumPy ufuncs.
//!
//! `Dispatcher::_ufunc_loop` compiles a kernel for one type signature with a
//! NumPy inner-loop entry (see `penna_targets::UfuncLoop`) and returns the
//! loop's address; [`make_ufunc`] builds a `numpy.ufunc` from such loops;
//! [`ufunc_call`] calls a method of it and raises the error a kernel raised
//! inside the loop, which NumPy's legacy loops cannot report. The Python side
//! (`penna/ufunc.py`) does the signature parsing and lazy compilation.
//!
//! The tables a ufunc points to (loops, type codes, name, doc) live in a
//! capsule stored as the ufunc's `obj`, which NumPy releases with the ufunc.

use std::ffi::{c_char, c_int, c_void, CString};

use numpy::npyffi::objects::{PyUFuncGenericFunction, PyUFuncObject};
use numpy::npyffi::PY_UFUNC_API;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyTuple};

use crate::errors::raised;

/// What a ufunc's C fields point to; owned by the ufunc through a capsule.
struct Tables {
    functions: Vec<PyUFuncGenericFunction>,
    data: Vec<*mut c_void>,
    types: Vec<c_char>,
    name: CString,
    doc: CString,
    signature: Option<CString>,
}

// SAFETY: the tables are immutable once the ufunc exists; `data` holds nulls.
unsafe impl Send for Tables {}
unsafe impl Sync for Tables {}

/// A `numpy.ufunc` over compiled loops. `loops` are `(address, type numbers of
/// every operand)`; `identity` is NumPy's `PyUFunc_*` identity code;
/// `signature` makes a generalized ufunc (`"(n),()->(n)"`).
#[pyfunction]
#[pyo3(signature = (name, doc, nin, nout, loops, identity, signature=None))]
#[allow(clippy::too_many_arguments)] // the fields of NumPy's constructor
pub fn make_ufunc(
    py: Python<'_>,
    name: &str,
    doc: &str,
    nin: usize,
    nout: usize,
    loops: Vec<(usize, Vec<u8>)>,
    identity: i32,
    signature: Option<&str>,
) -> PyResult<Py<PyAny>> {
    let nargs = nin + nout;
    if loops
        .iter()
        .any(|(address, types)| *address == 0 || types.len() != nargs)
    {
        return Err(PyValueError::new_err(
            "internal: a ufunc loop needs an address and one type per operand",
        ));
    }
    let cstring =
        |s: &str| CString::new(s).map_err(|_| PyValueError::new_err("NUL in a ufunc name"));
    let mut tables = Box::new(Tables {
        functions: loops
            .iter()
            .map(|(address, _)| {
                // SAFETY: each address is a loop penna compiled with NumPy's
                // inner-loop signature (`penna_targets::compile_ufunc_loop`).
                Some(unsafe {
                    std::mem::transmute::<
                        usize,
                        unsafe extern "C" fn(*mut *mut c_char, *mut isize, *mut isize, *mut c_void),
                    >(*address)
                })
            })
            .collect(),
        data: vec![std::ptr::null_mut(); loops.len()],
        types: loops
            .iter()
            .flat_map(|(_, types)| types.iter().map(|&t| t as c_char))
            .collect(),
        name: cstring(name)?,
        doc: cstring(doc)?,
        signature: signature.map(cstring).transpose()?,
    });
    // SAFETY: the table pointers stay valid while the capsule (moved into the
    // ufunc's `obj` below) lives, which is as long as the ufunc.
    let ufunc = unsafe {
        let raw = PY_UFUNC_API.PyUFunc_FromFuncAndDataAndSignature(
            py,
            tables.functions.as_mut_ptr(),
            tables.data.as_mut_ptr(),
            tables.types.as_mut_ptr(),
            loops.len() as c_int,
            nin as c_int,
            nout as c_int,
            identity as c_int,
            tables.name.as_ptr(),
            tables.doc.as_ptr(),
            0,
            tables
                .signature
                .as_ref()
                .map_or(std::ptr::null(), |s| s.as_ptr()),
        );
        Bound::from_owned_ptr_or_err(py, raw)?
    };
    let capsule = PyCapsule::new_with_value(py, tables, c"penna.ufunc_tables")?;
    // SAFETY: `ufunc` is a fresh PyUFuncObject whose `obj` NumPy leaves null
    // and releases on deallocation.
    unsafe {
        let object = ufunc.as_ptr() as *mut PyUFuncObject;
        (*object).fields.obj = capsule.into_ptr();
    }
    Ok(ufunc.unbind())
}

/// `ufunc.<method>(*args, **kwargs)` (`method` is `__call__`, `reduce`,
/// `accumulate`, ...), raising the exception a kernel raised inside it.
#[pyfunction]
#[pyo3(signature = (ufunc, method, args, kwargs=None))]
pub fn ufunc_call(
    py: Python<'_>,
    ufunc: &Bound<'_, PyAny>,
    method: &str,
    args: &Bound<'_, PyTuple>,
    kwargs: Option<&Bound<'_, PyDict>>,
) -> PyResult<Py<PyAny>> {
    let _ = penna_runtime_cpu::ufunc::take_error();
    let result = ufunc.call_method(method, args, kwargs);
    if let Some((kind, message)) = penna_runtime_cpu::ufunc::take_error() {
        return Err(raised(py, kind, message));
    }
    Ok(result?.unbind())
}
