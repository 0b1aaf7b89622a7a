//! Typing rules: given operand types, what an operation works in and returns.
//!
//! Every rule returns an [`OpType`]: the types its operands are converted to (the
//! coerce pass inserts those casts) and its result type. Rules never see
//! `Type::Unknown`; inference skips operations whose operands are not known yet.
//! Errors are plain messages; the caller attaches spans and operand types.

pub mod builtins;
pub mod containers;
pub mod gpu;
pub mod numpy;
pub mod strings;

use crate::ir::{BinaryOp, CmpOp, UnaryOp};
use crate::types::{arithmetic, promote, widen_int, Family, Scalar, Type};

/// The types an operation converts its operands to, and its result type.
#[derive(Clone, Debug, PartialEq)]
pub struct OpType {
    pub operands: Vec<Type>,
    pub result: Type,
}

impl OpType {
    pub fn new(operands: Vec<Type>, result: Type) -> Self {
        OpType { operands, result }
    }
    fn uniform(n: usize, operand: Scalar, result: Scalar) -> Self {
        OpType::new(vec![Type::Scalar(operand); n], Type::Scalar(result))
    }
}

pub type Rule = Result<OpType, String>;

fn number(t: &Type, what: &str) -> Result<Scalar, String> {
    t.scalar()
        .ok_or_else(|| format!("{what} is not defined for {t}"))
}

/// `lhs op rhs`. `rhs_const` is the right operand's value if it is an integer
/// literal (a negative constant exponent makes `int ** int` a float, as in Python).
pub fn binary(op: BinaryOp, lhs: &Type, rhs: &Type, rhs_const: Option<i64>) -> Rule {
    if lhs.is_container() || rhs.is_container() {
        return containers::binary(op, lhs, rhs);
    }
    if numpy::is_array(lhs) || numpy::is_array(rhs) {
        return numpy::binary(op, lhs, rhs);
    }
    let what = format!("`{}`", binary_symbol(op));
    let (l, r) = match (lhs.scalar(), rhs.scalar()) {
        (Some(l), Some(r)) => (l, r),
        _ => return Err(format!("{what} is not defined for {lhs} and {rhs}")),
    };
    let t = arithmetic(l, r);
    let both_integral = l.is_integral() && r.is_integral();
    match op {
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul => Ok(OpType::uniform(2, t, t)),
        BinaryOp::Div => {
            let t = if t.is_int() { Scalar::F64 } else { t };
            Ok(OpType::uniform(2, t, t))
        }
        BinaryOp::FloorDiv | BinaryOp::Mod => {
            if t.is_complex() {
                return Err(format!("{what} is not defined for complex numbers"));
            }
            Ok(OpType::uniform(2, t, t))
        }
        BinaryOp::Pow => {
            if both_integral && t.is_int() {
                if rhs_const.is_some_and(|k| k < 0) {
                    return Ok(OpType::uniform(2, Scalar::F64, Scalar::F64));
                }
                return Ok(OpType::new(
                    vec![Type::Scalar(t), Type::I64],
                    Type::Scalar(t),
                ));
            }
            // A float to an integer power: repeated multiplication, as in
            // Numba (the back ends keep the exponent an integer). A uint64
            // exponent may not fit an int64: `pow` takes it as a float.
            if matches!(t, Scalar::F32 | Scalar::F64)
                && l.is_float()
                && r.is_integral()
                && r != Scalar::U64
            {
                return Ok(OpType::new(
                    vec![Type::Scalar(t), Type::I64],
                    Type::Scalar(t),
                ));
            }
            Ok(OpType::uniform(2, t, t))
        }
        BinaryOp::LShift
        | BinaryOp::RShift
        | BinaryOp::BitAnd
        | BinaryOp::BitOr
        | BinaryOp::BitXor => {
            if !both_integral {
                return Err(format!("{what} needs integers, got {lhs} and {rhs}"));
            }
            let is_bitwise = !matches!(op, BinaryOp::LShift | BinaryOp::RShift);
            if is_bitwise && l == Scalar::Bool && r == Scalar::Bool {
                return Ok(OpType::uniform(2, Scalar::Bool, Scalar::Bool));
            }
            if !t.is_int() {
                return Err(format!(
                    "{what} is not defined for {lhs} and {rhs}: no integer type holds both (NumPy promotes them to {})"
                , t.name()));
            }
            Ok(OpType::uniform(2, t, t))
        }
    }
}

pub fn binary_symbol(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::FloorDiv => "//",
        BinaryOp::Mod => "%",
        BinaryOp::Pow => "**",
        BinaryOp::LShift => "<<",
        BinaryOp::RShift => ">>",
        BinaryOp::BitAnd => "&",
        BinaryOp::BitOr => "|",
        BinaryOp::BitXor => "^",
    }
}

pub fn unary(op: UnaryOp, t: &Type) -> Rule {
    if numpy::is_array(t) {
        return numpy::unary(op, t);
    }
    if op == UnaryOp::Not {
        truth(t)?;
        return Ok(OpType::new(vec![Type::BOOL], Type::BOOL));
    }
    let s = number(t, &format!("unary `{}`", unary_symbol(op)))?;
    match op {
        UnaryOp::Invert if !s.is_integral() => Err(format!("`~` needs an integer, got {t}")),
        // NumPy's and Numba's `~` of a boolean is logical not (CPython's
        // `~True == -2` is deprecated).
        UnaryOp::Invert if s == Scalar::Bool => Ok(OpType::uniform(1, s, s)),
        _ => {
            let r = widen_int(s);
            Ok(OpType::uniform(1, r, r))
        }
    }
}

pub fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    }
}

pub fn compare(op: CmpOp, lhs: &Type, rhs: &Type) -> Rule {
    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
        if *lhs != Type::None && *rhs != Type::None {
            return Err(format!(
                "`is` is only supported against None, got {lhs} and {rhs}"
            ));
        }
        return Ok(OpType::new(vec![lhs.clone(), rhs.clone()], Type::BOOL));
    }
    if matches!(op, CmpOp::In | CmpOp::NotIn) || lhs.is_container() || rhs.is_container() {
        return containers::compare(op, lhs, rhs);
    }
    if numpy::is_array(lhs) || numpy::is_array(rhs) {
        return numpy::compare(op, lhs, rhs);
    }
    if *lhs == Type::None || *rhs == Type::None {
        return Err("use `is None` / `is not None` to compare with None".into());
    }
    if let (Type::Tuple(l), Type::Tuple(r)) = (lhs, rhs) {
        // `a.shape == b.shape`: item by item (tuples of different lengths differ).
        let numbers = l.iter().chain(r).all(|t| t.scalar().is_some());
        if !numbers || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Err(format!(
                "tuples can be compared with `==` and `!=` when they hold numbers, got {lhs} and {rhs}"
            ));
        }
        return Ok(OpType::new(vec![lhs.clone(), rhs.clone()], Type::BOOL));
    }
    let (l, r) = match (lhs.scalar(), rhs.scalar()) {
        (Some(l), Some(r)) => (l, r),
        _ => return Err(format!("cannot compare {lhs} and {rhs}")),
    };
    let t = promote(l, r);
    if t.is_complex() && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Err("complex numbers have no ordering".into());
    }
    Ok(OpType::new(vec![Type::Scalar(t); 2], Type::BOOL))
}

/// Whether a value of type `t` can be tested for truth (`if x:`).
pub fn truth(t: &Type) -> Result<(), String> {
    match t {
        Type::Array(_) => Err(format!(
            "the truth value of an array ({t}) is ambiguous; use a.size > 0 or an explicit comparison"
        )),
        _ => Ok(()),
    }
}

/// Whether a value of type `from` may be converted implicitly to `to` (argument
/// passing, assignment to an array element).
pub fn can_convert(from: &Type, to: &Type) -> bool {
    match (from, to) {
        (Type::Scalar(f), Type::Scalar(t)) => f.family() != Family::Complex || t.is_complex(),
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| can_convert(x, y))
        }
        (Type::Array(a), Type::Array(b)) => {
            a.dtype == b.dtype
                && a.ndim == b.ndim
                && (a.layout == b.layout || b.layout == crate::types::Layout::Any)
                && (b.readonly || !a.readonly)
        }
        (Type::None, Type::Optional(_)) => true,
        (Type::Optional(a), Type::Optional(b)) => can_convert(a, b),
        (a, Type::Optional(b)) => can_convert(a, b),
        // Checked where it happens: `None` raises TypeError.
        (Type::Optional(a), b) => can_convert(a, b),
        (a, b) => a == b,
    }
}
