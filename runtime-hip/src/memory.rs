//! Device memory (`hipMalloc`, coarse-grained: where penna's device arrays
//! live, safe for every atomic), page-locked host memory (`hipHostMalloc`,
//! optionally mapped into the device's address space) and copies.

use std::ffi::c_void;

use crate::api::api;
use crate::device::Device;
use crate::error::HipResult;
use crate::stream::StreamHandle;

/// `hipHostMallocPortable | hipHostMallocMapped`.
const HOST_MAPPED: u32 = 1 | 2;
const HOST_PORTABLE: u32 = 1;

/// An allocation in device memory, freed on drop.
#[derive(Debug)]
pub struct DeviceBuffer {
    ptr: u64,
    bytes: usize,
    device: &'static Device,
}

impl DeviceBuffer {
    /// `bytes` of uninitialised device memory (at least one byte is asked
    /// for, so that every buffer has a distinct address).
    pub fn alloc(device: &'static Device, bytes: usize) -> HipResult<Self> {
        let api = api()?;
        device.bind()?;
        let mut ptr = std::ptr::null_mut();
        // SAFETY: one out-pointer.
        api.check("hipMalloc", unsafe { (api.malloc)(&mut ptr, bytes.max(1)) })?;
        Ok(DeviceBuffer {
            ptr: ptr as u64,
            bytes,
            device,
        })
    }

    pub fn ptr(&self) -> u64 {
        self.ptr
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn device(&self) -> &'static Device {
        self.device
    }

    /// Sets every byte to `value`.
    pub fn fill(&self, value: u8) -> HipResult<()> {
        // SAFETY: the whole allocation.
        unsafe { fill(self.device, self.ptr, value, self.bytes) }
    }
}

/// Copies `bytes` from host memory at `src` to device address `dst`:
/// synchronously on the default stream, else queued on `stream`.
///
/// # Safety
/// Both ranges must be valid for `bytes` bytes until the copy is done.
pub unsafe fn copy_to_device(
    device: &Device,
    dst: u64,
    src: *const u8,
    bytes: usize,
    stream: StreamHandle,
) -> HipResult<()> {
    let api = api()?;
    device.bind()?;
    let (dst, src) = (dst as *mut c_void, src as *const c_void);
    // SAFETY: the caller's contract.
    let status = unsafe {
        if stream.is_null() {
            (api.memcpy_htod)(dst, src, bytes)
        } else {
            (api.memcpy_htod_async)(dst, src, bytes, stream.raw())
        }
    };
    api.check("hipMemcpyHtoD", status)
}

/// Copies `bytes` from device address `src` to host memory at `dst`.
///
/// # Safety
/// Both ranges must be valid for `bytes` bytes until the copy is done.
pub unsafe fn copy_to_host(
    device: &Device,
    dst: *mut u8,
    src: u64,
    bytes: usize,
    stream: StreamHandle,
) -> HipResult<()> {
    let api = api()?;
    device.bind()?;
    let (dst, src) = (dst as *mut c_void, src as *mut c_void);
    // SAFETY: the caller's contract.
    let status = unsafe {
        if stream.is_null() {
            (api.memcpy_dtoh)(dst, src, bytes)
        } else {
            (api.memcpy_dtoh_async)(dst, src, bytes, stream.raw())
        }
    };
    api.check("hipMemcpyDtoH", status)
}

/// Copies `bytes` between device addresses.
///
/// # Safety
/// Both ranges must be valid device memory for `bytes` bytes.
pub unsafe fn copy_on_device(
    device: &Device,
    dst: u64,
    src: u64,
    bytes: usize,
    stream: StreamHandle,
) -> HipResult<()> {
    let api = api()?;
    device.bind()?;
    let (dst, src) = (dst as *mut c_void, src as *mut c_void);
    // SAFETY: the caller's contract.
    let status = unsafe {
        if stream.is_null() {
            (api.memcpy_dtod)(dst, src, bytes)
        } else {
            (api.memcpy_dtod_async)(dst, src, bytes, stream.raw())
        }
    };
    api.check("hipMemcpyDtoD", status)
}

/// Sets `bytes` bytes at device address `dst` to `value`.
///
/// # Safety
/// The range must be valid device memory.
pub unsafe fn fill(device: &Device, dst: u64, value: u8, bytes: usize) -> HipResult<()> {
    let api = api()?;
    device.bind()?;
    // SAFETY: the caller's contract.
    api.check("hipMemsetD8", unsafe {
        (api.memset_d8)(dst as *mut c_void, value, bytes)
    })
}

impl Drop for DeviceBuffer {
    fn drop(&mut self) {
        if let Ok(api) = api() {
            let _ = self.device.bind();
            // SAFETY: allocated by hipMalloc, freed once. A failure (the
            // runtime shutting down) leaks rather than panics.
            let _ = unsafe { (api.free)(self.ptr as *mut c_void) };
        }
    }
}

/// Page-locked host memory, freed on drop.
#[derive(Debug)]
pub struct PinnedBuffer {
    ptr: *mut u8,
    bytes: usize,
    device_ptr: Option<u64>,
}

// SAFETY: plain memory; synchronisation is the user's, as for any buffer.
unsafe impl Send for PinnedBuffer {}
// SAFETY: as above.
unsafe impl Sync for PinnedBuffer {}

impl PinnedBuffer {
    /// `bytes` of page-locked memory; `mapped` also maps it into `device`'s
    /// address space (fine-grained: float atomics there need safe atomics).
    pub fn alloc(device: &'static Device, bytes: usize, mapped: bool) -> HipResult<Self> {
        let api = api()?;
        device.bind()?;
        let flags = if mapped { HOST_MAPPED } else { HOST_PORTABLE };
        let mut ptr = std::ptr::null_mut();
        // SAFETY: one out-pointer.
        api.check("hipHostMalloc", unsafe {
            (api.host_malloc)(&mut ptr, bytes.max(1), flags)
        })?;
        let device_ptr = if mapped {
            let mut d = std::ptr::null_mut();
            // SAFETY: `ptr` was allocated mapped.
            api.check("hipHostGetDevicePointer", unsafe {
                (api.host_get_device_pointer)(&mut d, ptr, 0)
            })?;
            Some(d as u64)
        } else {
            None
        };
        Ok(PinnedBuffer {
            ptr: ptr.cast(),
            bytes,
            device_ptr,
        })
    }

    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// The device's address of mapped memory.
    pub fn device_ptr(&self) -> Option<u64> {
        self.device_ptr
    }
}

impl Drop for PinnedBuffer {
    fn drop(&mut self) {
        if let Ok(api) = api() {
            // SAFETY: allocated by hipHostMalloc, freed once.
            let _ = unsafe { (api.host_free)(self.ptr.cast()) };
        }
    }
}
