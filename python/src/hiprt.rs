//! The HIP runtime as `penna._native` sees it (`penna_runtime_hip`), for
//! `penna.hip`'s Python layer (`penna/hip.py`, `penna/_gpuarray.py`):
//! availability, devices, device memory, page-locked memory, copies,
//! streams and events; the mirror of `cudart`.
//!
//! Failures become `penna.errors`' `HipSupportError` (no runtime or device),
//! `HipAPIError` (a runtime call failed) or `ValueError` (a request the
//! device cannot take).

use penna_runtime_hip as rt;
use penna_runtime_hip::HipError;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::cudart::IntoPy;

/// A runtime failure as a Python exception.
pub fn hip_error(py: Python<'_>, e: HipError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let errors = py.import("penna.errors")?;
        Ok(match &e {
            HipError::Invalid(m) => PyValueError::new_err(m.clone()),
            HipError::Runtime { code, .. } => PyErr::from_value(
                errors
                    .getattr("HipAPIError")?
                    .call1((*code, e.to_string()))?,
            ),
            _ => PyErr::from_value(errors.getattr("HipSupportError")?.call1((e.to_string(),))?),
        })
    };
    build().unwrap_or_else(|err| err)
}

impl<T> IntoPy<T> for rt::HipResult<T> {
    fn py(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| hip_error(py, e))
    }
}

fn device_info<'py>(py: Python<'py>, d: &rt::Device) -> PyResult<Bound<'py, PyDict>> {
    let info = PyDict::new(py);
    info.set_item("id", d.ordinal)?;
    info.set_item("name", &d.name)?;
    info.set_item("arch", d.arch_name())?;
    info.set_item("gcn_arch_name", &d.arch)?;
    info.set_item("MULTIPROCESSOR_COUNT", d.multiprocessors)?;
    info.set_item("MAX_THREADS_PER_BLOCK", d.max_threads_per_block)?;
    info.set_item("MAX_BLOCK_DIM_X", d.max_block_dim[0])?;
    info.set_item("MAX_BLOCK_DIM_Y", d.max_block_dim[1])?;
    info.set_item("MAX_BLOCK_DIM_Z", d.max_block_dim[2])?;
    info.set_item("MAX_GRID_DIM_X", d.max_grid_dim[0])?;
    info.set_item("MAX_GRID_DIM_Y", d.max_grid_dim[1])?;
    info.set_item("MAX_GRID_DIM_Z", d.max_grid_dim[2])?;
    info.set_item("MAX_SHARED_MEMORY_PER_BLOCK", d.shared_per_block)?;
    info.set_item("WAVEFRONT_SIZE", d.wavefront_size)?;
    Ok(info)
}

/// Whether the HIP runtime and a device are usable.
#[pyfunction]
pub fn hip_available() -> bool {
    rt::is_available()
}

/// Why HIP is not usable (`None` when it is).
#[pyfunction]
pub fn hip_unavailable_reason() -> Option<String> {
    rt::device_count().err().map(|e| e.to_string())
}

/// `hipRuntimeGetVersion` (`None` without the runtime library).
#[pyfunction]
pub fn hip_runtime_version() -> Option<i32> {
    rt::runtime_version().ok()
}

/// Where libamdhip64 was loaded from (`None` when it was not found).
#[pyfunction]
pub fn hip_library() -> Option<String> {
    rt::api::api().ok().map(|a| a.source.clone())
}

#[pyfunction]
pub fn hip_device_count(py: Python<'_>) -> PyResult<i32> {
    rt::device_count().py(py)
}

/// Makes device `ordinal` current for this thread; returns its attributes.
#[pyfunction]
pub fn hip_select_device(py: Python<'_>, ordinal: i32) -> PyResult<Bound<'_, PyDict>> {
    let d = rt::select(ordinal).py(py)?;
    device_info(py, d)
}

/// The attributes of device `ordinal` (the current device when `None`).
#[pyfunction]
#[pyo3(signature = (ordinal=None))]
pub fn hip_device_info(py: Python<'_>, ordinal: Option<i32>) -> PyResult<Bound<'_, PyDict>> {
    let d = match ordinal {
        Some(o) => rt::Device::get(o).py(py)?,
        None => rt::current().py(py)?,
    };
    device_info(py, d)
}

/// Waits for all work on the current device.
#[pyfunction]
pub fn hip_synchronize(py: Python<'_>) -> PyResult<()> {
    let d = rt::current().py(py)?;
    py.detach(|| d.synchronize()).py(py)
}

/// A stream from the integer the Python layer passes (0: the default stream).
fn stream(raw: usize) -> rt::StreamHandle {
    rt::StreamHandle::from_usize(raw)
}

/// Memory on an AMD GPU; freed when the last reference goes.
#[pyclass(module = "penna._native", frozen)]
pub struct HipMemory(rt::DeviceBuffer);

#[pymethods]
impl HipMemory {
    /// `size` bytes on the current device.
    #[new]
    fn new(py: Python<'_>, size: usize) -> PyResult<Self> {
        let d = rt::current().py(py)?;
        rt::DeviceBuffer::alloc(d, size).py(py).map(HipMemory)
    }

    #[getter]
    fn ptr(&self) -> u64 {
        self.0.ptr()
    }

    #[getter]
    fn size(&self) -> usize {
        self.0.bytes()
    }

    #[getter]
    fn device(&self) -> i32 {
        self.0.device().ordinal
    }
}

/// Page-locked host memory (optionally mapped for the device).
#[pyclass(module = "penna._native", frozen)]
pub struct HipPinnedMemory(rt::PinnedBuffer);

#[pymethods]
impl HipPinnedMemory {
    #[new]
    #[pyo3(signature = (size, mapped=false))]
    fn new(py: Python<'_>, size: usize, mapped: bool) -> PyResult<Self> {
        let d = rt::current().py(py)?;
        rt::PinnedBuffer::alloc(d, size, mapped)
            .py(py)
            .map(HipPinnedMemory)
    }

    #[getter]
    fn ptr(&self) -> usize {
        self.0.ptr() as usize
    }

    #[getter]
    fn device_ptr(&self) -> Option<u64> {
        self.0.device_ptr()
    }

    #[getter]
    fn size(&self) -> usize {
        self.0.bytes()
    }
}

/// Copies `size` bytes between addresses: `kind` is `"htod"`, `"dtoh"` or
/// `"dtod"`; as `cuda_copy`.
#[pyfunction]
#[pyo3(signature = (kind, dst, src, size, stream=0))]
pub fn hip_copy(
    py: Python<'_>,
    kind: &str,
    dst: u64,
    src: u64,
    size: usize,
    stream: usize,
) -> PyResult<()> {
    let d = rt::current().py(py)?;
    let s = self::stream(stream);
    // SAFETY: the Python layer passes addresses of live allocations of at
    // least `size` bytes, kept alive by the objects it holds.
    py.detach(|| unsafe {
        match kind {
            "htod" => rt::memory::copy_to_device(d, dst, src as *const u8, size, s),
            "dtoh" => rt::memory::copy_to_host(d, dst as *mut u8, src, size, s),
            "dtod" => rt::memory::copy_on_device(d, dst, src, size, s),
            other => Err(HipError::Invalid(format!("unknown copy kind {other:?}"))),
        }
    })
    .py(py)
}

/// Sets `size` bytes at device address `dst` to `value`.
#[pyfunction]
pub fn hip_memset(py: Python<'_>, dst: u64, value: u8, size: usize) -> PyResult<()> {
    let d = rt::current().py(py)?;
    // SAFETY: as `hip_copy`.
    unsafe { rt::memory::fill(d, dst, value, size) }.py(py)
}

/// A stream of the current device, destroyed when the last reference goes.
#[pyclass(module = "penna._native", frozen)]
pub struct HipStream(rt::Stream);

#[pymethods]
impl HipStream {
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        rt::Stream::new(rt::current().py(py)?).py(py).map(HipStream)
    }

    #[getter]
    fn handle(&self) -> usize {
        self.0.handle().as_usize()
    }
}

/// Waits for the work queued on stream `handle`.
#[pyfunction]
pub fn hip_stream_synchronize(py: Python<'_>, handle: usize) -> PyResult<()> {
    let d = rt::current().py(py)?;
    py.detach(|| d.bind().and_then(|_| stream(handle).synchronize()))
        .py(py)
}

/// Whether stream `handle` has finished its work.
#[pyfunction]
pub fn hip_stream_idle(py: Python<'_>, handle: usize) -> PyResult<bool> {
    stream(handle).is_idle().py(py)
}

/// An event of the current device.
#[pyclass(module = "penna._native", frozen)]
pub struct HipEvent(rt::Event);

#[pymethods]
impl HipEvent {
    #[new]
    #[pyo3(signature = (timing=true))]
    fn new(py: Python<'_>, timing: bool) -> PyResult<Self> {
        rt::Event::new(rt::current().py(py)?, timing)
            .py(py)
            .map(HipEvent)
    }

    /// Records the event on stream `stream` (0: the default stream).
    #[pyo3(signature = (stream=0))]
    fn record(&self, py: Python<'_>, stream: usize) -> PyResult<()> {
        self.0.record(self::stream(stream)).py(py)
    }

    fn synchronize(&self, py: Python<'_>) -> PyResult<()> {
        py.detach(|| self.0.synchronize()).py(py)
    }

    fn query(&self, py: Python<'_>) -> PyResult<bool> {
        self.0.is_done().py(py)
    }

    /// Makes stream `stream` wait for this event.
    #[pyo3(signature = (stream=0))]
    fn wait(&self, py: Python<'_>, stream: usize) -> PyResult<()> {
        self::stream(stream).wait(&self.0).py(py)
    }

    /// Milliseconds from this event to `end`.
    fn elapsed_time(&self, py: Python<'_>, end: &HipEvent) -> PyResult<f32> {
        end.0.elapsed_ms(&self.0).py(py)
    }
}
