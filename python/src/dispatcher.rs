//! `Dispatcher`: the object `@penna.jit` returns.
//!
//! A call computes the type of each argument (the specialisation key), finds
//! the specialisation compiled for those types (compiling it on first use, or,
//! when signatures were given, converting arguments to a matching one), packs
//! the arguments into the uniform ABI and calls the entry point. The lookup is a
//! linear scan: functions have few specialisations, and comparing a handful of
//! small enums beats hashing them. A specialisation whose first call looks
//! short runs first-tier code until its optimised tier, compiled in the
//! background, replaces its entry (`specialize`, `crate::tiers`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use penna_compiler::abi::Schedule;
use penna_compiler::ir::print::print_program;
use penna_compiler::{FunctionFlags, Program, Type};
use penna_targets::{Entry, Optimize, Options, Stage};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::codegen::host;
use crate::env::PyFunction;
use crate::errors::compile_error;
use crate::table::Table;
use crate::tiers::EntryCell;

mod calling;
mod specialize;

use specialize::{compile_specialization, FirstTier};

/// One compiled specialisation.
struct Specialization {
    args: Vec<Type>,
    ret: Type,
    /// The return type a signature declared, if it differs from the inferred one.
    declared_ret: Option<Type>,
    /// The entry: first-tier code until the optimised tier replaces it.
    entry: EntryCell,
    program: Program,
    /// Runs code on the thread pool: called without the GIL.
    parallel: bool,
    /// Bytes of the argument buffer and of the result, computed once.
    arg_bytes: usize,
    ret_bytes: usize,
    /// Some argument is a Python list or set, copied in and reflected back.
    reflects: bool,
    /// A typed container crosses the call: array arguments get references
    /// of their own (compiled code may store them in it).
    owns_arrays: bool,
}

#[pyclass(module = "penna._native", frozen)]
pub struct Dispatcher {
    /// The vectorcall entry (`calling::vectorcall`), at the offset the type's
    /// `tp_vectorcall_offset` names once `calling::enable_vectorcall` ran.
    vectorcall: Option<pyo3::ffi::vectorcallfunc>,
    function: Arc<PyFunction>,
    name: String,
    params: Vec<String>,
    /// The function takes `*args` (after `params`).
    vararg: bool,
    options: Options,
    nogil: bool,
    /// `cache=` (on by default): compiled code goes to the disk cache.
    cache: bool,
    /// How `penna.jit` made this dispatcher, for pickling (`None`: made by
    /// penna itself, inside a ufunc or kernel, which pickle as themselves).
    #[pyo3(get, name = "_recipe")]
    recipe: Option<Py<PyAny>>,
    /// Signatures were given: no compilation at call time (set by `_freeze`).
    eager: AtomicBool,
    specs: Table<Specialization>,
    compiling: Mutex<()>,
    signature: OnceLock<Py<PyAny>>,
    /// `@cuda.jit` kernels compiled to run on the CPU.
    cpu_kernels: crate::cpukernel::CpuKernels,
    /// `@cuda.jit` kernels loaded on NVIDIA GPUs.
    cuda_kernels: crate::gpukernel::GpuKernels<crate::gpukernel::Cuda>,
    /// `@hip.jit` kernels loaded on AMD GPUs.
    hip_kernels: crate::gpukernel::GpuKernels<crate::gpukernel::Hip>,
}

impl Dispatcher {
    pub fn function(&self) -> Arc<PyFunction> {
        self.function.clone()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn nogil(&self) -> bool {
        self.nogil
    }

    fn find(&self, key: &[Type]) -> Option<&'static Specialization> {
        self.specs
            .all()
            .iter()
            .find(|s| s.args[..] == *key)
            .copied()
    }

    /// For explicit signatures: the first specialisation the arguments convert to.
    fn find_convertible(&self, key: &[Type]) -> Option<&'static Specialization> {
        self.specs
            .all()
            .iter()
            .find(|s| {
                s.args.len() == key.len() && key.iter().zip(&s.args).all(|(a, b)| convertible(a, b))
            })
            .copied()
    }

    /// Compiles a specialisation for `args` unless one exists; `tier` says
    /// whether its first call may run first-tier code (see `tiers`).
    fn compile_types(
        &self,
        py: Python<'_>,
        args: Vec<Type>,
        declared_ret: Option<Type>,
        tier: FirstTier,
    ) -> PyResult<&'static Specialization> {
        // Wait for another thread's compilation without holding the GIL: that
        // thread releases the GIL while LLVM runs and needs it back to finish.
        let _guard = loop {
            match self.compiling.try_lock() {
                Ok(guard) => break guard,
                Err(std::sync::TryLockError::Poisoned(p)) => break p.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => {
                    py.detach(|| std::thread::sleep(std::time::Duration::from_micros(200)))
                }
            }
        };
        if let Some(s) = self.find(&args) {
            return Ok(s);
        }
        let (spec, optimise) = compile_specialization(
            py,
            &self.function,
            &self.name,
            &args,
            declared_ret,
            &self.options,
            self.cache && crate::cache::enabled(),
            tier,
        )
        .map_err(|e| compile_error(py, &e))?;
        let spec = self.specs.push(spec);
        if let Some(optimise) = optimise {
            crate::tiers::submit(move || optimise(&spec.entry));
        }
        Ok(spec)
    }

    fn specs_snapshot(&self) -> &'static [&'static Specialization] {
        self.specs.all()
    }

    fn inspect(
        &self,
        py: Python<'_>,
        signature: Option<&Bound<'_, PyAny>>,
        stage: Option<Stage>,
    ) -> PyResult<Py<PyAny>> {
        let render = |spec: &Specialization| -> PyResult<String> {
            match stage {
                None => Ok(print_program(&spec.program)),
                Some(stage) => penna_targets::compile(
                    &spec.program,
                    host(),
                    &format!("inspect.{}", self.name),
                    &self.options,
                    stage,
                    &Entry::Call,
                )
                .map(|a| a.text())
                .map_err(|e| compile_error(py, &e)),
            }
        };
        let specs = self.specs_snapshot();
        if let Some(sig) = signature {
            let key = signature_key(sig)?;
            let spec = specs.iter().find(|s| s.args == key).ok_or_else(|| {
                PyTypeError::new_err(format!(
                    "`{}` has no specialisation for {}",
                    self.name,
                    types_text(&key)
                ))
            })?;
            return Ok(PyString::new(py, &render(spec)?).into_any().unbind());
        }
        let out = PyDict::new(py);
        for spec in specs {
            out.set_item(signature_tuple(py, &spec.args)?, render(spec)?)?;
        }
        Ok(out.into_any().unbind())
    }
}

#[pymethods]
impl Dispatcher {
    #[new]
    #[pyo3(signature = (py_func, fastmath=false, boundscheck=false, nogil=false, parallel=false, schedule=None, num_threads=0, error_model="python", racecheck=false, lineinfo=false, cache=true, recipe=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py_func: &Bound<'_, PyAny>,
        fastmath: bool,
        boundscheck: bool,
        nogil: bool,
        parallel: bool,
        schedule: Option<&str>,
        num_threads: u32,
        error_model: &str,
        racecheck: bool,
        lineinfo: bool,
        cache: bool,
        recipe: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        let numpy_errors = match error_model {
            "python" => false,
            "numpy" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "error_model must be \"python\" or \"numpy\", not {other:?}"
                )))
            }
        };
        if !py_func.hasattr("__code__")? {
            let ty = py_func.get_type().name()?.to_string();
            return Err(PyTypeError::new_err(format!(
                "penna.jit compiles Python functions, not `{ty}` objects"
            )));
        }
        let function = Arc::new(PyFunction::new(
            py_func,
            FunctionFlags {
                fastmath,
                boundscheck,
                parallel,
                schedule: parse_schedule(schedule)?,
                num_threads,
                numpy_errors,
            },
        )?);
        let code = py_func.getattr("__code__")?;
        let argcount: usize = code.getattr("co_argcount")?.extract()?;
        let flags: u32 = code.getattr("co_flags")?.extract()?;
        // CO_VARARGS: a `*args` parameter, packed as one tuple (`bind`).
        let vararg = flags & 0x04 != 0;
        let names: Vec<String> = code.getattr("co_varnames")?.extract()?;
        let name: String = py_func.getattr("__name__")?.extract()?;
        Ok(Dispatcher {
            vectorcall: Some(calling::vectorcall),
            function,
            name,
            params: names.into_iter().take(argcount).collect(),
            vararg,
            options: Options {
                fastmath,
                boundscheck,
                optimize: Optimize::Full,
                racecheck,
                lineinfo,
            },
            nogil,
            cache,
            recipe,
            eager: AtomicBool::new(false),
            specs: Table::new(Vec::new()),
            compiling: Mutex::new(()),
            signature: OnceLock::new(),
            cpu_kernels: Default::default(),
            cuda_kernels: Default::default(),
            hip_kernels: Default::default(),
        })
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__(
        slf: &Bound<'_, Self>,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        calling::enable_vectorcall(slf);
        slf.get().call_tuple(slf.py(), args, kwargs)
    }

    /// Compiles for a signature string (`"float64(float64[:], int64)"`) now.
    fn compile(&self, py: Python<'_>, signature: &str) -> PyResult<()> {
        let sig = penna_compiler::parse_signature(signature).map_err(|e| compile_error(py, &e))?;
        self.compile_types(py, sig.args, sig.ret, FirstTier::Full)?;
        Ok(())
    }

    /// Stops compiling at call time (used after eager compilation).
    fn _freeze(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf.get().eager.store(true, Ordering::Relaxed);
        slf
    }

    /// Pickles as the recipe that made it (`penna._pickle`).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("penna")?
            .call_method1("_reduce_dispatcher", (slf,))
    }

    #[getter]
    fn py_func(&self, py: Python<'_>) -> Py<PyAny> {
        self.function.py_func().clone_ref(py)
    }

    #[getter]
    fn __name__(&self) -> &str {
        &self.name
    }

    #[getter]
    fn __wrapped__(&self, py: Python<'_>) -> Py<PyAny> {
        self.function.py_func().clone_ref(py)
    }

    /// The argument types compiled so far, as tuples of `penna.types` objects.
    #[getter]
    fn signatures(&self, py: Python<'_>) -> PyResult<Py<PyList>> {
        let list = PyList::empty(py);
        for spec in self.specs_snapshot() {
            list.append(signature_tuple(py, &spec.args)?)?;
        }
        Ok(list.unbind())
    }

    /// `{signature: "first" | "optimised"}`: which tier each specialisation
    /// runs now (see `tiers`).
    fn _tiers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for spec in self.specs_snapshot() {
            let tier = if spec.entry.is_optimised() {
                "optimised"
            } else {
                "first"
            };
            d.set_item(types_text(&spec.args), tier)?;
        }
        Ok(d)
    }

    #[getter]
    fn nopython_signatures(&self, py: Python<'_>) -> PyResult<Py<PyList>> {
        self.signatures(py)
    }

    #[pyo3(signature = (signature=None))]
    fn inspect_ir(
        &self,
        py: Python<'_>,
        signature: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        self.inspect(py, signature, None)
    }

    #[pyo3(signature = (signature=None))]
    fn inspect_llvm(
        &self,
        py: Python<'_>,
        signature: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        self.inspect(py, signature, Some(Stage::LlvmOptimized))
    }

    #[pyo3(signature = (signature=None))]
    fn inspect_asm(
        &self,
        py: Python<'_>,
        signature: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        self.inspect(py, signature, Some(Stage::Asm))
    }

    fn __repr__(&self) -> String {
        format!("<penna.jit function {}>", self.name)
    }

    /// Compiles this function as a GPU kernel (or device function) for
    /// `types` and returns (`stage`'s text, or bytes for a code object; the
    /// kernel symbol; the return type); see `gpu::compile`. The GPU is
    /// NVIDIA's of compute capability `cc`, or with `arch` AMD's.
    #[pyo3(signature = (types, stage, cc=(8, 0), device=false, max_threads=None, min_blocks=None, max_registers=None, libdevice=None, abi="numba", abi_name=None, arch=None, unsafe_fp_atomics=false, code_object_version=5))]
    #[allow(clippy::too_many_arguments)] // the options of `@cuda.jit` / `@hip.jit`
    fn _gpu_compile(
        &self,
        py: Python<'_>,
        types: &str,
        stage: &str,
        cc: (u32, u32),
        device: bool,
        max_threads: Option<u32>,
        min_blocks: Option<u32>,
        max_registers: Option<u32>,
        libdevice: Option<std::path::PathBuf>,
        abi: &str,
        abi_name: Option<String>,
        arch: Option<String>,
        unsafe_fp_atomics: bool,
        code_object_version: u32,
    ) -> PyResult<(Py<PyAny>, String, String)> {
        use crate::gpu::{device_entry, into_python, GpuTargetSpec};
        let device = device_entry(device, abi, abi_name)?;
        let kernel = penna_targets::KernelOptions {
            max_threads,
            min_blocks,
            max_registers,
        };
        let target = match arch {
            Some(arch) => GpuTargetSpec::hip(arch, unsafe_fp_atomics, code_object_version),
            None => GpuTargetSpec::Cuda { cc, libdevice },
        };
        let object = stage == "object" && matches!(target, GpuTargetSpec::Hip { .. });
        let f = &self.function;
        let (bytes, entry, ret) = crate::gpu::compile(
            py,
            f,
            types,
            stage,
            target,
            device,
            &self.options,
            kernel,
            self.cache,
        )?;
        Ok((into_python(py, bytes, object)?, entry, ret))
    }

    /// Launches this function as a GPU kernel run on the CPU:
    /// `blocks` blocks of `threads` threads with `shared` bytes of dynamic
    /// shared memory each (see `cpukernel`).
    #[pyo3(signature = (args, blocks, threads, shared=0))]
    fn _cpu_launch(
        &self,
        py: Python<'_>,
        args: &Bound<'_, PyTuple>,
        blocks: (u32, u32, u32),
        threads: (u32, u32, u32),
        shared: u64,
    ) -> PyResult<()> {
        let mut key = calling::Key::new();
        self.key_of(py, args.as_slice(), &mut key)?;
        let kernel = self
            .cpu_kernels
            .get(py, &self.function, &key, &self.options, self.cache)?;
        let grid = penna_runtime_cpu::grid::Grid {
            blocks: [blocks.0, blocks.1, blocks.2],
            threads: [threads.0, threads.1, threads.2],
            dynamic_shared: shared,
        };
        crate::cpukernel::launch(py, &kernel, args, grid)
    }

    /// Sets the `@cuda.jit` / `@hip.jit` options launches on `backend`
    /// (`"cuda"`, `"hip"`) compile with (once).
    #[pyo3(signature = (max_threads=None, min_blocks=None, max_registers=None, libdevice=None, backend="cuda", unsafe_fp_atomics=false))]
    #[allow(clippy::too_many_arguments)] // the options of `@cuda.jit` / `@hip.jit`
    fn _gpu_configure(
        &self,
        max_threads: Option<u32>,
        min_blocks: Option<u32>,
        max_registers: Option<u32>,
        libdevice: Option<std::path::PathBuf>,
        backend: &str,
        unsafe_fp_atomics: bool,
    ) {
        let options = crate::gpu::GpuOptions {
            kernel: penna_targets::KernelOptions {
                max_threads,
                min_blocks,
                max_registers,
            },
            libdevice,
            unsafe_fp_atomics,
        };
        match backend {
            "hip" => self.hip_kernels.configure(options),
            _ => self.cuda_kernels.configure(options),
        }
    }

    /// Launches this function as a kernel on the current GPU of `backend`
    /// (`"cuda"`, `"hip"`): `blocks` blocks of `threads` threads with
    /// `shared` bytes of dynamic shared memory, queued on stream `stream`
    /// (0: the default stream); see `gpukernel`.
    #[pyo3(signature = (args, blocks, threads, stream=0, shared=0, backend="cuda"))]
    #[allow(clippy::too_many_arguments)] // a launch configuration
    fn _gpu_launch(
        &self,
        py: Python<'_>,
        args: &Bound<'_, PyTuple>,
        blocks: (u32, u32, u32),
        threads: (u32, u32, u32),
        stream: usize,
        shared: u32,
        backend: &str,
    ) -> PyResult<()> {
        let grid = crate::gpukernel::Grid {
            blocks: [blocks.0, blocks.1, blocks.2],
            threads: [threads.0, threads.1, threads.2],
            shared,
        };
        let (f, name, options) = (&self.function, &self.name, &self.options);
        match backend {
            "hip" => crate::gpukernel::launch(
                py,
                &self.hip_kernels,
                f,
                name,
                options,
                args,
                grid,
                stream,
            ),
            _ => crate::gpukernel::launch(
                py,
                &self.cuda_kernels,
                f,
                name,
                options,
                args,
                grid,
                stream,
            ),
        }
    }

    /// Compiles this function as a GPU kernel for the CPU for `types` (a
    /// type list); returns the text of `stage` (`ir`, `llvm`, `llvm-raw`,
    /// `asm`), or compiles and keeps the kernel for `stage="object"`.
    fn _cpu_compile(&self, py: Python<'_>, types: &str, stage: &str) -> PyResult<String> {
        let args = penna_compiler::parse_type_list(types).map_err(|e| compile_error(py, &e))?;
        if stage == "object" {
            self.cpu_kernels
                .get(py, &self.function, &args, &self.options, self.cache)?;
            return Ok(String::new());
        }
        let options = self.options;
        py.detach(|| crate::cpukernel::text(&self.function, &args, stage, &options))
            .map_err(|e| compile_error(py, &e))
    }

    /// Compiles a NumPy inner loop around this function and returns its
    /// address and output type (see `ufunc::compile_loop`).
    #[pyo3(signature = (types, out=None, core=None))]
    fn _ufunc_loop(
        &self,
        py: Python<'_>,
        types: &str,
        out: Option<&str>,
        core: Option<Vec<Vec<usize>>>,
    ) -> PyResult<(usize, String)> {
        crate::ufunc::compile_loop(
            py,
            &self.function,
            &self.name,
            &self.options,
            types,
            out,
            core,
            self.cache,
        )
    }
}

/// `@omp(schedule="dynamic, 64")`: the text of a `schedule(...)` clause.
fn parse_schedule(text: Option<&str>) -> PyResult<Schedule> {
    let Some(text) = text else {
        return Ok(Schedule::default());
    };
    let directive = format!("parallel for schedule({text})");
    match penna_compiler::omp::parse_directive(&directive) {
        Ok(d) => match d.clauses.first() {
            Some((penna_compiler::omp::Clause::Schedule(s), _)) if d.clauses.len() == 1 => Ok(*s),
            _ => Err(PyValueError::new_err(format!("invalid schedule {text:?}"))),
        },
        Err(e) => Err(PyValueError::new_err(format!(
                "invalid schedule {text:?}: {}; use \"static\", \"dynamic\" or \"guided\", optionally with a chunk size (\"dynamic, 64\")",
                e.message
        ))),
    }
}

/// Whether an argument of type `from` may be passed to a parameter of type `to`
/// compiled from an explicit signature.
fn convertible(from: &Type, to: &Type) -> bool {
    match (from, to) {
        (Type::Array(a), Type::Array(b)) => {
            a.dtype == b.dtype
                && a.ndim == b.ndim
                && (b.layout == penna_compiler::Layout::Any || a.layout == b.layout)
                && (b.readonly || !a.readonly)
        }
        (a, Type::Optional(b)) if *a != Type::None => convertible(a, b),
        (a, b) => penna_compiler::typing::can_convert(a, b),
    }
}

fn convert_result(py: Python<'_>, value: Py<PyAny>, declared: &Type) -> PyResult<Py<PyAny>> {
    let builtins = py.import("builtins")?;
    let ctor = match declared.scalar() {
        Some(s) if s.is_complex() => "complex",
        Some(s) if s.is_float() => "float",
        Some(penna_compiler::Scalar::Bool) => "bool",
        Some(_) => "int",
        None => return Ok(value),
    };
    Ok(builtins.getattr(ctor)?.call1((value,))?.unbind())
}

fn types_text(types: &[Type]) -> String {
    let items: Vec<String> = types.iter().map(|t| t.to_string()).collect();
    format!("({})", items.join(", "))
}

fn signature_tuple<'py>(py: Python<'py>, types: &[Type]) -> PyResult<Bound<'py, PyTuple>> {
    let from_string = py.import("penna.types")?.getattr("from_string")?;
    let items = types
        .iter()
        .map(|t| from_string.call1((t.to_string(),)))
        .collect::<PyResult<Vec<_>>>()?;
    PyTuple::new(py, items)
}

/// The argument types of a signature given to `inspect_*`: a tuple of types
/// or a signature string.
fn signature_key(sig: &Bound<'_, PyAny>) -> PyResult<Vec<Type>> {
    let text = if let Ok(t) = sig.cast::<PyTuple>() {
        let items: Vec<String> = t
            .iter()
            .map(|i| i.str().map(|s| s.to_string()))
            .collect::<PyResult<_>>()?;
        format!("({})", items.join(", "))
    } else {
        sig.str()?.to_string()
    };
    penna_compiler::parse_signature(&text)
        .map(|s| s.args)
        .map_err(|e| PyTypeError::new_err(e.render()))
}
