//! penna-runtime-hip: what `@hip.jit` kernels need at run time on an AMD
//! GPU, over the HIP runtime (`libamdhip64`, loaded when first needed). The
//! mirror of `penna-runtime-cuda`.
//!
//! | module | role |
//! |---|---|
//! | `api` | the library: found by soname, its entry points resolved once |
//! | `device` | devices, their properties, the current device |
//! | `memory` | device allocations, page-locked host memory, copies, fills |
//! | `stream` | streams and events |
//! | `module` | code objects loaded into modules, kernels and their attributes |
//! | `launch` | launch configurations checked against limits, `hipModuleLaunchKernel` |
//! | `error` | every failure as a [`HipError`] value |
//!
//! Invariants: nothing here panics for want of a runtime or device; every
//! entry returns [`HipError::NoRuntime`] or [`HipError::NoDevice`] instead.
//! `hipError_t` stays an integer (its values differ between ROCm releases;
//! names come from `hipGetErrorName`). Devices stay known for the life of
//! the process.

pub mod api;
pub mod device;
pub mod error;
pub mod launch;
pub mod memory;
pub mod module;
pub mod stream;

pub use device::{current, device_count, is_available, runtime_version, select, Device};
pub use error::{HipError, HipResult};
pub use launch::{launch, LaunchConfig};
pub use memory::{DeviceBuffer, PinnedBuffer};
pub use module::{Function, Module};
pub use stream::{Event, Stream, StreamHandle};
