//! Moving values between Python objects and the ABI's memory layout.
//!
//! Arguments are written into one buffer (each at an 8-byte aligned offset)
//! and `args[i]` points at the i-th one; results are read back from the return
//! buffer. Layouts are those of `penna_compiler::abi`.

use std::ffi::c_void;

use numpy::npyffi::PyArrayObject;
use penna_compiler::abi::ArrayDescriptor;
use penna_compiler::{Scalar, Type};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyComplex, PyTuple};

/// Bytes an argument of type `t` takes in the argument buffer (8-aligned).
pub fn arg_size(t: &Type) -> usize {
    let bytes = match t {
        Type::Array(a) => ArrayDescriptor::words(a.ndim as usize) * 8,
        t => t.size_align().0 as usize,
    };
    bytes.max(8).next_multiple_of(8)
}

/// The `bitgen_t` of a `numpy.random.Generator`: the pointer in its bit
/// generator's `"BitGenerator"` capsule (NumPy's C interface), valid while
/// the generator lives (the call's argument keeps it).
fn generator_bitgen(obj: &Bound<'_, PyAny>) -> PyResult<*mut c_void> {
    let capsule = obj.getattr("bit_generator")?.getattr("capsule")?;
    // SAFETY: a capsule check and read on a live object.
    let p = unsafe { pyo3::ffi::PyCapsule_GetPointer(capsule.as_ptr(), c"BitGenerator".as_ptr()) };
    if p.is_null() {
        return Err(PyErr::fetch(obj.py()));
    }
    Ok(p)
}

/// Writes `obj` as a value of type `t` at `dst`.
///
/// # Safety
/// `dst` must have room for `arg_size(t)` bytes, aligned to 8.
pub unsafe fn write_arg(obj: &Bound<'_, PyAny>, t: &Type, dst: *mut u8) -> PyResult<()> {
    match t {
        Type::Scalar(s) => unsafe { write_scalar(obj, *s, dst) },
        Type::None
        | Type::Unknown
        | Type::DType(_)
        | Type::TypeRef(_)
        | Type::Slice
        | Type::Function(_) => Ok(()),
        Type::Generator => {
            let bitgen = generator_bitgen(obj)?;
            // SAFETY: room for a pointer, guaranteed by the caller.
            unsafe { *(dst as *mut *mut c_void) = bitgen };
            Ok(())
        }
        Type::Tuple(items) => {
            let tuple = obj.cast::<PyTuple>()?;
            if tuple.len() != items.len() {
                return Err(PyTypeError::new_err(format!(
                    "expected a tuple of {} items",
                    items.len()
                )));
            }
            for ((item, ty), off) in tuple.iter().zip(items).zip(Type::field_offsets(items)) {
                unsafe { write_arg(&item, ty, dst.add(off as usize))? };
            }
            Ok(())
        }
        Type::Optional(inner) => {
            // `(value, present)`: a `None` is all zero bytes.
            let flag = t.optional_flag_offset();
            // SAFETY: the pair's room, guaranteed by the caller.
            unsafe {
                std::ptr::write_bytes(dst, 0, arg_size(t));
                if !obj.is_none() {
                    write_arg(obj, inner, dst)?;
                    *dst.add(flag) = 1;
                }
            }
            Ok(())
        }
        Type::List { typed: true, .. } | Type::Dict(..) => {
            let mi = crate::typed::container_arg_ptr(obj)?;
            // SAFETY: room for a pointer, guaranteed by the caller.
            unsafe { *(dst as *mut *mut penna_compiler::abi::MemInfo) = mi };
            Ok(())
        }
        Type::Class(_) => unsafe { crate::jitclass::write_instance(obj, t, dst) },
        Type::GeneratorOf(_) => unsafe { crate::generators::write_generator(obj, t, dst) },
        Type::List { .. } | Type::Set(_) | Type::Str => {
            let made = crate::containers::container_arg(obj, t)?;
            // SAFETY: room for a pointer, guaranteed by the caller.
            unsafe { *(dst as *mut *mut penna_compiler::abi::MemInfo) = made };
            Ok(())
        }
        // SAFETY: room for a pointer, guaranteed by the caller.
        Type::Record(r) => unsafe { crate::records::write_record(obj, r.size, dst) },
        Type::Array(_) | Type::RecordArray(_) => {
            let ndim = match t {
                Type::RecordArray(r) => r.ndim,
                Type::Array(a) => a.ndim,
                _ => unreachable!("matched"),
            };
            let arr = obj.as_ptr() as *mut PyArrayObject;
            let words = dst as *mut i64;
            // SAFETY: the dispatcher typed `obj` as an ndarray of this ndim.
            unsafe {
                let fields = &(*arr).fields;
                *words = 0;
                *words.add(1) = fields.data as i64;
                let n = ndim as usize;
                for k in 0..n {
                    *words.add(2 + k) = *fields.dimensions.add(k) as i64;
                    *words.add(2 + n + k) = *fields.strides.add(k) as i64;
                }
            }
            Ok(())
        }
    }
}

unsafe fn write_scalar(obj: &Bound<'_, PyAny>, s: Scalar, dst: *mut u8) -> PyResult<()> {
    // SAFETY (all writes): the caller guarantees room and alignment.
    unsafe {
        let tp = pyo3::ffi::Py_TYPE(obj.as_ptr());
        if crate::npscalar::lookup(tp) == Some(s) {
            // A NumPy scalar of exactly this type: copy its value in place.
            std::ptr::copy_nonoverlapping(
                crate::npscalar::value(obj.as_ptr()),
                dst,
                s.size() as usize,
            );
            return Ok(());
        }
        match s {
            Scalar::Bool => *dst = obj.is_truthy()? as u8,
            Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64 => {
                let v: i64 = obj.extract()?;
                match s.size() {
                    1 => *(dst as *mut i8) = v as i8,
                    2 => *(dst as *mut i16) = v as i16,
                    4 => *(dst as *mut i32) = v as i32,
                    _ => *(dst as *mut i64) = v,
                }
            }
            Scalar::U8 | Scalar::U16 | Scalar::U32 | Scalar::U64 => {
                let v: u64 = obj
                    .extract::<u64>()
                    .or_else(|_| obj.extract::<i64>().map(|v| v as u64))?;
                match s.size() {
                    1 => *dst = v as u8,
                    2 => *(dst as *mut u16) = v as u16,
                    4 => *(dst as *mut u32) = v as u32,
                    _ => *(dst as *mut u64) = v,
                }
            }
            Scalar::F16 => {
                *(dst as *mut u16) = half::f16::from_f64(obj.extract::<f64>()?).to_bits()
            }
            Scalar::F32 => *(dst as *mut f32) = obj.extract::<f64>()? as f32,
            Scalar::F64 => *(dst as *mut f64) = obj.extract::<f64>()?,
            Scalar::C64 | Scalar::C128 => {
                let (re, im) = complex_parts(obj)?;
                if s == Scalar::C64 {
                    *(dst as *mut f32) = re as f32;
                    *(dst as *mut f32).add(1) = im as f32;
                } else {
                    *(dst as *mut f64) = re;
                    *(dst as *mut f64).add(1) = im;
                }
            }
        }
    }
    Ok(())
}

fn complex_parts(obj: &Bound<'_, PyAny>) -> PyResult<(f64, f64)> {
    if let Ok(c) = obj.cast::<PyComplex>() {
        return Ok((c.real(), c.imag()));
    }
    let c = obj
        .py()
        .import("builtins")?
        .getattr("complex")?
        .call1((obj,))?;
    let c = c.cast::<PyComplex>()?;
    Ok((c.real(), c.imag()))
}

/// Reads a value of type `t` from `src` as a Python object.
///
/// # Safety
/// `src` must hold a value of type `t` in ABI layout.
/// Arrays take over the reference the compiled code returned; a view into an
/// argument keeps that argument (from `args`) alive.
///
/// Inlined into the call path: scalars, the common result, skip the frame
/// of the function that reads everything else.
#[inline]
pub unsafe fn read_value(
    py: Python<'_>,
    t: &Type,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match t {
            Type::None | Type::Unknown => Ok(py.None()),
            Type::Scalar(s) => read_scalar(py, *s, src),
            _ => read_compound(py, t, src, args),
        }
    }
}

/// A scalar of type `s` at `src` as a Python number.
///
/// # Safety
/// `src` must hold a value of type `s`.
unsafe fn read_scalar(py: Python<'_>, s: Scalar, src: *const u8) -> PyResult<Py<PyAny>> {
    // SAFETY (all reads): guaranteed by the caller.
    unsafe {
        Ok(match s {
            Scalar::Bool => (*src != 0)
                .into_pyobject(py)?
                .to_owned()
                .into_any()
                .unbind(),
            Scalar::I8 => (*(src as *const i8)).into_pyobject(py)?.into_any().unbind(),
            Scalar::I16 => (*(src as *const i16))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::I32 => (*(src as *const i32))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::I64 => (*(src as *const i64))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::U8 => (*src).into_pyobject(py)?.into_any().unbind(),
            Scalar::U16 => (*(src as *const u16))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::U32 => (*(src as *const u32))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::U64 => (*(src as *const u64))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::F16 => half::f16::from_bits(*(src as *const u16))
                .to_f64()
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::F32 => (*(src as *const f32) as f64)
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::F64 => (*(src as *const f64))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            Scalar::C64 => {
                let p = src as *const f32;
                PyComplex::from_doubles(py, *p as f64, *p.add(1) as f64)
                    .into_any()
                    .unbind()
            }
            Scalar::C128 => {
                let p = src as *const f64;
                PyComplex::from_doubles(py, *p, *p.add(1))
                    .into_any()
                    .unbind()
            }
        })
    }
}

/// [`read_value`] of everything but scalars and `None`.
///
/// # Safety
/// As [`read_value`].
#[inline(never)]
unsafe fn read_compound(
    py: Python<'_>,
    t: &Type,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    // SAFETY (all reads): guaranteed by the caller.
    unsafe {
        Ok(match t {
            Type::None | Type::Unknown | Type::Scalar(_) => read_value(py, t, src, args)?,
            Type::Tuple(items) => {
                let values = items
                    .iter()
                    .zip(Type::field_offsets(items))
                    .map(|(ty, off)| read_value(py, ty, src.add(off as usize), args))
                    .collect::<PyResult<Vec<_>>>()?;
                PyTuple::new(py, values)?.into_any().unbind()
            }
            Type::Array(a) => crate::owned::array_to_python(py, a, src, args)?,
            Type::RecordArray(a) => crate::owned::record_array_to_python(py, a, src, args)?,
            // Never returned (the compiler refuses): the record's address
            // points into an array that may be gone.
            Type::Record(_) => {
                return Err(PyTypeError::new_err(format!(
                    "a {t} cannot be passed out of compiled code yet"
                )))
            }
            Type::List { typed: true, .. } | Type::Dict(..) => {
                let mi = *(src as *const *mut penna_compiler::abi::MemInfo);
                crate::typed::wrap_container(py, t, mi)?
            }
            Type::List { .. } | Type::Set(_) => {
                crate::containers::container_to_python(py, t, src, args)?
            }
            Type::TypeRef(_) => py.None(),
            // A function value has no data: the function itself.
            Type::Function(r) => crate::env::dispatcher_of(py, &r.0)?,
            Type::Str => crate::containers::str_to_python(py, src)?,
            Type::Class(_) => crate::jitclass::read_instance(py, t, src)?,
            Type::GeneratorOf(_) => crate::generators::read_generator(py, t, src)?,
            // Never returned (the compiler refuses); inside a container
            // built in compiled code, the pointer has no Python object.
            Type::Generator => {
                return Err(PyTypeError::new_err(
                    "a numpy.random.Generator cannot be passed out of compiled code",
                ))
            }
            Type::Optional(inner) => {
                let flag = t.optional_flag_offset();
                if *src.add(flag) == 0 {
                    py.None()
                } else {
                    read_value(py, inner, src, args)?
                }
            }
            Type::DType(s) => py
                .import("numpy")?
                .getattr("dtype")?
                .call1((s.name(),))?
                .unbind(),
            Type::Slice => py.None(),
        })
    }
}

/// An 8-aligned scratch buffer: on the stack for small calls, never zeroed
/// (every byte a call reads was written by `write_arg` or the callee first).
pub struct Scratch {
    stack: std::mem::MaybeUninit<[u64; 48]>,
    heap: Vec<u64>,
}

impl Scratch {
    pub fn new() -> Self {
        Scratch {
            stack: std::mem::MaybeUninit::uninit(),
            heap: Vec::new(),
        }
    }

    /// A pointer to at least `n` bytes, valid while `self` lives.
    pub fn bytes(&mut self, n: usize) -> *mut u8 {
        let words = n.div_ceil(8);
        if words <= 48 {
            self.stack.as_mut_ptr() as *mut u8
        } else {
            self.heap.resize(words, 0);
            self.heap.as_mut_ptr() as *mut u8
        }
    }
}

pub type ArgPointers = smallvec::SmallVec<[*mut c_void; 8]>;

/// Writes `args` as values of `types` into `scratch` (`bytes` in all: the sum
/// of `arg_size` over `types`) and pushes the pointer to each to `ptrs`,
/// the `args` array of an entry point. Valid while `scratch` lives.
pub fn pack_args(
    args: &[Bound<'_, PyAny>],
    types: &[Type],
    bytes: usize,
    scratch: &mut Scratch,
    ptrs: &mut ArgPointers,
) -> PyResult<()> {
    let base = scratch.bytes(bytes);
    let mut offset = 0;
    for (a, t) in args.iter().zip(types) {
        // SAFETY: `base` has `bytes` bytes, the sum of arg_size(t) over the arguments.
        let dst = unsafe { base.add(offset) };
        unsafe { write_arg(a, t, dst)? };
        ptrs.push(dst as *mut c_void);
        offset += arg_size(t);
    }
    Ok(())
}

/// Moves raw pointers into a closure run without the GIL on this thread.
#[derive(Clone, Copy)]
pub struct SendPtr<T>(pub T);
// SAFETY: used only to move pointers into a GIL-released call on the thread
// that owns what they point to, which waits for it.
unsafe impl<T> Send for SendPtr<T> {}
