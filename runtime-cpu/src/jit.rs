//! The process-wide LLJIT.
//!
//! One `LLJIT` instance with one JITDylib holds every loaded module. Modules must
//! have unique external symbols (penna names entries `<module>.entry` with a
//! unique module name; all other functions are internal). Loaded code stays for
//! the life of the process, as compiled functions do in Numba.

use std::ffi::{c_char, CStr, CString};
use std::sync::{Mutex, OnceLock};

use llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use llvm_sys::orc2::lljit::*;
use llvm_sys::orc2::*;

use crate::call::EntryFn;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot start the LLVM JIT: {0}")]
    Init(String),
    #[error("cannot load compiled code: {0}")]
    Link(String),
    #[error("compiled code has no entry `{0}`: {1}")]
    Missing(String, String),
}

struct Jit {
    lljit: LLVMOrcLLJITRef,
}

// SAFETY: LLJIT is thread-safe for adding objects and lookups; penna also
// serialises all access through the mutex below.
unsafe impl Send for Jit {}

fn take_error(err: LLVMErrorRef) -> Option<String> {
    if err.is_null() {
        return None;
    }
    // SAFETY: a non-null error is owned by us and consumed by GetErrorMessage.
    unsafe {
        let msg = LLVMGetErrorMessage(err);
        let text = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Some(text)
    }
}

fn jit() -> Result<&'static Mutex<Jit>, LoadError> {
    static JIT: OnceLock<Result<Mutex<Jit>, String>> = OnceLock::new();
    JIT.get_or_init(|| {
        // SAFETY: plain LLVM C API calls; every out-pointer is initialised on success.
        unsafe {
            llvm_sys::target::LLVM_InitializeNativeTarget();
            llvm_sys::target::LLVM_InitializeNativeAsmPrinter();
            let mut lljit: LLVMOrcLLJITRef = std::ptr::null_mut();
            if let Some(e) = take_error(LLVMOrcCreateLLJIT(&mut lljit, std::ptr::null_mut())) {
                return Err(e);
            }
            let prefix = LLVMOrcLLJITGetGlobalPrefix(lljit);
            let mut generator: LLVMOrcDefinitionGeneratorRef = std::ptr::null_mut();
            let err = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut generator,
                prefix,
                None,
                std::ptr::null_mut(),
            );
            if let Some(e) = take_error(err) {
                return Err(e);
            }
            LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(lljit), generator);
            for (name, address) in crate::symbols() {
                define(lljit, name, address).map_err(|e| e.to_string())?;
            }
            Ok(Mutex::new(Jit { lljit }))
        }
    })
    .as_ref()
    .map_err(|e| LoadError::Init(e.clone()))
}

/// Makes `name` resolve to `address` for all code loaded later: how the host
/// (the Python extension) provides runtime functions such as `penna_rt_print`
/// without this crate knowing Python. Defining a name twice is an error.
pub fn define_symbol(name: &str, address: usize) -> Result<(), LoadError> {
    let jit = jit()?.lock().unwrap_or_else(|p| p.into_inner());
    // SAFETY: a live LLJIT, serialised by the lock.
    unsafe { define(jit.lljit, name, address) }
}

/// # Safety
/// `lljit` must be a live LLJIT that no other thread uses meanwhile.
unsafe fn define(lljit: LLVMOrcLLJITRef, name: &str, address: usize) -> Result<(), LoadError> {
    let cname =
        CString::new(name).map_err(|_| LoadError::Missing(name.into(), "NUL in name".into()))?;
    // SAFETY: plain ORC C API calls; the materialization unit is consumed by Define.
    unsafe {
        let mut pair = LLVMOrcCSymbolMapPair {
            Name: LLVMOrcLLJITMangleAndIntern(lljit, cname.as_ptr()),
            Sym: LLVMJITEvaluatedSymbol {
                Address: address as LLVMOrcExecutorAddress,
                Flags: LLVMJITSymbolFlags {
                    GenericFlags: LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported
                        as u8
                        | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable as u8,
                    TargetFlags: 0,
                },
            },
        };
        let unit = LLVMOrcAbsoluteSymbols(&mut pair, 1);
        let dylib = LLVMOrcLLJITGetMainJITDylib(lljit);
        if let Some(e) = take_error(LLVMOrcJITDylibDefine(dylib, unit)) {
            return Err(LoadError::Link(e));
        }
    }
    Ok(())
}

/// Loads an object file and returns its entry point.
pub fn load(object: &[u8], entry: &str) -> Result<EntryFn, LoadError> {
    let address = load_address(object, entry)?;
    // SAFETY: the symbol is an entry penna generated with the EntryFn signature.
    Ok(unsafe { std::mem::transmute::<usize, EntryFn>(address) })
}

/// Loads an object file and returns the (non-null) address of `symbol`, for
/// entries with another signature (ufunc loops).
pub fn load_address(object: &[u8], entry: &str) -> Result<usize, LoadError> {
    let _span = tracing::debug_span!("load", entry).entered();
    let jit = jit()?.lock().unwrap_or_else(|p| p.into_inner());
    let name =
        CString::new(entry).map_err(|_| LoadError::Missing(entry.into(), "NUL in name".into()))?;
    // SAFETY: the buffer copies `object`; AddObjectFile takes ownership of it.
    unsafe {
        let buffer = llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy(
            object.as_ptr() as *const c_char,
            object.len(),
            name.as_ptr(),
        );
        let dylib = LLVMOrcLLJITGetMainJITDylib(jit.lljit);
        if let Some(e) = take_error(LLVMOrcLLJITAddObjectFile(jit.lljit, dylib, buffer)) {
            return Err(LoadError::Link(e));
        }
        let mut address: LLVMOrcExecutorAddress = 0;
        if let Some(e) = take_error(LLVMOrcLLJITLookup(jit.lljit, &mut address, name.as_ptr())) {
            return Err(LoadError::Missing(entry.into(), e));
        }
        if address == 0 {
            return Err(LoadError::Missing(entry.into(), "null address".into()));
        }
        Ok(address as usize)
    }
}
