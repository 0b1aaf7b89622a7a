//! `@cuda.jit` and `@hip.jit` kernels launched on a GPU: compiled per
//! argument types and device, loaded once, launched from here with the
//! arguments packed natively. What differs between NVIDIA and AMD (memory,
//! streams, loading, launching) is a [`Backend`] (`cuda`, `hip`); the
//! classification and packing of arguments here is shared.
//!
//! An argument is one of
//! - a `DeviceArray` of the backend (`penna.cuda.DeviceNDArray`): its
//!   address, extents and strides are read from the object, no Python calls;
//! - an object exposing `__cuda_array_interface__` (CuPy, PyTorch, Numba's
//!   device arrays; PyTorch on ROCm exports it too): used in place, its
//!   stream synchronised first as the interface's version 3 asks;
//! - a DLPack producer in the backend's memory (JAX; CuPy on ROCm, which has
//!   no `__cuda_array_interface__`);
//! - a NumPy array: copied to the device before the launch and back after
//!   it (the launch then waits for the kernel), with a performance warning,
//!   as Numba does;
//! - a real number (bool, int, float, NumPy scalar), passed by value.
//!
//! Kernel parameters follow `penna_targets`' kernel layout: a scalar by
//! value (bool as a byte), an array as data pointer, extents, byte strides.

mod cuda;
mod hip;

use std::ffi::c_void;
use std::sync::{Arc, Mutex, OnceLock};

use numpy::npyffi::PyArrayObject;
use penna_compiler::{ArrayType, CompileError, Layout, Scalar, Type};
use penna_targets::{Entry, Options, Stage, Target};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use smallvec::SmallVec;

use crate::argtypes::{arg_type, Untypeable};
use crate::codegen::next_module_name;
use crate::env::PyFunction;
use crate::errors::compile_error;
use crate::gpu::GpuOptions;

pub use cuda::Cuda;
pub use hip::Hip;

/// A launch's grid and block dimensions and bytes of dynamic shared memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    pub blocks: [u32; 3],
    pub threads: [u32; 3],
    pub shared: u32,
}

/// What a GPU runtime does for a launch. Handles are the runtime's own;
/// pointers into device memory are `u64`.
pub trait Backend: 'static {
    type Device: Sync + 'static;
    type Stream: Copy;
    type Buffer;
    type Module: Send + Sync;
    type Function: Send + Sync;
    /// The Python module's name, in messages (`cuda`, `hip`).
    const API: &'static str;
    /// DLPack device types whose memory kernels use in place.
    const DLPACK_DEVICES: &'static [i32];
    /// The DLPack device type of the GPU's own memory (checked for ordinal).
    const DLPACK_GPU: i32;

    fn current(py: Python<'_>) -> PyResult<&'static Self::Device>;
    fn ordinal(device: &Self::Device) -> i32;
    /// A stream from the integer the Python layer passes (0: the default).
    fn stream(raw: usize) -> Self::Stream;
    fn synchronize(py: Python<'_>, stream: Self::Stream, device: &Self::Device) -> PyResult<()>;
    /// The stream DLPack producers are asked to order with.
    fn dlpack_consumer(stream: Self::Stream) -> usize;
    /// Whether work on the producer's stream `producer` (from
    /// `__cuda_array_interface__`) is already ordered with `launch`.
    fn same_stream(producer: usize, launch: Self::Stream) -> bool;
    /// A device array of this backend's own (`penna.cuda.DeviceNDArray`):
    /// its type, value and device ordinal (`None` when it holds no memory).
    fn device_array<'py>(obj: &Bound<'py, PyAny>) -> Option<(ArrayType, Value<'py>, Option<i32>)>;
    fn alloc(py: Python<'_>, device: &'static Self::Device, bytes: usize)
        -> PyResult<Self::Buffer>;
    fn buffer_ptr(buffer: &Self::Buffer) -> u64;
    /// # Safety
    /// `src` is valid for `bytes` bytes until the copy is done.
    unsafe fn copy_in(
        py: Python<'_>,
        device: &Self::Device,
        buffer: &Self::Buffer,
        src: *const u8,
        bytes: usize,
        stream: Self::Stream,
    ) -> PyResult<()>;
    /// # Safety
    /// `dst` is valid for `bytes` bytes; the kernel has finished.
    unsafe fn copy_out(
        py: Python<'_>,
        device: &Self::Device,
        dst: *mut u8,
        buffer: &Self::Buffer,
        bytes: usize,
    ) -> PyResult<()>;
    /// The target compiling kernels for `device`.
    fn target(device: &Self::Device, options: &GpuOptions)
        -> Result<Box<dyn Target>, CompileError>;
    /// Loads what the target emitted at [`Stage::Object`]; the kernel `entry`.
    fn load(
        py: Python<'_>,
        device: &'static Self::Device,
        object: &[u8],
        entry: &str,
    ) -> PyResult<(Self::Module, Self::Function)>;
    /// # Safety
    /// As the runtimes' `launch`: `params` match the kernel's parameters and
    /// the memory they point to outlives the kernel.
    unsafe fn launch(
        py: Python<'_>,
        function: &Self::Function,
        grid: &Grid,
        stream: Self::Stream,
        params: &mut [*mut c_void],
    ) -> PyResult<()>;
}

/// A `penna._native.DeviceArray` in the memory of runtime `hip` (false:
/// CUDA): its type, value and device (`None` when it holds no memory).
fn tagged_device_array<'py>(
    obj: &Bound<'py, PyAny>,
    hip: bool,
) -> Option<(ArrayType, Value<'py>, Option<i32>)> {
    let d = obj.cast::<crate::cudart::DeviceArray>().ok()?;
    let d = d.get();
    if d.hip != hip {
        return None;
    }
    let value = Value::Array {
        ptr: d.ptr,
        shape: Dims::from_slice(&d.shape),
        strides: Dims::from_slice(&d.strides),
    };
    Some((d.ty, value, (d.ptr != 0).then_some(d.device)))
}

/// One kernel compiled for one device and list of argument types.
pub struct GpuKernel<B: Backend> {
    args: Vec<Type>,
    device: i32,
    function: B::Function,
    /// Keeps `function` loaded.
    _module: B::Module,
}

/// The kernels of one `@cuda.jit` / `@hip.jit` function on backend `B`, and
/// its options.
pub struct GpuKernels<B: Backend> {
    list: Mutex<Vec<Arc<GpuKernel<B>>>>,
    options: OnceLock<GpuOptions>,
}

impl<B: Backend> Default for GpuKernels<B> {
    fn default() -> Self {
        GpuKernels {
            list: Mutex::new(Vec::new()),
            options: OnceLock::new(),
        }
    }
}

impl<B: Backend> GpuKernels<B> {
    /// Sets the kernel options (`launch_bounds`, `max_registers`, the math
    /// library) once, before the first launch.
    pub fn configure(&self, options: GpuOptions) {
        let _ = self.options.set(options);
    }

    fn get(
        &self,
        py: Python<'_>,
        function: &Arc<PyFunction>,
        args: &[Type],
        device: &'static B::Device,
        options: &Options,
    ) -> PyResult<Arc<GpuKernel<B>>> {
        let ordinal = B::ordinal(device);
        let find = |list: &[Arc<GpuKernel<B>>]| {
            list.iter()
                .find(|k| k.device == ordinal && k.args == args)
                .cloned()
        };
        if let Some(k) = find(&self.list.lock().unwrap_or_else(|e| e.into_inner())) {
            return Ok(k);
        }
        let gpu = self.options.get().cloned().unwrap_or_default();
        let (object, entry) = compile_kernel::<B>(py, function, args, device, options, &gpu)?;
        let (module, function) = B::load(py, device, &object, &entry)?;
        let kernel = Arc::new(GpuKernel {
            args: args.to_vec(),
            device: ordinal,
            function,
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

/// The kernel compiled for `device` (what its runtime loads) and its symbol.
fn compile_kernel<B: Backend>(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    args: &[Type],
    device: &B::Device,
    options: &Options,
    gpu: &GpuOptions,
) -> PyResult<(Vec<u8>, String)> {
    let program = crate::gpu::kernel_program(py, function, args, true)?;
    let options = *options;
    py.detach(|| -> Result<_, CompileError> {
        let target = B::target(device, gpu)?;
        let module = next_module_name();
        let artifact = penna_targets::compile(
            &program,
            &*target,
            &module,
            &options,
            Stage::Object,
            &Entry::Kernel(&gpu.kernel),
        )?;
        Ok((artifact.bytes, artifact.entry))
    })
    .map_err(|e| compile_error(py, &e))
}

/// Extents or byte strides of one array.
type Dims = SmallVec<[i64; 4]>;

/// An argument as the kernel receives it.
pub enum Value<'py> {
    Scalar(Bound<'py, PyAny>),
    Array {
        ptr: u64,
        shape: Dims,
        strides: Dims,
    },
}

/// A NumPy array copied to the device for one launch.
struct HostCopy<'py, B: Backend> {
    /// The array the kernel's results go back to.
    array: Bound<'py, PyAny>,
    /// The contiguous array copied (`array` itself, or a contiguous copy).
    contiguous: Bound<'py, PyAny>,
    /// `contiguous`'s data and size in bytes.
    data: *mut u8,
    bytes: usize,
    buffer: B::Buffer,
    write_back: bool,
}

/// Launches `kernel` with `args` (see the module docs).
#[allow(clippy::too_many_arguments)] // a launch configuration
pub fn launch<B: Backend>(
    py: Python<'_>,
    kernels: &GpuKernels<B>,
    function: &Arc<PyFunction>,
    name: &str,
    options: &Options,
    args: &Bound<'_, PyTuple>,
    grid: Grid,
    stream: usize,
) -> PyResult<()> {
    let device = B::current(py)?;
    let ordinal = B::ordinal(device);
    let stream = B::stream(stream);
    let mut key: SmallVec<[Type; 6]> = SmallVec::new();
    let mut values: SmallVec<[Value; 6]> = SmallVec::new();
    let mut copies: Vec<HostCopy<B>> = Vec::new();
    // DLPack capsules, held until the launch is queued.
    let mut capsules = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if let Some((ty, value, on)) = B::device_array(&a) {
            if let Some(on) = on.filter(|&on| on != ordinal) {
                return Err(PyTypeError::new_err(format!(
                    "argument #{i} of `{name}` lives on device {on} but the kernel launches on device {ordinal}"
                )));
            }
            key.push(Type::Array(ty));
            values.push(value);
            continue;
        }
        if let Some((ty, value)) = interface_array::<B>(py, &a, stream, device)? {
            key.push(Type::Array(ty));
            values.push(value);
            continue;
        }
        if let Some(d) = dlpack_array::<B>(&a, stream, ordinal)? {
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
                let copy = copy_in::<B>(py, &a, ty, device, stream)?;
                let (shape, strides) = dense_geometry(&a, ty)?;
                values.push(Value::Array {
                    ptr: B::buffer_ptr(&copy.buffer),
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
                        "argument #{i} of `{name}` is {what}, which a kernel cannot take\nhint: pass device arrays ({api}.to_device, {api}.device_array), objects with __cuda_array_interface__ or DLPack (CuPy, PyTorch), NumPy arrays (copied) or real numbers",
                        api = B::API
                    ),
                ))
            }
        }
    }
    if !copies.is_empty() {
        warn_host_copies(py, name, B::API)?;
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
    unsafe { B::launch(py, &kernel.function, &grid, stream, &mut params) }?;
    drop(capsules);
    if !copies.is_empty() {
        B::synchronize(py, stream, device)?;
        copy_out::<B>(py, copies, device)?;
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
fn interface_array<'py, B: Backend>(
    py: Python<'py>,
    obj: &Bound<'py, PyAny>,
    launch_stream: B::Stream,
    device: &B::Device,
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
            if !B::same_stream(producer, launch_stream) {
                B::synchronize(py, B::stream(producer), device)?;
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
fn dlpack_array<'py, B: Backend>(
    obj: &Bound<'py, PyAny>,
    stream: B::Stream,
    ordinal: i32,
) -> PyResult<Option<crate::dlpack::DlpackArray<'py>>> {
    use crate::dlpack::{device_of, read};
    if crate::argtypes::is_numpy_array(obj) {
        return Ok(None);
    }
    match device_of(obj)? {
        Some((kind, _)) if B::DLPACK_DEVICES.contains(&kind) => {}
        _ => return Ok(None),
    }
    let Some(array) = read(obj, Some(B::dlpack_consumer(stream)))? else {
        return Ok(None);
    };
    if array.device.0 == B::DLPACK_GPU && array.device.1 != ordinal {
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
fn copy_in<'py, B: Backend>(
    py: Python<'py>,
    array: &Bound<'py, PyAny>,
    ty: ArrayType,
    device: &'static B::Device,
    stream: B::Stream,
) -> PyResult<HostCopy<'py, B>> {
    let contiguous = if ty.layout == Layout::Any {
        py.import("numpy")?
            .call_method1("ascontiguousarray", (array,))?
    } else {
        array.clone()
    };
    let (data, bytes) = host_extent(&contiguous, ty.dtype.size() as usize);
    let buffer = B::alloc(py, device, bytes)?;
    // SAFETY: `contiguous` is a live contiguous array of `bytes` bytes, held
    // until the copy (synchronous or waited for after the launch) is done.
    unsafe { B::copy_in(py, device, &buffer, data, bytes, stream) }?;
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
fn copy_out<B: Backend>(
    py: Python<'_>,
    copies: Vec<HostCopy<'_, B>>,
    device: &B::Device,
) -> PyResult<()> {
    for c in copies.into_iter().filter(|c| c.write_back) {
        // SAFETY: `contiguous` is live and `bytes` long, as is the buffer.
        unsafe { B::copy_out(py, device, c.data, &c.buffer, c.bytes) }?;
        if !c.contiguous.is(&c.array) {
            c.array.set_item(py.Ellipsis(), &c.contiguous)?;
        }
    }
    Ok(())
}

fn warn_host_copies(py: Python<'_>, name: &str, api: &str) -> PyResult<()> {
    let category = py
        .import("penna.errors")?
        .getattr("PennaPerformanceWarning")?;
    py.import("warnings")?.call_method1(
        "warn",
        (
            format!(
                "host (NumPy) arrays passed to kernel `{name}` are copied to the device and back on every launch, which then waits for the kernel; \
                 hint: move them once with {api}.to_device() and pass the device arrays"
            ),
            category,
            3,
        ),
    )?;
    Ok(())
}
