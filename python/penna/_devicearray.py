"""Device arrays in host memory: what ``cuda.to_device`` and
``cuda.device_array`` return while kernels run on the CPU.

They behave as ``numba.cuda``'s ``DeviceNDArray`` does (``copy_to_host``,
``copy_to_device``, slicing to views, ``shape``/``dtype``/``strides``), and
kernels run on the CPU read and write their memory directly.
"""

import numpy as _np


class DeviceNDArray:
    """An array a kernel can use, in host memory."""

    __slots__ = ("_ary", "stream")

    def __init__(self, ary, stream=0):
        self._ary = ary
        self.stream = stream

    # ---- what numba.cuda's device arrays expose ----

    shape = property(lambda self: self._ary.shape)
    strides = property(lambda self: self._ary.strides)
    dtype = property(lambda self: self._ary.dtype)
    ndim = property(lambda self: self._ary.ndim)
    size = property(lambda self: self._ary.size)
    nbytes = property(lambda self: self._ary.nbytes)
    itemsize = property(lambda self: self._ary.itemsize)
    alloc_size = nbytes

    def __len__(self):
        return len(self._ary)

    def copy_to_host(self, ary=None, stream=0):
        """A new host array with the contents, or ``ary`` filled with them."""
        if ary is None:
            return self._ary.copy()
        _np.copyto(ary, self._ary)
        return ary

    def copy_to_device(self, ary, stream=0):
        """Fills this array from a host array (or another device array)."""
        source = ary._ary if isinstance(ary, DeviceNDArray) else _np.asarray(ary)
        _np.copyto(self._ary, source.reshape(self._ary.shape))

    def __getitem__(self, index):
        item = self._ary[index]
        return DeviceNDArray(item, self.stream) if isinstance(item, _np.ndarray) else item

    def __setitem__(self, index, value):
        self._ary[index] = value._ary if isinstance(value, DeviceNDArray) else value

    def __array__(self, dtype=None, copy=None):
        return self._ary if dtype is None else self._ary.astype(dtype)

    def is_c_contiguous(self):
        return self._ary.flags.c_contiguous

    def is_f_contiguous(self):
        return self._ary.flags.f_contiguous

    def reshape(self, *shape, order="C"):
        return DeviceNDArray(self._ary.reshape(*shape, order=order), self.stream)

    def ravel(self, order="C"):
        return DeviceNDArray(self._ary.ravel(order=order), self.stream)

    def view(self, dtype):
        return DeviceNDArray(self._ary.view(dtype), self.stream)

    @property
    def T(self):
        return DeviceNDArray(self._ary.T, self.stream)

    def __repr__(self):
        return f"<penna.cuda DeviceNDArray (host memory) shape={self.shape} dtype={self.dtype}>"


def host_of(value):
    """The host array behind a device array; anything else unchanged. GPU
    memory cannot be read by kernels run on the CPU."""
    if isinstance(value, DeviceNDArray):
        return value._ary
    if hasattr(value, "__cuda_array_interface__") and not isinstance(value, _np.ndarray):
        raise TypeError(f"a kernel running on the CPU was given an array in GPU memory ({type(value).__name__}); "
                        "pass host arrays (copy_to_host()), or make device arrays with PENNA_GPU_ON_CPU=1 set")
    return value


def to_device(obj, stream=0, copy=True, to=None):
    if to is not None:
        to.copy_to_device(obj, stream=stream)
        return to
    ary = _np.array(obj, copy=True) if copy else _np.asarray(obj)
    return DeviceNDArray(ary, stream)


def device_array(shape, dtype=_np.float64, strides=None, order="C", stream=0):
    ary = _np.empty(shape, dtype=dtype, order=order)
    if strides is not None and ary.strides != tuple(strides):
        raise ValueError("device_array() with explicit strides is supported only for C or F order")
    return DeviceNDArray(ary, stream)


def device_array_like(ary, stream=0):
    order = "F" if ary.flags.f_contiguous and not ary.flags.c_contiguous else "C"
    return device_array(ary.shape, ary.dtype, order=order, stream=stream)
