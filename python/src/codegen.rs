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

/// Object code of `program`'s call entry for the host, as `module`.
pub(crate) fn compile_call(
    program: &Program,
    options: &Options,
    module: &str,
) -> Result<penna_targets::Artifact, penna_compiler::CompileError> {
    penna_targets::compile(
        program,
        host(),
        module,
        options,
        Stage::Object,
        &Entry::Call,
    )
}

/// The sample the warm-up compiles: what first calls commonly hold (loops
/// over 1-D and 2-D arrays, math calls, complex and integer arithmetic, a
/// `while`, a branch), so that it touches the code they will run.
const WARM_UP_SOURCE: &str = "import math
def warm_up(a, m, n):
    s = 0.0
    for i in range(a.shape[0]):
        m[i, n] = math.exp(-a[i]) * math.sqrt(a[i]) + i // 3
        s += abs(m[i, 0])
    return s
";

/// Starts what every first compile needs once per process: LLVM's host
/// target, the JIT, and the pages of libLLVM the front end, the first tier's
/// passes, its code generator and the loader run (cold, a first compile
/// takes ~7 ms; warm, ~2). `penna._native` queues it on the background
/// compile thread when it is imported (unless `PENNA_WARM_UP=0`), so that
/// it runs while the rest of `import penna` does.
pub(crate) fn warm_up() {
    let _span = tracing::debug_span!("warm_up").entered();
    let _ = host();
    let _ = crate::print::register();
    let Ok(env) = penna_compiler::testing::ModuleEnv::new("<penna warm-up>", WARM_UP_SOURCE) else {
        return;
    };
    let (Some(f), Ok(args)) = (
        env.function("warm_up"),
        penna_compiler::parse_type_list("float64[::1], float64[:, ::1], int64"),
    ) else {
        return;
    };
    let Ok(program) = penna_compiler::compile(&f, &args) else {
        return;
    };
    let options = Options {
        optimize: penna_targets::Optimize::Quick,
        ..Options::default()
    };
    if let Ok(a) = compile_call(&program, &options, &next_module_name()) {
        let _ = penna_runtime_cpu::load_address(&a.bytes, &a.entry);
    }
    // The first call's thread takes the machine, its tables built.
    penna_targets::machines::donate();
}
