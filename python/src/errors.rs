//! Compile errors and runtime exceptions as Python exceptions.
//!
//! Compile errors become `penna.errors.<Kind>` (subclasses of `CompileError`)
//! with `filename`, `lineno` and `col` attributes; exceptions raised inside
//! compiled code become the exception class they name: a builtin
//! [`ExceptionKind`], or a class registered here when a compiled function
//! referred to it (user classes, builtin classes without a kind).

use std::sync::Mutex;

use penna_compiler::abi::{ExceptionKind, REGISTERED_EXCEPTION_BASE};
use penna_compiler::{CompileError, ErrorKind};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyTuple, PyType};

/// Registered exception classes; the class at index `i` has the code
/// `REGISTERED_EXCEPTION_BASE + i`. Classes stay registered (and alive) for
/// the life of the process, as the compiled code that raises them does.
static REGISTERED: Mutex<Vec<Py<PyType>>> = Mutex::new(Vec::new());

/// The Python class name in `penna.errors` for a kind of compile error.
fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        // CPython parsed the file already, so a parse failure is syntax penna lacks.
        ErrorKind::Syntax | ErrorKind::Unsupported => "UnsupportedError",
        ErrorKind::Typing => "TypingError",
        ErrorKind::Target => "TargetError",
        ErrorKind::Internal => "InternalError",
    }
}

pub fn compile_error(py: Python<'_>, e: &CompileError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let cls = py.import("penna.errors")?.getattr(class_name(e.kind))?;
        let (line, col) = e
            .location()
            .map_or((None, None), |(l, c)| (Some(l), Some(c)));
        let value = cls.call1((e.render(), e.filename(), line, col))?;
        Ok(PyErr::from_value(value))
    };
    build().unwrap_or_else(|err| err)
}

/// Warns (`penna.errors.PennaWarning`) about each block barrier of the
/// kernel `program` that sits under thread-dependent control flow.
pub fn warn_divergent_barriers(py: Python<'_>, program: &penna_compiler::Program) -> PyResult<()> {
    let entry = program.entry();
    let found = penna_compiler::uniformity::divergent_barriers(program);
    if found.is_empty() {
        return Ok(());
    }
    let category = py.import("penna.errors")?.getattr("PennaWarning")?;
    let warnings = py.import("warnings")?;
    for d in found {
        let text = CompileError::new(ErrorKind::Unsupported, d.message)
            .at(d.barrier)
            .in_function(&entry.source, &entry.name)
            .render();
        warnings.call_method1("warn", (text, &category, 2))?;
    }
    Ok(())
}

/// A typing error that has no source position (bad arguments at a call).
pub fn typing_error(py: Python<'_>, message: String) -> PyErr {
    compile_error(py, &CompileError::new(ErrorKind::Typing, message))
}

/// The code compiled code raises `cls` with (the same code for the same class).
pub fn register_exception(cls: &Bound<'_, PyType>) -> u32 {
    let (index, new) = {
        let mut registered = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
        match registered.iter().position(|c| c.is(cls)) {
            Some(i) => (i, false),
            None => {
                registered.push(cls.clone().unbind());
                (registered.len() - 1, true)
            }
        }
    };
    let code = REGISTERED_EXCEPTION_BASE + index as u32;
    if new {
        record_ancestors(cls, code);
    }
    record_builtin_ancestors(cls.py());
    code
}

/// The code of an exception class: its [`ExceptionKind`]'s, or a registered one.
pub fn class_code(cls: &Bound<'_, PyType>) -> u32 {
    let builtin = cls.module().is_ok_and(|m| m == "builtins");
    let kind = cls
        .qualname()
        .ok()
        .and_then(|n| ExceptionKind::from_name(&n.to_string()));
    match kind {
        Some(kind) if builtin => kind as u32,
        _ => register_exception(cls),
    }
}

/// Tells the runtime which classes `cls` (of `code`) derives from, so that
/// `except Base` in compiled code catches it.
fn record_ancestors(cls: &Bound<'_, PyType>, code: u32) {
    let Ok(mro) = cls.mro().into_sequence().try_iter() else {
        return;
    };
    let ancestors = mro
        .skip(1)
        .filter_map(|c| c.ok()?.cast_into::<PyType>().ok())
        .filter(|c| {
            c.is_subclass_of::<pyo3::exceptions::PyBaseException>()
                .unwrap_or(false)
        })
        .map(|c| class_code(&c))
        .collect();
    penna_runtime_cpu::exceptions::set_ancestors(code, ancestors);
}

/// The ancestors of the builtin classes compiled code raises (once).
fn record_builtin_ancestors(py: Python<'_>) {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, std::sync::atomic::Ordering::AcqRel) {
        return;
    }
    let Ok(builtins) = py.import("builtins") else {
        return;
    };
    for kind in ExceptionKind::ALL {
        if let Ok(cls) = builtins
            .getattr(kind.name())
            .and_then(|c| Ok(c.cast_into::<PyType>()?))
        {
            record_ancestors(&cls, kind as u32);
        }
    }
}

fn exception_class<'py>(py: Python<'py>, code: u32) -> PyResult<Bound<'py, PyAny>> {
    if let Some(kind) = ExceptionKind::from_code(code) {
        return py.import("builtins")?.getattr(kind.name());
    }
    let registered = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
    code.checked_sub(REGISTERED_EXCEPTION_BASE)
        .and_then(|i| registered.get(i as usize))
        .map(|cls| cls.bind(py).clone().into_any())
        .ok_or_else(|| PyRuntimeError::new_err(format!("unknown exception code {code}")))
}

/// The exception compiled code raised: `cls(message)`, or `cls()` when the
/// `raise` gave no message. An exception the class's constructor raises
/// itself is returned instead, as Python would raise it at the `raise`.
pub fn raised(py: Python<'_>, code: u32, message: String) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let cls = exception_class(py, code)?;
        let value = if message.is_empty() {
            cls.call0()?
        } else {
            match exception_args(py, &message) {
                Some(args) => cls.call1(args)?,
                None => cls.call1((penna_compiler::abi::plain_message(&message),))?,
            }
        };
        Ok(PyErr::from_value(value))
    };
    build().unwrap_or_else(|e| e)
}

/// The arguments a message computed at run time carries (see
/// `penna_compiler::abi::EXCEPTION_ARGS_SEPARATOR`), when they read back
/// as Python literals.
pub fn exception_args<'py>(py: Python<'py>, message: &str) -> Option<Bound<'py, PyTuple>> {
    let (_, literal) = message.split_once(penna_compiler::abi::EXCEPTION_ARGS_SEPARATOR)?;
    let value = py
        .import("ast")
        .ok()?
        .getattr("literal_eval")
        .ok()?
        .call1((literal,))
        .ok()?;
    value.cast_into::<PyTuple>().ok()
}

/// The registered classes as `(code, "module:qualname:base")`, `base` the
/// nearest builtin class they derive from (for modules compiled ahead of
/// time, which define or import the class).
pub fn registered_classes(py: Python<'_>) -> PyResult<Vec<(u32, String)>> {
    let registered = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
    registered
        .iter()
        .enumerate()
        .map(|(i, cls)| {
            let cls = cls.bind(py);
            let module: String = cls.getattr("__module__")?.extract()?;
            let qualname: String = cls.getattr("__qualname__")?.extract()?;
            let builtins = py.import("builtins")?;
            let mut base = String::from("Exception");
            for ancestor in cls.getattr("__mro__")?.try_iter()? {
                let ancestor = ancestor?;
                if ancestor.getattr("__module__")?.extract::<String>()? == "builtins" {
                    let name: String = ancestor.getattr("__name__")?.extract()?;
                    if builtins.getattr(name.as_str()).is_ok() {
                        base = name;
                        break;
                    }
                }
            }
            let code = REGISTERED_EXCEPTION_BASE + i as u32;
            Ok((code, format!("{module}:{qualname}:{base}")))
        })
        .collect()
}

/// What a raw CPython slot or method returns for `outcome` (a result, or a
/// panic caught at the boundary): a new reference, or null with the error
/// (a panic becomes pyo3's `PanicException`, as in pyo3's own trampolines)
/// set.
pub(crate) fn into_ffi(
    py: Python<'_>,
    outcome: std::thread::Result<PyResult<Py<PyAny>>>,
) -> *mut pyo3::ffi::PyObject {
    match outcome {
        Ok(Ok(value)) => value.into_ptr(),
        Ok(Err(err)) => {
            err.restore(py);
            std::ptr::null_mut()
        }
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("panic in penna's native code");
            pyo3::panic::PanicException::new_err(message.to_owned()).restore(py);
            std::ptr::null_mut()
        }
    }
}
