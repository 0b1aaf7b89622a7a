//! What every kind of compiled entry (jit functions, ufunc loops, CPU
//! kernels, GPU kernels) shares on the way to LLVM: the host target, module
//! names, and `PENNA_DUMP`.
//!
//! Invariant: module names are unique per process (`penna<N>`, or `pc<key>`
//! for code that went through the disk cache), so symbols of loaded modules
//! never collide.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use penna_compiler::ir::print::print_program;
use penna_compiler::Program;
use penna_targets::{CpuTarget, Entry, Options, Stage};

/// The CPU this process runs on.
pub(crate) fn host() -> &'static CpuTarget {
    static HOST: OnceLock<CpuTarget> = OnceLock::new();
    HOST.get_or_init(|| {
        let _span = tracing::debug_span!("host_target").entered();
        CpuTarget::host()
    })
}

/// A module name no other module of this process has.
pub(crate) fn next_module_name() -> String {
    static MODULES: AtomicUsize = AtomicUsize::new(0);
    format!("penna{}", MODULES.fetch_add(1, Ordering::Relaxed))
}

/// `PENNA_DUMP=ir,llvm,asm` prints each stage of each new specialisation.
pub(crate) fn dump(program: &Program, module: &str, options: &Options) {
    let Ok(what) = std::env::var("PENNA_DUMP") else {
        return;
    };
    for stage in what.split(',').map(str::trim) {
        let text = match stage {
            "ir" => print_program(program),
            "llvm" => stage_text(program, module, options, Stage::LlvmOptimized),
            "llvm-raw" => stage_text(program, module, options, Stage::Llvm),
            "asm" => stage_text(program, module, options, Stage::Asm),
            _ => continue,
        };
        eprintln!("=== penna {stage}: {} ===\n{text}", program.entry().name);
    }
}

fn stage_text(program: &Program, module: &str, options: &Options, stage: Stage) -> String {
    penna_targets::compile(
        program,
        host(),
        &format!("{module}.dump"),
        options,
        stage,
        &Entry::Call,
    )
    .map(|a| a.text())
    .unwrap_or_else(|e| e.render())
}

/// `penna._native._warm_up()`: starts LLVM's host target and the JIT (the
/// pages of libLLVM they touch, milliseconds on a cold process), without the
/// GIL. `import penna` runs it on a thread, so that the first call of a
/// cached function finds them ready.
///
/// It does not also run the optimiser and code generator on a sample
/// module: measured, that made a compile 50 ms after import faster (13.5 ->
/// 9.8 ms) but one right after import slower (12.9 -> 20.5 ms, two threads
/// of LLVM and OpenBLAS's spinning server on two cores).
#[pyo3::pyfunction]
pub fn _warm_up(py: pyo3::Python<'_>) {
    py.detach(|| {
        let _ = host();
        let _ = crate::print::register();
    });
}
