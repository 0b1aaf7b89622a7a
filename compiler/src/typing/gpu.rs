//! Typing rules of the GPU kernel API ([`crate::gpu`]), following Numba's
//! `numba.cuda` types: index registers are int32, `grid`/`gridsize` int64,
//! atomics return the old element, votes return bool (ballot a uint32 mask).

use super::{OpType, Rule};
use crate::gpu::{AtomicOp, Barrier, GpuFn, Shuffle, Vote};
use crate::types::{ArrayType, Layout, Scalar, Type};

const I32: Type = Type::Scalar(Scalar::I32);
const U32: Type = Type::Scalar(Scalar::U32);

fn arity(f: GpuFn, args: &[Type], n: usize) -> Result<(), String> {
    if args.len() == n {
        Ok(())
    } else {
        Err(format!(
            "{}() takes {n} arguments, got {}",
            f.name(),
            args.len()
        ))
    }
}

fn scalar(f: GpuFn, t: &Type) -> Result<Scalar, String> {
    t.scalar()
        .filter(|s| !s.is_complex())
        .ok_or_else(|| format!("{}() does not accept {t}", f.name()))
}

/// The type of `f(args...)`.
pub fn call(f: GpuFn, args: &[Type]) -> Rule {
    match f {
        GpuFn::Half(_) => Err(format!("{}() survived lowering to IR", f.name())),
        GpuFn::ConstArrayLike => Err(format!(
            "{}() takes a global NumPy array (frozen into constant memory), not a value computed in the kernel",
            f.name()
        )),
        GpuFn::Index(..) | GpuFn::LaneId | GpuFn::WarpSize => {
            arity(f, args, 0)?;
            Ok(OpType::new(vec![], I32))
        }
        GpuFn::Grid(n) | GpuFn::GridSize(n) => {
            // The dimension count was read from the source; the argument stays.
            arity(f, args, 1)?;
            let result = if n == 1 {
                Type::I64
            } else {
                Type::Tuple(vec![Type::I64; n as usize])
            };
            Ok(OpType::new(vec![Type::I64], result))
        }
        GpuFn::Barrier(Barrier::Plain) => {
            arity(f, args, 0)?;
            Ok(OpType::new(vec![], Type::None))
        }
        GpuFn::Barrier(_) => {
            arity(f, args, 1)?;
            scalar(f, &args[0])?;
            Ok(OpType::new(vec![Type::BOOL], I32))
        }
        GpuFn::SyncWarp => match args.len() {
            0 => Ok(OpType::new(vec![], Type::None)),
            _ => {
                arity(f, args, 1)?;
                Ok(OpType::new(vec![U32], Type::None))
            }
        },
        GpuFn::Fence(_) => {
            arity(f, args, 0)?;
            Ok(OpType::new(vec![], Type::None))
        }
        GpuFn::SharedArray { shape, dtype } | GpuFn::LocalArray { shape, dtype } => {
            // The shape and dtype arguments were read from the source.
            let array = Type::Array(ArrayType {
                dtype,
                ndim: shape.ndim,
                layout: Layout::C,
                readonly: false,
            });
            Ok(OpType::new(args.to_vec(), array))
        }
        GpuFn::Atomic(op) => atomic(f, op, args),
        GpuFn::Shuffle(kind) => {
            arity(f, args, 3)?;
            let s = scalar(f, &args[1])?;
            if s == Scalar::Bool || s.size() < 4 {
                return Err(format!(
                    "{}() shuffles 32- and 64-bit numbers, got {}",
                    f.name(),
                    s.name()
                ));
            }
            let lane = if kind == Shuffle::Idx { I32 } else { U32 };
            Ok(OpType::new(
                vec![U32, Type::Scalar(s), lane],
                Type::Scalar(s),
            ))
        }
        GpuFn::Vote(v) => {
            arity(f, args, 2)?;
            scalar(f, &args[1])?;
            let result = if v == Vote::Ballot { U32 } else { Type::BOOL };
            Ok(OpType::new(vec![U32, Type::BOOL], result))
        }
        GpuFn::ActiveMask => {
            arity(f, args, 0)?;
            Ok(OpType::new(vec![], U32))
        }
        GpuFn::Popc | GpuFn::Clz | GpuFn::Ffs | GpuFn::Brev => {
            arity(f, args, 1)?;
            let s = scalar(f, &args[0])?;
            if !s.is_int() {
                return Err(format!("{}() takes an integer, got {}", f.name(), s.name()));
            }
            let result = if f == GpuFn::Brev {
                Type::Scalar(s)
            } else {
                I32
            };
            Ok(OpType::new(vec![Type::Scalar(s)], result))
        }
        GpuFn::Fma => {
            arity(f, args, 3)?;
            let all_half = args.iter().all(|a| *a == Type::Scalar(Scalar::F16));
            let mut s = if all_half { Scalar::F16 } else { Scalar::F32 };
            for a in args {
                let t = scalar(f, a)?;
                if !(matches!(t, Scalar::F16 | Scalar::F32) || t.is_integral() && t.size() <= 2) {
                    s = Scalar::F64;
                }
            }
            Ok(OpType::new(vec![Type::Scalar(s); 3], Type::Scalar(s)))
        }
        GpuFn::Cbrt => {
            arity(f, args, 1)?;
            let s = match scalar(f, &args[0])? {
                s @ (Scalar::F16 | Scalar::F32) => s,
                _ => Scalar::F64,
            };
            Ok(OpType::new(vec![Type::Scalar(s)], Type::Scalar(s)))
        }
    }
}

/// `atomic.op(array, index, value)` (`cas`: `array, index, expected, value`).
fn atomic(f: GpuFn, op: AtomicOp, args: &[Type]) -> Rule {
    let n = if op == AtomicOp::Cas { 4 } else { 3 };
    arity(f, args, n)?;
    let Type::Array(a) = &args[0] else {
        return Err(format!(
            "{}() updates an element of an array, got {}",
            f.name(),
            args[0]
        ));
    };
    if a.readonly {
        return Err(format!("{}() on a read-only array", f.name()));
    }
    let index = match &args[1] {
        Type::Scalar(s) if s.is_integral() && a.ndim == 1 => Type::I64,
        Type::Tuple(items)
            if items.len() == a.ndim as usize
                && items
                    .iter()
                    .all(|t| t.scalar().is_some_and(Scalar::is_integral)) =>
        {
            Type::Tuple(vec![Type::I64; items.len()])
        }
        t => {
            return Err(format!(
                "{}() needs {} integer index(es) for a {}-dimensional array, got {t}",
                f.name(),
                a.ndim,
                a.ndim
            ))
        }
    };
    let d = a.dtype;
    let allowed = match op {
        AtomicOp::Add | AtomicOp::Sub | AtomicOp::Max | AtomicOp::Min | AtomicOp::Exch => {
            matches!(
                d,
                Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64 | Scalar::F32 | Scalar::F64
            )
        }
        AtomicOp::And | AtomicOp::Or | AtomicOp::Xor | AtomicOp::Cas => {
            matches!(d, Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64)
        }
        AtomicOp::Inc | AtomicOp::Dec => matches!(d, Scalar::U32 | Scalar::U64),
    };
    if !allowed {
        return Err(format!(
            "{}() is not defined for {} arrays",
            f.name(),
            d.name()
        ));
    }
    for v in &args[2..] {
        scalar(f, v)?;
    }
    let mut operands = vec![args[0].clone(), index];
    operands.extend(std::iter::repeat_n(Type::Scalar(d), n - 2));
    Ok(OpType::new(operands, Type::Scalar(d)))
}
