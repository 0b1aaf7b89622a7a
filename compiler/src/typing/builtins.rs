//! Typing rules of builtin functions, methods and attributes.

use super::{OpType, Rule};
use crate::builtins::{Attribute, Builtin, GenFn, MathShape, Method, OmpFn};
use crate::types::{arithmetic, promote, widen_int, Scalar, Type};

fn scalars(b: Builtin, args: &[Type]) -> Result<Vec<Scalar>, String> {
    args.iter()
        .map(|t| {
            t.scalar()
                .ok_or_else(|| format!("{}() does not accept {t}", b.name()))
        })
        .collect()
}

fn arity(b: Builtin, args: &[Type], range: std::ops::RangeInclusive<usize>) -> Result<(), String> {
    if range.contains(&args.len()) {
        return Ok(());
    }
    let want = if range.start() == range.end() {
        format!("{}", range.start())
    } else {
        format!("{} to {}", range.start(), range.end())
    };
    Err(format!(
        "{}() takes {want} arguments, got {}",
        b.name(),
        args.len()
    ))
}

/// Float type of a math function's result: float16 and float32 stay (as in
/// NumPy's ufuncs and Numba's CUDA target), everything else is float64.
fn math_float(s: Scalar) -> Scalar {
    match s {
        Scalar::F16 | Scalar::F32 => s,
        _ => Scalar::F64,
    }
}

/// `next(g)`, `iter(g)` and the steps of a `for` loop over a generator.
fn generator(f: GenFn, args: &[Type]) -> Rule {
    let Some(Type::GeneratorOf(item)) = args.first() else {
        return Err(match args.first() {
            Some(t) => format!("{}() of {t}: penna iterates generators this way (lists, arrays and dicts with `for`)", f.name()),
            None => format!("{}() takes a generator", f.name()),
        });
    };
    let g = args[0].clone();
    match (f, args.len()) {
        (GenFn::Next | GenFn::Take, 1) => Ok(OpType::new(vec![g], (**item).clone())),
        (GenFn::Next, 2) => {
            let t = crate::types::unify(item, &args[1]).map_err(|_| {
                format!(
                    "next() of a generator of {item} with a default of {}: give both one type",
                    args[1]
                )
            })?;
            Ok(OpType::new(vec![g, t.clone()], t))
        }
        (GenFn::Iter, 1) => Ok(OpType::new(vec![g.clone()], g)),
        (GenFn::Advance, 1) => Ok(OpType::new(vec![g], Type::BOOL)),
        _ => Err(format!(
            "{}() takes {} arguments, got {}",
            f.name(),
            if f == GenFn::Next { "1 or 2" } else { "1" },
            args.len()
        )),
    }
}

/// The type of `b(args...)`.
pub fn call(b: Builtin, args: &[Type]) -> Rule {
    match b {
        Builtin::Container(f) => super::containers::container_fn(f, args),
        Builtin::Str(f) => super::strings::call(f, args),
        Builtin::ObjMode => Err("objmode(...) is the context manager of a `with` block".into()),
        Builtin::Gen(f) => generator(f, args),
        Builtin::Hash => {
            arity(b, args, 1..=1)?;
            fn hashable(t: &Type) -> bool {
                match t {
                    Type::Scalar(_) | Type::Str => true,
                    Type::Tuple(items) => items.iter().all(hashable),
                    _ => false,
                }
            }
            if !hashable(&args[0]) {
                return Err(format!(
                    "hash() of {} is not supported: numbers, strings and tuples of them are",
                    args[0]
                ));
            }
            Ok(OpType::new(args.to_vec(), Type::I64))
        }
        Builtin::LiteralUnroll => match args {
            [t @ Type::Tuple(_)] => Ok(OpType::new(vec![t.clone()], t.clone())),
            [t] => Err(format!("literal_unroll() takes a tuple, got {t}")),
            _ => Err("literal_unroll() takes one tuple".into()),
        },
        Builtin::Iterating(f) => Err(format!("{}() is lowered into a loop", f.name())),
        Builtin::Heapq(m) => Err(format!("{}() is lowered into a list method", m.name())),
        Builtin::Len => {
            arity(b, args, 1..=1)?;
            match &args[0] {
                Type::Array(a) if a.ndim >= 1 => Ok(OpType::new(args.to_vec(), Type::I64)),
                Type::RecordArray(a) if a.ndim >= 1 => Ok(OpType::new(args.to_vec(), Type::I64)),
                Type::Tuple(_) => Ok(OpType::new(args.to_vec(), Type::I64)),
                t if t.is_container() => Ok(OpType::new(args.to_vec(), Type::I64)),
                t => Err(format!("len() is not defined for {t}")),
            }
        }
        Builtin::Abs => {
            arity(b, args, 1..=1)?;
            if super::numpy::is_array(&args[0]) {
                return super::numpy::abs(&args[0]);
            }
            let s = scalars(b, args)?[0];
            let result = if s.is_complex() {
                s.real_part()
            } else {
                widen_int(s)
            };
            let operand = if s.is_complex() { s } else { result };
            Ok(OpType::new(
                vec![Type::Scalar(operand)],
                Type::Scalar(result),
            ))
        }
        Builtin::Min | Builtin::Max => {
            if let [Type::Tuple(items)] = args {
                // Mixed numbers promote to one type, as they would pairwise.
                let t = items
                    .iter()
                    .map(|t| t.scalar().filter(|s| !s.is_complex()))
                    .collect::<Option<Vec<_>>>()
                    .and_then(|s| s.into_iter().reduce(promote))
                    .ok_or_else(|| {
                        format!(
                            "{}() of a tuple needs real numbers, got {}",
                            b.name(),
                            args[0]
                        )
                    })?;
                let operand = Type::Tuple(vec![Type::Scalar(t); items.len()]);
                return Ok(OpType::new(vec![operand], Type::Scalar(t)));
            }
            if let [t @ (Type::List { item, .. } | Type::Set(item))] = args {
                return match item.scalar() {
                    Some(s) if !s.is_complex() => Ok(OpType::new(args.to_vec(), (**item).clone())),
                    None if **item == Type::Str => Ok(OpType::new(args.to_vec(), Type::Str)),
                    _ => Err(format!(
                        "{}() of {t} is not supported: it needs a list of real numbers",
                        b.name()
                    )),
                };
            }
            if let [Type::Array(_)] = args {
                return Err(format!(
                    "{0}() of an array is not supported; use np.{0}(a) or a.{0}()",
                    b.name()
                ));
            }
            if args.len() < 2 {
                return Err(format!(
                    "{}() needs at least two numbers (or a tuple of numbers)",
                    b.name()
                ));
            }
            let s = scalars(b, args)?;
            let t = s.iter().copied().reduce(promote).expect("two or more");
            if t.is_complex() {
                return Err(format!("{}() is not defined for complex numbers", b.name()));
            }
            Ok(OpType::new(
                vec![Type::Scalar(t); args.len()],
                Type::Scalar(t),
            ))
        }
        Builtin::Bool if matches!(args, [t] if t.is_container()) => {
            Ok(OpType::new(args.to_vec(), Type::BOOL))
        }
        Builtin::Int | Builtin::Float | Builtin::Bool => {
            arity(b, args, 0..=1)?;
            let result = match b {
                Builtin::Int => Scalar::I64,
                Builtin::Float => Scalar::F64,
                _ => Scalar::Bool,
            };
            if let Some(s) = scalars(b, args)?.first() {
                if s.is_complex() && b != Builtin::Bool {
                    return Err(format!("{}() cannot convert a complex number", b.name()));
                }
            }
            Ok(OpType::new(args.to_vec(), Type::Scalar(result)))
        }
        Builtin::ScalarCtor(s) => {
            arity(b, args, 0..=1)?;
            if let Some(a) = scalars(b, args)?.first() {
                if a.is_complex() && !s.is_complex() {
                    return Err(format!("{}() cannot convert a complex number", b.name()));
                }
            }
            Ok(OpType::new(args.to_vec(), Type::Scalar(s)))
        }
        Builtin::Complex => {
            arity(b, args, 0..=2)?;
            let s = scalars(b, args)?;
            if s.iter().any(|s| s.is_complex()) {
                return Err("complex() of complex arguments is not supported".into());
            }
            Ok(OpType::new(
                vec![Type::F64; args.len()],
                Type::Scalar(Scalar::C128),
            ))
        }
        Builtin::Round => {
            arity(b, args, 1..=2)?;
            let s = scalars(b, args)?;
            if s[0].is_complex() {
                return Err("round() is not defined for complex numbers".into());
            }
            if args.len() == 2 {
                if !s[1].is_integral() {
                    return Err(format!(
                        "round() needs an integer number of digits, got {}",
                        args[1]
                    ));
                }
                let t = if s[0].is_float() { s[0] } else { Scalar::I64 };
                return Ok(OpType::new(
                    vec![Type::Scalar(t), Type::I64],
                    Type::Scalar(t),
                ));
            }
            let operand = if s[0].is_float() { s[0] } else { Scalar::I64 };
            Ok(OpType::new(vec![Type::Scalar(operand)], Type::I64))
        }
        Builtin::DivMod => {
            arity(b, args, 2..=2)?;
            let s = scalars(b, args)?;
            let t = arithmetic(s[0], s[1]);
            if t.is_complex() {
                return Err("divmod() is not defined for complex numbers".into());
            }
            Ok(OpType::new(
                vec![Type::Scalar(t); 2],
                Type::Tuple(vec![Type::Scalar(t); 2]),
            ))
        }
        Builtin::Pow => {
            arity(b, args, 2..=2)?;
            super::binary(crate::ir::BinaryOp::Pow, &args[0], &args[1], None)
        }
        Builtin::Math { f, numpy: true } if args.iter().any(super::numpy::is_array) => {
            let want = if f.shape() == MathShape::Binary { 2 } else { 1 };
            arity(b, args, want..=want)?;
            super::numpy::math(f.shape(), args)
        }
        Builtin::Math { f, numpy } => math(b, f.shape(), numpy, args),
        Builtin::Np(f) => super::numpy::call(f, args),
        Builtin::Gpu(f) => super::gpu::call(f, args),
        Builtin::Print => Err("print() can only be used as a statement".into()),
        Builtin::Omp(f) => {
            arity(b, args, 0..=0)?;
            Ok(OpType::new(
                vec![],
                match f {
                    OmpFn::ThreadNum | OmpFn::NumThreads => Type::I64,
                    OmpFn::Wtime => Type::F64,
                },
            ))
        }
        Builtin::Runtime(f) => {
            use crate::runtime_fns::Param;
            let n = f.params().len();
            arity(b, args, n..=n)?;
            let operands = f
                .params()
                .iter()
                .zip(args)
                .map(|(p, t)| match (p, t) {
                    (Param::Scalar(s), t) if t.scalar().is_some() => Ok(Type::Scalar(*s)),
                    (Param::Array, Type::Array(_)) => Ok(t.clone()),
                    (Param::Generator, Type::Generator) => Ok(t.clone()),
                    (Param::Generator, t) => Err(format!(
                        "{}() draws from a numpy.random.Generator (`np.random.default_rng()`), not from {t}",
                        b.name()
                    )),
                    (_, t) => Err(format!("{}() does not accept {t}", b.name())),
                })
                .collect::<Result<_, _>>()?;
            Ok(OpType::new(
                operands,
                f.result().map_or(Type::None, Type::Scalar),
            ))
        }
        Builtin::Range | Builtin::Prange | Builtin::Enumerate | Builtin::Zip => Err(format!(
            "{}() can only be the iterable of a for loop",
            b.name()
        )),
    }
}

fn math(b: Builtin, shape: MathShape, numpy: bool, args: &[Type]) -> Rule {
    let want = if shape == MathShape::Binary { 2 } else { 1 };
    arity(b, args, want..=want)?;
    let s = scalars(b, args)?;
    if s.iter().any(|s| s.is_complex()) {
        return Err(format!(
            "{}() of complex numbers is not supported yet",
            b.name()
        ));
    }
    let t = math_float(s.iter().copied().reduce(promote).expect("one or two"));
    let operands = vec![Type::Scalar(t); want];
    Ok(match shape {
        MathShape::Unary | MathShape::Binary => OpType::new(operands, Type::Scalar(t)),
        MathShape::Predicate => OpType::new(operands, Type::BOOL),
        MathShape::Rounding if numpy => OpType::new(operands, Type::Scalar(t)),
        MathShape::Rounding => {
            if s[0].is_integral() {
                // math.floor(int) is the int itself.
                return Ok(OpType::new(vec![Type::I64], Type::I64));
            }
            OpType::new(operands, Type::I64)
        }
    })
}

/// The type of `receiver.method(args...)`; `args[0]` is the receiver.
pub fn method(m: Method, args: &[Type]) -> Rule {
    match m {
        Method::Conjugate => match args {
            [t @ Type::Scalar(_)] => Ok(OpType::new(args.to_vec(), t.clone())),
            [t, ..] if args.len() == 1 => Err(format!("{t} has no method .conjugate()")),
            _ => Err(".conjugate() takes no arguments".into()),
        },
        m => super::containers::method(m, args),
    }
}

/// The type of `value.attr`.
pub fn attribute(attr: Attribute, value: &Type) -> Result<Type, String> {
    match (attr, value) {
        (
            Attribute::Shape
            | Attribute::Size
            | Attribute::Ndim
            | Attribute::Itemsize
            | Attribute::Nbytes
            | Attribute::Strides,
            Type::RecordArray(r),
        ) => attribute(attr, &Type::Array(r.as_byte_array())),
        (Attribute::Shape, Type::Array(a)) => Ok(Type::Tuple(vec![Type::I64; a.ndim as usize])),
        (
            Attribute::Size | Attribute::Ndim | Attribute::Itemsize | Attribute::Nbytes,
            Type::Array(_),
        ) => Ok(Type::I64),
        (Attribute::Strides, Type::Array(a)) => Ok(Type::Tuple(vec![Type::I64; a.ndim as usize])),
        (Attribute::Real | Attribute::Imag, Type::Scalar(s)) => Ok(Type::Scalar(s.real_part())),
        (Attribute::T, Type::Array(a)) => Ok(Type::Array(super::numpy::transposed(a))),
        (Attribute::Dtype, Type::Array(a)) => Ok(Type::DType(a.dtype)),
        (a, t) => Err(format!("{t} has no attribute .{}", a.name())),
    }
}
