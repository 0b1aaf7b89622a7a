//! Python values to and from the calling ABI's layout, for the types an
//! ahead-of-time signature may name: scalars, NumPy arrays, tuples of them,
//! `None` and optionals.
//!
//! [`fits`] decides whether a value can be passed as a type without loss (it
//! picks the overload); [`write`] then stores it. Arguments sit at 8-byte
//! aligned offsets; an array is `{meminfo, data, shape[n], strides[n]}`
//! (`penna_compiler::abi::ArrayDescriptor`) with a null meminfo (NumPy owns
//! it); an array compiled code returns carries one reference, handed to a
//! [`Memory`] object that is the new ndarray's base.

use std::ffi::c_void;

use numpy::npyffi::{self, npy_intp, PyArrayObject, NPY_TYPES, PY_ARRAY_API};
use numpy::{PyArrayDescrMethods, PyUntypedArray, PyUntypedArrayMethods};
use penna_compiler::abi::{ArrayDescriptor, MemInfo};
use penna_compiler::{ArrayType, Layout, Scalar, Type};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyComplex, PyFloat, PyInt, PyTuple};

/// Bytes an argument of type `t` takes (a multiple of 8).
pub fn arg_size(t: &Type) -> usize {
    let bytes = match t {
        Type::Array(a) => ArrayDescriptor::words(a.ndim as usize) * 8,
        t => t.size_align().0 as usize,
    };
    bytes.max(8).next_multiple_of(8)
}

/// NumPy's kind letter and item size of a scalar type.
fn kind(s: Scalar) -> (char, usize) {
    let letter = if s == Scalar::Bool {
        'b'
    } else if s.is_complex() {
        'c'
    } else if s.is_float() {
        'f'
    } else if s.is_unsigned() {
        'u'
    } else {
        'i'
    };
    (letter, s.size() as usize)
}

/// The kind letter of a Python or NumPy scalar, if `obj` is one.
fn scalar_kind(obj: &Bound<'_, PyAny>) -> Option<char> {
    if obj.is_instance_of::<PyBool>() {
        return Some('b');
    }
    if obj.is_instance_of::<PyInt>() {
        return Some('i');
    }
    if obj.is_instance_of::<PyFloat>() {
        return Some('f');
    }
    if obj.is_instance_of::<PyComplex>() {
        return Some('c');
    }
    if obj.cast::<PyUntypedArray>().is_ok() {
        return None;
    }
    let dtype = obj.getattr("dtype").ok()?;
    let letter: String = dtype.getattr("kind").ok()?.extract().ok()?;
    letter.chars().next()
}

/// Whether `obj` passes as `t` without losing anything a Python caller would
/// notice (an int for a float, a float32 array for `float32[:]`; not a float
/// for an int, nor a read-only array where the code may write).
pub fn fits(obj: &Bound<'_, PyAny>, t: &Type) -> bool {
    match t {
        Type::None => obj.is_none(),
        Type::Optional(inner) => obj.is_none() || fits(obj, inner),
        Type::Tuple(items) => obj.cast::<PyTuple>().is_ok_and(|tuple| {
            tuple.len() == items.len() && tuple.iter().zip(items).all(|(o, t)| fits(&o, t))
        }),
        Type::Scalar(s) => {
            let Some(have) = scalar_kind(obj) else {
                return false;
            };
            let order = |k: char| "biufc".find(k).unwrap_or(usize::MAX);
            let want = kind(*s).0;
            // bool < int < float < complex; a signed value is no unsigned one.
            match (have, want) {
                ('i', 'u') => true,
                ('u', 'i') => true,
                (h, w) => order(h) <= order(w),
            }
        }
        Type::Array(a) => array_fits(obj, a),
        _ => false,
    }
}

fn array_fits(obj: &Bound<'_, PyAny>, a: &ArrayType) -> bool {
    let Ok(arr) = obj.cast::<PyUntypedArray>() else {
        return false;
    };
    let dtype = arr.dtype();
    let (letter, size) = kind(a.dtype);
    dtype.kind() as char == letter
        && dtype.itemsize() == size
        && dtype.is_native_byteorder() != Some(false)
        && arr.ndim() == a.ndim as usize
        && (writeable(arr) || a.readonly)
        && match a.layout {
            Layout::C => arr.is_c_contiguous(),
            Layout::F => arr.is_fortran_contiguous(),
            Layout::Any => true,
        }
}

/// NumPy's WRITEABLE flag of `arr`.
fn writeable(arr: &Bound<'_, PyUntypedArray>) -> bool {
    // SAFETY: a live ndarray.
    let flags = unsafe { (*arr.as_array_ptr()).fields.flags };
    flags & npyffi::NPY_ARRAY_WRITEABLE != 0
}

/// Writes `obj` (which [`fits`] `t`) as a value of `t` at `dst`.
///
/// # Safety
/// `dst` has room for `arg_size(t)` bytes, aligned to 8.
pub unsafe fn write(obj: &Bound<'_, PyAny>, t: &Type, dst: *mut u8) -> PyResult<()> {
    // SAFETY (all writes): the caller guarantees the room.
    unsafe {
        match t {
            Type::Scalar(s) => write_scalar(obj, *s, dst)?,
            Type::Tuple(items) => {
                let tuple = obj.cast::<PyTuple>()?;
                for ((item, ty), off) in tuple.iter().zip(items).zip(Type::field_offsets(items)) {
                    write(&item, ty, dst.add(off as usize))?;
                }
            }
            Type::Optional(inner) => {
                std::ptr::write_bytes(dst, 0, arg_size(t));
                if !obj.is_none() {
                    write(obj, inner, dst)?;
                    *dst.add(t.optional_flag_offset()) = 1;
                }
            }
            Type::Array(a) => {
                let arr = obj.as_ptr() as *mut PyArrayObject;
                let fields = &(*arr).fields;
                let words = dst as *mut i64;
                let n = a.ndim as usize;
                *words = 0;
                *words.add(1) = fields.data as i64;
                for k in 0..n {
                    *words.add(2 + k) = *fields.dimensions.add(k) as i64;
                    *words.add(2 + n + k) = *fields.strides.add(k) as i64;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

unsafe fn write_scalar(obj: &Bound<'_, PyAny>, s: Scalar, dst: *mut u8) -> PyResult<()> {
    // SAFETY (all writes): the caller guarantees room and alignment.
    unsafe {
        match s {
            Scalar::Bool => *dst = obj.is_truthy()? as u8,
            _ if s.is_int() && s.is_unsigned() => {
                let v: u64 = obj
                    .extract::<u64>()
                    .or_else(|_| obj.extract::<i64>().map(|v| v as u64))?;
                std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), dst, s.size() as usize);
            }
            _ if s.is_int() => {
                let v: i64 = obj.extract()?;
                std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), dst, s.size() as usize);
            }
            Scalar::F16 => *(dst as *mut u16) = half::f16::from_f64(obj.extract()?).to_bits(),
            Scalar::F32 => *(dst as *mut f32) = obj.extract::<f64>()? as f32,
            Scalar::F64 => *(dst as *mut f64) = obj.extract::<f64>()?,
            _ => {
                let c = obj
                    .py()
                    .import("builtins")?
                    .getattr("complex")?
                    .call1((obj,))?;
                let c = c.cast::<PyComplex>()?;
                if s == Scalar::C64 {
                    *(dst as *mut f32) = c.real() as f32;
                    *(dst as *mut f32).add(1) = c.imag() as f32;
                } else {
                    *(dst as *mut f64) = c.real();
                    *(dst as *mut f64).add(1) = c.imag();
                }
            }
        }
    }
    Ok(())
}

/// Reads a value of type `t` at `src` as a Python object; arrays take over
/// the reference compiled code returned, a view keeps its argument alive.
///
/// # Safety
/// `src` holds a value of type `t` in ABI layout.
pub unsafe fn read(
    py: Python<'_>,
    t: &Type,
    src: *const u8,
    args: &Bound<'_, PyTuple>,
) -> PyResult<Py<PyAny>> {
    // SAFETY (all reads): guaranteed by the caller.
    unsafe {
        Ok(match t {
            Type::Scalar(s) => read_scalar(py, *s, src)?,
            Type::Tuple(items) => {
                let values = items
                    .iter()
                    .zip(Type::field_offsets(items))
                    .map(|(ty, off)| read(py, ty, src.add(off as usize), args))
                    .collect::<PyResult<Vec<_>>>()?;
                PyTuple::new(py, values)?.into_any().unbind()
            }
            Type::Optional(inner) if *src.add(t.optional_flag_offset()) != 0 => {
                read(py, inner, src, args)?
            }
            Type::Array(a) => read_array(py, a, src, args)?,
            _ => py.None(),
        })
    }
}

unsafe fn read_scalar(py: Python<'_>, s: Scalar, src: *const u8) -> PyResult<Py<PyAny>> {
    let mut bytes = [0u8; 8];
    // SAFETY (all reads): the caller guarantees a value of type `s`.
    unsafe {
        if s.is_int() || s == Scalar::Bool {
            std::ptr::copy_nonoverlapping(src, bytes.as_mut_ptr(), s.size() as usize);
        }
        let value = match s {
            Scalar::Bool => PyBool::new(py, bytes[0] != 0).to_owned().into_any(),
            Scalar::I8 => (bytes[0] as i8).into_pyobject(py)?.into_any(),
            Scalar::I16 => (*(src as *const i16)).into_pyobject(py)?.into_any(),
            Scalar::I32 => (*(src as *const i32)).into_pyobject(py)?.into_any(),
            Scalar::I64 => (*(src as *const i64)).into_pyobject(py)?.into_any(),
            _ if s.is_int() => u64::from_le_bytes(bytes).into_pyobject(py)?.into_any(),
            Scalar::F16 => half::f16::from_bits(*(src as *const u16))
                .to_f64()
                .into_pyobject(py)?
                .into_any(),
            Scalar::F32 => (*(src as *const f32) as f64).into_pyobject(py)?.into_any(),
            Scalar::F64 => (*(src as *const f64)).into_pyobject(py)?.into_any(),
            Scalar::C64 => {
                let p = src as *const f32;
                PyComplex::from_doubles(py, *p as f64, *p.add(1) as f64).into_any()
            }
            _ => {
                let p = src as *const f64;
                PyComplex::from_doubles(py, *p, *p.add(1)).into_any()
            }
        };
        Ok(value.unbind())
    }
}

/// Holds one reference to an array compiled code allocated.
#[pyclass(module = "penna_aot", frozen)]
pub struct Memory {
    meminfo: usize,
}

impl Drop for Memory {
    fn drop(&mut self) {
        // SAFETY: created with a reference this object owns.
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
        Scalar::I64 => NPY_LONGLONG,
        Scalar::U8 => NPY_UBYTE,
        Scalar::U16 => NPY_USHORT,
        Scalar::U32 => NPY_UINT,
        Scalar::U64 => NPY_ULONGLONG,
        Scalar::F16 => NPY_HALF,
        Scalar::F32 => NPY_FLOAT,
        Scalar::F64 => NPY_DOUBLE,
        Scalar::C64 => NPY_CFLOAT,
        Scalar::C128 => NPY_CDOUBLE,
    }
}

unsafe fn read_array(
    py: Python<'_>,
    a: &ArrayType,
    src: *const u8,
    args: &Bound<'_, PyTuple>,
) -> PyResult<Py<PyAny>> {
    let words = src as *const i64;
    let n = a.ndim as usize;
    // SAFETY (reads): a descriptor of `n` dimensions, by the caller.
    let (meminfo, data, mut shape, mut strides) = unsafe {
        let shape: Vec<npy_intp> = (0..n).map(|k| *words.add(2 + k) as npy_intp).collect();
        let strides: Vec<npy_intp> = (0..n).map(|k| *words.add(2 + n + k) as npy_intp).collect();
        (
            *words as usize,
            *words.add(1) as *mut c_void,
            shape,
            strides,
        )
    };
    let base: Py<PyAny> = if meminfo != 0 {
        Py::new(py, Memory { meminfo })?.into_any()
    } else if let Some(arg) = args.iter().find(|arg| holds(arg, data as usize)) {
        arg.unbind()
    } else if shape.contains(&0) {
        let np = py.import("numpy")?;
        let shape = PyTuple::new(py, &shape)?;
        return Ok(np.call_method1("empty", (shape, a.dtype.name()))?.unbind());
    } else {
        return Err(PyRuntimeError::new_err(
            "cannot return a view of memory no argument owns (a penna bug)",
        ));
    };
    // SAFETY: NumPy's C API with a built-in descriptor; SetBaseObject steals `base`.
    unsafe {
        let descr = PY_ARRAY_API.PyArray_DescrFromType(py, type_num(a.dtype) as i32);
        let subtype = npyffi::get_type_object(py, npyffi::NpyTypes::PyArray_Type);
        let flags = if a.readonly {
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

/// Whether the argument `obj` (an ndarray, or a tuple holding some) owns the
/// byte at `address`.
fn holds(obj: &Bound<'_, PyAny>, address: usize) -> bool {
    if let Ok(t) = obj.cast::<PyTuple>() {
        return t.iter().any(|item| holds(&item, address));
    }
    let Ok(arr) = obj.cast::<PyUntypedArray>() else {
        return false;
    };
    let (mut lo, mut hi) = {
        // SAFETY: an ndarray (cast above).
        let start = unsafe { (*arr.as_array_ptr()).fields.data } as isize;
        (start, start + arr.dtype().itemsize() as isize)
    };
    for (&d, &s) in arr.shape().iter().zip(arr.strides()) {
        if d == 0 {
            return false;
        }
        let span = (d as isize - 1) * s;
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    (lo as usize) <= address && address < hi as usize
}

/// A short description of a Python value's type, for errors.
pub fn describe(obj: &Bound<'_, PyAny>) -> String {
    if let Ok(arr) = obj.cast::<PyUntypedArray>() {
        let dtype = arr.dtype().str().map(|s| s.to_string()).unwrap_or_default();
        let readonly = if writeable(arr) { "" } else { "read-only " };
        return format!("{readonly}{dtype} array({}-d)", arr.ndim());
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let items: Vec<String> = t.iter().map(|i| describe(&i)).collect();
        return format!("({})", items.join(", "));
    }
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// A `TypeError` for arguments no overload takes.
pub fn no_overload(name: &str, args: &Bound<'_, PyTuple>, signatures: &[String]) -> PyErr {
    let got: Vec<String> = args.iter().map(|a| describe(&a)).collect();
    PyTypeError::new_err(format!(
        "{name}() was compiled ahead of time for {}; it cannot take ({})",
        signatures.join(" or "),
        got.join(", ")
    ))
}
