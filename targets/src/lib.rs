//! penna-targets: typed IR to LLVM (inkwell) to code for a target.
//!
//! | module | role |
//! |---|---|
//! | [`target`] | the [`Target`] trait: what differs between CPU, NVPTX, AMDGPU |
//! | [`cpu`] | the host CPU target |
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

pub mod cpu;
mod diagnostics;
mod error;
pub mod libdevice;
mod lower;
pub mod nvptx;
pub mod target;

pub use cpu::CpuTarget;
pub use error::CodegenError;
pub use lower::BlockLayout;
pub use nvptx::NvptxTarget;
pub use target::{Capabilities, GpuIntrinsics, Target};

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use penna_compiler::family::{check_family, Family, GpuEntry};
use penna_compiler::{CompileError, Program};

/// Code generation options (the `@jit` options that reach the back end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    /// Allow LLVM's fast-math flags on floating-point operations.
    pub fastmath: bool,
    /// Check array indices against the shape and raise `IndexError`.
    pub boundscheck: bool,
    /// Run `default<O3>` (on unless a test wants raw lowering).
    pub optimize: bool,
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
            optimize: true,
            racecheck: false,
            lineinfo: false,
        }
    }
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
    /// The uniform-ABI entry point (`<module>.entry`).
    pub entry: String,
}

impl Artifact {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Compiles `program` for `target`. `module_name` must be unique among modules
/// loaded into one process: it prefixes the entry symbol.
pub fn compile(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
) -> Result<Artifact, CompileError> {
    compile_entry(
        program,
        target,
        module_name,
        options,
        stage,
        &EntryKind::Call,
    )
    .map(|(artifact, _)| artifact)
}

/// What kind of entry point a module gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum EntryKind<'a> {
    /// The uniform `i32 entry(ptr args, ptr ret, ptr exc)`.
    Call,
    /// A NumPy inner loop.
    Ufunc(&'a UfuncLoop),
    /// A GPU kernel with flattened parameters.
    Kernel(&'a KernelOptions),
    /// A GPU device function with flattened parameters, callable from CUDA C.
    Device(&'a DeviceFunction),
    /// A GPU kernel run on the CPU: one block per call
    /// (`penna_compiler::abi::BlockFn`).
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
    /// libdevice bitcode, linked when the kernel calls math functions.
    pub libdevice: Option<std::path::PathBuf>,
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
    /// libdevice bitcode, linked when the function calls math functions.
    pub libdevice: Option<std::path::PathBuf>,
}

/// How a ufunc loop hands operands to the kernel (see [`compile_ufunc_loop`]).
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

/// Compiles `program` with a NumPy inner-loop entry
/// `void loop(char **args, npy_intp *dims, npy_intp *steps, void *data)`
/// (named by the artifact's `entry`) instead of the uniform call entry.
pub fn compile_ufunc_loop(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    kind: &UfuncLoop,
) -> Result<Artifact, CompileError> {
    compile_entry(
        program,
        target,
        module_name,
        options,
        stage,
        &EntryKind::Ufunc(kind),
    )
    .map(|(artifact, _)| artifact)
}

/// Compiles `program`, whose entry is a GPU kernel, for a GPU `target`. The
/// artifact's `entry` names the kernel; [`Stage::Asm`] and [`Stage::Object`]
/// both give the target's assembly (PTX), which the driver loads.
pub fn compile_kernel(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    kernel: &KernelOptions,
) -> Result<Artifact, CompileError> {
    let kind = EntryKind::Kernel(kernel);
    compile_gpu_entry(program, target, module_name, options, stage, &kind)
}

/// Compiles `program`'s entry as a device function for a GPU `target`, with
/// the parameter layout of kernels and the return convention of `device`'s
/// ABI; the artifact's `entry` is `device.name`.
pub fn compile_device_function(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    device: &DeviceFunction,
) -> Result<Artifact, CompileError> {
    let kind = EntryKind::Device(device);
    compile_gpu_entry(program, target, module_name, options, stage, &kind)
}

/// [`compile_entry`] for the entries only GPU targets have.
fn compile_gpu_entry(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    kind: &EntryKind<'_>,
) -> Result<Artifact, CompileError> {
    if target.gpu().is_none() {
        return Err(CompileError::target(format!(
            "the {} target has no GPU kernels or device functions",
            target.name()
        )));
    }
    compile_entry(program, target, module_name, options, stage, kind).map(|(artifact, _)| artifact)
}

/// Compiles `program`, whose entry is a GPU kernel already rewritten by
/// [`penna_compiler::blockloop::transform`], to run one block per call on the
/// host `target` (`penna_compiler::abi::BlockFn`, named by the artifact's
/// `entry`); also returns the memory a block needs.
pub fn compile_blocks(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
) -> Result<(Artifact, BlockLayout), CompileError> {
    if target.gpu().is_some() {
        return Err(CompileError::target(
            "kernels run on the CPU compile for the host target",
        ));
    }
    compile_entry(
        program,
        target,
        module_name,
        options,
        stage,
        &EntryKind::Blocks,
    )
}

/// The most static shared memory a CUDA kernel may declare (ptxas refuses
/// more: "too much shared data"); kernels run on the CPU keep the same limit,
/// so code that runs there also runs on a GPU.
const MAX_STATIC_SHARED: u64 = 48 * 1024;

/// Lowers, optimises and emits `program` with an entry of `kind`; also
/// returns the memory a block needs (for [`EntryKind::Blocks`]; empty
/// otherwise).
fn compile_entry(
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    stage: Stage,
    kind: &EntryKind<'_>,
) -> Result<(Artifact, BlockLayout), CompileError> {
    let (family, gpu_entry) = match (target.gpu(), kind) {
        (_, EntryKind::Blocks) => (Family::Gpu, Some(GpuEntry::Kernel)),
        (None, _) => (Family::Cpu, None),
        (Some(_), EntryKind::Kernel(_)) => (Family::Gpu, Some(GpuEntry::Kernel)),
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
        lower::lower_program(&context, program, target, module_name, options, kind)?
    };
    let entry = match kind {
        EntryKind::Kernel(_) => lower::kernel_symbol(module_name),
        EntryKind::Device(d) => d.name.clone(),
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
    if matches!(kind, EntryKind::Blocks | EntryKind::Kernel(_)) && layout.shared > MAX_STATIC_SHARED
    {
        return Err(CompileError::new(
            penna_compiler::ErrorKind::Target,
            format!(
                "kernel `{}` declares {} bytes of static shared memory; CUDA allows {MAX_STATIC_SHARED} (48 KiB) per block",
                program.entry().name,
                layout.shared
            ),
        )
        .with_hint("use dynamic shared memory, `cuda.shared.array(0, dtype)`, sized at launch (`kernel[blocks, threads, stream, nbytes]`)")
        .in_function(&program.entry().source, &program.entry().name));
    }
    if stage == Stage::Llvm {
        let artifact = Artifact {
            stage,
            bytes: module.print_to_string().to_bytes().to_vec(),
            entry,
        };
        return Ok((artifact, layout));
    }
    let machine = target.machine()?;
    let linked = match kind {
        EntryKind::Kernel(k) => Some(k.libdevice.as_deref()),
        EntryKind::Device(d) => Some(d.libdevice.as_deref()),
        _ => None,
    };
    if let Some(path) = linked {
        libdevice::link(&module, path)?;
        libdevice::internalize_all_but(&module, &entry);
    }
    if options.optimize {
        let _span = tracing::debug_span!("llvm_o3").entered();
        module
            .run_passes("default<O3>", &machine, PassBuilderOptions::create())
            .map_err(|e| {
                CompileError::internal(format!("LLVM optimisation failed: {}", e.to_string_lossy()))
            })?;
    }
    llvm_errors("optimise")?;
    let bytes = match stage {
        Stage::LlvmOptimized => module.print_to_string().to_bytes().to_vec(),
        Stage::Asm | Stage::Object => {
            let _span = tracing::debug_span!("codegen").entered();
            let file = if stage == Stage::Asm || target.gpu().is_some() {
                inkwell::targets::FileType::Assembly
            } else {
                inkwell::targets::FileType::Object
            };
            machine
                .write_to_memory_buffer(&module, file)
                .map_err(|e| {
                    CompileError::internal(format!(
                        "LLVM code generation failed: {}",
                        e.to_string_lossy()
                    ))
                })?
                .as_slice()
                .to_vec()
        }
        Stage::Llvm => unreachable!("returned above"),
    };
    llvm_errors("generate code for")?;
    let bytes = if options.lineinfo
        && stage != Stage::LlvmOptimized
        && target.triple() == nvptx::NVPTX_TRIPLE
    {
        nvptx::line_info_only(&String::from_utf8_lossy(&bytes)).into_bytes()
    } else {
        bytes
    };
    let artifact = Artifact {
        stage,
        bytes,
        entry,
    };
    Ok((artifact, layout))
}
