//! A relocatable AMDGPU object linked into a code object (HSACO): the shared
//! ELF that `hipModuleLoadData` loads, `ld.lld -shared obj -o hsaco`.
//!
//! With the `lld` feature (the default with a shared libLLVM), LLVM's lld
//! runs in-process (`lld_shim.cpp`, serialised: lld keeps global state);
//! otherwise, or when in-process linking fails, penna runs `ld.lld` (found as
//! `PENNA_LD_LLD`, `ld.lld-19` or `ld.lld` on `PATH`, LLVM 19's `bin`, or
//! ROCm's `llvm/bin`). Both link files in a private temporary directory.

use std::path::{Path, PathBuf};
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

#[cfg(feature = "lld")]
mod in_process {
    use std::ffi::{c_char, c_int, CString};
    use std::path::Path;
    use std::sync::Mutex;

    extern "C" {
        fn penna_lld_elf(
            argv: *const *const c_char,
            argc: c_int,
            message: *mut c_char,
            message_len: usize,
            can_run_again: *mut c_int,
        ) -> c_int;
    }

    /// lld's global state: one link at a time, and none after a link that
    /// left it unusable (`Err(())` then: use the process instead).
    static LLD: Mutex<bool> = Mutex::new(true);

    /// `ld.lld -shared --no-undefined obj -o out` in-process; `None` when
    /// lld cannot run here any more.
    pub fn link(obj: &Path, out: &Path) -> Option<Result<(), String>> {
        let mut usable = LLD.lock().unwrap_or_else(|e| e.into_inner());
        if !*usable {
            return None;
        }
        let args: Vec<CString> = ["ld.lld", "-shared", "--no-undefined"]
            .iter()
            .map(|a| CString::new(*a).expect("no NUL"))
            .chain([
                CString::new(obj.as_os_str().as_encoded_bytes()).ok()?,
                CString::new("-o").expect("no NUL"),
                CString::new(out.as_os_str().as_encoded_bytes()).ok()?,
            ])
            .collect();
        let argv: Vec<*const c_char> = args.iter().map(|a| a.as_ptr()).collect();
        let mut message = vec![0 as c_char; 4096];
        let mut again: c_int = 1;
        // SAFETY: argv holds `argc` NUL-terminated strings alive for the
        // call; the message buffer is `len` bytes; calls are serialised.
        let code = unsafe {
            penna_lld_elf(
                argv.as_ptr(),
                argv.len() as c_int,
                message.as_mut_ptr(),
                message.len(),
                &mut again,
            )
        };
        *usable = again != 0;
        if code == 0 {
            return Some(Ok(()));
        }
        let bytes: Vec<u8> = message
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        Some(Err(String::from_utf8_lossy(&bytes).trim().to_owned()))
    }
}

/// Links with an `ld.lld` process.
fn link_with_process(obj: &Path, out: &Path) -> Result<(), CompileError> {
    let lld = linker().ok_or_else(|| {
        CompileError::target("linking an AMD code object needs LLVM's ld.lld, which was not found")
            .with_hint("install Debian's lld-19, or set PENNA_LD_LLD to an ld.lld")
    })?;
    let run = Command::new(&lld)
        .args(["-shared", "--no-undefined"])
        .arg(obj)
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|e| {
            CompileError::target(format!(
                "linking an AMD code object: cannot run {}: {e}",
                lld.display()
            ))
        })?;
    if !run.status.success() {
        return Err(CompileError::target(format!(
            "{} could not link the AMD code object: {}",
            lld.display(),
            String::from_utf8_lossy(&run.stderr).trim()
        )));
    }
    Ok(())
}

/// Links `object` into a code object.
pub fn link(object: &[u8]) -> Result<Vec<u8>, CompileError> {
    let _span = tracing::debug_span!("link_hsaco").entered();
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
        #[cfg(feature = "lld")]
        let linked = in_process::link(&obj, &out);
        #[cfg(not(feature = "lld"))]
        let linked: Option<Result<(), String>> = None;
        match linked {
            Some(Ok(())) => {}
            Some(Err(message)) => {
                return Err(CompileError::target(format!(
                    "lld could not link the AMD code object: {message}"
                )))
            }
            None => link_with_process(&obj, &out)?,
        }
        std::fs::read(&out).map_err(|e| io("read the code object", e))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

#[cfg(all(test, feature = "lld"))]
mod tests {
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;
    use inkwell::targets::FileType;

    use crate::target::Target;
    use crate::AmdgpuTarget;

    #[test]
    fn lld_links_a_code_object_in_process() {
        let target = AmdgpuTarget::new("gfx90a", Default::default()).unwrap();
        let machine = target
            .machine(inkwell::OptimizationLevel::Aggressive)
            .unwrap();
        let context = Context::create();
        let ir = "define amdgpu_kernel void @k() {\n  ret void\n}\n";
        let buffer = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "k");
        let module = context.create_module_from_ir(buffer).unwrap();
        module.set_triple(&machine.get_triple());
        let object = machine
            .write_to_memory_buffer(&module, FileType::Object)
            .unwrap();
        let dir = std::env::temp_dir().join(format!("penna-lld-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (obj, out) = (dir.join("k.o"), dir.join("k.hsaco"));
        std::fs::write(&obj, object.as_slice()).unwrap();
        let linked = super::in_process::link(&obj, &out);
        assert_eq!(linked, Some(Ok(())));
        let code = std::fs::read(&out).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(&code[..4], b"\x7fELF");
        assert_eq!(u16::from_le_bytes([code[16], code[17]]), 3, "ET_DYN");
    }
}
