//! `@cuda.jit` kernels run on the CPU (`cuda.jit(target="cpu")`,
//! `PENNA_GPU_ON_CPU=1`): compiled per argument types through the work-group
//! loop transform (`penna_compiler::blockloop`) for the host, and launched
//! with the grid's blocks spread over the thread pool
//! (`penna_runtime_cpu::grid`).

use std::sync::{Arc, Mutex};

use penna_compiler::abi::BlockFn;
use penna_compiler::{CompileError, JitFunction, Program, Type};
use penna_runtime_cpu::call::Outcome;
use penna_runtime_cpu::grid::{run_grid, BlockMemory, Grid};
use penna_targets::{Entry, Options, Stage};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::codegen::{host, next_module_name};
use crate::env::PyFunction;
use crate::errors::{compile_error, raised};
use crate::marshal::{arg_size, pack_args, Scratch, SendPtr};

/// One kernel compiled for the CPU for one list of argument types.
pub struct CpuKernel {
    pub args: Vec<Type>,
    entry: BlockFn,
    memory: BlockMemory,
    arg_bytes: usize,
}

/// The kernels of one `@cuda.jit` function compiled so far.
#[derive(Default)]
pub struct CpuKernels(Mutex<Vec<Arc<CpuKernel>>>);

impl CpuKernels {
    /// The kernel for `args`, compiled on first use.
    pub fn get(
        &self,
        py: Python<'_>,
        function: &Arc<PyFunction>,
        args: &[Type],
        options: &Options,
        cache: bool,
    ) -> PyResult<Arc<CpuKernel>> {
        let find = |list: &[Arc<CpuKernel>]| list.iter().find(|k| k.args == args).cloned();
        if let Some(k) = find(&self.0.lock().unwrap_or_else(|e| e.into_inner())) {
            return Ok(k);
        }
        let kernel = Arc::new(compile(py, function, args, options, cache)?);
        let mut list = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = find(&list) {
            return Ok(k);
        }
        list.push(kernel.clone());
        Ok(kernel)
    }
}

/// The kernel's program, checked for the GPU family.
fn kernel_program(function: &Arc<PyFunction>, args: &[Type]) -> Result<Program, CompileError> {
    let jit: Arc<dyn JitFunction> = function.clone();
    let program = penna_compiler::compile(&jit, args)?;
    crate::gpu::check_kernel_params(&program, jit.name())?;
    penna_compiler::family::check_family(
        &program,
        penna_compiler::family::Family::Gpu,
        Some(penna_compiler::family::GpuEntry::Kernel),
    )?;
    Ok(program)
}

/// The kernel's program, checked and rewritten as loops over a block's threads.
pub fn block_program(function: &Arc<PyFunction>, args: &[Type]) -> Result<Program, CompileError> {
    let mut program = kernel_program(function, args)?;
    penna_compiler::blockloop::transform(&mut program)?;
    Ok(program)
}

fn compile(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    args: &[Type],
    options: &Options,
    cache: bool,
) -> PyResult<CpuKernel> {
    let mut program = kernel_program(function, args).map_err(|e| compile_error(py, &e))?;
    crate::errors::warn_divergent_barriers(py, &program)?;
    penna_compiler::blockloop::transform(&mut program).map_err(|e| compile_error(py, &e))?;
    let compile = crate::cache::Compile::new(cache, &program, options, host(), "blocks");
    crate::codegen::dump(&program, &compile.module, options);
    // The block layout travels with a cached entry as "frame shared".
    let loaded = py.detach(|| {
        compile.load_host(
            |module| {
                penna_targets::compile(
                    &program,
                    host(),
                    module,
                    options,
                    Stage::Object,
                    &Entry::Blocks,
                )
            },
            |artifact| {
                format!(
                    "{} {}",
                    artifact.layout.frame_per_thread, artifact.layout.shared
                )
            },
        )
    });
    compile.report(py);
    let (address, meta) = loaded.map_err(|e| compile_error(py, &e))?;
    let layout: Vec<u64> = meta.split(' ').filter_map(|n| n.parse().ok()).collect();
    let [frame_per_thread, shared] = layout[..] else {
        return Err(compile_error(
            py,
            &CompileError::internal(format!("a cached kernel's layout is {meta:?}")),
        ));
    };
    // SAFETY: the entry symbol of a block module has the `BlockFn` signature.
    let entry = unsafe { std::mem::transmute::<usize, BlockFn>(address) };
    Ok(CpuKernel {
        arg_bytes: args.iter().map(arg_size).sum(),
        args: args.to_vec(),
        entry,
        memory: BlockMemory {
            frame_per_thread: frame_per_thread as _,
            shared: shared as _,
        },
    })
}

/// The text of a CPU kernel at `stage` (`ir`: the rewritten IR; `llvm`,
/// `llvm-raw`, `asm`).
pub fn text(
    function: &Arc<PyFunction>,
    args: &[Type],
    stage: &str,
    options: &Options,
) -> Result<String, CompileError> {
    let program = block_program(function, args)?;
    let stage = match stage {
        "ir" => return Ok(penna_compiler::ir::print::print_program(&program)),
        "llvm" => Stage::LlvmOptimized,
        "llvm-raw" => Stage::Llvm,
        "asm" => Stage::Asm,
        other => return Err(CompileError::target(format!("unknown stage {other:?}"))),
    };
    let module = next_module_name();
    let artifact =
        penna_targets::compile(&program, host(), &module, options, stage, &Entry::Blocks)?;
    Ok(artifact.text())
}

/// Runs `kernel` over `grid` with `args` (already of the kernel's types).
pub fn launch(
    py: Python<'_>,
    kernel: &CpuKernel,
    args: &Bound<'_, PyTuple>,
    grid: Grid,
) -> PyResult<()> {
    grid.validate().map_err(PyValueError::new_err)?;
    let mut scratch = Scratch::new();
    let mut ptrs = crate::marshal::ArgPointers::new();
    pack_args(
        args.as_slice(),
        &kernel.args,
        kernel.arg_bytes,
        &mut scratch,
        &mut ptrs,
    )?;
    let (entry, memory) = (kernel.entry, kernel.memory);
    let p = SendPtr((ptrs.as_ptr(), ptrs.len()));
    // The arguments (and the arrays they describe, held by `args`) outlive the launch.
    let outcome = py.detach(move || {
        let p = p;
        // SAFETY: the arguments were written in the layout of the kernel's types.
        unsafe {
            run_grid(
                entry,
                std::slice::from_raw_parts(p.0 .0, p.0 .1),
                &grid,
                memory,
            )
        }
    });
    match outcome {
        Outcome::Returned => Ok(()),
        Outcome::Raised(code, message) => Err(raised(py, code, message)),
    }
}
