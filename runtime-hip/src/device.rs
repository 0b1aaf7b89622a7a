//! Devices: initialisation, properties, the current device.

use std::cell::Cell;
use std::ffi::c_char;
use std::sync::OnceLock;

use crate::api::{api, Api};
use crate::error::{HipError, HipResult, INVALID_DEVICE, NO_DEVICE, SUCCESS};

/// `hipDeviceAttribute_t` values (stable since ROCm 5; unused slots keep
/// later ones in place).
mod attribute {
    pub const MAX_BLOCK_DIM: [i32; 3] = [26, 27, 28];
    pub const MAX_GRID_DIM: [i32; 3] = [29, 30, 31];
    pub const MAX_THREADS_PER_BLOCK: i32 = 56;
    pub const MULTIPROCESSOR_COUNT: i32 = 63;
    pub const MAX_SHARED_MEMORY_PER_BLOCK: i32 = 74;
    pub const WARP_SIZE: i32 = 87;
}

/// An AMD GPU and what launches are checked against.
#[derive(Debug, Clone)]
pub struct Device {
    pub ordinal: i32,
    pub name: String,
    /// As HIP reports it, with target features (`gfx90a:sramecc+:xnack-`).
    pub arch: String,
    /// The hardware wavefront: 64 on CDNA, 32 on RDNA.
    pub wavefront_size: u32,
    pub multiprocessors: u32,
    pub max_threads_per_block: u32,
    pub shared_per_block: u32,
    pub max_block_dim: [u32; 3],
    pub max_grid_dim: [u32; 3],
}

/// The runtime, initialised once; the device count.
fn initialised() -> HipResult<(&'static Api, i32)> {
    static COUNT: OnceLock<Result<i32, HipError>> = OnceLock::new();
    let api = api()?;
    let count = COUNT.get_or_init(|| {
        // SAFETY: hipInit takes flags (0) and may be called repeatedly.
        let status = unsafe { (api.init)(0) };
        let mut n = 0;
        // SAFETY: one out-pointer.
        let counted = unsafe { (api.get_device_count)(&mut n) };
        match (status, counted) {
            (_, SUCCESS) if n > 0 => Ok(n),
            (SUCCESS, SUCCESS) => Err(HipError::NoDevice("the device count is 0".into())),
            (INVALID_DEVICE | NO_DEVICE, _) | (_, NO_DEVICE) => Err(HipError::NoDevice(format!(
                "{} (no AMD GPU, or /dev/kfd is not accessible)",
                api.error_name(if counted != SUCCESS { counted } else { status })
            ))),
            _ => Err(HipError::NoDevice(api.error_name(counted))),
        }
    });
    count.clone().map(|n| (api, n))
}

/// Whether the runtime and at least one device are present.
pub fn is_available() -> bool {
    initialised().is_ok()
}

pub fn device_count() -> HipResult<i32> {
    initialised().map(|(_, n)| n)
}

/// `hipRuntimeGetVersion`: major * 10^7 + minor * 10^5 + patch (ROCm 5.2.3 is
/// 50221153). Works without a device.
pub fn runtime_version() -> HipResult<i32> {
    let api = api()?;
    let mut v = 0;
    // SAFETY: one out-pointer.
    api.check("hipRuntimeGetVersion", unsafe {
        (api.runtime_get_version)(&mut v)
    })?;
    Ok(v)
}

thread_local! {
    static CURRENT: Cell<i32> = const { Cell::new(0) };
}

/// Makes device `ordinal` current for this thread.
pub fn select(ordinal: i32) -> HipResult<&'static Device> {
    let device = Device::get(ordinal)?;
    device.bind()?;
    CURRENT.with(|c| c.set(ordinal));
    Ok(device)
}

/// This thread's current device (device 0 until another is selected).
pub fn current() -> HipResult<&'static Device> {
    Device::get(CURRENT.with(Cell::get))
}

impl Device {
    /// Device `ordinal`, its properties read once.
    pub fn get(ordinal: i32) -> HipResult<&'static Device> {
        static DEVICES: OnceLock<Vec<OnceLock<Result<Device, HipError>>>> = OnceLock::new();
        let (api, count) = initialised()?;
        if !(0..count).contains(&ordinal) {
            return Err(HipError::BadDevice { ordinal, count });
        }
        let slots = DEVICES.get_or_init(|| (0..count).map(|_| OnceLock::new()).collect());
        slots[ordinal as usize]
            .get_or_init(|| Device::read(api, ordinal))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn read(api: &Api, ordinal: i32) -> HipResult<Device> {
        let attr = |a: i32| -> HipResult<u32> {
            let mut v = 0;
            // SAFETY: one out-pointer, a valid ordinal.
            api.check("hipDeviceGetAttribute", unsafe {
                (api.device_get_attribute)(&mut v, a, ordinal)
            })?;
            Ok(v.max(0) as u32)
        };
        let mut name = [0 as c_char; 256];
        // SAFETY: the buffer holds `len` bytes.
        api.check("hipDeviceGetName", unsafe {
            (api.device_get_name)(name.as_mut_ptr(), name.len() as i32, ordinal)
        })?;
        let (get_props, arch_offset) = api.get_device_properties;
        // Larger than any hipDeviceProp_t so far (1472 bytes in ROCm 6).
        let mut props = vec![0u8; 8192];
        // SAFETY: the buffer is larger than the structure.
        api.check("hipGetDeviceProperties", unsafe {
            get_props(props.as_mut_ptr().cast(), ordinal)
        })?;
        let arch_bytes = &props[arch_offset..arch_offset + 256];
        let end = arch_bytes.iter().position(|&b| b == 0).unwrap_or(256);
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        let name_bytes: Vec<u8> = name
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        Ok(Device {
            ordinal,
            name: text(&name_bytes),
            arch: text(&arch_bytes[..end]),
            wavefront_size: attr(attribute::WARP_SIZE)?,
            multiprocessors: attr(attribute::MULTIPROCESSOR_COUNT)?,
            max_threads_per_block: attr(attribute::MAX_THREADS_PER_BLOCK)?,
            shared_per_block: attr(attribute::MAX_SHARED_MEMORY_PER_BLOCK)?,
            max_block_dim: [
                attr(attribute::MAX_BLOCK_DIM[0])?,
                attr(attribute::MAX_BLOCK_DIM[1])?,
                attr(attribute::MAX_BLOCK_DIM[2])?,
            ],
            max_grid_dim: [
                attr(attribute::MAX_GRID_DIM[0])?,
                attr(attribute::MAX_GRID_DIM[1])?,
                attr(attribute::MAX_GRID_DIM[2])?,
            ],
        })
    }

    /// The processor name without target features (`gfx90a`).
    pub fn arch_name(&self) -> &str {
        self.arch.split(':').next().unwrap_or(&self.arch)
    }

    /// Makes this device current for the calling thread's runtime calls.
    pub fn bind(&self) -> HipResult<()> {
        let api = api()?;
        // SAFETY: a valid ordinal.
        api.check("hipSetDevice", unsafe { (api.set_device)(self.ordinal) })
    }

    pub fn synchronize(&self) -> HipResult<()> {
        self.bind()?;
        let api = api()?;
        // SAFETY: no arguments.
        api.check("hipDeviceSynchronize", unsafe {
            (api.device_synchronize)()
        })
    }

    /// (free, total) bytes of device memory.
    pub fn memory_info(&self) -> HipResult<(usize, usize)> {
        self.bind()?;
        let api = api()?;
        let (mut free, mut total) = (0, 0);
        // SAFETY: two out-pointers.
        api.check("hipMemGetInfo", unsafe {
            (api.mem_get_info)(&mut free, &mut total)
        })?;
        Ok((free, total))
    }
}
