"""The CUDA runtime: device arrays in GPU memory, launches, streams, events,
interop and driver errors on a real GPU; without one, the clear errors and
the device arrays' view arithmetic (which never touches memory).

The kernel suite itself runs on a GPU with
``PENNA_CUDA_TEST_TARGET=cuda pytest tests/python/test_cuda_on_cpu.py``."""

import warnings

import numpy as np
import pytest

from penna import cuda
from penna import _gpuarray, _native
from penna.errors import CudaAPIError, CudaSupportError, PennaPerformanceWarning

from . import cuda_kernels as k

gpu = pytest.mark.skipif(not cuda.is_available(), reason="needs an NVIDIA GPU and its driver")
rng = np.random.default_rng(11)


# ---- without a GPU ----

@pytest.mark.skipif(cuda.is_available(), reason="checks the errors of a machine without a GPU")
def test_no_driver_errors_name_the_cause_and_the_cpu_mode():
    with pytest.raises(CudaSupportError, match="no CUDA driver or GPU.*PENNA_GPU_ON_CPU"):
        cuda.jit(k.axpy)[1, 32](np.float32(1), np.ones(4, np.float32), np.ones(4, np.float32),
                                np.ones(4, np.float32))
    for call in (lambda: cuda.select_device(0), cuda.get_current_device, cuda.list_devices,
                 lambda: cuda.current_context().get_memory_info(), lambda: cuda._native.DeviceMemory(16)):
        with pytest.raises(CudaSupportError, match="CUDA driver"):
            call()
    assert len(cuda.gpus) == 0 and list(cuda.gpus) == []
    assert cuda.is_available() is False and cuda.detect() is False
    # Device arrays fall back to host memory, where CPU kernels use them.
    d = cuda.to_device(np.arange(5.0))
    assert not isinstance(d, cuda.DeviceNDArray)
    np.testing.assert_array_equal(d.copy_to_host(), np.arange(5.0))
    cuda.synchronize()
    s = cuda.stream()
    s.synchronize()
    assert s.handle == 0 and s.query()


def test_events_time_cpu_kernels():
    start, end = cuda.event(), cuda.event()
    x = np.ones(10000)
    start.record()
    cuda.jit(k.axpy, target="cpu")[40, 256](2.0, x, x, x)
    end.record()
    end.synchronize()
    assert cuda.event_elapsed_time(start, end) >= 0
    np.testing.assert_array_equal(x, 3.0)


def fake(shape, dtype=np.float64, order="C", ptr=0x10000):
    """A device array at a made-up address: only its geometry is used."""
    dtype = np.dtype(dtype)
    strides = _gpuarray._dense_strides(shape, dtype.itemsize, order)
    return _gpuarray.DeviceNDArray._make(ptr, shape, strides, dtype, None, 0)


def test_device_array_views_match_numpy_geometry():
    d = fake((6, 8, 10))
    host = np.empty((6, 8, 10))
    for index in [(1,), (slice(1, 5), 2), (Ellipsis, slice(None, None, -2)), (slice(None), None, 3),
                  (slice(2, 4), slice(None, None, 3), slice(1, 2))]:
        view, expect = d[index], host[index]
        assert view.shape == expect.shape and view.strides == expect.strides, index
        offset = expect.__array_interface__["data"][0] - host.__array_interface__["data"][0]
        assert view._ptr == 0x10000 + offset, index
    assert d.T.shape == (10, 8, 6) and d.T.strides == host.T.strides
    assert d.T._penna_type == "float64[::1, :, :]" and d.T.is_f_contiguous()
    assert d._penna_type == "float64[:, :, ::1]"
    assert d[:, 1]._penna_type == "float64[:, :]"
    assert d.reshape(48, 10).strides == (80, 8) and d.ravel().shape == (480,)
    assert d.view(np.int32).shape == (6, 8, 20) and d.view(np.int32).dtype == np.int32
    with pytest.raises(NotImplementedError, match="needs no copy"):
        d[:, ::2].reshape(-1)
    with pytest.raises(IndexError, match="integers, slices"):
        d[np.array([0, 1])]
    f = fake((3, 4), np.float32, order="F")
    assert f._penna_type == "float32[::1, :]" and f.__cuda_array_interface__["strides"] == (4, 12)
    assert d.__cuda_array_interface__ == {"shape": (6, 8, 10), "strides": None, "data": (0x10000, False),
                                          "typestr": "<f8", "version": 3, "stream": None}
    assert [p.shape for p in fake((10,)).split(4)] == [(4,), (4,), (2,)]


def test_extent_of_strided_views():
    assert _gpuarray._extent((3, 4), (32, 8), 8) == (0, 2 * 32 + 3 * 8 + 8)
    assert _gpuarray._extent((5,), (-8,), 8) == (-32, 8)
    assert _gpuarray._extent((0, 4), (32, 8), 8) == (0, 0)


# ---- on a GPU ----

@gpu
def test_device_reports_itself():
    d = cuda.get_current_device()
    assert d.id == 0 and d.compute_capability >= (7, 0) and d.WARP_SIZE == 32
    assert d.MULTIPROCESSOR_COUNT > 0 and d.MAX_THREADS_PER_BLOCK == 1024
    free, total = cuda.current_context().get_memory_info()
    assert 0 < free <= total
    assert cuda.select_device(0).id == 0 and len(cuda.gpus) >= 1
    with pytest.raises(CudaSupportError, match="there is no CUDA device"):
        cuda.select_device(len(cuda.gpus))
    assert cuda.detect() is True


@gpu
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.uint8])
@pytest.mark.parametrize("shape", [(0,), (7,), (33, 5), (4, 3, 10)])
def test_round_trips_views_and_fills(dtype, shape):
    host = (rng.random(shape) * 100).astype(dtype)
    d = cuda.to_device(host)
    assert isinstance(d, cuda.DeviceNDArray) and d.shape == host.shape and d.dtype == host.dtype
    np.testing.assert_array_equal(d.copy_to_host(), host)
    if host.ndim >= 2:
        np.testing.assert_array_equal(d[1:, ::2].copy_to_host(), host[1:, ::2])
        np.testing.assert_array_equal(d.T.copy_to_host(), host.T)
        d[1:, ::2] = 3
        host[1:, ::2] = 3
        np.testing.assert_array_equal(d.copy_to_host(), host)
    if host.size:
        assert d[(0,) * host.ndim] == host[(0,) * host.ndim]
    out = np.empty_like(host)
    assert d.copy_to_host(out) is out
    np.testing.assert_array_equal(out, host)
    e = cuda.device_array_like(host)
    e.copy_to_device(d)
    np.testing.assert_array_equal(e.copy_to_host(), host)


@gpu
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [1, 1000, 1 << 20])
def test_axpy_on_device_arrays(dtype, n):
    x, y = rng.random(n).astype(dtype), rng.random(n).astype(dtype)
    dx, dy, dout = cuda.to_device(x), cuda.to_device(y), cuda.device_array(n, dtype)
    kernel = cuda.jit(k.axpy)
    kernel[(n + 255) // 256, 256](dtype(2.5), dx, dy, dout)
    np.testing.assert_allclose(dout.copy_to_host(), dtype(2.5) * x + y, rtol=1e-6)
    # Views are arguments too: every other element, written in place.
    kernel[(n + 255) // 256, 256](dtype(1), dx[::2], dy[::2], dout[::2])
    np.testing.assert_allclose(dout.copy_to_host()[::2], x[::2] + y[::2], rtol=1e-6)


@gpu
def test_host_arrays_are_copied_in_and_back_with_a_warning():
    x = np.arange(100, dtype=np.float64)
    out = np.zeros((100, 2))[:, 0]   # not contiguous: copied through a contiguous array
    with pytest.warns(PennaPerformanceWarning, match="copied to the device and back"):
        cuda.jit(k.axpy)[1, 128](3.0, x, x, out)
    np.testing.assert_array_equal(out, 4 * x)


@gpu
def test_streams_events_and_pinned_memory():
    n = 1 << 22
    host = cuda.pinned_array(n, np.float32)
    host[:] = 1.5
    s = cuda.stream()
    start, end = cuda.event(), cuda.event()
    start.record(s)
    d = cuda.to_device(host, stream=s)
    cuda.jit(k.axpy)[n // 256, 256, s](np.float32(2), d, d, d)
    result = d.copy_to_host(stream=s)
    end.record(s)
    end.synchronize()
    assert s.query() and end.query()
    assert cuda.event_elapsed_time(start, end) > 0
    np.testing.assert_array_equal(result, 4.5)


@gpu
def test_mapped_memory_is_used_in_place():
    m = cuda.mapped_array(1000, np.float64)
    m[:] = np.arange(1000)
    cuda.jit(k.axpy)[4, 256](2.0, m, m, m)
    cuda.synchronize()
    np.testing.assert_array_equal(m, 3 * np.arange(1000))


@gpu
def test_driver_errors_become_exceptions():
    with pytest.raises(ValueError, match="exceeds"):
        cuda.jit(k.axpy)[1, 2048](1.0, np.ones(4), np.ones(4), np.ones(4))
    with pytest.raises(CudaAPIError, match="out of memory|OUT_OF_MEMORY"):
        cuda.device_array(1 << 50, np.uint8)

    @cuda.jit
    def wild(a):
        a[10 ** 12] = 1.0          # an illegal address: the driver reports it at the next sync

    # Run in a subprocess: an illegal address poisons the context for the rest of the process.
    import subprocess
    import sys
    code = ("import numpy as np; from penna import cuda\n"
            "@cuda.jit\ndef wild(a):\n    a[10 ** 12] = 1.0\n"
            "d = cuda.device_array(4)\nwild[1, 1](d)\n"
            "try:\n    cuda.synchronize()\nexcept cuda.CudaAPIError as e:\n    print('CODE', e.code)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "CODE 700" in out.stdout, out.stdout + out.stderr


class DlpackOnly:
    """A DLPack producer without ``__cuda_array_interface__`` (as JAX is),
    claiming ``device`` for the memory of a NumPy array."""

    def __init__(self, host, device=(2, 0)):
        self.host, self.device, self.streams = host, device, []

    def __dlpack_device__(self):
        return self.device

    def __dlpack__(self, stream=None):
        self.streams.append(stream)
        if isinstance(self.host, np.ndarray):
            return self.host.__dlpack__()
        return self.host.__dlpack__(stream=stream)


@pytest.mark.parametrize("dtype", [np.bool_, np.int8, np.uint16, np.int32, np.int64, np.float16, np.float32,
                                   np.float64, np.complex128])
def test_dlpack_tensors_are_read_with_numpy_geometry(dtype):
    base = (rng.random((6, 8)) * 10).astype(dtype)
    for view in (base, base[1::2, ::3], base.T, base[2], base[:0]):
        name, ptr, shape, strides, device = _native.dlpack_view(view, None)
        assert (np.dtype(name), ptr, tuple(shape), tuple(strides)) == \
            (view.dtype, view.__array_interface__["data"][0], view.shape, view.strides)
        assert device == (1, 0)  # kDLCPU


def test_dlpack_producers_on_a_gpu_are_cuda_arrays():
    host = np.arange(24, dtype=np.float32).reshape(4, 6)[:, 1::2]
    producer = DlpackOnly(host)
    assert cuda.is_cuda_array(producer) and not cuda.is_cuda_array(DlpackOnly(host, (1, 0)))
    assert not cuda.is_cuda_array(host)  # NumPy's own DLPack is host memory
    view = cuda.as_cuda_array(producer)
    assert (view._ptr, view.shape, view.strides, view.dtype) == \
        (host.__array_interface__["data"][0], host.shape, host.strides, host.dtype)
    assert producer.streams == [1]  # asked to order its work before the legacy default stream
    with pytest.raises(TypeError, match="DLPack"):
        cuda.as_cuda_array(DlpackOnly(host, (1, 0)))


@gpu
def test_cupy_arrays_are_used_in_place():
    cupy = pytest.importorskip("cupy")
    x = cupy.arange(1000, dtype=cupy.float32)
    out = cupy.zeros(1000, dtype=cupy.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error", PennaPerformanceWarning)
        cuda.jit(k.axpy)[4, 256](np.float32(2), x, x, out)
    np.testing.assert_array_equal(cupy.asnumpy(out), 3 * np.arange(1000, dtype=np.float32))
    view = cuda.as_cuda_array(out)
    assert view._ptr == out.data.ptr and view.shape == (1000,)
    back = cupy.asarray(cuda.to_device(np.arange(10.0)))
    np.testing.assert_array_equal(cupy.asnumpy(back), np.arange(10.0))


@gpu
def test_dlpack_only_producers_are_used_in_place():
    cupy = pytest.importorskip("cupy")
    x = cupy.arange(1000, dtype=cupy.float32)
    out = cupy.zeros(1000, dtype=cupy.float32)
    wrapped = DlpackOnly(out, out.__dlpack_device__())
    with warnings.catch_warnings():
        warnings.simplefilter("error", PennaPerformanceWarning)
        cuda.jit(k.axpy)[4, 256](np.float32(2), x, x, wrapped)
    np.testing.assert_array_equal(cupy.asnumpy(out), 3 * np.arange(1000, dtype=np.float32))
    assert wrapped.streams == [1]


@gpu
def test_torch_tensors_are_used_in_place():
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("PyTorch was built without CUDA")
    x = torch.arange(1000, dtype=torch.float64, device="cuda")
    out = torch.zeros(1000, dtype=torch.float64, device="cuda")
    cuda.jit(k.axpy)[4, 256](2.0, x, x, out)
    torch.cuda.synchronize()
    np.testing.assert_array_equal(out.cpu().numpy(), 3 * np.arange(1000.0))
