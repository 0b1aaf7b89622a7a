//! Code objects loaded into modules; kernels and their attributes.

use std::ffi::CString;

use crate::api::{api, RawFunction, RawModule};
use crate::device::Device;
use crate::error::{HipError, HipResult};

/// `hipFunction_attribute` values.
const ATTR_MAX_THREADS_PER_BLOCK: i32 = 0;
const ATTR_SHARED_SIZE_BYTES: i32 = 1;

/// A loaded code object, unloaded on drop (after its functions).
#[derive(Debug)]
pub struct Module {
    raw: RawModule,
    device: &'static Device,
}

// SAFETY: a HIP module handle may be used from any thread.
unsafe impl Send for Module {}
// SAFETY: as above.
unsafe impl Sync for Module {}

impl Module {
    /// Loads a linked code object (HSACO) onto `device`.
    pub fn load(device: &'static Device, code_object: &[u8]) -> HipResult<Module> {
        let api = api()?;
        device.bind()?;
        let mut raw = std::ptr::null_mut();
        // SAFETY: the runtime reads the ELF image it is given; it must stay
        // valid for the call only.
        api.check("hipModuleLoadData", unsafe {
            (api.module_load_data)(&mut raw, code_object.as_ptr().cast())
        })?;
        Ok(Module { raw, device })
    }

    /// The kernel `name`.
    pub fn function(&self, name: &str) -> HipResult<Function> {
        let api = api()?;
        let c_name = CString::new(name)
            .map_err(|_| HipError::Invalid(format!("kernel name {name:?} has a NUL byte")))?;
        let mut raw = std::ptr::null_mut();
        // SAFETY: a live module and a NUL-terminated name.
        api.check("hipModuleGetFunction", unsafe {
            (api.module_get_function)(&mut raw, self.raw, c_name.as_ptr())
        })?;
        let attr = |a: i32| -> HipResult<u32> {
            let mut v = 0;
            // SAFETY: a live function and an out-pointer.
            api.check("hipFuncGetAttribute", unsafe {
                (api.func_get_attribute)(&mut v, a, raw)
            })?;
            Ok(v.max(0) as u32)
        };
        Ok(Function {
            raw,
            device: self.device,
            max_threads: attr(ATTR_MAX_THREADS_PER_BLOCK)?,
            static_shared: attr(ATTR_SHARED_SIZE_BYTES)?,
        })
    }
}

impl Drop for Module {
    fn drop(&mut self) {
        if let Ok(api) = api() {
            // SAFETY: loaded here, unloaded once.
            let _ = unsafe { (api.module_unload)(self.raw) };
        }
    }
}

/// A kernel in a loaded module (valid while the module is).
#[derive(Debug)]
pub struct Function {
    raw: RawFunction,
    device: &'static Device,
    /// The most threads per block the kernel was compiled for.
    pub max_threads: u32,
    /// Bytes of static shared memory (LDS) the kernel declares.
    pub static_shared: u32,
}

// SAFETY: a HIP function handle may be used from any thread.
unsafe impl Send for Function {}
// SAFETY: as above.
unsafe impl Sync for Function {}

impl Function {
    pub fn raw(&self) -> RawFunction {
        self.raw
    }

    pub fn device(&self) -> &'static Device {
        self.device
    }
}
