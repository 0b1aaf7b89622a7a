//! `@cuda.jit` kernels launched on the GPU: compiled to PTX per argument
//! types and device, loaded once, launched from here with the arguments
//! packed natively.
//!
//! An argument is one of
//! - a `DeviceArray` (`penna.cuda.DeviceNDArray`): its address, extents and
//!   strides are read from the object, no Python calls;
//! - an object exposing `__cuda_array_interface__` (CuPy, PyTorch, Numba's
//!   device arrays): used in place, its stream synchronised first as the
//!   interface's version 3 asks;
//! - a NumPy array: copied to the device before the launch and back after
//!   it (the launch then waits for the kernel), with a performance warning,
//!   as Numba does;
//! - a real number (bool, int, float, NumPy scalar), passed by value.
//!
//! Kernel parameters follow `penna_targets`' kernel layout: a scalar by
//! value (bool as a byte), an array as data pointer, extents, byte strides.

use std::ffi::c_void;
use std::sync::{Arc, Mutex, OnceLock};

use numpy::npyffi::PyArrayObject;
use penna_compiler::{ArrayType, CompileError, JitFunction, Layout, Scalar, Type};
use penna_runtime_cuda as rt;
use penna_targets::{Entry, NvptxTarget, Options, Stage};

use crate::gpu::GpuOptions;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use smallvec::SmallVec;

use crate::argtypes::{arg_type, Untypeable};
use crate::cudart::{stream_handle, DeviceArray, IntoPy};
use crate::dispatcher::next_module_name;
use crate::env::PyFunction;
use crate::errors::compile_error;

/// One kernel compiled for one device and list of argument types.
pub struct GpuKernel {
    args: Vec<Type>,
    device: i32,
    function: rt::Function,
    /// Keeps `function` loaded.
    _module: rt::Module,
}

/// The GPU kernels of one `@cuda.jit` function, and its `@cuda.jit` options.
#[derive(Default)]
pub struct GpuKernels {
    list: Mutex<Vec<Arc<GpuKernel>>>,
    options: OnceLock<GpuOptions>,
}

impl GpuKernels {
    /// Sets the kernel options (`launch_bounds`, `max_registers`, libdevice)
    /// once, before the first launch.
    pub fn configure(&self, options: GpuOptions) {
        let _ = self.options.set(options);
    }

    fn get(
        &self,
        py: Python<'_>,
        function: &Arc<PyFunction>,
        args: &[Type],
        device: &'static rt::Device,
        options: &Options,
    ) -> PyResult<Arc<GpuKernel>> {
        let find = |list: &[Arc<GpuKernel>]| {
            list.iter()
                .find(|k| k.device == device.ordinal && k.args == args)
                .cloned()
        };
        if let Some(k) = find(&self.list.lock().unwrap_or_else(|e| e.into_inner())) {
            return Ok(k);
        }
        let kernel_options = self.options.get().cloned().unwrap_or_default();
        let (ptx, entry) = compile_ptx(
            py,
            function,
            args,
            device.compute_capability,
            options,
            &kernel_options,
        )?;
        let module = py.detach(|| rt::Module::load_ptx(device, &ptx)).py(py)?;
        let kernel = Arc::new(GpuKernel {
            args: args.to_vec(),
            device: device.ordinal,
            function: module.function(&entry).py(py)?,
            _module: module,
        });
        let mut list = self.list.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = find(&list) {
            return Ok(k);
        }
        list.push(kernel.clone());
        Ok(kernel)
    }
}

/// The kernel's PTX for a device of compute capability `cc`, and its symbol.
pub fn compile_ptx(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    args: &[Type],
    cc: (u32, u32),
    options: &Options,
    gpu: &GpuOptions,
) -> PyResult<(String, String)> {
    let jit: Arc<dyn JitFunction> = function.clone();
    let program = py
        .detach(|| -> Result<_, CompileError> {
            let program = penna_compiler::compile(&jit, args)?;
            crate::gpu::check_kernel_params(&program, jit.name())?;
            Ok(program)
        })
        .map_err(|e| compile_error(py, &e))?;
    crate::errors::warn_divergent_barriers(py, &program)?;
    let options = *options;
    py.detach(|| -> Result<_, CompileError> {
        let target = NvptxTarget::new(cc)?.with_libdevice(gpu.libdevice.clone());
        let module = next_module_name();
        let artifact = penna_targets::compile(
            &program,
            &target,
            &module,
            &options,
            Stage::Asm,
            &Entry::Kernel(&gpu.kernel),
        )?;
        Ok((artifact.text(), artifact.entry))
    })
    .map_err(|e| compile_error(py, &e))
}

/// Extents or byte strides of one array.
type Dims = SmallVec<[i64; 4]>;

/// An argument as the kernel receives it.
enum Value<'py> {
    Scalar(Bound<'py, PyAny>),
    Array {
        ptr: u64,
        shape: Dims,
        strides: Dims,
    },
}

/// A NumPy array copied to the device for one launch.
struct HostCopy<'py> {
    /// The array the kernel's results go back to.
    array: Bound<'py, PyAny>,
    /// The contiguous array copied (`array` itself, or a contiguous copy).
    contiguous: Bound<'py, PyAny>,
    /// `contiguous`'s data and size in bytes.
    data: *mut u8,
    bytes: usize,
    buffer: rt::DeviceBuffer,
    write_back: bool,
}

/// Launches `kernel` with `args` (see the module docs).
#[allow(clippy::too_many_arguments)] // a launch configuration
pub fn launch(
    py: Python<'_>,
    kernels: &GpuKernels,
    function: &Arc<PyFunction>,
    name: &str,
    options: &Options,
    args: &Bound<'_, PyTuple>,
    config: rt::LaunchConfig,
    stream: usize,
) -> PyResult<()> {
    let device = crate::cudart::current(py)?;
    let stream = stream_handle(stream);
    let mut key: SmallVec<[Type; 6]> = SmallVec::new();
    let mut values: SmallVec<[Value; 6]> = SmallVec::new();
    let mut copies: Vec<HostCopy> = Vec::new();
    // DLPack capsules, held until the launch is queued.
    let mut capsules = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if let Ok(d) = a.cast::<DeviceArray>() {
            let d = d.get();
            if d.ptr != 0 && d.device != device.ordinal {
                return Err(PyTypeError::new_err(format!(
                    "argument #{i} of `{name}` lives on device {} but the kernel launches on device {}",
                    d.device,
                    device.ordinal
                )));
            }
            key.push(Type::Array(d.ty));
            values.push(Value::Array {
                ptr: d.ptr,
                shape: Dims::from_slice(&d.shape),
                strides: Dims::from_slice(&d.strides),
            });
            continue;
        }
        if let Some((ty, value)) = interface_array(py, &a, stream)? {
            key.push(Type::Array(ty));
            values.push(value);
            continue;
        }
        if let Some(d) = dlpack_array(&a, stream, device.ordinal)? {
            key.push(Type::Array(ArrayType {
                dtype: d.dtype,
                ndim: d.shape.len() as u8,
                layout: crate::cudart::layout_of(&d.shape, &d.strides, d.dtype.size() as i64),
                readonly: false,
            }));
            values.push(Value::Array {
                ptr: d.ptr,
                shape: d.shape.as_slice().into(),
                strides: d.strides.as_slice().into(),
            });
            capsules.push(d.capsule);
            continue;
        }
        match arg_type(&a) {
            Ok(Type::Array(ty)) => {
                let copy = copy_in(py, &a, ty, device, stream)?;
                let (shape, strides) = dense_geometry(&a, ty)?;
                values.push(Value::Array {
                    ptr: copy.buffer.ptr(),
                    shape,
                    strides,
                });
                key.push(Type::Array(ArrayType {
                    layout: if ty.layout == Layout::F { Layout::F } else { Layout::C },
                    ..ty
                }));
                copies.push(copy);
            }
            Ok(t @ Type::Scalar(s)) if !s.is_complex() => {
                key.push(t);
                values.push(Value::Scalar(a.clone()));
            }
            Ok(other) => {
                return Err(PyTypeError::new_err(format!(
                    "argument #{i} of `{name}` is a {other}; kernels take arrays and real numbers"
                )))
            }
            Err(Untypeable(what, _)) => {
                return Err(crate::errors::typing_error(
                    py,
                    format!(
                        "argument #{i} of `{name}` is {what}, which a kernel cannot take\nhint: pass device arrays (cuda.to_device, cuda.device_array), objects with __cuda_array_interface__ (CuPy, PyTorch), NumPy arrays (copied) or real numbers"
                    ),
                ))
            }
        }
    }
    if !copies.is_empty() {
        warn_host_copies(py, name)?;
    }
    let kernel = kernels.get(py, function, &key, device, options)?;
    // One 8-byte slot per kernel parameter, then a pointer to each.
    let mut slots: SmallVec<[u64; 32]> = SmallVec::new();
    for (value, ty) in values.iter().zip(&kernel.args) {
        match value {
            Value::Scalar(obj) => {
                let mut slot = 0u64;
                // SAFETY: a real scalar takes at most 8 bytes.
                unsafe { crate::marshal::write_arg(obj, ty, &mut slot as *mut u64 as *mut u8)? };
                slots.push(slot);
            }
            Value::Array {
                ptr,
                shape,
                strides,
            } => push_array(&mut slots, *ptr, shape, strides),
        }
    }
    let mut params: SmallVec<[*mut c_void; 32]> = slots
        .iter_mut()
        .map(|s| s as *mut u64 as *mut c_void)
        .collect();
    // SAFETY: the slots follow the kernel's parameter layout for these
    // types; device memory stays alive through its owners (the arguments,
    // held by the caller, and `copies`, which are waited for below).
    unsafe { rt::launch(&kernel.function, &config, stream, &mut params) }.py(py)?;
    drop(capsules);
    if !copies.is_empty() {
        py.detach(|| stream.synchronize(device)).py(py)?;
        copy_out(py, copies, device)?;
    }
    Ok(())
}

fn push_array(slots: &mut SmallVec<[u64; 32]>, ptr: u64, shape: &[i64], strides: &[i64]) {
    slots.push(ptr);
    slots.extend(shape.iter().map(|&e| e as u64));
    slots.extend(strides.iter().map(|&s| s as u64));
}

/// The array behind `__cuda_array_interface__`, if `obj` has one (NumPy
/// arrays do not, so they are not probed).
fn interface_array<'py>(
    py: Python<'py>,
    obj: &Bound<'py, PyAny>,
    launch_stream: rt::StreamHandle,
) -> PyResult<Option<(ArrayType, Value<'py>)>> {
    if obj.get_type().name().is_ok_and(|n| n == "ndarray") {
        return Ok(None);
    }
    // One lookup: the interface is often a property that builds the dict.
    let Some(cai) = obj.getattr_opt("__cuda_array_interface__")? else {
        return Ok(None);
    };
    let cai = cai.cast::<PyDict>()?;
    let get = |k: &str| -> PyResult<Bound<'py, PyAny>> {
        cai.get_item(k)?
            .ok_or_else(|| PyTypeError::new_err(format!("__cuda_array_interface__ without {k:?}")))
    };
    let typestr: String = get("typestr")?.extract()?;
    let dtype = scalar_of_typestr(&typestr).ok_or_else(|| {
        PyTypeError::new_err(format!(
            "a CUDA array of type {typestr:?} cannot be passed to a kernel"
        ))
    })?;
    let shape: Dims = get("shape")?.extract::<Vec<i64>>()?.into();
    let (ptr, readonly): (u64, bool) = get("data")?.extract()?;
    let itemsize = dtype.size() as i64;
    let strides: Dims = match cai.get_item("strides")? {
        Some(s) if !s.is_none() => s.extract::<Vec<i64>>()?.into(),
        _ => dense_strides(&shape, itemsize, false),
    };
    if let Some(s) = cai.get_item("stream")? {
        if !s.is_none() {
            let producer: usize = s.extract()?;
            // 1 is the legacy default stream, which orders with every launch.
            let same =
                producer == launch_stream.as_usize() || (producer == 1 && launch_stream.is_null());
            if !same {
                let device = crate::cudart::current(py)?;
                py.detach(|| stream_handle(producer).synchronize(device))
                    .py(py)?;
            }
        }
    }
    let ty = ArrayType {
        dtype,
        ndim: shape.len() as u8,
        layout: crate::cudart::layout_of(&shape, &strides, itemsize),
        readonly,
    };
    Ok(Some((
        ty,
        Value::Array {
            ptr,
            shape,
            strides,
        },
    )))
}

/// The array of a DLPack producer in GPU memory (JAX, TensorFlow, ...);
/// `None` for other objects, host-memory producers included (NumPy arrays
/// are copied instead, like other host arrays).
fn dlpack_array<'py>(
    obj: &Bound<'py, PyAny>,
    stream: rt::StreamHandle,
    ordinal: i32,
) -> PyResult<Option<crate::dlpack::DlpackArray<'py>>> {
    use crate::dlpack::{device_of, read, CUDA, CUDA_HOST, CUDA_MANAGED};
    if crate::argtypes::is_numpy_array(obj) {
        return Ok(None);
    }
    match device_of(obj)? {
        Some((CUDA | CUDA_HOST | CUDA_MANAGED, _)) => {}
        _ => return Ok(None),
    }
    // DLPack names the legacy default stream 1.
    let consumer = if stream.is_null() {
        1
    } else {
        stream.as_usize()
    };
    let Some(array) = read(obj, Some(consumer))? else {
        return Ok(None);
    };
    if array.device.0 == CUDA && array.device.1 != ordinal {
        return Err(PyTypeError::new_err(format!(
            "a DLPack tensor on device {} cannot be used by a kernel launched on device {ordinal}",
            array.device.1
        )));
    }
    Ok(Some(array))
}

/// The scalar of an array-interface type string (`"<f4"`, `"|b1"`).
fn scalar_of_typestr(t: &str) -> Option<Scalar> {
    let b = t.as_bytes();
    if b.len() < 3 || b[0] == b'>' {
        return None;
    }
    let size: u32 = t[2..].parse().ok()?;
    Some(match (b[1], size) {
        (b'b', 1) => Scalar::Bool,
        (b'i', 1) => Scalar::I8,
        (b'i', 2) => Scalar::I16,
        (b'i', 4) => Scalar::I32,
        (b'i', 8) => Scalar::I64,
        (b'u', 1) => Scalar::U8,
        (b'u', 2) => Scalar::U16,
        (b'u', 4) => Scalar::U32,
        (b'u', 8) => Scalar::U64,
        (b'f', 2) => Scalar::F16,
        (b'f', 4) => Scalar::F32,
        (b'f', 8) => Scalar::F64,
        (b'c', 8) => Scalar::C64,
        (b'c', 16) => Scalar::C128,
        _ => return None,
    })
}

/// The data pointer and size in bytes of a contiguous NumPy array.
fn host_extent(array: &Bound<'_, PyAny>, itemsize: usize) -> (*mut u8, usize) {
    let arr = array.as_ptr() as *mut PyArrayObject;
    // SAFETY: `array` is a live ndarray (typed as one by `arg_type`).
    unsafe {
        let f = &(*arr).fields;
        let n: usize = (0..f.nd as usize)
            .map(|k| *f.dimensions.add(k) as usize)
            .product();
        (f.data as *mut u8, n * itemsize)
    }
}

/// Extents and dense byte strides of the device copy of `array`.
fn dense_geometry(array: &Bound<'_, PyAny>, ty: ArrayType) -> PyResult<(Dims, Dims)> {
    let shape: Dims = array.getattr("shape")?.extract::<Vec<i64>>()?.into();
    let strides = dense_strides(&shape, ty.dtype.size() as i64, ty.layout == Layout::F);
    Ok((shape, strides))
}

/// Byte strides of a dense array: row-major, or column-major if `fortran`.
pub(crate) fn dense_strides(shape: &[i64], itemsize: i64, fortran: bool) -> Dims {
    let mut strides = SmallVec::from_elem(0i64, shape.len());
    let mut step = itemsize;
    let mut set = |k: usize| {
        strides[k] = step;
        step *= shape[k].max(1);
    };
    if fortran {
        (0..shape.len()).for_each(&mut set);
    } else {
        (0..shape.len()).rev().for_each(&mut set);
    }
    strides
}

/// Copies a host array to new device memory.
fn copy_in<'py>(
    py: Python<'py>,
    array: &Bound<'py, PyAny>,
    ty: ArrayType,
    device: &'static rt::Device,
    stream: rt::StreamHandle,
) -> PyResult<HostCopy<'py>> {
    let contiguous = if ty.layout == Layout::Any {
        py.import("numpy")?
            .call_method1("ascontiguousarray", (array,))?
    } else {
        array.clone()
    };
    let (data, bytes) = host_extent(&contiguous, ty.dtype.size() as usize);
    let buffer = rt::DeviceBuffer::alloc(device, bytes).py(py)?;
    // SAFETY: `contiguous` is a live contiguous array of `bytes` bytes, held
    // until the copy (synchronous or waited for after the launch) is done.
    unsafe { rt::memory::copy_to_device(device, buffer.ptr(), data, bytes, stream) }.py(py)?;
    Ok(HostCopy {
        array: array.clone(),
        contiguous,
        data,
        bytes,
        buffer,
        write_back: !ty.readonly,
    })
}

/// Copies the device copies of host arrays back (the kernel has finished).
fn copy_out(py: Python<'_>, copies: Vec<HostCopy<'_>>, device: &rt::Device) -> PyResult<()> {
    for c in copies.into_iter().filter(|c| c.write_back) {
        // SAFETY: `contiguous` is live and `bytes` long, as is the buffer.
        unsafe {
            rt::memory::copy_to_host(
                device,
                c.data,
                c.buffer.ptr(),
                c.bytes,
                rt::StreamHandle::NULL,
            )
        }
        .py(py)?;
        if !c.contiguous.is(&c.array) {
            c.array.set_item(py.Ellipsis(), &c.contiguous)?;
        }
    }
    Ok(())
}

fn warn_host_copies(py: Python<'_>, name: &str) -> PyResult<()> {
    let category = py
        .import("penna.errors")?
        .getattr("PennaPerformanceWarning")?;
    py.import("warnings")?.call_method1(
        "warn",
        (
            format!(
                "host (NumPy) arrays passed to kernel `{name}` are copied to the device and back on every launch, which then waits for the kernel; \
                 hint: move them once with cuda.to_device() and pass the device arrays"
            ),
            category,
            3,
        ),
    )?;
    Ok(())
}
