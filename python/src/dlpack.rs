//! Arrays from DLPack producers (`__dlpack__` and `__dlpack_device__`), for
//! objects without `__cuda_array_interface__` (JAX, TensorFlow, ...).
//!
//! The capsule is read, never consumed: it keeps its name `"dltensor"`, so
//! dropping it calls the producer's deleter, which releases only the
//! producer's extra reference. The memory itself lives as long as the
//! producing object, which the caller holds for the launch.

use std::ffi::c_void;

use penna_compiler::Scalar;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict};

/// `DLDeviceType` values penna accepts on a GPU: CUDA memory, page-locked
/// host memory and managed memory.
pub const CUDA: i32 = 2;
pub const CUDA_HOST: i32 = 3;
pub const CUDA_MANAGED: i32 = 13;
/// AMD GPU memory and page-locked host memory (ROCm).
pub const ROCM: i32 = 10;
pub const ROCM_HOST: i32 = 11;

#[repr(C)]
struct DlDevice {
    device_type: i32,
    device_id: i32,
}

#[repr(C)]
struct DlDataType {
    code: u8,
    bits: u8,
    lanes: u16,
}

#[repr(C)]
struct DlTensor {
    data: *mut c_void,
    device: DlDevice,
    ndim: i32,
    dtype: DlDataType,
    shape: *const i64,
    /// In elements; null for a C-contiguous tensor.
    strides: *const i64,
    byte_offset: u64,
}

/// `DLManagedTensor`: the tensor first, then what only the producer reads.
#[repr(C)]
struct DlManagedTensor {
    dl_tensor: DlTensor,
}

/// An array described by a DLPack capsule.
pub struct DlpackArray<'py> {
    pub dtype: Scalar,
    /// The first element's address (`data + byte_offset`).
    pub ptr: u64,
    pub shape: Vec<i64>,
    /// In bytes.
    pub strides: Vec<i64>,
    /// `(DLDeviceType, device id)`.
    pub device: (i32, i32),
    /// The capsule, kept while the description is in use.
    pub capsule: Bound<'py, PyCapsule>,
}

/// The DLPack device of `obj`, if it is a DLPack producer.
pub fn device_of(obj: &Bound<'_, PyAny>) -> PyResult<Option<(i32, i32)>> {
    let Some(method) = obj.getattr_opt("__dlpack_device__")? else {
        return Ok(None);
    };
    if !obj.hasattr("__dlpack__")? {
        return Ok(None);
    }
    Ok(Some(method.call0()?.extract()?))
}

/// Reads `obj`'s DLPack tensor. `stream` is the consumer's CUDA stream as
/// DLPack spells it (1: the legacy default stream; `None`: no ordering),
/// passed only to CUDA producers, which order their pending work before it.
pub fn read<'py>(
    obj: &Bound<'py, PyAny>,
    stream: Option<usize>,
) -> PyResult<Option<DlpackArray<'py>>> {
    let Some(device) = device_of(obj)? else {
        return Ok(None);
    };
    let kwargs = PyDict::new(obj.py());
    if device.0 == CUDA || device.0 == CUDA_MANAGED {
        kwargs.set_item("stream", stream)?;
    }
    let capsule = obj.call_method("__dlpack__", (), Some(&kwargs))?;
    let capsule = capsule
        .cast_into::<PyCapsule>()
        .map_err(|_| PyTypeError::new_err("__dlpack__ did not return a capsule"))?;
    let pointer = capsule.pointer_checked(Some(c"dltensor")).map_err(|_| {
        PyTypeError::new_err("__dlpack__ returned a capsule that is not an unconsumed \"dltensor\"")
    })?;
    // SAFETY: a "dltensor" capsule points to a live DLManagedTensor, which
    // stays valid while the capsule is alive (it is held in the result) and
    // no Python code runs before the fields are copied out below.
    let t = unsafe { &pointer.cast::<DlManagedTensor>().as_ref().dl_tensor };
    let dtype = scalar_of(&t.dtype).ok_or_else(|| {
        PyTypeError::new_err(format!(
            "a DLPack tensor of type code {} with {} bits and {} lanes has no penna type",
            t.dtype.code, t.dtype.bits, t.dtype.lanes
        ))
    })?;
    let ndim = t.ndim.max(0) as usize;
    // SAFETY: shape (and strides, when set) hold ndim entries.
    let shape = unsafe { slice(t.shape, ndim) }.to_vec();
    let itemsize = dtype.size() as i64;
    let strides = if t.strides.is_null() {
        crate::gpukernel::dense_strides(&shape, itemsize, false).to_vec()
    } else {
        // SAFETY: as above.
        unsafe { slice(t.strides, ndim) }
            .iter()
            .map(|s| s * itemsize)
            .collect()
    };
    Ok(Some(DlpackArray {
        dtype,
        ptr: t.data as u64 + t.byte_offset,
        shape,
        strides,
        device: (t.device.device_type, t.device.device_id),
        capsule,
    }))
}

/// # Safety
/// `p` points to `n` values, or `n` is 0.
unsafe fn slice<'a>(p: *const i64, n: usize) -> &'a [i64] {
    if n == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(p, n) }
    }
}

fn scalar_of(t: &DlDataType) -> Option<Scalar> {
    if t.lanes != 1 {
        return None;
    }
    Some(match (t.code, t.bits) {
        (0, 8) => Scalar::I8,
        (0, 16) => Scalar::I16,
        (0, 32) => Scalar::I32,
        (0, 64) => Scalar::I64,
        (1, 8) => Scalar::U8,
        (1, 16) => Scalar::U16,
        (1, 32) => Scalar::U32,
        (1, 64) => Scalar::U64,
        (2, 16) => Scalar::F16,
        (2, 32) => Scalar::F32,
        (2, 64) => Scalar::F64,
        (5, 64) => Scalar::C64,
        (5, 128) => Scalar::C128,
        (6, 8) => Scalar::Bool,
        _ => return None,
    })
}

/// `(dtype name, address, shape, byte strides, (device type, device id))`
/// of a DLPack producer: what `penna.cuda.as_cuda_array` builds a device
/// array view from, and how the tests check the reader against NumPy.
#[pyfunction]
#[pyo3(signature = (obj, stream=Some(1)))]
#[allow(clippy::type_complexity)] // a plain tuple for Python
pub fn dlpack_view(
    obj: &Bound<'_, PyAny>,
    stream: Option<usize>,
) -> PyResult<(String, u64, Vec<i64>, Vec<i64>, (i32, i32))> {
    let a = read(obj, stream)?
        .ok_or_else(|| PyTypeError::new_err("the object is not a DLPack producer"))?;
    Ok((
        a.dtype.name().to_owned(),
        a.ptr,
        a.shape,
        a.strides,
        a.device,
    ))
}
