//! Kernel launches.
//!
//! The configuration is checked against the device's and the kernel's
//! limits first, so that a bad launch names the limit instead of the
//! runtime's `hipErrorInvalidValue`. HIP also refuses a dimension whose
//! `grid * block` reaches 2^32 work-items (its grid is counted in items).

use std::ffi::c_void;

use crate::api::api;
use crate::error::{HipError, HipResult};
use crate::module::Function;
use crate::stream::StreamHandle;

/// Grid and block dimensions (x, y, z) and dynamic shared memory bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaunchConfig {
    pub grid: [u32; 3],
    pub block: [u32; 3],
    pub shared_bytes: u32,
}

impl LaunchConfig {
    /// Checks the configuration against `f`'s device and limits.
    pub fn check(&self, f: &Function) -> HipResult<()> {
        let device = f.device();
        let invalid = |m: String| Err(HipError::Invalid(m));
        for (k, axis) in ["x", "y", "z"].iter().enumerate() {
            if self.grid[k] == 0 || self.block[k] == 0 {
                return invalid(format!(
                    "launch dimensions must be positive, got grid {:?} and block {:?}",
                    self.grid, self.block
                ));
            }
            if self.block[k] > device.max_block_dim[k] {
                return invalid(format!(
                    "blockDim.{axis} = {} exceeds the device's limit of {}",
                    self.block[k], device.max_block_dim[k]
                ));
            }
            let items = self.grid[k] as u64 * self.block[k] as u64;
            if items >= 1 << 32 {
                return invalid(format!(
                    "gridDim.{axis} x blockDim.{axis} = {items} work-items; HIP counts them in 32 bits"
                ));
            }
        }
        let threads: u64 = self.block.iter().map(|&d| d as u64).product();
        let most = f.max_threads.min(device.max_threads_per_block) as u64;
        if threads > most {
            return invalid(format!(
                "a block of {threads} threads ({} x {} x {}) exceeds this kernel's limit of {most} \
                 threads per block (set by the device or launch_bounds)",
                self.block[0], self.block[1], self.block[2]
            ));
        }
        let shared = self.shared_bytes as u64 + f.static_shared as u64;
        if shared > device.shared_per_block as u64 {
            return invalid(format!(
                "{} bytes of dynamic shared memory plus the kernel's {} static bytes exceed the \
                 device's limit of {} bytes per block",
                self.shared_bytes, f.static_shared, device.shared_per_block
            ));
        }
        Ok(())
    }
}

/// Launches `f` on `stream`; `params[i]` points at the value of the kernel's
/// i-th parameter (the runtime packs them by the code object's metadata and
/// fills the hidden arguments). Returns when the launch is queued.
///
/// # Safety
/// `params` must match the kernel's parameter list in number, size and
/// meaning, and every pointer the parameters hold must stay valid until the
/// kernel finishes.
pub unsafe fn launch(
    f: &Function,
    config: &LaunchConfig,
    stream: StreamHandle,
    params: &mut [*mut c_void],
) -> HipResult<()> {
    config.check(f)?;
    let api = api()?;
    f.device().bind()?;
    let [gx, gy, gz] = config.grid;
    let [bx, by, bz] = config.block;
    // SAFETY: the caller's contract; the configuration was checked.
    api.check("hipModuleLaunchKernel", unsafe {
        (api.module_launch_kernel)(
            f.raw(),
            gx,
            gy,
            gz,
            bx,
            by,
            bz,
            config.shared_bytes,
            stream.raw(),
            params.as_mut_ptr(),
            std::ptr::null_mut(),
        )
    })
}
