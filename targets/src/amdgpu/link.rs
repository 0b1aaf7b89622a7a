//! A relocatable AMDGPU object linked into a code object (HSACO): the shared
//! ELF that `hipModuleLoadData` loads, `ld.lld -shared obj -o hsaco`.
//!
//! penna runs LLVM's own `ld.lld` (found as `PENNA_LD_LLD`, `ld.lld-19` or
//! `ld.lld` on `PATH`, LLVM 19's `bin`, or ROCm's `llvm/bin`) on files in a
//! private temporary directory.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use penna_compiler::CompileError;

/// `ld.lld`, looked up once.
fn linker() -> Option<PathBuf> {
    static FOUND: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("PENNA_LD_LLD") {
                return Some(PathBuf::from(p));
            }
            let path = std::env::var_os("PATH").unwrap_or_default();
            let on_path = std::env::split_paths(&path)
                .flat_map(|d| [d.join("ld.lld-19"), d.join("ld.lld")])
                .find(|p| p.is_file());
            let rocm = std::env::var_os("ROCM_PATH")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("/opt/rocm"));
            on_path.or_else(|| {
                [
                    PathBuf::from("/usr/lib/llvm-19/bin/ld.lld"),
                    rocm.join("llvm/bin/ld.lld"),
                ]
                .into_iter()
                .find(|p| p.is_file())
            })
        })
        .clone()
}

/// Links `object` into a code object.
pub fn link(object: &[u8]) -> Result<Vec<u8>, CompileError> {
    let _span = tracing::debug_span!("link_hsaco").entered();
    let lld = linker().ok_or_else(|| {
        CompileError::target("linking an AMD code object needs LLVM's ld.lld, which was not found")
            .with_hint("install Debian's lld-19, or set PENNA_LD_LLD to an ld.lld")
    })?;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "penna-hsaco-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let io = |what: &str, e: std::io::Error| {
        CompileError::target(format!("linking an AMD code object: cannot {what}: {e}"))
    };
    std::fs::create_dir_all(&dir).map_err(|e| io("create a temporary directory", e))?;
    let result = (|| {
        let (obj, out) = (dir.join("kernel.o"), dir.join("kernel.hsaco"));
        std::fs::write(&obj, object).map_err(|e| io("write the object", e))?;
        let run = Command::new(&lld)
            .args(["-shared", "--no-undefined"])
            .arg(&obj)
            .arg("-o")
            .arg(&out)
            .output()
            .map_err(|e| io(&format!("run {}", lld.display()), e))?;
        if !run.status.success() {
            return Err(CompileError::target(format!(
                "{} could not link the AMD code object: {}",
                lld.display(),
                String::from_utf8_lossy(&run.stderr).trim()
            )));
        }
        std::fs::read(&out).map_err(|e| io("read the code object", e))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}
