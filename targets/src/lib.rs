//! penna-targets: typed IR to LLVM (inkwell) to code for a target.
//!
//! | module | role |
//! |---|---|
//! | [`target`] | the [`Target`] trait: what differs between CPU, NVPTX, AMDGPU |
//! | [`cpu`] | the host CPU target |
//! | [`nvptx`] | NVIDIA GPUs (PTX) |
//! | [`amdgpu`] | AMD GPUs (code objects) |
//! | `lower` | one shared lowering of IR to LLVM IR, Python semantics included |
//! | [`compile`] | lowering + verification + `default<O3>` + emission at a [`Stage`] |
//!
//! Every function of a program becomes an internal LLVM function
//! `{i32 status, T value} f(ptr exc, args...)`: the status (see
//! `penna_compiler::abi`) and the result come back in registers, and the
//! exception record doubles as the carrier of the recursion stack limit. The
//! entry gets an external wrapper with the uniform
//! `i32 entry(ptr args, ptr ret, ptr exc)` signature. Internal linkage lets LLVM
//! inline callees, and keeps symbols unique when many modules share a process.

pub mod amdgpu;
mod bitcode;
pub mod cpu;
mod diagnostics;
mod error;
pub mod libdevice;
mod lower;
pub mod machines;
pub mod nvptx;
mod quick;
mod refprune;
mod status;
pub mod target;

pub use amdgpu::{AmdgpuOptions, AmdgpuTarget};
pub use cpu::CpuTarget;
pub use error::CodegenError;
pub use lower::BlockLayout;
pub use nvptx::NvptxTarget;
pub use target::{Capabilities, GpuBuilder, GpuTarget, Spaces, Target};

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{FileType, TargetMachine};
use penna_compiler::family::{check_family, Family, GpuEntry};
use penna_compiler::{CompileError, Program};

/// The version of the LLVM penna generates code with (part of the disk
/// cache's key).
pub fn llvm_version() -> (u32, u32, u32) {
    let (mut a, mut b, mut c) = (0, 0, 0);
    // SAFETY: writes three integers.
    unsafe { llvm_sys::core::LLVMGetVersion(&mut a, &mut b, &mut c) };
    (a, b, c)
}

/// The target called `name`: `host` (or `cpu`), an NVIDIA `sm_XY`, an AMD
/// `gfx...` (HIP's `gfx90a:sramecc+:xnack-` too), or a triple
/// (`nvptx64-nvidia-cuda` is sm_80, `amdgcn-amd-amdhsa` gfx90a). GPU targets
/// come without their math library; set it on the concrete type
/// ([`NvptxTarget::with_libdevice`], [`AmdgpuOptions::device_libs`]).
pub fn lookup(name: &str) -> Result<Box<dyn Target>, CompileError> {
    let name = name.trim();
    if matches!(name, "host" | "cpu") || name == CpuTarget::host().triple() {
        return Ok(Box::new(CpuTarget::host()));
    }
    if name == nvptx::NVPTX_TRIPLE {
        return Ok(Box::new(NvptxTarget::new((8, 0))?));
    }
    if name == amdgpu::AMDGPU_TRIPLE {
        return Ok(Box::new(AmdgpuTarget::new(
            "gfx90a",
            AmdgpuOptions::default(),
        )?));
    }
    if let Some(cc) = name.strip_prefix("sm_") {
        let digits: Vec<u32> = cc.chars().filter_map(|c| c.to_digit(10)).collect();
        if let [major @ .., minor] = digits.as_slice() {
            let major = major.iter().fold(0, |acc, d| acc * 10 + d);
            return Ok(Box::new(NvptxTarget::new((major, *minor))?));
        }
    }
    if name.starts_with("gfx") {
        return Ok(Box::new(AmdgpuTarget::new(name, AmdgpuOptions::default())?));
    }
    Err(CompileError::target(format!(
        "unknown target {name:?}: penna compiles for host, sm_XY (NVIDIA) and gfx... (AMD)"
    )))
}

/// Code generation options (the `@jit` options that reach the back end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    /// Allow LLVM's fast-math flags on floating-point operations.
    pub fastmath: bool,
    /// Check array indices against the shape and raise `IndexError`.
    pub boundscheck: bool,
    /// How much LLVM optimises (full unless a test wants raw lowering, or a
    /// first tier wants code soon).
    pub optimize: Optimize,
    /// GPU kernels on the CPU: report shared-memory data races between
    /// barriers (every element access calls the runtime).
    pub racecheck: bool,
    /// Line tables (DWARF line info; `.loc` directives in PTX).
    pub lineinfo: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            fastmath: false,
            boundscheck: false,
            optimize: Optimize::Full,
            racecheck: false,
            lineinfo: false,
        }
    }
}

/// How much LLVM optimises a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Optimize {
    /// The code as lowered (tests of the lowering itself).
    Off,
    /// A first tier: values in registers (`mem2reg`, `instcombine`,
    /// `simplifycfg`) and the fast instruction selector, about a fifth of
    /// [`Optimize::Full`]'s time; a full compile is meant to replace it.
    Quick,
    /// `default<O3>` and the aggressive code generator.
    Full,
}

/// What [`compile`] produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// LLVM IR text as lowered, before optimisation.
    Llvm,
    /// LLVM IR text after `default<O3>`.
    LlvmOptimized,
    /// Target assembly text (x86 assembly, PTX, GCN).
    Asm,
    /// An object file, ready to load.
    Object,
}

/// A compiled unit: bytes and the name of the entry symbol.
#[derive(Clone, Debug)]
pub struct Artifact {
    pub stage: Stage,
    pub bytes: Vec<u8>,
    /// The entry symbol: `<module>.entry` for the uniform ABI, the kernel's
    /// or device function's name on a GPU.
    pub entry: String,
    /// The memory a block needs ([`Entry::Blocks`]; empty otherwise).
    pub layout: BlockLayout,
}

impl Artifact {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// What kind of entry point a module gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry<'a> {
    /// The uniform `i32 entry(ptr args, ptr ret, ptr exc)`.
    Call,
    /// A NumPy inner loop
    /// `void loop(char **args, npy_intp *dims, npy_intp *steps, void *data)`.
    Ufunc(&'a UfuncLoop),
    /// A GPU kernel with flattened parameters (GPU targets only).
    Kernel(&'a KernelOptions),
    /// A GPU device function with flattened parameters, callable from CUDA C
    /// (GPU targets only); the artifact's `entry` is its name.
    Device(&'a DeviceFunction),
    /// A GPU kernel, already rewritten by
    /// [`penna_compiler::blockloop::transform`], run on the host: one block
    /// per call (`penna_compiler::abi::BlockFn`); the artifact's `layout` is
    /// the memory a block needs.
    Blocks,
}

/// Options of a GPU kernel (`@cuda.jit(...)`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct KernelOptions {
    /// `launch_bounds`' first value: the most threads per block.
    pub max_threads: Option<u32>,
    /// `launch_bounds`' second value: the fewest resident blocks per SM.
    pub min_blocks: Option<u32>,
    /// `max_registers`: the register limit per thread.
    pub max_registers: Option<u32>,
}

/// How a device function compiled on its own returns its result (Numba's
/// `abi=` of `compile_ptx(device=True)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceAbi {
    /// `T f(params...)`: the result by value.
    C,
    /// `int f(T *ret, params...)`: the result through `ret`, 0 on success.
    Numba,
}

/// A device function compiled on its own (`compile_ptx(device=True)`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DeviceFunction {
    /// The `.visible .func` symbol.
    pub name: String,
    pub abi: DeviceAbi,
}

/// How a ufunc loop hands operands to the kernel ([`Entry::Ufunc`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UfuncLoop {
    /// `@vectorize`: the kernel's parameters are the inputs, one element each;
    /// its result, converted to `out`, is the output.
    Elementwise { out: penna_compiler::Scalar },
    /// `@guvectorize`: every operand (inputs, then outputs) is a parameter;
    /// `core[k]` lists operand k's core dimensions as indices into the
    /// signature's dimension names, in order.
    Generalized { core: Vec<Vec<usize>> },
}

/// The most static shared memory a kernel run on the CPU may declare: CUDA's
/// limit (ptxas refuses more), so code that runs there also runs on a GPU.
const MAX_STATIC_SHARED_ON_CPU: u64 = 48 * 1024;

/// Compiles `program` for `target` with an entry point of kind `entry`, up to
/// `stage`. `module_name` must be unique among modules loaded into one
/// process: it prefixes the entry symbol.
///
/// On a GPU target, [`Stage::Object`] is what the driver loads (PTX text,
/// an AMD code object); [`Stage::Asm`] is the target's assembly.
pub fn compile(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    entry: &Entry<'_>,
) -> Result<Artifact, CompileError> {
    let gpu = target.gpu();
    let (family, gpu_entry) = match (gpu, entry) {
        (None, Entry::Kernel(_) | Entry::Device(_)) => {
            return Err(CompileError::target(format!(
                "the {} target has no GPU kernels or device functions",
                target.name()
            )))
        }
        (Some(_), Entry::Blocks) => {
            return Err(CompileError::target(
                "kernels run on the CPU compile for the host target",
            ))
        }
        (_, Entry::Blocks) => (Family::Gpu, Some(GpuEntry::Kernel)),
        (None, _) => (Family::Cpu, None),
        (Some(_), Entry::Kernel(_)) => (Family::Gpu, Some(GpuEntry::Kernel)),
        (Some(_), _) => (Family::Gpu, Some(GpuEntry::Device)),
    };
    check_family(program, family, gpu_entry)?;
    let diagnostics = diagnostics::Diagnostics::new();
    let context = Context::create();
    diagnostics.install(&context);
    // LLVM reports resource errors (and may still return success) through
    // the context's handler: each stage checks what it collected.
    let llvm_errors = |stage: &str| -> Result<(), CompileError> {
        let errors = diagnostics.take_errors();
        if errors.is_empty() {
            return Ok(());
        }
        Err(CompileError::new(
            penna_compiler::ErrorKind::Target,
            format!(
                "LLVM could not {stage} `{}` for {} ({}): {}",
                program.entry().name,
                target.triple(),
                target.cpu(),
                errors.join("; ")
            ),
        ))
    };
    let (module, layout) = {
        let _span = tracing::debug_span!("lower_llvm", module = module_name).entered();
        lower::lower_program(&context, program, target, module_name, options, entry)?
    };
    let symbol = match entry {
        Entry::Kernel(_) => lower::kernel_symbol(module_name),
        Entry::Device(d) => d.name.clone(),
        _ => lower::entry_symbol(module_name),
    };
    if let Err(msg) = module.verify() {
        return Err(CompileError::internal(format!(
            "LLVM rejected the module for `{}`: {}",
            program.entry().name,
            msg.to_string_lossy()
        )));
    }
    llvm_errors("build")?;
    check_static_shared(program, target, entry, layout.shared)?;
    let artifact = |bytes| Artifact {
        stage,
        bytes,
        entry: symbol.clone(),
        layout,
    };
    if stage == Stage::Llvm {
        return Ok(artifact(module.print_to_string().to_bytes().to_vec()));
    }
    let machine = target.machine(quick::codegen_level(options.optimize))?;
    if let Some(gpu) = gpu {
        gpu.finish_module(&module, &symbol)?;
    }
    // Generators are coroutines that only LLVM's coroutine passes make
    // functions of: without optimisation, the O0 pipeline (which has them).
    let pipeline = match (options.optimize, lower::has_generators(program)) {
        (Optimize::Full, _) => Some("default<O3>"),
        (_, true) => Some("default<O0>"),
        (Optimize::Quick, false) => Some(quick::PIPELINE),
        (Optimize::Off, false) => None,
    };
    let run = |pipeline: &str| {
        module
            .run_passes(pipeline, &machine, PassBuilderOptions::create())
            .map_err(|e| {
                CompileError::internal(format!("LLVM optimisation failed: {}", e.to_string_lossy()))
            })
    };
    // Callers of functions that never fail stop testing their status.
    let full = options.optimize == Optimize::Full;
    if full && gpu.is_none() {
        let folded = status::fold(&module);
        tracing::debug!(folded, "status folding");
    }
    if options.optimize == Optimize::Quick {
        quick::inline_single_calls(&module);
    }
    if let Some(pipeline) = pipeline {
        let _span = tracing::debug_span!("llvm_o3").entered();
        run(pipeline)?;
    }
    // Reference counts: the pairs that cancel go, the rest are inlined.
    if full {
        let pruned = refprune::prune(&module);
        tracing::debug!(pruned, "refprune");
    }
    if refprune::inline(&module) && pipeline.is_some() {
        let _span = tracing::debug_span!("refcount_inline").entered();
        run("always-inline,function(simplifycfg)")?;
    }
    llvm_errors("optimise")?;
    let bytes = match (stage, gpu) {
        (Stage::LlvmOptimized, _) => module.print_to_string().to_bytes().to_vec(),
        (_, Some(gpu)) => {
            let _span = tracing::debug_span!("codegen").entered();
            let bytes = gpu.emit(&machine, &module, stage, options);
            // A resource error reported during emission explains a failure
            // better than the failure itself.
            llvm_errors("generate code for")?;
            bytes?
        }
        (Stage::Asm, None) => write_to_memory(&machine, &module, FileType::Assembly)?,
        (_, None) => {
            let _span = tracing::debug_span!("codegen").entered();
            write_to_memory(&machine, &module, FileType::Object)?
        }
    };
    llvm_errors("generate code for")?;
    Ok(artifact(bytes))
}

/// Refuses static shared memory past what one block may have.
fn check_static_shared(
    program: &Program,
    target: &dyn Target,
    entry: &Entry<'_>,
    bytes: u64,
) -> Result<(), CompileError> {
    let limit = match (entry, target.gpu()) {
        (Entry::Blocks, _) => MAX_STATIC_SHARED_ON_CPU,
        (Entry::Kernel(_), Some(gpu)) => gpu.max_static_shared(),
        _ => return Ok(()),
    };
    if bytes <= limit {
        return Ok(());
    }
    // Kernels on the CPU keep CUDA's limit; a GPU target states its own.
    let (api, limited) = match target.gpu() {
        Some(_) => (target.name(), format!("{} allows", target.cpu())),
        None => ("cuda", "CUDA allows".to_owned()),
    };
    Err(CompileError::new(
        penna_compiler::ErrorKind::Target,
        format!(
            "kernel `{}` declares {bytes} bytes of static shared memory; {limited} {limit} ({} KiB) per block",
            program.entry().name,
            limit / 1024,
        ),
    )
    .with_hint(format!("use dynamic shared memory, `{api}.shared.array(0, dtype)`, sized at launch (`kernel[blocks, threads, stream, nbytes]`)"))
    .in_function(&program.entry().source, &program.entry().name))
}

/// Emits `module` as a file of `kind` in memory.
pub(crate) fn write_to_memory(
    machine: &TargetMachine,
    module: &inkwell::module::Module<'_>,
    kind: FileType,
) -> Result<Vec<u8>, CompileError> {
    Ok(machine
        .write_to_memory_buffer(module, kind)
        .map_err(|e| {
            CompileError::internal(format!(
                "LLVM code generation failed: {}",
                e.to_string_lossy()
            ))
        })?
        .as_slice()
        .to_vec())
}

/// Gives every defined function except `keep` internal linkage, so that
/// `default<O3>` drops what the entry does not call from linked libraries.
pub(crate) fn internalize_all_but(module: &inkwell::module::Module<'_>, keep: &str) {
    for f in module.get_functions() {
        if f.count_basic_blocks() > 0 && f.get_name().to_bytes() != keep.as_bytes() {
            f.set_linkage(inkwell::module::Linkage::Internal);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn lookup_names_every_back_end() {
        assert_eq!(lookup("host").unwrap().name(), "cpu");
        let ptx = lookup("sm_86").unwrap();
        assert_eq!((ptx.name(), ptx.cpu()), ("cuda", "sm_86"));
        assert_eq!(lookup("sm_120").unwrap().cpu(), "sm_90");
        assert_eq!(lookup("nvptx64-nvidia-cuda").unwrap().cpu(), "sm_80");
        let amd = lookup("gfx942:sramecc+:xnack-").unwrap();
        assert_eq!((amd.name(), amd.cpu()), ("hip", "gfx942"));
        assert_eq!(lookup("amdgcn-amd-amdhsa").unwrap().cpu(), "gfx90a");
        assert!(lookup("gfx803").is_err());
        assert!(lookup("riscv").is_err());
        for name in ["host", "sm_80", "gfx1100"] {
            let t = lookup(name).unwrap();
            assert_eq!(t.gpu().is_some(), name != "host");
        }
    }
}
