//! Arrays returned by compiled code become `numpy.ndarray`s without a copy.
//!
//! An owned array (non-null meminfo) hands its reference to an [`OwnedMemory`]
//! object set as the ndarray's `base`: NumPy keeps the memory alive while any
//! array uses it and the reference is dropped when the last one goes. An array
//! with a null meminfo is a view into an argument (the only memory compiled
//! code can see that it does not own): its `base` is that argument.

use std::ffi::c_void;

use numpy::npyffi::{self, npy_intp, PyArrayObject, NPY_TYPES, PY_ARRAY_API};
use penna_compiler::abi::MemInfo;
use penna_compiler::types::{RecordArrayType, RecordType};
use penna_compiler::{ArrayType, Scalar, Type};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// Holds one reference to an allocation of compiled code.
#[pyclass(module = "penna._native", frozen)]
pub struct OwnedMemory {
    meminfo: usize,
}

impl Drop for OwnedMemory {
    fn drop(&mut self) {
        // SAFETY: created with a reference that this object owns.
        unsafe { penna_runtime_cpu::nrt::release(self.meminfo as *mut MemInfo) };
    }
}

fn type_num(s: Scalar) -> NPY_TYPES {
    use NPY_TYPES::*;
    match s {
        Scalar::Bool => NPY_BOOL,
        Scalar::I8 => NPY_BYTE,
        Scalar::I16 => NPY_SHORT,
        Scalar::I32 => NPY_INT,
        Scalar::I64 => NPY_LONG,
        Scalar::U8 => NPY_UBYTE,
        Scalar::U16 => NPY_USHORT,
        Scalar::U32 => NPY_UINT,
        Scalar::U64 => NPY_ULONG,
        Scalar::F16 => NPY_HALF,
        Scalar::F32 => NPY_FLOAT,
        Scalar::F64 => NPY_DOUBLE,
        Scalar::C64 => NPY_CFLOAT,
        Scalar::C128 => NPY_CDOUBLE,
    }
}

/// Reads an array descriptor returned by compiled code (which carries one
/// reference for the caller) as an ndarray.
///
/// # Safety
/// `src` holds a descriptor of type `a` in ABI layout.
pub unsafe fn array_to_python(
    py: Python<'_>,
    a: &ArrayType,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller.
    unsafe { items_to_python(py, Items::Scalar(a.dtype), a.ndim, a.readonly, src, args) }
}

/// As [`array_to_python`], for an array of records (its dtype rebuilt from
/// the record type, see [`crate::records::dtype_object`]).
///
/// # Safety
/// `src` holds a descriptor of type `a` in ABI layout.
pub unsafe fn record_array_to_python(
    py: Python<'_>,
    a: &RecordArrayType,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    let items = Items::Record(&a.record);
    // SAFETY: guaranteed by the caller.
    let array = unsafe { items_to_python(py, items, a.ndim, a.readonly, src, args) }?;
    if a.ndim > 0 {
        return Ok(array);
    }
    // A 0-d record array is a record returned by compiled code (see
    // `program::finish`): the `numpy.record` it holds, fields readable as
    // attributes.
    let array = array.into_bound(py);
    let np = py.import("numpy")?;
    let dtype = np
        .getattr("dtype")?
        .call1(((np.getattr("record")?, array.getattr("dtype")?),))?;
    Ok(array.call_method1("view", (dtype,))?.get_item(())?.unbind())
}

/// What the items of an array returned to Python are.
#[derive(Clone, Copy)]
enum Items<'a> {
    Scalar(Scalar),
    Record(&'a RecordType),
}

impl Items<'_> {
    /// A new reference to the NumPy descriptor of the items.
    fn descr(self, py: Python<'_>) -> PyResult<*mut npyffi::PyArray_Descr> {
        Ok(match self {
            // SAFETY: NumPy C API; a built-in type number.
            Items::Scalar(s) => unsafe {
                PY_ARRAY_API.PyArray_DescrFromType(py, type_num(s) as i32)
            },
            Items::Record(r) => crate::records::dtype_object(py, r)?.into_ptr() as *mut _,
        })
    }
}

/// # Safety
/// `src` holds an array descriptor of `ndim` dimensions in ABI layout.
unsafe fn items_to_python(
    py: Python<'_>,
    items: Items<'_>,
    ndim: u8,
    readonly: bool,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    let words = src as *const i64;
    let n = ndim as usize;
    // SAFETY (reads): guaranteed by the caller.
    let (meminfo, data, mut shape, mut strides) = unsafe {
        let meminfo = *words as usize;
        let data = *words.add(1) as *mut c_void;
        let shape: Vec<npy_intp> = (0..n).map(|k| *words.add(2 + k) as npy_intp).collect();
        let strides: Vec<npy_intp> = (0..n).map(|k| *words.add(2 + n + k) as npy_intp).collect();
        (meminfo, data, shape, strides)
    };
    // An array Python stored in a typed container comes back as itself.
    // SAFETY: a live descriptor of `n` dimensions.
    if let Some(original) = unsafe { crate::typed::original_array(py, words, n) } {
        // SAFETY: the reference handed over is not needed for it.
        unsafe { penna_runtime_cpu::nrt::release(meminfo as *mut MemInfo) };
        return Ok(original);
    }
    let base: Py<PyAny> = if meminfo != 0 {
        Py::new(py, OwnedMemory { meminfo })?.into_any()
    } else {
        match args.and_then(|args| argument_holding(args, data as usize)) {
            Some(arg) => arg,
            None => {
                return empty_or_bug(py, items, &shape);
            }
        }
    };
    let descr = items.descr(py)?;
    // SAFETY: NumPy C API; the new array takes the `descr` and `base`
    // references (NewFromDescr and SetBaseObject steal them).
    unsafe {
        let subtype = npyffi::get_type_object(py, npyffi::NpyTypes::PyArray_Type);
        let flags = if readonly {
            0
        } else {
            npyffi::NPY_ARRAY_WRITEABLE
        };
        let arr = PY_ARRAY_API.PyArray_NewFromDescr(
            py,
            subtype,
            descr,
            n as i32,
            shape.as_mut_ptr(),
            strides.as_mut_ptr(),
            data,
            flags,
            std::ptr::null_mut(),
        );
        if arr.is_null() {
            return Err(PyErr::fetch(py));
        }
        if PY_ARRAY_API.PyArray_SetBaseObject(py, arr as *mut PyArrayObject, base.into_ptr()) != 0 {
            pyo3::ffi::Py_DECREF(arr);
            return Err(PyErr::fetch(py));
        }
        Ok(Bound::from_owned_ptr(py, arr).unbind())
    }
}

/// The argument (an ndarray) whose memory contains `address`.
fn argument_holding(args: &[Bound<'_, PyAny>], address: usize) -> Option<Py<PyAny>> {
    for arg in args.iter() {
        if let Some(found) = holding(arg, address) {
            return Some(found);
        }
    }
    None
}

fn holding(obj: &Bound<'_, PyAny>, address: usize) -> Option<Py<PyAny>> {
    if let Ok(t) = obj.cast::<PyTuple>() {
        return t.iter().find_map(|item| holding(&item, address));
    }
    let item_size = match crate::argtypes::arg_type(obj) {
        Ok(Type::Array(t)) => t.dtype.size() as isize,
        Ok(Type::RecordArray(t)) => t.record.size as isize,
        _ => return None,
    };
    let arr = obj.as_ptr() as *mut PyArrayObject;
    // SAFETY: `obj` is an ndarray (typed above).
    let (lo, hi) = unsafe {
        let f = &(*arr).fields;
        let mut lo = f.data as isize;
        let mut hi = lo + item_size;
        for k in 0..f.nd as usize {
            let d = *f.dimensions.add(k);
            if d == 0 {
                return None;
            }
            let span = (d - 1) * *f.strides.add(k);
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
        (lo, hi)
    };
    ((lo as usize) <= address && address < hi as usize).then(|| obj.clone().unbind())
}

/// A view with a null meminfo that no argument holds: an empty array (whose
/// data pointer may point anywhere) becomes a fresh empty ndarray; anything
/// else is a penna bug.
fn empty_or_bug(py: Python<'_>, items: Items<'_>, shape: &[npy_intp]) -> PyResult<Py<PyAny>> {
    if shape.contains(&0) {
        let np = py.import("numpy")?;
        let dtype = match items {
            Items::Scalar(s) => np.getattr(s.name())?,
            Items::Record(r) => crate::records::dtype_object(py, r)?,
        };
        let shape = PyTuple::new(py, shape.iter().map(|&d| d as i64))?;
        return Ok(np.call_method1("empty", (shape, dtype))?.unbind());
    }
    Err(PyRuntimeError::new_err(
        "penna: cannot return a view of memory no argument owns (a penna bug)",
    ))
}

/// `penna.runtime.allocation_stats()`: (allocations, frees) of compiled code's
/// owned arrays since the process started.
#[pyfunction]
pub fn allocation_stats() -> (u64, u64) {
    penna_runtime_cpu::nrt::allocation_stats()
}
