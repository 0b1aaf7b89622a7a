//! NVIDIA GPUs: PTX through LLVM's NVPTX back end.
//!
//! A compute capability `(major, minor)` selects `sm_XY`; capabilities past
//! LLVM 19's newest (sm_90a) get sm_90 PTX, which the driver JIT-compiles for
//! the device. Math functions are libdevice's `__nv_*` (see [`crate::libdevice`]);
//! the NVPTX back end cannot lower `llvm.sin` and friends itself.

use std::sync::Once;

use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;
use penna_compiler::builtins::MathFn;
use penna_compiler::{CompileError, Scalar};

use crate::target::{Capabilities, GpuIntrinsics, Target};

pub const NVPTX_TRIPLE: &str = "nvptx64-nvidia-cuda";

/// The compute capabilities penna emits PTX for, oldest first.
pub const SUPPORTED: &[(u32, u32)] = &[
    (7, 0),
    (7, 2),
    (7, 5),
    (8, 0),
    (8, 6),
    (8, 7),
    (8, 9),
    (9, 0),
];

pub struct NvptxTarget {
    cc: (u32, u32),
    cpu: String,
}

impl NvptxTarget {
    /// The target for a device of compute capability `cc`: the newest
    /// supported `sm_*` not newer than it.
    pub fn new(cc: (u32, u32)) -> Result<Self, CompileError> {
        static INIT: Once = Once::new();
        INIT.call_once(|| LlvmTarget::initialize_nvptx(&InitializationConfig::default()));
        let chosen = SUPPORTED
            .iter()
            .rev()
            .find(|&&c| c <= cc)
            .copied()
            .ok_or_else(|| {
                CompileError::target(format!(
                    "compute capability {}.{} is not supported; penna needs 7.0 (Volta) or newer",
                    cc.0, cc.1
                ))
            })?;
        Ok(NvptxTarget {
            cc: chosen,
            cpu: format!("sm_{}{}", chosen.0, chosen.1),
        })
    }

    /// The compute capability code is emitted for.
    pub fn compute_capability(&self) -> (u32, u32) {
        self.cc
    }
}

static NVPTX_INTRINSICS: GpuIntrinsics = GpuIntrinsics {
    thread_idx: [
        "llvm.nvvm.read.ptx.sreg.tid.x",
        "llvm.nvvm.read.ptx.sreg.tid.y",
        "llvm.nvvm.read.ptx.sreg.tid.z",
    ],
    block_idx: [
        "llvm.nvvm.read.ptx.sreg.ctaid.x",
        "llvm.nvvm.read.ptx.sreg.ctaid.y",
        "llvm.nvvm.read.ptx.sreg.ctaid.z",
    ],
    block_dim: [
        "llvm.nvvm.read.ptx.sreg.ntid.x",
        "llvm.nvvm.read.ptx.sreg.ntid.y",
        "llvm.nvvm.read.ptx.sreg.ntid.z",
    ],
    grid_dim: [
        "llvm.nvvm.read.ptx.sreg.nctaid.x",
        "llvm.nvvm.read.ptx.sreg.nctaid.y",
        "llvm.nvvm.read.ptx.sreg.nctaid.z",
    ],
    lane_id: "llvm.nvvm.read.ptx.sreg.laneid",
    warp_size: 32,
    barrier: "llvm.nvvm.barrier0",
    barrier_count: "llvm.nvvm.barrier0.popc",
    barrier_and: "llvm.nvvm.barrier0.and",
    barrier_or: "llvm.nvvm.barrier0.or",
    warp_barrier: "llvm.nvvm.bar.warp.sync",
    fences: [
        "llvm.nvvm.membar.cta",
        "llvm.nvvm.membar.gl",
        "llvm.nvvm.membar.sys",
    ],
    shuffles: [
        ["llvm.nvvm.shfl.sync.idx.i32", "llvm.nvvm.shfl.sync.idx.f32"],
        ["llvm.nvvm.shfl.sync.up.i32", "llvm.nvvm.shfl.sync.up.f32"],
        [
            "llvm.nvvm.shfl.sync.down.i32",
            "llvm.nvvm.shfl.sync.down.f32",
        ],
        [
            "llvm.nvvm.shfl.sync.bfly.i32",
            "llvm.nvvm.shfl.sync.bfly.f32",
        ],
    ],
    votes: [
        "llvm.nvvm.vote.all.sync",
        "llvm.nvvm.vote.any.sync",
        "llvm.nvvm.vote.ballot.sync",
    ],
    active_mask: "llvm.nvvm.activemask",
    shared_space: 3,
    constant_space: 4,
    constant_bytes: 64 * 1024,
    global_space: 1,
    dynamic_shared_bytes: ("mov.u32 $0, %dynamic_smem_size;", "=r"),
};

impl Target for NvptxTarget {
    fn name(&self) -> &str {
        "cuda"
    }
    fn triple(&self) -> &str {
        NVPTX_TRIPLE
    }
    fn cpu(&self) -> &str {
        &self.cpu
    }
    fn features(&self) -> &str {
        // PTX ISA 7.8 is the oldest with sm_90; LLVM 19 goes up to 8.5.
        "+ptx78"
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            float64: true,
            exceptions: false,
            recursion: true,
        }
    }
    fn math_symbol(&self, f: MathFn, ty: Scalar) -> String {
        let base = f.libm_name();
        if ty == Scalar::F32 {
            format!("__nv_{base}f")
        } else {
            format!("__nv_{base}")
        }
    }
    fn machine(&self) -> Result<TargetMachine, CompileError> {
        let triple = TargetTriple::create(NVPTX_TRIPLE);
        let target = LlvmTarget::from_triple(&triple)
            .map_err(|e| CompileError::internal(format!("LLVM has no NVPTX target: {e}")))?;
        target
            .create_target_machine(
                &triple,
                &self.cpu,
                self.features(),
                OptimizationLevel::Aggressive,
                RelocMode::Default,
                CodeModel::Default,
            )
            .ok_or_else(|| {
                CompileError::internal(format!("cannot create an NVPTX machine for {}", self.cpu))
            })
    }
    fn gpu(&self) -> Option<&GpuIntrinsics> {
        Some(&NVPTX_INTRINSICS)
    }
}

/// PTX with line tables as `nvcc -lineinfo` writes it: `.file`/`.loc`
/// directives only. LLVM's C API can ask for line tables but not for
/// NVPTX's "directives only" kind, so the back end marks the module
/// `.target sm_XY, debug` (which makes the driver compile it unoptimised, as
/// for `-G`) and appends DWARF sections; both are removed here.
pub fn line_info_only(ptx: &str) -> String {
    let mut out = String::with_capacity(ptx.len());
    for line in ptx.lines() {
        if line.trim_start().starts_with(".section") && line.contains(".debug_") {
            // The DWARF sections come last, after every function.
            break;
        }
        match line.strip_prefix(".target ") {
            Some(rest) => {
                let targets: Vec<&str> = rest
                    .split(',')
                    .map(str::trim)
                    .filter(|t| *t != "debug")
                    .collect();
                out.push_str(&format!(".target {}", targets.join(", ")));
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newer_devices_get_the_newest_supported_ptx() {
        assert_eq!(NvptxTarget::new((9, 0)).unwrap().cpu(), "sm_90");
        assert_eq!(NvptxTarget::new((12, 0)).unwrap().cpu(), "sm_90");
        assert_eq!(NvptxTarget::new((8, 6)).unwrap().cpu(), "sm_86");
        assert_eq!(NvptxTarget::new((8, 1)).unwrap().cpu(), "sm_80");
        assert!(NvptxTarget::new((6, 1)).is_err());
    }

    #[test]
    fn line_info_keeps_loc_and_drops_dwarf() {
        let ptx = ".version 7.8\n.target sm_80, debug\n.visible .entry k()\n{\n\t.loc\t1 3 5\n\tret;\n}\n\t.file\t1 \"k.py\"\n\t.section\t.debug_abbrev\n\t{\n\t}\n";
        assert_eq!(
            line_info_only(ptx),
            ".version 7.8\n.target sm_80\n.visible .entry k()\n{\n\t.loc\t1 3 5\n\tret;\n}\n\t.file\t1 \"k.py\"\n"
        );
    }
}
