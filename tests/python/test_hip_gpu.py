"""The HIP runtime: device arrays in AMD GPU memory, launches, streams,
events and runtime errors on a real AMD GPU (``scripts/hip_check.sh``);
without one, the clear errors of every entry point.

No machine of this project has an AMD GPU yet: the ``gpu`` tests are written
for the first one. What runs everywhere: the errors below, the kernels'
semantics under ``hip`` names on the CPU (``test_hip_on_cpu``) and their code
objects (``test_hip``). The kernel suite runs on an AMD GPU with
``PENNA_CUDA_TEST_TARGET=hip pytest tests/python/test_hip_on_cpu.py``."""

import numpy as np
import pytest

from penna import _native, hip
from penna.errors import HipSupportError, PennaPerformanceWarning

from . import cuda_kernels as k

gpu = pytest.mark.skipif(not hip.is_available(), reason="needs an AMD GPU and the HIP runtime")
rng = np.random.default_rng(13)


@pytest.mark.skipif(hip.is_available(), reason="checks the errors of a machine without an AMD GPU")
def test_no_gpu_errors_name_the_cause():
    for call in (lambda: _native.HipMemory(16), lambda: _native.HipPinnedMemory(16), _native.HipStream,
                 _native.HipEvent, lambda: hip.select_device(0), hip.get_current_device,
                 lambda: _native.hip_copy("htod", 0, 0, 0)):
        with pytest.raises(HipSupportError, match="HIP runtime"):
            call()
    # Device arrays fall back to host memory, where CPU kernels use them.
    d = hip.to_device(np.arange(5.0))
    assert not isinstance(d, hip.DeviceNDArray)
    np.testing.assert_array_equal(d.copy_to_host(), np.arange(5.0))
    s, e = hip.stream(), hip.event()
    e.record(s)
    s.synchronize()
    assert s.query() and e.query()
    hip.synchronize()


@gpu
def test_device_reports_itself():
    d = hip.get_current_device()
    assert d.arch in hip.ARCHITECTURES
    assert d.WAVEFRONT_SIZE == hip.wavefront_size(d.arch)
    assert d.MULTIPROCESSOR_COUNT > 0 and d.MAX_THREADS_PER_BLOCK == 1024
    assert hip.detect() is True


@gpu
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.uint8])
@pytest.mark.parametrize("shape", [(0,), (7,), (33, 5)])
def test_round_trips_and_views(dtype, shape):
    host = (rng.random(shape) * 100).astype(dtype)
    d = hip.to_device(host)
    assert isinstance(d, hip.DeviceNDArray)
    np.testing.assert_array_equal(d.copy_to_host(), host)
    if host.ndim == 2:
        np.testing.assert_array_equal(d[1:, ::2].copy_to_host(), host[1:, ::2])
        d[1:, ::2] = 3
        host[1:, ::2] = 3
        np.testing.assert_array_equal(d.copy_to_host(), host)
    e = hip.device_array_like(host)
    e.copy_to_device(d)
    np.testing.assert_array_equal(e.copy_to_host(), host)


@gpu
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [1, 1000, 1 << 20])
def test_axpy_on_device_arrays(dtype, n):
    x, y = rng.random(n).astype(dtype), rng.random(n).astype(dtype)
    dx, dy, dout = hip.to_device(x), hip.to_device(y), hip.device_array(n, dtype)
    hip.jit(k.axpy)[(n + 255) // 256, 256](dtype(2.5), dx, dy, dout)
    np.testing.assert_allclose(dout.copy_to_host(), dtype(2.5) * x + y, rtol=1e-6)


@gpu
def test_host_arrays_are_copied_in_and_back_with_a_warning():
    x = np.arange(100, dtype=np.float64)
    out = np.zeros(100)
    with pytest.warns(PennaPerformanceWarning, match="hip.to_device"):
        hip.jit(k.axpy)[1, 128](3.0, x, x, out)
    np.testing.assert_array_equal(out, 4 * x)


@gpu
def test_streams_and_events():
    n = 1 << 20
    s = hip.stream()
    start, end = hip.event(), hip.event()
    start.record(s)
    d = hip.to_device(np.full(n, 1.5, np.float32), stream=s)
    hip.jit(k.axpy)[n // 256, 256, s](np.float32(2), d, d, d)
    result = d.copy_to_host(stream=s)
    end.record(s)
    end.synchronize()
    assert hip.event_elapsed_time(start, end) > 0
    np.testing.assert_array_equal(result, 4.5)


@gpu
def test_launch_errors_are_exceptions():
    with pytest.raises(ValueError, match="exceeds"):
        hip.jit(k.axpy)[1, 2048](1.0, hip.to_device(np.ones(4)), hip.to_device(np.ones(4)),
                                 hip.to_device(np.ones(4)))
    with pytest.raises(ValueError, match="32 bits"):
        hip.jit(k.axpy)[1 << 23, 1024](1.0, hip.to_device(np.ones(4)), hip.to_device(np.ones(4)),
                                       hip.to_device(np.ones(4)))
