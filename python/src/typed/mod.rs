//! `penna.typed.List` and `penna.typed.Dict`: runtime containers
//! (`penna_runtime_cpu::containers`) held by Python objects, shared with
//! compiled code without a copy (an argument passes the container's pointer;
//! a returned one is wrapped).
//!
//! Invariants:
//! - A typed object holds one reference to its container, or none while its
//!   item type is unknown (`List()` before the first insertion, as Numba).
//! - Every item stored from Python owns its references: an array is held
//!   through a *foreign* `MemInfo` ([`foreign_array`]) that keeps the ndarray
//!   alive, a nested typed container is retained.
//! - Items read back to Python get references of their own
//!   ([`read_item`]); an array stored from Python comes back as the same
//!   ndarray object.

mod dict;
mod list;

use std::ffi::c_void;

pub use dict::TypedDict;
pub use list::TypedList;

use numpy::npyffi::PyArrayObject;
use penna_compiler::abi::MemInfo;
use penna_compiler::{Layout, Type};
use penna_runtime_cpu::containers::Desc;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

use crate::marshal::{arg_size, read_value, write_arg};

/// A container pointer a Python object owns one reference to.
pub struct Held(pub *mut MemInfo);

// SAFETY: the runtime containers are plain memory guarded by the GIL (every
// access from Python holds it; compiled code runs while the caller's
// arguments keep the object alive).
unsafe impl Send for Held {}
unsafe impl Sync for Held {}

impl Drop for Held {
    fn drop(&mut self) {
        // SAFETY: the reference this handle owns.
        unsafe { penna_runtime_cpu::nrt::release(self.0) };
    }
}

/// An ndarray kept alive by a runtime `MemInfo` (its first field), so that
/// containers can own arrays that Python made.
#[repr(C)]
struct Foreign {
    mi: MemInfo,
    array: Py<PyAny>,
}

/// The `size` that marks a foreign `MemInfo` (no allocation has it).
const FOREIGN: u64 = u64::MAX;

unsafe extern "C" fn drop_foreign(mi: *mut MemInfo) {
    // SAFETY: made by `foreign_array`; the last reference is gone. Dropping a
    // `Py` without the GIL defers the decref to pyo3's pool.
    drop(unsafe { Box::from_raw(mi as *mut Foreign) });
}

/// A new `MemInfo` (refcount 1) owning a reference to `array`.
pub fn foreign_array(array: &Bound<'_, PyAny>, data: *mut u8) -> *mut MemInfo {
    let f = Box::new(Foreign {
        mi: MemInfo {
            refcount: std::sync::atomic::AtomicI64::new(1),
            data,
            size: FOREIGN,
            dtor: Some(drop_foreign),
        },
        array: array.clone().unbind(),
    });
    Box::into_raw(f) as *mut MemInfo
}

/// The ndarray behind a foreign `MemInfo`, if the descriptor at `words`
/// (meminfo, data, shape, strides) still describes exactly that array.
///
/// # Safety
/// `words` holds a live array descriptor of `ndim` dimensions.
pub unsafe fn original_array(py: Python<'_>, words: *const i64, ndim: usize) -> Option<Py<PyAny>> {
    // SAFETY (reads): guaranteed by the caller; a foreign meminfo is a `Foreign`.
    unsafe {
        let mi = *words as *mut MemInfo;
        if mi.is_null() || (*mi).size != FOREIGN {
            return None;
        }
        let array = &(*(mi as *const Foreign)).array;
        let arr = array.as_ptr() as *mut PyArrayObject;
        let fields = &(*arr).fields;
        let same = fields.nd as usize == ndim
            && fields.data as i64 == *words.add(1)
            && (0..ndim).all(|k| {
                *fields.dimensions.add(k) as i64 == *words.add(2 + k)
                    && *fields.strides.add(k) as i64 == *words.add(2 + ndim + k)
            });
        same.then(|| array.clone_ref(py))
    }
}

/// The penna type Python's value `obj` has as an item of a typed container:
/// an argument's type, except that a Python list becomes a typed list.
pub fn typeof_item(obj: &Bound<'_, PyAny>) -> PyResult<Type> {
    if let Ok(l) = obj.cast::<PyList>() {
        let first = l.get_item(0).map_err(|_| {
            PyTypeError::new_err("cannot type an empty list as an item (use List.empty_list)")
        })?;
        return Ok(Type::List {
            item: Box::new(typeof_item(&first)?),
            typed: true,
        });
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        return Ok(Type::Tuple(
            t.iter().map(|x| typeof_item(&x)).collect::<PyResult<_>>()?,
        ));
    }
    crate::argtypes::arg_type(obj).map_err(|u| {
        PyTypeError::new_err(format!(
            "a typed container cannot hold {}: items are numbers, strings, tuples, arrays and typed containers",
            u.0
        ))
    })
}

/// Whether a value of type `have` may be stored where `want` is expected
/// without conversion by [`write_item`] failing (numbers convert there).
fn storable(have: &Type, want: &Type) -> bool {
    match (have, want) {
        (Type::Array(h), Type::Array(w)) => {
            // A read-only array never goes where compiled code may write.
            h.dtype == w.dtype
                && h.ndim == w.ndim
                && (w.layout == Layout::Any || h.layout == w.layout)
                && (w.readonly || !h.readonly)
        }
        (Type::Tuple(h), Type::Tuple(w)) => {
            h.len() == w.len() && h.iter().zip(w).all(|(h, w)| storable(h, w))
        }
        (h, w) => h == w,
    }
}

/// Writes `obj` as an item of type `t` at `dst`, owning its references.
///
/// # Safety
/// `dst` has room for `arg_size(t)` bytes, aligned to 8.
pub unsafe fn write_item(obj: &Bound<'_, PyAny>, t: &Type, dst: *mut u8) -> PyResult<()> {
    let mismatch = |have: &dyn std::fmt::Display| {
        PyTypeError::new_err(format!("expected an item of type {t}, got {have}"))
    };
    let type_name = || {
        obj.get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "object".into())
    };
    match t {
        Type::Scalar(_) => unsafe { write_arg(obj, t, dst) },
        Type::Tuple(items) => {
            let tuple = obj.cast::<PyTuple>().map_err(|_| mismatch(&type_name()))?;
            if tuple.len() != items.len() {
                return Err(mismatch(&format!("a tuple of {} items", tuple.len())));
            }
            for ((x, ty), off) in tuple.iter().zip(items).zip(Type::field_offsets(items)) {
                // SAFETY: the field's place inside the caller's room.
                unsafe { write_item(&x, ty, dst.add(off as usize))? };
            }
            Ok(())
        }
        Type::Array(_) => {
            let have = crate::argtypes::arg_type(obj).map_err(|u| mismatch(&u.0))?;
            if !storable(&have, t) {
                return Err(mismatch(&have));
            }
            // SAFETY: room for the descriptor; then its meminfo word is
            // replaced by one that keeps the ndarray alive.
            unsafe {
                write_arg(obj, &have, dst)?;
                let data = *(dst as *const i64).add(1) as *mut u8;
                *(dst as *mut *mut MemInfo) = foreign_array(obj, data);
            }
            Ok(())
        }
        Type::List { typed: true, item } => {
            let mi = match obj.cast::<TypedList>() {
                Ok(l) => l.borrow().container_of(t)?,
                Err(_) if obj.is_instance_of::<PyList>() => {
                    TypedList::from_items(item, obj)?.take()
                }
                Err(_) => return Err(mismatch(&type_name())),
            };
            // SAFETY: room for a pointer.
            unsafe { *(dst as *mut *mut MemInfo) = mi };
            Ok(())
        }
        Type::Optional(inner) => {
            // `(value, present)`: None is all zero bytes.
            // SAFETY: the caller's room for an item of type `t`.
            unsafe {
                std::ptr::write_bytes(dst, 0, t.size_align().0 as usize);
                if !obj.is_none() {
                    write_item(obj, inner, dst)?;
                    *dst.add(t.optional_flag_offset()) = 1;
                }
            }
            Ok(())
        }
        Type::Class(_) => {
            // The item holds a reference of its own to the instance.
            unsafe { crate::jitclass::write_instance(obj, t, dst)? };
            // SAFETY: the pointer just written is a live instance.
            unsafe { penna_runtime_cpu::nrt::retain(*(dst as *const *mut MemInfo)) };
            Ok(())
        }
        Type::Str => {
            if !obj.is_instance_of::<pyo3::types::PyString>() {
                return Err(mismatch(&type_name()));
            }
            let s = crate::containers::str_from_python(obj)?;
            // SAFETY: room for a pointer; the item owns the new reference.
            unsafe { *(dst as *mut *mut MemInfo) = s };
            Ok(())
        }
        Type::Dict(..) => {
            let d = obj
                .cast::<TypedDict>()
                .map_err(|_| mismatch(&type_name()))?;
            let mi = d.borrow().container_of(t)?;
            // SAFETY: room for a pointer.
            unsafe { *(dst as *mut *mut MemInfo) = mi };
            Ok(())
        }
        t => Err(PyTypeError::new_err(format!(
            "a typed container cannot hold items of type {t}"
        ))),
    }
}

/// `obj` converted to an item of type `t` in scratch memory (owning its
/// references: the caller stores it or releases it).
pub fn item_buffer(obj: &Bound<'_, PyAny>, t: &Type) -> PyResult<ItemBuf> {
    let mut buf = ItemBuf::new(t);
    // SAFETY: the buffer has `arg_size(t)` bytes, 8-aligned.
    unsafe { write_item(obj, t, buf.ptr())? };
    Ok(buf)
}

/// Scratch room for one item (8-aligned).
pub struct ItemBuf {
    words: smallvec::SmallVec<[u64; 4]>,
}

impl ItemBuf {
    pub fn new(t: &Type) -> Self {
        ItemBuf {
            words: smallvec::smallvec![0; arg_size(t) / 8],
        }
    }

    pub fn ptr(&mut self) -> *mut u8 {
        self.words.as_mut_ptr() as *mut u8
    }
}

/// A key for a lookup: `None` when `obj` cannot be a key of type `t` (a
/// lookup then finds nothing, as in Python). Keys hold no references.
pub fn key_buffer(obj: &Bound<'_, PyAny>, t: &Type) -> Option<ItemBuf> {
    // `2.0` finds the int key 2, as in Python; `2.5` finds nothing.
    if let (Type::Scalar(s), Ok(Type::Scalar(h))) = (t, crate::argtypes::arg_type(obj)) {
        if h.is_float() && !s.is_float() && !s.is_complex() {
            let f: f64 = obj.extract().ok()?;
            if f.fract() != 0.0 || !f.is_finite() {
                return None;
            }
            let int = (f as i64).into_pyobject(obj.py()).ok()?;
            return item_buffer(int.as_any(), t).ok();
        }
    }
    item_buffer(obj, t).ok()
}

/// The item of type `t` at `p` as a Python object, with references of its own.
///
/// # Safety
/// `p` holds a live item of type `t` described by `d`.
pub unsafe fn read_item(py: Python<'_>, t: &Type, d: Desc, p: *const u8) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller; `read_value` takes over the
    // references retained here.
    unsafe {
        if let Type::Array(a) = t {
            if let Some(original) = original_array(py, p as *const i64, a.ndim as usize) {
                return Ok(original);
            }
        }
        d.retain(p);
        read_value(py, t, p, None)
    }
}

/// The type a Python object passed as `item_type` / `key_type` names:
/// a `penna.types` object, a NumPy dtype or scalar type, or `int`, `float`,
/// `bool`, `complex`.
pub fn type_from_py(obj: &Bound<'_, PyAny>) -> PyResult<Type> {
    let py = obj.py();
    // A structref type (`penna.types.StructRef`): the class of its fields.
    if let Ok(class) = obj.getattr(pyo3::intern!(py, "_penna_jitclass")) {
        if let Some(t) = crate::jitclass::class_type(&class) {
            return Ok(t);
        }
    }
    let module: Option<String> = obj
        .get_type()
        .getattr("__module__")
        .ok()
        .and_then(|m| m.extract().ok());
    if module.as_deref() == Some("penna.types") {
        let name: String = obj.getattr("name")?.extract()?;
        return penna_compiler::signature::parse_type(&name)
            .map_err(|e| PyValueError::new_err(e.to_string()));
    }
    let builtins = py.import("builtins")?;
    for (name, t) in [
        ("bool", Type::BOOL),
        ("int", Type::I64),
        ("float", Type::F64),
        ("complex", Type::Scalar(penna_compiler::Scalar::C128)),
    ] {
        if obj.is(&builtins.getattr(name)?) {
            return Ok(t);
        }
    }
    let dtype = py
        .import("numpy")?
        .getattr("dtype")?
        .call1((obj,))
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "expected a type (`penna.types.float64`, `np.int32`, ...), got {}",
                obj.repr().map(|r| r.to_string()).unwrap_or_default()
            ))
        })?;
    let name: String = dtype.getattr("name")?.extract()?;
    penna_compiler::Scalar::from_name(&name)
        .map(Type::Scalar)
        .ok_or_else(|| PyTypeError::new_err(format!("penna has no type for dtype {name}")))
}

/// A new reference to the container `held` of type `have`, which must be
/// `want` (`what` names an untyped one in the message).
fn retained(
    have: Option<Type>,
    held: Option<*mut MemInfo>,
    want: &Type,
    what: &str,
) -> PyResult<*mut MemInfo> {
    match (have, held) {
        (Some(have), Some(mi)) if have == *want => {
            // SAFETY: a live container its Python object holds.
            unsafe { penna_runtime_cpu::nrt::retain(mi) };
            Ok(mi)
        }
        (have, _) => Err(PyTypeError::new_err(format!(
            "expected a {want}, got a {}",
            have.map_or(what.to_owned(), |t| t.to_string())
        ))),
    }
}

/// Python-side objects whose type is a typed container's: the type, or
/// what the object is and what to do instead (`(what, hint)`).
pub fn typed_arg_type(obj: &Bound<'_, PyAny>) -> Option<Result<Type, (String, String)>> {
    if let Ok(l) = obj.cast::<TypedList>() {
        return Some(l.borrow().list_type().ok_or_else(|| {
            (
                "an empty penna.typed.List whose item type is not known yet".to_owned(),
                "make it with List.empty_list(item_type), or append an item first".to_owned(),
            )
        }));
    }
    if let Ok(d) = obj.cast::<TypedDict>() {
        return Some(d.borrow().dict_type().ok_or_else(|| {
            (
                "an empty penna.typed.Dict whose key and value types are not known yet".to_owned(),
                "make it with Dict.empty(key_type, value_type), or insert an item first".to_owned(),
            )
        }));
    }
    None
}

/// The container pointer an argument of type `t` passes (borrowed for the
/// call: the argument keeps its object alive).
pub fn container_arg_ptr(obj: &Bound<'_, PyAny>) -> PyResult<*mut MemInfo> {
    let held = if let Ok(l) = obj.cast::<TypedList>() {
        l.borrow().ptr()
    } else if let Ok(d) = obj.cast::<TypedDict>() {
        d.borrow().ptr()
    } else {
        None
    };
    held.ok_or_else(|| {
        PyTypeError::new_err("expected a typed container with items of a known type")
    })
}

/// A container returned by compiled code (one reference, taken over) as a
/// `penna.typed` object.
///
/// # Safety
/// `mi` is a live container of type `t` (a typed list or a dict).
pub unsafe fn wrap_container(py: Python<'_>, t: &Type, mi: *mut MemInfo) -> PyResult<Py<PyAny>> {
    match t {
        Type::List { item, .. } => {
            Ok(Py::new(py, TypedList::wrap((**item).clone(), mi))?.into_any())
        }
        Type::Dict(k, v) => {
            Ok(Py::new(py, TypedDict::wrap((**k).clone(), (**v).clone(), mi))?.into_any())
        }
        t => Err(PyTypeError::new_err(format!(
            "{t} is not a typed container"
        ))),
    }
}

/// Whether values of type `t` hold a typed container, a jitclass instance
/// or a generator, which outlive the call that made or changed them (and
/// may keep the call's array arguments).
pub fn holds_shared(t: &Type) -> bool {
    match t {
        Type::List { typed: true, .. } | Type::Dict(..) | Type::Class(_) | Type::GeneratorOf(_) => {
            true
        }
        Type::List { item, .. } | Type::Set(item) | Type::Optional(item) => holds_shared(item),
        Type::Tuple(items) => items.iter().any(holds_shared),
        _ => false,
    }
}

/// Gives each array argument (also inside tuples) a `MemInfo` that keeps its ndarray alive, so
/// that compiled code may store it in a typed container that outlives the
/// call. The references are dropped with the returned guard.
///
/// # Safety
/// `ptrs[i]` holds argument `i` of type `types[i]` in ABI layout.
pub unsafe fn own_array_args(
    args: &[Bound<'_, PyAny>],
    types: &[Type],
    ptrs: &[*mut c_void],
) -> OwnedArgs {
    let mut owned = OwnedArgs(Vec::new());
    for ((a, t), &p) in args.iter().zip(types).zip(ptrs) {
        // SAFETY: the argument's ABI value, written by `pack_args`.
        unsafe { own_arrays_in(a, t, p as *mut u8, &mut owned.0) };
    }
    owned
}

/// Gives the arrays in the value `obj` of type `t` at `p` meminfos of
/// their own (through tuples).
unsafe fn own_arrays_in(obj: &Bound<'_, PyAny>, t: &Type, p: *mut u8, out: &mut Vec<Held>) {
    match t {
        // SAFETY: an array descriptor written by `pack_args`.
        Type::Array(_) => unsafe {
            let data = *(p as *const i64).add(1) as *mut u8;
            let mi = foreign_array(obj, data);
            *(p as *mut *mut MemInfo) = mi;
            out.push(Held(mi));
        },
        Type::Tuple(items) => {
            let Ok(tuple) = obj.cast::<PyTuple>() else {
                return;
            };
            for ((x, ty), off) in tuple.iter().zip(items).zip(Type::field_offsets(items)) {
                // SAFETY: the field's place inside the tuple.
                unsafe { own_arrays_in(&x, ty, p.add(off as usize), out) };
            }
        }
        _ => {}
    }
}

/// The argument arrays' references for one call.
pub struct OwnedArgs(#[allow(dead_code)] Vec<Held>);
