//! The uniform entry point: `i32 entry(ptr args, ptr ret, ptr exc)`.
//!
//! It loads each argument from `args[i]` (memory layout, see
//! `penna_compiler::abi`), calls the entry function and, on success, stores the
//! result into `ret` in memory layout.

use inkwell::module::Linkage;
use inkwell::values::BasicMetadataValueEnum;
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::Type;

use super::{FnLowering, ModuleLowering};
use crate::error::CgResult;

pub fn build_entry(m: &ModuleLowering<'_, '_>, name: &str) -> CgResult<()> {
    let ctx = m.ctx;
    let ptr = ctx.ptr_type(AddressSpace::default());
    let fn_type = ctx
        .i32_type()
        .fn_type(&[ptr.into(), ptr.into(), ptr.into()], false);
    let wrapper = m
        .module
        .add_function(name, fn_type, Some(Linkage::External));
    m.set_attributes(wrapper);
    let f = m.program.entry();
    let target = m.functions[m.program.entry];
    let mut w = FnLowering::new(m, f, wrapper);
    let param = |i: u32| {
        wrapper
            .get_nth_param(i)
            .expect("declared")
            .into_pointer_value()
    };
    let (args, ret, exc) = (param(0), param(1), param(2));
    w.exc_ptr = exc;
    let entry = w.new_block("entry");
    w.b.position_at_end(entry);
    let mut values: Vec<BasicMetadataValueEnum> = vec![exc.into()];
    for (i, t) in f.param_types.iter().enumerate() {
        let arg_ptr = w.load_pointer(args, i)?;
        values.push(w.load_memory(t, arg_ptr)?.into());
    }
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

impl FnLowering<'_, '_, '_> {
    pub(super) fn remove_unused_alloca_block(&mut self) {
        if let Some(first) = self.llfn.get_first_basic_block() {
            if first.get_first_instruction().is_none() {
                let _ = unsafe { first.delete() };
            }
        }
    }
}
