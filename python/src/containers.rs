//! Lists, sets and dicts crossing the boundary between Python and compiled
//! code (runtime objects of `penna_runtime_cpu::containers`).
//!
//! - A Python `list` argument is copied into a runtime list for the call and,
//!   if compiled code changed it, written back into the same Python list
//!   afterwards (Numba's reflected lists; Numba deprecates reflection, penna
//!   keeps it because real code relies on it). Arrays in it are held by
//!   references of their own, so compiled code may keep them. A `set` argument is copied in
//!   and reflected the same way.
//! - Lists and sets returned by compiled code become a Python `list` or
//!   `set` (items converted, references dropped).
//! - Typed lists and dicts are shared, not copied: see [`crate::typed`]. A
//!   Python `dict` argument is refused with a hint to `penna.typed.Dict`,
//!   as in Numba.
//!
//! Invariant: every runtime container made for an argument is released when
//! its [`ArgContainers`] scope ends, on every path.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;

use penna_compiler::abi::containers::item_desc;
use penna_compiler::abi::MemInfo;
use penna_compiler::Type;
use penna_runtime_cpu::containers::dict::{self, Dict};
use penna_runtime_cpu::containers::list::{self, List};
use penna_runtime_cpu::nrt;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PySet, PyTuple};

use crate::marshal::read_value;

/// The process-lifetime descriptor of items of type `t` (interned).
pub fn desc_for(t: &Type) -> *const u32 {
    static DESCS: Mutex<Option<HashMap<Vec<u32>, &'static [u32]>>> = Mutex::new(None);
    let words = item_desc(t);
    let mut table = DESCS.lock().unwrap_or_else(|e| e.into_inner());
    let table = table.get_or_insert_with(HashMap::new);
    if let Some(d) = table.get(&words) {
        return d.as_ptr();
    }
    let leaked: &'static [u32] = Box::leak(words.clone().into_boxed_slice());
    table.insert(words, leaked);
    leaked.as_ptr()
}

struct Reflected {
    obj: Py<PyAny>,
    container: *mut MemInfo,
    ty: Type,
}

thread_local! {
    /// Containers made for the arguments of the calls in progress on this thread.
    static ARGS: RefCell<Vec<Reflected>> = const { RefCell::new(Vec::new()) };
}

/// A runtime list or set holding a copy of `obj`'s items (one reference, owned
/// by the current [`ArgContainers`] scope).
pub fn container_arg(obj: &Bound<'_, PyAny>, t: &Type) -> PyResult<*mut MemInfo> {
    let made = match t {
        Type::List { item, .. } => {
            // SAFETY: an interned descriptor.
            let l = unsafe { list::new_list(desc_for(item), obj.len()?) };
            let keep = Reflected {
                obj: obj.clone().unbind(),
                container: l as *mut MemInfo,
                ty: t.clone(),
            };
            ARGS.with(|a| a.borrow_mut().push(keep));
            for x in obj.try_iter()? {
                // Arrays get references of their own (a foreign meminfo), so
                // compiled code may keep them (in a typed container) after
                // the call; they come back as the same ndarrays.
                let mut item_buf = crate::typed::item_buffer(&x?, item)?;
                // SAFETY: an item of the list's type, whose references it takes.
                unsafe { (*l).push(item_buf.ptr()) };
            }
            // SAFETY: a live list.
            unsafe { (*l).dirty = 0 };
            l as *mut MemInfo
        }
        Type::Set(item) => {
            let none = desc_for(&Type::None);
            // SAFETY: interned descriptors.
            let s = unsafe { dict::new_dict(desc_for(item), none) };
            ARGS.with(|a| {
                a.borrow_mut().push(Reflected {
                    obj: obj.clone().unbind(),
                    container: s as *mut MemInfo,
                    ty: t.clone(),
                })
            });
            for x in obj.try_iter()? {
                let mut key = crate::typed::item_buffer(&x?, item)?;
                // SAFETY: a key of the set's type; sets have no values.
                unsafe { (*s).set(key.ptr(), [0u64].as_ptr() as *const u8) };
            }
            s as *mut MemInfo
        }
        Type::Str => {
            let s = str_from_python(obj)?;
            ARGS.with(|a| {
                a.borrow_mut().push(Reflected {
                    obj: obj.clone().unbind(),
                    container: s,
                    ty: t.clone(),
                })
            });
            s
        }
        t => return Err(PyTypeError::new_err(format!("cannot pass {t} by value"))),
    };
    Ok(made)
}

/// A new runtime string holding `obj`'s text (a reference the caller owns).
pub fn str_from_python(obj: &Bound<'_, PyAny>) -> PyResult<*mut MemInfo> {
    let s = obj.cast::<pyo3::types::PyString>()?;
    let text = s.to_str()?;
    let made = penna_runtime_cpu::strings::new_str(text);
    if made.is_null() {
        return Err(pyo3::exceptions::PyMemoryError::new_err(
            "out of memory for a string",
        ));
    }
    Ok(made)
}

/// A runtime string as a Python `str`, dropping the reference at `src`.
///
/// # Safety
/// `src` holds a live string whose reference the caller hands over.
pub unsafe fn str_to_python(py: Python<'_>, src: *const u8) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let mi = *(src as *const *mut MemInfo);
        let s = pyo3::types::PyString::new(py, penna_runtime_cpu::strings::text(mi));
        nrt::release(mi);
        Ok(s.into_any().unbind())
    }
}

/// Whether an argument of type `t` is, or holds, a list or set copied in
/// (the call then needs an [`ArgContainers`] scope).
pub fn passes_container(t: &Type) -> bool {
    match t {
        Type::Tuple(items) => items.iter().any(passes_container),
        // Strings are copied in and released when the call ends.
        Type::List { typed: false, .. } | Type::Set(_) | Type::Str => true,
        _ => false,
    }
}

/// The scope of one call's argument containers: `reflect` writes changed
/// lists and sets back; dropping releases them.
pub struct ArgContainers {
    mark: usize,
}

impl ArgContainers {
    pub fn new() -> Self {
        ArgContainers {
            mark: ARGS.with(|a| a.borrow().len()),
        }
    }

    /// Writes back what compiled code changed (after a successful call).
    pub fn reflect(&self, py: Python<'_>) -> PyResult<()> {
        let pending: Vec<(Py<PyAny>, usize, Type)> = ARGS.with(|a| {
            a.borrow()[self.mark..]
                .iter()
                .map(|r| (r.obj.clone_ref(py), r.container as usize, r.ty.clone()))
                .collect()
        });
        for (obj, c, ty) in pending {
            let obj = obj.bind(py);
            match &ty {
                Type::List { .. } => {
                    let l = c as *mut List;
                    // SAFETY: a live list made for this call.
                    if unsafe { (*l).dirty } == 0 {
                        continue;
                    }
                    // Arrays that came from the Python list are found among
                    // its original items (views of them).
                    let originals = PyTuple::new(py, obj.cast::<PyList>()?.iter())?;
                    // SAFETY: as above; the list keeps its reference.
                    let items = unsafe { list_items(py, &ty, l, Some(originals.as_slice()))? };
                    obj.cast::<PyList>()?
                        .set_slice(0, isize::MAX as usize, &items)?;
                }
                Type::Set(_) => {
                    // SAFETY: a live set made for this call.
                    let now = unsafe { set_to_python(py, &ty, c as *mut Dict)? };
                    let set = obj.cast::<PySet>()?;
                    if !set.eq(&now)? {
                        set.clear();
                        for x in now.bind(py).try_iter()? {
                            set.add(x?)?;
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl Drop for ArgContainers {
    fn drop(&mut self) {
        let done: Vec<Reflected> = ARGS.with(|a| a.borrow_mut().drain(self.mark..).collect());
        for r in done {
            // SAFETY: the reference this scope owns.
            unsafe { nrt::release(r.container) };
        }
    }
}

/// The items of a list as a Python list (the list keeps its own references;
/// arrays get references of their own).
///
/// # Safety
/// `l` is a live list of type `t`.
unsafe fn list_items<'py>(
    py: Python<'py>,
    t: &Type,
    l: *const List,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Bound<'py, PyList>> {
    let Type::List { item, .. } = t else {
        unreachable!("a list type")
    };
    // SAFETY: guaranteed by the caller.
    let list = unsafe { &*l };
    let d = list.desc();
    let out = PyList::empty(py);
    for i in 0..list.len() {
        let p = list.item(i);
        // SAFETY: a live item; `read_value` takes over the retained references.
        unsafe {
            d.retain(p);
            out.append(read_value(py, item, p, args)?)?;
        }
    }
    Ok(out)
}

/// A container returned by compiled code (one reference, which this drops)
/// as a Python object.
///
/// # Safety
/// `src` holds a container of type `t` in ABI layout.
pub unsafe fn container_to_python(
    py: Python<'_>,
    t: &Type,
    src: *const u8,
    args: Option<&[Bound<'_, PyAny>]>,
) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller.
    let mi = unsafe { *(src as *const *mut MemInfo) };
    struct Release(*mut MemInfo);
    impl Drop for Release {
        fn drop(&mut self) {
            // SAFETY: the reference compiled code handed over.
            unsafe { nrt::release(self.0) };
        }
    }
    let _release = Release(mi);
    // SAFETY: a live container of type `t`.
    unsafe {
        Ok(match t {
            Type::List { .. } => list_items(py, t, mi as *const List, args)?
                .into_any()
                .unbind(),
            Type::Set(_) => set_to_python(py, t, mi as *mut Dict)?,
            t => unreachable!("{t} is not a container"),
        })
    }
}

/// # Safety
/// `s` is a live set of type `t`.
unsafe fn set_to_python(py: Python<'_>, t: &Type, s: *mut Dict) -> PyResult<Py<PyAny>> {
    let Type::Set(item) = t else {
        unreachable!("a set type")
    };
    let out = PySet::empty(py)?;
    // SAFETY: guaranteed by the caller.
    let set = unsafe { &*s };
    for (kp, _) in set.entries() {
        // SAFETY: a live key (keys hold no references).
        out.add(unsafe { read_value(py, item, kp, None)? })?;
    }
    Ok(out.into_any().unbind())
}
