//! The compiler's half of `python -m penna aot` (`penna/aot.py` writes the C
//! glue and links): object code for one exported signature of a jit
//! function, with a C-identifier-free entry `<module>.entry` that the glue
//! names through an assembler label, and the C types of its parameters.

use penna_compiler::{Scalar, Type};
use penna_targets::{CpuTarget, Entry, Stage, Target};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::dispatcher::Dispatcher;
use crate::errors::compile_error;

/// What `_aot_compile` returns: the object file, its entry symbol, the
/// signature as compiled (`float64(float64[::1], int64)`), the C type of each
/// parameter and of the result (`None` where C has no such type: tuples,
/// optionals), and whether calls release the GIL (`nogil=True`).
type Compiled<'py> = (
    Bound<'py, PyBytes>,
    String,
    String,
    Vec<Option<String>>,
    Option<String>,
    bool,
);

/// Whether functions compiled ahead of time can take or return `t`: what the
/// glue of `penna-aot` converts.
fn portable(t: &Type) -> bool {
    match t {
        Type::Scalar(_) | Type::None | Type::Array(_) => true,
        Type::Tuple(items) => items.iter().all(portable),
        Type::Optional(inner) => portable(inner),
        _ => false,
    }
}

fn c_scalar(s: Scalar) -> &'static str {
    match s {
        Scalar::Bool => "bool",
        Scalar::I8 => "int8_t",
        Scalar::I16 => "int16_t",
        Scalar::I32 => "int32_t",
        Scalar::I64 => "int64_t",
        Scalar::U8 => "uint8_t",
        Scalar::U16 => "uint16_t",
        Scalar::U32 => "uint32_t",
        Scalar::U64 => "uint64_t",
        Scalar::F16 => "uint16_t",
        Scalar::F32 => "float",
        Scalar::F64 => "double",
        Scalar::C64 => "float _Complex",
        Scalar::C128 => "double _Complex",
    }
}

/// The C type of a value of `t` (arrays: their descriptor struct, declared by
/// the generated header as `penna_array<ndim>`).
fn c_type(t: &Type) -> Option<String> {
    match t {
        Type::Scalar(s) => Some(c_scalar(*s).to_owned()),
        Type::Array(a) => Some(format!("penna_array{}", a.ndim)),
        Type::None => Some("void".to_owned()),
        _ => None,
    }
}

/// The CPU to compile for: `host` (this machine, all its features) or an
/// LLVM CPU name (`x86-64-v2`, `generic`) for machines that may have less.
fn target(cpu: &str) -> CpuTarget {
    if cpu == "host" {
        CpuTarget::host()
    } else {
        CpuTarget::host_triple_with_cpu(cpu)
    }
}

/// `_aot_compile(dispatcher, signature, module, cpu)`: see [`Compiled`].
#[pyfunction]
pub fn _aot_compile<'py>(
    py: Python<'py>,
    dispatcher: &Bound<'py, Dispatcher>,
    signature: &str,
    module: &str,
    cpu: &str,
) -> PyResult<Compiled<'py>> {
    let d = dispatcher.get();
    let sig = penna_compiler::parse_signature(signature).map_err(|e| compile_error(py, &e))?;
    let jit: std::sync::Arc<dyn penna_compiler::JitFunction> = d.function();
    let program = penna_compiler::compile_with_return(&jit, &sig.args, sig.ret.as_ref())
        .map_err(|e| compile_error(py, &e))?;
    let entry = program.entry();
    if let Some(t) = sig.args.iter().chain([&entry.ret]).find(|t| !portable(t)) {
        return Err(PyTypeError::new_err(format!(
            "penna aot: `{}{signature}` uses {t}; functions compiled ahead of time take and \
             return numbers, NumPy arrays, tuples of them and None (use them through the JIT \
             for anything else)",
            d.name(),
        )));
    }
    let compiled = format!("{}({})", entry.ret, types_text(&sig.args));
    let params = sig.args.iter().map(c_type).collect();
    let ret = c_type(&entry.ret);
    let options = *d.options();
    let target = target(cpu);
    let artifact = py
        .detach(|| {
            penna_targets::compile(
                &program,
                &target,
                module,
                &options,
                Stage::Object,
                &Entry::Call,
            )
        })
        .map_err(|e| compile_error(py, &e))?;
    tracing::debug!(module, cpu = target.cpu(), "aot object");
    Ok((
        PyBytes::new(py, &artifact.bytes),
        artifact.entry,
        compiled,
        params,
        ret,
        d.nogil(),
    ))
}

fn types_text(types: &[Type]) -> String {
    types
        .iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `_registered_exceptions()`: the classes compiled code raises by code
/// (user classes), as `(code, "module:qualname:base")`.
#[pyfunction]
pub fn _registered_exceptions(py: Python<'_>) -> PyResult<Vec<(u32, String)>> {
    crate::errors::registered_classes(py)
}
