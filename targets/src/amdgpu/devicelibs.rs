//! ROCm's device libraries: `ocml` (math, `__ocml_sin_f32`) and `ockl`
//! (work-group reductions, `__ockl_wgred_add_i32`) as LLVM bitcode.
//!
//! [`find`] looks where ROCm and Debian's `rocm-device-libs` put them.
//! [`link`] links a library only into modules that call it, then defines the
//! `__oclc_*` control constants the libraries read (penna sets them itself,
//! as Triton does, instead of linking one `oclc_*.bc` per setting: Debian's
//! 5.2 libraries have no `oclc_isa_version` for gfx942, gfx11 or gfx12).
//!
//! The bitcode must be readable by LLVM 19: ROCm up to 6.4 (clang 19) is;
//! ROCm 7's is newer, and reading it fails with a message saying so.

use std::path::{Path, PathBuf};

use inkwell::module::{Linkage, Module};
use inkwell::types::AnyTypeEnum;
use penna_compiler::CompileError;

/// Where the bitcode lives under a ROCm root.
const UNDER_ROOT: &[&str] = &["amdgcn/bitcode", "lib/amdgcn/bitcode"];

/// Places that hold the bitcode directly.
const DIRECT: &[&str] = &[
    "/usr/lib/x86_64-linux-gnu/amdgcn/bitcode",
    "/usr/lib/aarch64-linux-gnu/amdgcn/bitcode",
    "/usr/lib/amdgcn/bitcode",
];

/// The directory with `ocml.bc` and `ockl.bc`: `PENNA_ROCM_DEVICE_LIBS`, then
/// under `ROCM_PATH` (also the clang resource directories of ROCm 6+), then
/// `/opt/rocm`, then Debian's package.
pub fn find() -> Option<PathBuf> {
    let holds = |dir: &Path| dir.join("ocml.bc").is_file() && dir.join("ockl.bc").is_file();
    if let Some(dir) = std::env::var_os("PENNA_ROCM_DEVICE_LIBS") {
        return Some(PathBuf::from(dir));
    }
    let mut roots: Vec<PathBuf> = ["ROCM_PATH", "HIP_PATH"]
        .iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .collect();
    roots.push(PathBuf::from("/opt/rocm"));
    for root in &roots {
        for rel in UNDER_ROOT {
            if holds(&root.join(rel)) {
                return Some(root.join(rel));
            }
        }
        // ROCm 6+: lib/llvm/lib/clang/<version>/lib/amdgcn/bitcode.
        let clang = root.join("lib/llvm/lib/clang");
        if let Ok(entries) = std::fs::read_dir(&clang) {
            let mut versions: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            versions.sort();
            if let Some(dir) = versions
                .iter()
                .rev()
                .map(|v| v.join("lib/amdgcn/bitcode"))
                .find(|d| holds(d))
            {
                return Some(dir);
            }
        }
    }
    DIRECT.iter().map(PathBuf::from).find(|d| holds(d))
}

/// The values of the control constants for one compilation.
#[derive(Clone, Copy, Debug)]
pub struct Controls {
    /// `major * 1000 + minor * 100 + stepping` (gfx90a: 9010).
    pub isa_version: u32,
    pub wave64: bool,
    /// 400 or 500: the code object version's ABI.
    pub abi_version: u32,
    pub unsafe_math: bool,
}

/// Links `ocml` and `ockl` into `module` where it calls them, then defines
/// the `__oclc_*` constants still declared.
pub fn link(
    module: &Module<'_>,
    dir: Option<&Path>,
    controls: Controls,
) -> Result<(), CompileError> {
    let calls = |prefix: &str| -> Vec<String> {
        module
            .get_functions()
            .filter(|f| f.count_basic_blocks() == 0)
            .map(|f| f.get_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(prefix))
            .collect()
    };
    for (library, prefix) in [("ocml", "__ocml_"), ("ockl", "__ockl_")] {
        let needed = calls(prefix);
        if needed.is_empty() {
            continue;
        }
        let dir = dir.ok_or_else(|| {
            CompileError::target(format!(
                "the kernel calls {} ({}), which on AMD GPUs come from ROCm's device libraries, and they were not found",
                if library == "ocml" { "math functions" } else { "work-group functions" },
                needed.join(", ")
            ))
            .with_hint("install Debian's rocm-device-libs, set ROCM_PATH to a ROCm installation, or set PENNA_ROCM_DEVICE_LIBS to the directory holding ocml.bc")
        })?;
        let path = dir.join(format!("{library}.bc"));
        let _span = tracing::debug_span!("link_device_lib", library).entered();
        let parsed = crate::bitcode::read_lazily(&path, module.get_context()).map_err(|e| {
            CompileError::target(format!(
                "LLVM 19 cannot read ROCm's {library} at {}: {e}",
                path.display(),
            ))
            .with_hint("penna reads the device libraries of ROCm 6.4 or older (ROCm 7's are built by a newer LLVM); point PENNA_ROCM_DEVICE_LIBS at those of an older ROCm or Debian's rocm-device-libs")
        })?;
        // The libraries carry a generic layout; adopt the module's.
        parsed.set_triple(&module.get_triple());
        parsed.set_data_layout(&module.get_data_layout());
        module.link_in_module(parsed).map_err(|e| {
            CompileError::target(format!(
                "linking ROCm's {library} failed: {}",
                e.to_string_lossy()
            ))
        })?;
    }
    define_controls(module, controls);
    Ok(())
}

/// Gives every declared `__oclc_*` global its value.
fn define_controls(module: &Module<'_>, c: Controls) {
    let mut global = module.get_first_global();
    while let Some(g) = global {
        global = g.get_next_global();
        let name = g.get_name().to_string_lossy().into_owned();
        if !name.starts_with("__oclc_") || g.get_initializer().is_some() {
            continue;
        }
        let value: u64 = match name.as_str() {
            "__oclc_ISA_version" => c.isa_version.into(),
            "__oclc_ABI_version" => c.abi_version.into(),
            "__oclc_wavefrontsize64" => c.wave64.into(),
            "__oclc_unsafe_math_opt" => c.unsafe_math.into(),
            "__oclc_correctly_rounded_sqrt32" => 1,
            // finite_only, daz_opt and any newer switch: off.
            _ => 0,
        };
        let AnyTypeEnum::IntType(ty) = g.get_value_type() else {
            continue;
        };
        g.set_initializer(&ty.const_int(value, false));
        g.set_constant(true);
        g.set_linkage(Linkage::Internal);
    }
}
