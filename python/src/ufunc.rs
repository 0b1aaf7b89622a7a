//! `@vectorize` / `@guvectorize`: compiled kernels as real NumPy ufuncs.
//!
//! [`compile_loop`] (behind `Dispatcher::_ufunc_loop`) compiles a kernel for
//! one type signature with a NumPy inner-loop entry (see
//! `penna_targets::UfuncLoop`) and returns the loop's address; [`make_ufunc`] builds a `numpy.ufunc` from such loops;
//! [`ufunc_call`] calls a method of it and raises the error a kernel raised
//! inside the loop, which NumPy's legacy loops cannot report. The Python side
//! (`penna/ufunc.py`) does the signature parsing and lazy compilation.
//!
//! The tables a ufunc points to (loops, type codes, name, doc) live in a
//! capsule stored as the ufunc's `obj`, which NumPy releases with the ufunc.

use std::ffi::{c_char, c_int, c_void, CString};

use numpy::npyffi::objects::{PyUFuncGenericFunction, PyUFuncObject};
use numpy::npyffi::PY_UFUNC_API;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyTuple};

use std::sync::Arc;

use penna_compiler::Type;
use penna_targets::{Entry, Options, Stage};

use crate::codegen::{dump, host};
use crate::env::PyFunction;
use crate::errors::{compile_error, raised, typing_error};

/// What a ufunc's C fields point to; owned by the ufunc through a capsule.
struct Tables {
    functions: Vec<PyUFuncGenericFunction>,
    data: Vec<*mut c_void>,
    /// What `data` points to for parallel loops (filled once, before the
    /// pointers are taken, so its elements never move).
    plans: Vec<penna_runtime_cpu::ufunc::ParallelLoop>,
    types: Vec<c_char>,
    name: CString,
    doc: CString,
    signature: Option<CString>,
}

// SAFETY: the tables are immutable once the ufunc exists; `data` holds nulls
// or pointers into `plans`, which the tables own.
unsafe impl Send for Tables {}
unsafe impl Sync for Tables {}

/// A `numpy.ufunc` over compiled loops. `loops` are `(address, type numbers of
/// every operand)`; `identity` is NumPy's `PyUFunc_*` identity code;
/// `signature` makes a generalized ufunc (`"(n),()->(n)"`); `parallel_dims`
/// (the entries of NumPy's `dimensions`: 1 plus the core dimensions) makes
/// every loop run in chunks on the thread pool (`target="parallel"`).
#[pyfunction]
#[pyo3(signature = (name, doc, nin, nout, loops, identity, signature=None, parallel_dims=None))]
#[allow(clippy::too_many_arguments)] // the fields of NumPy's constructor
pub fn make_ufunc(
    py: Python<'_>,
    name: &str,
    doc: &str,
    nin: usize,
    nout: usize,
    loops: Vec<(usize, Vec<u8>)>,
    identity: i32,
    signature: Option<&str>,
    parallel_dims: Option<usize>,
) -> PyResult<Py<PyAny>> {
    let nargs = nin + nout;
    if loops
        .iter()
        .any(|(address, types)| *address == 0 || types.len() != nargs)
    {
        return Err(PyValueError::new_err(
            "internal: a ufunc loop needs an address and one type per operand",
        ));
    }
    let cstring =
        |s: &str| CString::new(s).map_err(|_| PyValueError::new_err("NUL in a ufunc name"));
    let mut tables = Box::new(Tables {
        functions: loops
            .iter()
            .map(|(address, _)| {
                // SAFETY: each address is a loop penna compiled with NumPy's
                // inner-loop signature (`penna_targets::Entry::Ufunc`).
                Some(unsafe {
                    std::mem::transmute::<
                        usize,
                        unsafe extern "C" fn(*mut *mut c_char, *mut isize, *mut isize, *mut c_void),
                    >(*address)
                })
            })
            .collect(),
        data: vec![std::ptr::null_mut(); loops.len()],
        plans: Vec::new(),
        types: loops
            .iter()
            .flat_map(|(_, types)| types.iter().map(|&t| t as c_char))
            .collect(),
        name: cstring(name)?,
        doc: cstring(doc)?,
        signature: signature.map(cstring).transpose()?,
    });
    if let Some(ndims) = parallel_dims {
        // `target="parallel"`: NumPy calls the runtime's chunking loop, which
        // calls the compiled one (`data`) on each thread.
        tables.plans = loops
            .iter()
            .map(|(address, _)| penna_runtime_cpu::ufunc::ParallelLoop {
                inner: *address,
                nargs,
                nin,
                ndims: ndims.max(1),
            })
            .collect();
        for k in 0..loops.len() {
            tables.data[k] =
                (&mut tables.plans[k] as *mut penna_runtime_cpu::ufunc::ParallelLoop).cast();
            tables.functions[k] = Some(penna_runtime_cpu::ufunc::penna_rt_parallel_loop);
        }
    }
    // SAFETY: the table pointers stay valid while the capsule (moved into the
    // ufunc's `obj` below) lives, which is as long as the ufunc.
    let ufunc = unsafe {
        let raw = PY_UFUNC_API.PyUFunc_FromFuncAndDataAndSignature(
            py,
            tables.functions.as_mut_ptr(),
            tables.data.as_mut_ptr(),
            tables.types.as_mut_ptr(),
            loops.len() as c_int,
            nin as c_int,
            nout as c_int,
            identity as c_int,
            tables.name.as_ptr(),
            tables.doc.as_ptr(),
            0,
            tables
                .signature
                .as_ref()
                .map_or(std::ptr::null(), |s| s.as_ptr()),
        );
        Bound::from_owned_ptr_or_err(py, raw)?
    };
    let capsule = PyCapsule::new_with_value(py, tables, c"penna.ufunc_tables")?;
    // SAFETY: `ufunc` is a fresh PyUFuncObject whose `obj` NumPy leaves null
    // and releases on deallocation.
    unsafe {
        let object = ufunc.as_ptr() as *mut PyUFuncObject;
        (*object).fields.obj = capsule.into_ptr();
    }
    Ok(ufunc.unbind())
}

/// Compiles `function` for the operand types `types` (a parenthesised list)
/// with a NumPy inner-loop entry: elementwise when `core` is `None` (output
/// dtype `out`, or the kernel's inferred return type), else generalized with
/// the core dimensions of each operand. Returns the loop's address and the
/// output type. The loaded code stays for the life of the process; `cache`
/// sends it through the disk cache.
#[allow(clippy::too_many_arguments)] // the dispatcher's parts and the loop's
pub fn compile_loop(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    name: &str,
    options: &Options,
    types: &str,
    out: Option<&str>,
    core: Option<Vec<Vec<usize>>>,
    cache: bool,
) -> PyResult<(usize, String)> {
    let mut args = penna_compiler::parse_signature(types)
        .map_err(|e| compile_error(py, &e))?
        .args;
    if core.is_some() {
        // Operands are views NumPy hands over: any layout, writable.
        for t in &mut args {
            if let Type::Array(a) = t {
                a.layout = penna_compiler::Layout::Any;
                a.readonly = false;
            }
        }
    } else if let Some(t) = args.iter().find(|t| t.scalar().is_none()) {
        return Err(typing_error(
                py,
                format!("@vectorize kernels take scalars, `{}` was given {t}\nhint: use @guvectorize for kernels over arrays", name),
            ));
    }
    let jit: Arc<dyn penna_compiler::JitFunction> = function.clone();
    let program = penna_compiler::compile(&jit, &args).map_err(|e| compile_error(py, &e))?;
    let inferred = program.entry().ret.clone();
    let kind = match core {
        Some(core) => penna_targets::UfuncLoop::Generalized { core },
        None => {
            let out = match out {
                Some(text) => penna_compiler::parse_signature(&format!("({text})"))
                    .map_err(|e| compile_error(py, &e))?
                    .args
                    .first()
                    .and_then(Type::scalar),
                None => inferred.scalar(),
            };
            let out = out.ok_or_else(|| {
                typing_error(
                    py,
                    format!(
                        "@vectorize kernel `{}` must return a scalar; it returns {inferred}",
                        name
                    ),
                )
            })?;
            if !penna_compiler::typing::can_convert(&inferred, &Type::Scalar(out)) {
                return Err(typing_error(
                        py,
                        format!("`{}` returns {inferred}, which does not convert to the declared output type {}", name, Type::Scalar(out)),
                    ));
            }
            penna_targets::UfuncLoop::Elementwise { out }
        }
    };
    let ret = match &kind {
        penna_targets::UfuncLoop::Elementwise { out } => Type::Scalar(*out).to_string(),
        penna_targets::UfuncLoop::Generalized { .. } => inferred.to_string(),
    };
    let compile =
        crate::cache::Compile::new(cache, &program, options, host(), &format!("ufunc {kind:?}"));
    dump(&program, &compile.module, options);
    let loaded = py.detach(|| {
        compile.load_host(
            |module| {
                penna_targets::compile(
                    &program,
                    host(),
                    module,
                    options,
                    Stage::Object,
                    &Entry::Ufunc(&kind),
                )
            },
            |_| String::new(),
        )
    });
    compile.report(py);
    let (address, _) = loaded.map_err(|e| compile_error(py, &e))?;
    // The program (and its module) stays loaded for the life of the process.
    Ok((address, ret))
}

/// `f(*args)` for a ufunc or one of its methods, as [`ufunc_call`]: one
/// vectorcall of the caller's arguments, with no tuple.
pub fn ufunc_call_slice(
    py: Python<'_>,
    f: &Bound<'_, PyAny>,
    args: &[Bound<'_, PyAny>],
) -> PyResult<Py<PyAny>> {
    raising_kernel_errors(py, || {
        // SAFETY: `Bound<PyAny>` has the layout of `*mut PyObject`; `f` and
        // the arguments are live for the call, which returns a new reference
        // or null with an exception set.
        unsafe {
            let result = pyo3::ffi::PyObject_Vectorcall(
                f.as_ptr(),
                args.as_ptr().cast(),
                args.len(),
                std::ptr::null_mut(),
            );
            Bound::from_owned_ptr_or_err(py, result)
        }
    })
}

/// `ufunc.<method>(*args, **kwargs)` (`method` is `__call__`, `reduce`,
/// `accumulate`, ...), raising the exception a kernel raised inside it.
#[pyfunction]
#[pyo3(signature = (ufunc, method, args, kwargs=None))]
pub fn ufunc_call(
    py: Python<'_>,
    ufunc: &Bound<'_, PyAny>,
    method: &str,
    args: &Bound<'_, PyTuple>,
    kwargs: Option<&Bound<'_, PyDict>>,
) -> PyResult<Py<PyAny>> {
    raising_kernel_errors(py, || match method {
        // The common case, without a bound method made per call.
        "__call__" => ufunc.call(args, kwargs),
        _ => ufunc.call_method(method, args, kwargs),
    })
}

/// Runs `call` (into NumPy, which runs compiled loops) with this thread's
/// kernel error slot cleared first; an exception a loop recorded there is
/// raised in place of the result.
pub(crate) fn raising_kernel_errors<'py>(
    py: Python<'py>,
    call: impl FnOnce() -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let _ = penna_runtime_cpu::ufunc::take_error();
    let result = call();
    if let Some((kind, message)) = penna_runtime_cpu::ufunc::take_error() {
        return Err(raised(py, kind, message));
    }
    Ok(result?.unbind())
}
