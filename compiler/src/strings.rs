//! Strings (`str`, Numba's `unicode_type`): the one table of what compiled
//! code can do with them.
//!
//! A string is an immutable, reference-counted object of the CPU runtime: a
//! [`crate::abi::MemInfo`] header whose data holds the number of code
//! points (`i64`) followed by the UTF-8 bytes ([`STR_CHARS_OFFSET`],
//! [`STR_BYTES_OFFSET`]); the header's `size` is 8 plus the byte length. A
//! string value in compiled code is the pointer to its header, so the
//! reference counting of arrays and containers serves strings unchanged.
//! Literals are objects in the loaded code's data whose count never reaches
//! zero.
//!
//! Every operation is one row of [`StrFn`]: the name it is written with (a
//! method name, an operator, a builtin), its parameters, its result and
//! whether it can raise. Inference rewrites operators, builtins and methods
//! on strings into calls of these rows once the operand types are known
//! ([`reroute`]), so typing and every back end handle all of them in one
//! place each. The runtime defines `penna_rt_str_<symbol>` for each row:
//! `result f(args...)`, or for rows that raise
//! `int32 f(ExceptionRecord *exc, result *out, args...)` returning
//! [`crate::abi::STATUS_EXCEPTION`] after filling `*exc`. Strings exist on
//! the CPU only: the family check refuses them in GPU kernels.

use crate::ir::{BinaryOp, CmpOp};
use crate::types::Type;

/// Byte offset of the code point count (`i64`) in a string's data.
pub const STR_CHARS_OFFSET: u64 = 0;
/// Byte offset of the UTF-8 bytes in a string's data.
pub const STR_BYTES_OFFSET: u64 = 8;

/// A parameter of a string function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrParam {
    Str,
    /// Any integer (or bool), passed as `i64`.
    Int,
    /// Any real number, passed as `f64`.
    Float,
    /// A slice bound: an integer, or `None` passed as `i64::MIN`.
    Bound,
    /// A list of strings (its object pointer).
    StrList,
}

/// What a string function returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrResult {
    /// A new string (a reference the caller owns).
    Str,
    Int,
    Float,
    /// `i64` 0 or 1.
    Bool,
    /// A new list of strings.
    StrList,
}

macro_rules! string_functions {
    ($($variant:ident $name:literal $symbol:literal [$($param:ident),*] -> $ret:ident $raises:literal,)*) => {
        /// An operation on strings (see the module documentation).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum StrFn {
            $($variant,)*
        }

        impl StrFn {
            pub const ALL: &'static [StrFn] = &[$(StrFn::$variant,)*];

            /// How Python code writes it: a method or builtin name, or an
            /// operator.
            pub fn name(self) -> &'static str {
                match self {
                    $(StrFn::$variant => $name,)*
                }
            }

            /// The C symbol the runtime defines.
            pub fn symbol(self) -> &'static str {
                match self {
                    $(StrFn::$variant => concat!("penna_rt_str_", $symbol),)*
                }
            }

            pub fn params(self) -> &'static [StrParam] {
                match self {
                    $(StrFn::$variant => &[$(StrParam::$param),*],)*
                }
            }

            pub fn result(self) -> StrResult {
                match self {
                    $(StrFn::$variant => StrResult::$ret,)*
                }
            }

            /// Whether it can raise (and so takes the exception record).
            pub fn raises(self) -> bool {
                match self {
                    $(StrFn::$variant => $raises,)*
                }
            }
        }
    };
}

string_functions! {
    // Operators.
    Concat "+" "concat" [Str, Str] -> Str false,
    Repeat "*" "repeat" [Str, Int] -> Str false,
    RepeatLeft "*" "repeat_left" [Int, Str] -> Str false,
    Eq "==" "eq" [Str, Str] -> Bool false,
    Ne "!=" "ne" [Str, Str] -> Bool false,
    Lt "<" "lt" [Str, Str] -> Bool false,
    Le "<=" "le" [Str, Str] -> Bool false,
    Gt ">" "gt" [Str, Str] -> Bool false,
    Ge ">=" "ge" [Str, Str] -> Bool false,
    // `needle in haystack`.
    In "in" "contains" [Str, Str] -> Bool false,
    NotIn "not in" "not_contains" [Str, Str] -> Bool false,
    GetItem "[]" "getitem" [Str, Int] -> Str true,
    Slice "[:]" "slice" [Str, Bound, Bound, Bound] -> Str true,
    // Builtins.
    Len "len" "len" [Str] -> Int false,
    // `str(s)`: the same string (a new reference).
    Same "str" "same" [Str] -> Str false,
    FromInt "str" "from_int" [Int] -> Str false,
    FromUint "str" "from_uint" [Int] -> Str false,
    FromFloat "str" "from_float" [Float] -> Str false,
    FromFloat32 "str" "from_float32" [Float] -> Str false,
    FromBool "str" "from_bool" [Int] -> Str false,
    ToInt "int" "to_int" [Str] -> Int true,
    ToFloat "float" "to_float" [Str] -> Float true,
    Ord "ord" "ord" [Str] -> Int true,
    Chr "chr" "chr" [Int] -> Str true,
    Truth "bool" "truth" [Str] -> Bool false,
    // `repr(s)` (`{s!r}`); numbers' repr is their str.
    Repr "repr" "repr" [Str] -> Str false,
    // `format(value, spec)`, which f-strings are made of; the spec was
    // checked when compiling.
    FormatInt "format" "format_int" [Int, Str] -> Str true,
    FormatFloat "format" "format_float" [Float, Str] -> Str true,
    FormatStr "format" "format_str" [Str, Str] -> Str true,
    // Methods (the receiver first).
    Upper "upper" "upper" [Str] -> Str false,
    Lower "lower" "lower" [Str] -> Str false,
    Title "title" "title" [Str] -> Str false,
    Capitalize "capitalize" "capitalize" [Str] -> Str false,
    Swapcase "swapcase" "swapcase" [Str] -> Str false,
    Casefold "casefold" "casefold" [Str] -> Str false,
    Strip "strip" "strip" [Str] -> Str false,
    StripChars "strip" "strip_chars" [Str, Str] -> Str false,
    Lstrip "lstrip" "lstrip" [Str] -> Str false,
    LstripChars "lstrip" "lstrip_chars" [Str, Str] -> Str false,
    Rstrip "rstrip" "rstrip" [Str] -> Str false,
    RstripChars "rstrip" "rstrip_chars" [Str, Str] -> Str false,
    Startswith "startswith" "startswith" [Str, Str] -> Bool false,
    Endswith "endswith" "endswith" [Str, Str] -> Bool false,
    Find "find" "find" [Str, Str] -> Int false,
    FindFrom "find" "find_from" [Str, Str, Bound] -> Int false,
    FindRange "find" "find_range" [Str, Str, Bound, Bound] -> Int false,
    Rfind "rfind" "rfind" [Str, Str] -> Int false,
    Index "index" "index" [Str, Str] -> Int true,
    Rindex "rindex" "rindex" [Str, Str] -> Int true,
    Count "count" "count" [Str, Str] -> Int false,
    Replace "replace" "replace" [Str, Str, Str] -> Str false,
    ReplaceCount "replace" "replace_count" [Str, Str, Str, Int] -> Str false,
    Split "split" "split" [Str] -> StrList false,
    SplitSep "split" "split_sep" [Str, Str] -> StrList true,
    SplitSepMax "split" "split_sep_max" [Str, Str, Int] -> StrList true,
    // Without `maxsplit`, `rsplit` splits as `split` does: the same functions.
    Rsplit "rsplit" "split" [Str] -> StrList false,
    RsplitSep "rsplit" "split_sep" [Str, Str] -> StrList true,
    Splitlines "splitlines" "splitlines" [Str] -> StrList false,
    Join "join" "join" [Str, StrList] -> Str false,
    Zfill "zfill" "zfill" [Str, Int] -> Str false,
    Center "center" "center" [Str, Int] -> Str false,
    CenterFill "center" "center_fill" [Str, Int, Str] -> Str true,
    Ljust "ljust" "ljust" [Str, Int] -> Str false,
    LjustFill "ljust" "ljust_fill" [Str, Int, Str] -> Str true,
    Rjust "rjust" "rjust" [Str, Int] -> Str false,
    RjustFill "rjust" "rjust_fill" [Str, Int, Str] -> Str true,
    Isdigit "isdigit" "isdigit" [Str] -> Bool false,
    Isdecimal "isdecimal" "isdecimal" [Str] -> Bool false,
    Isnumeric "isnumeric" "isnumeric" [Str] -> Bool false,
    Isalpha "isalpha" "isalpha" [Str] -> Bool false,
    Isalnum "isalnum" "isalnum" [Str] -> Bool false,
    Isspace "isspace" "isspace" [Str] -> Bool false,
    Isupper "isupper" "isupper" [Str] -> Bool false,
    Islower "islower" "islower" [Str] -> Bool false,
    Istitle "istitle" "istitle" [Str] -> Bool false,
    Isidentifier "isidentifier" "isidentifier" [Str] -> Bool false,
    Isascii "isascii" "isascii" [Str] -> Bool false,
}

impl StrFn {
    /// Whether `name` is a method of `str` penna compiles.
    pub fn is_method(name: &str) -> bool {
        name.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                name,
                "len" | "str" | "repr" | "int" | "float" | "ord" | "chr" | "bool" | "format"
            )
            && StrFn::ALL.iter().any(|f| f.name() == name)
    }

    /// The row written `name` taking `n` arguments (the receiver counted).
    pub fn by_name(name: &str, n: usize) -> Option<StrFn> {
        StrFn::ALL
            .iter()
            .copied()
            .find(|f| f.name() == name && f.params().len() == n)
    }

    /// The comparison row of `op` on two strings.
    pub fn compare(op: CmpOp) -> Option<StrFn> {
        Some(match op {
            CmpOp::Eq => StrFn::Eq,
            CmpOp::Ne => StrFn::Ne,
            CmpOp::Lt => StrFn::Lt,
            CmpOp::Le => StrFn::Le,
            CmpOp::Gt => StrFn::Gt,
            CmpOp::Ge => StrFn::Ge,
            CmpOp::In => StrFn::In,
            CmpOp::NotIn => StrFn::NotIn,
            CmpOp::Is | CmpOp::IsNot => return None,
        })
    }

    /// The row of `lhs op rhs`, if it is a string operation.
    pub fn binary(op: BinaryOp, lhs: &Type, rhs: &Type) -> Option<StrFn> {
        let int = |t: &Type| t.scalar().is_some_and(|s| s.is_integral());
        Some(match (op, lhs, rhs) {
            (BinaryOp::Add, Type::Str, Type::Str) => StrFn::Concat,
            (BinaryOp::Mul, Type::Str, t) if int(t) => StrFn::Repeat,
            (BinaryOp::Mul, t, Type::Str) if int(t) => StrFn::RepeatLeft,
            _ => return None,
        })
    }

    /// `str(x)` / `format(x, spec)` for a value of type `t`.
    pub fn of_value(t: &Type, formatted: bool) -> Option<StrFn> {
        use crate::types::Scalar;
        let s = match t {
            Type::Str => {
                return Some(if formatted {
                    StrFn::FormatStr
                } else {
                    StrFn::Same
                })
            }
            t => t.scalar()?,
        };
        Some(match (formatted, s) {
            (true, s) if s.is_complex() => return None,
            (true, s) if s.is_float() => StrFn::FormatFloat,
            (true, _) => StrFn::FormatInt,
            (false, Scalar::Bool) => StrFn::FromBool,
            (false, Scalar::U64) => StrFn::FromUint,
            (false, Scalar::F32 | Scalar::F16) => StrFn::FromFloat32,
            (false, s) if s.is_float() => StrFn::FromFloat,
            (false, s) if s.is_int() => StrFn::FromInt,
            _ => return None,
        })
    }
}

/// Why a format spec cannot be compiled (checked when compiling, so the
/// runtime never sees a spec it rejects for a supported value type).
pub fn check_format_spec(spec: &str, value: &Type) -> Result<(), String> {
    let parsed = FormatSpec::parse(spec)?;
    let kind = match value {
        Type::Str => "str",
        t => match t.scalar() {
            Some(s) if s.is_float() => "float",
            Some(s) if s.is_complex() => {
                return Err("complex numbers cannot be formatted in compiled code".into())
            }
            Some(_) => "int",
            None => return Err(format!("{value} cannot be formatted in compiled code")),
        },
    };
    let ok = match (kind, parsed.kind) {
        (_, None) => true,
        ("str", Some(c)) => c == 's',
        ("int", Some(c)) => "bcdoxXn".contains(c) || "eEfFgG%".contains(c),
        ("float", Some(c)) => "eEfFgGn%".contains(c),
        _ => false,
    };
    if !ok {
        let c = parsed.kind.unwrap_or(' ');
        return Err(format!(
            "unknown format code '{c}' for a value of type {kind} in the format spec `{spec}`"
        ));
    }
    if kind == "str" && (parsed.sign.is_some() || parsed.zero_pad && parsed.align.is_none()) {
        return Err(format!(
            "the format spec `{spec}` asks for a sign or zero padding, which strings do not take"
        ));
    }
    Ok(())
}

/// A parsed format spec (`[[fill]align][sign][z][#][0][width][,|_][.precision][type]`),
/// Python's format mini-language; the runtime parses it the same way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl FormatSpec {
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut out = FormatSpec::default();
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            out.align = Some(chars[0]);
            i = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
            out.sign = Some(c);
            i += 1;
        }
        if chars.get(i) == Some(&'z') {
            i += 1;
        }
        if chars.get(i) == Some(&'#') {
            out.alternate = true;
            i += 1;
        }
        if chars.get(i) == Some(&'0') {
            out.zero_pad = true;
            i += 1;
        }
        let digits = |i: &mut usize| -> Option<usize> {
            let start = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            (start < *i).then(|| chars[start..*i].iter().collect::<String>().parse().ok())?
        };
        out.width = digits(&mut i).unwrap_or(0);
        if let Some(&c @ (',' | '_')) = chars.get(i) {
            out.grouping = Some(c);
            i += 1;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            out.precision = Some(
                digits(&mut i)
                    .ok_or_else(|| format!("format spec `{spec}`: a precision needs digits"))?,
            );
        }
        if let Some(&c) = chars.get(i) {
            if !c.is_ascii_alphabetic() && c != '%' {
                return Err(format!("invalid format spec `{spec}`"));
            }
            out.kind = Some(c);
            i += 1;
        }
        if i != chars.len() {
            return Err(format!("invalid format spec `{spec}`"));
        }
        if out.zero_pad && out.fill.is_none() {
            out.fill = Some('0');
            out.align = out.align.or(Some('='));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_specs_parse_as_python_reads_them() {
        let s = FormatSpec::parse("*>10,.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('>'));
        assert_eq!(s.width, 10);
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.kind, Some('f'));
        let z = FormatSpec::parse("08d").unwrap();
        assert!(z.zero_pad);
        assert_eq!((z.fill, z.align, z.width), (Some('0'), Some('='), 8));
        assert!(FormatSpec::parse(".f").is_err());
        assert!(FormatSpec::parse("10q9").is_err());
    }

    #[test]
    fn specs_are_checked_against_the_value_type() {
        assert!(check_format_spec(".3f", &Type::F64).is_ok());
        assert!(check_format_spec("x", &Type::I64).is_ok());
        assert!(check_format_spec("x", &Type::F64).is_err());
        assert!(check_format_spec("d", &Type::Str).is_err());
        assert!(check_format_spec(">10", &Type::Str).is_ok());
    }

    #[test]
    fn every_method_resolves_by_name_and_arity() {
        for f in StrFn::ALL {
            assert_eq!(
                StrFn::by_name(f.name(), f.params().len()).map(|g| g.name()),
                Some(f.name())
            );
        }
        assert!(StrFn::is_method("upper"));
        assert!(!StrFn::is_method("len"));
    }
}
