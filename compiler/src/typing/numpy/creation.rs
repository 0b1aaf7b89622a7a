//! `np.array(obj, dtype)` and `np.asarray(a, dtype)`: arrays from arrays,
//! from (nested) lists and from tuples of numbers.
//!
//! The result's rank and dtype are static: a list adds a dimension to its
//! items', a tuple of numbers is one dimension, an array item brings its own
//! dimensions; the dtype is the items' common number type unless `dtype=`
//! says otherwise. Whether a list is rectangular is known only at run time
//! (`ValueError` when it is ragged).

use super::{dtype_or, new_array};
use crate::builtins::NpFn;
use crate::types::{promote, ArrayType, Layout, Scalar, Type};
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
