//! The compiler's view of Python: names, sources and defaults of functions.
//!
//! [`PyFunction`] implements `JitFunction` for a Python function object, and
//! [`PyEnv`] resolves its free names: closure cells first, then the function's
//! globals, then builtins. Python values are classified into `Global`s without
//! importing anything (NumPy is recognised by module name, so `import penna`
//! stays fast for code that never touches it).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use penna_compiler::abi::ExceptionKind;
use penna_compiler::env::HostModule;
use penna_compiler::gpu::GpuNs;
use penna_compiler::{
    CompileError, Const, Env, ErrorKind, FunctionFlags, FunctionSource, Global, JitFunction,
    ModuleId, SourceFile,
};
use pyo3::exceptions::PyBaseException;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyComplex, PyDict, PyFloat, PyInt, PyModule, PyTuple, PyType};

use crate::dispatcher::Dispatcher;
use crate::errors::register_exception;

pub struct PyFunction {
    func: Py<PyAny>,
    name: String,
    env: PyEnv,
    flags: FunctionFlags,
    /// The function's source file as it was when the function was decorated
    /// (normally at import): a file edited afterwards does not change what
    /// is compiled, which must be the code Python runs.
    file: Option<Arc<SourceFile>>,
}

pub struct PyEnv {
    globals: Py<PyDict>,
    /// Closure cells by name, read when the compiler asks (a cell is still
    /// empty while its function is being decorated).
    closure: Vec<(String, Py<PyAny>)>,
    builtins: Py<PyAny>,
    /// The function itself: a closure that names itself (a recursive function
    /// defined inside another) finds its cell empty while it is decorated,
    /// and a module function compiled at decoration finds its global not
    /// yet bound, so an eager signature resolves the name to the function.
    own: (Py<PyAny>, String, FunctionFlags),
}

impl PyEnv {
    /// The function being compiled, named by itself before anything binds
    /// its name (see `own`).
    fn own_function(&self, py: Python<'_>) -> Option<Global> {
        let (func, _, flags) = &self.own;
        let me = PyFunction::new(func.bind(py), *flags).ok()?;
        Some(Global::Function(Arc::new(me) as Arc<dyn JitFunction>))
    }
}

impl PyFunction {
    pub fn new(func: &Bound<'_, PyAny>, flags: FunctionFlags) -> PyResult<Self> {
        let py = func.py();
        let name: String = func.getattr("__name__")?.extract()?;
        let globals = func.getattr("__globals__")?.cast_into::<PyDict>()?.unbind();
        let code = func.getattr("__code__")?;
        let mut closure = Vec::new();
        let cells = func.getattr("__closure__")?;
        if !cells.is_none() {
            let names = code.getattr("co_freevars")?;
            for (n, cell) in names.try_iter()?.zip(cells.try_iter()?) {
                closure.push((n?.extract()?, cell?.unbind()));
            }
        }
        let builtins = py.import("builtins")?.into_any().unbind();
        let filename: String = code.getattr("co_filename")?.extract()?;
        Ok(PyFunction {
            func: func.clone().unbind(),
            name: name.clone(),
            env: PyEnv {
                globals,
                closure,
                builtins,
                own: (func.clone().unbind(), name, flags),
            },
            flags,
            file: source_snapshot(&filename),
        })
    }

    pub fn py_func(&self) -> &Py<PyAny> {
        &self.func
    }
}

/// The text of the source file `path` now, shared by every function decorated
/// while the file is unchanged (same size and modification time). `None` for
/// sources that are not files (notebook cells, `<string>`).
fn source_snapshot(path: &str) -> Option<Arc<SourceFile>> {
    type Snapshots = HashMap<String, (std::time::SystemTime, u64, Arc<SourceFile>)>;
    static FILES: OnceLock<Mutex<Snapshots>> = OnceLock::new();
    let meta = std::fs::metadata(path).ok()?;
    let (modified, len) = (meta.modified().ok()?, meta.len());
    let mut files = FILES.get_or_init(Default::default).lock().ok()?;
    if let Some((m, l, file)) = files.get(path) {
        if (*m, *l) == (modified, len) {
            return Some(file.clone());
        }
    }
    let file = SourceFile::new(path, std::fs::read_to_string(path).ok()?);
    files.insert(path.to_owned(), (modified, len, file.clone()));
    Some(file)
}

impl JitFunction for PyFunction {
    fn key(&self) -> usize {
        self.func.as_ptr() as usize
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn source(&self) -> penna_compiler::Result<FunctionSource> {
        Python::attach(|py| {
            let read = || -> PyResult<FunctionSource> {
                let f = self.func.bind(py);
                let code = f.getattr("__code__")?;
                let filename: String = code.getattr("co_filename")?.extract()?;
                let first_line: u32 = code.getattr("co_firstlineno")?.extract()?;
                if let Some(file) = &self.file {
                    return Ok(FunctionSource {
                        file: file.clone(),
                        first_line,
                        name: self.name.clone(),
                    });
                }
                // Notebook cells and other sources without a file come from
                // linecache's cache (importing it costs milliseconds, so files
                // are read directly, at decoration).
                let text = match std::fs::read_to_string(&filename) {
                    Ok(text) => text,
                    Err(_) => {
                        let linecache = py.import("linecache")?;
                        let lines = linecache
                            .call_method1("getlines", (&filename, f.getattr("__globals__")?))?;
                        PyModule::import(py, "builtins")?
                            .getattr("str")?
                            .getattr("join")?
                            .call1(("", lines))?
                            .extract()?
                    }
                };
                Ok(FunctionSource {
                    file: SourceFile::new(filename, text),
                    first_line,
                    name: self.name.clone(),
                })
            };
            let src = read().map_err(|e| {
                CompileError::new(
                    ErrorKind::Unsupported,
                    format!("cannot read the source of `{}`: {e}", self.name),
                )
            })?;
            if src.file.text.is_empty() {
                return Err(CompileError::new(
                    ErrorKind::Unsupported,
                    format!("cannot find the source of `{}` ({})", self.name, src.file.path),
                )
                .with_hint("penna compiles functions whose source file (or notebook cell) is available; functions made by exec() or typed at the interactive prompt have none"));
            }
            Ok(src)
        })
    }

    fn env(&self) -> &dyn Env {
        &self.env
    }

    fn flags(&self) -> FunctionFlags {
        self.flags
    }

    fn defaults(&self) -> Vec<Option<Const>> {
        Python::attach(|py| {
            let Ok(defaults) = self.func.bind(py).getattr("__defaults__") else {
                return vec![];
            };
            let Ok(tuple) = defaults.cast_into::<PyTuple>() else {
                return vec![];
            };
            // Numbers, and dtypes (`dtype=np.float64`).
            tuple
                .iter()
                .map(|v| {
                    constant(&v).or_else(|| crate::argtypes::dtype_value(&v).map(Const::DType))
                })
                .collect()
        })
    }
}

impl Env for PyEnv {
    fn objmode_block(
        &self,
        block: &penna_compiler::env::ObjModeBlock,
    ) -> std::result::Result<u64, String> {
        Python::attach(|py| crate::objmode::register(py, self.globals.bind(py), block))
    }

    fn lookup(&self, name: &str) -> Option<Global> {
        Python::attach(|py| {
            if let Some((_, cell)) = self.closure.iter().find(|(n, _)| n == name) {
                return match cell.bind(py).getattr("cell_contents") {
                    Ok(v) => Some(frozen_array(name, &v).unwrap_or_else(|| classify(&v))),
                    Err(_) if name == self.own.1 => self.own_function(py),
                    // Not assigned yet: Python would raise NameError too.
                    Err(_) => None,
                };
            }
            if let Ok(Some(v)) = self.globals.bind(py).get_item(name) {
                return Some(frozen_array(name, &v).unwrap_or_else(|| classify(&v)));
            }
            let builtins = self.builtins.bind(py);
            if let Ok(v) = builtins.getattr(name) {
                return Some(classify(&v));
            }
            // `@jit("int64(int64)") def fib(n): ... fib(n - 1)`: compiled at
            // decoration, before the module binds the name (Numba's
            // recursion with an explicit signature).
            if name == self.own.1 {
                return self.own_function(py);
            }
            None
        })
    }

    fn module_attribute(&self, module: ModuleId, attr: &str) -> Option<Global> {
        Python::attach(|py| {
            let value = module_object(py, module)?.getattr(attr).ok()?;
            let name = format!("{}.{attr}", module.name());
            let global = frozen_array(&name, &value).unwrap_or_else(|| classify(&value));
            match (module, &global) {
                // Host-side helpers of `penna.cuda` (`to_device`) stay unsupported
                // in compiled code, with the builtin table's message.
                (ModuleId::Gpu(_) | ModuleId::Numpy, Global::Module(_) | Global::Function(_))
                | (ModuleId::Host(_), _) => Some(global),
                _ => None,
            }
        })
    }

    fn library_method(&self, name: &str) -> Option<Arc<dyn JitFunction>> {
        if let Some(f) = crate::extending::generic_method(name) {
            return Some(f);
        }
        Python::attach(|py| {
            // `numpy.random.Generator`'s methods (`__all__` of the module).
            let module = py.import("penna._numpy.generator").ok()?;
            let listed = module.getattr("__all__").ok()?.contains(name).ok()?;
            if !listed {
                return None;
            }
            match classify(&module.getattr(name).ok()?) {
                Global::Function(f) => Some(f),
                _ => None,
            }
        })
    }
}

/// Modules the compiler has no table for, in registration order: a
/// `ModuleId::Host` is an index here. Entries (and their names, leaked once
/// per module) live as long as the process; programs import a bounded
/// number of modules.
static HOST_MODULES: Mutex<Vec<(Py<PyModule>, &'static str)>> = Mutex::new(Vec::new());

fn host_module(m: &Bound<'_, PyModule>, name: &str) -> ModuleId {
    let mut modules = HOST_MODULES.lock().unwrap_or_else(|p| p.into_inner());
    let known = modules
        .iter()
        .position(|(known, _)| known.as_ptr() == m.as_ptr());
    let id = known.unwrap_or_else(|| {
        let name: &'static str = Box::leak(name.to_owned().into_boxed_str());
        modules.push((m.clone().unbind(), name));
        modules.len() - 1
    });
    ModuleId::Host(HostModule {
        id: id as u32,
        name: modules[id].1,
    })
}

/// The Python module object behind `module`, where attributes are looked up
/// at run time: registered host modules, `penna.cuda` for the parts of the
/// kernel API written in Python (`cuda.random`), and `penna._numpy` for the
/// NumPy functions written in Python (`np.median`, `np.random`).
fn module_object<'py>(py: Python<'py>, module: ModuleId) -> Option<Bound<'py, PyModule>> {
    match module {
        ModuleId::Host(h) => {
            let modules = HOST_MODULES.lock().unwrap_or_else(|p| p.into_inner());
            modules.get(h.id as usize).map(|(m, _)| m.bind(py).clone())
        }
        ModuleId::Gpu(GpuNs::Root) => py.import("penna.cuda").ok(),
        ModuleId::Numpy => py.import("penna._numpy").ok(),
        _ => None,
    }
}

/// A NumPy array bound to `name`, frozen: its elements are copied now, in C
/// order, and compiled in as constant data (as Numba does with global arrays).
/// `None` for anything that is not a NumPy array; arrays of a dtype penna has
/// no type for stay `Unsupported` (via [`classify`]) and are reported by name.
fn frozen_array(name: &str, v: &Bound<'_, PyAny>) -> Option<Global> {
    if !crate::argtypes::is_numpy_array(v) {
        return None;
    }
    let Ok(penna_compiler::Type::Array(ty)) = crate::argtypes::arg_type(v) else {
        return None;
    };
    let shape: Vec<i64> = v.getattr("shape").ok()?.extract().ok()?;
    let bytes = v.call_method1("tobytes", ("C",)).ok()?;
    let data = bytes
        .cast::<pyo3::types::PyBytes>()
        .ok()?
        .as_bytes()
        .to_vec();
    let array = penna_compiler::env::FrozenArray::new(name, ty.dtype, shape, data)?;
    Some(Global::Array(Arc::new(array)))
}

/// A Python number as a compile-time constant.
pub fn constant(v: &Bound<'_, PyAny>) -> Option<Const> {
    if v.is_none() {
        return Some(Const::None);
    }
    if let Ok(b) = v.cast::<PyBool>() {
        return Some(Const::Bool(b.is_true()));
    }
    if v.is_instance_of::<PyInt>() {
        return v.extract::<i64>().ok().map(Const::Int);
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        return Some(Const::Float(f.value()));
    }
    if let Ok(c) = v.cast::<PyComplex>() {
        return Some(Const::Complex(c.real(), c.imag()));
    }
    // NumPy scalars, recognised by their type's module without importing NumPy.
    let module: String = v.get_type().getattr("__module__").ok()?.extract().ok()?;
    if module != "numpy" {
        return None;
    }
    let kind: String = v
        .getattr("dtype")
        .ok()?
        .getattr("kind")
        .ok()?
        .extract()
        .ok()?;
    match kind.as_str() {
        "b" => v.is_truthy().ok().map(Const::Bool),
        "i" | "u" => v.extract::<i64>().ok().map(Const::Int),
        "f" => v.extract::<f64>().ok().map(Const::Float),
        "c" => {
            let re: f64 = v.getattr("real").ok()?.extract().ok()?;
            let im: f64 = v.getattr("imag").ok()?.extract().ok()?;
            Some(Const::Complex(re, im))
        }
        _ => None,
    }
}

fn module_id(name: &str) -> Option<ModuleId> {
    match name {
        "math" => Some(ModuleId::Math),
        "numpy" => Some(ModuleId::Numpy),
        "builtins" => Some(ModuleId::Builtins),
        "heapq" => Some(ModuleId::Heapq),
        "penna.omp" => Some(ModuleId::Omp),
        // `penna.hip` is `penna.cuda` under another name: one kernel API.
        "penna.cuda" | "penna.hip" => Some(ModuleId::Gpu(GpuNs::Root)),
        n if n == "penna" || n.starts_with("penna.") => Some(ModuleId::Penna),
        _ => None,
    }
}

/// The jitted function a Python value is (a dispatcher, or a wrapper of
/// one), as a function value compiled code can call.
pub fn function_value(v: &Bound<'_, PyAny>) -> Option<Arc<dyn JitFunction>> {
    match classify(v) {
        Global::Function(f) => Some(f),
        _ => None,
    }
}

/// A function value returned to Python: the `@penna.jit` dispatcher of its
/// Python function (made anew if the original is not at hand).
pub fn dispatcher_of(py: Python<'_>, f: &Arc<dyn JitFunction>) -> PyResult<Py<PyAny>> {
    // SAFETY: every function the compiler holds here is a `PyFunction`,
    // whose key is the address of its Python function, which it keeps alive.
    let func = unsafe { Bound::from_borrowed_ptr(py, f.key() as *mut pyo3::ffi::PyObject) };
    py.import("penna")?
        .getattr("jit")?
        .call1((func,))
        .map(Bound::unbind)
}

/// What a Python value bound to a global name means to the compiler.
pub fn classify(v: &Bound<'_, PyAny>) -> Global {
    if let Some(f) = crate::extending::generic_function(v) {
        return Global::Function(f);
    }
    if let Ok(d) = v.cast::<Dispatcher>() {
        return Global::Function(d.get().function() as Arc<dyn JitFunction>);
    }
    // Wrappers around a dispatcher (`@cuda.jit` kernels and device functions).
    if let Ok(inner) = v.getattr(pyo3::intern!(v.py(), "_penna_dispatcher")) {
        if let Ok(d) = inner.cast::<Dispatcher>() {
            return Global::Function(d.get().function() as Arc<dyn JitFunction>);
        }
    }
    if let Some(c) = crate::jitclass::class_of(v) {
        return Global::Class(c);
    }
    // penna's type objects (`penna.float32`) mean what NumPy's do: a dtype,
    // and a conversion when called.
    if let Some(s) = penna_scalar_type(v) {
        return Global::Attr(ModuleId::Numpy, s.name().to_string());
    }
    if let Some(t) = penna_type(v) {
        return Global::Type(t);
    }
    // A structured dtype (`np.empty(n, dtype=rec)`): the record type.
    if let Some(record) = crate::records::structured_dtype(v) {
        return match record {
            Ok(r) => Global::Type(penna_compiler::Type::Record(Arc::new(r))),
            Err(_) => Global::Unsupported("numpy.dtype with a field that is not a number".into()),
        };
    }
    if let Ok(m) = v.cast::<PyModule>() {
        let name = m.name().map(|n| n.to_string()).unwrap_or_default();
        if let Some(sub) = numpy_submodule(v.py(), &name) {
            return sub;
        }
        let known = match name.as_str() {
            "penna" => Some(ModuleId::Penna),
            n if n.starts_with("penna.")
                && !matches!(n, "penna.omp" | "penna.cuda" | "penna.hip") =>
            {
                None
            }
            n => module_id(n),
        };
        return Global::Module(known.unwrap_or_else(|| host_module(m, &name)));
    }
    if let Some(c) = constant(v) {
        return Global::Const(c);
    }
    if let Ok(s) = v.cast::<pyo3::types::PyString>() {
        if let Ok(text) = s.to_str() {
            return Global::Str(text.into());
        }
    }
    if let Some(exception) = exception_class(v) {
        return exception;
    }
    let module = v
        .getattr("__module__")
        .ok()
        .and_then(|m| m.extract::<String>().ok());
    let name = v
        .getattr("__name__")
        .ok()
        .and_then(|m| m.extract::<String>().ok());
    if let (Some(module), Some(name)) = (module.as_deref(), name) {
        // `from numpy.random import normal`: penna's own `np.random.normal`.
        if let Some(Global::Module(sub)) = numpy_submodule(v.py(), module) {
            return Global::Attr(sub, name);
        }
        // numpy.float32 lives in "numpy"; ufuncs report "numpy" too.
        let root = module.split('.').next().unwrap_or(module);
        let id = module_id(module).or_else(|| {
            if root == "numpy" {
                Some(ModuleId::Numpy)
            } else {
                None
            }
        });
        if let Some(id) = id {
            return Global::Attr(id, name);
        }
    }
    let ty = v
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into());
    Global::Unsupported(ty)
}

/// NumPy's submodules that penna implements in Python (`numpy.random` is
/// `penna._numpy.random`), as host modules named as users write them
/// (`np.random`). Both NumPy's module and penna's resolve to the same one.
fn numpy_submodule(py: Python<'_>, name: &str) -> Option<Global> {
    let sub = name
        .strip_prefix("numpy.")
        .or_else(|| name.strip_prefix("penna._numpy."))?;
    if !matches!(sub, "random" | "linalg") {
        return None;
    }
    let module = py.import(format!("penna._numpy.{sub}")).ok()?;
    Some(Global::Module(host_module(&module, &format!("np.{sub}"))))
}

/// An exception class other than the builtin ones the compiler knows by name
/// (those resolve through the `builtins` module), registered for `raise`.
fn exception_class(v: &Bound<'_, PyAny>) -> Option<Global> {
    let cls = v.cast::<PyType>().ok()?;
    if !cls.is_subclass_of::<PyBaseException>().ok()? {
        return None;
    }
    let name = cls.qualname().ok()?.to_string();
    let module = cls.module().ok()?.to_string();
    if module == "builtins" && ExceptionKind::from_name(&name).is_some() {
        return None;
    }
    Some(Global::Exception {
        code: register_exception(cls),
        name,
    })
}

/// The type any other `penna.types` object (`types.float64[:]`,
/// `types.ListType(types.int64)`) stands for.
fn penna_type(v: &Bound<'_, PyAny>) -> Option<penna_compiler::Type> {
    let ty = v.get_type();
    if ty.module().ok()? != "penna.types" {
        return None;
    }
    let name: String = v.getattr("name").ok()?.extract().ok()?;
    penna_compiler::signature::parse_type(&name).ok()
}

/// The scalar a `penna.types.Scalar` object (`penna.float32`) stands for.
fn penna_scalar_type(v: &Bound<'_, PyAny>) -> Option<penna_compiler::Scalar> {
    crate::argtypes::penna_scalar(v)
}
