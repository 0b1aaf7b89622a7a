//! `@cuda.jit` and `@hip.jit` kernels compiled for a GPU (`penna.cuda`'s
//! `compile_ptx`, `penna.hip`'s `compile_hsaco`, `inspect_llvm`,
//! `inspect_asm`, and the PTX a launch loads).
//!
//! The kernel's program is checked for the GPU family first (no runtime on
//! the device, see `penna_compiler::family`), then compiled by the GPU's
//! back end ([`GpuTargetSpec`]) with its math library linked when math
//! functions are used.

use std::path::PathBuf;
use std::sync::Arc;

use penna_compiler::family::{check_family, Family, GpuEntry};
use penna_compiler::{CompileError, JitFunction, Type};
use penna_targets::{
    AmdgpuOptions, AmdgpuTarget, DeviceAbi, DeviceFunction, Entry, KernelOptions, NvptxTarget,
    Options, Stage, Target,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::cache::Compile;
use crate::env::PyFunction;
use crate::errors::compile_error;

/// What [`compile`] returns: the bytes of the requested stage (text for
/// every stage but a code object), the kernel's symbol and the return type.
pub type GpuArtifact = (Vec<u8>, String, String);

/// The GPU a kernel compiles for.
#[derive(Clone, Debug)]
pub enum GpuTargetSpec {
    /// NVIDIA, by compute capability; libdevice for math.
    Cuda {
        cc: (u32, u32),
        libdevice: Option<PathBuf>,
    },
    /// AMD, by architecture (`gfx90a`).
    Hip {
        arch: String,
        options: AmdgpuOptions,
    },
}

impl GpuTargetSpec {
    /// AMD's `arch`, with ROCm's device libraries where they are found.
    pub fn hip(arch: String, unsafe_fp_atomics: bool, code_object_version: u32) -> Self {
        GpuTargetSpec::Hip {
            arch,
            options: AmdgpuOptions {
                code_object_version,
                unsafe_fp_atomics,
                device_libs: rocm_device_libs(),
            },
        }
    }

    /// What the disk cache's key needs of this target: the spec, and the
    /// size and modification time of the math library it links (a CUDA or
    /// ROCm update that replaces the file at the same path changes the key).
    pub fn cache_identity(&self) -> String {
        let library = match self {
            GpuTargetSpec::Cuda { libdevice, .. } => libdevice.as_deref(),
            GpuTargetSpec::Hip { options, .. } => options.device_libs.as_deref(),
        };
        let stamp = library
            .and_then(|p| std::fs::metadata(p).ok())
            .map(|m| {
                let modified = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{} {modified}", m.len())
            })
            .unwrap_or_default();
        format!("{self:?} {stamp}")
    }

    pub fn build(&self) -> Result<Box<dyn Target>, CompileError> {
        Ok(match self {
            GpuTargetSpec::Cuda { cc, libdevice } => {
                Box::new(NvptxTarget::new(*cc)?.with_libdevice(libdevice.clone()))
            }
            GpuTargetSpec::Hip { arch, options } => {
                Box::new(AmdgpuTarget::new(arch, options.clone())?)
            }
        })
    }
}

/// ROCm's device libraries, looked up once per process.
pub fn rocm_device_libs() -> Option<PathBuf> {
    static FOUND: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(penna_targets::amdgpu::find_device_libs)
        .clone()
}

/// The architectures `penna.hip` compiles for and their wavefront widths.
#[pyfunction]
pub fn hip_architectures() -> Vec<(&'static str, u32)> {
    penna_targets::amdgpu::ARCHES
        .iter()
        .map(|a| (a.name, a.wavefront_size()))
        .collect()
}

/// The program of kernel (or device function) `function` for `args`,
/// checked for kernel parameters; a kernel's barriers under thread-dependent
/// conditions get their warning.
pub fn kernel_program(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    args: &[Type],
    kernel: bool,
) -> PyResult<penna_compiler::Program> {
    let jit: Arc<dyn JitFunction> = function.clone();
    let program = py
        .detach(|| -> Result<_, CompileError> {
            let program = penna_compiler::compile(&jit, args)?;
            check_kernel_params(&program, jit.name())?;
            Ok(program)
        })
        .map_err(|e| compile_error(py, &e))?;
    if kernel {
        crate::errors::warn_divergent_barriers(py, &program)?;
    }
    Ok(program)
}

/// A device function's ABI and symbol (the function's name unless given).
pub type DeviceEntry = (DeviceAbi, Option<String>);

/// The `@cuda.jit` / `@hip.jit` options that reach code generation.
#[derive(Clone, Debug, Default)]
pub struct GpuOptions {
    pub kernel: KernelOptions,
    /// libdevice bitcode, linked when a CUDA kernel calls math functions.
    pub libdevice: Option<PathBuf>,
    /// `hip.jit(unsafe_fp_atomics=True)`.
    pub unsafe_fp_atomics: bool,
}

#[allow(clippy::too_many_arguments)] // the options of `@cuda.jit`
pub fn compile(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    types: &str,
    stage: &str,
    target: GpuTargetSpec,
    device: Option<DeviceEntry>,
    options: &Options,
    kernel: KernelOptions,
    cache: bool,
) -> PyResult<GpuArtifact> {
    let stage = match stage {
        "ir" => None,
        "llvm" => Some(Stage::LlvmOptimized),
        "llvm-raw" => Some(Stage::Llvm),
        "ptx" | "asm" => Some(Stage::Asm),
        "object" => Some(Stage::Object),
        other => return Err(PyValueError::new_err(format!("unknown stage {other:?}"))),
    };
    let args = penna_compiler::parse_type_list(types).map_err(|e| compile_error(py, &e))?;
    let function_name = function.name().to_owned();
    let options = *options;
    let program = kernel_program(py, function, &args, device.is_none())?;
    let compiled = py.detach(|| -> Result<(GpuArtifact, Option<Compile>), CompileError> {
        let ret = program.entry().ret.to_string();
        let Some(stage) = stage else {
            // The back end checks the family itself; the IR stage stops before it.
            let entry = if device.is_some() {
                GpuEntry::Device
            } else {
                GpuEntry::Kernel
            };
            check_family(&program, Family::Gpu, Some(entry))?;
            let text = penna_compiler::ir::print::print_program(&program).into_bytes();
            return Ok(((text, String::new(), ret), None));
        };
        let spec = target.cache_identity();
        let target = target.build()?;
        // PTX and code objects go through the disk cache (what the key
        // leaves out: the kernel's entry, its options and the math library).
        let what = format!("gpu {stage:?} {kernel:?} {device:?} {spec}");
        let cached = cache && matches!(stage, Stage::Asm | Stage::Object);
        let compile = Compile::new(cached, &program, &options, &*target, &what);
        let run = |module: &str| {
            let entry = match &device {
                Some((abi, name)) => Entry::Device(&DeviceFunction {
                    name: name.clone().unwrap_or_else(|| function_name.clone()),
                    abi: *abi,
                }),
                None => Entry::Kernel(&kernel),
            };
            penna_targets::compile(&program, &*target, module, &options, stage, &entry)
        };
        let (entry, bytes) = compile.bytes(run)?;
        Ok(((bytes, entry, ret), Some(compile)))
    });
    let (artifact, compile) = compiled.map_err(|e| compile_error(py, &e))?;
    if let Some(compile) = compile {
        compile.report(py);
    }
    Ok(artifact)
}

/// A device function's entry for `device=True` with ABI `abi` (`"numba"` or
/// `"c"`); `None` for a kernel.
pub fn device_entry(
    device: bool,
    abi: &str,
    name: Option<String>,
) -> PyResult<Option<DeviceEntry>> {
    match (device, abi) {
        (false, _) => Ok(None),
        (true, "c") => Ok(Some((DeviceAbi::C, name))),
        (true, "numba") => Ok(Some((DeviceAbi::Numba, name))),
        (true, other) => Err(PyValueError::new_err(format!(
            "abi must be \"numba\" or \"c\", got {other:?}"
        ))),
    }
}

/// What [`compile`] produced as Python sees it: `bytes` for a code object
/// (`binary`), text otherwise.
pub fn into_python(py: Python<'_>, bytes: Vec<u8>, binary: bool) -> PyResult<Py<PyAny>> {
    Ok(if binary {
        pyo3::types::PyBytes::new(py, &bytes).into_any().unbind()
    } else {
        String::from_utf8_lossy(&bytes)
            .into_pyobject(py)?
            .into_any()
            .unbind()
    })
}

/// Kernels take arrays and real numbers.
pub fn check_kernel_params(
    program: &penna_compiler::Program,
    name: &str,
) -> Result<(), CompileError> {
    let entry = program.entry();
    match entry
        .param_types
        .iter()
        .find(|t| !matches!(t, Type::Array(_)) && t.scalar().is_none_or(|s| s.is_complex()))
    {
        None => Ok(()),
        Some(t) => Err(CompileError::typing(
            format!("kernels take arrays and real numbers; `{name}` was given {t}"),
            entry.span,
        )
        .in_function(&entry.source, &entry.name)),
    }
}

/// libdevice, looked up in the usual places and under `roots`.
pub fn libdevice(roots: Vec<String>) -> Option<PathBuf> {
    let roots: Vec<PathBuf> = roots.into_iter().map(PathBuf::from).collect();
    penna_targets::libdevice::find(&roots)
}
