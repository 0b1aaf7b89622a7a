//! `print()` from compiled code: the host side of `penna_compiler::abi::PRINT_SYMBOL`.
//!
//! Compiled code passes an array of `PrintRecord`s; this function rebuilds the
//! Python objects (so floats, complex numbers and tuples look exactly as Python
//! prints them) and calls `builtins.print` once with the whole line. It takes the GIL itself, so it
//! works from `nogil=True` functions too, and never lets an error or a panic
//! escape into compiled code: a failure to print is reported, not raised.

use penna_compiler::abi::{PrintKind, PrintRecord, PRINT_SYMBOL};
use pyo3::prelude::*;
use pyo3::types::{PyComplex, PyDict, PyString, PyTuple};

/// Registers the function with the JIT, once, before the first compiled code
/// loads (not at import: starting the JIT would slow `import penna` down).
pub fn register() -> Result<(), String> {
    static REGISTERED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            penna_runtime_cpu::define_symbol(PRINT_SYMBOL, penna_rt_print as *const () as usize)
                .map_err(|e| e.to_string())
        })
        .clone()
}

/// # Safety
/// Called by compiled code with `n` valid records and valid UTF-8 text ranges.
unsafe extern "C" fn penna_rt_print(
    records: *const PrintRecord,
    n: i64,
    sep: *const u8,
    sep_len: i64,
    end: *const u8,
    end_len: i64,
) {
    let _ = std::panic::catch_unwind(|| {
        Python::attach(|py| {
            // SAFETY: the compiled caller passes n records and its own constants.
            let records = unsafe { std::slice::from_raw_parts(records, n.max(0) as usize) };
            let (sep, end) = unsafe { (text(sep, sep_len), text(end, end_len)) };
            if let Err(e) = print(py, records, sep, end) {
                e.print(py);
            }
        })
    });
}

unsafe fn text<'a>(ptr: *const u8, len: i64) -> &'a str {
    if ptr.is_null() || len <= 0 {
        return "";
    }
    // SAFETY: the compiled caller points at a UTF-8 constant of this length.
    std::str::from_utf8(unsafe { std::slice::from_raw_parts(ptr, len as usize) }).unwrap_or("")
}

fn print(py: Python<'_>, records: &[PrintRecord], sep: &str, end: &str) -> PyResult<()> {
    let mut values = Vec::new();
    let mut rest = records;
    while !rest.is_empty() {
        let (value, tail) = object(py, rest, false)?;
        values.push(value);
        rest = tail;
    }
    // One write per call, as the text `print` would produce: lines printed
    // by several threads of a parallel loop do not interleave.
    let mut line = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            line.push_str(sep);
        }
        line.push_str(&v.str()?.to_cow()?);
    }
    line.push_str(end);
    let kwargs = PyDict::new(py);
    kwargs.set_item("end", "")?;
    py.import("builtins")?
        .getattr("print")?
        .call((line,), Some(&kwargs))?;
    Ok(())
}

/// The first value of `records` and the records after it. float32 and
/// float16 values print as NumPy prints them, except inside tuples, which
/// print their items' `repr` (there they stay Python floats).
fn object<'py, 'r>(
    py: Python<'py>,
    records: &'r [PrintRecord],
    in_tuple: bool,
) -> PyResult<(Bound<'py, PyAny>, &'r [PrintRecord])> {
    let r = records[0];
    let rest = &records[1..];
    let value = match PrintKind::from_code(r.kind) {
        Some(PrintKind::None) | None => py.None().into_bound(py),
        Some(PrintKind::Bool) => (r.a != 0).into_pyobject(py)?.to_owned().into_any(),
        Some(PrintKind::Int) => (r.a as i64).into_pyobject(py)?.into_any(),
        Some(PrintKind::UInt) => r.a.into_pyobject(py)?.into_any(),
        Some(PrintKind::Float) => match PrintKind::float_width(r.kind) {
            w if in_tuple || w == 0 || w == 8 => f64::from_bits(r.a).into_pyobject(py)?.into_any(),
            width => PyString::new(
                py,
                &penna_runtime_cpu::floatrepr::float_str(f64::from_bits(r.a), width),
            )
            .into_any(),
        },
        Some(PrintKind::Complex) => match PrintKind::float_width(r.kind) {
            w if in_tuple || w == 0 || w == 8 => {
                PyComplex::from_doubles(py, f64::from_bits(r.a), f64::from_bits(r.b)).into_any()
            }
            width => PyString::new(
                py,
                &penna_runtime_cpu::floatrepr::complex_str(
                    f64::from_bits(r.a),
                    f64::from_bits(r.b),
                    width,
                ),
            )
            .into_any(),
        },
        Some(PrintKind::Text) => {
            // SAFETY: compiled code points at one of its UTF-8 constants.
            PyString::new(py, unsafe { text(r.a as *const u8, r.b as i64) }).into_any()
        }
        Some(PrintKind::Container) => {
            // SAFETY: the type text is one of the compiled code's constants;
            // the container is alive while compiled code waits for this call.
            let text = unsafe { text(r.b as *const u8, PrintKind::text_len(r.kind) as i64) };
            let t = penna_compiler::parse_type(text)
                .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
            let mi = r.a as *mut penna_compiler::abi::MemInfo;
            // The printed object takes a reference of its own.
            unsafe {
                penna_runtime_cpu::nrt::retain(mi);
                crate::marshal::read_value(py, &t, (&mi) as *const _ as *const u8, None)?
            }
            .into_bound(py)
        }
        Some(PrintKind::Optional) => {
            let count = r.b as usize;
            if r.a == 0 {
                return Ok((py.None().into_bound(py), &rest[count.min(rest.len())..]));
            }
            return object(py, rest, in_tuple);
        }
        Some(PrintKind::Tuple) => {
            let mut items = Vec::with_capacity(r.a as usize);
            let mut tail = rest;
            for _ in 0..r.a {
                if tail.is_empty() {
                    break;
                }
                let (item, next) = object(py, tail, true)?;
                items.push(item);
                tail = next;
            }
            return Ok((PyTuple::new(py, items)?.into_any(), tail));
        }
    };
    Ok((value, rest))
}
