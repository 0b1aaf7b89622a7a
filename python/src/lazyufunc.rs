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

use std::sync::Mutex;

use numpy::npyffi::PyArrayObject;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use smallvec::SmallVec;

type Key = SmallVec<[i32; 4]>;

#[pyclass(module = "penna._native", subclass, frozen)]
pub struct LazyUfunc {
    /// The current NumPy ufunc (remade when a loop is added) and its bound
    /// `reduce`.
    ufunc: Mutex<Option<(Py<PyAny>, Py<PyAny>)>>,
    /// Number of inputs; whether the loops are fixed (signatures given).
    shape: Mutex<(usize, bool)>,
    /// The input dtypes whose loops exist: few (one per dtype a program
    /// uses), so a scan beats hashing.
    resolved: Mutex<Vec<Key>>,
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
        let (ufunc, _) = Self::fold_ready(slf, array)?;
        let all = if args.is_empty() {
            PyTuple::new(py, [array])?
        } else {
            let all: Vec<Bound<'_, PyAny>> =
                std::iter::once(array.clone()).chain(args.iter()).collect();
            PyTuple::new(py, all)?
        };
        crate::ufunc::ufunc_call(py, ufunc.bind(py), method, &all, kwargs)
    }

    /// The ufunc and its bound `reduce`, once the (T, T) loop of `array`'s
    /// dtype exists (`reduce`, `accumulate` and `reduceat` need it).
    fn fold_ready(
        slf: &Bound<'_, Self>,
        array: &Bound<'_, PyAny>,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let this = slf.get();
        let key = type_num(array).map(|t| Key::from_slice(&[t, t]));
        this.resolve(key, || slf.call_method1("_ensure_fold", (array,)).map(drop))?;
        this.ufunc(slf.py())
    }

    /// The ufunc and its bound `reduce`.
    fn ufunc(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        self.ufunc
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .map(|(u, r)| (u.clone_ref(py), r.clone_ref(py)))
            .ok_or_else(|| PyTypeError::new_err("the ufunc has no compiled loops"))
    }

    /// Runs `ensure` unless `key` was resolved before; remembers it.
    fn resolve(&self, key: Option<Key>, ensure: impl FnOnce() -> PyResult<()>) -> PyResult<()> {
        let (_, frozen) = *self.shape.lock().unwrap_or_else(|e| e.into_inner());
        if frozen {
            return Ok(());
        }
        let known = |k: &Key| {
            self.resolved
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(k)
        };
        if key.as_ref().is_some_and(known) {
            return Ok(());
        }
        // No lock is held here: `ensure` may compile and call back.
        ensure()?;
        if let Some(k) = key {
            let mut resolved = self.resolved.lock().unwrap_or_else(|e| e.into_inner());
            if !resolved.contains(&k) {
                resolved.push(k);
            }
        }
        Ok(())
    }
}

#[pymethods]
impl LazyUfunc {
    #[new]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        LazyUfunc {
            ufunc: Mutex::new(None),
            shape: Mutex::new((0, false)),
            resolved: Mutex::new(Vec::new()),
        }
    }

    /// Sets the number of inputs and whether the loops are fixed.
    fn _configure(&self, nin: usize, frozen: bool) {
        *self.shape.lock().unwrap_or_else(|e| e.into_inner()) = (nin, frozen);
    }

    /// The NumPy ufunc calls go to (after a loop was added).
    fn _set_ufunc(&self, ufunc: &Bound<'_, PyAny>) -> PyResult<()> {
        let reduce = ufunc.getattr("reduce")?.unbind();
        *self.ufunc.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((ufunc.clone().unbind(), reduce));
        Ok(())
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__(
        slf: &Bound<'_, Self>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let this = slf.get();
        let (nin, _) = *this.shape.lock().unwrap_or_else(|e| e.into_inner());
        let inputs = args.get_slice(0, nin);
        let key = key_of(inputs.iter());
        if key.is_none() && args.iter().any(|a| overrides(&a)) {
            return slf
                .call_method1("_override", (args, kwargs))
                .map(Bound::unbind);
        }
        this.resolve(key, || {
            slf.call_method1("_ensure", (inputs.clone(),)).map(drop)
        })?;
        let (ufunc, _) = this.ufunc(py)?;
        crate::ufunc::ufunc_call(py, ufunc.bind(py), "__call__", args, kwargs)
    }

    /// `ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False,
    /// initial=<no value>, where=True)`: needs the (T, T) loop of the array's
    /// dtype. NumPy's own parameters, not `*args, **kwargs`: pyo3 then takes
    /// the arguments by vectorcall, and `u.reduce(a)` builds no tuple.
    #[pyo3(signature = (array, axis=Given::Missing, dtype=Given::Missing, out=Given::Missing, keepdims=Given::Missing, initial=Given::Missing, r#where=Given::Missing))]
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
        // The bound method kept from `_set_ufunc`.
        let (_, reduce) = Self::fold_ready(slf, array)?;
        let given = [
            ("axis", axis),
            ("dtype", dtype),
            ("out", out),
            ("keepdims", keepdims),
            ("initial", initial),
            ("where", r#where),
        ];
        if given.iter().all(|(_, g)| matches!(g, Given::Missing)) {
            return crate::ufunc::ufunc_call1(py, reduce.bind(py), array);
        }
        let kwargs = PyDict::new(py);
        for (name, g) in given {
            if let Given::Value(v) = g {
                kwargs.set_item(name, v)?;
            }
        }
        let args = PyTuple::new(py, [array])?;
        crate::ufunc::ufunc_call(py, reduce.bind(py), "__call__", &args, Some(&kwargs))
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
