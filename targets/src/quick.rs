//! The first tier ([`Optimize::Quick`]): code soon rather than fast code.
//!
//! A first call that runs briefly pays for its compile more than for its
//! run, so the first tier runs three cheap passes and the fast code
//! generator. Most of a quick compile's time is instruction selection, and
//! x86's fast selector (FastISel) gives up on aggregate values, falling back
//! to the slow selector for the whole block: arrays reach the user's
//! function as `{ptr, ptr, [n x i64], [n x i64]}` arguments from the entry.
//! Functions called from exactly one place are therefore inlined first,
//! after which `instcombine` takes the aggregates apart into scalars.
//!
//! Measured with `valgrind --tool=callgrind` on `opt` + `llc -O0` (20 copies
//! of each of three kernels of `benches/`, instructions per function): this
//! pipeline 4.8-7.7 M; without the inlining 8.1-12.6 M; `default<O3>` with
//! the aggressive code generator ~5x more than this pipeline.
//!
//! Invariant: the first tier changes no behaviour, only speed; a full
//! compile of the same program is meant to replace its code.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::{Linkage, Module};
use inkwell::values::{AsValueRef, BasicValue, FunctionValue};
use inkwell::OptimizationLevel;

use crate::Optimize;

/// The first tier's passes: inline what [`inline_single_calls`] marked,
/// locals to SSA values, aggregates apart and constants folded, dead blocks
/// gone. Generators never take it (they need a full pipeline's coroutine
/// passes).
pub(crate) const PIPELINE: &str =
    "always-inline,function(mem2reg,instcombine<no-verify-fixpoint>,simplifycfg)";

/// The code generator's level for an optimisation level: `None` selects
/// instructions with FastISel and allocates registers without search.
pub(crate) fn codegen_level(optimize: Optimize) -> OptimizationLevel {
    match optimize {
        Optimize::Quick => OptimizationLevel::None,
        Optimize::Off | Optimize::Full => OptimizationLevel::Aggressive,
    }
}

/// Marks `alwaysinline` every internal function of `module` that has a body
/// and exactly one call site, in another function: inlining it removes a
/// call and the aggregates crossing it, and copies no code.
pub(crate) fn inline_single_calls(module: &Module<'_>) {
    let kind = Attribute::get_named_enum_kind_id("alwaysinline");
    let noinline = Attribute::get_named_enum_kind_id("noinline");
    for f in module.get_functions() {
        if f.count_basic_blocks() == 0
            || f.get_linkage() != Linkage::Internal
            || f.get_enum_attribute(AttributeLoc::Function, noinline)
                .is_some()
            || !single_outside_call(f)
        {
            continue;
        }
        let attribute = module.get_context().create_enum_attribute(kind, 0);
        f.add_attribute(AttributeLoc::Function, attribute);
    }
}

/// `f` is used once, as the callee of a call in another function.
fn single_outside_call(f: FunctionValue<'_>) -> bool {
    use llvm_sys::core::{
        LLVMGetBasicBlockParent, LLVMGetCalledValue, LLVMGetInstructionParent, LLVMIsACallInst,
    };
    let Some(only) = f.as_global_value().as_pointer_value().get_first_use() else {
        return false;
    };
    if only.get_next_use().is_some() {
        return false;
    }
    let user = only.get_user().as_value_ref();
    // SAFETY: `user` is a live value of `f`'s module; the calls only read it.
    unsafe {
        if LLVMIsACallInst(user).is_null() || LLVMGetCalledValue(user) != f.as_value_ref() {
            return false;
        }
        let caller = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
        !caller.is_null() && caller != f.as_value_ref()
    }
}
