//! Device memory, page-locked host memory and the copies between them.
//!
//! Copies on the null stream are synchronous with the host (as
//! `numba.cuda`'s `to_device` and `copy_to_host` without a stream); copies
//! on another stream are queued on it, and the host memory must then stay
//! alive and unchanged until the stream reaches them.

use std::ffi::c_void;

use cudarc::driver::sys;

use crate::device::Device;
use crate::error::{check, CudaResult};
use crate::stream::StreamHandle;

/// A device allocation, freed on drop.
#[derive(Debug)]
pub struct DeviceBuffer {
    ptr: sys::CUdeviceptr,
    bytes: usize,
    device: &'static Device,
}

impl DeviceBuffer {
    /// `bytes` bytes of (uninitialised) memory on `device`; a zero-byte
    /// buffer has address 0 and allocates nothing.
    pub fn alloc(device: &'static Device, bytes: usize) -> CudaResult<Self> {
        let mut ptr: sys::CUdeviceptr = 0;
        if bytes > 0 {
            device.bind()?;
            // SAFETY: a context is current; valid out-pointer.
            check("cuMemAlloc", unsafe { sys::cuMemAlloc_v2(&mut ptr, bytes) })?;
        }
        Ok(DeviceBuffer { ptr, bytes, device })
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
}

impl Drop for DeviceBuffer {
    fn drop(&mut self) {
        if self.ptr != 0 && self.device.bind().is_ok() {
            // SAFETY: the pointer came from cuMemAlloc and is freed once. A
            // failure (the driver shutting down at exit) leaks the memory.
            let _ = unsafe { sys::cuMemFree_v2(self.ptr) };
        }
    }
}

/// Runs driver call `call` (`f`) with `device`'s context current, unless
/// the range is empty: how every copy and fill starts.
fn on_range(
    device: &Device,
    bytes: usize,
    call: &'static str,
    f: impl FnOnce() -> sys::CUresult,
) -> CudaResult<()> {
    if bytes == 0 {
        return Ok(());
    }
    device.bind()?;
    check(call, f())
}

/// Copies `bytes` bytes from host memory `src` to device address `dst`.
///
/// # Safety
/// `src` must be readable for `bytes` bytes (until `stream` reaches the copy
/// when it is not the null stream) and `dst` a device allocation of at least
/// `bytes` bytes on `device`.
pub unsafe fn copy_to_device(
    device: &Device,
    dst: u64,
    src: *const u8,
    bytes: usize,
    stream: StreamHandle,
) -> CudaResult<()> {
    let src = src as *const c_void;
    // SAFETY (both calls): the caller's contract.
    if stream.is_null() {
        on_range(device, bytes, "cuMemcpyHtoD", || unsafe {
            sys::cuMemcpyHtoD_v2(dst, src, bytes)
        })
    } else {
        on_range(device, bytes, "cuMemcpyHtoDAsync", || unsafe {
            sys::cuMemcpyHtoDAsync_v2(dst, src, bytes, stream.raw())
        })
    }
}

/// Copies `bytes` bytes from device address `src` to host memory `dst`.
///
/// # Safety
/// As [`copy_to_device`], with `dst` writable.
pub unsafe fn copy_to_host(
    device: &Device,
    dst: *mut u8,
    src: u64,
    bytes: usize,
    stream: StreamHandle,
) -> CudaResult<()> {
    let dst = dst as *mut c_void;
    // SAFETY (both calls): the caller's contract.
    if stream.is_null() {
        on_range(device, bytes, "cuMemcpyDtoH", || unsafe {
            sys::cuMemcpyDtoH_v2(dst, src, bytes)
        })
    } else {
        on_range(device, bytes, "cuMemcpyDtoHAsync", || unsafe {
            sys::cuMemcpyDtoHAsync_v2(dst, src, bytes, stream.raw())
        })
    }
}

/// Copies `bytes` bytes between device addresses (queued on `stream`).
///
/// # Safety
/// Both ranges must lie in live device allocations.
pub unsafe fn copy_on_device(
    device: &Device,
    dst: u64,
    src: u64,
    bytes: usize,
    stream: StreamHandle,
) -> CudaResult<()> {
    // SAFETY: the caller's contract.
    on_range(device, bytes, "cuMemcpyDtoDAsync", || unsafe {
        sys::cuMemcpyDtoDAsync_v2(dst, src, bytes, stream.raw())
    })
}

/// Sets `bytes` bytes at device address `dst` to `value` (queued on `stream`).
///
/// # Safety
/// The range must lie in a live device allocation.
pub unsafe fn fill(
    device: &Device,
    dst: u64,
    value: u8,
    bytes: usize,
    stream: StreamHandle,
) -> CudaResult<()> {
    // SAFETY: the caller's contract.
    on_range(device, bytes, "cuMemsetD8Async", || unsafe {
        sys::cuMemsetD8Async(dst, value, bytes, stream.raw())
    })
}

/// Page-locked host memory (`pinned_array`), optionally mapped into the
/// device's address space (`mapped_array`); freed on drop.
#[derive(Debug)]
pub struct PinnedBuffer {
    ptr: *mut u8,
    bytes: usize,
    device_ptr: Option<u64>,
    device: &'static Device,
}

// SAFETY: plain memory, usable from any thread.
unsafe impl Send for PinnedBuffer {}
unsafe impl Sync for PinnedBuffer {}

impl PinnedBuffer {
    /// `bytes` bytes of page-locked host memory; `mapped` also maps it into
    /// the device's address space ([`PinnedBuffer::device_ptr`]).
    pub fn alloc(device: &'static Device, bytes: usize, mapped: bool) -> CudaResult<Self> {
        device.bind()?;
        let mut ptr: *mut c_void = std::ptr::null_mut();
        let flags = sys::CU_MEMHOSTALLOC_PORTABLE
            | if mapped {
                sys::CU_MEMHOSTALLOC_DEVICEMAP
            } else {
                0
            };
        // SAFETY: a context is current; valid out-pointer. One byte at least,
        // so that an empty array still has an address to free.
        check("cuMemHostAlloc", unsafe {
            sys::cuMemHostAlloc(&mut ptr, bytes.max(1), flags)
        })?;
        let mut buffer = PinnedBuffer {
            ptr: ptr as *mut u8,
            bytes,
            device_ptr: None,
            device,
        };
        if mapped {
            let mut dptr: sys::CUdeviceptr = 0;
            // SAFETY: the memory was allocated with DEVICEMAP just above.
            check("cuMemHostGetDevicePointer", unsafe {
                sys::cuMemHostGetDevicePointer_v2(&mut dptr, ptr, 0)
            })?;
            buffer.device_ptr = Some(dptr);
        }
        Ok(buffer)
    }

    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// The address kernels use for mapped memory.
    pub fn device_ptr(&self) -> Option<u64> {
        self.device_ptr
    }
}

impl Drop for PinnedBuffer {
    fn drop(&mut self) {
        if self.device.bind().is_ok() {
            // SAFETY: allocated by cuMemHostAlloc and freed once.
            let _ = unsafe { sys::cuMemFreeHost(self.ptr as *mut c_void) };
        }
    }
}
