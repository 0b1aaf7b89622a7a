//! Modules loaded from PTX and the kernels in them.
//!
//! The driver compiles PTX for the device when it loads it (so PTX made for
//! an older architecture runs on newer GPUs); its error log becomes the
//! error's message.

use std::ffi::{c_int, c_uint, c_void, CString};
use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicU32, Ordering};

use cudarc::driver::sys::{self, CUfunction_attribute as FnAttr, CUjit_option as Jit};

use crate::device::Device;
use crate::error::{check, CudaError, CudaResult};

/// A loaded module, unloaded on drop (its kernels with it).
#[derive(Debug)]
pub struct Module {
    handle: sys::CUmodule,
    device: &'static Device,
}

// SAFETY: module handles may be used from any thread.
unsafe impl Send for Module {}
unsafe impl Sync for Module {}

impl Module {
    /// Loads `ptx` on `device`. PTX with `.loc` directives (`lineinfo`)
    /// keeps its line table in the device code, for profilers and debuggers.
    pub fn load_ptx(device: &'static Device, ptx: &str) -> CudaResult<Module> {
        let image = CString::new(ptx)
            .map_err(|_| CudaError::Invalid("PTX text contains a NUL byte".into()))?;
        device.bind()?;
        let mut log = vec![0u8; 16 * 1024];
        let mut options = vec![
            Jit::CU_JIT_ERROR_LOG_BUFFER,
            Jit::CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
        ];
        let mut values = vec![log.as_mut_ptr() as *mut c_void, log.len() as *mut c_void];
        if ptx.contains("\t.loc\t") {
            options.push(Jit::CU_JIT_GENERATE_LINE_INFO);
            // Integer options travel in the pointer-sized value slot.
            values.push(std::ptr::without_provenance_mut(1));
        }
        let mut handle = MaybeUninit::uninit();
        // SAFETY: a context is current; the image is NUL-terminated PTX; the
        // option arrays have equal lengths and the log buffer its stated size.
        let status = unsafe {
            sys::cuModuleLoadDataEx(
                handle.as_mut_ptr(),
                image.as_ptr() as *const c_void,
                options.len() as c_uint,
                options.as_mut_ptr(),
                values.as_mut_ptr(),
            )
        };
        if let Err(mut e) = check("cuModuleLoadDataEx", status) {
            let end = log.iter().position(|&b| b == 0).unwrap_or(log.len());
            let text = String::from_utf8_lossy(&log[..end]);
            if let CudaError::Driver { message, .. } = &mut e {
                if !text.trim().is_empty() {
                    message.push_str(&format!("\nthe PTX JIT compiler says:\n{}", text.trim()));
                }
            }
            return Err(e);
        }
        Ok(Module {
            // SAFETY: initialised by the successful call above.
            handle: unsafe { handle.assume_init() },
            device,
        })
    }

    /// The kernel named `name`.
    pub fn function(&self, name: &str) -> CudaResult<Function> {
        let cname = CString::new(name)
            .map_err(|_| CudaError::Invalid("kernel name contains a NUL byte".into()))?;
        self.device.bind()?;
        let mut f = MaybeUninit::uninit();
        // SAFETY: the module is loaded; valid out-pointer and C string.
        check("cuModuleGetFunction", unsafe {
            sys::cuModuleGetFunction(f.as_mut_ptr(), self.handle, cname.as_ptr())
        })?;
        // SAFETY: initialised by the successful call above.
        let handle = unsafe { f.assume_init() };
        let attr = |a: FnAttr| -> CudaResult<u32> {
            let mut v: c_int = 0;
            // SAFETY: a valid function handle and out-pointer.
            check("cuFuncGetAttribute", unsafe {
                sys::cuFuncGetAttribute(&mut v, a, handle)
            })?;
            Ok(v.max(0) as u32)
        };
        Ok(Function {
            handle,
            device: self.device,
            static_shared: attr(FnAttr::CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES)?,
            max_threads: attr(FnAttr::CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK)?,
            registers: attr(FnAttr::CU_FUNC_ATTRIBUTE_NUM_REGS)?,
            local_bytes: attr(FnAttr::CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES)?,
            dynamic_shared_limit: AtomicU32::new(self.device.shared_per_block),
        })
    }
}

impl Drop for Module {
    fn drop(&mut self) {
        if self.device.bind().is_ok() {
            // SAFETY: loaded once, unloaded once.
            let _ = unsafe { sys::cuModuleUnload(self.handle) };
        }
    }
}

/// A kernel of a loaded module (valid while the module is).
#[derive(Debug)]
pub struct Function {
    handle: sys::CUfunction,
    pub(crate) device: &'static Device,
    /// Bytes of statically sized shared memory.
    pub static_shared: u32,
    /// The most threads per block this kernel can be launched with.
    pub max_threads: u32,
    pub registers: u32,
    /// Bytes of local memory per thread.
    pub local_bytes: u32,
    /// Shared memory (static plus dynamic) a launch may use now; raised by
    /// opting in when a launch needs more.
    pub(crate) dynamic_shared_limit: AtomicU32,
}

// SAFETY: function handles may be used from any thread.
unsafe impl Send for Function {}
unsafe impl Sync for Function {}

impl Function {
    pub fn raw(&self) -> sys::CUfunction {
        self.handle
    }

    pub fn device(&self) -> &'static Device {
        self.device
    }

    /// Lets launches use up to `bytes` bytes of dynamic shared memory.
    pub(crate) fn allow_dynamic_shared(&self, bytes: u32) -> CudaResult<()> {
        self.device.bind()?;
        // SAFETY: a valid function handle.
        check("cuFuncSetAttribute", unsafe {
            sys::cuFuncSetAttribute(
                self.handle,
                FnAttr::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                bytes as c_int,
            )
        })?;
        self.dynamic_shared_limit
            .store(bytes + self.static_shared, Ordering::Relaxed);
        Ok(())
    }
}
