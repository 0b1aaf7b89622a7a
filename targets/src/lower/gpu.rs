//! The GPU kernel API ([`penna_compiler::gpu`]) on a GPU target: index
//! registers, barriers, fences, warp operations through the target's
//! [`GpuTarget`] hooks; atomics, bit counts and `fma` as plain LLVM; shared
//! memory as module globals in the target's shared address space, local
//! arrays as `alloca`s. Arrays made here have no meminfo (nothing to count).

use inkwell::module::Linkage;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, AtomicRMWBinOp, IntPredicate};
use penna_compiler::builtins::MathFn;
use penna_compiler::gpu::{AtomicOp, Barrier, Dims, GpuFn, Shuffle, SpecialReg};
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};
use crate::target::{GpuBuilder, GpuTarget};

/// The one symbol all dynamic shared arrays of a kernel alias (as in CUDA).
const DYNAMIC_SHARED: &str = "penna_dynamic_shared";

impl<'ctx, 'a> FnLowering<'_, 'ctx, 'a> {
    pub fn gpu_call(
        &mut self,
        g: GpuFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if self.m.blocks {
            if let Some(v) = self.emulated_gpu_call(g)? {
                return Ok(v);
            }
        }
        let need = || self.gpu_target(&g.name());
        let gb = self.gpu_builder();
        let i32t = self.ctx.i32_type();
        let none = || self.ctx.struct_type(&[], false).const_zero().into();
        match g {
            GpuFn::ConstArrayLike | GpuFn::Half(_) => {
                Err(bug(format!("{} survived lowering to IR", g.name())))
            }
            GpuFn::Index(reg, axis) => Ok(self.special_register(reg, axis.0)?.into()),
            GpuFn::LaneId => Ok(need()?.lane_id(&gb)?.into()),
            GpuFn::WarpSize => Ok(self.i32(need()?.warp_size() as i64).into()),
            GpuFn::Grid(n) | GpuFn::GridSize(n) => {
                let mut items = Vec::new();
                for k in 0..n as usize {
                    let wide = |reg| -> CgResult<IntValue<'ctx>> {
                        let v = self.special_register(reg, k as u8)?;
                        Ok(self.b.build_int_z_extend(v, self.ctx.i64_type(), "")?)
                    };
                    let (ntid, other) = if matches!(g, GpuFn::Grid(_)) {
                        (wide(SpecialReg::BlockDim)?, wide(SpecialReg::BlockIdx)?)
                    } else {
                        (wide(SpecialReg::BlockDim)?, wide(SpecialReg::GridDim)?)
                    };
                    let scaled = self.b.build_int_nuw_mul(ntid, other, "")?;
                    items.push(if matches!(g, GpuFn::Grid(_)) {
                        let tid = wide(SpecialReg::ThreadIdx)?;
                        self.b.build_int_nuw_add(scaled, tid, "grid")?
                    } else {
                        scaled
                    });
                }
                if let [one] = items.as_slice() {
                    return Ok((*one).into());
                }
                let fields: Vec<BasicTypeEnum> =
                    items.iter().map(|_| self.ctx.i64_type().into()).collect();
                let mut t = self.ctx.struct_type(&fields, false).get_undef();
                for (k, v) in items.into_iter().enumerate() {
                    t = self
                        .b
                        .build_insert_value(t, v, k as u32, "")?
                        .into_struct_value();
                }
                Ok(t.into())
            }
            GpuFn::Barrier(Barrier::Plain) => {
                need()?.barrier(&gb)?;
                Ok(none())
            }
            GpuFn::Barrier(kind) => {
                let p = self
                    .b
                    .build_int_z_extend(args[0].into_int_value(), i32t, "")?;
                Ok(need()?.barrier_reduce(&gb, kind, p)?.into())
            }
            GpuFn::SyncWarp => {
                let mask = args.first().map_or(self.i32(-1), |m| m.into_int_value());
                need()?.warp_barrier(&gb, mask)?;
                Ok(none())
            }
            GpuFn::Fence(scope) => {
                need()?.fence(&gb, scope)?;
                Ok(none())
            }
            GpuFn::SharedArray { shape, dtype } => {
                let gpu = need()?;
                let data = self.shared_memory(gpu, shape, dtype)?;
                if shape.count() != 0 {
                    return self.fixed_array(data, shape.as_slice(), dtype);
                }
                let bytes = gpu.dynamic_shared_bytes(&gb)?;
                let bytes = self.b.build_int_z_extend(bytes, self.ctx.i64_type(), "")?;
                self.dynamic_shared_array(data, bytes, dtype)
            }
            GpuFn::LocalArray { shape, dtype } => {
                let ty = self
                    .m
                    .scalar_memory_type(dtype)
                    .array_type(shape.count() as u32);
                let data = self.entry_alloca(ty.into(), "local.array")?;
                self.fixed_array(data, shape.as_slice(), dtype)
            }
            GpuFn::Atomic(op) => self.atomic(op, args, types),
            GpuFn::Shuffle(kind) => self.shuffle(need()?, kind, args, types[1]),
            GpuFn::Vote(v) => {
                let (mask, p) = (args[0].into_int_value(), args[1].into_int_value());
                need()?.vote(&gb, v, mask, p)
            }
            GpuFn::ActiveMask => Ok(need()?.active_mask(&gb)?.into()),
            GpuFn::Popc | GpuFn::Clz | GpuFn::Ffs | GpuFn::Brev => {
                let x = args[0].into_int_value();
                let ty = x.get_type().into();
                let no_poison = self.ctx.bool_type().const_zero().into();
                let counted = match g {
                    GpuFn::Brev => return self.call_intrinsic("llvm.bitreverse", ty, &[args[0]]),
                    GpuFn::Popc => self.call_intrinsic("llvm.ctpop", ty, &[args[0]])?,
                    GpuFn::Clz => self.call_intrinsic("llvm.ctlz", ty, &[args[0], no_poison])?,
                    _ => {
                        // ffs: 1 + the index of the lowest set bit, 0 for 0.
                        let tz = self.call_intrinsic("llvm.cttz", ty, &[args[0], no_poison])?;
                        let one = x.get_type().const_int(1, false);
                        let pos = self.b.build_int_add(tz.into_int_value(), one, "")?;
                        let zero = self.b.build_int_compare(
                            IntPredicate::EQ,
                            x,
                            x.get_type().const_zero(),
                            "",
                        )?;
                        self.b
                            .build_select(zero, x.get_type().const_zero(), pos, "ffs")?
                    }
                };
                Ok(self
                    .b
                    .build_int_cast(counted.into_int_value(), i32t, "")?
                    .into())
            }
            GpuFn::Fma => {
                let ty = args[0].get_type();
                self.call_intrinsic("llvm.fma", ty, args)
            }
            GpuFn::Cbrt => {
                let s = types[0]
                    .scalar()
                    .ok_or_else(|| bug("cbrt of a non-scalar"))?;
                self.call_math(MathFn::Cbrt, s, args)
            }
        }
    }

    /// The GPU hooks of the target, for the operation `what`.
    fn gpu_target(&self, what: &str) -> CgResult<&'a dyn GpuTarget> {
        self.m
            .target
            .gpu()
            .ok_or_else(|| bug(format!("{what} on a target without GPU operations")))
    }

    /// What the target's GPU hooks build with, at the current position.
    fn gpu_builder(&self) -> GpuBuilder<'_, 'ctx> {
        GpuBuilder {
            ctx: self.ctx,
            b: &self.b,
            module: &self.m.module,
        }
    }

    /// `threadIdx`, `blockIdx`, `blockDim`, `gridDim` along `axis` (i32).
    pub(super) fn special_register(&self, reg: SpecialReg, axis: u8) -> CgResult<IntValue<'ctx>> {
        if self.m.blocks {
            return self.emulated_register(reg, axis);
        }
        self.gpu_target("index registers")?
            .special_register(&self.gpu_builder(), reg, axis)
    }

    /// A shared-memory block for one `shared.array` call, as a generic pointer.
    fn shared_memory(
        &self,
        gpu: &dyn GpuTarget,
        shape: Dims,
        dtype: Scalar,
    ) -> CgResult<PointerValue<'ctx>> {
        let space = AddressSpace::from(gpu.spaces().shared);
        let elem = self.m.scalar_memory_type(dtype);
        let global = if shape.count() == 0 {
            // Dynamic shared memory: sized at launch, shared by every such array.
            match self.m.module.get_global(DYNAMIC_SHARED) {
                Some(g) => g,
                None => {
                    let ty = self.ctx.i8_type().array_type(0);
                    let g = self.m.module.add_global(ty, Some(space), DYNAMIC_SHARED);
                    g.set_linkage(Linkage::External);
                    g.set_alignment(16);
                    g
                }
            }
        } else {
            let n = self.m.shared_arrays.get();
            self.m.shared_arrays.set(n + 1);
            // Counted as on the CPU, for the static limit.
            self.m.shared_item(shape.count(), dtype);
            let ty = elem.array_type(shape.count() as u32);
            let g = self
                .m
                .module
                .add_global(ty, Some(space), &format!("shared.{n}"));
            g.set_linkage(Linkage::Internal);
            g.set_initializer(&ty.get_undef());
            g.set_alignment(dtype.size().max(16));
            g
        };
        let generic = self.ctx.ptr_type(AddressSpace::default());
        Ok(self
            .b
            .build_address_space_cast(global.as_pointer_value(), generic, "shared")?)
    }

    fn atomic(
        &self,
        op: AtomicOp,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let Type::Array(a) = types[0] else {
            return Err(bug("atomic on a non-array"));
        };
        let parts = self.array_parts(a, args[0])?;
        let index: Vec<IntValue<'ctx>> = match args[1] {
            BasicValueEnum::IntValue(i) => vec![i],
            BasicValueEnum::StructValue(t) => (0..a.ndim as u32)
                .map(|k| Ok(self.b.build_extract_value(t, k, "")?.into_int_value()))
                .collect::<CgResult<_>>()?,
            _ => return Err(bug("atomic index")),
        };
        let ptr = self.address(&parts, &index)?;
        let d = a.dtype;
        // Kernels run on the CPU (no GPU hooks) use LLVM's plain atomics.
        let gpu = self.m.target.gpu();
        let gb = self.gpu_builder();
        if op == AtomicOp::Cas {
            let (expected, new) = (args[2].into_int_value(), args[3].into_int_value());
            return match gpu {
                Some(gpu) => gpu.atomic_cas(&gb, ptr, expected, new),
                None => gb.atomic_cas(ptr, expected, new),
            };
        }
        use AtomicRMWBinOp as R;
        let rmw = match (op, d.is_float()) {
            (AtomicOp::Add, false) => R::Add,
            (AtomicOp::Add, true) => R::FAdd,
            (AtomicOp::Sub, false) => R::Sub,
            (AtomicOp::Sub, true) => R::FSub,
            (AtomicOp::Max, true) => R::FMax,
            (AtomicOp::Min, true) => R::FMin,
            (AtomicOp::Max, false) if d.is_signed() => R::Max,
            (AtomicOp::Min, false) if d.is_signed() => R::Min,
            (AtomicOp::Max, false) => R::UMax,
            (AtomicOp::Min, false) => R::UMin,
            (AtomicOp::Exch, _) => R::Xchg,
            (AtomicOp::And, _) => R::And,
            (AtomicOp::Or, _) => R::Or,
            (AtomicOp::Xor, _) => R::Xor,
            (AtomicOp::Inc, _) => R::UIncWrap,
            (AtomicOp::Dec, _) => R::UDecWrap,
            (AtomicOp::Cas, _) => unreachable!("handled above"),
        };
        match gpu {
            Some(gpu) => gpu.atomic_rmw(&gb, rmw, ptr, args[2]),
            None => gb.atomic_rmw(rmw, ptr, args[2]),
        }
    }

    /// `shfl_*_sync(mask, value, lane_or_delta)`; 64-bit values in two halves.
    fn shuffle(
        &self,
        gpu: &dyn GpuTarget,
        kind: Shuffle,
        args: &[BasicValueEnum<'ctx>],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let s = ty.scalar().ok_or_else(|| bug("shuffle of a non-scalar"))?;
        let (mask, value, lane) = (args[0].into_int_value(), args[1], args[2].into_int_value());
        let gb = self.gpu_builder();
        let one = |v: BasicValueEnum<'ctx>| gpu.shuffle(&gb, kind, mask, v, lane);
        match s {
            Scalar::F32 | Scalar::I32 | Scalar::U32 => one(value),
            _ => {
                let i32t = self.ctx.i32_type();
                let i64t = self.ctx.i64_type();
                let bits = self.b.build_bit_cast(value, i64t, "")?.into_int_value();
                let lo = self.b.build_int_truncate(bits, i32t, "lo")?;
                let hi = self
                    .b
                    .build_right_shift(bits, i64t.const_int(32, false), false, "")?;
                let hi = self.b.build_int_truncate(hi, i32t, "hi")?;
                let lo = one(lo.into())?.into_int_value();
                let hi = one(hi.into())?.into_int_value();
                let lo = self.b.build_int_z_extend(lo, i64t, "")?;
                let hi = self.b.build_int_z_extend(hi, i64t, "")?;
                let hi = self.b.build_left_shift(hi, i64t.const_int(32, false), "")?;
                let joined = self.b.build_or(hi, lo, "")?;
                Ok(self.b.build_bit_cast(joined, value.get_type(), "shfl")?)
            }
        }
    }
}
