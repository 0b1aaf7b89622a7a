//! AMD GPUs through `penna_runtime_hip`: code objects for the device's
//! architecture, code object version 5 where the runtime is ROCm 6 or newer
//! (4 below: older runtimes cannot read 5's metadata).

use std::ffi::c_void;

use penna_compiler::{ArrayType, CompileError};
use penna_runtime_hip as rt;
use penna_targets::{AmdgpuOptions, AmdgpuTarget, Target};
use pyo3::prelude::*;

use super::{Backend, Grid, Value};
use crate::cudart::IntoPy;
use crate::dlpack::{ROCM, ROCM_HOST};
use crate::gpu::GpuOptions;

pub struct Hip;

/// `hipRuntimeGetVersion` of ROCm 6.0.
const ROCM_6: i32 = 60_000_000;

impl Backend for Hip {
    type Device = rt::Device;
    type Stream = rt::StreamHandle;
    type Buffer = rt::DeviceBuffer;
    type Module = rt::Module;
    type Function = rt::Function;
    const API: &'static str = "hip";
    const DLPACK_DEVICES: &'static [i32] = &[ROCM, ROCM_HOST];
    const DLPACK_GPU: i32 = ROCM;

    fn current(py: Python<'_>) -> PyResult<&'static rt::Device> {
        rt::current().py(py)
    }
    fn ordinal(device: &rt::Device) -> i32 {
        device.ordinal
    }
    fn stream(raw: usize) -> rt::StreamHandle {
        rt::StreamHandle::from_usize(raw)
    }
    fn synchronize(py: Python<'_>, stream: rt::StreamHandle, device: &rt::Device) -> PyResult<()> {
        py.detach(|| device.bind().and_then(|_| stream.synchronize()))
            .py(py)
    }
    fn dlpack_consumer(stream: rt::StreamHandle) -> usize {
        // HIP has no legacy default stream (DLPack's 1 and 2): the default
        // stream is 0.
        stream.as_usize()
    }
    fn same_stream(producer: usize, launch: rt::StreamHandle) -> bool {
        producer == launch.as_usize()
    }
    fn device_array<'py>(obj: &Bound<'py, PyAny>) -> Option<(ArrayType, Value<'py>, Option<i32>)> {
        super::tagged_device_array(obj, true)
    }
    fn alloc(
        py: Python<'_>,
        device: &'static rt::Device,
        bytes: usize,
    ) -> PyResult<rt::DeviceBuffer> {
        rt::DeviceBuffer::alloc(device, bytes).py(py)
    }
    fn buffer_ptr(buffer: &rt::DeviceBuffer) -> u64 {
        buffer.ptr()
    }
    unsafe fn copy_in(
        py: Python<'_>,
        device: &rt::Device,
        buffer: &rt::DeviceBuffer,
        src: *const u8,
        bytes: usize,
        stream: rt::StreamHandle,
    ) -> PyResult<()> {
        // SAFETY: the caller's contract.
        unsafe { rt::memory::copy_to_device(device, buffer.ptr(), src, bytes, stream) }.py(py)
    }
    unsafe fn copy_out(
        py: Python<'_>,
        device: &rt::Device,
        dst: *mut u8,
        buffer: &rt::DeviceBuffer,
        bytes: usize,
    ) -> PyResult<()> {
        // SAFETY: the caller's contract.
        unsafe {
            rt::memory::copy_to_host(device, dst, buffer.ptr(), bytes, rt::StreamHandle::DEFAULT)
        }
        .py(py)
    }
    fn target(device: &rt::Device, options: &GpuOptions) -> Result<Box<dyn Target>, CompileError> {
        let new_runtime = rt::runtime_version().is_ok_and(|v| v >= ROCM_6);
        let options = AmdgpuOptions {
            code_object_version: if new_runtime { 5 } else { 4 },
            unsafe_fp_atomics: options.unsafe_fp_atomics,
            device_libs: crate::gpu::rocm_device_libs(),
        };
        Ok(Box::new(AmdgpuTarget::new(device.arch_name(), options)?))
    }
    fn load(
        py: Python<'_>,
        device: &'static rt::Device,
        object: &[u8],
        entry: &str,
    ) -> PyResult<(rt::Module, rt::Function)> {
        let module = py.detach(|| rt::Module::load(device, object)).py(py)?;
        let function = module.function(entry).py(py)?;
        Ok((module, function))
    }
    unsafe fn launch(
        py: Python<'_>,
        function: &rt::Function,
        grid: &Grid,
        stream: rt::StreamHandle,
        params: &mut [*mut c_void],
    ) -> PyResult<()> {
        let config = rt::LaunchConfig {
            grid: grid.blocks,
            block: grid.threads,
            shared_bytes: grid.shared,
        };
        // SAFETY: the caller's contract.
        unsafe { rt::launch(function, &config, stream, params) }.py(py)
    }
}
