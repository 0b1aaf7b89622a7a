//! Kernel launches.
//!
//! The configuration is checked against the device's and the kernel's
//! limits first, so that a bad launch names the limit instead of the
//! driver's `CUDA_ERROR_INVALID_VALUE`. A kernel that needs more than the
//! default 48 KiB of shared memory opts in to the device's maximum on the
//! launch that first asks for it.

use std::ffi::c_void;
use std::sync::atomic::Ordering;

use cudarc::driver::sys;

use crate::error::{check, CudaError, CudaResult};
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
    pub fn check(&self, f: &Function) -> CudaResult<()> {
        let device = f.device();
        let invalid = |m: String| Err(CudaError::Invalid(m));
        let axes = ["x", "y", "z"];
        for (k, axis) in axes.iter().enumerate() {
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
            if self.grid[k] > device.max_grid_dim[k] {
                return invalid(format!(
                    "gridDim.{axis} = {} exceeds the device's limit of {}",
                    self.grid[k], device.max_grid_dim[k]
                ));
            }
        }
        let threads: u64 = self.block.iter().map(|&d| d as u64).product();
        let most = f.max_threads.min(device.max_threads_per_block) as u64;
        if threads > most {
            return invalid(format!(
                "a block of {threads} threads ({} x {} x {}) exceeds this kernel's limit of {most} \
                 threads per block (set by the device, its registers per thread or launch_bounds)",
                self.block[0], self.block[1], self.block[2]
            ));
        }
        let shared = self.shared_bytes as u64 + f.static_shared as u64;
        if shared > device.shared_per_block_optin as u64 {
            return invalid(format!(
                "{} bytes of dynamic shared memory plus the kernel's {} static bytes exceed the \
                 device's limit of {} bytes per block",
                self.shared_bytes, f.static_shared, device.shared_per_block_optin
            ));
        }
        Ok(())
    }
}

/// Launches `f` on `stream`; `params[i]` points at the value of the kernel's
/// i-th parameter. Returns when the launch is queued.
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
) -> CudaResult<()> {
    config.check(f)?;
    let shared = config.shared_bytes + f.static_shared;
    if shared > f.dynamic_shared_limit.load(Ordering::Relaxed) {
        f.allow_dynamic_shared(f.device().shared_per_block_optin - f.static_shared)?;
    }
    f.device().bind()?;
    let [gx, gy, gz] = config.grid;
    let [bx, by, bz] = config.block;
    // SAFETY: the caller's contract; the configuration was checked.
    check("cuLaunchKernel", unsafe {
        sys::cuLaunchKernel(
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
