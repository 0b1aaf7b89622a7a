"""Device arrays in GPU memory: what ``cuda.to_device`` and
``cuda.device_array`` (and ``hip.``'s) return when a GPU is present.

One implementation serves both runtimes: a ``_Runtime`` (``CUDA``, ``HIP``)
is what arrays ask of the driver (allocation, copies, stream waits), and
each runtime has its array class (``DeviceNDArray``, ``HipDeviceNDArray``),
which the native base class tags so that a launch takes only its own.

A ``DeviceNDArray`` is an address on a device, extents, byte strides and a
dtype (the native base class ``penna._native.DeviceArray`` holds them, so a
launch reads them without Python calls) plus the object that keeps the
memory alive: a ``DeviceMemory`` allocation, or the CuPy / PyTorch / Numba
array it views (``cuda.as_cuda_array``). Views (slices, ``reshape``, ``T``)
share the memory. Slicing is computed by NumPy on a stand-in array whose
data pointer is a fake address that is never dereferenced; only basic
indices (integers, slices, ``None``, ``...``) are accepted, since advanced
indexing would read the data.

Copies without a stream (or on stream 0) return when done; on another
stream they are queued there, and the host memory must stay alive until
the stream reaches them.
"""

import ctypes as _ctypes

import numpy as _np

from . import _native

#: Where stand-in arrays pretend to live: aligned, non-null, never read.
_FAKE_BASE = 1 << 44


class _Runtime:
    """What device arrays ask of one GPU runtime (names of ``_native``'s
    functions and classes, looked up when used)."""

    def __init__(self, api, hip):
        self.api = api
        self.hip = hip
        self._prefix = api + "_"
        self.array_class = None  # set below, once the classes exist

    def copy(self, kind, dst, src, nbytes, stream):
        getattr(_native, self._prefix + "copy")(kind, dst, src, nbytes, stream_handle(stream))

    def synchronize(self, stream):
        getattr(_native, self._prefix + "stream_synchronize")(stream_handle(stream))

    def device_id(self):
        return getattr(_native, self._prefix + "device_info")()["id"]

    def memory(self, nbytes):
        return (_native.HipMemory if self.hip else _native.DeviceMemory)(nbytes)

    def pinned(self, nbytes, mapped):
        return (_native.HipPinnedMemory if self.hip else _native.PinnedMemory)(nbytes, mapped)


CUDA = _Runtime("cuda", hip=False)
HIP = _Runtime("hip", hip=True)


class _Interface:
    """An object exposing ``__array_interface__`` (for stand-in arrays)."""

    def __init__(self, ptr, shape, strides, dtype):
        self.__array_interface__ = {"data": (ptr, False), "shape": tuple(shape), "strides": tuple(strides),
                                    "typestr": dtype.str, "descr": dtype.descr, "version": 3}


def _stand_in(shape, strides, dtype):
    """A NumPy array with this geometry at the fake base address: slicing it
    computes views; its elements must never be read."""
    return _np.asarray(_Interface(_FAKE_BASE, shape, strides, dtype))


def _address(stand_in):
    return stand_in.__array_interface__["data"][0] - _FAKE_BASE


def _is_basic(index):
    items = index if isinstance(index, tuple) else (index,)
    return all(i is None or i is Ellipsis or isinstance(i, slice) or
               (hasattr(i, "__index__") and not isinstance(i, (bool, _np.bool_, _np.ndarray))) for i in items)


def _with_ellipsis(index):
    """``index`` as a tuple ending in (or containing) ``...``: NumPy then
    returns a 0-d view instead of reading an element."""
    items = index if isinstance(index, tuple) else (index,)
    return items if any(i is Ellipsis for i in items) else items + (Ellipsis,)


def _extent(shape, strides, itemsize):
    """Byte offsets (lowest, one past highest) the elements span; (0, 0) when empty."""
    if any(n == 0 for n in shape):
        return 0, 0
    lo = sum(s * (n - 1) for n, s in zip(shape, strides) if s < 0)
    hi = sum(s * (n - 1) for n, s in zip(shape, strides) if s > 0) + itemsize
    return lo, hi


def stream_handle(stream):
    """The driver handle of a stream given as 0/None, an int, a
    ``cuda.stream()``, a CuPy stream (``.ptr``) or a PyTorch stream (``.cuda_stream``)."""
    if stream is None or stream == 0:
        return 0
    if isinstance(stream, int):
        return stream
    for attr in ("handle", "ptr", "cuda_stream"):
        value = getattr(stream, attr, None)
        if isinstance(value, int):
            return value
    raise TypeError(f"not a CUDA stream: {stream!r}")


class _GpuArray(_native.DeviceArray):
    """An array in GPU memory (``numba.cuda``'s ``DeviceNDArray`` API); the
    subclass says whose (``DeviceNDArray``: CUDA, ``HipDeviceNDArray``: HIP)."""

    _rt = None

    @classmethod
    def _make(cls, ptr, shape, strides, dtype, owner, device, stream=0):
        self = cls(ptr, tuple(int(n) for n in shape), tuple(int(s) for s in strides), _np.dtype(dtype),
                   owner, device, cls._rt.hip)
        self.stream = stream
        return self

    def _copy(self, kind, dst, src, nbytes, stream):
        self._rt.copy(kind, dst, src, nbytes, stream)

    # ---- geometry ----

    itemsize = property(lambda self: self.dtype.itemsize)
    nbytes = property(lambda self: self.size * self.dtype.itemsize)
    alloc_size = property(lambda self: getattr(self._owner, "size", self.nbytes))
    device_ctypes_pointer = property(lambda self: _ctypes.c_void_p(self._ptr))

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of a 0-d device array")
        return self.shape[0]

    def _view(self, stand_in):
        return type(self)._make(self._ptr + _address(stand_in), stand_in.shape, stand_in.strides,
                                self.dtype, self._owner, self._device, self.stream)

    def _stand_in(self):
        return _stand_in(self.shape, self.strides, self.dtype)

    def is_c_contiguous(self):
        return self._stand_in().flags.c_contiguous

    def is_f_contiguous(self):
        return self._stand_in().flags.f_contiguous

    @property
    def __cuda_array_interface__(self):
        return {
            "shape": self.shape,
            "strides": None if self.is_c_contiguous() else self.strides,
            "data": (self._ptr, False),
            "typestr": self.dtype.str,
            "version": 3,
            "stream": stream_handle(self.stream) or None,
        }

    # ---- copies ----

    def copy_to_host(self, ary=None, stream=0):
        """The contents in a new host array, or copied into ``ary``."""
        stream = stream or self.stream
        stand_in = self._stand_in()
        if ary is not None and ary.shape == self.shape and ary.dtype == self.dtype and \
                ary.strides == self.strides and ary.flags.writeable and \
                (stand_in.flags.c_contiguous or stand_in.flags.f_contiguous):
            self._copy("dtoh", ary.ctypes.data, self._ptr, self.nbytes, stream)
            return ary
        if stand_in.flags.c_contiguous or stand_in.flags.f_contiguous:
            out = _np.empty(self.shape, self.dtype, order="C" if stand_in.flags.c_contiguous else "F")
            self._copy("dtoh", out.ctypes.data, self._ptr, self.nbytes, stream)
        else:
            # Fetch the bytes the view spans, then pick its elements out.
            lo, hi = _extent(self.shape, self.strides, self.itemsize)
            span = _np.empty(hi - lo, _np.uint8)
            self._copy("dtoh", span.ctypes.data, self._ptr + lo, hi - lo, 0)
            out = _np.ndarray(self.shape, self.dtype, buffer=span, offset=-lo, strides=self.strides).copy()
        if ary is None:
            return out
        _np.copyto(ary, out)
        return ary

    def copy_to_device(self, ary, stream=0):
        """Fills this array from a host array, a device array or anything
        with ``__cuda_array_interface__`` (same shape; host data is cast to
        this array's dtype and broadcast)."""
        stream = stream or self.stream
        stand_in = self._stand_in()
        dense = stand_in.flags.c_contiguous or stand_in.flags.f_contiguous
        if hasattr(ary, "__cuda_array_interface__") and not isinstance(ary, _np.ndarray):
            source = as_cuda_array(ary, rt=self._rt)
            if source.shape != self.shape or source.dtype != self.dtype:
                raise ValueError(f"cannot copy a device array of shape {source.shape} and dtype {source.dtype} "
                                 f"into one of shape {self.shape} and dtype {self.dtype}")
            if not (dense and source.strides == self.strides):
                raise ValueError("device-to-device copies need both arrays contiguous in the same order")
            self._copy("dtod", self._ptr, source._ptr, self.nbytes, stream)
            return
        host = _np.broadcast_to(_np.asarray(ary, dtype=self.dtype), self.shape)
        if dense:
            host = _np.ascontiguousarray(host) if stand_in.flags.c_contiguous else _np.asfortranarray(host)
            self._copy("htod", self._ptr, host.ctypes.data, self.nbytes, stream)
            return
        # A strided view: rewrite the bytes it spans (the gaps keep their values).
        lo, hi = _extent(self.shape, self.strides, self.itemsize)
        span = _np.empty(hi - lo, _np.uint8)
        self._copy("dtoh", span.ctypes.data, self._ptr + lo, hi - lo, stream)
        if stream:
            self._rt.synchronize(stream)
        _np.ndarray(self.shape, self.dtype, buffer=span, offset=-lo, strides=self.strides)[...] = host
        self._copy("htod", self._ptr + lo, span.ctypes.data, hi - lo, 0)

    def __array__(self, dtype=None, copy=None):
        out = self.copy_to_host()
        return out if dtype is None else out.astype(dtype)

    # ---- views ----

    def __getitem__(self, index):
        if not _is_basic(index):
            raise IndexError("device arrays take integers, slices, None and ... as indices "
                             "(copy_to_host() first for advanced indexing)")
        items = _with_ellipsis(index)
        view = self._stand_in()[items]
        scalar = view.ndim == 0 and not any(i is None for i in items)
        view = self._view(view)
        return view.copy_to_host()[()] if scalar else view

    def __setitem__(self, index, value):
        if not _is_basic(index):
            raise IndexError("device arrays take integers, slices, None and ... as indices")
        self._view(self._stand_in()[_with_ellipsis(index)]).copy_to_device(value)

    def reshape(self, *shape, order="C"):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        shape = tuple(int(n) for n in shape)
        if shape.count(-1) == 1:
            known = 1
            for n in shape:
                known *= n if n != -1 else 1
            shape = tuple(self.size // max(known, 1) if n == -1 else n for n in shape)
        size = 1
        for n in shape:
            size *= n
        if size != self.size or any(n < 0 for n in shape):
            raise ValueError(f"cannot reshape a device array of size {self.size} into shape {shape}")
        # Only dense arrays reshape without a copy (NumPy would copy the stand-in's fake memory).
        dense = self.is_c_contiguous() if order == "C" else self.is_f_contiguous()
        if not dense:
            raise NotImplementedError(
                "reshape of a device array needs no copy: it must be contiguous in that order")
        strides = _dense_strides(shape, self.itemsize, order)
        return type(self)._make(self._ptr, shape, strides, self.dtype, self._owner, self._device, self.stream)

    def ravel(self, order="C"):
        return self.reshape(self.size, order=order)

    def transpose(self, axes=None):
        return self._view(self._stand_in().transpose(axes))

    T = property(transpose)

    def view(self, dtype):
        shape, strides, dtype = _viewed(self.shape, self.strides, self.dtype, _np.dtype(dtype))
        return type(self)._make(self._ptr, shape, strides, dtype, self._owner, self._device, self.stream)

    def split(self, section, stream=0):
        """Views of consecutive ``section``-element pieces of a 1-D array."""
        if self.ndim != 1:
            raise ValueError("split() needs a 1-D device array")
        return [self[i:i + section] for i in range(0, self.size, section)]

    def __repr__(self):
        return (f"<penna.{self._rt.api} {type(self).__name__} shape={self.shape} dtype={self.dtype} "
                f"on device {self._device}>")


class DeviceNDArray(_GpuArray):
    """An array in NVIDIA GPU memory (``penna.cuda``)."""

    _rt = CUDA


class HipDeviceNDArray(_GpuArray):
    """An array in AMD GPU memory (``penna.hip``): ``DeviceNDArray``'s API."""

    _rt = HIP


CUDA.array_class = DeviceNDArray
HIP.array_class = HipDeviceNDArray


def _viewed(shape, strides, dtype, new):
    """(shape, strides, dtype) of a view of the data as dtype `new` (last axis rescaled)."""
    if new.itemsize == dtype.itemsize:
        return shape, strides, new
    if not shape or strides[-1] != dtype.itemsize or (shape[-1] * dtype.itemsize) % new.itemsize:
        raise ValueError(f"cannot view a device array of {dtype} as {new}")
    last = shape[-1] * dtype.itemsize // new.itemsize
    return shape[:-1] + (last,), strides[:-1] + (new.itemsize,), new


def _dense_strides(shape, itemsize, order):
    strides, step = [0] * len(shape), itemsize
    axes = range(len(shape)) if order == "F" else reversed(range(len(shape)))
    for k in axes:
        strides[k] = step
        step *= max(shape[k], 1)
    return tuple(strides)


def device_array(shape, dtype=_np.float64, strides=None, order="C", stream=0, rt=CUDA):
    """An uninitialised array on the current device of runtime ``rt``."""
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    dtype = _np.dtype(dtype)
    dense = _dense_strides(shape, dtype.itemsize, order)
    if strides is not None and tuple(strides) != dense:
        raise ValueError("device_array() with explicit strides is supported only for C or F order")
    size = 1
    for n in shape:
        size *= n
    memory = rt.memory(size * dtype.itemsize)
    return rt.array_class._make(memory.ptr, shape, dense, dtype, memory, memory.device, stream)


def device_array_like(ary, stream=0, rt=CUDA):
    if isinstance(ary, _GpuArray):
        fortran = ary.is_f_contiguous() and not ary.is_c_contiguous()
    else:
        fortran = ary.flags.f_contiguous and not ary.flags.c_contiguous
    order = "F" if fortran else "C"
    return device_array(ary.shape, ary.dtype, order=order, stream=stream, rt=rt)


def to_device(obj, stream=0, copy=True, to=None, rt=CUDA):
    """A device copy of host data (or ``to`` filled with it)."""
    if to is not None:
        to.copy_to_device(obj, stream=stream)
        return to
    if isinstance(obj, rt.array_class):
        return obj
    ary = _np.asarray(obj)
    order = "F" if ary.flags.f_contiguous and not ary.flags.c_contiguous else "C"
    out = device_array(ary.shape, ary.dtype, order=order, stream=stream, rt=rt)
    out.copy_to_device(ary, stream=stream)
    return out


_DLPACK_GPU_DEVICES = {
    False: (2, 3, 13),  # kDLCUDA, kDLCUDAHost, kDLCUDAManaged
    True: (10, 11),  # kDLROCM, kDLROCMHost
}


def _dlpack_on_gpu(obj, rt=CUDA):
    """Whether ``obj`` is a DLPack producer of memory runtime ``rt``'s GPU reaches."""
    device = getattr(obj, "__dlpack_device__", None)
    return (device is not None and hasattr(obj, "__dlpack__") and not isinstance(obj, _np.ndarray)
            and device()[0] in _DLPACK_GPU_DEVICES[rt.hip])


def is_cuda_array(obj, rt=CUDA):
    """Whether ``obj`` is GPU memory kernels take in place:
    ``__cuda_array_interface__``, or DLPack on the runtime's device."""
    return hasattr(obj, "__cuda_array_interface__") or _dlpack_on_gpu(obj, rt)


def from_cuda_array_interface(desc, owner=None, sync=True, rt=CUDA):
    """A device array viewing the memory ``desc`` (a ``__cuda_array_interface__``) describes."""
    dtype = _np.dtype(desc["typestr"])
    shape = tuple(desc["shape"])
    strides = desc.get("strides") or _dense_strides(shape, dtype.itemsize, "C")
    stream = desc.get("stream")
    if sync and stream:
        rt.synchronize(stream)
    return rt.array_class._make(desc["data"][0], shape, strides, dtype, owner, rt.device_id())


def as_cuda_array(obj, sync=True, rt=CUDA):
    """A device array viewing ``obj``'s memory (no copy): CuPy arrays,
    PyTorch tensors, anything with ``__cuda_array_interface__``, and DLPack
    producers on a CUDA device (JAX, TensorFlow)."""
    if isinstance(obj, rt.array_class):
        return obj
    if hasattr(obj, "__cuda_array_interface__"):
        return from_cuda_array_interface(obj.__cuda_array_interface__, owner=obj, sync=sync, rt=rt)
    if _dlpack_on_gpu(obj, rt):
        # The producer orders its work before the consumer's stream: CUDA's
        # legacy default stream (1), HIP's default stream (0).
        consumer = (0 if rt.hip else 1) if sync else None
        dtype, ptr, shape, strides, (_, device) = _native.dlpack_view(obj, consumer)
        return rt.array_class._make(ptr, tuple(shape), tuple(strides), _np.dtype(dtype), obj, device)
    raise TypeError(f"{type(obj).__name__} exposes neither __cuda_array_interface__ nor DLPack on a CUDA device")


class _MappedArray(_np.ndarray):
    """A host array in mapped page-locked memory: kernels use it in place."""

    def __array_finalize__(self, obj):
        self._mapping = getattr(obj, "_mapping", None)

    @property
    def __cuda_array_interface__(self):
        host_base, device_base = self._mapping
        return {"shape": self.shape, "strides": self.strides, "typestr": self.dtype.str, "version": 3,
                "data": (device_base + self.ctypes.data - host_base, False), "stream": None}


def _host_array(shape, dtype, order, mapped, rt=CUDA):
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    dtype = _np.dtype(dtype)
    nbytes = dtype.itemsize
    for n in shape:
        nbytes *= n
    memory = rt.pinned(nbytes, mapped)
    buffer = (_ctypes.c_byte * nbytes).from_address(memory.ptr)
    buffer._penna_memory = memory  # freed when the last array over it goes
    ary = _np.ndarray(shape, dtype, buffer=buffer, order=order)
    if mapped:
        ary = ary.view(_MappedArray)
        ary._mapping = (memory.ptr, memory.device_ptr)
    return ary


def pinned_array(shape, dtype=_np.float64, strides=None, order="C", rt=CUDA):
    """A host array in page-locked memory (faster, asynchronous copies)."""
    return _host_array(shape, dtype, order, mapped=False, rt=rt)


def mapped_array(shape, dtype=_np.float64, strides=None, order="C", stream=0, portable=False, wc=False, rt=CUDA):
    """A host array in page-locked memory mapped into the device: kernels
    read and write it in place."""
    return _host_array(shape, dtype, order, mapped=True, rt=rt)
