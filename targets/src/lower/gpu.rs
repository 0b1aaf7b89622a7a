//! The GPU kernel API ([`penna_compiler::gpu`]) on a GPU target: index
//! registers, barriers, fences, warp operations through the target's
//! [`GpuIntrinsics`]; atomics, bit counts and `fma` as plain LLVM; shared
//! memory as module globals in the target's shared address space, local
//! arrays as `alloca`s. Arrays made here have no meminfo (nothing to count).

use inkwell::module::Linkage;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{AsValueRef, BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, AtomicOrdering, AtomicRMWBinOp, IntPredicate};
use penna_compiler::builtins::MathFn;
use penna_compiler::gpu::{AtomicOp, Barrier, Dims, FenceScope, GpuFn, Shuffle, SpecialReg, Vote};
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};
use crate::target::GpuIntrinsics;

/// The one symbol all dynamic shared arrays of a kernel alias (as in CUDA).
const DYNAMIC_SHARED: &str = "penna_dynamic_shared";

impl<'ctx> FnLowering<'_, 'ctx, '_> {
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
        let need = || {
            self.m
                .target
                .gpu()
                .ok_or_else(|| bug(format!("{} on a target without GPU operations", g.name())))
        };
        let i32t = self.ctx.i32_type();
        let none = || self.ctx.struct_type(&[], false).const_zero().into();
        match g {
            GpuFn::ConstArrayLike | GpuFn::Half(_) => {
                Err(bug(format!("{} survived lowering to IR", g.name())))
            }
            GpuFn::Index(reg, axis) => Ok(self.special_register(reg, axis.0)?.into()),
            GpuFn::LaneId => Ok(self.read_register(need()?.lane_id)?.into()),
            GpuFn::WarpSize => Ok(self.i32(need()?.warp_size as i64).into()),
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
                self.call_named(need()?.barrier, None, &[])?;
                Ok(none())
            }
            GpuFn::Barrier(kind) => {
                let gpu = need()?;
                let name = match kind {
                    Barrier::Count => gpu.barrier_count,
                    Barrier::And => gpu.barrier_and,
                    _ => gpu.barrier_or,
                };
                let p = self
                    .b
                    .build_int_z_extend(args[0].into_int_value(), i32t, "")?;
                self.call_named(name, Some(i32t.into()), &[p.into()])
            }
            GpuFn::SyncWarp => {
                let mask = args.first().map_or(self.i32(-1), |m| m.into_int_value());
                self.call_named(need()?.warp_barrier, None, &[mask.into()])?;
                Ok(none())
            }
            GpuFn::Fence(scope) => {
                let k = match scope {
                    FenceScope::Block => 0,
                    FenceScope::Device => 1,
                    FenceScope::System => 2,
                };
                self.call_named(need()?.fences[k], None, &[])?;
                Ok(none())
            }
            GpuFn::SharedArray { shape, dtype } => {
                let gpu = need()?;
                let data = self.shared_memory(gpu, shape, dtype)?;
                if shape.count() != 0 {
                    return self.fixed_array(data, shape.as_slice(), dtype);
                }
                let (template, constraints) = gpu.dynamic_shared_bytes;
                let i32t = self.ctx.i32_type();
                let asm = self.ctx.create_inline_asm(
                    i32t.fn_type(&[], false),
                    template.into(),
                    constraints.into(),
                    false,
                    false,
                    None,
                    false,
                );
                let bytes = self
                    .b
                    .build_indirect_call(i32t.fn_type(&[], false), asm, &[], "dyn.bytes")?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| bug("inline asm returned void"))?
                    .into_int_value();
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
                let gpu = need()?;
                let (name, ret): (_, BasicTypeEnum) = match v {
                    Vote::All => (gpu.votes[0], self.ctx.bool_type().into()),
                    Vote::Any => (gpu.votes[1], self.ctx.bool_type().into()),
                    Vote::Ballot => (gpu.votes[2], i32t.into()),
                };
                self.call_named(name, Some(ret), &[args[0], args[1]])
            }
            GpuFn::ActiveMask => self.call_named(need()?.active_mask, Some(i32t.into()), &[]),
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

    /// Calls a non-overloaded intrinsic by name, declaring it on first use.
    fn call_named(
        &self,
        name: &str,
        ret: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let params: Vec<_> = args.iter().map(|a| a.get_type().into()).collect();
        let fn_type = match ret {
            Some(r) => r.fn_type(&params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let decl = self.m.runtime_function(name, fn_type);
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let call = self.b.build_call(decl, &args, "")?;
        Ok(call
            .try_as_basic_value()
            .basic()
            .unwrap_or_else(|| self.ctx.struct_type(&[], false).const_zero().into()))
    }

    /// `threadIdx`, `blockIdx`, `blockDim`, `gridDim` along `axis` (i32).
    pub(super) fn special_register(&self, reg: SpecialReg, axis: u8) -> CgResult<IntValue<'ctx>> {
        if self.m.blocks {
            return self.emulated_register(reg, axis);
        }
        let gpu = self
            .m
            .target
            .gpu()
            .ok_or_else(|| bug("index registers on a target without GPU operations"))?;
        self.read_register(register(gpu, reg)[axis as usize])
    }

    fn read_register(&self, name: &str) -> CgResult<IntValue<'ctx>> {
        Ok(self
            .call_named(name, Some(self.ctx.i32_type().into()), &[])?
            .into_int_value())
    }

    /// A shared-memory block for one `shared.array` call, as a generic pointer.
    fn shared_memory(
        &self,
        gpu: &GpuIntrinsics,
        shape: Dims,
        dtype: Scalar,
    ) -> CgResult<PointerValue<'ctx>> {
        let space = AddressSpace::from(gpu.shared_space);
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
        let ordering = AtomicOrdering::Monotonic;
        if op == AtomicOp::Cas {
            let pair = self.b.build_cmpxchg(
                ptr,
                args[2].into_int_value(),
                args[3].into_int_value(),
                ordering,
                ordering,
            )?;
            return Ok(self.b.build_extract_value(pair, 0, "old")?);
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
        if !d.is_float() {
            return Ok(self
                .b
                .build_atomicrmw(rmw, ptr, args[2].into_int_value(), ordering)?
                .into());
        }
        // inkwell's build_atomicrmw takes integers only.
        // SAFETY: a live builder positioned in a block, a pointer and a float
        // value of the element type; LLVM returns the old value.
        let old = unsafe {
            llvm_sys::core::LLVMBuildAtomicRMW(
                self.b.as_mut_ptr(),
                rmw.into(),
                ptr.as_value_ref(),
                args[2].as_value_ref(),
                ordering.into(),
                0,
            )
        };
        // SAFETY: the result of an atomicrmw on a float is that float.
        Ok(unsafe { inkwell::values::FloatValue::new(old) }.into())
    }

    /// `shfl_*_sync(mask, value, lane_or_delta)`; 64-bit values in two halves.
    fn shuffle(
        &self,
        gpu: &GpuIntrinsics,
        kind: Shuffle,
        args: &[BasicValueEnum<'ctx>],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let s = ty.scalar().ok_or_else(|| bug("shuffle of a non-scalar"))?;
        let k = match kind {
            Shuffle::Idx => 0,
            Shuffle::Up => 1,
            Shuffle::Down => 2,
            Shuffle::Xor => 3,
        };
        // PTX's `c` operand: lanes clamp at the warp's top (at 0 for `up`).
        let clamp = self.i32(if kind == Shuffle::Up { 0 } else { 0x1f });
        let (mask, value, lane) = (args[0], args[1], args[2]);
        let i32t = self.ctx.i32_type();
        let one = |v: BasicValueEnum<'ctx>, name: &str| {
            self.call_named(name, Some(v.get_type()), &[mask, v, lane, clamp.into()])
        };
        match s {
            Scalar::F32 => one(value, gpu.shuffles[k][1]),
            Scalar::I32 | Scalar::U32 => one(value, gpu.shuffles[k][0]),
            _ => {
                let i64t = self.ctx.i64_type();
                let bits = self.b.build_bit_cast(value, i64t, "")?.into_int_value();
                let lo = self.b.build_int_truncate(bits, i32t, "lo")?;
                let hi = self
                    .b
                    .build_right_shift(bits, i64t.const_int(32, false), false, "")?;
                let hi = self.b.build_int_truncate(hi, i32t, "hi")?;
                let lo = one(lo.into(), gpu.shuffles[k][0])?.into_int_value();
                let hi = one(hi.into(), gpu.shuffles[k][0])?.into_int_value();
                let lo = self.b.build_int_z_extend(lo, i64t, "")?;
                let hi = self.b.build_int_z_extend(hi, i64t, "")?;
                let hi = self.b.build_left_shift(hi, i64t.const_int(32, false), "")?;
                let joined = self.b.build_or(hi, lo, "")?;
                Ok(self.b.build_bit_cast(joined, value.get_type(), "shfl")?)
            }
        }
    }
}

fn register(gpu: &GpuIntrinsics, reg: SpecialReg) -> &[&'static str; 3] {
    match reg {
        SpecialReg::ThreadIdx => &gpu.thread_idx,
        SpecialReg::BlockIdx => &gpu.block_idx,
        SpecialReg::BlockDim => &gpu.block_dim,
        SpecialReg::GridDim => &gpu.grid_dim,
    }
}
