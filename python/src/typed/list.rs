//! `penna.typed.List`: Numba's `typed.List` API over a runtime list.

use penna_compiler::abi::MemInfo;
use penna_compiler::{Scalar, Type};
use penna_runtime_cpu::containers::list::{self as rt, List};
use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyList, PySlice};

use super::{item_buffer, key_buffer, read_item, type_from_py, typeof_item, Held};
use crate::containers::desc_for;

struct State {
    item: Type,
    held: Held,
}

/// A list of one item type, shared with compiled code without a copy.
#[pyclass(module = "penna.typed", name = "List", sequence)]
pub struct TypedList {
    /// `None` until the item type is known (the first insertion).
    state: Option<State>,
}

impl TypedList {
    /// Takes over one reference to the list `mi` of `item`s.
    pub fn wrap(item: Type, mi: *mut MemInfo) -> Self {
        TypedList {
            state: Some(State {
                item,
                held: Held(mi),
            }),
        }
    }

    fn typed(item: Type) -> Self {
        // SAFETY: an interned descriptor.
        let l = unsafe { rt::new_list(desc_for(&item), 0) };
        Self::wrap(item, l as *mut MemInfo)
    }

    /// A new list of `item`s holding the items of `iterable`.
    pub fn from_items(item: &Type, iterable: &Bound<'_, PyAny>) -> PyResult<Self> {
        let mut l = Self::typed(item.clone());
        l.extend_from(iterable)?;
        Ok(l)
    }

    /// Appends every item of `iterable` (typing the list by the first).
    fn extend_from(&mut self, iterable: &Bound<'_, PyAny>) -> PyResult<()> {
        if let Ok(items) = iterable.cast::<PyList>() {
            if let Some(first) = items.iter().next() {
                self.typed_by(&first)?;
            }
            let done = self.extend_numbers(items);
            for i in done..items.len() {
                self.push(&items.get_item(i)?)?;
            }
            return Ok(());
        }
        // A list extended by itself sees its items as they were.
        let items: Vec<Bound<'_, PyAny>> = iterable.try_iter()?.collect::<PyResult<_>>()?;
        items.iter().try_for_each(|x| self.push(x))
    }

    /// Appends the leading items of `items` that are exact Python floats
    /// (to a list of float64) or ints (int64) without the general item
    /// conversion; returns how many it appended.
    fn extend_numbers(&mut self, items: &Bound<'_, PyList>) -> usize {
        use pyo3::ffi;
        let Some(state) = &self.state else {
            return 0;
        };
        let float = match state.item {
            Type::Scalar(Scalar::F64) => true,
            Type::Scalar(Scalar::I64) => false,
            _ => return 0,
        };
        // SAFETY: a live list; room is reserved before each item is written
        // and each item is read under the GIL from a list that cannot change
        // meanwhile (no Python code runs here).
        unsafe {
            let l = &mut *(state.held.0 as *mut List);
            let n = items.len();
            l.reserve(l.len() + n);
            let mut done = 0;
            while done < n {
                let obj = ffi::PyList_GET_ITEM(items.as_ptr(), done as ffi::Py_ssize_t);
                let tp = ffi::Py_TYPE(obj);
                let dst = l.item(l.len());
                if float && tp == std::ptr::addr_of_mut!(ffi::PyFloat_Type) {
                    *(dst as *mut f64) = (*(obj as *mut ffi::PyFloatObject)).ob_fval;
                } else if !float && tp == std::ptr::addr_of_mut!(ffi::PyLong_Type) {
                    let v = ffi::PyLong_AsLongLong(obj);
                    if v == -1 && !ffi::PyErr_Occurred().is_null() {
                        ffi::PyErr_Clear();
                        break;
                    }
                    *(dst as *mut i64) = v;
                } else {
                    break;
                }
                l.len += 1;
                done += 1;
            }
            l.dirty = 1;
            done
        }
    }

    /// Gives up the list reference (to an item slot that now owns it).
    pub fn take(mut self) -> *mut MemInfo {
        let state = self.state.take().expect("a typed list");
        let mi = state.held.0;
        std::mem::forget(state.held);
        mi
    }

    pub fn ptr(&self) -> Option<*mut MemInfo> {
        self.state.as_ref().map(|s| s.held.0)
    }

    pub fn list_type(&self) -> Option<Type> {
        self.state.as_ref().map(|s| Type::List {
            item: Box::new(s.item.clone()),
            typed: true,
        })
    }

    /// A new reference to the list, which must be of type `t`.
    pub fn container_of(&self, t: &Type) -> PyResult<*mut MemInfo> {
        super::retained(self.list_type(), self.ptr(), t, "List of unknown item type")
    }

    fn raw(&self) -> Option<*mut List> {
        self.ptr().map(|p| p as *mut List)
    }

    fn list(&self) -> Option<&List> {
        // SAFETY: a live list this object holds a reference to.
        self.raw().map(|p| unsafe { &*p })
    }

    fn len(&self) -> usize {
        self.list().map_or(0, List::len)
    }

    /// The state, typed from `first` if the list has no item type yet.
    fn typed_by(&mut self, first: &Bound<'_, PyAny>) -> PyResult<&State> {
        if self.state.is_none() {
            *self = Self::typed(typeof_item(first)?);
        }
        Ok(self.state.as_ref().expect("typed above"))
    }

    fn push(&mut self, x: &Bound<'_, PyAny>) -> PyResult<()> {
        let state = self.typed_by(x)?;
        let mut buf = item_buffer(x, &state.item)?;
        // SAFETY: a live list and an item of its type, whose references it takes.
        unsafe { (*(state.held.0 as *mut List)).push(buf.ptr()) };
        Ok(())
    }

    /// Python's index rules: negative from the end, `IndexError` outside.
    fn position(&self, i: isize) -> PyResult<usize> {
        let n = self.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(PyIndexError::new_err("list index out of range"));
        }
        Ok(j as usize)
    }

    fn item_at(&self, py: Python<'_>, i: usize) -> PyResult<Py<PyAny>> {
        let state = self.state.as_ref().expect("non-empty");
        let l = self.list().expect("non-empty");
        // SAFETY: i < len; a live item of the list's type. A number holds
        // no references: it is read as is.
        unsafe {
            if let Type::Scalar(Scalar::F64) = state.item {
                return Ok((*(l.item(i) as *const f64))
                    .into_pyobject(py)?
                    .into_any()
                    .unbind());
            }
            read_item(py, &state.item, l.desc(), l.item(i))
        }
    }

    /// A new list of the items at `picked` (each below the length).
    fn gather(&self, item: &Type, picked: impl Iterator<Item = usize>) -> Self {
        let out = Self::typed(item.clone());
        let (src, dst) = (self.list().expect("typed"), out.raw().expect("typed"));
        let d = src.desc();
        for i in picked {
            // SAFETY: i < len; the copy gets references of its own.
            unsafe {
                d.retain(src.item(i));
                (*dst).push(src.item(i));
            }
        }
        out
    }

    fn to_pylist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for i in 0..self.len() {
            out.append(self.item_at(py, i)?)?;
        }
        Ok(out)
    }

    /// Runs `f` with a key-like item (no references) equal to `x`; `None`
    /// when `x` cannot be an item of this list.
    fn with_probe<T>(
        &self,
        x: &Bound<'_, PyAny>,
        f: impl FnOnce(*mut List, *const u8) -> T,
    ) -> Option<T> {
        let state = self.state.as_ref()?;
        let mut buf = key_buffer(x, &state.item)?;
        let r = f(state.held.0 as *mut List, buf.ptr());
        // SAFETY: the probe's own references (arrays) are dropped.
        unsafe { self.list()?.desc().release(buf.ptr()) };
        Some(r)
    }
}

#[pymethods]
impl TypedList {
    #[new]
    #[pyo3(signature = (iterable = None, allocated = None))]
    fn new(iterable: Option<&Bound<'_, PyAny>>, allocated: Option<usize>) -> PyResult<Self> {
        let _ = allocated; // a size hint (Numba's), nothing a program sees
        let mut l = TypedList { state: None };
        if let Some(items) = iterable {
            l.extend_from(items)?;
        }
        Ok(l)
    }

    /// `List.empty_list(item_type)`: an empty list of `item_type`.
    #[staticmethod]
    #[pyo3(signature = (item_type, allocated = 0))]
    fn empty_list(item_type: &Bound<'_, PyAny>, allocated: usize) -> PyResult<Self> {
        let _ = allocated; // a size hint (Numba's), nothing a program sees
        Ok(Self::typed(type_from_py(item_type)?))
    }

    /// The list's type (`ListType[float64]`), or `None` before it is known.
    #[getter]
    fn _type_name(&self) -> Option<String> {
        self.list_type().map(|t| t.to_string())
    }

    fn __len__(&self) -> usize {
        self.len()
    }

    fn __getitem__(&self, py: Python<'_>, index: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if let Ok(i) = index.cast::<PyInt>() {
            let i = self.position(i.extract()?)?;
            return self.item_at(py, i);
        }
        if let Ok(s) = index.cast::<PySlice>() {
            let Some(state) = &self.state else {
                return Ok(Py::new(py, TypedList { state: None })?.into_any());
            };
            let ind = s.indices(self.len() as isize)?;
            let picked = (0..ind.slicelength).map(|k| (ind.start + k as isize * ind.step) as usize);
            return Ok(Py::new(py, self.gather(&state.item, picked))?.into_any());
        }
        Err(PyTypeError::new_err(
            "list indices must be integers or slices",
        ))
    }

    fn __setitem__(&mut self, index: isize, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let i = self.position(index)?;
        let state = self.state.as_ref().expect("non-empty");
        let mut buf = item_buffer(value, &state.item)?;
        let l = self.raw().expect("non-empty");
        // SAFETY: i < len: the old item's references go, the new one's move in.
        unsafe {
            let d = (*l).desc();
            d.release((*l).item(i));
            std::ptr::copy_nonoverlapping(buf.ptr(), (*l).item(i), d.size());
        }
        Ok(())
    }

    fn __delitem__(&mut self, py: Python<'_>, index: isize) -> PyResult<()> {
        self.pop(py, index).map(drop)
    }

    fn __contains__(&self, x: &Bound<'_, PyAny>) -> bool {
        // SAFETY (in the probe): a live list and an item of its type.
        self.with_probe(
            x,
            |l, p| unsafe { rt::penna_list_index(l, p, 0, i64::MAX) } >= 0,
        )
        .unwrap_or(false)
    }

    fn __iter__(slf: Bound<'_, Self>) -> ListIter {
        ListIter {
            list: slf.unbind(),
            next: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let t = self
            .list_type()
            .map_or("ListType[undefined]".into(), |t| t.to_string());
        Ok(format!("{t}({})", self.to_pylist(py)?.repr()?))
    }

    fn __str__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.to_pylist(py)?.repr()?.to_string())
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let mine = self.to_pylist(py)?;
        let theirs = if let Ok(o) = other.cast::<TypedList>() {
            o.borrow().to_pylist(py)?.into_any()
        } else if other.is_instance_of::<PyList>() {
            other.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        Ok(mine
            .eq(theirs)?
            .into_pyobject(py)?
            .to_owned()
            .into_any()
            .unbind())
    }

    fn append(&mut self, item: &Bound<'_, PyAny>) -> PyResult<()> {
        self.push(item)
    }

    fn extend(&mut self, iterable: &Bound<'_, PyAny>) -> PyResult<()> {
        self.extend_from(iterable)
    }

    fn insert(&mut self, index: isize, item: &Bound<'_, PyAny>) -> PyResult<()> {
        let state = self.typed_by(item)?;
        let mut buf = item_buffer(item, &state.item)?;
        // SAFETY: a live list and an item of its type, whose references it takes.
        unsafe { rt::penna_list_insert(state.held.0 as *mut List, index as i64, buf.ptr()) };
        Ok(())
    }

    #[pyo3(signature = (index = -1))]
    fn pop(&mut self, py: Python<'_>, index: isize) -> PyResult<Py<PyAny>> {
        if self.len() == 0 {
            return Err(PyIndexError::new_err("pop from empty list"));
        }
        let i = self.position(index)?;
        let state = self.state.as_ref().expect("non-empty");
        let mut buf = super::ItemBuf::new(&state.item);
        // SAFETY: i < len; the popped item's references move into `buf`.
        unsafe {
            rt::penna_list_pop(state.held.0 as *mut List, i as i64, buf.ptr());
            let d = self.list().expect("typed").desc();
            let value = read_item(py, &state.item, d, buf.ptr());
            d.release(buf.ptr());
            value
        }
    }

    fn remove(&mut self, item: &Bound<'_, PyAny>) -> PyResult<()> {
        // SAFETY (in the probe): a live list and an item of its type.
        match self.with_probe(item, |l, p| unsafe { rt::penna_list_remove(l, p) }) {
            Some(0) => Ok(()),
            _ => Err(PyValueError::new_err("list.remove(x): x not in list")),
        }
    }

    #[pyo3(signature = (item, start = 0, stop = isize::MAX))]
    fn index(&self, item: &Bound<'_, PyAny>, start: isize, stop: isize) -> PyResult<usize> {
        // SAFETY (in the probe): a live list and an item of its type.
        match self.with_probe(item, |l, p| unsafe {
            rt::penna_list_index(l, p, start as i64, stop as i64)
        }) {
            Some(i) if i >= 0 => Ok(i as usize),
            _ => Err(PyValueError::new_err("item is not in list")),
        }
    }

    fn count(&self, item: &Bound<'_, PyAny>) -> usize {
        // SAFETY (in the probe): a live list and an item of its type.
        self.with_probe(item, |l, p| unsafe { rt::penna_list_count(l, p) })
            .unwrap_or(0) as usize
    }

    fn clear(&mut self) {
        if let Some(l) = self.raw() {
            // SAFETY: a live list.
            unsafe { rt::penna_list_clear(l) };
        }
    }

    fn reverse(&mut self) {
        if let Some(l) = self.raw() {
            // SAFETY: a live list.
            unsafe { rt::penna_list_reverse(l) };
        }
    }

    #[pyo3(signature = (*, key = None, reverse = false))]
    fn sort(
        &mut self,
        py: Python<'_>,
        key: Option<&Bound<'_, PyAny>>,
        reverse: bool,
    ) -> PyResult<()> {
        let Some(l) = self.raw() else {
            return Ok(());
        };
        match key {
            // SAFETY: a live list.
            None => unsafe { rt::penna_list_sort(l, reverse as i32) },
            Some(key) => {
                let items = self.to_pylist(py)?;
                let kwargs = pyo3::types::PyDict::new(py);
                kwargs.set_item("key", key)?;
                kwargs.set_item("reverse", reverse)?;
                items.call_method("sort", (), Some(&kwargs))?;
                self.clear();
                items.iter().try_for_each(|x| self.push(&x))?;
            }
        }
        Ok(())
    }

    fn copy(&self, py: Python<'_>) -> PyResult<Py<Self>> {
        let copy = match &self.state {
            None => TypedList { state: None },
            Some(state) => self.gather(&state.item, 0..self.len()),
        };
        Py::new(py, copy)
    }
}

/// Iterates a typed list by position (items appended meanwhile are seen,
/// as with Python lists). Frozen, its position atomic: `__next__` takes no
/// borrow of the iterator (the GIL orders the calls).
#[pyclass(module = "penna.typed", frozen)]
pub struct ListIter {
    list: Py<TypedList>,
    next: std::sync::atomic::AtomicUsize,
}

#[pymethods]
impl ListIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        use std::sync::atomic::Ordering::Relaxed;
        let list = self.list.bind(py).borrow();
        let i = self.next.load(Relaxed);
        if i >= list.len() {
            return Ok(None);
        }
        self.next.store(i + 1, Relaxed);
        list.item_at(py, i).map(Some)
    }
}
