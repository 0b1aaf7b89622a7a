//! The Python callable of an exported function: its overloads (one per
//! exported signature, tried in order), the call through the uniform ABI,
//! and exceptions raised by compiled code.

use std::ffi::c_void;
use std::sync::Mutex;

use penna_compiler::abi::ExceptionKind;
use penna_compiler::Type;
use penna_runtime_cpu::{EntryFn, Outcome};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert::{self, arg_size};
use crate::{text, AotFunction};

struct Overload {
    signature: String,
    args: Vec<Type>,
    ret: Type,
    entry: EntryFn,
    nogil: bool,
}

/// A function compiled ahead of time.
#[pyclass(module = "penna_aot", name = "Function", frozen, dict)]
pub struct Function {
    name: String,
    qualname: String,
    doc: Option<String>,
    overloads: Vec<Overload>,
}

impl Function {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The docstring, set on the instance by the module (a class attribute
    /// `__doc__` would hide a getter).
    pub fn doc(&self) -> Option<&str> {
        self.doc.as_deref()
    }
}

/// The functions of a module's table, rows of the same name merged.
pub fn build(module: &str, rows: &[AotFunction]) -> PyResult<Vec<Function>> {
    let mut out: Vec<Function> = Vec::new();
    for row in rows {
        // SAFETY: the table's strings are constants of the module.
        let (name, signature, doc) = unsafe {
            (
                text(row.name).unwrap_or_default(),
                text(row.signature).unwrap_or_default(),
                text(row.doc),
            )
        };
        let parsed = penna_compiler::parse_signature(&signature)
            .map_err(|e| PyRuntimeError::new_err(format!("bad signature {signature:?}: {e}")))?;
        let overload = Overload {
            ret: parsed.ret.unwrap_or(Type::None),
            args: parsed.args,
            signature,
            entry: row.entry,
            nogil: row.nogil != 0,
        };
        match out.iter_mut().find(|f| f.name == name) {
            Some(f) => f.overloads.push(overload),
            None => out.push(Function {
                qualname: format!("{module}.{name}"),
                name,
                doc,
                overloads: vec![overload],
            }),
        }
    }
    Ok(out)
}

/// A call's entry and buffers, moved into the closure that runs without
/// the GIL.
#[derive(Clone, Copy)]
struct Call(EntryFn, *const *mut c_void, usize, *mut u8);

// SAFETY: the pointers are used on this thread's behalf while it waits.
unsafe impl Send for Call {}

impl Call {
    /// # Safety
    /// The buffers are live and laid out as the entry expects.
    unsafe fn run(self) -> Outcome {
        // SAFETY: by the caller.
        unsafe {
            let pointers = std::slice::from_raw_parts(self.1, self.2);
            penna_runtime_cpu::call::call(self.0, pointers, self.3 as *mut c_void)
        }
    }
}

#[pymethods]
impl Function {
    #[pyo3(signature = (*args))]
    fn __call__(&self, py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
        let Some(o) = self.overloads.iter().find(|o| {
            o.args.len() == args.len()
                && args.iter().zip(&o.args).all(|(a, t)| convert::fits(&a, t))
        }) else {
            let signatures: Vec<String> =
                self.overloads.iter().map(|o| o.signature.clone()).collect();
            return Err(convert::no_overload(&self.name, args, &signatures));
        };
        // Arguments and result in one buffer, on the stack for small calls.
        let arg_bytes: usize = o.args.iter().map(arg_size).sum();
        let ret_bytes = arg_size(&o.ret);
        let mut stack = [0u64; 48];
        let mut heap = Vec::new();
        let words = (arg_bytes + ret_bytes) / 8;
        let buffer: &mut [u64] = if words <= stack.len() {
            &mut stack[..words]
        } else {
            heap.resize(words, 0);
            &mut heap
        };
        let base = buffer.as_mut_ptr() as *mut u8;
        let mut pointers = [std::ptr::null_mut::<c_void>(); 16];
        let mut many = Vec::new();
        let pointers: &mut [*mut c_void] = if o.args.len() <= pointers.len() {
            &mut pointers[..o.args.len()]
        } else {
            many.resize(o.args.len(), std::ptr::null_mut());
            &mut many
        };
        let mut offset = 0;
        for ((a, t), slot) in args.iter().zip(&o.args).zip(pointers.iter_mut()) {
            // SAFETY: `buffer` has room for every argument at its offset.
            let dst = unsafe { base.add(offset) };
            unsafe { convert::write(&a, t, dst)? };
            *slot = dst as *mut c_void;
            offset += arg_size(t);
        }
        // SAFETY: the result's room follows the arguments'.
        let ret = unsafe { base.add(arg_bytes) };
        let call = Call(o.entry, pointers.as_ptr(), pointers.len(), ret);
        // SAFETY: the arguments are laid out as the entry's signature says,
        // and `ret` has room for its result; the buffers outlive the call.
        let run = move || unsafe { call.run() };
        // Compiled code runs with the GIL held, as `pycc` modules ran, unless
        // the function was compiled with `nogil=True`.
        let outcome = if o.nogil { py.detach(run) } else { run() };
        match outcome {
            // SAFETY: the entry wrote a value of its return type.
            Outcome::Returned => unsafe { convert::read(py, &o.ret, ret, args) },
            Outcome::Raised(code, message) => Err(raised(py, code, message)),
        }
    }

    #[getter]
    fn __name__(&self) -> &str {
        &self.name
    }

    #[getter]
    fn __qualname__(&self) -> &str {
        &self.qualname
    }

    /// The exported signatures, in the order calls try them.
    #[getter]
    fn signatures(&self) -> Vec<String> {
        self.overloads.iter().map(|o| o.signature.clone()).collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "<compiled function {} {:?}>",
            self.qualname,
            self.signatures()
        )
    }
}

/// The user exception classes this module defines itself (those of the
/// compiled source module, which no longer exists as Python: the extension
/// takes its name), by code.
static OWN: Mutex<Vec<(u32, Py<PyAny>)>> = Mutex::new(Vec::new());

/// Registers the user exception classes of a module's table (see
/// [`crate::register_exception_rows`]); defines those of `module` itself on
/// it, as subclasses of the same builtin class.
pub fn register_exceptions(
    module: &Bound<'_, PyModule>,
    rows: impl Iterator<Item = (u32, String)>,
) -> PyResult<()> {
    let py = module.py();
    let name = module.name()?.to_string();
    let mut own = OWN.lock().unwrap_or_else(|e| e.into_inner());
    for (code, row) in rows {
        let mut parts = row.splitn(3, ':');
        let (from, qualname, base) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or("Exception"),
        );
        if from == name && !qualname.contains('.') {
            let builtins = py.import("builtins")?;
            let base = builtins
                .getattr(base)
                .or_else(|_| builtins.getattr("Exception"))?;
            let namespace = pyo3::types::PyDict::new(py);
            namespace.set_item("__module__", &name)?;
            let class = builtins
                .getattr("type")?
                .call1((qualname, (base,), namespace))?;
            module.setattr(qualname, &class)?;
            own.push((code, class.unbind()));
        }
    }
    Ok(())
}

fn exception_class<'py>(py: Python<'py>, code: u32) -> PyResult<Bound<'py, PyAny>> {
    if let Some(kind) = ExceptionKind::from_code(code) {
        return py.import("builtins")?.getattr(kind.name());
    }
    let own = OWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, class)) = own.iter().find(|(c, _)| *c == code) {
        return Ok(class.bind(py).clone());
    }
    drop(own);
    let row = crate::exception_row(code)
        .ok_or_else(|| PyRuntimeError::new_err(format!("unknown exception code {code}")))?;
    let mut parts = row.splitn(3, ':');
    let (module, qualname) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut class = py.import(module)?.into_any();
    for part in qualname.split('.') {
        class = class.getattr(part)?;
    }
    Ok(class)
}

/// The exception compiled code raised: `cls(message)`, or `cls()`; a class
/// that cannot be imported any more raises `RuntimeError("Name: message")`.
fn raised(py: Python<'_>, code: u32, message: String) -> PyErr {
    let plain = penna_compiler::abi::plain_message(&message).to_owned();
    let build = |class: Bound<'_, PyAny>| -> PyResult<PyErr> {
        let args = message
            .split_once(penna_compiler::abi::EXCEPTION_ARGS_SEPARATOR)
            .and_then(|(_, literal)| {
                let v = py
                    .import("ast")
                    .ok()?
                    .getattr("literal_eval")
                    .ok()?
                    .call1((literal,))
                    .ok()?;
                v.cast_into::<pyo3::types::PyTuple>().ok()
            });
        let value = if message.is_empty() {
            class.call0()?
        } else if let Some(args) = args {
            class.call1(args)?
        } else {
            class.call1((plain.clone(),))?
        };
        if !value.is_instance_of::<pyo3::exceptions::PyBaseException>() {
            return Err(PyTypeError::new_err(
                "exceptions must derive from BaseException",
            ));
        }
        Ok(PyErr::from_value(value))
    };
    match exception_class(py, code) {
        Ok(class) => build(class).unwrap_or_else(|e| e),
        Err(_) => {
            let row = crate::exception_row(code).unwrap_or_default();
            let name = row.split(':').nth(1).unwrap_or("exception");
            PyRuntimeError::new_err(format!("{name}: {plain}"))
        }
    }
}
