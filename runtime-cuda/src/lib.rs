//! penna-runtime-cuda: what `@cuda.jit` kernels need at run time on an
//! NVIDIA GPU, over the CUDA driver API (`cudarc`'s bindings, `libcuda`
//! loaded when first needed).
//!
//! | module | role |
//! |---|---|
//! | `device` | driver initialisation, devices, their primary contexts, the current device |
//! | `memory` | device allocations, page-locked host memory, copies, fills |
//! | `stream` | streams and events |
//! | `module` | PTX loaded into modules, kernels and their attributes |
//! | `launch` | launch configurations checked against limits, `cuLaunchKernel` |
//! | `error` | every failure as a [`CudaError`] value |
//!
//! Invariant: nothing here panics for want of a driver or device. The first
//! call finds out whether `libcuda` loads and initialises; without it every
//! entry returns [`CudaError::NoDriver`] or [`CudaError::NoDevice`].
//! Handles never outlive their device: devices stay open (their primary
//! contexts retained) for the life of the process.

pub mod device;
pub mod error;
pub mod launch;
pub mod memory;
pub mod module;
pub mod stream;

pub use device::{current, device_count, driver_version, is_available, select, Device};
pub use error::{CudaError, CudaResult};
pub use launch::{launch, LaunchConfig};
pub use memory::{DeviceBuffer, PinnedBuffer};
pub use module::{Function, Module};
pub use stream::{Event, Stream, StreamHandle};
