//! Typing of lists, dicts and sets: literals, methods, operators, `in`,
//! indexing and item assignment.
//!
//! Items are stored in the container's item type: a value put in converts
//! to it when that loses nothing a Python program could see (`int` into a
//! list of floats); anything else (a float into a list of ints) is an error
//! naming both types, never a silent truncation. A container whose item type
//! is not known yet (`[]`, `{}`) learns it from the first value put in
//! ([`refine`]).

use super::{OpType, Rule};
use crate::abi::containers::{comparable, hashable};
use crate::builtins::{ContainerFn, Method};
use crate::ir::{BinaryOp, CmpOp};
use crate::types::{promote, unify, Family, Scalar, Type};

/// The type a value of type `v` is stored as in a container of `item`s.
pub fn store_as(item: &Type, v: &Type) -> Result<Type, String> {
    let ok = match (item, v) {
        (Type::Scalar(i), Type::Scalar(s)) => fits(*s, *i),
        (Type::Tuple(a), Type::Tuple(b)) if a.len() == b.len() => {
            a.iter().zip(b).all(|(x, y)| store_as(x, y).is_ok())
        }
        _ => super::can_convert(v, item) || unify(item, v).is_ok_and(|u| &u == item),
    };
    if ok {
        Ok(item.clone())
    } else {
        Err(format!("a container of {item} cannot hold a {v}"))
    }
}

/// Whether a number of type `from` keeps its meaning as a `to`: bools and
/// integers into wider kinds; floats into floats and complex; complex only
/// into complex.
fn fits(from: Scalar, to: Scalar) -> bool {
    match (from.family(), to.family()) {
        (a, b) if a == b => true,
        (Family::Bool, _) => true,
        (Family::Int, Family::Float | Family::Complex) => true,
        (Family::Float, Family::Complex) => true,
        _ => false,
    }
}

/// The common item type of a literal's items (`[1, 2.5]` is a list of floats).
fn common(items: &[Type], what: &str) -> Result<Type, String> {
    let mut t = Type::Unknown;
    for item in items {
        t = match (&t, item) {
            (Type::Scalar(a), Type::Scalar(b)) => Type::Scalar(promote(*a, *b)),
            _ => unify(&t, item).map_err(|_| {
                format!("the items of this {what} have types {t} and {item}, which do not unify")
            })?,
        };
    }
    Ok(t)
}

fn hashable_item(t: &Type, what: &str) -> Result<(), String> {
    if hashable(t) {
        Ok(())
    } else {
        Err(format!(
            "{what} must be numbers, strings or tuples of them, got {t} (unhashable)"
        ))
    }
}

/// The type a type value stands for (`float64`, `types.float64[:]`).
fn type_value(t: &Type) -> Result<Type, String> {
    match t {
        Type::DType(s) => Ok(Type::Scalar(*s)),
        Type::TypeRef(t) => Ok((**t).clone()),
        t => Err(format!(
            "expected a type such as `types.float64` or `types.int64[:]`, got a value of type {t}"
        )),
    }
}

/// `[a, b]`, `{a, b}`, `{k: v}` and iteration items.
pub fn container_fn(f: ContainerFn, args: &[Type]) -> Rule {
    match f {
        ContainerFn::NewList | ContainerFn::NewTypedList => {
            let item = common(args, "list")?;
            Ok(OpType::new(
                vec![item.clone(); args.len()],
                Type::List {
                    item: Box::new(item),
                    typed: f == ContainerFn::NewTypedList,
                },
            ))
        }
        ContainerFn::EmptyList => {
            let [t] = args else {
                return Err("List.empty_list(item_type) takes one type".into());
            };
            let item = type_value(t)?;
            Ok(OpType::new(
                args.to_vec(),
                Type::List {
                    item: Box::new(item),
                    typed: true,
                },
            ))
        }
        ContainerFn::EmptyDict => {
            let [k, v] = args else {
                return Err("Dict.empty(key_type, value_type) takes two types".into());
            };
            let (k, v) = (type_value(k)?, type_value(v)?);
            hashable_item(&k, "dict keys")?;
            Ok(OpType::new(
                args.to_vec(),
                Type::Dict(Box::new(k), Box::new(v)),
            ))
        }
        ContainerFn::NewSet => {
            let item = common(args, "set")?;
            if item.is_known() {
                hashable_item(&item, "set items")?;
            }
            Ok(OpType::new(
                vec![item.clone(); args.len()],
                Type::Set(Box::new(item)),
            ))
        }
        ContainerFn::NewDict => {
            let keys: Vec<Type> = args.iter().step_by(2).cloned().collect();
            let values: Vec<Type> = args.iter().skip(1).step_by(2).cloned().collect();
            let k = common(&keys, "dict's keys")?;
            let v = common(&values, "dict's values")?;
            if k.is_known() {
                hashable_item(&k, "dict keys")?;
            }
            let operands = args
                .iter()
                .enumerate()
                .map(|(i, _)| if i % 2 == 0 { k.clone() } else { v.clone() })
                .collect();
            Ok(OpType::new(operands, Type::Dict(Box::new(k), Box::new(v))))
        }
        // (container, i) or (container, i, length at the start)
        ContainerFn::IterItem => match &args[0] {
            Type::Dict(k, _) | Type::Set(k) => {
                let mut ops = vec![args[0].clone(), Type::I64];
                ops.extend(args.get(2).map(|_| Type::I64));
                Ok(OpType::new(ops, (**k).clone()))
            }
            t => Err(format!("cannot iterate over {t}")),
        },
    }
}

fn is_heapq(m: Method) -> bool {
    m.name().starts_with("heapq.")
}

/// `heapq` functions on a heap list of `item`s (its first operand).
fn heapq(m: Method, args: &[Type], item: &Type) -> Rule {
    let name = m.name();
    if !comparable(item) {
        return Err(format!(
            "{name}() needs items with an order, got a list of {item}"
        ));
    }
    let with = |extra: Vec<Type>, result: Type| {
        let mut ops = vec![args[0].clone()];
        ops.extend(extra);
        Ok(OpType::new(ops, result))
    };
    match (m, args.len()) {
        (Method::Heapify, 1) => with(vec![], Type::None),
        (Method::HeapPop, 1) => with(vec![], item.clone()),
        (Method::HeapPush, 2) => with(vec![store_as(item, &args[1])?], Type::None),
        (Method::HeapReplace | Method::HeapPushPop, 2) => {
            with(vec![store_as(item, &args[1])?], item.clone())
        }
        (Method::NSmallest | Method::NLargest, 2) => {
            with(vec![index_arg(&args[1], "n")?], Type::list(item.clone()))
        }
        _ => Err(format!("wrong number of arguments to {name}()")),
    }
}

/// The receiver type a mutating call teaches a container whose item type is
/// not known yet (`l = []; l.append(1.5)` makes `l` a list of floats).
pub fn refine(m: Method, args: &[Type]) -> Option<Type> {
    // A container put in may itself still be empty (`[[] for ...]`).
    let known = |t: &Type| (t.is_known() || t.is_partial_container()).then(|| t.clone());
    match (m, &args[0]) {
        (Method::Append | Method::HeapPush, Type::List { typed, .. }) if args.len() == 2 => {
            Some(Type::List {
                item: Box::new(known(&args[1])?),
                typed: *typed,
            })
        }
        (Method::Insert, Type::List { typed, .. }) if args.len() == 3 => Some(Type::List {
            item: Box::new(known(&args[2])?),
            typed: *typed,
        }),
        (Method::Extend, Type::List { typed, .. }) => match args.get(1)? {
            Type::List { item, .. } => Some(Type::List {
                item: Box::new(known(item)?),
                typed: *typed,
            }),
            _ => None,
        },
        (Method::Add, Type::Set(_)) if args.len() == 2 => {
            Some(Type::Set(Box::new(known(&args[1])?)))
        }
        (Method::Update, Type::Set(_)) => match args.get(1)? {
            Type::Set(item) => Some(Type::Set(Box::new(known(item)?))),
            _ => None,
        },
        (Method::Setdefault, Type::Dict(..)) if args.len() == 3 => Some(Type::Dict(
            Box::new(known(&args[1])?),
            Box::new(known(&args[2])?),
        )),
        (Method::Update, Type::Dict(..)) => match args.get(1)? {
            t @ Type::Dict(..) => known(t),
            _ => None,
        },
        _ => None,
    }
}

/// The dict type `d[k] = v` teaches an empty dict (`v` may be an empty
/// container, typed later by its own use: `d[k] = []; d[k].append(x)`).
pub fn refine_store(base: &Type, key: &Type, value: &Type) -> Option<Type> {
    match base {
        Type::Dict(..) if key.is_known() && (value.is_known() || value.is_partial_container()) => {
            Some(Type::Dict(Box::new(key.clone()), Box::new(value.clone())))
        }
        _ => None,
    }
}

fn arity(m: Method, args: &[Type], range: std::ops::RangeInclusive<usize>) -> Result<(), String> {
    let n = args.len() - 1;
    if range.contains(&n) {
        Ok(())
    } else {
        Err(format!(
            ".{}() takes {} argument{}, got {n}",
            m.name(),
            if range.start() == range.end() {
                range.start().to_string()
            } else {
                format!("{} to {}", range.start(), range.end())
            },
            if *range.end() == 1 { "" } else { "s" }
        ))
    }
}

fn index_arg(t: &Type, what: &str) -> Result<Type, String> {
    match t.scalar() {
        Some(s) if s.is_integral() => Ok(Type::I64),
        _ => Err(format!("{what} must be an integer, got {t}")),
    }
}

fn needs_comparable(item: &Type, m: Method) -> Result<(), String> {
    if comparable(item) {
        Ok(())
    } else {
        Err(format!(
            ".{}() compares items with ==, which is not defined for {item}",
            m.name()
        ))
    }
}

/// Whether items of type `t` have an order (`sort`, `min`, `max`).
pub fn orderable(t: &Type) -> bool {
    match t {
        Type::Scalar(s) => !s.is_complex(),
        Type::Str => true,
        Type::Tuple(items) => items.iter().all(orderable),
        _ => false,
    }
}

/// `receiver.m(args...)` on a list, dict or set; `args[0]` is the receiver.
pub fn method(m: Method, args: &[Type]) -> Rule {
    let recv = &args[0];
    let same = |extra: Vec<Type>, result: Type| {
        let mut ops = vec![recv.clone()];
        ops.extend(extra);
        Ok(OpType::new(ops, result))
    };
    if recv.is_container() && matches!(m, Method::Clear | Method::Copy) {
        arity(m, args, 0..=0)?;
        let result = if m == Method::Clear {
            Type::None
        } else {
            recv.clone()
        };
        return same(vec![], result);
    }
    match recv {
        Type::List { item, .. } if is_heapq(m) => heapq(m, args, item),
        Type::List { item, .. } => {
            let item = &**item;
            match m {
                Method::Append => {
                    arity(m, args, 1..=1)?;
                    same(vec![store_as(item, &args[1])?], Type::None)
                }
                Method::Insert => {
                    arity(m, args, 2..=2)?;
                    same(
                        vec![index_arg(&args[1], "the index")?, store_as(item, &args[2])?],
                        Type::None,
                    )
                }
                Method::Extend => {
                    arity(m, args, 1..=1)?;
                    if args[1] != *recv
                        && !matches!(&args[1], Type::List { item: i, .. } if **i == *item)
                    {
                        return Err(format!(
                            ".extend() takes a list of the same item type ({recv}), got {}",
                            args[1]
                        ));
                    }
                    same(vec![args[1].clone()], Type::None)
                }
                Method::Pop => {
                    arity(m, args, 0..=1)?;
                    let extra = match args.get(1) {
                        Some(t) => vec![index_arg(t, "the index")?],
                        None => vec![],
                    };
                    same(extra, item.clone())
                }
                Method::Remove | Method::Count => {
                    arity(m, args, 1..=1)?;
                    needs_comparable(item, m)?;
                    let result = if m == Method::Count {
                        Type::I64
                    } else {
                        Type::None
                    };
                    same(vec![store_as(item, &args[1])?], result)
                }
                Method::Index => {
                    arity(m, args, 1..=3)?;
                    needs_comparable(item, m)?;
                    let mut extra = vec![store_as(item, &args[1])?];
                    for t in &args[2..] {
                        extra.push(index_arg(t, "start/stop")?);
                    }
                    same(extra, Type::I64)
                }
                Method::Reverse => {
                    arity(m, args, 0..=0)?;
                    same(vec![], Type::None)
                }
                Method::Sort => {
                    arity(m, args, 0..=1)?;
                    if !orderable(item) {
                        return Err(format!(
                            "cannot sort a list of {item}: its items have no order"
                        ));
                    }
                    same(vec![Type::BOOL; args.len() - 1], Type::None)
                }
                _ => Err(format!("lists have no method .{}()", m.name())),
            }
        }
        Type::Dict(k, v) => {
            let (k, v) = (&**k, &**v);
            hashable_item(k, "dict keys")?;
            match m {
                Method::Get => {
                    arity(m, args, 1..=2)?;
                    if args.len() == 2 {
                        // None for a missing key.
                        return same(
                            vec![store_as(k, &args[1])?],
                            Type::Optional(Box::new(v.clone())),
                        );
                    }
                    same(
                        vec![store_as(k, &args[1])?, store_as(v, &args[2])?],
                        v.clone(),
                    )
                }
                Method::Setdefault => {
                    arity(m, args, 2..=2)?;
                    same(
                        vec![store_as(k, &args[1])?, store_as(v, &args[2])?],
                        v.clone(),
                    )
                }
                Method::Pop => {
                    arity(m, args, 1..=2)?;
                    let mut extra = vec![store_as(k, &args[1])?];
                    if let Some(d) = args.get(2) {
                        extra.push(store_as(v, d)?);
                    }
                    same(extra, v.clone())
                }
                Method::Popitem => {
                    arity(m, args, 0..=0)?;
                    same(vec![], Type::Tuple(vec![k.clone(), v.clone()]))
                }
                Method::Keys => {
                    arity(m, args, 0..=0)?;
                    same(vec![], Type::list(k.clone()))
                }
                Method::Values => {
                    arity(m, args, 0..=0)?;
                    same(vec![], Type::list(v.clone()))
                }
                Method::Items => {
                    arity(m, args, 0..=0)?;
                    same(vec![], Type::list(Type::Tuple(vec![k.clone(), v.clone()])))
                }
                Method::Update => {
                    arity(m, args, 1..=1)?;
                    if args[1] != *recv {
                        return Err(format!(
                            ".update() takes a dict of the same type ({recv}), got {}",
                            args[1]
                        ));
                    }
                    same(vec![recv.clone()], Type::None)
                }
                _ => Err(format!("dicts have no method .{}()", m.name())),
            }
        }
        Type::Set(item) => {
            let item = &**item;
            hashable_item(item, "set items")?;
            match m {
                Method::Add | Method::Discard | Method::Remove => {
                    arity(m, args, 1..=1)?;
                    same(vec![store_as(item, &args[1])?], Type::None)
                }
                Method::Pop => {
                    arity(m, args, 0..=0)?;
                    same(vec![], item.clone())
                }
                Method::Update
                | Method::IntersectionUpdate
                | Method::DifferenceUpdate
                | Method::SymmetricDifferenceUpdate
                | Method::Union
                | Method::Intersection
                | Method::Difference
                | Method::SymmetricDifference
                | Method::Issubset
                | Method::Issuperset
                | Method::Isdisjoint => {
                    arity(m, args, 1..=1)?;
                    if args[1] != *recv {
                        return Err(format!(
                            ".{}() takes a set of the same item type ({recv}), got {}",
                            m.name(),
                            args[1]
                        ));
                    }
                    let result = match m {
                        Method::Union
                        | Method::Intersection
                        | Method::Difference
                        | Method::SymmetricDifference => recv.clone(),
                        Method::Issubset | Method::Issuperset | Method::Isdisjoint => Type::BOOL,
                        _ => Type::None,
                    };
                    same(vec![recv.clone()], result)
                }
                _ => Err(format!("sets have no method .{}()", m.name())),
            }
        }
        t => Err(format!("{t} has no method .{}()", m.name())),
    }
}

/// `a op b` where one side is a container.
pub fn binary(op: BinaryOp, lhs: &Type, rhs: &Type) -> Rule {
    match (op, lhs, rhs) {
        (BinaryOp::Add, Type::List { item: a, .. }, Type::List { item: b, .. }) if a == b => {
            Ok(OpType::new(vec![lhs.clone(), rhs.clone()], lhs.clone()))
        }
        (BinaryOp::Mul, Type::List { .. }, Type::Scalar(s)) if s.is_integral() => {
            Ok(OpType::new(vec![lhs.clone(), Type::I64], lhs.clone()))
        }
        (BinaryOp::Mul, Type::Scalar(s), Type::List { .. }) if s.is_integral() => {
            Ok(OpType::new(vec![Type::I64, rhs.clone()], rhs.clone()))
        }
        (
            BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor,
            Type::Set(_),
            Type::Set(_),
        ) if lhs == rhs => Ok(OpType::new(vec![lhs.clone(), rhs.clone()], lhs.clone())),
        _ => Err(format!(
            "`{}` is not defined for {lhs} and {rhs}",
            super::binary_symbol(op)
        )),
    }
}

/// `a op b` where one side is a container: `in`, `==`, and subset tests.
pub fn compare(op: CmpOp, lhs: &Type, rhs: &Type) -> Rule {
    if matches!(op, CmpOp::In | CmpOp::NotIn) {
        let item = match rhs {
            Type::List { item, .. } => {
                needs_comparable(item, Method::Index).map_err(|_| {
                    format!("`in` compares items with ==, which is not defined for {item}")
                })?;
                &**item
            }
            Type::Set(item) | Type::Dict(item, _) => &**item,
            Type::Tuple(items) => {
                // `x in (a, b)`: `==` with each item, in its common type.
                let numbers = lhs.scalar().is_some() && items.iter().all(|t| t.scalar().is_some());
                if !numbers {
                    return Err(format!("`in` on a tuple needs numbers, got {lhs} in {rhs}"));
                }
                return Ok(OpType::new(vec![lhs.clone(), rhs.clone()], Type::BOOL));
            }
            t => return Err(format!("`in` is not supported for {t}")),
        };
        let operand =
            store_as(item, lhs).map_err(|_| format!("cannot look for a {lhs} in a {rhs}"))?;
        return Ok(OpType::new(vec![operand, rhs.clone()], Type::BOOL));
    }
    let same_kind = match (lhs, rhs) {
        (Type::List { item: a, .. }, Type::List { item: b, .. }) => a == b && comparable(a),
        (Type::Set(a), Type::Set(b)) => a == b,
        (Type::Dict(k1, v1), Type::Dict(k2, v2)) => k1 == k2 && v1 == v2 && comparable(v1),
        _ => false,
    };
    let allowed = match op {
        CmpOp::Eq | CmpOp::Ne => same_kind,
        CmpOp::Le | CmpOp::Lt | CmpOp::Ge | CmpOp::Gt => same_kind && matches!(lhs, Type::Set(_)),
        _ => false,
    };
    if !allowed {
        return Err(format!("cannot compare {lhs} and {rhs} with this operator"));
    }
    Ok(OpType::new(vec![lhs.clone(), rhs.clone()], Type::BOOL))
}

/// The key `d[...]` names: `d[k]`, or `d[i, j]` meaning `d[(i, j)]`.
pub fn subscript_key(indices: &[Type]) -> Type {
    match indices {
        [k] => k.clone(),
        _ => Type::Tuple(indices.to_vec()),
    }
}

/// What the indices of `d[...]` convert to for a dict with keys of type `k`:
/// the key, or the items of a tuple key written without parentheses.
fn key_operands(k: &Type, indices: &[Type]) -> Result<Vec<Type>, String> {
    hashable_item(k, "dict keys")?;
    let key = subscript_key(indices);
    let k = store_as(k, &key)
        .map_err(|_| format!("a dict with keys of type {k} cannot be indexed by a {key}"))?;
    Ok(match (indices.len(), k) {
        (1, k) => vec![k],
        (_, Type::Tuple(items)) => items,
        (_, k) => unreachable!("a key of {} indices is a tuple, not {k}", indices.len()),
    })
}

fn list_index(indices: &[Type]) -> Result<Type, String> {
    match indices {
        [Type::Slice] => Ok(Type::Slice),
        [t] => index_arg(t, "a list index"),
        _ => Err("a list takes one index (an integer or a slice)".into()),
    }
}

/// `c[...]` on a list (an item, or a new list for a slice) or a dict (a value).
pub fn index(base: &Type, indices: &[Type]) -> Rule {
    let (index_ops, result) = match base {
        Type::List { item, .. } => {
            let i = list_index(indices)?;
            let result = if i == Type::Slice {
                base.clone()
            } else {
                (**item).clone()
            };
            (vec![i], result)
        }
        Type::Dict(k, v) => (key_operands(k, indices)?, (**v).clone()),
        t => return Err(format!("{t} cannot be indexed")),
    };
    let mut ops = vec![base.clone()];
    ops.extend(index_ops);
    Ok(OpType::new(ops, result))
}

/// `c[...] = v`: the types the indices and the value convert to.
pub fn store(base: &Type, indices: &[Type], value: &Type) -> Result<(Vec<Type>, Type), String> {
    match base {
        Type::List { item, .. } => match list_index(indices)? {
            Type::Slice => Err("assigning to a slice of a list is not supported yet".into()),
            i => Ok((vec![i], store_as(item, value)?)),
        },
        Type::Dict(k, v) => Ok((key_operands(k, indices)?, store_as(v, value)?)),
        Type::Set(_) => Err("sets do not support item assignment".into()),
        t => Err(format!("{t} does not support item assignment")),
    }
}
