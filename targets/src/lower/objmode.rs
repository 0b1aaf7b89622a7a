//! `with objmode(...)` (`penna_compiler::ir::Stmt::ObjMode`): the block's
//! inputs are spilled and their addresses handed, with the types' text, to
//! `penna_rt_objmode`, which runs the block in the interpreter through the
//! host and writes the outputs (references the statement then owns) into
//! zeroed slots.

use inkwell::values::BasicValueEnum;
use inkwell::IntPredicate;
use penna_compiler::ir::LocalId;
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn objmode(
        &mut self,
        handle: u64,
        inputs: &[LocalId],
        outputs: &[(LocalId, Type)],
    ) -> CgResult<()> {
        let ptr = self.ptr_type();
        let ins: Vec<String> = inputs
            .iter()
            .map(|&l| self.f.locals[l].ty.to_string())
            .collect();
        let outs: Vec<String> = outputs.iter().map(|(_, t)| t.to_string()).collect();
        let text = format!("{}|{}", ins.join(";"), outs.join(";"));
        let args = self.entry_alloca(
            ptr.array_type(inputs.len().max(1) as u32).into(),
            "objmode.args",
        )?;
        for (k, &l) in inputs.iter().enumerate() {
            let t = self.f.locals[l].ty.clone();
            let v = self.load_local(l.index())?;
            let slot = self.spill(&t, v)?;
            let at = unsafe {
                self.b
                    .build_in_bounds_gep(ptr, args, &[self.i64(k as i64)], "objmode.arg")?
            };
            self.b.build_store(at, slot)?;
        }
        let outs_at = self.entry_alloca(
            ptr.array_type(outputs.len().max(1) as u32).into(),
            "objmode.outs",
        )?;
        let mut slots = Vec::new();
        for (k, (_, t)) in outputs.iter().enumerate() {
            let slot = self.slot(t)?;
            self.b.build_store(slot, self.m.llvm_type(t).const_zero())?;
            let at = unsafe {
                self.b
                    .build_in_bounds_gep(ptr, outs_at, &[self.i64(k as i64)], "objmode.out")?
            };
            self.b.build_store(at, slot)?;
            slots.push(slot);
        }
        let types = self.m.string(&text).as_pointer_value();
        let call_args: [BasicValueEnum<'ctx>; 6] = [
            self.i64(handle as i64).into(),
            types.into(),
            self.i64(text.len() as i64).into(),
            args.into(),
            outs_at.into(),
            self.exc_ptr.into(),
        ];
        let status = self
            .call_rt(
                "penna_rt_objmode",
                Some(self.ctx.i32_type().into()),
                &call_args,
            )?
            .ok_or_else(|| bug("objmode returned nothing"))?
            .into_int_value();
        let failed = self
            .b
            .build_int_compare(IntPredicate::NE, status, self.i32(0), "failed")?;
        let fail = self.new_block("objmode.raise");
        let ok = self.new_block("objmode.ok");
        self.b.build_conditional_branch(failed, fail, ok)?;
        self.b.position_at_end(fail);
        self.return_status(status)?;
        self.b.position_at_end(ok);
        for ((l, t), slot) in outputs.iter().zip(slots) {
            let v = self.load_memory(t, slot)?;
            let v = self.fresh(t, v)?;
            self.assign_local(l.index(), v)?;
        }
        Ok(())
    }
}
