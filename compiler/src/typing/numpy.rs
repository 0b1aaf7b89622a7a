//! Typing rules of NumPy on arrays: elementwise operations (with
//! broadcasting), indexing, and the dispatch of `np.<f>()` to the file of
//! `f`'s group (`NpFn::group`: `creation.rs`, `shape.rs`, `reductions.rs`,
//! `elementwise.rs`, `sorting.rs`, `counting.rs`, `linalg.rs`,
//! `indexing.rs`, `limits.rs`), whose rules use the helpers here.
//!
//! Element types follow NumPy's ufunc rules on the operands' dtypes, with Python
//! scalars typed as Numba types them (`int` is int64, `float` is float64): an
//! `int32` array plus an `int32` array is `int32` (no widening as for scalars),
//! a `float32` array times `2.5` is `float64` as in Numba. Every array a
//! function creates is C-contiguous.
//!
//! An elementwise rule keeps array operands as they are (`OpType::operands`)
//! and converts scalars; the conversion of each *element* is the scalar rule
//! [`element_binary`] / [`element_unary`] / ... applied to the dtypes, which the
//! back ends call again when they lower the fused loop.

pub mod counting;
pub mod creation;
pub mod elementwise;
pub mod indexing;
pub mod limits;
pub mod linalg;
pub mod reductions;
pub mod shape;
pub mod sorting;

use super::{OpType, Rule};
use crate::builtins::{MathShape, NpFn, NpGroup};
use crate::ir::{BinaryOp, CmpOp, UnaryOp};
use crate::types::{promote, widen_int, ArrayType, Layout, Scalar, Type};

/// The element type and rank of an elementwise operand.
fn element(t: &Type) -> Option<(Scalar, u8)> {
    match t {
        Type::Scalar(s) => Some((*s, 0)),
        Type::Array(a) => Some((a.dtype, a.ndim)),
        _ => None,
    }
}

pub fn is_array(t: &Type) -> bool {
    matches!(t, Type::Array(_))
}

/// A new C-contiguous, writeable array.
pub fn new_array(dtype: Scalar, ndim: u8) -> Type {
    Type::Array(ArrayType {
        dtype,
        ndim,
        layout: Layout::C,
        readonly: false,
    })
}

/// The result of an elementwise operation on `args` whose element rule gives
/// `elem`: arrays stay, scalars convert to the element operand types.
fn elementwise(args: &[Type], elem: OpType) -> Rule {
    let mut ndim = 0;
    for t in args {
        let (_, n) = element(t).ok_or_else(|| format!("{t} is not a number or an array"))?;
        ndim = ndim.max(n);
    }
    let operands = args
        .iter()
        .zip(&elem.operands)
        .map(|(t, e)| if is_array(t) { t.clone() } else { e.clone() })
        .collect();
    let dtype = elem
        .result
        .scalar()
        .ok_or("elementwise result is not a number")?;
    Ok(OpType::new(operands, new_array(dtype, ndim)))
}

fn elements(args: &[Type]) -> Result<Vec<Scalar>, String> {
    args.iter()
        .map(|t| {
            element(t)
                .map(|e| e.0)
                .ok_or_else(|| format!("{t} is not a number or an array"))
        })
        .collect()
}

/// The scalar rule of `l op r` on array elements: NumPy's ufunc loop
/// resolution. For these ufuncs it picks the first loop both dtypes cast to
/// safely, which is their promoted type (`promote`), except where a ufunc
/// lacks that loop: no boolean loop for `- // % ** << >>` (booleans compute
/// in int8; `bool - bool` is refused as NumPy refuses it), no integer loops
/// for `/` (float64), no float loops for bitwise operators, no complex loops
/// for `//` and `%`. `tests/python/test_promotion.py` checks every dtype pair
/// against NumPy.
pub fn element_binary(op: BinaryOp, l: Scalar, r: Scalar) -> Rule {
    let t = promote(l, r);
    let symbol = super::binary_symbol(op);
    let refused = || -> Rule {
        Err(format!(
            "NumPy does not define `{symbol}` for arrays of {} and {}",
            l.name(),
            r.name()
        ))
    };
    let t = match op {
        BinaryOp::Add | BinaryOp::Mul => t,
        BinaryOp::Sub if t == Scalar::Bool => {
            return Err("NumPy does not subtract booleans (`-` of two boolean arrays); use `^` or np.logical_xor".into())
        }
        BinaryOp::Sub => t,
        BinaryOp::Div if t.is_integral() => Scalar::F64,
        BinaryOp::Div => t,
        BinaryOp::FloorDiv | BinaryOp::Mod if t.is_complex() => return refused(),
        BinaryOp::FloorDiv | BinaryOp::Mod | BinaryOp::Pow if t == Scalar::Bool => Scalar::I8,
        BinaryOp::FloorDiv | BinaryOp::Mod | BinaryOp::Pow => t,
        BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor if t.is_integral() => t,
        BinaryOp::LShift | BinaryOp::RShift if t == Scalar::Bool => Scalar::I8,
        BinaryOp::LShift | BinaryOp::RShift if t.is_int() => t,
        BinaryOp::BitAnd
        | BinaryOp::BitOr
        | BinaryOp::BitXor
        | BinaryOp::LShift
        | BinaryOp::RShift => return refused(),
    };
    Ok(OpType::uniform(2, t, t))
}

/// Whether `a op= b` may store its `result` dtype into `a`'s `target` dtype:
/// NumPy's same_kind casting (kinds bool < unsigned < signed < float <
/// complex may only go up, any size within a kind). A scalar `b` (a Python
/// number: NumPy's weak scalars) only needs the result's kind, integers of
/// either sign being one kind, so `uint8_array += 3` stays allowed.
pub fn in_place_cast(result: Scalar, scalar_operand: Option<Scalar>, target: Scalar) -> bool {
    let kind = |s: Scalar| match s {
        Scalar::Bool => 0,
        s if s.is_int() && !s.is_signed() => 1,
        s if s.is_int() => 2,
        s if s.is_complex() => 4,
        _ => 3,
    };
    match scalar_operand {
        Some(_) => {
            let weak = |s: Scalar| match kind(s) {
                1 => 2,
                k => k,
            };
            weak(result) <= weak(target)
        }
        None => kind(result) <= kind(target),
    }
}

pub fn element_unary(op: UnaryOp, s: Scalar) -> Rule {
    match op {
        UnaryOp::Not => Err("`not` of an array is ambiguous; use `~mask` or np.logical_not".into()),
        UnaryOp::Invert if s.is_integral() => Ok(OpType::uniform(1, s, s)),
        UnaryOp::Invert => Err(format!(
            "`~` needs integers or booleans, got an array of {}",
            s.name()
        )),
        UnaryOp::Neg | UnaryOp::Pos if s == Scalar::Bool => Err(format!(
            "NumPy does not define unary `{}` for boolean arrays; use `~` for logical not",
            super::unary_symbol(op)
        )),
        UnaryOp::Neg | UnaryOp::Pos => Ok(OpType::uniform(1, s, s)),
    }
}

pub fn element_compare(op: CmpOp, l: Scalar, r: Scalar) -> Rule {
    super::compare(op, &Type::Scalar(l), &Type::Scalar(r))
}

pub fn binary(op: BinaryOp, lhs: &Type, rhs: &Type) -> Rule {
    let e = elements(&[lhs.clone(), rhs.clone()])?;
    elementwise(&[lhs.clone(), rhs.clone()], element_binary(op, e[0], e[1])?)
}

pub fn unary(op: UnaryOp, t: &Type) -> Rule {
    let e = elements(std::slice::from_ref(t))?;
    elementwise(std::slice::from_ref(t), element_unary(op, e[0])?)
}

pub fn compare(op: CmpOp, lhs: &Type, rhs: &Type) -> Rule {
    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
        return Err("`is` is not defined for arrays".into());
    }
    let e = elements(&[lhs.clone(), rhs.clone()])?;
    elementwise(
        &[lhs.clone(), rhs.clone()],
        element_compare(op, e[0], e[1])?,
    )
}

/// `math`-style ufuncs (`np.sqrt(a)`, `np.arctan2(a, b)`) on arrays.
pub fn math(shape: MathShape, args: &[Type]) -> Rule {
    let e = elements(args)?;
    elementwise(args, element_math(shape, &e)?)
}

pub fn element_math(shape: MathShape, e: &[Scalar]) -> Rule {
    if e.iter().any(|s| s.is_complex()) {
        return Err("math ufuncs of complex arrays are not supported yet".into());
    }
    // NumPy's first float loop the operands cast to safely: booleans and
    // 8-bit integers compute in float16, 16-bit integers in float32.
    let t = match e.iter().copied().reduce(promote).expect("one or two") {
        Scalar::Bool | Scalar::I8 | Scalar::U8 | Scalar::F16 => Scalar::F16,
        Scalar::I16 | Scalar::U16 | Scalar::F32 => Scalar::F32,
        _ => Scalar::F64,
    };
    let operands = vec![Type::Scalar(t); e.len()];
    Ok(match shape {
        MathShape::Predicate => OpType::new(operands, Type::BOOL),
        _ => OpType::new(operands, Type::Scalar(t)),
    })
}

/// `np.abs(a)`: the dtype stays (complex gives its real part type).
pub fn element_abs(s: Scalar) -> Rule {
    let result = if s.is_complex() {
        s.real_part()
    } else if s == Scalar::Bool {
        Scalar::Bool
    } else {
        s
    };
    Ok(OpType::new(vec![Type::Scalar(s)], Type::Scalar(result)))
}

pub fn abs(t: &Type) -> Rule {
    let e = elements(std::slice::from_ref(t))?;
    elementwise(std::slice::from_ref(t), element_abs(e[0])?)
}

/// The element rule of an elementwise NumPy function.
pub fn element_np(f: NpFn, e: &[Scalar]) -> Rule {
    let real = |what: &str| -> Result<Scalar, String> {
        let t = e.iter().copied().reduce(promote).expect("operands");
        if t.is_complex() {
            return Err(format!("np.{what}() of complex numbers is not supported"));
        }
        Ok(t)
    };
    match f {
        NpFn::Minimum | NpFn::Maximum | NpFn::Clip => {
            let t = real(f.name())?;
            Ok(OpType::new(vec![Type::Scalar(t); e.len()], Type::Scalar(t)))
        }
        NpFn::Sign => {
            let t = real("sign")?;
            Ok(OpType::new(vec![Type::Scalar(t)], Type::Scalar(t)))
        }
        NpFn::Where => {
            let t = promote(e[1], e[2]);
            Ok(OpType::new(
                vec![Type::BOOL, Type::Scalar(t), Type::Scalar(t)],
                Type::Scalar(t),
            ))
        }
        _ => Err(format!("np.{} is not elementwise", f.name())),
    }
}

/// The shape argument of a creation function: its rank.
fn shape_rank(t: &Type, what: &str) -> Result<(u8, Type), String> {
    match t {
        Type::Scalar(s) if s.is_integral() => Ok((1, Type::I64)),
        Type::Tuple(items)
            if items
                .iter()
                .all(|t| t.scalar().is_some_and(|s| s.is_integral())) =>
        {
            Ok((items.len() as u8, Type::Tuple(vec![Type::I64; items.len()])))
        }
        t => Err(format!(
            "{what}: the shape must be an integer or a tuple of integers, got {t}"
        )),
    }
}

fn dtype_or(t: &Type, default: Scalar, what: &str) -> Result<Scalar, String> {
    match t {
        Type::None => Ok(default),
        Type::DType(s) => Ok(*s),
        t => Err(format!(
            "{what}: dtype must be a NumPy type such as np.float32, got {t}"
        )),
    }
}

fn array_arg(t: &Type, f: NpFn) -> Result<&ArrayType, String> {
    match t {
        Type::Array(a) => Ok(a),
        t => Err(format!("np.{}() needs an array, got {t}", f.name())),
    }
}

/// An array whose elements have an order (not complex).
fn sortable(t: &Type, f: NpFn) -> Result<&ArrayType, String> {
    let a = array_arg(t, f)?;
    if a.dtype.is_complex() {
        return Err(format!(
            "np.{}() of complex arrays is not supported in compiled code",
            f.name()
        ));
    }
    Ok(a)
}

fn int_arg(t: &Type, what: &str) -> Result<Type, String> {
    match t {
        Type::Scalar(s) if s.is_integral() => Ok(Type::I64),
        t => Err(format!("{what} must be an integer, got {t}")),
    }
}

/// The accumulator type of `sum`/`prod`/`cumsum` (NumPy: small ints add in int64).
pub fn sum_type(s: Scalar) -> Scalar {
    match s {
        Scalar::Bool => Scalar::I64,
        s if s.is_signed() => Scalar::I64,
        s if s.is_unsigned() => Scalar::U64,
        s => s,
    }
}

/// The type `mean`/`var` compute in.
pub fn mean_type(s: Scalar) -> Scalar {
    if s.is_float() || s.is_complex() {
        s
    } else {
        Scalar::F64
    }
}

/// The type of `np.f(args...)`; omitted optional arguments are `None`.
/// Each group of functions has its rules in its own file.
pub fn call(f: NpFn, args: &[Type]) -> Rule {
    match f.group() {
        NpGroup::Creation => creation::call(f, args),
        NpGroup::Shape => shape::call(f, args),
        NpGroup::Reduction => reductions::call(f, args),
        NpGroup::Elementwise => elementwise::call(f, args),
        NpGroup::Sorting => sorting::call(f, args),
        NpGroup::Counting => counting::call(f, args),
        NpGroup::Linalg => linalg::call(f, args),
        NpGroup::Indexing => indexing::call(f, args),
        NpGroup::Limits => limits::call(f, args),
    }
}

/// The type of `a.T`.
pub fn transposed(a: &ArrayType) -> ArrayType {
    let layout = match a.layout {
        Layout::C if a.ndim > 1 => Layout::F,
        Layout::F if a.ndim > 1 => Layout::C,
        l => l,
    };
    ArrayType { layout, ..*a }
}

/// `a[index]` with one array index: a boolean mask of `a`'s rank selects a
/// new 1D array; an integer array gathers items along the first axis (a new
/// array of the index's shape followed by the array's other axes: rows of a
/// matrix).
pub fn fancy_subscript(a: &ArrayType, index: &ArrayType) -> Result<ArrayType, String> {
    let ndim = if index.dtype == Scalar::Bool {
        if index.ndim != a.ndim {
            return Err(format!(
                "a boolean mask must have the array's {} dimension(s), got {}",
                a.ndim, index.ndim
            ));
        }
        1
    } else if index.dtype.is_int() {
        index.ndim + a.ndim - 1
    } else {
        return Err(format!(
            "arrays used as indices must hold integers or booleans, got {}",
            index.dtype.name()
        ));
    };
    Ok(ArrayType {
        dtype: a.dtype,
        ndim,
        layout: Layout::C,
        readonly: false,
    })
}

/// What a subscript with slices selects: `None` for an element.
pub struct Subscript {
    pub view: Option<ArrayType>,
}

/// Types `a[indices]` where indices are integers and slices (`steps[k]` is the
/// constant step of the k-th index if it is a slice with a constant or omitted
/// step, `full[k]` whether it is a bare `:`).
pub fn subscript(
    a: &ArrayType,
    indices: &[Type],
    steps: &[Option<i64>],
    full: &[bool],
) -> Result<Subscript, String> {
    if indices.len() > a.ndim as usize {
        return Err(format!(
            "too many indices for a {}-dimensional array: got {}",
            a.ndim,
            indices.len()
        ));
    }
    let mut slices = 0u8;
    for t in indices {
        match t {
            Type::Slice => slices += 1,
            Type::Scalar(s) if s.is_int() => {}
            t => {
                return Err(format!(
                "array indices must be integers or slices, got {t} (boolean and integer-array indexing are not supported yet)"
            ))
            }
        }
    }
    let rest = a.ndim - indices.len() as u8;
    if slices == 0 && rest == 0 {
        return Ok(Subscript { view: None });
    }
    // C order survives leading integers, then one slice with unit step, then
    // full slices (or nothing).
    let first_slice = indices.iter().position(|t| *t == Type::Slice);
    let c_kept = a.layout == Layout::C
        && match first_slice {
            None => true,
            Some(k) => {
                indices[..k].iter().all(|t| *t != Type::Slice)
                    && steps[k] == Some(1)
                    && (k + 1..indices.len()).all(|j| full[j])
            }
        };
    let layout = if c_kept { Layout::C } else { Layout::Any };
    Ok(Subscript {
        view: Some(ArrayType {
            ndim: slices + rest,
            layout,
            ..*a
        }),
    })
}
