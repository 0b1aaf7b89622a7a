//! Compile errors and runtime exceptions as Python exceptions.
//!
//! Compile errors become `penna.errors.<Kind>` (subclasses of `CompileError`)
//! with `filename`, `lineno` and `col` attributes; exceptions raised inside
//! compiled code become the builtin exception they name.

use penna_compiler::abi::ExceptionKind;
use penna_compiler::{CompileError, ErrorKind};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

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

/// A typing error that has no source position (bad arguments at a call).
pub fn typing_error(py: Python<'_>, message: String) -> PyErr {
    compile_error(py, &CompileError::new(ErrorKind::Typing, message))
}

pub fn raised(py: Python<'_>, kind: ExceptionKind, message: String) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let cls = py.import("builtins")?.getattr(kind.name())?;
        Ok(PyErr::from_value(cls.call1((message.clone(),))?))
    };
    build().unwrap_or_else(|_| PyRuntimeError::new_err(message.clone()))
}
