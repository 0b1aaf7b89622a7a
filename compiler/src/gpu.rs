//! The GPU kernel API as the compiler sees it: `numba.cuda`'s names, one
//! target-neutral set of operations for CUDA, HIP and GPU kernels on the CPU.
//!
//! `penna.cuda` (and `penna.hip`) resolve to [`GpuNs::Root`]; its namespaces
//! (`cuda.threadIdx`, `cuda.shared`, `cuda.atomic`, ...) are further
//! [`GpuNs`]s, and their members [`GpuFn`]s. Some members are values
//! (`threadIdx.x`, `cuda.warpsize`): referring to one is a call with no
//! arguments. Operations whose arguments must be compile-time constants
//! (`grid(ndim)`, the shapes of `shared.array`/`local.array`) carry them in the
//! [`GpuFn`] itself; lowering reads them from the source.
//!
//! Invariant: a program using any [`GpuFn`] compiles only for a GPU target
//! (checked by [`crate::family::check_family`]); a program for a GPU target
//! allocates no runtime-owned memory.

use crate::types::Scalar;

/// `penna.cuda` and its namespaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GpuNs {
    Root,
    Dim(SpecialReg),
    Shared,
    Local,
    /// `cuda.const`: arrays in constant memory.
    Const,
    /// `cuda.fp16`: float16 intrinsics.
    Fp16,
    Atomic,
}

impl GpuNs {
    pub fn name(self) -> &'static str {
        match self {
            GpuNs::Root => "cuda",
            GpuNs::Dim(r) => r.name(),
            GpuNs::Shared => "cuda.shared",
            GpuNs::Local => "cuda.local",
            GpuNs::Const => "cuda.const",
            GpuNs::Fp16 => "cuda.fp16",
            GpuNs::Atomic => "cuda.atomic",
        }
    }
}

/// The per-thread index registers, each with `.x .y .z`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecialReg {
    ThreadIdx,
    BlockIdx,
    BlockDim,
    GridDim,
}

impl SpecialReg {
    pub fn name(self) -> &'static str {
        match self {
            SpecialReg::ThreadIdx => "cuda.threadIdx",
            SpecialReg::BlockIdx => "cuda.blockIdx",
            SpecialReg::BlockDim => "cuda.blockDim",
            SpecialReg::GridDim => "cuda.gridDim",
        }
    }
}

/// `x`, `y` or `z` (0, 1, 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Axis(pub u8);

impl Axis {
    pub fn name(self) -> &'static str {
        ["x", "y", "z"][self.0 as usize]
    }
}

/// A compile-time shape of up to three dimensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Dims {
    pub ndim: u8,
    pub dims: [i64; 3],
}

impl Dims {
    pub fn new(dims: &[i64]) -> Option<Dims> {
        if dims.is_empty() || dims.len() > 3 {
            return None;
        }
        let mut d = [1; 3];
        d[..dims.len()].copy_from_slice(dims);
        Some(Dims {
            ndim: dims.len() as u8,
            dims: d,
        })
    }

    pub fn as_slice(&self) -> &[i64] {
        &self.dims[..self.ndim as usize]
    }

    /// Elements in all (at least 0).
    pub fn count(&self) -> i64 {
        self.as_slice().iter().product::<i64>().max(0)
    }
}

/// `cuda.atomic.<op>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    Add,
    Sub,
    Max,
    Min,
    Exch,
    And,
    Or,
    Xor,
    /// `inc(ary, idx, val)`: `old >= val ? 0 : old + 1` (unsigned).
    Inc,
    /// `dec(ary, idx, val)`: `old == 0 or old > val ? val : old - 1` (unsigned).
    Dec,
    /// `cas(ary, idx, expected, val)`: returns the old value.
    Cas,
}

impl AtomicOp {
    pub fn name(self) -> &'static str {
        match self {
            AtomicOp::Add => "add",
            AtomicOp::Sub => "sub",
            AtomicOp::Max => "max",
            AtomicOp::Min => "min",
            AtomicOp::Exch => "exch",
            AtomicOp::And => "and_",
            AtomicOp::Or => "or_",
            AtomicOp::Xor => "xor",
            AtomicOp::Inc => "inc",
            AtomicOp::Dec => "dec",
            AtomicOp::Cas => "cas",
        }
    }

    fn from_name(name: &str) -> Option<AtomicOp> {
        use AtomicOp::*;
        [Add, Sub, Max, Min, Exch, And, Or, Xor, Inc, Dec, Cas]
            .into_iter()
            .find(|op| op.name() == name)
    }
}

/// `shfl_sync` (lane index), `shfl_up_sync`, `shfl_down_sync`, `shfl_xor_sync`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shuffle {
    Idx,
    Up,
    Down,
    Xor,
}

/// Warp votes: `all_sync`, `any_sync`, `ballot_sync`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vote {
    All,
    Any,
    Ballot,
}

/// Block barriers: `syncthreads` and its reducing forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Barrier {
    Plain,
    /// Returns how many threads had a true predicate.
    Count,
    And,
    Or,
}

/// Memory fences: `threadfence_block`, `threadfence`, `threadfence_system`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FenceScope {
    Block,
    Device,
    System,
}

/// `cuda.fp16.hadd` and the other operator intrinsics. Resolved while
/// lowering to the operator itself: float16 arithmetic is the ordinary
/// arithmetic on float16 values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HalfOp {
    Binary(crate::ir::BinaryOp),
    Neg,
    Compare(crate::ir::CmpOp),
}

impl HalfOp {
    fn from_name(name: &str) -> Option<HalfOp> {
        use crate::ir::{BinaryOp, CmpOp};
        Some(match name {
            "hadd" => HalfOp::Binary(BinaryOp::Add),
            "hsub" => HalfOp::Binary(BinaryOp::Sub),
            "hmul" => HalfOp::Binary(BinaryOp::Mul),
            "hdiv" => HalfOp::Binary(BinaryOp::Div),
            "hneg" => HalfOp::Neg,
            "heq" => HalfOp::Compare(CmpOp::Eq),
            "hne" => HalfOp::Compare(CmpOp::Ne),
            "hgt" => HalfOp::Compare(CmpOp::Gt),
            "hge" => HalfOp::Compare(CmpOp::Ge),
            "hlt" => HalfOp::Compare(CmpOp::Lt),
            "hle" => HalfOp::Compare(CmpOp::Le),
            _ => return None,
        })
    }

    /// The intrinsic's name (`hadd`).
    pub fn name(self) -> &'static str {
        use crate::ir::{BinaryOp, CmpOp};
        match self {
            HalfOp::Binary(BinaryOp::Add) => "hadd",
            HalfOp::Binary(BinaryOp::Sub) => "hsub",
            HalfOp::Binary(BinaryOp::Mul) => "hmul",
            HalfOp::Binary(_) => "hdiv",
            HalfOp::Neg => "hneg",
            HalfOp::Compare(CmpOp::Eq) => "heq",
            HalfOp::Compare(CmpOp::Ne) => "hne",
            HalfOp::Compare(CmpOp::Gt) => "hgt",
            HalfOp::Compare(CmpOp::Ge) => "hge",
            HalfOp::Compare(CmpOp::Lt) => "hlt",
            HalfOp::Compare(_) => "hle",
        }
    }

    /// How many operands it takes.
    pub fn arity(self) -> usize {
        if self == HalfOp::Neg {
            1
        } else {
            2
        }
    }
}

/// Operations of the GPU kernel API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GpuFn {
    /// `threadIdx.x` etc. (int32, as in Numba).
    Index(SpecialReg, Axis),
    LaneId,
    WarpSize,
    /// `grid(ndim)`: the absolute thread position (an int64 or a tuple of them).
    Grid(u8),
    /// `gridsize(ndim)`: the number of threads in the grid per dimension.
    GridSize(u8),
    Barrier(Barrier),
    /// `syncwarp(mask=0xffffffff)`.
    SyncWarp,
    Fence(FenceScope),
    /// `shared.array(shape, dtype)` with a constant shape; a shape of 0 is the
    /// dynamic shared memory given at launch.
    SharedArray {
        shape: Dims,
        dtype: Scalar,
    },
    /// `local.array(shape, dtype)`: per-thread memory.
    LocalArray {
        shape: Dims,
        dtype: Scalar,
    },
    /// `const.array_like(ary)`: a global NumPy array read from constant
    /// memory. Resolved while lowering to the frozen array itself (every
    /// global array is frozen as constant data), so it never reaches typing.
    ConstArrayLike,
    /// `fp16.hadd(a, b)` and friends; like [`GpuFn::ConstArrayLike`], gone
    /// after lowering to IR.
    Half(HalfOp),
    Atomic(AtomicOp),
    Shuffle(Shuffle),
    Vote(Vote),
    ActiveMask,
    Popc,
    Brev,
    Clz,
    Ffs,
    Fma,
    Cbrt,
}

impl GpuFn {
    /// The name as the user wrote it, for messages.
    pub fn name(self) -> String {
        match self {
            GpuFn::Index(r, a) => format!("{}.{}", r.name(), a.name()),
            GpuFn::LaneId => "cuda.laneid".into(),
            GpuFn::WarpSize => "cuda.warpsize".into(),
            GpuFn::Grid(_) => "cuda.grid".into(),
            GpuFn::GridSize(_) => "cuda.gridsize".into(),
            GpuFn::Barrier(Barrier::Plain) => "cuda.syncthreads".into(),
            GpuFn::Barrier(Barrier::Count) => "cuda.syncthreads_count".into(),
            GpuFn::Barrier(Barrier::And) => "cuda.syncthreads_and".into(),
            GpuFn::Barrier(Barrier::Or) => "cuda.syncthreads_or".into(),
            GpuFn::SyncWarp => "cuda.syncwarp".into(),
            GpuFn::Fence(FenceScope::Block) => "cuda.threadfence_block".into(),
            GpuFn::Fence(FenceScope::Device) => "cuda.threadfence".into(),
            GpuFn::Fence(FenceScope::System) => "cuda.threadfence_system".into(),
            GpuFn::SharedArray { .. } => "cuda.shared.array".into(),
            GpuFn::LocalArray { .. } => "cuda.local.array".into(),
            GpuFn::ConstArrayLike => "cuda.const.array_like".into(),
            GpuFn::Half(op) => format!("cuda.fp16.{}", op.name()),
            GpuFn::Atomic(op) => format!("cuda.atomic.{}", op.name()),
            GpuFn::Shuffle(Shuffle::Idx) => "cuda.shfl_sync".into(),
            GpuFn::Shuffle(Shuffle::Up) => "cuda.shfl_up_sync".into(),
            GpuFn::Shuffle(Shuffle::Down) => "cuda.shfl_down_sync".into(),
            GpuFn::Shuffle(Shuffle::Xor) => "cuda.shfl_xor_sync".into(),
            GpuFn::Vote(Vote::All) => "cuda.all_sync".into(),
            GpuFn::Vote(Vote::Any) => "cuda.any_sync".into(),
            GpuFn::Vote(Vote::Ballot) => "cuda.ballot_sync".into(),
            GpuFn::ActiveMask => "cuda.activemask".into(),
            GpuFn::Popc => "cuda.popc".into(),
            GpuFn::Brev => "cuda.brev".into(),
            GpuFn::Clz => "cuda.clz".into(),
            GpuFn::Ffs => "cuda.ffs".into(),
            GpuFn::Fma => "cuda.fma".into(),
            GpuFn::Cbrt => "cuda.cbrt".into(),
        }
    }

    /// Whether the operation takes compile-time constants that lowering must
    /// read from the call's arguments (see [`GpuFn::with_constants`]).
    pub fn needs_constants(self) -> bool {
        matches!(
            self,
            GpuFn::Grid(_)
                | GpuFn::GridSize(_)
                | GpuFn::SharedArray { .. }
                | GpuFn::LocalArray { .. }
        )
    }
}

/// What `name` is in the namespace `ns`.
pub enum GpuItem {
    Namespace(GpuNs),
    /// A value (`threadIdx.x`): a call with no arguments.
    Value(GpuFn),
    Function(GpuFn),
    /// `cuda.float32` and the other scalar types.
    Scalar(Scalar),
    /// Another name for a builtin (`cuda.fp16.hsin` is `math.sin`).
    Alias(crate::builtins::Builtin),
}

/// Placeholder shape of operations whose constants come from the call.
const NO_DIMS: Dims = Dims {
    ndim: 0,
    dims: [0; 3],
};

pub fn lookup(ns: GpuNs, name: &str) -> Option<GpuItem> {
    use GpuItem::*;
    Some(match (ns, name) {
        (GpuNs::Root, "threadIdx") => Namespace(GpuNs::Dim(SpecialReg::ThreadIdx)),
        (GpuNs::Root, "blockIdx") => Namespace(GpuNs::Dim(SpecialReg::BlockIdx)),
        (GpuNs::Root, "blockDim") => Namespace(GpuNs::Dim(SpecialReg::BlockDim)),
        (GpuNs::Root, "gridDim") => Namespace(GpuNs::Dim(SpecialReg::GridDim)),
        (GpuNs::Root, "shared") => Namespace(GpuNs::Shared),
        (GpuNs::Root, "local") => Namespace(GpuNs::Local),
        (GpuNs::Root, "const") => Namespace(GpuNs::Const),
        (GpuNs::Root, "fp16") => Namespace(GpuNs::Fp16),
        (GpuNs::Const, "array_like") => Function(GpuFn::ConstArrayLike),
        (GpuNs::Root, "atomic") => Namespace(GpuNs::Atomic),
        (GpuNs::Root, "laneid") => Value(GpuFn::LaneId),
        (GpuNs::Root, "warpsize") => Value(GpuFn::WarpSize),
        (GpuNs::Root, "grid") => Function(GpuFn::Grid(0)),
        (GpuNs::Root, "gridsize") => Function(GpuFn::GridSize(0)),
        (GpuNs::Root, "syncthreads") => Function(GpuFn::Barrier(Barrier::Plain)),
        (GpuNs::Root, "syncthreads_count") => Function(GpuFn::Barrier(Barrier::Count)),
        (GpuNs::Root, "syncthreads_and") => Function(GpuFn::Barrier(Barrier::And)),
        (GpuNs::Root, "syncthreads_or") => Function(GpuFn::Barrier(Barrier::Or)),
        (GpuNs::Root, "syncwarp") => Function(GpuFn::SyncWarp),
        (GpuNs::Root, "threadfence_block") => Function(GpuFn::Fence(FenceScope::Block)),
        (GpuNs::Root, "threadfence") => Function(GpuFn::Fence(FenceScope::Device)),
        (GpuNs::Root, "threadfence_system") => Function(GpuFn::Fence(FenceScope::System)),
        (GpuNs::Root, "shfl_sync") => Function(GpuFn::Shuffle(Shuffle::Idx)),
        (GpuNs::Root, "shfl_up_sync") => Function(GpuFn::Shuffle(Shuffle::Up)),
        (GpuNs::Root, "shfl_down_sync") => Function(GpuFn::Shuffle(Shuffle::Down)),
        (GpuNs::Root, "shfl_xor_sync") => Function(GpuFn::Shuffle(Shuffle::Xor)),
        (GpuNs::Root, "all_sync") => Function(GpuFn::Vote(Vote::All)),
        (GpuNs::Root, "any_sync") => Function(GpuFn::Vote(Vote::Any)),
        (GpuNs::Root, "ballot_sync") => Function(GpuFn::Vote(Vote::Ballot)),
        (GpuNs::Root, "activemask") => Function(GpuFn::ActiveMask),
        (GpuNs::Root, "popc") => Function(GpuFn::Popc),
        (GpuNs::Root, "brev") => Function(GpuFn::Brev),
        (GpuNs::Root, "clz") => Function(GpuFn::Clz),
        (GpuNs::Root, "ffs") => Function(GpuFn::Ffs),
        (GpuNs::Root, "fma") => Function(GpuFn::Fma),
        (GpuNs::Root, "cbrt") => Function(GpuFn::Cbrt),
        (GpuNs::Root, _) => GpuItem::Scalar(crate::types::Scalar::from_name(name)?),
        (GpuNs::Dim(reg), "x") => Value(GpuFn::Index(reg, Axis(0))),
        (GpuNs::Dim(reg), "y") => Value(GpuFn::Index(reg, Axis(1))),
        (GpuNs::Dim(reg), "z") => Value(GpuFn::Index(reg, Axis(2))),
        (GpuNs::Dim(_), _) => return None,
        (GpuNs::Shared, "array") => Function(GpuFn::SharedArray {
            shape: NO_DIMS,
            dtype: crate::types::Scalar::F64,
        }),
        (GpuNs::Local, "array") => Function(GpuFn::LocalArray {
            shape: NO_DIMS,
            dtype: crate::types::Scalar::F64,
        }),
        (GpuNs::Shared | GpuNs::Local | GpuNs::Const, _) => return None,
        (GpuNs::Fp16, "hfma") => Function(GpuFn::Fma),
        (GpuNs::Fp16, "habs") => Alias(crate::builtins::Builtin::Abs),
        (GpuNs::Fp16, "hmax") => Alias(crate::builtins::Builtin::Max),
        (GpuNs::Fp16, "hmin") => Alias(crate::builtins::Builtin::Min),
        (GpuNs::Fp16, _) => match HalfOp::from_name(name) {
            Some(op) => Function(GpuFn::Half(op)),
            None => {
                use crate::builtins::MathFn::*;
                let f = match name {
                    "hsin" => Sin,
                    "hcos" => Cos,
                    "hexp" => Exp,
                    "hlog" => Log,
                    "hlog2" => Log2,
                    "hlog10" => Log10,
                    "hsqrt" => Sqrt,
                    "hceil" => Ceil,
                    "hfloor" => Floor,
                    "htrunc" => Trunc,
                    _ => return None,
                };
                Alias(crate::builtins::Builtin::Math { f, numpy: true })
            }
        },
        (GpuNs::Atomic, _) => Function(GpuFn::Atomic(AtomicOp::from_name(name)?)),
    })
}

impl GpuFn {
    /// The operation with the constants of its call filled in: `ints` are the
    /// leading integer arguments (a shape as one entry per dimension) and
    /// `dtype` the element type, when the source gave them as constants.
    pub fn with_constants(self, ints: &[i64], dtype: Option<Scalar>) -> Result<GpuFn, String> {
        let ndim = |v: &[i64]| match v {
            [n @ 1..=3] => Ok(*n as u8),
            _ => Err(format!(
                "{}() takes the number of dimensions, 1, 2 or 3, as a constant",
                self.name()
            )),
        };
        let shape = |dtype: Option<Scalar>| -> Result<(Dims, Scalar), String> {
            let dims = Dims::new(ints).filter(|d| d.as_slice().iter().all(|&n| n >= 0));
            let dims = dims.ok_or_else(|| {
                format!(
                    "{}() needs a constant shape: an integer or a tuple of up to 3 integers",
                    self.name()
                )
            })?;
            let dtype = dtype.ok_or_else(|| {
                format!(
                    "{}() needs a constant dtype such as float32 or np.int64",
                    self.name()
                )
            })?;
            Ok((dims, dtype))
        };
        Ok(match self {
            GpuFn::Grid(_) => GpuFn::Grid(ndim(ints)?),
            GpuFn::GridSize(_) => GpuFn::GridSize(ndim(ints)?),
            GpuFn::SharedArray { .. } => {
                let (shape, dtype) = shape(dtype)?;
                GpuFn::SharedArray { shape, dtype }
            }
            GpuFn::LocalArray { .. } => {
                let (shape, dtype) = shape(dtype)?;
                if shape.as_slice().contains(&0) {
                    return Err("cuda.local.array() needs a non-empty constant shape".into());
                }
                GpuFn::LocalArray { shape, dtype }
            }
            other => other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_to_operations() {
        assert!(matches!(
            lookup(GpuNs::Dim(SpecialReg::BlockDim), "y"),
            Some(GpuItem::Value(GpuFn::Index(SpecialReg::BlockDim, Axis(1))))
        ));
        assert!(matches!(
            lookup(GpuNs::Atomic, "and_"),
            Some(GpuItem::Function(GpuFn::Atomic(AtomicOp::And)))
        ));
        assert!(matches!(
            lookup(GpuNs::Atomic, "cas"),
            Some(GpuItem::Function(GpuFn::Atomic(AtomicOp::Cas)))
        ));
        assert!(lookup(GpuNs::Atomic, "mul").is_none());
        assert!(matches!(
            lookup(GpuNs::Root, "float32"),
            Some(GpuItem::Scalar(Scalar::F32))
        ));
    }

    #[test]
    fn constants_are_checked() {
        assert_eq!(
            GpuFn::Grid(0).with_constants(&[2], None),
            Ok(GpuFn::Grid(2))
        );
        assert!(GpuFn::Grid(0).with_constants(&[4], None).is_err());
        let shared = lookup(GpuNs::Shared, "array");
        let Some(GpuItem::Function(shared)) = shared else {
            panic!("shared.array resolves")
        };
        let filled = shared.with_constants(&[16, 16], Some(Scalar::F32)).unwrap();
        let GpuFn::SharedArray { shape, dtype } = filled else {
            panic!("a shared array")
        };
        assert_eq!(
            (shape.as_slice(), shape.count(), dtype),
            (&[16, 16][..], 256, Scalar::F32)
        );
        assert!(shared.with_constants(&[16], None).is_err());
    }
}
