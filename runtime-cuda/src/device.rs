//! The driver and its devices.
//!
//! The driver is loaded and initialised once per process, on first use;
//! without it every entry returns [`CudaError::NoDriver`]. A device is opened
//! on first use: its primary context (the one the CUDA runtime, CuPy and
//! PyTorch share) is retained for the life of the process, so handles made
//! in it stay valid. Every call that needs a context first makes the
//! device's primary context current on the calling thread ([`Device::bind`]).
//!
//! The current device is per thread, as in the CUDA runtime: device 0 until
//! [`select`] picks another.

use std::cell::Cell;
use std::ffi::c_int;
use std::mem::MaybeUninit;
use std::sync::{Mutex, OnceLock};

use cudarc::driver::sys::{self, CUdevice_attribute as Attr};

use crate::error::{check, CudaError, CudaResult};

/// The number of devices, or why there are none usable.
fn init() -> CudaResult<i32> {
    static INIT: OnceLock<CudaResult<i32>> = OnceLock::new();
    INIT.get_or_init(|| {
        // SAFETY: probing for the library has no preconditions; the symbols
        // are looked up only once it is known to load.
        if !unsafe { sys::is_culib_present() } {
            return Err(CudaError::NoDriver);
        }
        // SAFETY: `cuInit` may be called any number of times.
        if let Err(e) = check("cuInit", unsafe { sys::cuInit(0) }) {
            return Err(CudaError::NoDevice(e.to_string()));
        }
        let mut count: c_int = 0;
        // SAFETY: the driver is initialised; `count` is a valid out-pointer.
        check("cuDeviceGetCount", unsafe {
            sys::cuDeviceGetCount(&mut count)
        })?;
        if count == 0 {
            return Err(CudaError::NoDevice("the device count is 0".into()));
        }
        Ok(count)
    })
    .clone()
}

/// Whether a driver and at least one device are usable.
pub fn is_available() -> bool {
    init().is_ok()
}

/// The number of devices (an error when there is no driver or none).
pub fn device_count() -> CudaResult<i32> {
    init()
}

/// What the runtime knows of one GPU.
#[derive(Debug)]
pub struct Device {
    pub ordinal: i32,
    pub name: String,
    /// (major, minor)
    pub compute_capability: (u32, u32),
    pub total_memory: usize,
    pub multiprocessors: u32,
    pub max_threads_per_block: u32,
    pub max_block_dim: [u32; 3],
    pub max_grid_dim: [u32; 3],
    /// Shared memory a block may use without opting in (48 KiB).
    pub shared_per_block: u32,
    /// Shared memory a block may use after opting in per kernel.
    pub shared_per_block_optin: u32,
    pub warp_size: u32,
    pub pci_bus_id: u32,
    handle: sys::CUdevice,
    context: Context,
}

/// A primary context: shared by every thread, never released.
#[derive(Debug, Clone, Copy)]
struct Context(sys::CUcontext);
// SAFETY: a CUDA context may be made current on any thread.
unsafe impl Send for Context {}
unsafe impl Sync for Context {}

thread_local! {
    static CURRENT: Cell<i32> = const { Cell::new(0) };
}

/// Makes device `ordinal` the calling thread's current device.
pub fn select(ordinal: i32) -> CudaResult<&'static Device> {
    let device = Device::get(ordinal)?;
    CURRENT.with(|c| c.set(ordinal));
    Ok(device)
}

/// The calling thread's current device (opened on first use).
pub fn current() -> CudaResult<&'static Device> {
    Device::get(CURRENT.with(Cell::get))
}

impl Device {
    /// Device `ordinal`, opened on first use.
    pub fn get(ordinal: i32) -> CudaResult<&'static Device> {
        static OPEN: Mutex<Vec<&'static Device>> = Mutex::new(Vec::new());
        let count = init()?;
        if !(0..count).contains(&ordinal) {
            return Err(CudaError::BadDevice { ordinal, count });
        }
        let mut open = OPEN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(d) = open.iter().find(|d| d.ordinal == ordinal) {
            return Ok(d);
        }
        let device: &'static Device = Box::leak(Box::new(Device::open(ordinal)?));
        open.push(device);
        Ok(device)
    }

    fn open(ordinal: i32) -> CudaResult<Device> {
        let mut handle: sys::CUdevice = 0;
        // SAFETY: the driver is initialised and `ordinal` is in range.
        check("cuDeviceGet", unsafe {
            sys::cuDeviceGet(&mut handle, ordinal)
        })?;
        let attr = |a: Attr| -> CudaResult<u32> {
            let mut v: c_int = 0;
            // SAFETY: a valid device handle and out-pointer.
            check("cuDeviceGetAttribute", unsafe {
                sys::cuDeviceGetAttribute(&mut v, a, handle)
            })?;
            Ok(v.max(0) as u32)
        };
        let mut name = [0 as std::ffi::c_char; 256];
        // SAFETY: the buffer's length is passed.
        check("cuDeviceGetName", unsafe {
            sys::cuDeviceGetName(name.as_mut_ptr(), name.len() as c_int, handle)
        })?;
        // SAFETY: the driver NUL-terminates the name within the buffer.
        let name = unsafe { std::ffi::CStr::from_ptr(name.as_ptr()) }
            .to_string_lossy()
            .into_owned();
        let mut total_memory = 0usize;
        // SAFETY: a valid device handle and out-pointer.
        check("cuDeviceTotalMem", unsafe {
            sys::cuDeviceTotalMem_v2(&mut total_memory, handle)
        })?;
        let mut context = MaybeUninit::uninit();
        // SAFETY: a valid device handle; the context is never released.
        check("cuDevicePrimaryCtxRetain", unsafe {
            sys::cuDevicePrimaryCtxRetain(context.as_mut_ptr(), handle)
        })?;
        // SAFETY: initialised by the successful call above.
        let context = Context(unsafe { context.assume_init() });
        Ok(Device {
            ordinal,
            name,
            compute_capability: (
                attr(Attr::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR)?,
                attr(Attr::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR)?,
            ),
            total_memory,
            multiprocessors: attr(Attr::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)?,
            max_threads_per_block: attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK)?,
            max_block_dim: [
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_X)?,
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Y)?,
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_BLOCK_DIM_Z)?,
            ],
            max_grid_dim: [
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X)?,
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y)?,
                attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z)?,
            ],
            shared_per_block: attr(Attr::CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK)?,
            shared_per_block_optin: attr(
                Attr::CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN,
            )?,
            warp_size: attr(Attr::CU_DEVICE_ATTRIBUTE_WARP_SIZE)?,
            pci_bus_id: attr(Attr::CU_DEVICE_ATTRIBUTE_PCI_BUS_ID)?,
            handle,
            context,
        })
    }

    /// Makes this device's primary context current on the calling thread
    /// (a no-op when it already is).
    pub fn bind(&self) -> CudaResult<()> {
        let mut now = MaybeUninit::uninit();
        // SAFETY: a valid out-pointer; the driver is initialised.
        check("cuCtxGetCurrent", unsafe {
            sys::cuCtxGetCurrent(now.as_mut_ptr())
        })?;
        // SAFETY: initialised by the successful call above.
        if unsafe { now.assume_init() } == self.context.0 {
            return Ok(());
        }
        // SAFETY: the context is retained for the life of the process.
        check("cuCtxSetCurrent", unsafe {
            sys::cuCtxSetCurrent(self.context.0)
        })
    }

    /// Waits for all work on this device.
    pub fn synchronize(&self) -> CudaResult<()> {
        self.bind()?;
        // SAFETY: a context is current.
        check("cuCtxSynchronize", unsafe { sys::cuCtxSynchronize() })
    }

    /// (free, total) bytes of device memory.
    pub fn memory_info(&self) -> CudaResult<(usize, usize)> {
        self.bind()?;
        let (mut free, mut total) = (0usize, 0usize);
        // SAFETY: a context is current; valid out-pointers.
        check("cuMemGetInfo", unsafe {
            sys::cuMemGetInfo_v2(&mut free, &mut total)
        })?;
        Ok((free, total))
    }

    /// The driver's device handle.
    pub fn handle(&self) -> sys::CUdevice {
        self.handle
    }
}

/// The driver's CUDA version as (major, minor).
pub fn driver_version() -> CudaResult<(u32, u32)> {
    init()?;
    let mut v: c_int = 0;
    // SAFETY: a valid out-pointer.
    check("cuDriverGetVersion", unsafe {
        sys::cuDriverGetVersion(&mut v)
    })?;
    Ok(((v / 1000) as u32, ((v % 1000) / 10) as u32))
}
