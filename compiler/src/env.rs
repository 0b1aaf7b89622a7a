//! What a function's free names refer to.
//!
//! The compiler never sees Python objects. It asks an [`Env`] (implemented by the
//! `python` crate against a function's globals, closure and builtins, and by tests
//! against plain maps) what a name is, and gets a [`Global`] back.

use std::fmt;
use std::sync::Arc;

use crate::error::Result;
use crate::source::SourceFile;
use crate::types::Type;

/// A compile-time constant (a literal or a frozen module-level number).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(i64),
    Float(f64),
    Complex(f64, f64),
    None,
    /// A dtype (`np.float32`, `float` in `dtype=float`).
    DType(crate::types::Scalar),
}

/// A NumPy array bound to a global name, frozen when a function that reads it
/// is compiled (Numba's semantics: later changes to the array are not seen).
/// Compiled code reads it as a read-only C-contiguous array whose elements are
/// constant data of the module (GPU constant memory in kernels).
pub struct FrozenArray {
    /// The global's name, for messages and the IR printout.
    pub name: String,
    pub dtype: crate::types::Scalar,
    pub shape: Vec<i64>,
    /// The elements in C order, in the target's (native) byte order.
    pub data: Vec<u8>,
}

impl FrozenArray {
    /// `None` unless `data` holds exactly `shape`'s elements of `dtype`.
    pub fn new(
        name: &str,
        dtype: crate::types::Scalar,
        shape: Vec<i64>,
        data: Vec<u8>,
    ) -> Option<FrozenArray> {
        let count = shape
            .iter()
            .try_fold(1i64, |n, &d| if d < 0 { None } else { n.checked_mul(d) })?;
        (count as u128 * dtype.size() as u128 == data.len() as u128).then(|| FrozenArray {
            name: name.to_owned(),
            dtype,
            shape,
            data,
        })
    }
}

impl fmt::Debug for FrozenArray {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "frozen {}: {}{:?}",
            self.name,
            self.dtype.name(),
            self.shape
        )
    }
}

/// Modules whose attributes the builtin table knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleId {
    Builtins,
    Math,
    Numpy,
    Penna,
    /// `penna.omp`: the `@omp` decorator, directives and `omp.get_thread_num()`.
    Omp,
    /// Python's `heapq` on lists.
    Heapq,
    /// `penna.cuda` (and `penna.hip`) and the kernel API's namespaces.
    Gpu(crate::gpu::GpuNs),
    /// Any other module (a user's, `penna.cuda.random`): its attributes are
    /// whatever the host's [`Env::module_attribute`] says they are.
    Host(HostModule),
}

/// A module the host registered: a number the host chose and the module's
/// name (for messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HostModule {
    pub id: u32,
    pub name: &'static str,
}

impl ModuleId {
    pub fn name(self) -> &'static str {
        match self {
            ModuleId::Builtins => "builtins",
            ModuleId::Math => "math",
            ModuleId::Numpy => "numpy",
            ModuleId::Penna => "penna",
            ModuleId::Omp => "penna.omp",
            ModuleId::Heapq => "heapq",
            ModuleId::Gpu(ns) => ns.name(),
            ModuleId::Host(m) => m.name,
        }
    }
}

/// The source of another jitted function, which the compiler compiles into the
/// same module when it is called.
pub trait JitFunction: Send + Sync {
    /// Identity: two handles with the same key are the same Python function.
    fn key(&self) -> usize;
    fn name(&self) -> &str;
    /// The parsed source of the function (file text + where the `def` is).
    fn source(&self) -> Result<FunctionSource>;
    /// The names visible to the function's body.
    fn env(&self) -> &dyn Env;
    /// Default values of the trailing parameters (Python's `__defaults__`);
    /// `None` for a default that is not a number.
    fn defaults(&self) -> Vec<Option<Const>>;
    /// The code-generation flags this function was decorated with. They apply
    /// to its own code wherever it is compiled, also inlined into a caller.
    fn flags(&self) -> FunctionFlags {
        FunctionFlags::default()
    }
    /// A generic function (Numba's `@overload`, `@overload_method`,
    /// `@overload_attribute`, or a structref constructor): the function that
    /// implements it for arguments of these (known) types, which the host
    /// chooses. `Ok(None)` for an ordinary function, which is its own
    /// implementation; `Err` says why no implementation fits.
    fn implementation(
        &self,
        args: &[Type],
    ) -> std::result::Result<Option<Arc<dyn JitFunction>>, String> {
        let _ = args;
        Ok(None)
    }
    /// Whether [`JitFunction::implementation`] chooses another function.
    fn is_generic(&self) -> bool {
        false
    }
}

/// A class compiled with `jitclass`: its fields and members, which the host
/// knows (`penna.experimental.jitclass`). Instances are reference-counted
/// objects whose data holds the fields in the C layout of the tuple of
/// their types.
pub trait JitClass: Send + Sync {
    /// Identity: two handles with the same key are the same class.
    fn key(&self) -> usize;
    fn name(&self) -> &str;
    /// The fields in declaration order.
    fn fields(&self) -> Vec<(String, crate::types::Type)>;
    /// A method, property or static method by name (`__init__` included).
    fn member(&self, name: &str) -> Option<Member>;
}

/// A member of a [`JitClass`] other than a field.
#[derive(Clone)]
pub enum Member {
    /// A method: its first parameter is the instance.
    Method(Arc<dyn JitFunction>),
    /// A `@property`: the getter and, if any, the setter (instance first).
    Property {
        get: Arc<dyn JitFunction>,
        set: Option<Arc<dyn JitFunction>>,
    },
    /// A `@staticmethod`.
    Static(Arc<dyn JitFunction>),
}

/// Per-function code-generation flags (`@jit(fastmath=..., boundscheck=...)`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FunctionFlags {
    pub fastmath: bool,
    pub boundscheck: bool,
    /// `parallel=True` or `@omp`: `prange` loops run on the thread pool.
    pub parallel: bool,
    /// The schedule of `prange` loops (`@omp(schedule=...)`).
    pub schedule: crate::abi::Schedule,
    /// Threads for `prange` loops (`@omp(num_threads=...)`); 0: the default.
    pub num_threads: u32,
    /// `error_model="numpy"` (the default of `@vectorize`): division by zero
    /// gives inf/nan (floats) or 0 (integers) instead of raising.
    pub numpy_errors: bool,
}

/// Where a function's `def` is in its file.
#[derive(Clone)]
pub struct FunctionSource {
    pub file: Arc<SourceFile>,
    /// 1-based line of the `def` or of its first decorator (`co_firstlineno`).
    pub first_line: u32,
    pub name: String,
}

/// What a global name is bound to.
#[derive(Clone)]
pub enum Global {
    Module(ModuleId),
    /// An attribute of a known module, e.g. `sqrt` after `from math import sqrt`.
    Attr(ModuleId, String),
    Const(Const),
    Function(Arc<dyn JitFunction>),
    /// A NumPy array, frozen as constant data.
    Array(Arc<FrozenArray>),
    /// A string, frozen as a literal.
    Str(Arc<str>),
    /// A `jitclass`: called, it makes an instance.
    Class(Arc<dyn JitClass>),
    /// An exception class the host registered under `code` (see
    /// [`crate::abi::ExceptionClass::Registered`]): a user class, or a builtin
    /// one without an [`crate::abi::ExceptionKind`].
    Exception {
        code: u32,
        name: String,
    },
    /// A penna type object (`types.float64[:]`, `types.ListType(int64)`).
    Type(crate::types::Type),
    /// Bound to something penna cannot use; the text names its Python type.
    Unsupported(String),
}

impl fmt::Debug for Global {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Global::Module(m) => write!(f, "module {}", m.name()),
            Global::Attr(m, a) => write!(f, "{}.{a}", m.name()),
            Global::Const(c) => write!(f, "{c:?}"),
            Global::Function(j) => write!(f, "function {}", j.name()),
            Global::Array(a) => write!(f, "{a:?}"),
            Global::Str(s) => write!(f, "str {s:?}"),
            Global::Class(c) => write!(f, "jitclass {}", c.name()),
            Global::Exception { code, name } => write!(f, "exception {name} ({code})"),
            Global::Type(t) => write!(f, "type {t}"),
            Global::Unsupported(t) => write!(f, "unsupported {t}"),
        }
    }
}

/// Name lookup for free variables: closure, then globals, then builtins.
pub trait Env {
    /// `None` if the name is not defined at all.
    fn lookup(&self, name: &str) -> Option<Global>;
    /// The attribute `attr` of `module` where the builtin table has none:
    /// the functions, numbers and arrays of a [`ModuleId::Host`] module, and
    /// Python-defined parts of penna's own (`cuda.random`). `None` by default.
    fn module_attribute(&self, module: ModuleId, attr: &str) -> Option<Global> {
        let _ = (module, attr);
        None
    }
    /// A method that penna's library writes in Python for a value the
    /// compiler keeps opaque (`numpy.random.Generator.normal`): a jitted
    /// function that takes the receiver as its first argument. Asked for
    /// method names that are not a builtin's. `None` by default.
    fn library_method(&self, name: &str) -> Option<Arc<dyn JitFunction>> {
        let _ = name;
        None
    }
    /// Makes the Python function that runs a `with objmode(...)` block in
    /// the interpreter (with the function's globals) and returns its handle,
    /// which depends only on the block (the same in every process, so that
    /// cached code finds it). `Err` explains why the host cannot.
    fn objmode_block(&self, block: &ObjModeBlock) -> std::result::Result<u64, String> {
        let _ = block;
        Err("`objmode` needs the penna JIT in a Python process".into())
    }
}

/// A `with objmode(...)` block as the host runs it: a function of `inputs`
/// whose body is `source` (dedented) and which returns `outputs`.
#[derive(Clone, Debug)]
pub struct ObjModeBlock {
    pub source: String,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    /// Where the block is (for tracebacks).
    pub filename: String,
    pub first_line: u32,
}
