//! NVIDIA GPUs through `penna_runtime_cuda`: PTX loaded by the driver.

use std::ffi::c_void;

use penna_compiler::{ArrayType, CompileError};
use penna_runtime_cuda as rt;
use penna_targets::{NvptxTarget, Target};
use pyo3::prelude::*;

use super::{Backend, Grid, Value};
use crate::cudart::{stream_handle, IntoPy};
use crate::dlpack::{CUDA, CUDA_HOST, CUDA_MANAGED};
use crate::gpu::GpuOptions;

pub struct Cuda;

impl Backend for Cuda {
    type Device = rt::Device;
    type Stream = rt::StreamHandle;
    type Buffer = rt::DeviceBuffer;
    type Module = rt::Module;
    type Function = rt::Function;
    const API: &'static str = "cuda";
    const DLPACK_DEVICES: &'static [i32] = &[CUDA, CUDA_HOST, CUDA_MANAGED];
    const DLPACK_GPU: i32 = CUDA;

    fn current(py: Python<'_>) -> PyResult<&'static rt::Device> {
        crate::cudart::current(py)
    }
    fn ordinal(device: &rt::Device) -> i32 {
        device.ordinal
    }
    fn stream(raw: usize) -> rt::StreamHandle {
        stream_handle(raw)
    }
    fn synchronize(py: Python<'_>, stream: rt::StreamHandle, device: &rt::Device) -> PyResult<()> {
        py.detach(|| stream.synchronize(device)).py(py)
    }
    fn dlpack_consumer(stream: rt::StreamHandle) -> usize {
        // DLPack names the legacy default stream 1.
        if stream.is_null() {
            1
        } else {
            stream.as_usize()
        }
    }
    fn same_stream(producer: usize, launch: rt::StreamHandle) -> bool {
        // 1 is the legacy default stream, which orders with every launch.
        producer == launch.as_usize() || (producer == 1 && launch.is_null())
    }
    fn device_array<'py>(obj: &Bound<'py, PyAny>) -> Option<(ArrayType, Value<'py>, Option<i32>)> {
        super::tagged_device_array(obj, false)
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
            rt::memory::copy_to_host(device, dst, buffer.ptr(), bytes, rt::StreamHandle::NULL)
        }
        .py(py)
    }
    fn target(device: &rt::Device, options: &GpuOptions) -> Result<Box<dyn Target>, CompileError> {
        let target = NvptxTarget::new(device.compute_capability)?;
        Ok(Box::new(target.with_libdevice(options.libdevice.clone())))
    }
    fn load(
        py: Python<'_>,
        device: &'static rt::Device,
        object: &[u8],
        entry: &str,
    ) -> PyResult<(rt::Module, rt::Function)> {
        let ptx = String::from_utf8_lossy(object);
        let module = py.detach(|| rt::Module::load_ptx(device, &ptx)).py(py)?;
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
