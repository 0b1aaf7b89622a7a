//! LLVM diagnostics of one context, collected instead of fatal.
//!
//! Without a handler, LLVM prints an error diagnostic and calls `exit(1)`
//! (resource errors in a back end, for example), killing the user's Python
//! process. [`Diagnostics::install`] gives a context a handler that records
//! errors; emission may still report success, so the caller checks
//! [`Diagnostics::take_errors`] after each LLVM stage and raises a `CompileError`.
//!
//! Invariant: the `Diagnostics` outlives the context it is installed on (it is
//! created before the context, so dropped after it).

use std::ffi::{c_void, CStr};
use std::sync::Mutex;

use inkwell::context::Context;
use llvm_sys::core::{
    LLVMContextSetDiagnosticHandler, LLVMDisposeMessage, LLVMGetDiagInfoDescription,
    LLVMGetDiagInfoSeverity,
};
use llvm_sys::prelude::LLVMDiagnosticInfoRef;
use llvm_sys::LLVMDiagnosticSeverity;

/// The error diagnostics LLVM reported on one context.
pub struct Diagnostics {
    errors: Mutex<Vec<String>>,
}

impl Diagnostics {
    /// A collector at a stable address (the handler receives it); create it
    /// before the context, so that it is dropped after it.
    pub fn new() -> Box<Diagnostics> {
        Box::new(Diagnostics {
            errors: Mutex::new(Vec::new()),
        })
    }

    /// Makes `context` report its diagnostics here (`self` is boxed: its
    /// address must not change while the context lives).
    pub fn install(&self, context: &Context) {
        let ptr = self as *const Diagnostics as *mut c_void;
        // SAFETY: the handler only reads `ptr` as a `Diagnostics`, which the
        // caller keeps alive as long as the context (module invariant).
        unsafe { LLVMContextSetDiagnosticHandler(context.raw(), Some(handler), ptr) };
    }

    /// The errors reported so far, taken (the next call starts empty).
    pub fn take_errors(&self) -> Vec<String> {
        self.errors
            .lock()
            .map(|mut e| std::mem::take(&mut *e))
            .unwrap_or_default()
    }
}

extern "C" fn handler(info: LLVMDiagnosticInfoRef, ctx: *mut c_void) {
    // SAFETY: LLVM passes the diagnostic it is reporting and the pointer given
    // at installation, a live `Diagnostics`.
    unsafe {
        if LLVMGetDiagInfoSeverity(info) != LLVMDiagnosticSeverity::LLVMDSError {
            return;
        }
        let raw = LLVMGetDiagInfoDescription(info);
        let text = CStr::from_ptr(raw).to_string_lossy().into_owned();
        LLVMDisposeMessage(raw);
        let d = &*(ctx as *const Diagnostics);
        if let Ok(mut e) = d.errors.lock() {
            e.push(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::targets::{
        CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
    };
    use inkwell::{InlineAsmDialect, OptimizationLevel};

    /// An inline-asm error is an error diagnostic: without the handler LLVM
    /// would print it and exit the process.
    #[test]
    fn errors_are_collected_not_fatal() {
        Target::initialize_native(&InitializationConfig::default()).expect("native target");
        let diagnostics = Diagnostics::new();
        let context = Context::create();
        diagnostics.install(&context);
        let module = context.create_module("bad_asm");
        let void = context.void_type();
        let f = module.add_function("f", void.fn_type(&[], false), None);
        let b = context.create_builder();
        b.position_at_end(context.append_basic_block(f, "entry"));
        let asm = context.create_inline_asm(
            void.fn_type(&[], false),
            "not_an_instruction %eax".into(),
            "".into(),
            true,
            false,
            Some(InlineAsmDialect::ATT),
            false,
        );
        b.build_indirect_call(void.fn_type(&[], false), asm, &[], "")
            .expect("call");
        b.build_return(None).expect("ret");
        let triple = TargetMachine::get_default_triple();
        let machine = Target::from_triple(&triple)
            .expect("target")
            .create_target_machine(
                &triple,
                "x86-64",
                "",
                OptimizationLevel::Default,
                RelocMode::Default,
                CodeModel::Default,
            )
            .expect("machine");
        let _ = machine.write_to_memory_buffer(&module, FileType::Object);
        let errors = diagnostics.take_errors();
        assert!(
            errors.iter().any(|e| e.contains("not_an_instruction")),
            "{errors:?}"
        );
    }
}
