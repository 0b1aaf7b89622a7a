//! The host CPU: the triple, CPU name and features LLVM detects on this machine.

use std::sync::Once;

use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;
use penna_compiler::builtins::MathFn;
use penna_compiler::{CompileError, Scalar};

use crate::target::{Capabilities, Target};

pub struct CpuTarget {
    triple: String,
    cpu: String,
    features: String,
}

fn initialize() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        LlvmTarget::initialize_native(&InitializationConfig::default())
            .expect("LLVM has the host target");
        set_llvm_options();
    });
}

/// LLVM's own options, set once before any compile. LLVM 19 vectorises the
/// remainder of a vectorised loop (its epilogue) only when the main loop's
/// vector factor is at least 16, so a float64 loop on 256-bit vectors
/// (factor 4, interleaved 4 times) ran up to 15 leftover iterations one by
/// one: naive `matmul` on 200 columns did 8 scalar steps per row where
/// Numba's LLVM does 2 vector ones. Factor 4 qualifies from here on.
///
/// The option exists in the LLVM penna is built with (19.1, pinned through
/// llvm-sys); an unknown one would make LLVM exit the process.
fn set_llvm_options() {
    let args = [c"penna", c"-epilogue-vectorization-minimum-VF=4"];
    let argv: Vec<*const std::ffi::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    // SAFETY: NUL-terminated strings that outlive the call; LLVM copies
    // what it keeps. Called once, before any compile reads the options.
    unsafe {
        llvm_sys::support::LLVMParseCommandLineOptions(
            argv.len() as i32,
            argv.as_ptr(),
            std::ptr::null(),
        )
    };
}

impl CpuTarget {
    /// The machine penna runs on.
    pub fn host() -> Self {
        CpuTarget {
            features: TargetMachine::get_host_cpu_features().to_string(),
            ..CpuTarget::host_triple_with_cpu(&TargetMachine::get_host_cpu_name().to_string())
        }
    }

    /// This machine's triple with another CPU (an LLVM CPU name such as
    /// `x86-64-v2` or `generic`) and that CPU's own features: code for
    /// machines that may have less than this one (ahead-of-time modules).
    pub fn host_triple_with_cpu(cpu: &str) -> Self {
        initialize();
        CpuTarget {
            triple: TargetMachine::get_default_triple()
                .as_str()
                .to_string_lossy()
                .into_owned(),
            cpu: cpu.to_owned(),
            features: String::new(),
        }
    }

    /// A fixed x86-64 CPU, so that golden LLVM text is the same on every machine.
    pub fn generic_x86_64() -> Self {
        initialize();
        CpuTarget {
            triple: "x86_64-unknown-linux-gnu".into(),
            cpu: "x86-64-v3".into(),
            features: String::new(),
        }
    }
}

impl Target for CpuTarget {
    fn name(&self) -> &str {
        "cpu"
    }
    fn triple(&self) -> &str {
        &self.triple
    }
    fn cpu(&self) -> &str {
        &self.cpu
    }
    fn features(&self) -> &str {
        &self.features
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            float64: true,
            exceptions: true,
            recursion: true,
        }
    }
    fn math_symbol(&self, f: MathFn, ty: Scalar) -> String {
        let base = f.libm_name();
        if ty == Scalar::F32 {
            format!("{base}f")
        } else {
            base.to_owned()
        }
    }
    fn stack_pointer(&self) -> Option<&str> {
        if self.triple.starts_with("x86_64") {
            Some("rsp")
        } else if self.triple.starts_with("aarch64") {
            Some("sp")
        } else {
            None
        }
    }
    fn create_machine(&self, level: OptimizationLevel) -> Result<TargetMachine, CompileError> {
        let triple = TargetTriple::create(&self.triple);
        let target = LlvmTarget::from_triple(&triple).map_err(|e| {
            CompileError::internal(format!("LLVM has no target for {}: {e}", self.triple))
        })?;
        target
            .create_target_machine(
                &triple,
                &self.cpu,
                &self.features,
                level,
                RelocMode::PIC,
                CodeModel::Default,
            )
            .ok_or_else(|| {
                CompileError::internal(format!("cannot create a target machine for {}", self.cpu))
            })
    }
}
