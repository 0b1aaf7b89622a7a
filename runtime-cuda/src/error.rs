//! Everything that can go wrong talking to the CUDA driver, as values:
//! no entry of this crate panics when the driver or a device is missing.

use cudarc::driver::result::DriverError;
use cudarc::driver::sys::CUresult;

/// An error of the CUDA runtime.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CudaError {
    /// `libcuda` could not be loaded: no NVIDIA driver on this machine.
    #[error("the CUDA driver (libcuda) is not installed on this machine")]
    NoDriver,
    /// The driver loaded but reports no usable device (`cuInit` failed or
    /// the device count is 0).
    #[error("the CUDA driver found no usable GPU: {0}")]
    NoDevice(String),
    /// A device ordinal out of range.
    #[error("there is no CUDA device {ordinal}; this machine has {count}")]
    BadDevice { ordinal: i32, count: i32 },
    /// A launch or copy whose parameters the device cannot take (checked
    /// before the driver is asked, for a message naming the limit).
    #[error("{0}")]
    Invalid(String),
    /// A driver call failed.
    #[error("{call} failed: {name}: {message}")]
    Driver {
        call: &'static str,
        code: u32,
        name: String,
        message: String,
    },
}

impl CudaError {
    /// The error a driver call `call` returned.
    pub fn driver(call: &'static str, error: DriverError) -> Self {
        let name = error
            .error_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|_| format!("CUresult {}", error.0 as u32));
        let message = error
            .error_string()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "unknown error".into());
        CudaError::Driver {
            call,
            code: error.0 as u32,
            name,
            message,
        }
    }

    /// Whether the failure is the machine's (no driver or device) rather
    /// than one call's.
    pub fn is_unsupported(&self) -> bool {
        matches!(
            self,
            CudaError::NoDriver | CudaError::NoDevice(_) | CudaError::BadDevice { .. }
        )
    }
}

pub type CudaResult<T> = Result<T, CudaError>;

/// `Ok` for `CUDA_SUCCESS`, else the error of driver call `call`.
pub(crate) fn check(call: &'static str, status: CUresult) -> CudaResult<()> {
    status.result().map_err(|e| CudaError::driver(call, e))
}
