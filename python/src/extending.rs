//! `penna.extending`: generic functions whose implementation Python code
//! chooses from the argument types (Numba's `@overload`, `@overload_method`,
//! `@overload_attribute`, and structref constructors).
//!
//! An [`Overload`] is a `JitFunction` the compiler binds calls to like any
//! jitted function (its parameters are the factory's, which has the
//! overloaded function's signature); once the argument types are known it
//! asks `resolve(*types)` (written in `penna/extending.py`) for the
//! implementation, a `@penna.jit` dispatcher. Invariant: `resolve` sees
//! penna's type objects (`penna.types`), never the compiler's types, and is
//! asked only with known types.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use penna_compiler::env::{Const, Env, FunctionSource, JitFunction};
use penna_compiler::Type;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::env::{function_value, PyFunction};

pub struct Overload {
    /// The factory: its parameters and defaults are the call's.
    stub: PyFunction,
    /// The overloaded function's name, for messages.
    name: String,
    /// `resolve(*types)`: the implementing dispatcher, or `None`.
    resolver: Py<PyAny>,
}

impl Overload {
    pub fn new(
        name: String,
        factory: &Bound<'_, PyAny>,
        resolver: Bound<'_, PyAny>,
    ) -> PyResult<Arc<Overload>> {
        Ok(Arc::new(Overload {
            stub: PyFunction::new(factory, Default::default())?,
            name,
            resolver: resolver.unbind(),
        }))
    }
}

impl JitFunction for Overload {
    fn key(&self) -> usize {
        self.stub.key()
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn source(&self) -> penna_compiler::Result<FunctionSource> {
        self.stub.source()
    }

    fn env(&self) -> &dyn Env {
        self.stub.env()
    }

    fn defaults(&self) -> Vec<Option<Const>> {
        self.stub.defaults()
    }

    fn is_generic(&self) -> bool {
        true
    }

    fn implementation(&self, args: &[Type]) -> Result<Option<Arc<dyn JitFunction>>, String> {
        Python::attach(|py| {
            let objects = args
                .iter()
                .map(|t| type_object(py, t))
                .collect::<PyResult<Vec<_>>>()
                .map_err(|e| e.to_string())?;
            let chosen = self
                .resolver
                .bind(py)
                .call1(PyTuple::new(py, objects).map_err(|e| e.to_string())?)
                .map_err(|e| e.value(py).to_string())?;
            let listed = || {
                args.iter()
                    .map(Type::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if chosen.is_none() {
                return Err(format!(
                    "no implementation of `{}` accepts ({})",
                    self.name,
                    listed()
                ));
            }
            function_value(&chosen).map(Some).ok_or_else(|| {
                format!(
                    "the implementation chosen for `{}` ({}) is not a function",
                    self.name,
                    listed()
                )
            })
        })
    }
}

/// A Python object made generic (kept alive by the entry), and its overload.
type Registered = (Py<PyAny>, Arc<Overload>);

/// The Python objects made generic: `@overload`ed functions and structref
/// proxy classes, by address.
fn registry() -> &'static Mutex<HashMap<usize, Registered>> {
    static REGISTRY: OnceLock<Mutex<HashMap<usize, Registered>>> = OnceLock::new();
    REGISTRY.get_or_init(Default::default)
}

/// Methods overloaded on types that are not classes (`types.Array`), by name.
fn methods() -> &'static Mutex<HashMap<String, Arc<Overload>>> {
    static METHODS: OnceLock<Mutex<HashMap<String, Arc<Overload>>>> = OnceLock::new();
    METHODS.get_or_init(Default::default)
}

/// Makes calls of `target` in compiled code calls of the implementation
/// `resolver` chooses; `factory` gives the parameters.
#[pyfunction]
pub fn register_overload(
    target: Bound<'_, PyAny>,
    name: String,
    factory: Bound<'_, PyAny>,
    resolver: Bound<'_, PyAny>,
) -> PyResult<()> {
    let overload = Overload::new(name, &factory, resolver)?;
    registry()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(target.as_ptr() as usize, (target.unbind(), overload));
    Ok(())
}

/// Makes `x.name(...)` in compiled code, for receivers that are not
/// jitclass instances, a call of the implementation `resolver` chooses
/// (the receiver first).
#[pyfunction]
pub fn register_method_overload(
    name: String,
    factory: Bound<'_, PyAny>,
    resolver: Bound<'_, PyAny>,
) -> PyResult<()> {
    let overload = Overload::new(name.clone(), &factory, resolver)?;
    methods()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(name)
        .or_insert(overload);
    Ok(())
}

/// The generic function a Python object was made, if any.
pub fn generic_function(v: &Bound<'_, PyAny>) -> Option<Arc<dyn JitFunction>> {
    let registry = registry().lock().unwrap_or_else(|e| e.into_inner());
    let (_, overload) = registry.get(&(v.as_ptr() as usize))?;
    Some(overload.clone() as Arc<dyn JitFunction>)
}

/// The generic method named `name`, if one was registered.
pub fn generic_method(name: &str) -> Option<Arc<dyn JitFunction>> {
    let methods = methods().lock().unwrap_or_else(|e| e.into_inner());
    Some(methods.get(name)?.clone() as Arc<dyn JitFunction>)
}

/// The `penna.types` object of a type, as `@overload` factories see it.
pub fn type_object<'py>(py: Python<'py>, t: &Type) -> PyResult<Bound<'py, PyAny>> {
    let types = py.import("penna.types")?;
    match t {
        Type::Class(c) => crate::jitclass::type_object(py, c),
        Type::Tuple(items) => {
            let items = items
                .iter()
                .map(|t| type_object(py, t))
                .collect::<PyResult<Vec<_>>>()?;
            types.getattr("Tuple")?.call1((items,))
        }
        Type::Optional(inner) => types.getattr("optional")?.call1((type_object(py, inner)?,)),
        _ => types.getattr("from_string")?.call1((t.to_string(),)),
    }
}
