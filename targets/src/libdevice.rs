//! libdevice: NVIDIA's math library as LLVM bitcode (`__nv_sin`, ...), linked
//! into kernels that call math functions, since the NVPTX back end cannot
//! lower `llvm.sin` and friends itself.
//!
//! [`find`] looks where CUDA installations and NVIDIA's pip packages put it;
//! [`link`] links it only into modules that use it, after which the NVPTX
//! target internalizes everything but the kernel, so that `default<O3>` drops
//! every function the kernel does not call (libdevice has hundreds).

use std::path::{Path, PathBuf};

use inkwell::module::Module;
use penna_compiler::CompileError;

/// Where libdevice lives, relative to a CUDA root or a pip package.
const RELATIVE: &[&str] = &[
    "nvvm/libdevice/libdevice.10.bc",
    "nvidia/cuda_nvcc/nvvm/libdevice/libdevice.10.bc",
    "nvidia/cu13/nvvm/libdevice/libdevice.10.bc",
];

/// libdevice from `PENNA_LIBDEVICE` (a file), `CUDA_HOME` / `CUDA_PATH`, the
/// given search roots (e.g. Python's `site-packages`), or `/usr/local/cuda`.
pub fn find(roots: &[PathBuf]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PENNA_LIBDEVICE") {
        return Some(PathBuf::from(p));
    }
    let mut candidates: Vec<PathBuf> = ["CUDA_HOME", "CUDA_PATH"]
        .iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .collect();
    candidates.extend(roots.iter().cloned());
    candidates.push(PathBuf::from("/usr/local/cuda"));
    candidates
        .iter()
        .flat_map(|root| RELATIVE.iter().map(move |rel| root.join(rel)))
        .find(|p| p.is_file())
}

/// Links libdevice into `module` if it calls any `__nv_*` function.
pub fn link(module: &Module<'_>, libdevice: Option<&Path>) -> Result<(), CompileError> {
    let needed: Vec<String> = module
        .get_functions()
        .filter(|f| f.count_basic_blocks() == 0)
        .map(|f| f.get_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("__nv_"))
        .collect();
    if needed.is_empty() {
        return Ok(());
    }
    let path = libdevice.ok_or_else(|| {
        CompileError::target(format!(
            "the kernel calls math functions ({}), which on NVIDIA GPUs come from libdevice, and libdevice was not found",
            needed.join(", ")
        ))
        .with_hint("pip install nvidia-cuda-nvcc-cu12, set CUDA_HOME to a CUDA toolkit, or set PENNA_LIBDEVICE to libdevice.10.bc")
    })?;
    let _span = tracing::debug_span!("link_libdevice").entered();
    let context = module.get_context();
    let library = crate::bitcode::read_lazily(path, context).map_err(|e| {
        CompileError::target(format!("cannot read libdevice at {}: {e}", path.display()))
    })?;
    // libdevice's own triple and layout are generic NVPTX ones; adopt ours.
    library.set_triple(&module.get_triple());
    library.set_data_layout(&module.get_data_layout());
    module.link_in_module(library).map_err(|e| {
        CompileError::internal(format!("linking libdevice failed: {}", e.to_string_lossy()))
    })
}
