//! Without a CUDA driver (as on CI) every entry reports it as an error; with
//! one, the same calls open device 0 and move memory through it.

use penna_runtime_cuda::{
    current, device_count, is_available, select, CudaError, DeviceBuffer, Stream, StreamHandle,
};

#[test]
fn entries_report_a_missing_driver_or_work() {
    if !is_available() {
        let err = device_count().unwrap_err();
        assert!(err.is_unsupported(), "{err}");
        assert!(matches!(current(), Err(e) if e.is_unsupported()));
        assert!(matches!(select(0), Err(e) if e.is_unsupported()));
        return;
    }
    let device = current().expect("device 0");
    assert!(device.compute_capability.0 >= 3, "{device:?}");
    let count = device_count().unwrap();
    assert!(matches!(
        select(count),
        Err(CudaError::BadDevice { ordinal, .. }) if ordinal == count
    ));
    let data: Vec<u32> = (0..1000).collect();
    let bytes = data.len() * 4;
    let buffer = DeviceBuffer::alloc(device, bytes).unwrap();
    let stream = Stream::new(device).unwrap();
    let mut back = vec![0u32; data.len()];
    // SAFETY: both host vectors outlive the synchronous copies.
    unsafe {
        penna_runtime_cuda::memory::copy_to_device(
            device,
            buffer.ptr(),
            data.as_ptr() as *const u8,
            bytes,
            StreamHandle::NULL,
        )
        .unwrap();
        penna_runtime_cuda::memory::copy_to_host(
            device,
            back.as_mut_ptr() as *mut u8,
            buffer.ptr(),
            bytes,
            stream.handle(),
        )
        .unwrap();
    }
    stream.handle().synchronize(device).unwrap();
    assert_eq!(back, data);
}
