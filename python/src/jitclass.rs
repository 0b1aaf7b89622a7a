//! `penna.experimental.jitclass`: classes whose instances live in the CPU
//! runtime (`penna_runtime_cpu::objects`) and are shared with compiled code.
//!
//! `JitClass` is the class object Python code sees (callable: it makes an
//! instance through a compiled constructor that `penna/experimental/__init__.py`
//! writes); `JitObject` is an instance seen from Python: it holds one
//! reference to the runtime object, reads and writes its fields in place,
//! and calls its methods (compiled, the instance first). Invariant: a
//! `JitObject`'s reference is released when it is collected.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use penna_compiler::abi::MemInfo;
use penna_compiler::env::{JitClass as ClassTrait, JitFunction, Member};
use penna_compiler::types::ClassRef;
use penna_compiler::Type;
use penna_runtime_cpu::nrt;
use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use crate::dispatcher::Dispatcher;
use crate::marshal::read_value;

/// What the compiler knows of a jitclass.
pub struct ClassInfo {
    key: usize,
    name: String,
    /// The spec as given; its types are read at the first use of the class,
    /// when a `deferred_type` in it (a linked node's own class) is defined.
    spec: Vec<(String, Py<PyAny>)>,
    fields: OnceLock<Vec<(String, Type)>>,
    /// Where each field lives in an instance, for attribute access from
    /// Python (built with `fields`).
    slots: OnceLock<HashMap<String, FieldSlot>>,
    members: HashMap<String, Member>,
}

/// A field of an instance: its type, its offset among the fields, and the
/// descriptor that retains and releases the references it holds.
struct FieldSlot {
    ty: Type,
    offset: u32,
    /// `containers::desc_for(&ty)`: a leaked, immutable table.
    desc: usize,
}

impl ClassInfo {
    fn slot(&self, name: &str) -> Option<&FieldSlot> {
        self.slots
            .get_or_init(|| {
                let fields = self.resolved_fields();
                let types: Vec<Type> = fields.iter().map(|(_, t)| t.clone()).collect();
                let offsets = Type::field_offsets(&types);
                fields
                    .iter()
                    .zip(offsets)
                    .map(|((name, ty), offset)| {
                        let desc = crate::containers::desc_for(ty) as usize;
                        let ty = ty.clone();
                        (name.clone(), FieldSlot { ty, offset, desc })
                    })
                    .collect()
            })
            .get(name)
    }

    fn resolved_fields(&self) -> &Vec<(String, Type)> {
        self.fields.get_or_init(|| {
            Python::attach(|py| {
                self.spec
                    .iter()
                    .map(|(name, t)| {
                        // An unusable type was refused when the class was made;
                        // an undefined deferred type is `?`, which inference reports.
                        let ty = field_type(t.bind(py)).unwrap_or(Type::Unknown);
                        (name.clone(), ty)
                    })
                    .collect()
            })
        })
    }
}

impl ClassTrait for ClassInfo {
    fn key(&self) -> usize {
        self.key
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn fields(&self) -> Vec<(String, Type)> {
        self.resolved_fields().clone()
    }

    fn member(&self, name: &str) -> Option<Member> {
        self.members.get(name).cloned()
    }
}

/// The Python class objects of the jitclasses, by key.
fn classes() -> &'static Mutex<HashMap<usize, Py<JitClass>>> {
    static CLASSES: OnceLock<Mutex<HashMap<usize, Py<JitClass>>>> = OnceLock::new();
    CLASSES.get_or_init(Default::default)
}

#[pyclass(module = "penna._native", frozen)]
pub struct JitClass {
    info: Arc<ClassInfo>,
    /// The compiled constructor (`penna/experimental/__init__.py` writes it).
    constructor: OnceLock<Py<PyAny>>,
    /// The Python class the decorator was given.
    #[pyo3(get)]
    py_class: Py<PyAny>,
    /// Method dispatchers by name, for calls from Python.
    methods: HashMap<String, Py<PyAny>>,
    /// Property dispatchers by name: (getter, setter).
    properties: HashMap<String, (Py<PyAny>, Option<Py<PyAny>>)>,
    /// For the class of a structref type: the type object `@overload`
    /// factories see, and the proxy class instances are returned as.
    structref: OnceLock<(Py<PyAny>, Py<PyAny>)>,
}

impl JitClass {
    pub fn class_ref(&self) -> ClassRef {
        ClassRef(self.info.clone() as Arc<dyn ClassTrait>)
    }
}

fn function_of(d: &Bound<'_, PyAny>) -> PyResult<Arc<dyn JitFunction>> {
    Ok(d.cast::<Dispatcher>()?.get().function() as Arc<dyn JitFunction>)
}

/// Makes the class: `fields` as `(name, penna type)`, `members` as
/// `name -> ("method", d) | ("property", get, set or None) | ("static", d)`
/// with `d` `@penna.jit` dispatchers.
#[pyfunction]
pub fn make_jitclass(
    py: Python<'_>,
    class_type: Bound<'_, PyAny>,
    fields: Vec<(String, Bound<'_, PyAny>)>,
    members: Bound<'_, PyDict>,
) -> PyResult<Py<JitClass>> {
    let mut spec = Vec::new();
    for (name, t) in fields {
        if !is_deferred(&t)? {
            field_type(&t)
                .map_err(|e| PyTypeError::new_err(format!("jitclass field `{name}`: {e}")))?;
        }
        spec.push((name, t.unbind()));
    }
    let mut info_members = HashMap::new();
    let mut methods = HashMap::new();
    let mut properties = HashMap::new();
    for (name, entry) in members.iter() {
        let name: String = name.extract()?;
        let entry = entry.cast_into::<PyTuple>()?;
        let kind: String = entry.get_item(0)?.extract()?;
        let member = match kind.as_str() {
            "method" => {
                let d = entry.get_item(1)?;
                methods.insert(name.clone(), d.clone().unbind());
                Member::Method(function_of(&d)?)
            }
            "static" => {
                let d = entry.get_item(1)?;
                methods.insert(name.clone(), d.clone().unbind());
                Member::Static(function_of(&d)?)
            }
            // `@overload_method` / `@overload_attribute` of a structref type:
            // (kind, resolver, factory).
            "overload" | "overload_property" => {
                let (resolver, factory) = (entry.get_item(1)?, entry.get_item(2)?);
                let f = crate::extending::Overload::new(name.clone(), &factory, resolver)?
                    as Arc<dyn JitFunction>;
                if kind == "overload" {
                    Member::Method(f)
                } else {
                    Member::Property { get: f, set: None }
                }
            }
            _ => {
                let (get, set) = (entry.get_item(1)?, entry.get_item(2)?);
                let set = (!set.is_none()).then_some(set);
                properties.insert(
                    name.clone(),
                    (
                        get.clone().unbind(),
                        set.as_ref().map(|s| s.clone().unbind()),
                    ),
                );
                Member::Property {
                    get: function_of(&get)?,
                    set: set.map(|s| function_of(&s)).transpose()?,
                }
            }
        };
        info_members.insert(name, member);
    }
    let info = Arc::new(ClassInfo {
        key: class_type.as_ptr() as usize,
        name: class_type.getattr("__name__")?.extract()?,
        spec,
        fields: OnceLock::new(),
        slots: OnceLock::new(),
        members: info_members,
    });
    let class = Py::new(
        py,
        JitClass {
            info: info.clone(),
            constructor: OnceLock::new(),
            py_class: class_type.unbind(),
            methods,
            properties,
            structref: OnceLock::new(),
        },
    )?;
    classes()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(info.key, class.clone_ref(py));
    Ok(class)
}

/// The penna type a field's spec names: a type the typed containers
/// accept, another jitclass, `optional(...)` of one, or a `deferred_type`
/// once defined.
fn field_type(t: &Bound<'_, PyAny>) -> PyResult<Type> {
    if let Ok(c) = t.cast::<JitClass>() {
        return Ok(Type::Class(c.get().class_ref()));
    }
    if let Ok(inner) = t.getattr("_penna_optional_of") {
        return Ok(Type::Optional(Box::new(field_type(&inner)?)));
    }
    if let Ok(defined) = t.getattr("_penna_deferred") {
        if defined.is_none() {
            return Err(PyTypeError::new_err(
                "a deferred_type used before .define(...) was called on it",
            ));
        }
        return field_type(&defined);
    }
    crate::typed::type_from_py(t)
}

/// Whether a spec type is, or holds, a deferred type (read at first use).
fn is_deferred(t: &Bound<'_, PyAny>) -> PyResult<bool> {
    if t.hasattr("_penna_deferred")? {
        return Ok(true);
    }
    match t.getattr("_penna_optional_of") {
        Ok(inner) => is_deferred(&inner),
        Err(_) => Ok(false),
    }
}

#[pymethods]
impl JitClass {
    /// Makes this the class of a structref type: `type_object` is what
    /// `@overload` factories see, and instances reach Python wrapped by
    /// `wrap(obj)` (a proxy whose `_penna_obj` is the instance).
    fn _set_structref(&self, type_object: Py<PyAny>, wrap: Py<PyAny>) {
        let _ = self.structref.set((type_object, wrap));
    }

    /// Sets the compiled constructor (once).
    fn _set_constructor(&self, f: Py<PyAny>) {
        let _ = self.constructor.set(f);
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__(
        &self,
        py: Python<'_>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let f = self
            .constructor
            .get()
            .ok_or_else(|| PyTypeError::new_err("the jitclass is not ready"))?;
        f.bind(py).call(args, kwargs).map(Bound::unbind)
    }

    /// `Cls.static_method` (and `Cls.method`, called with an instance);
    /// `Cls.class_type.instance_type` (Numba's spelling of the instance
    /// type, for specs and `deferred_type().define(...)`) is the class.
    fn __getattr__(slf: &Bound<'_, Self>, name: &str) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        if name == "instance_type" {
            return Ok(slf.clone().into_any().unbind());
        }
        let this = slf.get();
        match this.methods.get(name) {
            Some(m) => Ok(m.clone_ref(py)),
            None => Err(PyAttributeError::new_err(format!(
                "jitclass {} has no attribute '{name}'",
                this.info.name
            ))),
        }
    }

    /// Numba's `Cls.class_type` (whose `.instance_type` is the class).
    #[getter]
    fn class_type(slf: &Bound<'_, Self>) -> Py<JitClass> {
        slf.clone().unbind()
    }

    /// An instance with every field zeroed (unpickling fills it in).
    fn _new_empty(slf: &Bound<'_, Self>) -> PyResult<Py<JitObject>> {
        let desc = crate::containers::desc_for(&slf.get().class_ref().layout());
        // SAFETY: an interned descriptor of this class's fields.
        let mi = unsafe { penna_runtime_cpu::objects::penna_rt_object_new(desc) };
        if mi.is_null() {
            return Err(pyo3::exceptions::PyMemoryError::new_err("out of memory"));
        }
        Py::new(
            slf.py(),
            JitObject {
                class: slf.clone().unbind(),
                mi,
            },
        )
    }

    /// Pickled by reference: the module attribute the decorator bound.
    fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, (String, String))> {
        let cls = self.py_class.bind(py);
        let module: String = cls.getattr("__module__")?.extract()?;
        let name: String = cls.getattr("__qualname__")?.extract()?;
        let find = py.import("penna.experimental")?.getattr("_find_class")?;
        Ok((find.unbind(), (module, name)))
    }

    #[getter]
    fn __name__(&self) -> String {
        self.info.name.clone()
    }

    /// The fields as `{name: type name}` (Numba's `class_type.struct`).
    #[getter]
    fn _fields(&self) -> Vec<(String, String)> {
        self.info
            .resolved_fields()
            .iter()
            .map(|(n, t)| (n.clone(), t.to_string()))
            .collect()
    }

    fn __repr__(&self) -> String {
        format!("<jitclass {}>", self.info.name)
    }
}

/// An instance of a jitclass, seen from Python.
#[pyclass(module = "penna._native", frozen)]
pub struct JitObject {
    class: Py<JitClass>,
    mi: *mut MemInfo,
}

// SAFETY: the fields never change and the instance's reference count is
// atomic; its field values are read and written with the GIL held (or by
// compiled code, where sharing an instance between threads is the program's
// data race, as in Numba). `unsendable` cost a thread check per access.
unsafe impl Send for JitObject {}
unsafe impl Sync for JitObject {}

impl Drop for JitObject {
    fn drop(&mut self) {
        // SAFETY: the reference this object holds.
        unsafe { nrt::release(self.mi) };
    }
}

impl JitObject {
    /// The field `name`: its address and slot.
    fn field(&self, name: &str) -> Option<(*mut u8, &FieldSlot)> {
        let slot = self.class.get().info.slot(name)?;
        // SAFETY: a live instance; the offset is inside its fields.
        let at = unsafe { penna_runtime_cpu::objects::fields(self.mi).add(slot.offset as usize) };
        Some((at, slot))
    }

    /// The field, property or method `name` of the instance (a method bound
    /// to it), `None` if the class has no such member; an unset field of a
    /// reference type raises AttributeError.
    fn member(slf: &Bound<'_, Self>, name: &str) -> PyResult<Option<Py<PyAny>>> {
        let py = slf.py();
        let this = slf.get();
        if let Some((p, slot)) = this.field(name) {
            let t = &slot.ty;
            // SAFETY: a live field of type `t`.
            let unset = (matches!(t, Type::Str | Type::Class(_)) || t.is_container())
                && unsafe { (*(p as *const *const u8)).is_null() };
            if unset {
                return Err(PyAttributeError::new_err(format!(
                    "'{}' object has no attribute '{name}'",
                    this.class.get().info.name
                )));
            }
            // SAFETY: a live field of type `t`; `read_value` takes over
            // the references retained for it.
            unsafe {
                penna_runtime_cpu::containers::Desc::new(slot.desc as *const u32).retain(p);
                return read_value(py, t, p, None).map(Some);
            }
        }
        let class = this.class.get();
        if let Some((get, _)) = class.properties.get(name) {
            return get.bind(py).call1((slf,)).map(|v| Some(v.unbind()));
        }
        if let Some(m) = class.methods.get(name) {
            return match class.info.members.get(name) {
                Some(Member::Static(_)) => Ok(Some(m.clone_ref(py).into_any())),
                _ => bind_method(m.bind(py).as_any(), slf.as_any()).map(Some),
            };
        }
        Ok(None)
    }
}

extern "C" {
    /// CPython's `PyMethod_New` (a bound method object), which pyo3-ffi
    /// does not declare; part of the stable C API.
    fn PyMethod_New(func: *mut ffi::PyObject, instance: *mut ffi::PyObject) -> *mut ffi::PyObject;
}

/// `method` bound to `instance`, as `instance.method` is in Python (a C
/// method object: calling it prepends the instance without a new tuple).
fn bind_method(method: &Bound<'_, PyAny>, instance: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    // SAFETY: both are live objects; a new reference or null with an
    // exception set comes back.
    unsafe {
        Bound::from_owned_ptr_or_err(
            method.py(),
            PyMethod_New(method.as_ptr(), instance.as_ptr()),
        )
        .map(Bound::unbind)
    }
}

#[pymethods]
impl JitObject {
    /// Fields first, then properties and methods, then what every object
    /// has (`__class__`, the methods below): a field read is one lookup,
    /// not the failed generic lookup and its AttributeError that
    /// `__getattr__` runs after.
    fn __getattribute__(slf: &Bound<'_, Self>, name: &Bound<'_, PyString>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        if let Some(v) = Self::member(slf, &name.to_cow()?)? {
            return Ok(v);
        }
        // SAFETY: both are live objects; a new reference or null with an
        // exception set comes back.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyObject_GenericGetAttr(slf.as_ptr(), name.as_ptr()),
            )
            .map(Bound::unbind)
        }
    }

    /// What pyo3 calls when `__getattribute__` raised AttributeError: the
    /// message Python gives (pyo3's own would be the bare name).
    fn __getattr__(slf: &Bound<'_, Self>, name: &str) -> PyResult<Py<PyAny>> {
        Err(PyAttributeError::new_err(format!(
            "'{}' object has no attribute '{name}'",
            slf.get().class.get().info.name
        )))
    }

    fn __setattr__(slf: &Bound<'_, Self>, name: &str, value: Bound<'_, PyAny>) -> PyResult<()> {
        let py = slf.py();
        let this = slf.get();
        if let Some((p, slot)) = this.field(name) {
            let t = &slot.ty;
            let mut fresh = crate::typed::item_buffer(&value, t)?;
            // SAFETY: a live field of type `t`; the buffer owns its references,
            // which the field takes over, and the old value's are dropped.
            unsafe {
                let d = penna_runtime_cpu::containers::Desc::new(slot.desc as *const u32);
                d.release(p);
                std::ptr::copy_nonoverlapping(fresh.ptr(), p, t.size_align().0 as usize);
            }
            return Ok(());
        }
        let class = this.class.get();
        if let Some((_, Some(set))) = class.properties.get(name) {
            set.bind(py).call1((slf, value))?;
            return Ok(());
        }
        Err(PyAttributeError::new_err(format!(
            "'{}' object has no field '{name}'",
            class.info.name
        )))
    }

    fn __repr__(&self) -> String {
        format!(
            "<{} jitclass instance at {:p}>",
            self.class.get().info.name,
            self.mi
        )
    }

    /// Pickled by value: the class (by reference) and the fields' values.
    fn __reduce__(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let this = slf.get();
        let fields = PyDict::new(py);
        for (name, _) in this.class.get().info.resolved_fields() {
            match Self::member(slf, name) {
                Ok(Some(v)) => fields.set_item(name, v)?,
                Ok(None) => {}
                // A field never set stays unset.
                Err(e) if e.is_instance_of::<PyAttributeError>(py) => {}
                Err(e) => return Err(e),
            }
        }
        let rebuild = py.import("penna.experimental")?.getattr("_rebuild")?;
        let args = PyTuple::new(
            py,
            [
                this.class.clone_ref(py).into_any(),
                fields.into_any().unbind(),
            ],
        )?;
        Ok(
            PyTuple::new(py, [rebuild.unbind(), args.into_any().unbind()])?
                .into_any()
                .unbind(),
        )
    }

    fn __len__(slf: &Bound<'_, Self>) -> PyResult<usize> {
        special(slf, "__len__", ())?
            .ok_or_else(|| PyTypeError::new_err("this jitclass has no __len__"))?
            .extract(slf.py())
    }

    fn __getitem__(slf: &Bound<'_, Self>, key: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        special(slf, "__getitem__", (key,))?
            .ok_or_else(|| PyTypeError::new_err("this jitclass has no __getitem__"))
    }

    fn __setitem__(
        slf: &Bound<'_, Self>,
        key: Bound<'_, PyAny>,
        value: Bound<'_, PyAny>,
    ) -> PyResult<()> {
        special(slf, "__setitem__", (key, value))?
            .ok_or_else(|| PyTypeError::new_err("this jitclass has no __setitem__"))?;
        Ok(())
    }

    /// The generator `__iter__` makes (a `penna.Generator`).
    fn __iter__(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        special(slf, "__iter__", ())?
            .ok_or_else(|| PyTypeError::new_err("this jitclass has no __iter__"))
    }

    /// `__hash__` of the class; without one, the identity of the instance
    /// (as Python objects without `__eq__` hash).
    fn __hash__(slf: &Bound<'_, Self>) -> PyResult<isize> {
        match special(slf, "__hash__", ())? {
            Some(h) => h.extract(slf.py()),
            None => Ok(slf.get().mi as isize >> 4),
        }
    }

    fn __contains__(slf: &Bound<'_, Self>, item: Bound<'_, PyAny>) -> PyResult<bool> {
        special(slf, "__contains__", (item,))?
            .ok_or_else(|| PyTypeError::new_err("this jitclass has no __contains__"))?
            .extract(slf.py())
    }

    fn __richcmp__(
        slf: &Bound<'_, Self>,
        other: Bound<'_, PyAny>,
        op: pyo3::basic::CompareOp,
    ) -> PyResult<Py<PyAny>> {
        use pyo3::basic::CompareOp::*;
        let name = match op {
            Eq => "__eq__",
            Ne => "__ne__",
            Lt => "__lt__",
            Le => "__le__",
            Gt => "__gt__",
            Ge => "__ge__",
        };
        Ok(special(slf, name, (other,))?.unwrap_or_else(|| slf.py().NotImplemented()))
    }

    fn __add__(slf: &Bound<'_, Self>, other: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        binary(slf, "__add__", other)
    }

    fn __sub__(slf: &Bound<'_, Self>, other: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        binary(slf, "__sub__", other)
    }

    fn __mul__(slf: &Bound<'_, Self>, other: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        binary(slf, "__mul__", other)
    }

    fn __truediv__(slf: &Bound<'_, Self>, other: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        binary(slf, "__truediv__", other)
    }
}

/// `x op other` through the class's special method, or NotImplemented.
fn binary(slf: &Bound<'_, JitObject>, name: &str, other: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    Ok(special(slf, name, (other,))?.unwrap_or_else(|| slf.py().NotImplemented()))
}

/// Calls the special method `name` of the instance's class, if it has one.
fn special<'py>(
    slf: &Bound<'py, JitObject>,
    name: &str,
    args: impl pyo3::call::PyCallArgs<'py>,
) -> PyResult<Option<Py<PyAny>>> {
    let py = slf.py();
    let method = slf
        .get()
        .class
        .get()
        .methods
        .get(name)
        .map(|m| m.clone_ref(py));
    let Some(method) = method else {
        return Ok(None);
    };
    let bound = bind_method(method.bind(py), slf.as_any())?;
    bound.bind(py).call1(args).map(|r| Some(r.unbind()))
}

/// The instance a Python object is: a `JitObject`, or a structref proxy
/// holding one.
fn as_instance<'py>(obj: &Bound<'py, PyAny>) -> Option<Bound<'py, JitObject>> {
    if let Ok(o) = obj.cast::<JitObject>() {
        return Some(o.clone());
    }
    let inner = obj.getattr(pyo3::intern!(obj.py(), "_penna_obj")).ok()?;
    inner.cast_into::<JitObject>().ok()
}

/// The type of a `JitObject` argument (or of a structref proxy).
pub fn instance_type(obj: &Bound<'_, PyAny>) -> Option<Type> {
    let o = as_instance(obj)?;
    let t = Type::Class(o.get().class.get().class_ref());
    Some(t)
}

/// The type object `@overload` factories see for instances of `c`: the
/// structref type, or the jitclass itself (Numba's `instance_type`).
pub fn type_object<'py>(py: Python<'py>, c: &ClassRef) -> PyResult<Bound<'py, PyAny>> {
    let class = classes()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&c.0.key())
        .map(|k| k.clone_ref(py))
        .ok_or_else(|| PyTypeError::new_err(format!("unknown jitclass {}", c.0.name())))?;
    match class.get().structref.get() {
        Some((t, _)) => Ok(t.bind(py).clone()),
        None => Ok(class.into_bound(py).into_any()),
    }
}

/// The instance type of a jitclass object.
pub fn class_type(obj: &Bound<'_, PyAny>) -> Option<Type> {
    let c = obj.cast::<JitClass>().ok()?;
    Some(Type::Class(c.get().class_ref()))
}

/// The class object of a jitclass type, for `classify`.
pub fn class_of(obj: &Bound<'_, PyAny>) -> Option<Arc<dyn ClassTrait>> {
    let c = obj.cast::<JitClass>().ok()?;
    Some(c.get().info.clone() as Arc<dyn ClassTrait>)
}

/// Writes an instance argument (borrowed: the Python object keeps it alive).
///
/// # Safety
/// `dst` has room for a pointer.
pub unsafe fn write_instance(obj: &Bound<'_, PyAny>, t: &Type, dst: *mut u8) -> PyResult<()> {
    let o = as_instance(obj)
        .ok_or_else(|| PyTypeError::new_err(format!("expected an instance of {t}")))?;
    let o = o.get();
    if Type::Class(o.class.get().class_ref()) != *t {
        return Err(PyTypeError::new_err(format!("expected an instance of {t}")));
    }
    // SAFETY: room for a pointer, guaranteed by the caller.
    unsafe { *(dst as *mut *mut MemInfo) = o.mi };
    Ok(())
}

/// An instance compiled code returned (taking over the reference at `src`).
///
/// # Safety
/// `src` holds a live instance (or null) of type `t`.
pub unsafe fn read_instance(py: Python<'_>, t: &Type, src: *const u8) -> PyResult<Py<PyAny>> {
    // SAFETY: guaranteed by the caller.
    let mi = unsafe { *(src as *const *mut MemInfo) };
    if mi.is_null() {
        return Ok(py.None());
    }
    let Type::Class(c) = t else {
        return Err(PyTypeError::new_err(format!("{t} is not a jitclass")));
    };
    let class = classes()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&c.0.key())
        .map(|k| k.clone_ref(py))
        .ok_or_else(|| PyTypeError::new_err(format!("unknown jitclass {t}")))?;
    let wrap = class.get().structref.get().map(|(_, w)| w.clone_ref(py));
    let obj = Py::new(py, JitObject { class, mi })?.into_any();
    match wrap {
        Some(wrap) => Ok(wrap.call1(py, (obj,))?),
        None => Ok(obj),
    }
}
