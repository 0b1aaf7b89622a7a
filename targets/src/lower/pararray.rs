//! Array code under `parallel=True` (Numba's parfors for array
//! expressions): the flat loop of a fused array expression and whole-array
//! reductions of C-contiguous arrays run on the thread pool.
//!
//! [`FnLowering::parallel_elements`] outlines a loop over `[lo, hi)` of `n`
//! elements into an `i32 body(ptr ctx, i64 lo, i64 hi, ptr slot, ptr exc)`
//! function (the ABI of `prange` bodies, `penna_compiler::abi`), passes the
//! values the loop needs through the context, and calls
//! `penna_rt_parallel_for` with static blocks; an exception in a member is
//! re-raised in the caller. A reduction gives each member a slot that starts
//! at the reduction's start value; the caller combines the slots in member
//! order, so a result depends on the team size only (floating-point sums
//! are grouped differently from the serial loop, as in Numba).
//!
//! Invariants: only where [`FnLowering::parallel_arrays`] holds (a CPU
//! function compiled with `parallel=True`, not inside a parallel body, so
//! no nesting); only for at least [`PARALLEL_MIN`] elements, decided at
//! run time, with the serial loop for fewer.

use inkwell::module::Linkage;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::abi::{self, Schedule};

use super::FnLowering;
use crate::error::{bug, CgResult};

/// Fewer elements than this run serially (the pool's start-up costs a few
/// microseconds; below this the loop is cheaper).
pub const PARALLEL_MIN: u64 = 1 << 16;

/// What a member's loop sees: the captured values (in order), its range,
/// and its reduction slot (null without a reduction).
pub struct Chunk<'ctx> {
    pub captured: Vec<BasicValueEnum<'ctx>>,
    pub lo: IntValue<'ctx>,
    pub hi: IntValue<'ctx>,
    pub slot: PointerValue<'ctx>,
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// Whether array loops of this function may run on the thread pool.
    pub fn parallel_arrays(&self) -> bool {
        self.f.flags.parallel
            && !self.status_only
            && self.m.target.gpu().is_none()
            && !self.m.blocks
            && self.emu.is_none()
    }

    /// `n >= PARALLEL_MIN`.
    pub fn worth_parallel(&self, n: IntValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        Ok(self.b.build_int_compare(
            IntPredicate::UGE,
            n,
            self.i64(PARALLEL_MIN as i64),
            "par.worth",
        )?)
    }

    /// Runs `body` for blocks of `[0, n)` on the team. With `slot`
    /// (`(type, start value)`), each member accumulates into its own slot,
    /// and `combine(slots, team)` then runs in the caller while the slots
    /// exist (they are freed right after, also inside a loop).
    pub fn parallel_elements(
        &mut self,
        n: IntValue<'ctx>,
        captured: &[BasicValueEnum<'ctx>],
        slot: Option<(BasicTypeEnum<'ctx>, BasicValueEnum<'ctx>)>,
        body: impl FnOnce(&mut Self, &Chunk<'ctx>) -> CgResult<()>,
        combine: impl FnOnce(&mut Self, PointerValue<'ctx>, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let types: Vec<BasicTypeEnum> = captured.iter().map(|v| v.get_type()).collect();
        let ctx_type = self.ctx.struct_type(&types, false);

        // The member's function.
        let fn_type = self.ctx.i32_type().fn_type(
            &[ptr.into(), i64t.into(), i64t.into(), ptr.into(), ptr.into()],
            false,
        );
        let k = self.m.outlined.get();
        self.m.outlined.set(k + 1);
        let name = format!("{}.array.{k}", self.f.symbol);
        let llfn = self
            .m
            .module
            .add_function(&name, fn_type, Some(Linkage::Internal));
        self.m.set_attributes(llfn);
        let param = |i: u32| llfn.get_nth_param(i).expect("declared");
        let mut w = FnLowering::new(self.m, self.f, llfn);
        w.id = self.id;
        w.exc_ptr = param(4).into_pointer_value();
        w.status_only = true;
        w.numpy_errors = self.numpy_errors;
        w.allocate_locals()?;
        let start = w.new_block("body");
        w.b.build_unconditional_branch(start)?;
        w.b.position_at_end(start);
        let ctx_ptr = param(0).into_pointer_value();
        let mut values = Vec::with_capacity(captured.len());
        for (i, ty) in types.iter().enumerate() {
            let at = w.b.build_struct_gep(ctx_type, ctx_ptr, i as u32, "")?;
            values.push(w.b.build_load(*ty, at, "")?);
        }
        let chunk = Chunk {
            captured: values,
            lo: param(1).into_int_value(),
            hi: param(2).into_int_value(),
            slot: param(3).into_pointer_value(),
        };
        body(&mut w, &chunk)?;
        if w.current_block_open() {
            w.release_all()?;
            w.b.build_return(Some(&w.i32(0)))?;
        }

        // The call.
        let ctx_ptr = self.entry_alloca(ctx_type.into(), "arr.ctx")?;
        for (i, v) in captured.iter().enumerate() {
            let at = self.b.build_struct_gep(ctx_type, ctx_ptr, i as u32, "")?;
            self.b.build_store(at, *v)?;
        }
        let team = self
            .call_rt(
                abi::TEAM_SIZE_SYMBOL,
                Some(i64t.into()),
                &[self.i64(0).into()],
            )?
            .ok_or_else(|| bug("team_size returned void"))?
            .into_int_value();
        let saved = self.stack_intrinsic("llvm.stacksave", &[])?;
        let (slots, slot_size) = match slot {
            None => (ptr.const_null(), self.i64(0)),
            Some((t, start)) => {
                let slots = self.b.build_array_alloca(t, team, "arr.slots")?;
                self.counted_loop(team, |this, k| {
                    let at = unsafe { this.b.build_in_bounds_gep(t, slots, &[k], "")? };
                    this.b.build_store(at, start)?;
                    Ok(())
                })?;
                let size = t.size_of().ok_or_else(|| bug("unsized slot"))?;
                (slots, size)
            }
        };
        self.call_parallel_for(
            llfn,
            ctx_ptr,
            n,
            (slots, slot_size),
            team,
            Schedule::StaticBlocks.code(),
            saved,
        )?;
        combine(self, slots, team)?;
        self.stack_intrinsic("llvm.stackrestore", &[saved])?;
        Ok(())
    }
}
