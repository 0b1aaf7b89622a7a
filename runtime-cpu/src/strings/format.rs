//! `format(value, spec)` (what f-strings are made of): Python's format
//! mini-language for integers, floats and strings. The spec grammar is
//! `penna_compiler::strings::FormatSpec`, which the compiler also checked.

use penna_compiler::abi::{ExceptionKind, ExceptionRecord, MemInfo};
use penna_compiler::strings::FormatSpec;

use super::{new_str, ok, raise, same, text};
use crate::floatrepr::float_str;

/// Parses a spec the compiler accepted, or raises ValueError.
///
/// # Safety
/// `spec` is a live string; `exc` the caller's record.
unsafe fn spec_of(exc: *mut ExceptionRecord, spec: *const MemInfo) -> Result<FormatSpec, i32> {
    // SAFETY: guaranteed by the caller.
    FormatSpec::parse(unsafe { text(spec) })
        .map_err(|why| unsafe { raise(exc, ExceptionKind::ValueError, why) })
}

/// Pads `body` (after `sign`, which '=' alignment keeps in front) to the
/// spec's width.
fn align(sign: &str, body: &str, spec: &FormatSpec, default: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let fill = spec.fill.unwrap_or(' ');
    let total = spec.width.saturating_sub(len);
    let pad = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match spec.align.unwrap_or(default) {
        '<' => format!("{sign}{body}{}", pad(total)),
        '^' => format!("{}{sign}{body}{}", pad(total / 2), pad(total - total / 2)),
        '=' => format!("{sign}{}{body}", pad(total)),
        _ => format!("{}{sign}{body}", pad(total)),
    }
}

/// Groups the digits of `int` (a run of digits) by `every` with `sep`.
fn group(int: &str, sep: char, every: usize) -> String {
    let n = int.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn sign_of(negative: bool, spec: &FormatSpec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Integers: `d b o x X c n` and none; floats' types convert first.
pub fn format_int(v: i64, spec: &FormatSpec) -> Result<String, (ExceptionKind, String)> {
    match spec.kind {
        Some(k) if "eEfFgG%".contains(k) => return format_float(v as f64, spec),
        _ => {}
    }
    if spec.precision.is_some() {
        return Err((
            ExceptionKind::ValueError,
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    let magnitude = v.unsigned_abs();
    let (digits, prefix, every) = match spec.kind {
        Some('b') => (format!("{magnitude:b}"), "0b", 4),
        Some('o') => (format!("{magnitude:o}"), "0o", 4),
        Some('x') => (format!("{magnitude:x}"), "0x", 4),
        Some('X') => (format!("{magnitude:X}"), "0X", 4),
        Some('c') => {
            let c = u32::try_from(v).ok().and_then(char::from_u32).ok_or((
                ExceptionKind::OverflowError,
                "%c arg not in range(0x110000)".to_owned(),
            ))?;
            return Ok(align("", &c.to_string(), spec, '<'));
        }
        _ => (magnitude.to_string(), "", 3),
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = format!("{}{prefix}", sign_of(v < 0, spec));
    Ok(align(&sign, &digits, spec, '>'))
}

/// `digits` with the integer part grouped (a float's text).
fn group_float(text: &str, spec: &FormatSpec) -> String {
    let Some(sep) = spec.grouping else {
        return text.to_owned();
    };
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    format!("{}{}", group(&text[..end], sep, 3), &text[end..])
}

/// `x` in scientific notation with `p` digits after the point, Python's
/// exponent (a sign and at least two digits).
fn scientific(x: f64, p: usize, upper: bool) -> String {
    let t = format!("{x:.p$e}");
    let (mantissa, exp) = t.split_once('e').expect("an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{e}{sign}{:02}", exp.abs())
}

/// The decimal exponent of `x` once rounded to `p` significant digits.
fn exponent(x: f64, p: usize) -> i32 {
    if x == 0.0 {
        return 0;
    }
    let t = format!("{:.*e}", p.saturating_sub(1), x);
    t.split_once('e')
        .expect("an exponent")
        .1
        .parse()
        .expect("int")
}

fn strip_zeros(t: &str) -> String {
    if !t.contains('.') {
        return t.to_owned();
    }
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    };
    let m = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{exp}")
}

/// `x` (not negative, finite) in the general format of `p` digits.
/// `repr_like` is the form without a type (`format(x, ".3")`): at least
/// one digit after the point, and scientific from `exp >= p - 1`.
fn general(x: f64, p: usize, upper: bool, alternate: bool, repr_like: bool) -> String {
    let p = p.max(1);
    let exp = exponent(x, p);
    let sci_from = if repr_like { p as i32 - 1 } else { p as i32 };
    let t = if exp < -4 || exp >= sci_from {
        scientific(x, p - 1, upper)
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        format!("{x:.decimals$}")
    };
    let mut t = if alternate { t } else { strip_zeros(&t) };
    if repr_like && !t.contains(['.', 'e', 'E']) {
        t.push_str(".0");
    }
    t
}

/// Floats: `e E f F g G n %` and none.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, (ExceptionKind, String)> {
    if spec.kind.is_some_and(|k| "bcdoxX".contains(k)) {
        return Err((
            ExceptionKind::ValueError,
            format!(
                "Unknown format code '{}' for object of type 'float'",
                spec.kind.unwrap_or(' ')
            ),
        ));
    }
    let upper = spec.kind.is_some_and(|k| k.is_ascii_uppercase());
    let negative = v.is_sign_negative() && !v.is_nan();
    let x = v.abs();
    let body = if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_owned()
        };
        if spec.kind == Some('%') {
            format!("{t}%")
        } else {
            t
        }
    } else {
        let p = spec.precision;
        match spec.kind {
            Some('f' | 'F') => format!("{x:.*}", p.unwrap_or(6)),
            Some('e' | 'E') => scientific(x, p.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general(x, p.unwrap_or(6), upper, spec.alternate, false),
            Some('%') => format!("{:.*}%", p.unwrap_or(6), x * 100.0),
            _ => match p {
                Some(p) => general(x, p, false, spec.alternate, true),
                None => float_str(x, 8),
            },
        }
    };
    let body = if spec.alternate && !body.contains('.') && x.is_finite() {
        match body.find(['e', 'E', '%']) {
            Some(i) => format!("{}.{}", &body[..i], &body[i..]),
            None => format!("{body}."),
        }
    } else {
        body
    };
    let body = group_float(&body, spec);
    Ok(align(sign_of(negative, spec), &body, spec, '>'))
}

/// Strings: `s` and none; a precision truncates.
pub fn format_text(s: &str, spec: &FormatSpec) -> String {
    let s: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    align("", &s, spec, '<')
}

/// # Safety
/// The caller's record and slot.
unsafe fn finish(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    r: Result<String, (ExceptionKind, String)>,
) -> i32 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match r {
            Ok(t) => ok(out, new_str(&t)),
            Err((kind, why)) => raise(exc, kind, why),
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_format_int(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    v: i64,
    spec: *const MemInfo,
) -> i32 {
    // SAFETY: a live spec; the caller's record and slot.
    unsafe {
        match spec_of(exc, spec) {
            Ok(s) => finish(exc, out, format_int(v, &s)),
            Err(status) => status,
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_format_float(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    v: f64,
    spec: *const MemInfo,
) -> i32 {
    // SAFETY: a live spec; the caller's record and slot.
    unsafe {
        match spec_of(exc, spec) {
            Ok(s) => finish(exc, out, format_float(v, &s)),
            Err(status) => status,
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_format_str(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    v: *mut MemInfo,
    spec: *const MemInfo,
) -> i32 {
    // SAFETY: live strings; the caller's record and slot.
    unsafe {
        match spec_of(exc, spec) {
            Ok(s) if s.width == 0 && s.precision.is_none() => ok(out, same(v)),
            Ok(s) => ok(out, new_str(&format_text(text(v), &s))),
            Err(status) => status,
        }
    }
}

pub(super) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![
        penna_rt_str_format_int,
        penna_rt_str_format_float,
        penna_rt_str_format_str,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, spec: &str) -> String {
        format_float(v, &FormatSpec::parse(spec).unwrap()).unwrap()
    }

    fn i(v: i64, spec: &str) -> String {
        format_int(v, &FormatSpec::parse(spec).unwrap()).unwrap()
    }

    #[test]
    fn floats_format_as_python() {
        // Expected values from CPython 3.11.
        assert_eq!(f(1.23456, ".3f"), "1.235");
        assert_eq!(f(-1.23456, "+.2f"), "-1.23");
        assert_eq!(f(1234.5, ".3e"), "1.234e+03");
        assert_eq!(f(1234.5, "10.1f"), "    1234.5");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.000012345, "g"), "1.2345e-05");
        assert_eq!(f(123456789.0, "g"), "1.23457e+08");
        assert_eq!(f(100.0, "g"), "100");
        assert_eq!(f(0.25, ".1%"), "25.0%");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(123.0, ".3"), "1.23e+02");
        assert_eq!(f(12.0, ".3"), "12.0");
        assert_eq!(f(0.1, ""), "0.1");
        assert_eq!(f(2.5, "08.2f"), "00002.50");
        assert_eq!(f(-2.5, "08.2f"), "-0002.50");
        assert_eq!(f(f64::INFINITY, "F"), "INF");
        assert_eq!(f(f64::NAN, ".2f"), "nan");
    }

    #[test]
    fn ints_format_as_python() {
        assert_eq!(i(42, "d"), "42");
        assert_eq!(i(42, ">6"), "    42");
        assert_eq!(i(42, "<6"), "42    ");
        assert_eq!(i(42, "^7"), "  42   ");
        assert_eq!(i(-42, "05d"), "-0042");
        assert_eq!(i(255, "x"), "ff");
        assert_eq!(i(255, "#X"), "0XFF");
        assert_eq!(i(5, "#b"), "0b101");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(3, ".2f"), "3.00");
        assert_eq!(i(7, "+d"), "+7");
    }
}
