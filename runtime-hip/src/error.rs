//! Everything that can go wrong talking to the HIP runtime, as values.

/// An error of the HIP runtime.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HipError {
    /// `libamdhip64` could not be loaded (or lacks an entry point penna needs).
    #[error("the HIP runtime (libamdhip64) is not available: {0}")]
    NoRuntime(String),
    /// The runtime loaded but reports no usable device.
    #[error("the HIP runtime found no usable AMD GPU: {0}")]
    NoDevice(String),
    /// A device ordinal out of range.
    #[error("there is no HIP device {ordinal}; this machine has {count}")]
    BadDevice { ordinal: i32, count: i32 },
    /// A launch or copy the device cannot take (checked before the runtime
    /// is asked, for a message naming the limit).
    #[error("{0}")]
    Invalid(String),
    /// A runtime call failed with `hipError_t` `code`.
    #[error("{call} failed: {name} ({code})")]
    Runtime {
        call: &'static str,
        code: i32,
        name: String,
    },
}

impl HipError {
    /// Whether the failure is the machine's (no runtime or device) rather
    /// than one call's.
    pub fn is_unsupported(&self) -> bool {
        matches!(
            self,
            HipError::NoRuntime(_) | HipError::NoDevice(_) | HipError::BadDevice { .. }
        )
    }
}

pub type HipResult<T> = Result<T, HipError>;

/// `hipSuccess`.
pub const SUCCESS: i32 = 0;
/// `hipErrorNotReady`: an event or stream still has work.
pub const NOT_READY: i32 = 600;
/// `hipErrorNoDevice`.
pub const NO_DEVICE: i32 = 100;
/// `hipErrorInvalidDevice`, what `hipInit` returns without a GPU.
pub const INVALID_DEVICE: i32 = 101;
