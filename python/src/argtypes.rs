//! The penna type of each call argument: the dispatcher's specialisation key.
//!
//! Exact Python `float`/`int`/`bool`/`complex` and NumPy arrays are recognised
//! by type pointer and struct fields (no Python calls); everything else takes a
//! slower path. NumPy's C API is touched only for objects whose type is named
//! `numpy.ndarray`, so `import penna` never imports NumPy.

use std::ffi::CStr;

use numpy::npyffi::{self, PyArrayObject};
use penna_compiler::{ArrayType, Layout, Scalar, Type};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// Why an argument has no penna type: what it is (a noun phrase), and
/// what to pass instead where that is more specific than the caller's
/// general hint.
pub struct Untypeable(pub String, pub Option<String>);

impl Untypeable {
    pub fn new(what: impl Into<String>) -> Self {
        Untypeable(what.into(), None)
    }

    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        Untypeable(self.0, Some(hint.into()))
    }
}

pub fn arg_type(obj: &Bound<'_, PyAny>) -> Result<Type, Untypeable> {
    let ptr = obj.as_ptr();
    // SAFETY: type checks on a live object.
    unsafe {
        let tp = ffi::Py_TYPE(ptr);
        if tp == std::ptr::addr_of_mut!(ffi::PyFloat_Type) {
            return Ok(Type::F64);
        }
        if tp == std::ptr::addr_of_mut!(ffi::PyLong_Type) {
            return Ok(Type::I64);
        }
        if tp == std::ptr::addr_of_mut!(ffi::PyBool_Type) {
            return Ok(Type::BOOL);
        }
        if tp == std::ptr::addr_of_mut!(ffi::PyComplex_Type) {
            return Ok(Type::Scalar(Scalar::C128));
        }
        if tp == std::ptr::addr_of_mut!(ffi::PyUnicode_Type) {
            return Ok(Type::Str);
        }
        if let Some(s) = crate::npscalar::lookup(tp) {
            return Ok(Type::Scalar(s));
        }
        if is_ndarray(tp) {
            return array_type(obj.py(), ptr as *mut PyArrayObject)
                .map(Type::Array)
                .or_else(|e| crate::records::record_array_type(obj).unwrap_or(Err(e)));
        }
    }
    slow_arg_type(obj)
}

/// Whether `obj` is a NumPy array (`numpy.ndarray` or a subclass).
pub fn is_numpy_array(obj: &Bound<'_, PyAny>) -> bool {
    // SAFETY: the type of a live object.
    unsafe { is_ndarray(ffi::Py_TYPE(obj.as_ptr())) }
}

/// Whether `tp` is `numpy.ndarray` or a subclass, judged by name so that
/// NumPy need not be imported.
unsafe fn is_ndarray(tp: *mut ffi::PyTypeObject) -> bool {
    use std::sync::atomic::{AtomicPtr, Ordering};
    // `numpy.ndarray` itself, once seen (a static type, never freed): most
    // arrays are exactly that, and a pointer test is cheaper than names.
    static NDARRAY: AtomicPtr<ffi::PyTypeObject> = AtomicPtr::new(std::ptr::null_mut());
    if !tp.is_null() && tp == NDARRAY.load(Ordering::Relaxed) {
        return true;
    }
    // SAFETY: guaranteed by the caller.
    let found = unsafe { named_in_bases(tp, b"numpy.ndarray") };
    // SAFETY: as above; `found` means `tp` is not null.
    if found && unsafe { CStr::from_ptr((*tp).tp_name) }.to_bytes() == b"numpy.ndarray" {
        NDARRAY.store(tp, Ordering::Relaxed);
    }
    found
}

/// Whether `tp` or one of its bases (the `tp_base` chain) has the C type
/// name `name`: recognises NumPy's types without importing NumPy.
///
/// # Safety
/// `tp` is a live type object (or null).
pub(crate) unsafe fn named_in_bases(mut tp: *mut ffi::PyTypeObject, name: &[u8]) -> bool {
    while !tp.is_null() {
        // SAFETY: tp_name is a NUL-terminated C string of a live type.
        let here = unsafe { CStr::from_ptr((*tp).tp_name) };
        if here.to_bytes() == name {
            return true;
        }
        tp = unsafe { (*tp).tp_base };
    }
    false
}

/// Whether `obj` is a `numpy.random.Generator` (or a subclass).
fn is_generator(obj: &Bound<'_, PyAny>) -> bool {
    // SAFETY: the type of a live object.
    unsafe {
        named_in_bases(
            ffi::Py_TYPE(obj.as_ptr()),
            b"numpy.random._generator.Generator",
        )
    }
}

/// The dtype a dtype-like argument stands for: a NumPy scalar type
/// (`np.float32`), a `np.dtype`, Python's `float` / `int` / `bool` /
/// `complex`, or penna's type objects (`penna.float32`), as `dtype=` takes
/// them. Compiled code receives it as a compile-time dtype (a
/// specialisation per dtype, as Numba's `NumberClass` / `DType` arguments).
pub(crate) fn dtype_value(obj: &Bound<'_, PyAny>) -> Option<Scalar> {
    let py = obj.py();
    if let Ok(t) = obj.cast::<pyo3::types::PyType>() {
        if t.is(py.get_type::<pyo3::types::PyFloat>()) {
            return Some(Scalar::F64);
        }
        if t.is(py.get_type::<pyo3::types::PyBool>()) {
            return Some(Scalar::Bool);
        }
        if t.is(py.get_type::<pyo3::types::PyInt>()) {
            return Some(Scalar::I64);
        }
        if t.is(py.get_type::<pyo3::types::PyComplex>()) {
            return Some(Scalar::C128);
        }
        let module: String = t.module().ok()?.extract().ok()?;
        if module != "numpy" {
            return None;
        }
        let dtype = py
            .import("numpy")
            .ok()?
            .getattr("dtype")
            .ok()?
            .call1((obj,))
            .ok()?;
        return scalar_of_type_num(dtype.getattr("num").ok()?.extract().ok()?);
    }
    let ty = obj.get_type();
    let module: String = ty.module().ok()?.extract().ok()?;
    if module.starts_with("numpy") && ty.name().ok()?.to_string().ends_with("DType") {
        return scalar_of_type_num(obj.getattr("num").ok()?.extract().ok()?);
    }
    if module == "penna.types" {
        return penna_scalar(obj);
    }
    None
}

/// The scalar a `penna.types` object names (`penna.float32`, an instance of
/// `types.Float`), if it names one.
pub fn penna_scalar(obj: &Bound<'_, PyAny>) -> Option<Scalar> {
    let ty = obj.get_type();
    if ty.module().ok()?.extract::<String>().ok()? != "penna.types" {
        return None;
    }
    Scalar::from_name(&obj.getattr("name").ok()?.extract::<String>().ok()?)
}

pub fn scalar_of_type_num(num: i32) -> Option<Scalar> {
    use npyffi::NPY_TYPES::*;
    let t = |x: npyffi::NPY_TYPES| x as i32;
    Some(match num {
        n if n == t(NPY_BOOL) => Scalar::Bool,
        n if n == t(NPY_BYTE) => Scalar::I8,
        n if n == t(NPY_UBYTE) => Scalar::U8,
        n if n == t(NPY_SHORT) => Scalar::I16,
        n if n == t(NPY_USHORT) => Scalar::U16,
        n if n == t(NPY_INT) => Scalar::I32,
        n if n == t(NPY_UINT) => Scalar::U32,
        n if n == t(NPY_LONG) || n == t(NPY_LONGLONG) => Scalar::I64,
        n if n == t(NPY_ULONG) || n == t(NPY_ULONGLONG) => Scalar::U64,
        n if n == t(NPY_HALF) => Scalar::F16,
        n if n == t(NPY_FLOAT) => Scalar::F32,
        n if n == t(NPY_DOUBLE) => Scalar::F64,
        n if n == t(NPY_CFLOAT) => Scalar::C64,
        n if n == t(NPY_CDOUBLE) => Scalar::C128,
        _ => return None,
    })
}

/// # Safety
/// `arr` must point to a live NumPy array.
unsafe fn array_type(py: Python<'_>, arr: *mut PyArrayObject) -> Result<ArrayType, Untypeable> {
    let _ = py;
    // SAFETY: the caller guarantees a live array; descr is always set.
    let (nd, flags, descr) =
        unsafe { ((*arr).fields.nd, (*arr).fields.flags, &*(*arr).fields.descr) };
    let dtype = scalar_of_type_num(descr.fields.type_num).ok_or_else(|| {
        Untypeable::new(format!(
            "a NumPy array of dtype '{}'",
            dtype_name(descr.fields.kind as u8, descr.fields.type_num)
        ))
    })?;
    if descr.fields.byteorder as u8 == b'>' {
        return Err(Untypeable::new("a big-endian NumPy array"));
    }
    let c = flags & npyffi::NPY_ARRAY_C_CONTIGUOUS != 0;
    let f = flags & npyffi::NPY_ARRAY_F_CONTIGUOUS != 0;
    let layout = if c {
        Layout::C
    } else if f {
        Layout::F
    } else {
        Layout::Any
    };
    let readonly = flags & npyffi::NPY_ARRAY_WRITEABLE == 0;
    Ok(ArrayType {
        dtype,
        ndim: nd as u8,
        layout,
        readonly,
    })
}

fn dtype_name(kind: u8, num: i32) -> String {
    match kind {
        b'O' => "object".into(),
        b'U' | b'S' => "str".into(),
        b'V' => "void (structured)".into(),
        b'M' => "datetime64".into(),
        b'm' => "timedelta64".into(),
        b'f' => "float16 / longdouble".into(),
        _ => format!("type number {num}"),
    }
}

/// The one type of every item of a list or set passed in.
fn common_item_type<'py>(
    items: impl Iterator<Item = Bound<'py, PyAny>>,
    what: &str,
) -> Result<Type, Untypeable> {
    let mut t: Option<Type> = None;
    for item in items {
        let it = arg_type(&item)?;
        match &t {
            None => t = Some(it),
            Some(first) if *first == it => {}
            Some(first) => {
                return Err(Untypeable::new(format!(
                    "a {what} of mixed types ({first} and {it})"
                )))
            }
        }
    }
    t.ok_or_else(|| {
        Untypeable::new(format!(
            "an empty {what} (its item type is unknown; pass a non-empty {what})"
        ))
    })
}

/// `numpy.float64` and `numpy.complex128` subclass Python's `float` and
/// `complex`: recognised by pointer from their first call on, like every
/// other NumPy scalar type (and not through this slow path again).
fn remember_numpy_scalar(obj: &Bound<'_, PyAny>, s: Scalar) {
    let tp = obj.get_type();
    if tp
        .module()
        .is_ok_and(|m| m.to_str().is_ok_and(|m| m == "numpy"))
    {
        crate::npscalar::remember(tp.as_ptr() as *mut ffi::PyTypeObject, s);
    }
}

fn slow_arg_type(obj: &Bound<'_, PyAny>) -> Result<Type, Untypeable> {
    if obj.is_none() {
        return Ok(Type::None);
    }
    if let Some(s) = dtype_value(obj) {
        return Ok(Type::DType(s));
    }
    // A structured dtype: the record type, known at compile time.
    if let Some(record) = crate::records::structured_dtype(obj) {
        return Ok(Type::TypeRef(Box::new(Type::Record(std::sync::Arc::new(
            record?,
        )))));
    }
    if let Some(t) = crate::typed::typed_arg_type(obj) {
        return t.map_err(|(what, hint)| Untypeable::new(what).with_hint(hint));
    }
    if let Some(t) = crate::generators::generator_type(obj) {
        return Ok(t);
    }
    if is_generator(obj) {
        return penna_runtime_cpu::random::generator::available()
            .map(|()| Type::Generator)
            .map_err(|why| Untypeable::new(format!("a numpy.random.Generator ({why})")));
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let items = t
            .iter()
            .map(|item| arg_type(&item))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(Type::Tuple(items));
    }
    if let Ok(l) = obj.cast::<pyo3::types::PyList>() {
        let item = common_item_type(l.iter(), "list")?;
        return Ok(Type::list(item));
    }
    if let Ok(s) = obj.cast::<pyo3::types::PySet>() {
        let item = common_item_type(s.iter(), "set")?;
        return Ok(Type::Set(Box::new(item)));
    }
    if obj.is_instance_of::<pyo3::types::PyDict>() {
        return Err(Untypeable::new("a Python `dict`").with_hint(
            "pass a `penna.typed.Dict` (`penna.typed.Dict(d)` converts one), which compiled code shares without a copy; Numba refuses Python dicts too",
        ));
    }
    if obj.is_instance_of::<pyo3::types::PyBool>() {
        return Ok(Type::BOOL);
    }
    if obj.is_instance_of::<pyo3::types::PyString>() {
        return Ok(Type::Str);
    }
    if obj.is_instance_of::<pyo3::types::PyInt>() {
        return Ok(Type::I64);
    }
    if obj.is_instance_of::<pyo3::types::PyFloat>() {
        remember_numpy_scalar(obj, Scalar::F64);
        return Ok(Type::F64);
    }
    if obj.is_instance_of::<pyo3::types::PyComplex>() {
        remember_numpy_scalar(obj, Scalar::C128);
        return Ok(Type::Scalar(Scalar::C128));
    }
    if let Some(t) = crate::jitclass::instance_type(obj) {
        return Ok(t);
    }
    // A jitted function passed as a value (one specialisation per function).
    if let Some(f) = crate::env::function_value(obj) {
        return Ok(Type::Function(penna_compiler::types::FnRef(f)));
    }
    if let Some(record) = crate::records::record_scalar_type(obj) {
        return record;
    }
    // NumPy scalars (np.float32(1.0), ...): their dtype names the scalar type.
    let ty = obj.get_type();
    let module: Option<String> = ty.getattr("__module__").ok().and_then(|m| m.extract().ok());
    if module.as_deref() == Some("numpy") {
        if let Some(s) = obj
            .getattr("dtype")
            .and_then(|d| d.getattr("name"))
            .ok()
            .and_then(|n| n.extract::<String>().ok())
            .and_then(|n| Scalar::from_name(&n))
        {
            // NumPy's own scalar types (user subclasses live in other modules)
            // are recognised by pointer from now on.
            crate::npscalar::remember(ty.as_ptr() as *mut ffi::PyTypeObject, s);
            return Ok(Type::Scalar(s));
        }
    }
    let name = ty
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into());
    Err(Untypeable::new(format!("a value of type `{name}`")))
}
