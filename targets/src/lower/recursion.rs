//! One level of recursive inlining for small self-recursive functions.
//!
//! LLVM never inlines a function into itself, so `fib(n - 1) + fib(n - 2)`
//! stays one call per node of the call tree (after accumulator tail-call
//! elimination, one of the two). GCC inlines such a function into itself a
//! few levels deep, which is why C's `fib` ran 1.6x faster than penna's.
//!
//! Here a small function `f` that calls itself directly is lowered twice: the
//! second copy, `f.rec`, is internal and `alwaysinline`, calls `f`, and `f`'s
//! own calls of itself are redirected to it. Once the inliner has run, `f`
//! holds two levels of its body and calls itself at the leaves of the
//! second: half the calls, and the two levels optimise together (the second
//! level's `n < 2` tests fold with the first's).
//!
//! Invariants: only direct self-calls move (mutual recursion is left as it
//! is); the copy is lowered from the same penna function by the same code,
//! so it raises, releases and guards the stack exactly as `f` does; nothing
//! changes on GPU targets, without optimisation, or for generators and
//! parallel programs (whose lowering creates further functions).

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::Linkage;
use inkwell::values::{AsValueRef, FunctionValue, InstructionOpcode, InstructionValue};

use super::{FnLowering, ModuleLowering};
use crate::error::CgResult;

/// The most LLVM instructions (as lowered, before `mem2reg`) a function may
/// have to be copied: the copy doubles its code after inlining.
const MAX_INSTRUCTIONS: usize = 160;

/// Gives each small, directly self-recursive function of `m` its inlined
/// second level (see the module docs).
pub(crate) fn unroll_self_recursion(m: &ModuleLowering<'_, '_>) -> CgResult<()> {
    if m.target.gpu().is_some()
        || m.options.optimize != crate::Optimize::Full
        || m.program.is_parallel()
    {
        return Ok(());
    }
    for (id, f) in m.program.functions.iter().enumerate() {
        if f.generator || !m.reaches[id][id] {
            continue;
        }
        let llfn = m.functions[id];
        let calls = self_calls(llfn);
        if calls.is_empty() || instruction_count(llfn) > MAX_INSTRUCTIONS {
            continue;
        }
        let name = format!("{}.rec", llfn.get_name().to_string_lossy());
        let copy = m
            .module
            .add_function(&name, llfn.get_type(), Some(Linkage::Internal));
        m.set_attributes(copy);
        let inline = Attribute::get_named_enum_kind_id("alwaysinline");
        copy.add_attribute(
            AttributeLoc::Function,
            m.ctx.create_enum_attribute(inline, 0),
        );
        let mut lowering = FnLowering::new(m, f, copy);
        lowering.id = id;
        lowering.lower_body()?;
        for call in calls {
            let n = call.get_num_operands();
            // SAFETY: `call` is a live direct call of `llfn`, whose callee is
            // its last operand; `copy` has `llfn`'s type.
            unsafe {
                llvm_sys::core::LLVMSetOperand(call.as_value_ref(), n - 1, copy.as_value_ref())
            };
        }
    }
    Ok(())
}

/// The calls in `f` whose callee is `f` itself.
fn self_calls<'ctx>(f: FunctionValue<'ctx>) -> Vec<InstructionValue<'ctx>> {
    let me = f.as_value_ref();
    f.get_basic_blocks()
        .into_iter()
        .flat_map(|bb| bb.get_instructions())
        .filter(|i| i.get_opcode() == InstructionOpcode::Call)
        // SAFETY: `i` is a call instruction of a live module.
        .filter(|i| unsafe { llvm_sys::core::LLVMGetCalledValue(i.as_value_ref()) } == me)
        .collect()
}

fn instruction_count(f: FunctionValue<'_>) -> usize {
    f.get_basic_blocks()
        .into_iter()
        .map(|bb| bb.get_instructions().count())
        .sum()
}
