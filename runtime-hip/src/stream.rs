//! Streams and events.

use crate::api::{api, RawEvent, RawStream};
use crate::device::Device;
use crate::error::{HipResult, NOT_READY, SUCCESS};

/// `hipStreamNonBlocking`; `hipEventDisableTiming`.
const NON_BLOCKING: u32 = 1;
const DISABLE_TIMING: u32 = 2;

/// A stream as the runtime names it (null: the default stream).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamHandle(RawStream);

// SAFETY: a HIP stream handle may be used from any thread.
unsafe impl Send for StreamHandle {}
// SAFETY: as above.
unsafe impl Sync for StreamHandle {}

impl StreamHandle {
    /// The default stream.
    pub const DEFAULT: StreamHandle = StreamHandle(std::ptr::null_mut());

    /// A handle from its address (`external_stream`, another library's).
    pub fn from_usize(raw: usize) -> Self {
        StreamHandle(raw as RawStream)
    }

    pub fn raw(self) -> RawStream {
        self.0
    }

    pub fn as_usize(self) -> usize {
        self.0 as usize
    }

    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    /// Waits for the stream's work.
    pub fn synchronize(self) -> HipResult<()> {
        let api = api()?;
        // SAFETY: a live stream (or the default one).
        api.check("hipStreamSynchronize", unsafe {
            (api.stream_synchronize)(self.0)
        })
    }

    /// Whether the stream has finished its work.
    pub fn is_idle(self) -> HipResult<bool> {
        let api = api()?;
        // SAFETY: a live stream.
        match unsafe { (api.stream_query)(self.0) } {
            SUCCESS => Ok(true),
            NOT_READY => Ok(false),
            status => api.check("hipStreamQuery", status).map(|_| false),
        }
    }

    /// Makes later work on the stream wait for `event`.
    pub fn wait(self, event: &Event) -> HipResult<()> {
        let api = api()?;
        // SAFETY: a live stream and event.
        api.check("hipStreamWaitEvent", unsafe {
            (api.stream_wait_event)(self.0, event.raw, 0)
        })
    }
}

/// A stream penna created, destroyed on drop.
#[derive(Debug)]
pub struct Stream {
    handle: StreamHandle,
    device: &'static Device,
}

impl Stream {
    /// A non-blocking stream on `device`.
    pub fn new(device: &'static Device) -> HipResult<Self> {
        let api = api()?;
        device.bind()?;
        let mut raw = std::ptr::null_mut();
        // SAFETY: one out-pointer.
        api.check("hipStreamCreateWithFlags", unsafe {
            (api.stream_create_with_flags)(&mut raw, NON_BLOCKING)
        })?;
        Ok(Stream {
            handle: StreamHandle(raw),
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
        if let Ok(api) = api() {
            // SAFETY: created here, destroyed once.
            let _ = unsafe { (api.stream_destroy)(self.handle.0) };
        }
    }
}

/// An event, destroyed on drop.
#[derive(Debug)]
pub struct Event {
    raw: RawEvent,
}

// SAFETY: a HIP event handle may be used from any thread.
unsafe impl Send for Event {}
// SAFETY: as above.
unsafe impl Sync for Event {}

impl Event {
    pub fn new(device: &'static Device, timing: bool) -> HipResult<Self> {
        let api = api()?;
        device.bind()?;
        let mut raw = std::ptr::null_mut();
        let flags = if timing { 0 } else { DISABLE_TIMING };
        // SAFETY: one out-pointer.
        api.check("hipEventCreateWithFlags", unsafe {
            (api.event_create_with_flags)(&mut raw, flags)
        })?;
        Ok(Event { raw })
    }

    pub fn record(&self, stream: StreamHandle) -> HipResult<()> {
        let api = api()?;
        // SAFETY: a live event and stream.
        api.check("hipEventRecord", unsafe {
            (api.event_record)(self.raw, stream.raw())
        })
    }

    pub fn synchronize(&self) -> HipResult<()> {
        let api = api()?;
        // SAFETY: a live event.
        api.check("hipEventSynchronize", unsafe {
            (api.event_synchronize)(self.raw)
        })
    }

    pub fn is_done(&self) -> HipResult<bool> {
        let api = api()?;
        // SAFETY: a live event.
        match unsafe { (api.event_query)(self.raw) } {
            SUCCESS => Ok(true),
            NOT_READY => Ok(false),
            status => api.check("hipEventQuery", status).map(|_| false),
        }
    }

    /// Milliseconds from `start` to this event.
    pub fn elapsed_ms(&self, start: &Event) -> HipResult<f32> {
        let api = api()?;
        let mut ms = 0.0;
        // SAFETY: two recorded events and an out-pointer.
        api.check("hipEventElapsedTime", unsafe {
            (api.event_elapsed_time)(&mut ms, start.raw, self.raw)
        })?;
        Ok(ms)
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        if let Ok(api) = api() {
            // SAFETY: created here, destroyed once.
            let _ = unsafe { (api.event_destroy)(self.raw) };
        }
    }
}
