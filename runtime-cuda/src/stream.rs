//! Streams (queues of work on one device) and events (points in a stream,
//! for waiting and timing).

use std::mem::MaybeUninit;

use cudarc::driver::sys;

use crate::device::Device;
use crate::error::{check, CudaResult};

/// A stream as the driver names it; the null handle is the legacy default
/// stream, which synchronises with every other blocking stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamHandle(sys::CUstream);

// SAFETY: stream handles may be used from any thread.
unsafe impl Send for StreamHandle {}
unsafe impl Sync for StreamHandle {}

impl StreamHandle {
    /// The legacy default stream.
    pub const NULL: StreamHandle = StreamHandle(std::ptr::null_mut());

    /// A handle from its integer value (as CuPy's `stream.ptr` or
    /// PyTorch's `cuda_stream` give it; 0 is the default stream).
    ///
    /// # Safety
    /// `raw` must be 0, 1, 2 (the driver's special streams) or a live stream.
    pub unsafe fn from_raw(raw: usize) -> StreamHandle {
        StreamHandle(raw as sys::CUstream)
    }

    pub fn raw(self) -> sys::CUstream {
        self.0
    }

    pub fn as_usize(self) -> usize {
        self.0 as usize
    }

    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    /// Waits on the host until the stream's work is done.
    pub fn synchronize(self, device: &Device) -> CudaResult<()> {
        device.bind()?;
        // SAFETY: the handle is live (the type's contract).
        check("cuStreamSynchronize", unsafe {
            sys::cuStreamSynchronize(self.0)
        })
    }

    /// Whether the stream's work is done (without waiting).
    pub fn is_idle(self, device: &Device) -> CudaResult<bool> {
        device.bind()?;
        // SAFETY: the handle is live.
        match unsafe { sys::cuStreamQuery(self.0) } {
            sys::CUresult::CUDA_ERROR_NOT_READY => Ok(false),
            status => check("cuStreamQuery", status).map(|()| true),
        }
    }

    /// Makes later work on this stream wait until `event` completes.
    pub fn wait(self, device: &Device, event: &Event) -> CudaResult<()> {
        device.bind()?;
        // SAFETY: both handles are live.
        check("cuStreamWaitEvent", unsafe {
            sys::cuStreamWaitEvent(self.0, event.handle, 0)
        })
    }
}

/// A stream created by the runtime, destroyed on drop.
#[derive(Debug)]
pub struct Stream {
    handle: StreamHandle,
    device: &'static Device,
}

impl Stream {
    /// A new stream on `device` (blocking with respect to the default stream,
    /// as `numba.cuda.stream()`).
    pub fn new(device: &'static Device) -> CudaResult<Self> {
        device.bind()?;
        let mut raw = MaybeUninit::uninit();
        // SAFETY: a context is current; valid out-pointer.
        check("cuStreamCreate", unsafe {
            sys::cuStreamCreate(
                raw.as_mut_ptr(),
                sys::CUstream_flags::CU_STREAM_DEFAULT as u32,
            )
        })?;
        Ok(Stream {
            // SAFETY: initialised by the successful call above.
            handle: StreamHandle(unsafe { raw.assume_init() }),
            device,
        })
    }

    pub fn handle(&self) -> StreamHandle {
        self.handle
    }

    pub fn device(&self) -> &'static Device {
        self.device
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        if self.device.bind().is_ok() {
            // SAFETY: created by cuStreamCreate, destroyed once; queued work
            // still completes.
            let _ = unsafe { sys::cuStreamDestroy_v2(self.handle.0) };
        }
    }
}

/// An event, destroyed on drop.
#[derive(Debug)]
pub struct Event {
    handle: sys::CUevent,
    device: &'static Device,
}

// SAFETY: event handles may be used from any thread.
unsafe impl Send for Event {}
unsafe impl Sync for Event {}

impl Event {
    /// A new event; `timing` keeps timestamps for [`Event::elapsed_ms`].
    pub fn new(device: &'static Device, timing: bool) -> CudaResult<Self> {
        device.bind()?;
        let flags = if timing {
            sys::CUevent_flags::CU_EVENT_DEFAULT
        } else {
            sys::CUevent_flags::CU_EVENT_DISABLE_TIMING
        };
        let mut raw = MaybeUninit::uninit();
        // SAFETY: a context is current; valid out-pointer.
        check("cuEventCreate", unsafe {
            sys::cuEventCreate(raw.as_mut_ptr(), flags as u32)
        })?;
        Ok(Event {
            // SAFETY: initialised by the successful call above.
            handle: unsafe { raw.assume_init() },
            device,
        })
    }

    /// Records the event at the current end of `stream`.
    pub fn record(&self, stream: StreamHandle) -> CudaResult<()> {
        self.device.bind()?;
        // SAFETY: both handles are live.
        check("cuEventRecord", unsafe {
            sys::cuEventRecord(self.handle, stream.raw())
        })
    }

    /// Waits on the host until the event completes.
    pub fn synchronize(&self) -> CudaResult<()> {
        self.device.bind()?;
        // SAFETY: the handle is live.
        check("cuEventSynchronize", unsafe {
            sys::cuEventSynchronize(self.handle)
        })
    }

    /// Whether the event has completed.
    pub fn is_done(&self) -> CudaResult<bool> {
        self.device.bind()?;
        // SAFETY: the handle is live.
        match unsafe { sys::cuEventQuery(self.handle) } {
            sys::CUresult::CUDA_ERROR_NOT_READY => Ok(false),
            status => check("cuEventQuery", status).map(|()| true),
        }
    }

    /// Milliseconds from `start` to `self` (both recorded and completed).
    pub fn elapsed_ms(&self, start: &Event) -> CudaResult<f32> {
        self.device.bind()?;
        let mut ms = 0f32;
        // SAFETY: both handles are live; valid out-pointer.
        check("cuEventElapsedTime", unsafe {
            sys::cuEventElapsedTime(&mut ms, start.handle, self.handle)
        })?;
        Ok(ms)
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        if self.device.bind().is_ok() {
            // SAFETY: created by cuEventCreate, destroyed once.
            let _ = unsafe { sys::cuEventDestroy_v2(self.handle) };
        }
    }
}
