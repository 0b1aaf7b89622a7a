//! Warming LLVM up before the first compile: one small loop function, of the
//! shape penna emits for a numeric loop, through `default<O3>` and code
//! generation for a target. The pages of libLLVM that the optimiser and the
//! code generator run from are read in, and their lazily built tables made,
//! while the program that imported penna goes on; a first compile after it
//! pays only for its own work.
//!
//! Invariant: nothing it makes is kept, loaded or cached; it touches no
//! state that a later compile reads (each thread has its own target machine).

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{FileType, TargetTriple};
use penna_compiler::CompileError;

use crate::target::Target;

/// `s += sqrt(a[i]) * 0.5` over `n` items, behind the status-and-value return
/// every penna function has, with a call the inliner folds.
const LOOP_IR: &str = r#"
define internal { i32, double } @body(ptr %exc, ptr %a, i64 %n) {
entry:
  %empty = icmp slt i64 %n, 1
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
  %p = getelementptr inbounds double, ptr %a, i64 %i
  %x = load double, ptr %p, align 8
  %r = call double @llvm.sqrt.f64(double %x)
  %m = fmul double %r, 5.000000e-01
  %s1 = fadd double %s, %m
  %i1 = add nsw i64 %i, 1
  %more = icmp slt i64 %i1, %n
  br i1 %more, label %loop, label %exit
exit:
  %sum = phi double [ 0.0, %entry ], [ %s1, %loop ]
  %out = insertvalue { i32, double } { i32 0, double undef }, double %sum, 1
  ret { i32, double } %out
}

define i32 @entry(ptr %args, ptr %ret, ptr %exc) {
entry:
  %a.slot = load ptr, ptr %args, align 8
  %a = load ptr, ptr %a.slot, align 8
  %n.slot.p = getelementptr inbounds ptr, ptr %args, i64 1
  %n.slot = load ptr, ptr %n.slot.p, align 8
  %n = load i64, ptr %n.slot, align 8
  %call = call { i32, double } @body(ptr %exc, ptr %a, i64 %n)
  %status = extractvalue { i32, double } %call, 0
  %value = extractvalue { i32, double } %call, 1
  store double %value, ptr %ret, align 8
  ret i32 %status
}

declare double @llvm.sqrt.f64(double)
"#;

/// Optimises and generates code for a small loop function for `target`,
/// and drops the result.
pub fn warm_up(target: &dyn Target) -> Result<(), CompileError> {
    // Errors are collected, never fatal (see `diagnostics`): made first,
    // dropped after the context.
    let diagnostics = crate::diagnostics::Diagnostics::new();
    let context = Context::create();
    diagnostics.install(&context);
    let buffer = MemoryBuffer::create_from_memory_range_copy(LOOP_IR.as_bytes(), "penna.warm");
    let module = context
        .create_module_from_ir(buffer)
        .map_err(|e| CompileError::internal(format!("warm-up IR: {}", e.to_string_lossy())))?;
    let machine = target.machine()?;
    module.set_triple(&TargetTriple::create(target.triple()));
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    module
        .run_passes("default<O3>", &machine, PassBuilderOptions::create())
        .map_err(|e| CompileError::internal(format!("warm-up: {}", e.to_string_lossy())))?;
    crate::write_to_memory(&machine, &module, FileType::Object).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_module_optimises_and_generates_code_for_the_host() {
        warm_up(&crate::CpuTarget::host()).unwrap();
    }
}
