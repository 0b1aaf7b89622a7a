//! AMD GPUs: code objects (HSACO) through LLVM's AMDGPU back end.
//!
//! | file | role |
//! |---|---|
//! | this one | the architectures, the [`Target`] and [`GpuTarget`] hooks |
//! | `devicelibs` | ROCm's `ocml`/`ockl` bitcode, linked lazily; `__oclc_*` constants |
//! | `scoped` | agent-scoped atomics and scoped fences, as linked IR helpers |
//! | `link` | object to code object (`ld.lld -shared`) |
//!
//! Invariants:
//! - Warps are 32 lanes on every AMD GPU, as in CUDA and in penna's CPU mode:
//!   lane numbers, shuffles, votes and masks work within the 32-lane half of
//!   a 64-wide wavefront (CDNA), so CUDA code ports unchanged.
//!   [`AmdgpuTarget::wavefront_size`] is the hardware's width.
//! - `blockDim` and `gridDim` come from the HSA dispatch packet, which every
//!   code object version has.
//! - Allocas live in address space 5 and are cast to generic pointers where
//!   they are made (`Spaces::private`).
//! - Code object version 5 (ROCm 6 and later) unless asked for 4 (older
//!   runtimes cannot read 5's metadata); dynamic shared memory needs 5.

mod devicelibs;
mod link;
mod scoped;

use std::path::PathBuf;
use std::sync::Once;

use inkwell::module::{FlagBehavior, Module};
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine,
    TargetTriple,
};
use inkwell::values::{BasicValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, AtomicRMWBinOp, IntPredicate, OptimizationLevel};
use penna_compiler::builtins::MathFn;
use penna_compiler::gpu::{Barrier, FenceScope, Shuffle, SpecialReg, Vote};
use penna_compiler::{CompileError, Scalar};

pub use devicelibs::find as find_device_libs;

use crate::error::bug;
use crate::target::{Capabilities, GpuBuilder, GpuResult, GpuTarget, Spaces, Target};
use crate::{KernelOptions, Options, Stage};

pub const AMDGPU_TRIPLE: &str = "amdgcn-amd-amdhsa";

/// LLVM's calling convention for kernels (`amdgpu_kernel`).
const AMDGPU_KERNEL: u32 = 91;

/// The most threads a work-group may have.
const MAX_WORKGROUP: u32 = 1024;

/// An architecture penna compiles for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arch {
    /// LLVM's processor name (`gfx90a`).
    pub name: &'static str,
    /// `major * 1000 + minor * 100 + stepping`, as ROCm's `__oclc_ISA_version`.
    pub isa_version: u32,
    /// The hardware wavefront is 64 wide (CDNA) rather than 32 (RDNA).
    pub wave64: bool,
    /// Bytes of LDS (shared memory) one work-group may use.
    pub lds: u64,
}

impl Arch {
    /// The hardware's wavefront width.
    pub fn wavefront_size(&self) -> u32 {
        if self.wave64 {
            64
        } else {
            32
        }
    }
}

/// The supported architectures: CDNA (MI100, MI200, MI300) and RDNA 2-4.
pub const ARCHES: &[Arch] = &[
    arch("gfx908", 9008, true),
    arch("gfx90a", 9010, true),
    arch("gfx942", 9402, true),
    arch("gfx1030", 10300, false),
    arch("gfx1100", 11000, false),
    arch("gfx1101", 11001, false),
    arch("gfx1102", 11002, false),
    arch("gfx1200", 12000, false),
    arch("gfx1201", 12001, false),
];

const fn arch(name: &'static str, isa_version: u32, wave64: bool) -> Arch {
    Arch {
        name,
        isa_version,
        wave64,
        lds: 64 * 1024,
    }
}

/// How a code object is built.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AmdgpuOptions {
    /// 4 or 5.
    pub code_object_version: u32,
    /// Float atomics as the hardware's instructions even where they are
    /// wrong on memory shared with the host (CDNA2; `hip.jit(unsafe_fp_atomics=True)`).
    pub unsafe_fp_atomics: bool,
    /// ROCm's device libraries ([`find_device_libs`]).
    pub device_libs: Option<PathBuf>,
}

impl Default for AmdgpuOptions {
    fn default() -> Self {
        AmdgpuOptions {
            code_object_version: 5,
            unsafe_fp_atomics: false,
            device_libs: None,
        }
    }
}

pub struct AmdgpuTarget {
    arch: Arch,
    options: AmdgpuOptions,
}

impl AmdgpuTarget {
    /// The target for `arch`: a processor name, with or without target
    /// features (`gfx90a:sramecc+:xnack-`, as HIP reports it).
    pub fn new(arch: &str, options: AmdgpuOptions) -> Result<Self, CompileError> {
        static INIT: Once = Once::new();
        INIT.call_once(|| LlvmTarget::initialize_amd_gpu(&InitializationConfig::default()));
        let base = arch.split(':').next().unwrap_or(arch).trim();
        let found = ARCHES.iter().find(|a| a.name == base).ok_or_else(|| {
            let names: Vec<&str> = ARCHES.iter().map(|a| a.name).collect();
            CompileError::target(format!(
                "AMD GPU architecture {arch:?} is not supported; penna compiles for {}",
                names.join(", ")
            ))
        })?;
        if !matches!(options.code_object_version, 4 | 5) {
            return Err(CompileError::target(format!(
                "code object version {} is not supported; penna emits 4 or 5",
                options.code_object_version
            )));
        }
        Ok(AmdgpuTarget {
            arch: *found,
            options,
        })
    }

    pub fn arch(&self) -> Arch {
        self.arch
    }

    /// The hardware's wavefront width (kernels see 32-lane warps regardless).
    pub fn wavefront_size(&self) -> u32 {
        self.arch.wavefront_size()
    }

    /// The physical lane in the wavefront.
    fn physical_lane<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        let lo = g.call_i32("llvm.amdgcn.mbcnt.lo", &[g.i32(-1).into(), g.i32(0).into()])?;
        if !self.arch.wave64 {
            return Ok(lo);
        }
        g.call_i32("llvm.amdgcn.mbcnt.hi", &[g.i32(-1).into(), lo.into()])
    }

    /// The predicate's bits over this lane's 32-lane warp.
    fn ballot<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        p: IntValue<'ctx>,
    ) -> GpuResult<IntValue<'ctx>> {
        let i32t = g.ctx.i32_type();
        if !self.arch.wave64 {
            // ballot.i64 would do, but ballot.i32 is the wave32 form.
            return g.call_i32("llvm.amdgcn.ballot.i32", &[p.into()]);
        }
        // ballot.i32 on a 64-wide wavefront aborts LLVM ("Cannot select").
        let i64t = g.ctx.i64_type();
        let all = g
            .call("llvm.amdgcn.ballot.i64", Some(i64t.into()), &[p.into()])?
            .into_int_value();
        let lane = self.physical_lane(g)?;
        let half = g.b.build_and(lane, g.i32(32), "")?;
        let half = g.b.build_int_z_extend(half, i64t, "")?;
        let mine = g.b.build_right_shift(all, half, false, "")?;
        Ok(g.b.build_int_truncate(mine, i32t, "ballot")?)
    }

    fn fence_call(&self, g: &GpuBuilder<'_, '_>, scope: &str, ordering: &str) -> GpuResult<()> {
        g.call(&scoped::fence_name(scope, ordering), None, &[])?;
        Ok(())
    }

    /// Reads a little-endian integer of `bits` at `offset` of the dispatch
    /// packet, as an `i32`.
    fn dispatch_field<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        offset: u64,
        bits: u32,
    ) -> GpuResult<IntValue<'ctx>> {
        let constant = g.ctx.ptr_type(AddressSpace::from(4));
        let packet = g
            .call("llvm.amdgcn.dispatch.ptr", Some(constant.into()), &[])?
            .into_pointer_value();
        let i8t = g.ctx.i8_type();
        let at = g.ctx.i64_type().const_int(offset, false);
        // SAFETY: the dispatch packet is 64 bytes; offsets come from the HSA
        // layout (workgroup_size_* at 4, grid_size_* at 12).
        let field = unsafe { g.b.build_in_bounds_gep(i8t, packet, &[at], "")? };
        let ty = if bits == 16 {
            g.ctx.i16_type()
        } else {
            g.ctx.i32_type()
        };
        let v = g.b.build_load(ty, field, "")?.into_int_value();
        Ok(if bits < 32 {
            g.b.build_int_z_extend(v, g.ctx.i32_type(), "")?
        } else {
            v
        })
    }

    fn scalar_type_name(value: &BasicValueEnum<'_>) -> GpuResult<&'static str> {
        Ok(match value {
            BasicValueEnum::IntValue(v) => match v.get_type().get_bit_width() {
                32 => "i32",
                64 => "i64",
                w => return Err(bug(format!("atomic on an i{w}"))),
            },
            BasicValueEnum::FloatValue(v) => {
                let ty = v.get_type();
                let ctx = ty.get_context();
                if ty == ctx.f32_type() {
                    "float"
                } else if ty == ctx.f64_type() {
                    "double"
                } else {
                    return Err(bug("atomic on a float that is neither f32 nor f64"));
                }
            }
            _ => return Err(bug("atomic on a non-scalar")),
        })
    }
}

impl Target for AmdgpuTarget {
    fn name(&self) -> &str {
        "hip"
    }
    fn triple(&self) -> &str {
        AMDGPU_TRIPLE
    }
    fn cpu(&self) -> &str {
        self.arch.name
    }
    fn features(&self) -> &str {
        if self.arch.wave64 {
            "+wavefrontsize64"
        } else {
            "+wavefrontsize32"
        }
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            float64: true,
            exceptions: false,
            recursion: true,
        }
    }
    fn math_symbol(&self, f: MathFn, ty: Scalar) -> String {
        let width = match ty {
            Scalar::F32 => "f32",
            Scalar::F16 => "f16",
            _ => "f64",
        };
        format!("__ocml_{}_{width}", f.libm_name())
    }
    fn create_machine(&self, level: OptimizationLevel) -> Result<TargetMachine, CompileError> {
        let triple = TargetTriple::create(AMDGPU_TRIPLE);
        let target = LlvmTarget::from_triple(&triple)
            .map_err(|e| CompileError::internal(format!("LLVM has no AMDGPU target: {e}")))?;
        target
            .create_target_machine(
                &triple,
                self.arch.name,
                self.features(),
                level,
                RelocMode::PIC,
                CodeModel::Default,
            )
            .ok_or_else(|| {
                CompileError::internal(format!(
                    "cannot create an AMDGPU machine for {}",
                    self.arch.name
                ))
            })
    }
    fn gpu(&self) -> Option<&dyn GpuTarget> {
        Some(self)
    }
}

impl GpuTarget for AmdgpuTarget {
    fn spaces(&self) -> Spaces {
        Spaces {
            shared: 3,
            constant: 4,
            global: 1,
            private: 5,
            // AMD GPUs have no separate constant bank: constant memory is
            // global memory read through the scalar cache.
            constant_bytes: usize::MAX,
        }
    }
    fn max_static_shared(&self) -> u64 {
        self.arch.lds
    }
    fn special_register<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        reg: SpecialReg,
        axis: u8,
    ) -> GpuResult<IntValue<'ctx>> {
        let xyz = ["x", "y", "z"][axis as usize];
        match reg {
            SpecialReg::ThreadIdx => g.call_i32(&format!("llvm.amdgcn.workitem.id.{xyz}"), &[]),
            SpecialReg::BlockIdx => g.call_i32(&format!("llvm.amdgcn.workgroup.id.{xyz}"), &[]),
            SpecialReg::BlockDim => self.dispatch_field(g, 4 + 2 * axis as u64, 16),
            SpecialReg::GridDim => {
                // The packet has the grid in work-items.
                let items = self.dispatch_field(g, 12 + 4 * axis as u64, 32)?;
                let block = self.dispatch_field(g, 4 + 2 * axis as u64, 16)?;
                Ok(g.b.build_int_unsigned_div(items, block, "grid.dim")?)
            }
        }
    }
    fn lane_id<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        let lane = self.physical_lane(g)?;
        Ok(g.b.build_and(lane, g.i32(31), "lane")?)
    }
    fn barrier(&self, g: &GpuBuilder<'_, '_>) -> GpuResult<()> {
        self.fence_call(g, "workgroup", "release")?;
        g.call("llvm.amdgcn.s.barrier", None, &[])?;
        self.fence_call(g, "workgroup", "acquire")
    }
    fn barrier_reduce<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Barrier,
        p: IntValue<'ctx>,
    ) -> GpuResult<IntValue<'ctx>> {
        // What HIP's __syncthreads_count/_and/_or call (ockl, LDS-based).
        let name = match kind {
            Barrier::Count => "__ockl_wgred_add_i32",
            Barrier::And => "__ockl_wgred_and_i32",
            _ => "__ockl_wgred_or_i32",
        };
        g.call_i32(name, &[p.into()])
    }
    fn warp_barrier<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>, _mask: IntValue<'ctx>) -> GpuResult<()> {
        self.fence_call(g, "wavefront", "release")?;
        g.call("llvm.amdgcn.wave.barrier", None, &[])?;
        self.fence_call(g, "wavefront", "acquire")
    }
    fn fence(&self, g: &GpuBuilder<'_, '_>, scope: FenceScope) -> GpuResult<()> {
        let scope = match scope {
            FenceScope::Block => "workgroup",
            FenceScope::Device => "agent",
            FenceScope::System => "system",
        };
        self.fence_call(g, scope, "seq_cst")
    }
    fn shuffle<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Shuffle,
        _mask: IntValue<'ctx>,
        value: BasicValueEnum<'ctx>,
        lane: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        // HIP's __shfl* index arithmetic with width 32, on physical lanes.
        let b = g.b;
        let me = self.physical_lane(g)?;
        let base = b.build_and(me, g.i32(!31), "")?;
        let within = b.build_and(me, g.i32(31), "")?;
        let source = match kind {
            Shuffle::Idx => {
                let src = b.build_and(lane, g.i32(31), "")?;
                b.build_int_add(base, src, "")?
            }
            Shuffle::Up => {
                let src = b.build_int_sub(me, lane, "")?;
                let below = b.build_int_compare(IntPredicate::ULT, within, lane, "")?;
                b.build_select(below, me, src, "")?.into_int_value()
            }
            Shuffle::Down => {
                let src = b.build_int_add(me, lane, "")?;
                let reach = b.build_int_add(within, lane, "")?;
                let past = b.build_int_compare(IntPredicate::UGE, reach, g.i32(32), "")?;
                b.build_select(past, me, src, "")?.into_int_value()
            }
            Shuffle::Xor => {
                let src = b.build_xor(me, lane, "")?;
                let src_warp = b.build_and(src, g.i32(!31), "")?;
                let other = b.build_int_compare(IntPredicate::NE, src_warp, base, "")?;
                b.build_select(other, me, src, "")?.into_int_value()
            }
        };
        let address = b.build_left_shift(source, g.i32(2), "")?;
        let i32t = g.ctx.i32_type();
        let bits = b.build_bit_cast(value, i32t, "")?;
        let moved = g.call_i32("llvm.amdgcn.ds.bpermute", &[address.into(), bits])?;
        Ok(b.build_bit_cast(moved, value.get_type(), "shfl")?)
    }
    fn vote<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        vote: Vote,
        mask: IntValue<'ctx>,
        p: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let b = g.b;
        let yes = self.ballot(g, p)?;
        let yes = b.build_and(yes, mask, "")?;
        Ok(match vote {
            Vote::Ballot => yes.into(),
            Vote::Any => b
                .build_int_compare(IntPredicate::NE, yes, g.i32(0), "any")?
                .into(),
            Vote::All => {
                let active = self.active_mask(g)?;
                let asked = b.build_and(active, mask, "")?;
                b.build_int_compare(IntPredicate::EQ, yes, asked, "all")?
                    .into()
            }
        })
    }
    fn active_mask<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        self.ballot(g, g.ctx.bool_type().const_all_ones())
    }
    fn dynamic_shared_bytes<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>> {
        if self.options.code_object_version < 5 {
            return Err(CompileError::target(
                "dynamic shared memory (`shared.array(0, dtype)`) on AMD GPUs needs code object version 5 (ROCm 6 or newer)",
            )
            .into());
        }
        // COV5's implicit arguments: hidden_dynamic_lds_size.
        let constant = g.ctx.ptr_type(AddressSpace::from(4));
        let implicit = g
            .call("llvm.amdgcn.implicitarg.ptr", Some(constant.into()), &[])?
            .into_pointer_value();
        let at = g.ctx.i64_type().const_int(HIDDEN_DYNAMIC_LDS_SIZE, false);
        // SAFETY: the implicit arguments are 256 bytes in COV5.
        let field = unsafe {
            g.b.build_in_bounds_gep(g.ctx.i8_type(), implicit, &[at], "")?
        };
        Ok(g.b
            .build_load(g.ctx.i32_type(), field, "dyn.bytes")?
            .into_int_value())
    }
    fn function_attributes(&self) -> Vec<(&'static str, String)> {
        if self.options.unsafe_fp_atomics {
            vec![("amdgpu-unsafe-fp-atomics", "true".into())]
        } else {
            Vec::new()
        }
    }
    fn atomic_rmw<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        op: AtomicRMWBinOp,
        ptr: PointerValue<'ctx>,
        value: BasicValueEnum<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let ty = Self::scalar_type_name(&value)?;
        g.call(
            &scoped::rmw_name(op, ty),
            Some(value.get_type()),
            &[ptr.into(), value],
        )
    }
    fn atomic_cas<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        ptr: PointerValue<'ctx>,
        expected: IntValue<'ctx>,
        new: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let ty = Self::scalar_type_name(&expected.into())?;
        g.call(
            &scoped::cas_name(ty),
            Some(expected.get_type().into()),
            &[ptr.into(), expected.into(), new.into()],
        )
    }
    fn finish_kernel<'ctx>(
        &self,
        module: &Module<'ctx>,
        kernel: FunctionValue<'ctx>,
        options: &KernelOptions,
    ) -> Result<(), CompileError> {
        kernel.set_call_conventions(AMDGPU_KERNEL);
        let ctx = module.get_context();
        let threads = options.max_threads.unwrap_or(MAX_WORKGROUP);
        if threads == 0 || threads > MAX_WORKGROUP {
            return Err(CompileError::target(format!(
                "launch bounds of {threads} threads per block: AMD GPUs run 1 to {MAX_WORKGROUP}"
            )));
        }
        // `min_blocks` (CUDA's blocks per SM) has no faithful AMD counterpart
        // (`amdgpu-waves-per-eu` counts waves per SIMD): it is not passed on.
        let mut attributes = vec![("amdgpu-flat-work-group-size", format!("1,{threads}"))];
        if let Some(n) = options.max_registers {
            attributes.push(("amdgpu-num-vgpr", n.to_string()));
        }
        for (key, value) in attributes {
            kernel.add_attribute(
                inkwell::attributes::AttributeLoc::Function,
                ctx.create_string_attribute(key, &value),
            );
        }
        Ok(())
    }
    fn finish_module(&self, module: &Module<'_>, keep: &str) -> Result<(), CompileError> {
        let ctx = module.get_context();
        let version = self.options.code_object_version * 100;
        module.add_basic_value_flag(
            "amdhsa_code_object_version",
            FlagBehavior::Error,
            ctx.i32_type().const_int(version as u64, false),
        );
        scoped::define_helpers(module)?;
        let controls = devicelibs::Controls {
            isa_version: self.arch.isa_version,
            wave64: self.arch.wave64,
            abi_version: version,
            unsafe_math: false,
        };
        devicelibs::link(module, self.options.device_libs.as_deref(), controls)?;
        crate::internalize_all_but(module, keep);
        Ok(())
    }
    fn emit(
        &self,
        machine: &TargetMachine,
        module: &Module<'_>,
        stage: Stage,
        _options: &Options,
    ) -> Result<Vec<u8>, CompileError> {
        if stage == Stage::Asm {
            return crate::write_to_memory(machine, module, FileType::Assembly);
        }
        let object = crate::write_to_memory(machine, module, FileType::Object)?;
        link::link(&object)
    }
}

/// The offset of `hidden_dynamic_lds_size` in COV5's implicit arguments.
const HIDDEN_DYNAMIC_LDS_SIZE: u64 = 120;
