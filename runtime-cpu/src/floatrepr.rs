//! Floats as Python and NumPy print them: float64 as Python's `repr`,
//! float32 and float16 as NumPy's `str` (`str(np.float32(0.1))` is `0.1`, not
//! the `0.10000000149011612` of the widened float64).
//!
//! The rule: the shortest digits that read back as the same value of that
//! type; positional notation when the value is 0 or `1e-4 <= |x| < 10**cutoff`
//! (cutoff 16 for float64, 7 for float32, 3 for float16), with `.0` on
//! integral values;
//! otherwise scientific with a signed exponent of at least two digits
//! (`1e+07`, `1.2345679e+08`). Complex values print their parts the same
//! way, without the `.0`, as `(re+imj)`, or `imj` when the real part is +0.

/// `value` (of `width` bytes: 8, or a float32 or float16 widened to
/// float64) as Python's `repr` / NumPy's `str`.
pub fn float_str(value: f64, width: u32) -> String {
    if let Some(special) = special(value) {
        return special;
    }
    let (negative, digits, exp) = shortest(value, width);
    let cutoff = match width {
        2 => 3,
        4 => 7,
        _ => 16,
    };
    let magnitude = value.abs();
    let text = if value == 0.0 || (1e-4..10f64.powi(cutoff)).contains(&magnitude) {
        positional(&digits, exp)
    } else {
        scientific(&digits, exp)
    };
    if negative {
        format!("-{text}")
    } else {
        text
    }
}

/// A complex value with parts of `width` bytes, as Python's / NumPy's `str`.
pub fn complex_str(re: f64, im: f64, width: u32) -> String {
    let part = |v: f64| {
        let text = float_str(v, width);
        text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
    };
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", part(re))
}

fn special(value: f64) -> Option<String> {
    if value.is_nan() {
        Some("nan".into())
    } else if value.is_infinite() {
        Some(if value > 0.0 { "inf" } else { "-inf" }.into())
    } else {
        None
    }
}

/// (sign, significant digits, decimal exponent of the first digit) of the
/// shortest decimal that reads back as `value` in the type of `width` bytes.
fn shortest(value: f64, width: u32) -> (bool, String, i32) {
    let text = if width == 2 {
        // float16 has at most 5 significant digits: try each precision.
        let bits = half::f16::from_f64(value).to_bits();
        (0..5)
            .map(|p| format!("{value:.p$e}"))
            .find(|t| {
                t.parse::<f64>()
                    .is_ok_and(|back| half::f16::from_f64(back).to_bits() == bits)
            })
            .unwrap_or_else(|| format!("{value:.4e}"))
    } else if width == 4 {
        // Rust prints floats with the shortest round-trip digits.
        format!("{:e}", value as f32)
    } else {
        format!("{value:e}")
    };
    let (mantissa, exp) = text.split_once('e').expect("scientific notation");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    (
        negative,
        digits.to_owned(),
        exp.parse().expect("an exponent"),
    )
}

fn positional(digits: &str, exp: i32) -> String {
    if exp < 0 {
        return format!("0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let point = exp as usize + 1;
    if digits.len() <= point {
        format!("{digits}{}.0", "0".repeat(point - digits.len()))
    } else {
        format!("{}.{}", &digits[..point], &digits[point..])
    }
}

fn scientific(digits: &str, exp: i32) -> String {
    let mantissa = match digits.len() {
        1 => digits.to_owned(),
        _ => format!("{}.{}", &digits[..1], &digits[1..]),
    };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float32_and_float16_print_as_numpy() {
        // Expected texts are NumPy 2.4's `str(np.float32(v))` / `str(np.float16(v))`.
        let f32_cases = [
            (0.1, "0.1"),
            (123456789.0, "1.2345679e+08"),
            (1e7, "1e+07"),
            (1e-4, "1e-04"),
            (1e-5, "1e-05"),
            (3.0, "3.0"),
            (-0.0, "-0.0"),
            (16777216.0, "1.6777216e+07"),
            (65504.0, "65504.0"),
            (1.0 / 3.0, "0.33333334"),
        ];
        for (v, want) in f32_cases {
            assert_eq!(float_str(v as f32 as f64, 4), want, "{v}");
        }
        let f16_cases = [
            (0.1, "0.1"),
            (65504.0, "6.55e+04"),
            (1e-4, "0.0001"),
            (1.0 / 3.0, "0.3333"),
            (3.0, "3.0"),
        ];
        for (v, want) in f16_cases {
            let h = half::f16::from_f64(v).to_f64();
            assert_eq!(float_str(h, 2), want, "{v}");
        }
        assert_eq!(float_str(f64::NAN, 4), "nan");
        assert_eq!(float_str(f64::NEG_INFINITY, 2), "-inf");
    }

    #[test]
    fn float64_prints_as_python_repr() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (2.5, "2.5"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (5e-324, "5e-324"),
        ];
        for (v, want) in cases {
            assert_eq!(float_str(v, 8), want, "{v}");
        }
        assert_eq!(complex_str(1.0, 2.0, 8), "(1+2j)");
        assert_eq!(complex_str(0.0, 0.5, 8), "0.5j");
    }

    #[test]
    fn complex64_prints_as_numpy() {
        let c = |re: f64, im: f64| complex_str(re as f32 as f64, im as f32 as f64, 4);
        assert_eq!(c(0.1, 0.2), "(0.1+0.2j)");
        assert_eq!(c(1.0, 2.0), "(1+2j)");
        assert_eq!(c(0.0, 1.0), "1j");
        assert_eq!(c(-0.0, -1.0), "(-0-1j)");
        assert_eq!(c(1e8, 1.0), "(1e+08+1j)");
        assert_eq!(c(0.5, -0.25), "(0.5-0.25j)");
        assert_eq!(c(1.0 / 3.0, 0.0), "(0.33333334+0j)");
        assert_eq!(c(0.0, 0.0), "0j");
    }
}
