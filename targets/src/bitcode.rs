//! Libraries of LLVM bitcode (libdevice, ROCm's `ocml` and `ockl`) read
//! lazily: a function's body is read from the file only when linking brings
//! it into the module, so a kernel calling one math function reads that one
//! (and what it calls), not the library's hundreds.
//!
//! The linker brings in every external definition of a library, but a
//! `linkonce_odr` one only where it is referenced: [`read_lazily`] makes
//! the library's external functions `linkonce_odr` (one definition rule
//! holds: a library defines each function once).

use std::path::Path;

use inkwell::context::{AsContextRef, ContextRef};
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::{Linkage, Module};
use llvm_sys::bit_reader::LLVMGetBitcodeModuleInContext2;

/// The module in the bitcode file at `path`, its bodies read on demand; an
/// error says what went wrong (details also reach the context's
/// diagnostics).
pub fn read_lazily<'ctx>(path: &Path, context: ContextRef<'ctx>) -> Result<Module<'ctx>, String> {
    let buffer = MemoryBuffer::create_from_file(path).map_err(|e| e.to_string())?;
    let mut module = std::ptr::null_mut();
    // SAFETY: a live context and buffer; on success the module owns the
    // buffer (so it is not freed here), on failure the caller still does.
    let failed = unsafe {
        LLVMGetBitcodeModuleInContext2(context.as_ctx_ref(), buffer.as_mut_ptr(), &mut module)
    };
    if failed != 0 || module.is_null() {
        return Err("not LLVM bitcode this LLVM (19) can read".into());
    }
    std::mem::forget(buffer);
    // SAFETY: a module just made in `context`, owned by nothing else.
    let module = unsafe { Module::new(module) };
    for f in module.get_functions() {
        let global = f.as_global_value();
        // Not yet read bodies still count as definitions.
        if !global.is_declaration() && f.get_linkage() == Linkage::External {
            f.set_linkage(Linkage::LinkOnceODR);
        }
    }
    Ok(module)
}
