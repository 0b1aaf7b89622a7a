//! How a Python call reaches a specialisation: the argument types (the key),
//! keyword binding, packing, the call itself and the result.
//!
//! Two doors lead in. `tp_call` (pyo3's `__call__`) takes an argument tuple
//! and a keyword dict. Vectorcall takes the caller's own array of arguments:
//! no tuple is built, no pyo3 argument extraction runs, and a call of a
//! compiled specialisation with positional arguments touches nothing but
//! the arguments themselves. pyo3 has no vectorcall for `#[pyclass]`
//! `__call__` (PyO3/pyo3#4252), so [`enable_vectorcall`] installs it on the
//! `Dispatcher` type the first time any dispatcher is called through
//! `tp_call`.
//!
//! Invariants: every path ends in [`Dispatcher::invoke`] with the
//! arguments as a slice in parameter order; a vectorcall that is anything
//! but a plain positional call of a compiled specialisation goes through
//! `tp_call`'s code ([`Dispatcher::call_tuple`]) with a tuple made of the
//! slice, so both doors behave the same.

use std::ffi::c_void;
use std::sync::atomic::Ordering;
use std::sync::Once;

use penna_compiler::Type;
use penna_runtime_cpu::call::{call, EntryFn, Outcome};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use smallvec::SmallVec;

use super::{convert_result, types_text, Dispatcher, FirstTier, Specialization};
use crate::argtypes::{arg_type, Untypeable};
use crate::errors::{raised, typing_error};
use crate::marshal::{pack_args, read_value, ArgPointers, Scratch, SendPtr};

/// The argument types of a call, which select its specialisation.
pub(super) type Key = SmallVec<[Type; 6]>;

impl Dispatcher {
    /// A call with an argument tuple and keywords (`tp_call`).
    pub(super) fn call_tuple(
        &self,
        py: Python<'_>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let bound;
        let args = if self.vararg
            || kwargs.is_some_and(|k| !k.is_empty())
            || args.len() != self.params.len()
        {
            bound = self.bind(py, args, kwargs)?;
            &bound
        } else {
            args
        };
        let items = args.as_slice();
        let mut key = Key::new();
        self.key_of(py, items, &mut key)?;
        if let Some(spec) = self.find(&key) {
            return self.invoke(py, spec, items);
        }
        let spec = if self.eager.load(Ordering::Relaxed) {
            self.find_convertible(&key).ok_or_else(|| {
                let sigs: Vec<String> = self
                    .specs_snapshot()
                    .iter()
                    .map(|s| types_text(&s.args))
                    .collect();
                typing_error(
                    py,
                    format!(
                        "no matching definition of `{}` for argument types {}\nhint: the compiled signatures are: {}",
                        self.name,
                        types_text(&key),
                        sigs.join(", ")
                    ),
                )
            })?
        } else {
            let tier = match crate::tiers::call_work(items) {
                Some(work) => FirstTier::Quick(work),
                None => FirstTier::Full,
            };
            self.compile_types(py, key.to_vec(), None, tier)?
        };
        self.invoke(py, spec, items)
    }

    /// A positional call with the caller's arguments (vectorcall): a
    /// specialisation compiled for exactly these types runs at once; all
    /// else goes through [`Dispatcher::call_tuple`].
    fn call_slice(&self, py: Python<'_>, items: &[Bound<'_, PyAny>]) -> PyResult<Py<PyAny>> {
        if items.is_empty() && self.params.is_empty() && !self.vararg {
            // No arguments, so no types to find: the one specialisation.
            if let Some(spec) = self.find(&[]) {
                return self.invoke(py, spec, items);
            }
        } else if !self.vararg && items.len() == self.params.len() {
            // Filled in place: moving a key out of a result copies it.
            let mut key = Key::new();
            if self.key_of(py, items, &mut key).is_ok() {
                if let Some(spec) = self.find(&key) {
                    return self.invoke(py, spec, items);
                }
            }
        }
        let tuple = PyTuple::new(py, items)?;
        self.call_tuple(py, &tuple, None)
    }

    /// The specialisation key of `args` (their types), into `key`.
    pub(super) fn key_of(
        &self,
        py: Python<'_>,
        args: &[Bound<'_, PyAny>],
        key: &mut Key,
    ) -> PyResult<()> {
        for (i, a) in args.iter().enumerate() {
            match arg_type(a) {
                Ok(t) => key.push(t),
                Err(Untypeable(what, hint)) => {
                    let param = self
                        .params
                        .get(i)
                        .map_or_else(|| format!("#{i}"), |p| format!("`{p}`"));
                    let hint = hint.unwrap_or_else(|| "pass numbers (bool, int, float, complex, NumPy scalars), tuples, NumPy arrays of those dtypes, lists and sets of one item type, or penna.typed containers".into());
                    return Err(typing_error(
                        py,
                        format!(
                            "argument {param} of `{}` is {what}, which compiled code cannot take\nhint: {hint}",
                            self.name
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Binds keyword arguments and defaults to positions (Python's own rules).
    fn bind<'py>(
        &self,
        py: Python<'py>,
        args: &Bound<'py, PyTuple>,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let sig = match self.signature.get() {
            Some(s) => s.bind(py).clone(),
            None => {
                let s = py
                    .import("inspect")?
                    .call_method1("signature", (self.function.py_func().bind(py),))?;
                let _ = self.signature.set(s.clone().unbind());
                s
            }
        };
        let bound = sig.call_method("bind", args, kwargs)?;
        bound.call_method0("apply_defaults")?;
        let flat = bound.getattr("args")?.cast_into::<PyTuple>()?;
        if !self.vararg {
            return Ok(flat);
        }
        // `*args` is one parameter: a tuple of the rest.
        let n = self.params.len().min(flat.len());
        let rest = flat.get_slice(n, flat.len());
        let mut items: Vec<Bound<'py, PyAny>> = flat.iter().take(n).collect();
        items.push(rest.into_any());
        PyTuple::new(py, items)
    }

    /// Packs `args` (of the specialisation's types, in parameter order),
    /// runs the entry and reads its result.
    fn invoke(
        &self,
        py: Python<'_>,
        spec: &Specialization,
        args: &[Bound<'_, PyAny>],
    ) -> PyResult<Py<PyAny>> {
        let mut scratch = Scratch::new();
        // Only calls with list or set arguments pay for their bookkeeping.
        let containers = spec.reflects.then(crate::containers::ArgContainers::new);
        let mut ptrs = ArgPointers::new();
        if !args.is_empty() {
            pack_args(args, &spec.args, spec.arg_bytes, &mut scratch, &mut ptrs)?;
        }
        // SAFETY: `ptrs` were just written for these argument types.
        let _owned = spec
            .owns_arrays
            .then(|| unsafe { crate::typed::own_array_args(args, &spec.args, &ptrs) });
        let mut ret = Scratch::new();
        let ret_ptr = ret.bytes(spec.ret_bytes) as *mut c_void;
        let entry = spec.entry.get();
        // SAFETY: arguments were written in the layout of the entry's parameter types.
        let outcome = if self.nogil || spec.parallel {
            unsafe { call_detached(py, entry, &ptrs, ret_ptr) }
        } else {
            unsafe { call(entry, &ptrs, ret_ptr) }
        };
        match outcome {
            Outcome::Returned => {
                let value = unsafe { read_value(py, &spec.ret, ret_ptr as *const u8, Some(args))? };
                if let Some(c) = &containers {
                    c.reflect(py)?;
                }
                match &spec.declared_ret {
                    Some(t) => convert_result(py, value, t),
                    None => Ok(value),
                }
            }
            Outcome::Raised(kind, message) => Err(raised(py, kind, message)),
        }
    }
}

/// [`call`] with the GIL released (out of line: most calls keep the GIL).
///
/// # Safety
/// As [`call`].
#[inline(never)]
unsafe fn call_detached(
    py: Python<'_>,
    entry: EntryFn,
    ptrs: &[*mut c_void],
    ret: *mut c_void,
) -> Outcome {
    let (p, r, n) = (SendPtr(ptrs.as_ptr()), SendPtr(ret), ptrs.len());
    py.detach(move || {
        let (p, r) = (p, r);
        // SAFETY: the caller's pointers, alive until this returns.
        unsafe { call(entry, std::slice::from_raw_parts(p.0, n), r.0) }
    })
}

/// The `vectorcallfunc` every dispatcher carries (`Dispatcher::vectorcall`).
///
/// # Safety
/// Called by CPython with a live `Dispatcher` as `callable` and `nargsf`
/// positional arguments at `args`, followed by one per name in `kwnames`.
pub(super) unsafe extern "C" fn vectorcall(
    callable: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargsf: libc::size_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // Panics become Python exceptions, as in pyo3's own trampolines.
    let result = std::panic::catch_unwind(|| {
        // SAFETY: CPython calls this with the GIL held (it is a call slot).
        let py = unsafe { Python::assume_attached() };
        // SAFETY: CPython passes `nargs` positional arguments, then one per
        // keyword name; `Bound<PyAny>` has the layout of `*mut PyObject`,
        // and the caller keeps the arguments alive during the call.
        let nargs = unsafe { ffi::PyVectorcall_NARGS(nargsf) } as usize;
        let nkw = if kwnames.is_null() {
            0
        } else {
            unsafe { ffi::PyTuple_GET_SIZE(kwnames) as usize }
        };
        let all: &[Bound<'_, PyAny>] = if nargs + nkw == 0 {
            &[]
        } else {
            unsafe { std::slice::from_raw_parts(args.cast(), nargs + nkw) }
        };
        // SAFETY: `callable` is a Dispatcher (the slot is only on its type).
        let slf = unsafe { Borrowed::from_ptr(py, callable).cast_unchecked::<Dispatcher>() };
        let this = slf.get();
        if nkw == 0 {
            return this.call_slice(py, all);
        }
        let positional = PyTuple::new(py, &all[..nargs])?;
        let kwargs = PyDict::new(py);
        // SAFETY: `kwnames` is a tuple of `nkw` strings.
        let names = unsafe { Borrowed::from_ptr(py, kwnames).cast_unchecked::<PyTuple>() };
        for (name, value) in names.iter().zip(&all[nargs..]) {
            kwargs.set_item(name, value)?;
        }
        this.call_tuple(py, &positional, Some(&kwargs))
    });
    // SAFETY: as above, the GIL is held.
    crate::errors::into_ffi(unsafe { Python::assume_attached() }, result)
}

/// Installs vectorcall on the `Dispatcher` type, once: the offset of the
/// `vectorcall` field inside `slf`'s object (pyo3 owns the layout, so it is
/// measured on a live instance and checked against the type's size) and the
/// flag that tells CPython to use it.
pub(super) fn enable_vectorcall(slf: &Bound<'_, Dispatcher>) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let object = slf.as_ptr() as usize;
        let field = std::ptr::addr_of!(slf.get().vectorcall) as usize;
        let ty = slf.get_type();
        let tp = ty.as_ptr() as *mut ffi::PyTypeObject;
        // SAFETY: `tp` is the Dispatcher heap type, alive while `slf` is;
        // the GIL is held. A field outside the instance leaves tp_call alone.
        unsafe {
            let size = (*tp).tp_basicsize as usize;
            let offset = field.wrapping_sub(object);
            if field < object || offset + std::mem::size_of::<Option<ffi::vectorcallfunc>>() > size
            {
                return;
            }
            (*tp).tp_vectorcall_offset = offset as ffi::Py_ssize_t;
            (*tp).tp_flags |= ffi::Py_TPFLAGS_HAVE_VECTORCALL;
            ffi::PyType_Modified(tp);
        }
    });
}
