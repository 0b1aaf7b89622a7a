//! `_native.LazyUfunc`: the native base of `penna.vectorize`'s `UFunc`, so
//! that a call of a lazily compiled ufunc is one native call (as Numba's
//! `DUFunc`). A call whose input dtypes were resolved before goes straight to
//! the NumPy ufunc; otherwise the Python side (`UFunc._ensure`, which may
//! compile a loop and remake the ufunc) runs first, then the dtypes are
//! remembered.
//!
//! Keys are the NumPy type numbers of the inputs; arguments that are not
//! ndarrays (Python or NumPy scalars, lists) always go through the Python
//! side, which types them. Another library's array (`__array_ufunc__`:
//! dask, xarray) goes to `UFunc._override`, which hands that library the
//! penna ufunc itself.

use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::Mutex;

use numpy::npyffi::PyArrayObject;
use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use smallvec::SmallVec;

type Key = SmallVec<[i32; 4]>;

#[pyclass(module = "penna._native", subclass, frozen)]
pub struct LazyUfunc {
    /// Everything a call reads, behind one lock (taken once per call, never
    /// across a call into Python or NumPy).
    state: Mutex<State>,
    /// What `u.reduce(array)` reads without the lock: the current ufunc
    /// (borrowed from `State`, which keeps every ufunc it ever held alive)...
    current: AtomicPtr<ffi::PyObject>,
    /// ... and bit `t` for each type number `t < 64` whose (T, T) loop
    /// exists (all bits when the loops are fixed).
    folds: AtomicU64,
}

#[derive(Default)]
struct State {
    /// The current NumPy ufunc (remade when a loop is added).
    ufunc: Option<Py<PyAny>>,
    /// The ufuncs it replaced: `LazyUfunc::current` may still be read.
    retired: Vec<Py<PyAny>>,
    /// Number of inputs.
    nin: usize,
    /// The loops are fixed (signatures given): nothing to resolve.
    frozen: bool,
    /// The input dtypes whose loops exist: few (one per dtype a program
    /// uses), so a scan beats hashing.
    resolved: Vec<Key>,
}

impl State {
    fn knows(&self, key: Option<&Key>) -> bool {
        self.frozen || key.is_some_and(|k| self.resolved.contains(k))
    }
}

/// The type number of an ndarray; `None` for anything else.
fn type_num(obj: &Bound<'_, PyAny>) -> Option<i32> {
    if !crate::argtypes::is_numpy_array(obj) {
        return None;
    }
    let arr = obj.as_ptr() as *mut PyArrayObject;
    // SAFETY: a live ndarray; its descriptor is live while it is.
    Some(unsafe { (*(*arr).fields.descr).fields.type_num })
}

/// Whether `obj` is another library's array that overrides ufuncs
/// (`__array_ufunc__`: dask, xarray); NumPy scalars and Python numbers do
/// not.
fn overrides(obj: &Bound<'_, PyAny>) -> bool {
    !crate::argtypes::is_numpy_array(obj)
        && obj
            .get_type()
            .getattr(pyo3::intern!(obj.py(), "__array_ufunc__"))
            .is_ok_and(|f| !f.is_none())
}

/// An argument NumPy tells apart from its default only by its presence
/// (`axis=None` reduces over all axes, `axis` left out over the first).
pub(crate) enum Given<'py> {
    Missing,
    Value(Bound<'py, PyAny>),
}

impl<'a, 'py> FromPyObject<'a, 'py> for Given<'py> {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        Ok(Given::Value(obj.to_owned()))
    }
}

fn key_of<'a>(args: impl Iterator<Item = Bound<'a, PyAny>>) -> Option<Key> {
    args.map(|a| type_num(&a)).collect()
}

impl LazyUfunc {
    /// `accumulate` / `reduceat` of the NumPy ufunc, once the (T, T) loop of
    /// the array's dtype exists.
    fn fold(
        slf: &Bound<'_, Self>,
        method: &str,
        array: &Bound<'_, PyAny>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let ufunc = Self::fold_ready(slf, array)?;
        let all = if args.is_empty() {
            PyTuple::new(py, [array])?
        } else {
            let all: Vec<Bound<'_, PyAny>> =
                std::iter::once(array.clone()).chain(args.iter()).collect();
            PyTuple::new(py, all)?
        };
        crate::ufunc::ufunc_call(py, ufunc.bind(py), method, &all, kwargs)
    }

    /// The ufunc, once the (T, T) loop of `array`'s dtype exists
    /// (`reduce`, `accumulate` and `reduceat` need it).
    fn fold_ready(slf: &Bound<'_, Self>, array: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let this = slf.get();
        let t = type_num(array);
        if let Some(ufunc) = t.and_then(|t| this.known_fold(slf.py(), t)) {
            return Ok(ufunc);
        }
        let key = t.map(|t| Key::from_slice(&[t, t]));
        let ufunc = this.resolve(slf.py(), key, || {
            slf.call_method1("_ensure_fold", (array,)).map(drop)
        })?;
        if let Some(t @ 0..64) = t {
            this.folds.fetch_or(1 << t, Ordering::Release);
        }
        Ok(ufunc)
    }

    /// The ufunc, if type number `t`'s (T, T) loop is known to exist: two
    /// loads, no lock.
    fn known_fold(&self, py: Python<'_>, t: i32) -> Option<Py<PyAny>> {
        if !(0..64).contains(&t) || self.folds.load(Ordering::Acquire) & (1 << t) == 0 {
            return None;
        }
        let ufunc = self.current.load(Ordering::Acquire);
        // SAFETY: a ufunc `State` holds (as `ufunc` or `retired`) for as long
        // as `self` lives; the GIL is held.
        (!ufunc.is_null()).then(|| unsafe { Bound::from_borrowed_ptr(py, ufunc) }.unbind())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The ufunc, after running `ensure` unless `key` was resolved before
    /// (then remembered).
    fn resolve(
        &self,
        py: Python<'_>,
        key: Option<Key>,
        ensure: impl FnOnce() -> PyResult<()>,
    ) -> PyResult<Py<PyAny>> {
        {
            let state = self.lock();
            if state.knows(key.as_ref()) {
                if let Some(u) = &state.ufunc {
                    return Ok(u.clone_ref(py));
                }
            }
        }
        // No lock is held here: `ensure` may compile and call back.
        ensure()?;
        let mut state = self.lock();
        if let Some(k) = key {
            if !state.resolved.contains(&k) {
                state.resolved.push(k);
            }
        }
        state
            .ufunc
            .as_ref()
            .map(|u| u.clone_ref(py))
            .ok_or_else(|| PyTypeError::new_err("the ufunc has no compiled loops"))
    }
}

/// NumPy's `ufunc.reduce`: the method descriptor and, when it is the
/// `METH_FASTCALL | METH_KEYWORDS` C method NumPy defines, that function
/// itself, with the type its first argument must have.
struct NumpyReduce {
    descriptor: Py<PyAny>,
    direct: Option<(ffi::PyCFunctionFastWithKeywords, Py<PyAny>)>,
}

fn numpy_reduce(py: Python<'_>) -> PyResult<&'static NumpyReduce> {
    static REDUCE: std::sync::OnceLock<NumpyReduce> = std::sync::OnceLock::new();
    if let Some(r) = REDUCE.get() {
        return Ok(r);
    }
    let descriptor = py.import("numpy")?.getattr("ufunc")?.getattr("reduce")?;
    // SAFETY: a live object; a method descriptor's fields are read only
    // after its exact type is checked.
    let direct = unsafe {
        let d = descriptor.as_ptr();
        let is_method = ffi::Py_TYPE(d) == std::ptr::addr_of_mut!(ffi::PyMethodDescr_Type);
        let method = d as *mut ffi::PyMethodDescrObject;
        let def = if is_method {
            (*method).d_method
        } else {
            std::ptr::null_mut()
        };
        let fastcall = ffi::METH_FASTCALL | ffi::METH_KEYWORDS;
        (!def.is_null() && (*def).ml_flags == fastcall).then(|| {
            let owner = (*method).d_common.d_type.cast::<ffi::PyObject>();
            (
                (*def).ml_meth.PyCFunctionFastWithKeywords,
                Bound::from_borrowed_ptr(py, owner).unbind(),
            )
        })
    };
    Ok(REDUCE.get_or_init(|| NumpyReduce {
        descriptor: descriptor.unbind(),
        direct,
    }))
}

#[pymethods]
impl LazyUfunc {
    #[new]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        LazyUfunc {
            state: Mutex::new(State::default()),
            current: AtomicPtr::new(std::ptr::null_mut()),
            folds: AtomicU64::new(0),
        }
    }

    /// Sets the number of inputs and whether the loops are fixed.
    fn _configure(&self, nin: usize, frozen: bool) {
        let mut state = self.lock();
        (state.nin, state.frozen) = (nin, frozen);
        if frozen {
            self.folds.store(u64::MAX, Ordering::Release);
        }
    }

    /// The NumPy ufunc calls go to (after a loop was added).
    fn _set_ufunc(&self, ufunc: &Bound<'_, PyAny>) {
        let mut state = self.lock();
        if let Some(old) = state.ufunc.replace(ufunc.clone().unbind()) {
            state.retired.push(old);
        }
        self.current.store(ufunc.as_ptr(), Ordering::Release);
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__(
        slf: &Bound<'_, Self>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let this = slf.get();
        let nin = this.lock().nin;
        let inputs = args.get_slice(0, nin);
        let key = key_of(inputs.iter());
        if key.is_none() && args.iter().any(|a| overrides(&a)) {
            return slf
                .call_method1("_override", (args, kwargs))
                .map(Bound::unbind);
        }
        let ufunc = this.resolve(py, key, || {
            slf.call_method1("_ensure", (inputs.clone(),)).map(drop)
        })?;
        crate::ufunc::ufunc_call(py, ufunc.bind(py), "__call__", args, kwargs)
    }

    /// `ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False,
    /// initial=<no value>, where=True)`, once the (T, T) loop of the array's
    /// dtype exists. `LazyUfunc.reduce` itself is [`fast_reduce`], which
    /// hands every call but `u.reduce(array)` here; NumPy's own parameters,
    /// not `*args, **kwargs`, so that pyo3 builds no tuple or dict.
    #[pyo3(name = "_reduce", signature = (array, axis=Given::Missing, dtype=Given::Missing, out=Given::Missing, keepdims=Given::Missing, initial=Given::Missing, r#where=Given::Missing))]
    #[allow(clippy::too_many_arguments)]
    fn reduce(
        slf: &Bound<'_, Self>,
        array: &Bound<'_, PyAny>,
        axis: Given<'_>,
        dtype: Given<'_>,
        out: Given<'_>,
        keepdims: Given<'_>,
        initial: Given<'_>,
        r#where: Given<'_>,
    ) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let ufunc = Self::fold_ready(slf, array)?;
        let missing = |g: &Given<'_>| matches!(g, Given::Missing);
        if [&axis, &dtype, &out, &keepdims, &initial, &r#where]
            .into_iter()
            .all(missing)
        {
            return reduce_array(py, ufunc, array);
        }
        let given = [
            ("axis", axis),
            ("dtype", dtype),
            ("out", out),
            ("keepdims", keepdims),
            ("initial", initial),
            ("where", r#where),
        ];
        let kwargs = PyDict::new(py);
        for (name, g) in given {
            if let Given::Value(v) = g {
                kwargs.set_item(name, v)?;
            }
        }
        let args = PyTuple::new(py, [array])?;
        crate::ufunc::ufunc_call(py, ufunc.bind(py), "reduce", &args, Some(&kwargs))
    }

    /// `ufunc.accumulate(array, ...)`: needs the (T, T) loop, as `reduce`.
    #[pyo3(signature = (array, *args, **kwargs))]
    fn accumulate(
        slf: &Bound<'_, Self>,
        array: &Bound<'_, PyAny>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        Self::fold(slf, "accumulate", array, args, kwargs)
    }

    /// `ufunc.reduceat(array, indices, ...)`: needs the (T, T) loop, as `reduce`.
    #[pyo3(signature = (array, *args, **kwargs))]
    fn reduceat(
        slf: &Bound<'_, Self>,
        array: &Bound<'_, PyAny>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        Self::fold(slf, "reduceat", array, args, kwargs)
    }
}

/// `np.ufunc.reduce(ufunc, array)`: NumPy's C method called directly, as
/// Numba's `DUFunc.reduce` calls it (or its descriptor, if NumPy's method is
/// not the C function expected).
fn reduce_array(py: Python<'_>, ufunc: Py<PyAny>, array: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let ufunc = ufunc.into_bound(py);
    let reduce = numpy_reduce(py)?;
    // SAFETY: a live object and a live type.
    let direct = reduce.direct.as_ref().filter(
        |(_, t)| unsafe { ffi::PyObject_TypeCheck(ufunc.as_ptr(), t.as_ptr().cast()) } != 0,
    );
    match direct {
        Some(&(method, _)) => {
            // SAFETY: `ufunc` is a `numpy.ufunc` (the type check above).
            if let Some(folded) = unsafe { crate::fold::reduce_1d(py, &ufunc, array) }? {
                return Ok(folded);
            }
            crate::ufunc::raising_kernel_errors(py, || {
                let args = [array.as_ptr()];
                // SAFETY: NumPy's `METH_FASTCALL | METH_KEYWORDS` method, called
                // as CPython would: an instance of its type, one positional
                // argument, no keywords; a new reference or null with an
                // exception set comes back.
                unsafe {
                    let result = method(ufunc.as_ptr(), args.as_ptr(), 1, std::ptr::null_mut());
                    Bound::from_owned_ptr_or_err(py, result)
                }
            })
        }
        None => {
            let args = [ufunc, array.clone()];
            crate::ufunc::ufunc_call_slice(py, reduce.descriptor.bind(py), &args)
        }
    }
}

/// `LazyUfunc.reduce`: a `METH_FASTCALL | METH_KEYWORDS` method of its own,
/// because pyo3's method trampoline and the extraction of NumPy's six
/// optional parameters cost more than this whole path (callgrind: 330
/// instructions a call). `u.reduce(array)` goes straight to NumPy; any
/// other call goes to the pyo3 method `_reduce` with the same arguments.
///
/// # Safety
/// Called by CPython with the GIL held, `slf` an instance of `LazyUfunc` (or
/// a subclass: the descriptor checks), and `nargs` positional arguments at
/// `args` followed by one per name in `kwnames`.
unsafe extern "C" fn fast_reduce(
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls methods with the GIL held.
    let py = unsafe { Python::assume_attached() };
    let outcome = std::panic::catch_unwind(|| -> PyResult<Py<PyAny>> {
        // SAFETY: `slf` is a live object, checked by the method descriptor.
        let slf = unsafe { Borrowed::from_ptr(py, slf) };
        if nargs == 1 && kwnames.is_null() {
            let this = slf.cast::<LazyUfunc>()?;
            // SAFETY: one positional argument, alive during the call.
            let array = unsafe { Borrowed::from_ptr(py, *args) };
            let ufunc = LazyUfunc::fold_ready(&this, &array)?;
            return reduce_array(py, ufunc, &array);
        }
        let method = slf.getattr(pyo3::intern!(py, "_reduce"))?;
        // SAFETY: `method` is live; `args` holds the positional arguments
        // and keyword values the caller passed; the result is a new
        // reference or null with an exception set.
        unsafe {
            let result = ffi::PyObject_Vectorcall(method.as_ptr(), args, nargs as usize, kwnames);
            Bound::from_owned_ptr_or_err(py, result).map(Bound::unbind)
        }
    });
    crate::errors::into_ffi(py, outcome)
}

/// Puts [`fast_reduce`] on `LazyUfunc` as `reduce` (at module start, before
/// any instance exists).
pub(crate) fn install_fast_reduce(class: &Bound<'_, pyo3::types::PyType>) -> PyResult<()> {
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: c"reduce".as_ptr(),
        ml_meth: ffi::PyMethodDefPointer {
            PyCFunctionFastWithKeywords: fast_reduce,
        },
        ml_flags: ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        ml_doc: c"reduce($self, array, axis=0, dtype=None, out=None, keepdims=False, initial=..., where=True)\n--\n\nNumPy's ufunc.reduce, once the (T, T) loop of the array's dtype is compiled.".as_ptr(),
    }));
    // SAFETY: `class` is the LazyUfunc type; `def` lives forever. The
    // descriptor is a new reference (or null with an exception set).
    let descriptor = unsafe {
        Bound::from_owned_ptr_or_err(
            class.py(),
            ffi::PyDescr_NewMethod(class.as_ptr().cast(), def),
        )?
    };
    class.setattr("reduce", descriptor)
}
