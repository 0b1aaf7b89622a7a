//! The uniform entry point: `i32 entry(ptr args, ptr ret, ptr exc)`.
//!
//! It loads each argument from `args[i]` (memory layout, see
//! `penna_compiler::abi`), calls the entry function and, on success, stores the
//! result into `ret` in memory layout.

use inkwell::module::Linkage;
use inkwell::values::{BasicMetadataValueEnum, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::Type;

use super::{FnLowering, ModuleLowering};
use crate::error::CgResult;

/// An external function `name` of `n_ptrs` pointer parameters returning
/// `ret` (void if `None`) that wraps the program's entry: its lowering and
/// its parameters.
pub(super) fn wrapper<'m, 'ctx, 'a>(
    m: &'m ModuleLowering<'ctx, 'a>,
    name: &str,
    ret: Option<inkwell::types::IntType<'ctx>>,
    n_ptrs: usize,
) -> (FnLowering<'m, 'ctx, 'a>, Vec<PointerValue<'ctx>>) {
    let ptr = m.ctx.ptr_type(AddressSpace::default());
    let params = vec![ptr.into(); n_ptrs];
    let fn_type = match ret {
        Some(r) => r.fn_type(&params, false),
        None => m.ctx.void_type().fn_type(&params, false),
    };
    let llfn = m
        .module
        .add_function(name, fn_type, Some(Linkage::External));
    m.set_attributes(llfn);
    let params = llfn
        .get_param_iter()
        .map(|p| p.into_pointer_value())
        .collect();
    (FnLowering::new(m, m.program.entry(), llfn), params)
}

pub fn build_entry(m: &ModuleLowering<'_, '_>, name: &str) -> CgResult<()> {
    let f = m.program.entry();
    let target = m.functions[m.program.entry];
    let (mut w, params) = wrapper(m, name, Some(m.ctx.i32_type()), 3);
    let (args, ret, exc) = (params[0], params[1], params[2]);
    w.exc_ptr = exc;
    let entry = w.new_block("entry");
    w.b.position_at_end(entry);
    if m.unwinds {
        w.catch_unwinding(exc)?;
    }
    let mut values: Vec<BasicMetadataValueEnum> = vec![exc.into()];
    values.extend(w.load_arguments(args)?);
    let (status, result) = w.call_internal(target, &values)?;
    let ok =
        w.b.build_int_compare(IntPredicate::EQ, status, w.i32(0), "ok")?;
    let store = w.new_block("store");
    let done = w.new_block("done");
    w.b.build_conditional_branch(ok, store, done)?;
    w.b.position_at_end(store);
    if f.ret != Type::None {
        let v = w.b.build_extract_value(result, 1, "result")?;
        w.store_memory(&f.ret, ret, v)?;
    }
    w.b.build_unconditional_branch(done)?;
    w.b.position_at_end(done);
    w.b.build_return(Some(&status))?;
    // The unused block FnLowering::new made for locals.
    w.remove_unused_alloca_block();
    Ok(())
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The entry's arguments, loaded from `args[i]` (memory layout).
    pub(super) fn load_arguments(
        &self,
        args: PointerValue<'ctx>,
    ) -> CgResult<Vec<BasicMetadataValueEnum<'ctx>>> {
        let mut values = Vec::new();
        for (i, t) in self.f.param_types.iter().enumerate() {
            let arg_ptr = self.load_pointer(args, i)?;
            values.push(self.load_memory(t, arg_ptr)?.into());
        }
        Ok(values)
    }

    pub(super) fn remove_unused_alloca_block(&mut self) {
        if let Some(first) = self.llfn.get_first_basic_block() {
            if first.get_first_instruction().is_none() {
                let _ = unsafe { first.delete() };
            }
        }
    }
}
