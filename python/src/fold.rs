//! `u.reduce(a)` of a one-dimensional array, folded by calling the ufunc's
//! own (T, T) -> T loop once, as NumPy's reduction does, without NumPy's
//! iterator set-up (about 7000 instructions for a 10-item array).
//!
//! The result equals NumPy's bit for bit: NumPy hands a 1-D reduction to the
//! same loop in one call, `out` aliasing the accumulator (step 0), starting
//! from the first item, left to right. Everything else (another rank or
//! layout, an empty array, a byte-swapped or unaligned one, a subclass, a
//! dtype whose loop is not (T, T) -> T) returns `None` for NumPy to do.
//!
//! Invariants:
//! - floating-point exceptions are NumPy's to report: the flags are cleared
//!   before the loop and, if the loop raised any, the result is dropped and
//!   NumPy's reduction runs (it warns or raises as `np.errstate` says; a
//!   kernel that prints prints again);
//! - an exception the kernel raised is taken from the thread's slot, as
//!   after any ufunc call (`crate::ufunc::raising_kernel_errors`).

use std::ffi::{c_char, c_int, c_void};

use numpy::npyffi::{PyArrayObject, PyUFuncObject, NPY_ARRAY_ALIGNED, PY_ARRAY_API};
use pyo3::ffi;
use pyo3::prelude::*;

/// Above this many items the loop runs without the GIL (NumPy's threshold
/// for releasing it around a loop is 500 items).
const DETACH_ITEMS: isize = 500;

/// NumPy's floating-point exception flags (`FE_INVALID | FE_DIVBYZERO |
/// FE_OVERFLOW | FE_UNDERFLOW`).
#[cfg(target_arch = "x86_64")]
const FE_CHECKED: c_int = 0x01 | 0x04 | 0x08 | 0x10;
#[cfg(target_arch = "aarch64")]
const FE_CHECKED: c_int = 0x01 | 0x02 | 0x04 | 0x08;

extern "C" {
    fn feclearexcept(excepts: c_int) -> c_int;
    fn fetestexcept(excepts: c_int) -> c_int;
}

/// The loop of `ufunc` for (t, t) -> t and its data, if it has one.
///
/// # Safety
/// `ufunc` is a live `numpy.ufunc`.
unsafe fn uniform_loop(
    ufunc: *mut ffi::PyObject,
    t: c_int,
) -> Option<(
    unsafe extern "C" fn(*mut *mut c_char, *mut isize, *mut isize, *mut c_void),
    *mut c_void,
)> {
    // SAFETY: guaranteed by the caller; the tables live with the ufunc.
    unsafe {
        let u = &(*(ufunc as *mut PyUFuncObject)).fields;
        if u.nin != 2 || u.nout != 1 || u.core_enabled != 0 {
            return None;
        }
        let types = std::slice::from_raw_parts(u.types as *const u8, 3 * u.ntypes.max(0) as usize);
        let k = types
            .chunks_exact(3)
            .position(|ty| ty.iter().all(|&x| c_int::from(x) == t))?;
        let function = (*u.functions.add(k))?;
        Some((function, *u.data.add(k)))
    }
}

/// `ufunc.reduce(array)` folded here, or `None` for NumPy to do it.
///
/// # Safety
/// `ufunc` is a `numpy.ufunc`.
pub(crate) unsafe fn reduce_1d(
    py: Python<'_>,
    ufunc: &Bound<'_, PyAny>,
    array: &Bound<'_, PyAny>,
) -> PyResult<Option<Py<PyAny>>> {
    // SAFETY: live objects; the array's fields are read after its exact type
    // is checked, the ufunc's as the caller guarantees.
    unsafe {
        if numpy::npyffi::PyArray_CheckExact(py, array.as_ptr()) == 0 {
            return Ok(None);
        }
        let arr = &(*(array.as_ptr() as *mut PyArrayObject)).fields;
        let descr = arr.descr;
        let t = (*descr).fields.type_num;
        let swapped = if cfg!(target_endian = "little") {
            b'>'
        } else {
            b'<'
        };
        if arr.nd != 1
            || arr.flags & NPY_ARRAY_ALIGNED == 0
            || (*descr).fields.byteorder as u8 == swapped
        {
            return Ok(None);
        }
        // The dtypes compiled code takes (booleans, integers, float16/32/64,
        // complex64/128): a type number and an item size.
        let size = crate::argtypes::scalar_of_type_num(t).map(|s| s.size() as usize);
        let (Some(size), n) = (size, *arr.dimensions) else {
            return Ok(None);
        };
        let Some((function, data)) = uniform_loop(ufunc.as_ptr(), t) else {
            return Ok(None);
        };
        if n < 1 {
            return Ok(None);
        }
        let stride = *arr.strides;
        let mut acc = [0u64; 2];
        let accp = acc.as_mut_ptr() as *mut c_char;
        std::ptr::copy_nonoverlapping(arr.data, accp, size);
        let _ = penna_runtime_cpu::ufunc::take_error();
        feclearexcept(FE_CHECKED);
        if n > 1 {
            let rest = arr.data.offset(stride) as usize;
            let (accp_addr, data_addr) = (accp as usize, data as usize);
            let run = move || {
                let accp = accp_addr as *mut c_char;
                let mut args = [accp, rest as *mut c_char, accp];
                let mut dims = [n - 1];
                let mut steps = [0, stride, 0];
                // SAFETY: the (t, t) -> t loop over `n - 1` items of the
                // array after the first, accumulating into `acc`, as NumPy
                // calls it for this reduction.
                function(
                    args.as_mut_ptr(),
                    dims.as_mut_ptr(),
                    steps.as_mut_ptr(),
                    data_addr as *mut c_void,
                );
            };
            if n > DETACH_ITEMS {
                py.detach(run);
            } else {
                run();
            }
        }
        if let Some((kind, message)) = penna_runtime_cpu::ufunc::take_error() {
            return Err(crate::errors::raised(py, kind, message));
        }
        if fetestexcept(FE_CHECKED) != 0 {
            return Ok(None);
        }
        let scalar = PY_ARRAY_API.PyArray_Scalar(py, accp.cast(), descr, std::ptr::null_mut());
        Bound::from_owned_ptr_or_err(py, scalar).map(|s| Some(s.unbind()))
    }
}
