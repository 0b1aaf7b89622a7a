//! NumPy ufunc inner loops around a compiled kernel (`@vectorize`,
//! `@guvectorize`).
//!
//! A loop has NumPy's signature
//! `void loop(char **args, npy_intp *dims, npy_intp *steps, void *data)`:
//! `dims[0]` iterations; operand `k` of iteration `i` is at
//! `args[k] + i * steps[k]`. For a generalized ufunc, `dims[1..]` are the core
//! dimension sizes (by name index) and `steps[nargs..]` the core strides of
//! each operand in turn, which become the shape and strides of the array views
//! handed to the kernel. The kernel is internal and inlined: a loop over a
//! contiguous operand vectorises like any other loop.
//!
//! A kernel that raises stops the loop; the exception record goes to the
//! runtime's `penna_rt_ufunc_error`, which keeps it for the caller to raise
//! once NumPy returns (a legacy loop has no way to report an error itself).

use inkwell::values::{BasicMetadataValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::abi::UFUNC_ERROR_SYMBOL;
use penna_compiler::Type;

use super::ndarray::Parts;
use super::{FnLowering, ModuleLowering};
use crate::error::{bug, CgResult};
use crate::UfuncLoop;

pub fn build_loop(m: &ModuleLowering<'_, '_>, name: &str, kind: &UfuncLoop) -> CgResult<()> {
    let ctx = m.ctx;
    let ptr = ctx.ptr_type(AddressSpace::default());
    let f = m.program.entry();
    let (mut w, params) = super::entry::wrapper(m, name, None, 4);
    let (args, dims, steps) = (params[0], params[1], params[2]);
    w.b.position_at_end(w.alloca_block);
    let record = w.exception_record_type();
    w.exc_ptr = w.b.build_alloca(record, "exc")?;
    w.b.build_store(w.exc_ptr, record.const_zero())?;
    let n = w.load_index(dims, 0)?;
    let nparams = f.param_types.len();
    let nargs = match kind {
        UfuncLoop::Elementwise { .. } => nparams + 1,
        UfuncLoop::Generalized { .. } => nparams,
    };
    let bases: Vec<PointerValue> = (0..nargs)
        .map(|k| w.load_pointer(args, k))
        .collect::<CgResult<_>>()?;
    let outer: Vec<IntValue> = (0..nargs)
        .map(|k| w.load_index(steps, k))
        .collect::<CgResult<_>>()?;
    let done = w.new_block("done");
    let failed = w.new_block("failed");
    w.counted_loop(n, |w, i| {
        let at: Vec<PointerValue> = (0..nargs)
            .map(|k| {
                let offset = w.b.build_int_nsw_mul(i, outer[k], "off")?;
                Ok(unsafe { w.b.build_gep(ctx.i8_type(), bases[k], &[offset], "op")? })
            })
            .collect::<CgResult<_>>()?;
        let mut values: Vec<BasicMetadataValueEnum> = vec![w.exc_ptr.into()];
        let mut core_step = nargs;
        for (k, t) in f.param_types.iter().enumerate() {
            let v = match (kind, t) {
                (UfuncLoop::Generalized { core }, Type::Array(a)) => {
                    let names = &core[k];
                    let mut shape = Vec::new();
                    let mut strides = Vec::new();
                    for (j, &d) in names.iter().enumerate() {
                        shape.push(w.load_index(dims, 1 + d)?);
                        strides.push(w.load_index(steps, core_step + j)?);
                    }
                    if names.is_empty() && a.ndim == 1 {
                        // A `()` operand typed as a 1D array: one element.
                        shape.push(w.i64(1));
                        strides.push(w.i64(a.dtype.size() as i64));
                    }
                    if shape.len() != a.ndim as usize {
                        return Err(bug("gufunc operand rank differs from its core dimensions"));
                    }
                    let parts = Parts {
                        meminfo: ptr.const_null(),
                        data: at[k],
                        shape,
                        strides,
                    };
                    w.descriptor(&parts)?.into()
                }
                _ => w.load_memory(t, at[k])?,
            };
            if let UfuncLoop::Generalized { core } = kind {
                core_step += core[k].len();
            }
            values.push(v.into());
        }
        let target = m.functions[m.program.entry];
        let (status, result) = w.call_internal(target, &values)?;
        let bad =
            w.b.build_int_compare(IntPredicate::NE, status, w.i32(0), "bad")?;
        let bad = w.unlikely(bad)?;
        let store = w.new_block("store");
        w.b.build_conditional_branch(bad, failed, store)?;
        w.b.position_at_end(store);
        if let UfuncLoop::Elementwise { out } = kind {
            let from = f
                .ret
                .scalar()
                .ok_or_else(|| bug("vectorize kernel returns a non-scalar"))?;
            let v = w.b.build_extract_value(result, 1, "result")?;
            let v = w.convert_scalar(v, from, *out)?;
            w.store_scalar(*out, at[nparams], v)?;
        }
        Ok(())
    })?;
    w.b.build_unconditional_branch(done)?;
    w.b.position_at_end(failed);
    let report = m.runtime_function(
        UFUNC_ERROR_SYMBOL,
        ctx.void_type().fn_type(&[ptr.into()], false),
    );
    w.b.build_call(report, &[w.exc_ptr.into()], "")?;
    w.b.build_unconditional_branch(done)?;
    w.b.position_at_end(done);
    w.b.build_return(None)?;
    Ok(())
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `base[k]` of an `npy_intp` array.
    fn load_index(&self, base: PointerValue<'ctx>, k: usize) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let slot = unsafe {
            self.b
                .build_in_bounds_gep(i64t, base, &[self.i64(k as i64)], "slot")?
        };
        Ok(self.b.build_load(i64t, slot, "n")?.into_int_value())
    }

    /// `base[k]` of a pointer array.
    pub fn load_pointer(&self, base: PointerValue<'ctx>, k: usize) -> CgResult<PointerValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let slot = unsafe {
            self.b
                .build_in_bounds_gep(ptr, base, &[self.i64(k as i64)], "arg.slot")?
        };
        Ok(self
            .b
            .build_load(ptr, slot, "arg.ptr")?
            .into_pointer_value())
    }
}
