//! The CUDA runtime as `penna._native` sees it: devices, device memory,
//! page-locked memory, streams, events and copies (`penna_runtime_cuda`),
//! for `penna.cuda`'s Python layer (`penna/_gpuarray.py`, `penna/cuda.py`).
//!
//! Addresses cross into Python as integers; the Python layer keeps the
//! objects owning the memory alive. Failures become `penna.errors`'
//! `CudaSupportError` (no driver or device), `CudaAPIError` (a driver call
//! failed) or `ValueError` (a request the device cannot take).

use penna_compiler::{ArrayType, Layout, Type};
use penna_runtime_cuda as rt;
use penna_runtime_cuda::{CudaError, StreamHandle};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// A runtime failure as a Python exception.
pub fn cuda_error(py: Python<'_>, e: CudaError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let errors = py.import("penna.errors")?;
        Ok(match &e {
            CudaError::Invalid(m) => PyValueError::new_err(m.clone()),
            CudaError::Driver { code, .. } => PyErr::from_value(
                errors
                    .getattr("CudaAPIError")?
                    .call1((*code, e.to_string()))?,
            ),
            _ => PyErr::from_value(
                errors
                    .getattr("CudaSupportError")?
                    .call1((e.to_string(),))?,
            ),
        })
    };
    build().unwrap_or_else(|err| err)
}

/// `Result<T, CudaError>` into a `PyResult<T>`.
pub trait IntoPy<T> {
    fn py(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPy<T> for rt::CudaResult<T> {
    fn py(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| cuda_error(py, e))
    }
}

/// The current device.
pub fn current(py: Python<'_>) -> PyResult<&'static rt::Device> {
    rt::current().py(py)
}

/// A stream from the integer the Python layer passes (0: the default stream).
pub fn stream_handle(raw: usize) -> StreamHandle {
    // SAFETY: the Python layer passes 0 or the handle of a stream it holds.
    unsafe { StreamHandle::from_raw(raw) }
}

fn device_info<'py>(py: Python<'py>, d: &rt::Device) -> PyResult<Bound<'py, PyDict>> {
    let info = PyDict::new(py);
    info.set_item("id", d.ordinal)?;
    info.set_item("name", &d.name)?;
    info.set_item("compute_capability", d.compute_capability)?;
    info.set_item("total_memory", d.total_memory)?;
    info.set_item("MULTIPROCESSOR_COUNT", d.multiprocessors)?;
    info.set_item("MAX_THREADS_PER_BLOCK", d.max_threads_per_block)?;
    info.set_item("MAX_BLOCK_DIM_X", d.max_block_dim[0])?;
    info.set_item("MAX_BLOCK_DIM_Y", d.max_block_dim[1])?;
    info.set_item("MAX_BLOCK_DIM_Z", d.max_block_dim[2])?;
    info.set_item("MAX_GRID_DIM_X", d.max_grid_dim[0])?;
    info.set_item("MAX_GRID_DIM_Y", d.max_grid_dim[1])?;
    info.set_item("MAX_GRID_DIM_Z", d.max_grid_dim[2])?;
    info.set_item("MAX_SHARED_MEMORY_PER_BLOCK", d.shared_per_block)?;
    info.set_item(
        "MAX_SHARED_MEMORY_PER_BLOCK_OPTIN",
        d.shared_per_block_optin,
    )?;
    info.set_item("WARP_SIZE", d.warp_size)?;
    info.set_item("PCI_BUS_ID", d.pci_bus_id)?;
    Ok(info)
}

/// Whether a CUDA driver and a device are usable.
#[pyfunction]
pub fn cuda_available() -> bool {
    rt::is_available()
}

/// Why CUDA is not usable (`None` when it is).
#[pyfunction]
pub fn cuda_unavailable_reason() -> Option<String> {
    rt::device_count().err().map(|e| e.to_string())
}

#[pyfunction]
pub fn cuda_device_count(py: Python<'_>) -> PyResult<i32> {
    rt::device_count().py(py)
}

/// The driver's CUDA version (major, minor).
#[pyfunction]
pub fn cuda_driver_version(py: Python<'_>) -> PyResult<(u32, u32)> {
    rt::driver_version().py(py)
}

/// Makes device `ordinal` current for this thread; returns its attributes.
#[pyfunction]
pub fn cuda_select_device(py: Python<'_>, ordinal: i32) -> PyResult<Bound<'_, PyDict>> {
    let d = rt::select(ordinal).py(py)?;
    device_info(py, d)
}

/// The attributes of device `ordinal` (the current device when `None`).
#[pyfunction]
#[pyo3(signature = (ordinal=None))]
pub fn cuda_device_info(py: Python<'_>, ordinal: Option<i32>) -> PyResult<Bound<'_, PyDict>> {
    let d = match ordinal {
        Some(o) => rt::Device::get(o).py(py)?,
        None => current(py)?,
    };
    device_info(py, d)
}

/// Waits for all work on the current device.
#[pyfunction]
pub fn cuda_synchronize(py: Python<'_>) -> PyResult<()> {
    let d = current(py)?;
    py.detach(|| d.synchronize()).py(py)
}

/// (free, total) bytes on the current device.
#[pyfunction]
pub fn cuda_memory_info(py: Python<'_>) -> PyResult<(usize, usize)> {
    current(py)?.memory_info().py(py)
}

/// Memory on a device; freed when the last reference goes.
#[pyclass(module = "penna._native", frozen)]
pub struct DeviceMemory(rt::DeviceBuffer);

#[pymethods]
impl DeviceMemory {
    /// `size` bytes on the current device.
    #[new]
    fn new(py: Python<'_>, size: usize) -> PyResult<Self> {
        let d = current(py)?;
        rt::DeviceBuffer::alloc(d, size).py(py).map(DeviceMemory)
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
pub struct PinnedMemory(rt::PinnedBuffer);

#[pymethods]
impl PinnedMemory {
    #[new]
    #[pyo3(signature = (size, mapped=false))]
    fn new(py: Python<'_>, size: usize, mapped: bool) -> PyResult<Self> {
        let d = current(py)?;
        rt::PinnedBuffer::alloc(d, size, mapped)
            .py(py)
            .map(PinnedMemory)
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
/// `"dtod"`. Host memory must stay alive until `stream` reaches the copy
/// (the call returns after it on the default stream).
#[pyfunction]
#[pyo3(signature = (kind, dst, src, size, stream=0))]
pub fn cuda_copy(
    py: Python<'_>,
    kind: &str,
    dst: u64,
    src: u64,
    size: usize,
    stream: usize,
) -> PyResult<()> {
    let d = current(py)?;
    let s = stream_handle(stream);
    // SAFETY: the Python layer passes addresses of live allocations of at
    // least `size` bytes, kept alive by the objects it holds.
    py.detach(|| unsafe {
        match kind {
            "htod" => rt::memory::copy_to_device(d, dst, src as *const u8, size, s),
            "dtoh" => rt::memory::copy_to_host(d, dst as *mut u8, src, size, s),
            "dtod" => rt::memory::copy_on_device(d, dst, src, size, s),
            other => Err(CudaError::Invalid(format!("unknown copy kind {other:?}"))),
        }
    })
    .py(py)
}

/// Sets `size` bytes at device address `dst` to `value`.
#[pyfunction]
#[pyo3(signature = (dst, value, size, stream=0))]
pub fn cuda_memset(
    py: Python<'_>,
    dst: u64,
    value: u8,
    size: usize,
    stream: usize,
) -> PyResult<()> {
    let d = current(py)?;
    // SAFETY: as `cuda_copy`.
    unsafe { rt::memory::fill(d, dst, value, size, stream_handle(stream)) }.py(py)
}

/// A stream of the current device, destroyed when the last reference goes.
#[pyclass(module = "penna._native", frozen)]
pub struct CudaStream(rt::Stream);

#[pymethods]
impl CudaStream {
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        rt::Stream::new(current(py)?).py(py).map(CudaStream)
    }

    #[getter]
    fn handle(&self) -> usize {
        self.0.handle().as_usize()
    }
}

/// Waits for the work queued on stream `handle`.
#[pyfunction]
pub fn cuda_stream_synchronize(py: Python<'_>, handle: usize) -> PyResult<()> {
    let d = current(py)?;
    py.detach(|| stream_handle(handle).synchronize(d)).py(py)
}

/// Whether stream `handle` has finished its work.
#[pyfunction]
pub fn cuda_stream_idle(py: Python<'_>, handle: usize) -> PyResult<bool> {
    stream_handle(handle).is_idle(current(py)?).py(py)
}

/// An event of the current device.
#[pyclass(module = "penna._native", frozen)]
pub struct CudaEvent(rt::Event);

#[pymethods]
impl CudaEvent {
    #[new]
    #[pyo3(signature = (timing=true))]
    fn new(py: Python<'_>, timing: bool) -> PyResult<Self> {
        rt::Event::new(current(py)?, timing).py(py).map(CudaEvent)
    }

    /// Records the event on stream `stream` (0: the default stream).
    #[pyo3(signature = (stream=0))]
    fn record(&self, py: Python<'_>, stream: usize) -> PyResult<()> {
        self.0.record(stream_handle(stream)).py(py)
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
        stream_handle(stream).wait(current(py)?, &self.0).py(py)
    }

    /// Milliseconds from this event to `end`.
    fn elapsed_time(&self, py: Python<'_>, end: &CudaEvent) -> PyResult<f32> {
        end.0.elapsed_ms(&self.0).py(py)
    }
}

/// The base of `penna.cuda.DeviceNDArray`: an array in device memory as a
/// launch reads it (address, extents, byte strides, penna type), typed once
/// when the array is made.
#[pyclass(module = "penna._native", subclass, frozen)]
pub struct DeviceArray {
    pub ptr: u64,
    pub shape: Vec<i64>,
    pub strides: Vec<i64>,
    pub ty: ArrayType,
    dtype: Py<PyAny>,
    owner: Py<PyAny>,
    pub device: i32,
    /// The memory is an AMD GPU's (`penna.hip`), not an NVIDIA one's.
    pub hip: bool,
}

#[pymethods]
impl DeviceArray {
    /// An array at device address `ptr` of device `device` whose memory
    /// `owner` keeps alive.
    #[new]
    #[pyo3(signature = (ptr, shape, strides, dtype, owner, device=0, hip=false))]
    fn new(
        ptr: u64,
        shape: Vec<i64>,
        strides: Vec<i64>,
        dtype: Bound<'_, PyAny>,
        owner: Py<PyAny>,
        device: i32,
        hip: bool,
    ) -> PyResult<Self> {
        if shape.len() != strides.len() || shape.len() > 32 {
            return Err(PyValueError::new_err(
                "a device array needs as many strides as extents (at most 32)",
            ));
        }
        let num: i32 = dtype.getattr("num")?.extract()?;
        let dtype_scalar = crate::argtypes::scalar_of_type_num(num).ok_or_else(|| {
            PyValueError::new_err(format!(
                "device arrays of dtype {} cannot be passed to kernels",
                dtype.str().map(|s| s.to_string()).unwrap_or_default()
            ))
        })?;
        let itemsize = dtype_scalar.size() as i64;
        let ty = ArrayType {
            dtype: dtype_scalar,
            ndim: shape.len() as u8,
            layout: layout_of(&shape, &strides, itemsize),
            readonly: false,
        };
        Ok(DeviceArray {
            ptr,
            shape,
            strides,
            ty,
            dtype: dtype.unbind(),
            owner,
            device,
            hip,
        })
    }

    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.shape)
    }

    #[getter]
    fn strides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.strides)
    }

    #[getter]
    fn dtype(&self, py: Python<'_>) -> Py<PyAny> {
        self.dtype.clone_ref(py)
    }

    #[getter]
    fn ndim(&self) -> usize {
        self.shape.len()
    }

    #[getter]
    fn size(&self) -> i64 {
        self.shape.iter().product()
    }

    #[getter]
    fn _ptr(&self) -> u64 {
        self.ptr
    }

    #[getter]
    fn _owner(&self, py: Python<'_>) -> Py<PyAny> {
        self.owner.clone_ref(py)
    }

    #[getter]
    fn _device(&self) -> i32 {
        self.device
    }

    /// The penna type kernels are specialised for (`float32[:, ::1]`...).
    #[getter]
    fn _penna_type(&self) -> String {
        Type::Array(self.ty).to_string()
    }
}

/// C when the strides are row-major dense, F when column-major dense
/// (extents of 1 do not count), otherwise any.
pub fn layout_of(shape: &[i64], strides: &[i64], itemsize: i64) -> Layout {
    let dense = |order: &mut dyn Iterator<Item = usize>| {
        let mut expect = itemsize;
        for k in order {
            if shape[k] != 1 && strides[k] != expect {
                return false;
            }
            expect *= shape[k];
        }
        true
    };
    let n = shape.len();
    if dense(&mut (0..n).rev()) {
        Layout::C
    } else if dense(&mut (0..n)) {
        Layout::F
    } else {
        Layout::Any
    }
}
