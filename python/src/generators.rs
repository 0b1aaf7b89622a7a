//! Generator objects seen from Python (`penna.Generator`): what a compiled
//! generator function returns to Python, an iterator whose `__next__`
//! resumes the compiled body (`penna_runtime_cpu::generators::advance`).
//! Passed back into compiled code, it is the same object there.
//! Invariant: a `Generator` holds one reference to its runtime block,
//! released when it is collected.

use penna_compiler::abi::MemInfo;
use penna_compiler::Type;
use penna_runtime_cpu::generators::{advance, Advanced};
use penna_runtime_cpu::nrt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;

use crate::errors::raised;
use crate::marshal::read_value;

/// A compiled generator, iterated from Python.
#[pyclass(name = "Generator", module = "penna", frozen)]
pub struct Generator {
    mi: *mut MemInfo,
    item: Type,
}

// SAFETY: the fields never change and the reference count behind `mi` is
// atomic. `__next__` resumes the generator with the GIL held, so two Python
// threads never resume it at once. (Compiled code running without the GIL,
// `nogil=True`, that advances a generator another thread also advances races
// on it, as a Numba generator would: the program's data race, as on an
// array. `unsendable` instead cost a thread check per `__next__`, half its
// time.)
unsafe impl Send for Generator {}
unsafe impl Sync for Generator {}

impl Drop for Generator {
    fn drop(&mut self) {
        // SAFETY: the reference this object holds.
        unsafe { nrt::release(self.mi) };
    }
}

#[pymethods]
impl Generator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        // SAFETY: a live generator this object holds a reference to.
        match unsafe { advance(self.mi) } {
            // SAFETY: the item in memory layout; its references move to
            // the Python value.
            Advanced::Item(at) => Ok(Some(unsafe { read_value(py, &self.item, at, None)? })),
            Advanced::Finished => Ok(None),
            Advanced::Raised(code, message) => Err(raised(py, code, message)),
        }
    }

    fn __repr__(&self) -> String {
        format!("<penna generator yielding {} at {:p}>", self.item, self.mi)
    }
}

/// A generator compiled code returned (taking over the reference at `src`).
///
/// # Safety
/// `src` holds a live generator of type `t`.
pub unsafe fn read_generator(py: Python<'_>, t: &Type, src: *const u8) -> PyResult<Py<PyAny>> {
    let Type::GeneratorOf(item) = t else {
        return Err(PyTypeError::new_err(format!("{t} is not a generator")));
    };
    // SAFETY: guaranteed by the caller.
    let mi = unsafe { *(src as *const *mut MemInfo) };
    let item = (**item).clone();
    Ok(Py::new(py, Generator { mi, item })?.into_any())
}

/// Writes a `penna.Generator` argument of type `t` (borrowed for the call).
///
/// # Safety
/// `dst` has room for a pointer.
pub unsafe fn write_generator(obj: &Bound<'_, PyAny>, t: &Type, dst: *mut u8) -> PyResult<()> {
    let g = obj
        .cast::<Generator>()
        .map_err(|_| PyTypeError::new_err(format!("expected a {t}")))?;
    let g = g.get();
    if Type::GeneratorOf(Box::new(g.item.clone())) != *t {
        return Err(PyTypeError::new_err(format!("expected a {t}")));
    }
    // SAFETY: guaranteed by the caller.
    unsafe { *(dst as *mut *mut MemInfo) = g.mi };
    Ok(())
}

/// The type of a `penna.Generator` argument.
pub fn generator_type(obj: &Bound<'_, PyAny>) -> Option<Type> {
    let g = obj.cast::<Generator>().ok()?;
    let item = g.get().item.clone();
    Some(Type::GeneratorOf(Box::new(item)))
}
