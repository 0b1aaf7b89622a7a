//! Structured NumPy dtypes both ways: a dtype (of an array passed in, or a
//! global such as `rec = np.dtype([("x", "f8"), ("n", "i4")])`) read as a
//! [`RecordType`], and a [`RecordType`] made back into a NumPy dtype for a
//! record array returned to Python.
//!
//! Invariant: the dtype made from a record type has the same field names,
//! field dtypes, byte offsets and item size as the one it was read from, so
//! the bytes compiled code wrote mean the same to NumPy. A single record
//! passed in is the address of its bytes (in the array it came from).

use std::sync::Arc;

use penna_compiler::types::{RecordArrayType, RecordType};
use penna_compiler::Type;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::argtypes::{dtype_value, Untypeable};

/// The record type of a structured dtype; `None` for any other object.
/// Fields must be numbers (nested records and sub-arrays are refused).
pub fn record_type(dtype: &Bound<'_, PyAny>) -> Option<Result<RecordType, Untypeable>> {
    let names = dtype.getattr("names").ok()?;
    if names.is_none() || dtype.getattr("fields").is_err() {
        return None;
    }
    let build = || -> Result<RecordType, Untypeable> {
        let err = |e: PyErr| Untypeable::new(format!("a structured dtype ({e})"));
        let fields = dtype.getattr("fields").map_err(err)?;
        let mut out = Vec::new();
        for name in names.try_iter().map_err(err)? {
            let name = name.map_err(err)?;
            let entry = fields.get_item(&name).map_err(err)?;
            let (field_dtype, offset): (Bound<'_, PyAny>, u32) = (
                entry.get_item(0).map_err(err)?,
                entry.get_item(1).map_err(err)?.extract().map_err(err)?,
            );
            let name: String = name.extract().map_err(err)?;
            let scalar = dtype_value(&field_dtype)
                .filter(|_| {
                    field_dtype
                        .getattr("shape")
                        .is_ok_and(|s| s.len().is_ok_and(|n| n == 0))
                })
                .ok_or_else(|| {
                    Untypeable::new(format!(
                        "a structured dtype whose field `{name}` has dtype {field_dtype}"
                    ))
                    .with_hint("record fields of numbers are supported; nested records and sub-arrays are not yet")
                })?;
            out.push((name, scalar, offset));
        }
        let size: u32 = dtype
            .getattr("itemsize")
            .and_then(|s| s.extract())
            .map_err(err)?;
        Ok(RecordType {
            fields: out,
            size,
            readonly: false,
        })
    };
    Some(build())
}

/// `v` as a record type when it is a NumPy structured dtype.
pub fn structured_dtype(v: &Bound<'_, PyAny>) -> Option<Result<RecordType, Untypeable>> {
    // `numpy.dtype` or a subclass (NumPy 2's `numpy.dtypes.VoidDType`),
    // judged by type name: no import, no attribute lookups.
    // SAFETY: the type of a live object.
    if !unsafe { crate::argtypes::named_in_bases(pyo3::ffi::Py_TYPE(v.as_ptr()), b"numpy.dtype") } {
        return None;
    }
    record_type(v)
}

/// A structured array (`dtype.fields` set): its record array type; `None`
/// for other arrays.
pub fn record_array_type(obj: &Bound<'_, PyAny>) -> Option<Result<Type, Untypeable>> {
    let dtype = obj.getattr("dtype").ok()?;
    let record = record_type(&dtype)?;
    let build = || -> Result<Type, Untypeable> {
        let err = |e: PyErr| Untypeable::new(format!("a structured array ({e})"));
        let ndim: u8 = obj.getattr("ndim").and_then(|s| s.extract()).map_err(err)?;
        let writeable: bool = obj
            .getattr("flags")
            .and_then(|f| f.getattr("writeable"))
            .and_then(|w| w.extract())
            .map_err(err)?;
        Ok(Type::RecordArray(RecordArrayType {
            record: Arc::new(record?),
            ndim,
            readonly: !writeable,
        }))
    };
    Some(build())
}

/// The NumPy dtype of `record`: its fields at their offsets, its item size.
pub fn dtype_object<'py>(py: Python<'py>, record: &RecordType) -> PyResult<Bound<'py, PyAny>> {
    let np = py.import("numpy")?;
    let names = PyList::empty(py);
    let formats = PyList::empty(py);
    let offsets = PyList::empty(py);
    for (name, scalar, offset) in &record.fields {
        names.append(name)?;
        formats.append(np.getattr(scalar.name())?)?;
        offsets.append(offset)?;
    }
    let spec = PyDict::new(py);
    spec.set_item("names", names)?;
    spec.set_item("formats", formats)?;
    spec.set_item("offsets", offsets)?;
    spec.set_item("itemsize", record.size)?;
    np.getattr("dtype")?.call1((spec,))
}

/// A single record (`numpy.void` / `numpy.record` of a structured dtype,
/// e.g. `a[0]`): its record type, read-only when its array is; `None` for
/// other objects.
pub fn record_scalar_type(obj: &Bound<'_, PyAny>) -> Option<Result<Type, Untypeable>> {
    let ty = obj.get_type();
    let module = ty.module().ok()?;
    let name = ty.name().ok()?;
    if module.to_str().ok()? != "numpy" || !matches!(name.to_str().ok()?, "void" | "record") {
        return None;
    }
    let record = record_type(&obj.getattr("dtype").ok()?)?;
    let writeable = obj
        .getattr("flags")
        .and_then(|f| f.getattr("writeable"))
        .and_then(|w| w.extract::<bool>())
        .unwrap_or(false);
    Some(record.map(|r| {
        Type::Record(Arc::new(RecordType {
            readonly: !writeable,
            ..r
        }))
    }))
}

/// Writes the address of the bytes of record `obj` (typed by
/// [`record_scalar_type`] as a record of `size` bytes) to `dst`: compiled
/// code reads and writes the record in place, as NumPy's `r['x'] = v` does
/// (into the array `obj` was taken from).
///
/// # Safety
/// `dst` has room for a pointer; `obj` outlives the call that uses it.
pub unsafe fn write_record(obj: &Bound<'_, PyAny>, size: u32, dst: *mut u8) -> PyResult<()> {
    let mut view = std::mem::MaybeUninit::<pyo3::ffi::Py_buffer>::zeroed();
    // SAFETY: the buffer protocol on a live object; the view is released
    // at once (the record's bytes live as long as `obj`, which the caller
    // holds for the call).
    unsafe {
        if pyo3::ffi::PyObject_GetBuffer(obj.as_ptr(), view.as_mut_ptr(), pyo3::ffi::PyBUF_SIMPLE)
            != 0
        {
            return Err(PyErr::fetch(obj.py()));
        }
        let view = view.assume_init_mut();
        let (buf, len) = (view.buf, view.len);
        pyo3::ffi::PyBuffer_Release(view);
        if len != size as isize {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "a record of {len} bytes where {size} were expected"
            )));
        }
        *(dst as *mut *mut std::ffi::c_void) = buf;
    }
    Ok(())
}
