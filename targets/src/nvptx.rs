//! NVIDIA GPUs: PTX through LLVM's NVPTX back end.
//!
//! A compute capability `(major, minor)` selects `sm_XY`; capabilities past
//! LLVM 19's newest (sm_90a) get sm_90 PTX, which the driver JIT-compiles for
//! the device. Math functions are libdevice's `__nv_*` (see [`crate::libdevice`]);
//! the NVPTX back end cannot lower `llvm.sin` and friends itself.

use std::path::PathBuf;
use std::sync::Once;

use inkwell::module::Module;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine,
    TargetTriple,
};
use inkwell::values::{BasicValueEnum, FunctionValue, IntValue};
use inkwell::OptimizationLevel;
use penna_compiler::builtins::MathFn;
use penna_compiler::gpu::{Barrier, FenceScope, Shuffle, SpecialReg, Vote};
use penna_compiler::{CompileError, Scalar};

use crate::target::{Capabilities, GpuBuilder, GpuResult, GpuTarget, Spaces, Target};
use crate::{KernelOptions, Options, Stage};

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
    /// libdevice bitcode, linked into modules that call math functions.
    libdevice: Option<PathBuf>,
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
            libdevice: None,
        })
    }

    /// Links math functions from the libdevice bitcode at `path`
    /// ([`crate::libdevice::find`]); without it, kernels calling them fail to
    /// compile with a hint.
    pub fn with_libdevice(mut self, path: Option<PathBuf>) -> Self {
        self.libdevice = path;
        self
    }

    /// The compute capability code is emitted for.
    pub fn compute_capability(&self) -> (u32, u32) {
        self.cc
    }
}

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
    fn create_machine(&self, level: OptimizationLevel) -> Result<TargetMachine, CompileError> {
        let triple = TargetTriple::create(NVPTX_TRIPLE);
        let target = LlvmTarget::from_triple(&triple)
            .map_err(|e| CompileError::internal(format!("LLVM has no NVPTX target: {e}")))?;
        target
            .create_target_machine(
                &triple,
                &self.cpu,
                self.features(),
                level,
                RelocMode::Default,
                CodeModel::Default,
            )
            .ok_or_else(|| {
                CompileError::internal(format!("cannot create an NVPTX machine for {}", self.cpu))
            })
    }
    fn gpu(&self) -> Option<&dyn GpuTarget> {
        Some(self)
    }
}

/// `i32 ()` per axis of each index register.
fn register_names(reg: SpecialReg) -> [&'static str; 3] {
    match reg {
        SpecialReg::ThreadIdx => [
            "llvm.nvvm.read.ptx.sreg.tid.x",
            "llvm.nvvm.read.ptx.sreg.tid.y",
            "llvm.nvvm.read.ptx.sreg.tid.z",
        ],
        SpecialReg::BlockIdx => [
            "llvm.nvvm.read.ptx.sreg.ctaid.x",
            "llvm.nvvm.read.ptx.sreg.ctaid.y",
            "llvm.nvvm.read.ptx.sreg.ctaid.z",
        ],
        SpecialReg::BlockDim => [
            "llvm.nvvm.read.ptx.sreg.ntid.x",
            "llvm.nvvm.read.ptx.sreg.ntid.y",
            "llvm.nvvm.read.ptx.sreg.ntid.z",
        ],
        SpecialReg::GridDim => [
            "llvm.nvvm.read.ptx.sreg.nctaid.x",
            "llvm.nvvm.read.ptx.sreg.nctaid.y",
            "llvm.nvvm.read.ptx.sreg.nctaid.z",
        ],
    }
}

impl GpuTarget for NvptxTarget {
    fn spaces(&self) -> Spaces {
        Spaces {
            shared: 3,
            constant: 4,
            global: 1,
            private: 0,
            constant_bytes: 64 * 1024,
        }
    }
    fn max_static_shared(&self) -> u64 {
        // ptxas refuses more ("too much shared data").
        48 * 1024
    }
    fn special_register<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        reg: SpecialReg,
        axis: u8,
    ) -> GpuResult<IntValue<'ctx>> {
        g.call_i32(register_names(reg)[axis as usize], &[])
    }
    fn lane_id<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        g.call_i32("llvm.nvvm.read.ptx.sreg.laneid", &[])
    }
    fn barrier(&self, g: &GpuBuilder<'_, '_>) -> GpuResult<()> {
        g.call("llvm.nvvm.barrier0", None, &[])?;
        Ok(())
    }
    fn barrier_reduce<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Barrier,
        p: IntValue<'ctx>,
    ) -> GpuResult<IntValue<'ctx>> {
        let name = match kind {
            Barrier::Count => "llvm.nvvm.barrier0.popc",
            Barrier::And => "llvm.nvvm.barrier0.and",
            _ => "llvm.nvvm.barrier0.or",
        };
        g.call_i32(name, &[p.into()])
    }
    fn warp_barrier<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>, mask: IntValue<'ctx>) -> GpuResult<()> {
        g.call("llvm.nvvm.bar.warp.sync", None, &[mask.into()])?;
        Ok(())
    }
    fn fence(&self, g: &GpuBuilder<'_, '_>, scope: FenceScope) -> GpuResult<()> {
        let name = match scope {
            FenceScope::Block => "llvm.nvvm.membar.cta",
            FenceScope::Device => "llvm.nvvm.membar.gl",
            FenceScope::System => "llvm.nvvm.membar.sys",
        };
        g.call(name, None, &[])?;
        Ok(())
    }
    fn shuffle<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Shuffle,
        mask: IntValue<'ctx>,
        value: BasicValueEnum<'ctx>,
        lane: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let mode = match kind {
            Shuffle::Idx => "idx",
            Shuffle::Up => "up",
            Shuffle::Down => "down",
            Shuffle::Xor => "bfly",
        };
        let ty = if value.is_float_value() { "f32" } else { "i32" };
        // PTX's `c` operand: lanes clamp at the warp's top (at 0 for `up`).
        let clamp = g.i32(if kind == Shuffle::Up { 0 } else { 0x1f });
        g.call(
            &format!("llvm.nvvm.shfl.sync.{mode}.{ty}"),
            Some(value.get_type()),
            &[mask.into(), value, lane.into(), clamp.into()],
        )
    }
    fn vote<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        vote: Vote,
        mask: IntValue<'ctx>,
        p: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let (name, ret) = match vote {
            Vote::All => ("llvm.nvvm.vote.all.sync", g.ctx.bool_type()),
            Vote::Any => ("llvm.nvvm.vote.any.sync", g.ctx.bool_type()),
            Vote::Ballot => ("llvm.nvvm.vote.ballot.sync", g.ctx.i32_type()),
        };
        g.call(name, Some(ret.into()), &[mask.into(), p.into()])
    }
    fn active_mask<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        g.call_i32("llvm.nvvm.activemask", &[])
    }
    fn dynamic_shared_bytes<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        g.asm_i32("mov.u32 $0, %dynamic_smem_size;", "=r")
    }
    fn finish_kernel<'ctx>(
        &self,
        module: &Module<'ctx>,
        kernel: FunctionValue<'ctx>,
        options: &KernelOptions,
    ) -> Result<(), CompileError> {
        let ctx = module.get_context();
        let i32t = ctx.i32_type();
        let mut entries = vec![("kernel", 1)];
        if let Some(n) = options.max_threads {
            entries.push(("maxntidx", n));
        }
        if let Some(n) = options.min_blocks {
            entries.push(("minctasm", n));
        }
        if let Some(n) = options.max_registers {
            entries.push(("maxnreg", n));
        }
        for (key, value) in entries {
            let node = ctx.metadata_node(&[
                kernel.as_global_value().as_pointer_value().into(),
                ctx.metadata_string(key).into(),
                i32t.const_int(value as u64, false).into(),
            ]);
            module
                .add_global_metadata("nvvm.annotations", &node)
                .expect("a metadata node");
        }
        Ok(())
    }
    fn finish_module(&self, module: &Module<'_>, keep: &str) -> Result<(), CompileError> {
        crate::libdevice::link(module, self.libdevice.as_deref())?;
        crate::internalize_all_but(module, keep);
        Ok(())
    }
    fn emit(
        &self,
        machine: &TargetMachine,
        module: &Module<'_>,
        stage: Stage,
        options: &Options,
    ) -> Result<Vec<u8>, CompileError> {
        // The driver loads PTX text: the object and the assembly are one.
        let ptx = crate::write_to_memory(machine, module, FileType::Assembly)?;
        Ok(if options.lineinfo && stage != Stage::LlvmOptimized {
            line_info_only(&String::from_utf8_lossy(&ptx)).into_bytes()
        } else {
            ptx
        })
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
