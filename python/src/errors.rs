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
use pyo3::types::PyType;

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
    let mut registered = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
    let index = match registered.iter().position(|c| c.is(cls)) {
        Some(i) => i,
        None => {
            registered.push(cls.clone().unbind());
            registered.len() - 1
        }
    };
    REGISTERED_EXCEPTION_BASE + index as u32
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
            cls.call1((message.clone(),))?
        };
        Ok(PyErr::from_value(value))
    };
    build().unwrap_or_else(|e| e)
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
