//! `print()` in compiled code (`penna_compiler::abi::PRINT_SYMBOL`) for
//! modules compiled ahead of time.
//!
//! The line is formatted here, in Rust, as Python would print the values
//! (float64 as `repr`, float32 and float16 as NumPy's `str`, tuples of
//! `repr`s, strings quoted inside tuples), and handed to the writer: the
//! Python extension installs one that writes to `sys.stdout` (see
//! [`set_writer`]); the C library, which has no Python, writes to the
//! process's standard output. Containers made inside compiled code print as
//! their type (the JIT prints their items). Nothing here refers to Python, so
//! the C library links without it.

use std::io::Write;
use std::sync::OnceLock;

use penna_compiler::abi::{PrintKind, PrintRecord};
use penna_runtime_cpu::floatrepr::{complex_str, float_str};

static WRITER: OnceLock<fn(&str)> = OnceLock::new();

/// Makes `print` write its lines with `write` (once per process).
pub fn set_writer(write: fn(&str)) {
    let _ = WRITER.set(write);
}

fn stdout(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(line.as_bytes());
    let _ = out.flush();
}

/// # Safety
/// Called by compiled code with `n` valid records and valid UTF-8 text ranges.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_print(
    records: *const PrintRecord,
    n: i64,
    sep: *const u8,
    sep_len: i64,
    end: *const u8,
    end_len: i64,
) {
    let _ = std::panic::catch_unwind(|| {
        // SAFETY: the compiled caller passes n records and its own constants.
        let records = unsafe { std::slice::from_raw_parts(records, n.max(0) as usize) };
        let (sep, end) = unsafe { (text(sep, sep_len), text(end, end_len)) };
        let mut line = String::new();
        let mut rest = records;
        let mut first = true;
        while !rest.is_empty() {
            if !first {
                line.push_str(sep);
            }
            first = false;
            rest = value(&mut line, rest, false);
        }
        line.push_str(end);
        (WRITER.get().copied().unwrap_or(stdout))(&line);
    });
}

unsafe fn text<'a>(ptr: *const u8, len: i64) -> &'a str {
    if ptr.is_null() || len <= 0 {
        return "";
    }
    // SAFETY: the compiled caller points at a UTF-8 constant of this length.
    std::str::from_utf8(unsafe { std::slice::from_raw_parts(ptr, len as usize) }).unwrap_or("")
}

/// Appends the first value of `records` (its `repr` inside a tuple, else its
/// `str`) and returns the records after it.
fn value<'r>(out: &mut String, records: &'r [PrintRecord], in_tuple: bool) -> &'r [PrintRecord] {
    let r = records[0];
    let rest = &records[1..];
    let width = |code| match PrintKind::float_width(code) {
        0 => 8,
        w if in_tuple => w.max(8),
        w => w,
    };
    match PrintKind::from_code(r.kind) {
        Some(PrintKind::None) | None => out.push_str("None"),
        Some(PrintKind::Bool) => out.push_str(if r.a != 0 { "True" } else { "False" }),
        Some(PrintKind::Int) => out.push_str(&(r.a as i64).to_string()),
        Some(PrintKind::UInt) => out.push_str(&r.a.to_string()),
        Some(PrintKind::Float) => out.push_str(&float_str(f64::from_bits(r.a), width(r.kind))),
        Some(PrintKind::Complex) => out.push_str(&complex_str(
            f64::from_bits(r.a),
            f64::from_bits(r.b),
            width(r.kind),
        )),
        Some(PrintKind::Text) => {
            // SAFETY: compiled code points at one of its UTF-8 constants.
            let s = unsafe { text(r.a as *const u8, r.b as i64) };
            if in_tuple {
                out.push_str(&quoted(s));
            } else {
                out.push_str(s);
            }
        }
        Some(PrintKind::Container) => {
            // SAFETY: the type text is one of the compiled code's constants.
            let t = unsafe { text(r.b as *const u8, PrintKind::text_len(r.kind) as i64) };
            out.push_str(&format!("<{t}>"));
        }
        Some(PrintKind::Optional) => {
            if r.a == 0 {
                out.push_str("None");
                return &rest[(r.b as usize).min(rest.len())..];
            }
            return value(out, rest, in_tuple);
        }
        Some(PrintKind::Tuple) => {
            out.push('(');
            let mut tail = rest;
            for i in 0..r.a {
                if tail.is_empty() {
                    break;
                }
                if i > 0 {
                    out.push_str(", ");
                }
                tail = value(out, tail, true);
            }
            if r.a == 1 {
                out.push(',');
            }
            out.push(')');
            return tail;
        }
    }
    rest
}

/// A string as Python's `repr` writes it.
fn quoted(s: &str) -> String {
    penna_runtime_cpu::strings::repr(s)
}
