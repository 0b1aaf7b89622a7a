//! Typing of array creation: `empty zeros ones full (_like) arange linspace
//! eye identity`, `np.array` / `np.asarray` / `ascontiguousarray` /
//! `asfortranarray`, `np.result_type` and `a.view(dtype)`.
//!
//! `np.array(obj, dtype)` and `np.asarray(a, dtype)` make arrays from
//! arrays, from (nested) lists and from tuples of numbers. The result's rank
//! and dtype are static: a list adds a dimension to its items', a tuple of
//! numbers is one dimension, an array item brings its own dimensions; the
//! dtype is the items' common number type unless `dtype=` says otherwise.
//! Whether a list is rectangular is known only at run time (`ValueError`
//! when it is ragged).

use super::*;
use crate::typing::{OpType, Rule};

/// The rank and common number type of `t` as nested data.
pub fn nested(t: &Type) -> Option<(u8, Scalar)> {
    match t {
        Type::Scalar(s) => Some((0, *s)),
        Type::Array(a) => Some((a.ndim, a.dtype)),
        Type::List { item, .. } => nested(item).map(|(n, s)| (n + 1, s)),
        Type::Tuple(items) if !items.is_empty() => {
            let mut parts = items.iter().map(nested);
            let (n, mut s) = parts.next()??;
            for p in parts {
                let (m, t) = p?;
                if m != n {
                    return None;
                }
                s = promote(s, t);
            }
            Some((n + 1, s))
        }
        _ => None,
    }
}

/// The type of `np.array(obj, dtype)` / `np.asarray(obj, dtype)`.
pub fn array_from(f: NpFn, args: &[Type]) -> Rule {
    let name = format!("np.{}()", f.name());
    let Some((ndim, leaf)) = nested(&args[0]) else {
        return Err(format!(
            "{name} takes an array, a list or a tuple of numbers (nested lists and tuples of equal depth), got {}",
            args[0]
        ));
    };
    if ndim == 0 {
        return Err(format!("{name} of a number (a 0-d array) is not supported"));
    }
    if let Type::Tuple(items) = &args[0] {
        // A tuple's shape is its structure: numbers only, rectangular.
        if !numbers_only(&args[0]) || !rectangular(items) {
            return Err(format!(
                "{name} of a tuple takes numbers in tuples of equal lengths, got {}",
                args[0]
            ));
        }
    }
    let dtype = dtype_or(&args[1], leaf, &name)?;
    let result = match &args[0] {
        // `np.asarray(a)` is `a` itself when nothing changes.
        Type::Array(a) if f == NpFn::Asarray && dtype == a.dtype => args[0].clone(),
        _ => new_array(dtype, ndim),
    };
    Ok(OpType::new(args.to_vec(), result))
}

fn numbers_only(t: &Type) -> bool {
    match t {
        Type::Scalar(_) => true,
        Type::Tuple(items) => items.iter().all(numbers_only),
        _ => false,
    }
}

fn rectangular(items: &[Type]) -> bool {
    let shape = |t: &Type| match t {
        Type::Tuple(xs) => Some(xs.len()),
        _ => None,
    };
    let first = shape(&items[0]);
    items.iter().all(|t| shape(t) == first)
        && items.iter().all(|t| match t {
            Type::Tuple(xs) => rectangular(xs),
            _ => true,
        })
}

/// `np.ascontiguousarray(a)` / `np.asfortranarray(a)`: `a` itself when it
/// already has the layout and dtype (the same type), else a new array.
pub fn with_layout(f: NpFn, args: &[Type]) -> Rule {
    let name = format!("np.{}()", f.name());
    let Type::Array(a) = &args[0] else {
        return Err(format!("{name} needs an array, got {}", args[0]));
    };
    let dtype = dtype_or(&args[1], a.dtype, &name)?;
    let layout = if f == NpFn::Ascontiguousarray || a.ndim < 2 {
        Layout::C
    } else {
        Layout::F
    };
    let same = a.layout == layout && a.dtype == dtype;
    Ok(OpType::new(
        args.to_vec(),
        Type::Array(ArrayType {
            dtype,
            ndim: a.ndim.max(1),
            layout,
            readonly: same && a.readonly,
        }),
    ))
}

/// `np.result_type(a[, b])`: the dtype of arrays, numbers and dtypes
/// (promoted), known from their types alone.
pub fn result_type(args: &[Type]) -> Rule {
    let dtype = |t: &Type| match t {
        Type::Array(a) => Ok(a.dtype),
        Type::Scalar(s) | Type::DType(s) => Ok(*s),
        t => Err(format!(
            "np.result_type() takes arrays, numbers and dtypes, got {t}"
        )),
    };
    let t = match &args[1] {
        Type::None => dtype(&args[0])?,
        b => promote(dtype(&args[0])?, dtype(b)?),
    };
    Ok(OpType::new(args.to_vec(), Type::DType(t)))
}

/// `a.view(dtype)`: the same memory read as another dtype. The same item
/// size keeps every layout; another one needs a C-contiguous array (the
/// last axis is rescaled).
pub fn view(args: &[Type]) -> Rule {
    let Type::Array(a) = &args[0] else {
        return Err(format!(".view() needs an array, got {}", args[0]));
    };
    let dtype = dtype_or(&args[1], a.dtype, ".view()")?;
    if dtype.size() != a.dtype.size() && a.layout != Layout::C {
        return Err(format!(
            ".view({}) of a {} array changes the item size, which needs a C-contiguous array, got {}",
            dtype.name(),
            a.dtype.name(),
            args[0]
        ));
    }
    Ok(OpType::new(
        args.to_vec(),
        Type::Array(ArrayType { dtype, ..*a }),
    ))
}

pub fn call(f: NpFn, args: &[Type]) -> Rule {
    let name = format!("np.{}()", f.name());
    let keep = |args: &[Type]| args.to_vec();
    match f {
        NpFn::Array | NpFn::Asarray => array_from(f, args),
        NpFn::Ascontiguousarray | NpFn::Asfortranarray => with_layout(f, args),
        NpFn::Empty | NpFn::Zeros | NpFn::Ones => {
            let (ndim, shape) = shape_rank(&args[0], &name)?;
            if let Some(array) = record_array(f, &args[1], ndim)? {
                return Ok(OpType::new(vec![shape, args[1].clone()], array));
            }
            let dtype = dtype_or(&args[1], Scalar::F64, &name)?;
            Ok(OpType::new(
                vec![shape, args[1].clone()],
                new_array(dtype, ndim),
            ))
        }
        NpFn::Full => {
            let (ndim, shape) = shape_rank(&args[0], &name)?;
            let fill = args[1].scalar().ok_or_else(|| {
                format!("{name}: the fill value must be a number, got {}", args[1])
            })?;
            let dtype = dtype_or(&args[2], fill, &name)?;
            Ok(OpType::new(
                vec![shape, Type::Scalar(dtype), args[2].clone()],
                new_array(dtype, ndim),
            ))
        }
        NpFn::EmptyLike | NpFn::ZerosLike | NpFn::OnesLike | NpFn::FullLike => {
            let a = array_arg(&args[0], f)?;
            let dtype_arg = if f == NpFn::FullLike {
                &args[2]
            } else {
                &args[1]
            };
            let dtype = dtype_or(dtype_arg, a.dtype, &name)?;
            let mut operands = keep(args);
            if f == NpFn::FullLike {
                if args[1].scalar().is_none() {
                    return Err(format!("{name}: the fill value must be a number"));
                }
                operands[1] = Type::Scalar(dtype);
            }
            Ok(OpType::new(operands, new_array(dtype, a.ndim)))
        }
        NpFn::Arange => {
            let given: Vec<Scalar> = args[..3]
                .iter()
                .filter(|t| **t != Type::None)
                .map(|t| {
                    t.scalar()
                        .filter(|s| !s.is_complex())
                        .ok_or_else(|| format!("{name}: bounds must be real numbers, got {t}"))
                })
                .collect::<Result<_, _>>()?;
            let t = given.into_iter().reduce(promote).expect("start given");
            let t = widen_int(t);
            let dtype = dtype_or(&args[3], t, &name)?;
            let mut operands = keep(args);
            for o in operands[..3].iter_mut().filter(|o| **o != Type::None) {
                *o = Type::Scalar(t);
            }
            Ok(OpType::new(operands, new_array(dtype, 1)))
        }
        NpFn::Linspace => {
            for t in &args[..2] {
                if t.scalar().is_none_or(|s| s.is_complex()) {
                    return Err(format!("{name}: bounds must be real numbers, got {t}"));
                }
            }
            let num = match &args[2] {
                Type::None => Type::None,
                t => int_arg(t, "linspace's num")?,
            };
            Ok(OpType::new(
                vec![Type::F64, Type::F64, num],
                new_array(Scalar::F64, 1),
            ))
        }
        NpFn::Eye | NpFn::Identity => {
            let n = int_arg(&args[0], &format!("{name}'s size"))?;
            let mut operands = vec![n];
            let dtype = if f == NpFn::Eye {
                for (t, what) in args[1..3].iter().zip(["M", "k"]) {
                    operands.push(match t {
                        Type::None => Type::None,
                        t => int_arg(t, &format!("np.eye()'s {what}"))?,
                    });
                }
                operands.push(args[3].clone());
                dtype_or(&args[3], Scalar::F64, &name)?
            } else {
                operands.push(args[1].clone());
                dtype_or(&args[1], Scalar::F64, &name)?
            };
            Ok(OpType::new(operands, new_array(dtype, 2)))
        }
        NpFn::ResultType => result_type(args),
        _ => unreachable!("np.{} is not in this group", f.name()),
    }
}

/// `np.empty(shape, dtype=rec)` / `np.zeros(...)` with a structured dtype: an
/// array of records (uninitialised / zero bytes); `None` for other dtypes.
fn record_array(f: NpFn, dtype: &Type, ndim: u8) -> Result<Option<Type>, String> {
    let Type::TypeRef(t) = dtype else {
        return Ok(None);
    };
    let Type::Record(record) = t.as_ref() else {
        return Ok(None);
    };
    if f == NpFn::Ones {
        return Err(format!(
            "np.ones() of the structured dtype {record} has no meaning: use np.zeros() or np.empty() and set the fields"
        ));
    }
    Ok(Some(Type::RecordArray(crate::types::RecordArrayType {
        record: record.clone(),
        ndim,
        readonly: false,
    })))
}
