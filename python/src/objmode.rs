//! The host of `with objmode(...)` blocks (`penna_runtime_cpu::objmode`):
//! each block becomes a Python function of its inputs, compiled from its
//! source with the enclosing function's globals and kept under a handle
//! that hashes the block (so cached code finds it in any process). At run
//! time the inputs become Python objects, the function runs with the GIL
//! held, and its results are converted to the declared types.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};

use penna_compiler::abi::{ExceptionRecord, STATUS_EXCEPTION, STATUS_OK};
use penna_compiler::env::ObjModeBlock;
use penna_compiler::Type;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

fn blocks() -> &'static Mutex<HashMap<u64, Py<PyAny>>> {
    static BLOCKS: OnceLock<Mutex<HashMap<u64, Py<PyAny>>>> = OnceLock::new();
    BLOCKS.get_or_init(Default::default)
}

/// Makes (once) the function of `block` with `globals`; its handle.
pub fn register(
    py: Python<'_>,
    globals: &Bound<'_, PyDict>,
    block: &ObjModeBlock,
) -> Result<u64, String> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        &block.source,
        &block.inputs,
        &block.outputs,
        &block.filename,
        block.first_line,
    )
        .hash(&mut h);
    let handle = h.finish();
    if blocks()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .contains_key(&handle)
    {
        return Ok(handle);
    }
    let body: String = block.source.lines().map(|l| format!("    {l}\n")).collect();
    let outputs = if block.outputs.is_empty() {
        "()".to_owned()
    } else {
        format!("({},)", block.outputs.join(", "))
    };
    // Blank lines first, so that tracebacks show the user's line numbers.
    let text = format!(
        "{}def __penna_objmode({}):\n{body}    return {outputs}\n",
        "\n".repeat(block.first_line.saturating_sub(2) as usize),
        block.inputs.join(", "),
    );
    let make = || -> PyResult<Py<PyAny>> {
        let builtins = py.import("builtins")?;
        let code =
            builtins
                .getattr("compile")?
                .call1((text.as_str(), block.filename.as_str(), "exec"))?;
        let namespace = PyDict::new(py);
        builtins
            .getattr("exec")?
            .call1((code, globals, &namespace))?;
        Ok(namespace
            .get_item("__penna_objmode")?
            .expect("defined")
            .unbind())
    };
    let f = make().map_err(|e| format!("the objmode block does not compile in Python: {e}"))?;
    blocks()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(handle, f);
    Ok(handle)
}

/// A block's input and output types.
type BlockTypes = (Vec<Type>, Vec<Type>);

/// The parsed `"in;in|out;out"` of a block (cached by text).
fn types_of(text: &str) -> Result<BlockTypes, String> {
    static PARSED: OnceLock<Mutex<HashMap<String, BlockTypes>>> = OnceLock::new();
    let table = PARSED.get_or_init(Default::default);
    if let Some(t) = table.lock().unwrap_or_else(|e| e.into_inner()).get(text) {
        return Ok(t.clone());
    }
    let (ins, outs) = text.split_once('|').ok_or("bad objmode types")?;
    let parse = |s: &str| -> Result<Vec<Type>, String> {
        s.split(';')
            .filter(|p| !p.is_empty())
            .map(|p| penna_compiler::signature::parse_type(p).map_err(|e| e.to_string()))
            .collect()
    };
    let parsed = (parse(ins)?, parse(outs)?);
    table
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(text.to_owned(), parsed.clone());
    Ok(parsed)
}

/// Whether `value` is an ndarray compiled code can take as `a` as it is.
fn fits(value: &Bound<'_, PyAny>, a: &penna_compiler::ArrayType) -> bool {
    match crate::argtypes::arg_type(value) {
        Ok(Type::Array(h)) => {
            h.dtype == a.dtype
                && h.ndim == a.ndim
                && (a.layout == penna_compiler::Layout::Any || h.layout == a.layout)
        }
        _ => false,
    }
}

/// `penna_runtime_cpu::objmode::Host`.
///
/// # Safety
/// As that type says.
pub unsafe fn host(
    handle: u64,
    types: &str,
    args: *const *const u8,
    outs: *const *mut u8,
    exc: *mut ExceptionRecord,
) -> i32 {
    Python::attach(|py| {
        let run = || -> PyResult<()> {
            let (ins, out_types) =
                types_of(types).map_err(pyo3::exceptions::PyRuntimeError::new_err)?;
            let f = blocks()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(&handle)
                .map(|f| f.clone_ref(py))
                .ok_or_else(|| {
                    pyo3::exceptions::PyRuntimeError::new_err("unknown objmode block")
                })?;
            let mut values = Vec::with_capacity(ins.len());
            for (k, t) in ins.iter().enumerate() {
                // SAFETY: compiled code spilled input k there; the Python
                // object takes references of its own.
                let v = unsafe {
                    let p = *args.add(k);
                    let desc = crate::containers::desc_for(t);
                    penna_runtime_cpu::containers::Desc::new(desc).retain(p);
                    crate::marshal::read_value(py, t, p, None)?
                };
                values.push(v);
            }
            let result = f.bind(py).call1(PyTuple::new(py, values)?)?;
            let result = result.cast::<PyTuple>()?;
            for (k, t) in out_types.iter().enumerate() {
                let value = result.get_item(k)?;
                let value = match t {
                    // A result that is not an array of the declared dtype,
                    // rank and layout is converted to one, as Numba does.
                    Type::Array(a) if !fits(&value, a) => {
                        let order = if a.layout == penna_compiler::Layout::F {
                            "F"
                        } else {
                            "C"
                        };
                        let kwargs = PyDict::new(py);
                        kwargs.set_item("order", order)?;
                        py.import("numpy")?
                            .getattr("array")?
                            .call((value, a.dtype.name()), Some(&kwargs))?
                    }
                    _ => value,
                };
                // SAFETY: output k's zeroed slot; it takes the references.
                unsafe { crate::typed::write_item(&value, t, *outs.add(k))? };
            }
            Ok(())
        };
        match run() {
            Ok(()) => STATUS_OK,
            Err(e) => {
                let cls = e.get_type(py);
                let code = crate::errors::class_code(&cls);
                let message = e.value(py).str().map(|s| s.to_string()).unwrap_or_default();
                // SAFETY: the caller's record.
                unsafe { (*exc).set_owned_message(code, message) };
                STATUS_EXCEPTION
            }
        }
    })
}
