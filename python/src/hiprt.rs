//! The HIP runtime as `penna._native` sees it (`penna_runtime_hip`), for
//! `penna.hip`'s Python layer: availability, devices, synchronisation.
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
