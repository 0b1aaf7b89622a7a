//! `penna.typed.Dict`: Numba's `typed.Dict` API over a runtime dict
//! (insertion-ordered, as Python's).

use penna_compiler::abi::containers::hashable;
use penna_compiler::abi::MemInfo;
use penna_compiler::Type;
use penna_runtime_cpu::containers::dict::{self as rt, Dict};
use pyo3::exceptions::{PyKeyError, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use super::{item_buffer, key_buffer, read_item, type_from_py, typeof_item, Held, ItemBuf};
use crate::containers::desc_for;

struct State {
    key: Type,
    value: Type,
    held: Held,
}

/// A dict of one key type and one value type, shared with compiled code
/// without a copy. Dicts that compiled code returns are these, as in Numba.
#[pyclass(module = "penna.typed", name = "Dict", mapping)]
pub struct TypedDict {
    /// `None` until the key and value types are known (the first insertion).
    state: Option<State>,
}

impl TypedDict {
    /// Takes over one reference to the dict `mi`.
    pub fn wrap(key: Type, value: Type, mi: *mut MemInfo) -> Self {
        TypedDict {
            state: Some(State {
                key,
                value,
                held: Held(mi),
            }),
        }
    }

    fn typed(key: Type, value: Type) -> PyResult<Self> {
        if !hashable(&key) {
            return Err(PyTypeError::new_err(format!(
                "dict keys must be numbers or tuples of numbers, got {key}"
            )));
        }
        // SAFETY: interned descriptors.
        let d = unsafe { rt::new_dict(desc_for(&key), desc_for(&value)) };
        Ok(Self::wrap(key, value, d as *mut MemInfo))
    }

    pub fn ptr(&self) -> Option<*mut MemInfo> {
        self.state.as_ref().map(|s| s.held.0)
    }

    pub fn dict_type(&self) -> Option<Type> {
        self.state
            .as_ref()
            .map(|s| Type::Dict(Box::new(s.key.clone()), Box::new(s.value.clone())))
    }

    /// A new reference to the dict, which must be of type `t`.
    pub fn container_of(&self, t: &Type) -> PyResult<*mut MemInfo> {
        super::retained(self.dict_type(), self.ptr(), t, "Dict of unknown types")
    }

    fn raw(&self) -> Option<*mut Dict> {
        self.ptr().map(|p| p as *mut Dict)
    }

    fn len(&self) -> usize {
        // SAFETY: a live dict.
        self.raw()
            .map_or(0, |d| unsafe { rt::penna_dict_len(d) } as usize)
    }

    /// The value slot of `key`, if present.
    fn slot(&self, key: &Bound<'_, PyAny>) -> Option<*mut u8> {
        let state = self.state.as_ref()?;
        let mut k = key_buffer(key, &state.key)?;
        let d = state.held.0 as *mut Dict;
        // SAFETY: a live dict and a key of its type; the probe's own
        // references (a string key's) are dropped after the lookup.
        let p = unsafe {
            let p = rt::penna_dict_get(d, k.ptr());
            (*d).key_desc().release(k.ptr());
            p
        };
        (!p.is_null()).then_some(p)
    }

    fn read_value_at(&self, py: Python<'_>, p: *const u8) -> PyResult<Py<PyAny>> {
        let state = self.state.as_ref().expect("typed");
        // SAFETY: a live dict's value slot.
        unsafe {
            read_item(
                py,
                &state.value,
                (*self.raw().expect("typed")).value_desc(),
                p,
            )
        }
    }

    fn insert(&mut self, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        if self.state.is_none() {
            *self = Self::typed(typeof_item(key)?, typeof_item(value)?)?;
        }
        let state = self.state.as_ref().expect("typed above");
        let mut k = item_buffer(key, &state.key)?;
        let mut v = item_buffer(value, &state.value)?;
        // SAFETY: a live dict and items of its types, whose references it takes.
        unsafe { (*(state.held.0 as *mut Dict)).set(k.ptr(), v.ptr()) };
        Ok(())
    }

    /// The live entries, read as Python objects, in insertion order.
    fn pairs(&self, py: Python<'_>) -> PyResult<Vec<(Py<PyAny>, Py<PyAny>)>> {
        let Some(state) = &self.state else {
            return Ok(Vec::new());
        };
        // SAFETY: a live dict.
        let d = unsafe { &*self.raw().expect("typed") };
        d.entries()
            .into_iter()
            .map(|(k, v)| {
                // SAFETY: live entries of the dict's types.
                unsafe {
                    Ok((
                        read_item(py, &state.key, d.key_desc(), k)?,
                        read_item(py, &state.value, d.value_desc(), v)?,
                    ))
                }
            })
            .collect()
    }

    fn snapshot<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        for (k, v) in self.pairs(py)? {
            out.set_item(k, v)?;
        }
        Ok(out)
    }

    fn remove(&mut self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<Option<Py<PyAny>>> {
        let Some(state) = &self.state else {
            return Ok(None);
        };
        let Some(mut k) = key_buffer(key, &state.key) else {
            return Ok(None);
        };
        let mut out = ItemBuf::new(&state.value);
        let d = state.held.0 as *mut Dict;
        // SAFETY: a live dict; the value's references move into `out`; the
        // probe key's own references are dropped.
        unsafe {
            let found = rt::penna_dict_pop(d, k.ptr(), out.ptr());
            (*d).key_desc().release(k.ptr());
            if found == 0 {
                return Ok(None);
            }
            let vd = (*d).value_desc();
            let value = read_item(py, &state.value, vd, out.ptr());
            vd.release(out.ptr());
            value.map(Some)
        }
    }
}

#[pymethods]
impl TypedDict {
    #[new]
    #[pyo3(signature = (mapping = None, **kwargs))]
    fn new(
        mapping: Option<&Bound<'_, PyAny>>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let mut d = TypedDict { state: None };
        if let Some(m) = mapping {
            d.update(m)?;
        }
        if let Some(kw) = kwargs {
            d.update(kw.as_any())?;
        }
        Ok(d)
    }

    /// `Dict.empty(key_type, value_type)`: an empty dict of these types.
    #[staticmethod]
    #[pyo3(signature = (key_type, value_type, n_keys = 0))]
    fn empty(
        key_type: &Bound<'_, PyAny>,
        value_type: &Bound<'_, PyAny>,
        n_keys: usize,
    ) -> PyResult<Self> {
        let _ = n_keys; // a size hint (Numba's), nothing a program sees
        Self::typed(type_from_py(key_type)?, type_from_py(value_type)?)
    }

    /// The dict's type (`DictType[int64,float64]`), or `None` before it is known.
    #[getter]
    fn _type_name(&self) -> Option<String> {
        self.dict_type().map(|t| t.to_string())
    }

    fn __len__(&self) -> usize {
        self.len()
    }

    fn __getitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        match self.slot(key) {
            Some(p) => self.read_value_at(py, p),
            None => Err(PyKeyError::new_err(key.clone().unbind())),
        }
    }

    fn __setitem__(&mut self, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.insert(key, value)
    }

    fn __delitem__(&mut self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<()> {
        match self.remove(py, key)? {
            Some(_) => Ok(()),
            None => Err(PyKeyError::new_err(key.clone().unbind())),
        }
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> bool {
        self.slot(key).is_some()
    }

    fn __iter__(slf: Bound<'_, Self>) -> DictIter {
        let len = slf.borrow().len();
        DictIter {
            dict: slf.unbind(),
            next: std::sync::atomic::AtomicUsize::new(0),
            len,
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let t = self
            .dict_type()
            .map_or("DictType[undefined]".into(), |t| t.to_string());
        Ok(format!("{t}({})", self.snapshot(py)?.repr()?))
    }

    fn __str__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.snapshot(py)?.repr()?.to_string())
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let theirs = if let Ok(o) = other.cast::<TypedDict>() {
            o.borrow().snapshot(py)?.into_any()
        } else if other.is_instance_of::<PyDict>() {
            other.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        let equal = self.snapshot(py)?.eq(theirs)?;
        Ok(equal.into_pyobject(py)?.to_owned().into_any().unbind())
    }

    #[pyo3(signature = (key, default = None))]
    fn get(
        &self,
        py: Python<'_>,
        key: &Bound<'_, PyAny>,
        default: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        match self.slot(key) {
            Some(p) => self.read_value_at(py, p),
            None => Ok(default.unwrap_or_else(|| py.None())),
        }
    }

    #[pyo3(signature = (key, *default))]
    fn pop(
        &mut self,
        py: Python<'_>,
        key: &Bound<'_, PyAny>,
        default: &Bound<'_, PyTuple>,
    ) -> PyResult<Py<PyAny>> {
        match self.remove(py, key)? {
            Some(v) => Ok(v),
            None => match default.get_item(0) {
                Ok(d) => Ok(d.unbind()),
                Err(_) => Err(PyKeyError::new_err(key.clone().unbind())),
            },
        }
    }

    fn popitem(&mut self, py: Python<'_>) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let last = self.pairs(py)?.pop();
        let Some((k, _)) = last else {
            return Err(PyKeyError::new_err("popitem(): dictionary is empty"));
        };
        let v = self.remove(py, k.bind(py))?.expect("a live key");
        Ok((k, v))
    }

    #[pyo3(signature = (key, default = None))]
    fn setdefault(
        &mut self,
        py: Python<'_>,
        key: &Bound<'_, PyAny>,
        default: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        if let Some(p) = self.slot(key) {
            return self.read_value_at(py, p);
        }
        let default = default.ok_or_else(|| {
            PyTypeError::new_err("setdefault on a typed Dict needs a default value")
        })?;
        self.insert(key, default)?;
        self.__getitem__(py, key)
    }

    fn update(&mut self, other: &Bound<'_, PyAny>) -> PyResult<()> {
        let py = other.py();
        let pairs: Vec<(Bound<'_, PyAny>, Bound<'_, PyAny>)> =
            if let Ok(d) = other.cast::<TypedDict>() {
                let pairs = d.borrow().pairs(py)?;
                pairs
                    .into_iter()
                    .map(|(k, v)| (k.into_bound(py), v.into_bound(py)))
                    .collect()
            } else if other.hasattr("keys")? {
                let keys: Vec<Bound<'_, PyAny>> = other
                    .call_method0("keys")?
                    .try_iter()?
                    .collect::<PyResult<_>>()?;
                keys.into_iter()
                    .map(|k| Ok((k.clone(), other.get_item(k)?)))
                    .collect::<PyResult<_>>()?
            } else {
                other
                    .try_iter()?
                    .map(|kv| kv?.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>())
                    .collect::<PyResult<_>>()?
            };
        pairs.iter().try_for_each(|(k, v)| self.insert(k, v))
    }

    fn clear(&mut self) {
        if let Some(d) = self.raw() {
            // SAFETY: a live dict.
            unsafe { rt::penna_dict_clear(d) };
        }
    }

    fn copy(&self) -> Self {
        match &self.state {
            None => TypedDict { state: None },
            Some(s) => {
                // SAFETY: a live dict; the copy holds references of its own.
                let d = unsafe { rt::penna_dict_copy(s.held.0 as *const Dict) };
                Self::wrap(s.key.clone(), s.value.clone(), d as *mut MemInfo)
            }
        }
    }

    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("keys")
    }

    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("values")
    }

    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("items")
    }
}

/// Iterates a typed dict's keys in insertion order; changing its size
/// meanwhile raises, as Python's dicts do. Frozen, its position atomic (as
/// `ListIter`): `__next__` takes no borrow of the iterator.
#[pyclass(module = "penna.typed", frozen)]
pub struct DictIter {
    dict: Py<TypedDict>,
    next: std::sync::atomic::AtomicUsize,
    len: usize,
}

#[pymethods]
impl DictIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        use std::sync::atomic::Ordering::Relaxed;
        let dict = self.dict.bind(py).borrow();
        if dict.len() != self.len {
            return Err(PyRuntimeError::new_err(
                "dictionary changed size during iteration",
            ));
        }
        let (Some(state), Some(d)) = (&dict.state, dict.raw()) else {
            return Ok(None);
        };
        let i = self.next.load(Relaxed);
        if i >= self.len {
            return Ok(None);
        }
        // SAFETY: a live dict; i < len.
        unsafe {
            let k = rt::penna_dict_key_at(d, i as i64);
            self.next.store(i + 1, Relaxed);
            read_item(py, &state.key, (*d).key_desc(), k).map(Some)
        }
    }
}
