"""AMD GPU kernels with ``numba.cuda``'s API: ``from penna import hip``.

::

    from penna import hip as cuda      # CUDA code ports by changing the import

    @cuda.jit
    def axpy(a, x, y, out):
        i = cuda.grid(1)
        if i < out.size:
            out[i] = a * x[i] + y[i]

The kernel API is ``penna.cuda``'s, name for name (``threadIdx``, ``grid``,
``shared.array``, ``syncthreads*``, ``atomic.*``, ``shfl_*_sync``, votes,
``random``, ``math``), with the same semantics: **warps are 32 lanes on every
AMD GPU**, so code written for CUDA's warps (``laneid``, ``0xffffffff`` masks,
shuffle offsets 16..1) is correct on 64-wide CDNA hardware too.
``wavefront_size(arch)`` tells the hardware's width.

Kernels compile to AMD code objects through LLVM's AMDGPU back end, without a
GPU: ``hip.compile_hsaco(fn, sig, arch="gfx90a")`` gives the loadable code
object, ``kernel.inspect_asm(sig)`` the GCN assembly. Architectures: gfx908,
gfx90a, gfx942 (CDNA 1-3), gfx1030, gfx1100-gfx1102, gfx1200, gfx1201 (RDNA
2-4). Math functions come from ROCm's device libraries (Debian's
``rocm-device-libs``, ``ROCM_PATH``, or ``PENNA_ROCM_DEVICE_LIBS``); code
objects are linked by LLVM's ``ld.lld``. Float atomic adds are native where
the hardware's instructions are safe (gfx942); on gfx90a they are
compare-and-swap loops unless ``hip.jit(unsafe_fp_atomics=True)``, which is
correct for device memory but not for host-mapped memory.

Kernels run on the CPU with ``hip.jit(target="cpu")`` or ``PENNA_GPU_ON_CPU=1``,
exactly as ``penna.cuda``'s do. On an AMD GPU (``libamdhip64`` is loaded when
first needed), kernels compile for the device's architecture and launch
natively; arrays from PyTorch on ROCm (``__cuda_array_interface__``) and
DLPack producers in ROCm memory (CuPy on ROCm) are used in place, NumPy arrays
are copied in and back. Without the runtime or a device, launching on the GPU
raises ``HipSupportError`` naming the CPU mode.
"""

import functools as _functools
import os as _os

from . import _devicearray as _host_arrays
from . import _gpuarray as _gpu_arrays
from . import _native
from . import cuda as _cuda
from .cuda import (  # noqa: F401  (the kernel API: one set of names for every GPU)
    threadIdx, blockIdx, blockDim, gridDim, laneid, warpsize, shared, local, atomic,
    grid, gridsize, syncthreads, syncthreads_count, syncthreads_and, syncthreads_or, syncwarp,
    threadfence, threadfence_block, threadfence_system, shfl_sync, shfl_up_sync, shfl_down_sync,
    shfl_xor_sync, all_sync, any_sync, ballot_sync, activemask, popc, brev, clz, ffs, fma, cbrt,
    event_elapsed_time,
)
from ._gpuarray import HipDeviceNDArray as DeviceNDArray  # noqa: F401
from .errors import HipAPIError, HipSupportError  # noqa: F401
from .types import (  # noqa: F401
    boolean, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64, void,
)

__all__ = [
    "jit", "compile_hsaco", "is_available", "detect", "HipSupportError", "HipAPIError", "wavefront_size",
    "ARCHITECTURES", "DEFAULT_ARCH", "runtime_version",
    "to_device", "device_array", "device_array_like", "pinned_array", "mapped_array", "synchronize",
    "DeviceNDArray", "as_hip_array", "is_hip_array",
    "stream", "default_stream", "external_stream", "event", "event_elapsed_time",
    "select_device", "get_current_device", "list_devices",
    "threadIdx", "blockIdx", "blockDim", "gridDim", "laneid", "warpsize", "grid", "gridsize",
    "shared", "local", "atomic", "syncthreads", "syncthreads_count", "syncthreads_and",
    "syncthreads_or", "syncwarp", "threadfence", "threadfence_block", "threadfence_system",
    "shfl_sync", "shfl_up_sync", "shfl_down_sync", "shfl_xor_sync", "all_sync", "any_sync",
    "ballot_sync", "activemask", "popc", "brev", "clz", "ffs", "fma", "cbrt",
]

#: The architectures penna compiles for, and their hardware wavefront width
#: (the AMDGPU back end's table).
ARCHITECTURES = dict(_native.hip_architectures())

#: The architecture kernels compile for when none is given and no device is present.
DEFAULT_ARCH = "gfx90a"

_HIP_OPTIONS = _cuda._JIT_OPTIONS | {"arch", "unsafe_fp_atomics", "code_object_version"}


def wavefront_size(arch=None):
    """The hardware wavefront width of ``arch`` (the current device's, or
    ``DEFAULT_ARCH``'s, when not given): 64 on CDNA, 32 on RDNA. Kernels see
    32-lane warps regardless."""
    arch = _base_arch(arch or _current_arch())
    try:
        return ARCHITECTURES[arch]
    except KeyError:
        raise ValueError(f"unknown AMD GPU architecture {arch!r}; penna knows {', '.join(ARCHITECTURES)}") from None


def _base_arch(arch):
    """``gfx90a`` of ``gfx90a:sramecc+:xnack-`` (as HIP reports it)."""
    return str(arch).split(":")[0].strip()


def _current_arch():
    if _native.hip_available():
        return _native.hip_device_info()["arch"]
    return DEFAULT_ARCH


# ---- the runtime ----

def is_available():
    """Whether the HIP runtime and at least one AMD GPU are present."""
    return _native.hip_available()


def runtime_version():
    """``hipRuntimeGetVersion()`` (ROCm 5.2.3 is 50221153), or ``None``
    without ``libamdhip64``."""
    return _native.hip_runtime_version()


def detect():
    """Prints the AMD GPUs found (or why there are none); returns whether one is usable."""
    if not _native.hip_available():
        print(_native.hip_unavailable_reason())
        return False
    print(f"Found {_native.hip_device_count()} AMD GPUs (HIP runtime {runtime_version()}, "
          f"{_native.hip_library()})")
    for d in list_devices():
        print(f"id {d.id} {d.name!r:>30} {d.gcn_arch_name}, {d.MULTIPROCESSOR_COUNT} compute units, "
              f"wavefront {d.WAVEFRONT_SIZE}")
    return True


def _require_runtime():
    if not _native.hip_available():
        raise HipSupportError(
            f"no HIP runtime or AMD GPU is available on this machine ({_native.hip_unavailable_reason()}), "
            "so kernels cannot be launched on a GPU; "
            "run them on the CPU with hip.jit(target=\"cpu\") or PENNA_GPU_ON_CPU=1 "
            "(kernels also still compile: hip.compile_hsaco, kernel.inspect_asm)")


class Device:
    """An AMD GPU: ``id``, ``name``, ``arch`` and the runtime's attributes in
    capitals (``MULTIPROCESSOR_COUNT``, ``WAVEFRONT_SIZE``, ...)."""

    def __init__(self, info):
        self._info = dict(info)
        self.id = info["id"]
        self.name = info["name"]
        self.arch = info["arch"]

    def __getattr__(self, name):
        try:
            return self.__dict__["_info"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self):
        return f"<HIP device {self.id} '{self.name}' {self.arch}>"


def select_device(device_id):
    """Makes device ``device_id`` current for this thread."""
    return Device(_native.hip_select_device(device_id))


def get_current_device():
    return Device(_native.hip_device_info())


def list_devices():
    if not _native.hip_available():
        return []
    return [Device(_native.hip_device_info(i)) for i in range(_native.hip_device_count())]


def synchronize():
    """Waits for all work on the current device (kernels run on the CPU
    finish before their launch returns)."""
    if _native.hip_available():
        _native.hip_synchronize()


# ---- device arrays, streams, events ----

def _gpu_arrays_now():
    """Whether device arrays made now go to an AMD GPU (else host memory,
    for kernels run on the CPU)."""
    return _os.environ.get("PENNA_GPU_ON_CPU", "") in ("", "0") and _native.hip_available()


def to_device(obj, stream=0, copy=True, to=None):
    """A device array holding a copy of ``obj`` (or ``to`` filled with it)."""
    if to is not None:
        to.copy_to_device(obj, stream=stream)
        return to
    if _gpu_arrays_now():
        return _gpu_arrays.to_device(obj, stream=stream, copy=copy, rt=_gpu_arrays.HIP)
    return _host_arrays.to_device(obj, stream=stream, copy=copy)


def device_array(shape, dtype=float, strides=None, order="C", stream=0):
    """An uninitialised device array."""
    if _gpu_arrays_now():
        return _gpu_arrays.device_array(shape, dtype, strides, order, stream, rt=_gpu_arrays.HIP)
    return _host_arrays.device_array(shape, dtype, strides=strides, order=order, stream=stream)


def device_array_like(ary, stream=0):
    """An uninitialised device array of ``ary``'s shape, dtype and order."""
    if _gpu_arrays_now():
        return _gpu_arrays.device_array_like(ary, stream=stream, rt=_gpu_arrays.HIP)
    return _host_arrays.device_array_like(ary, stream=stream)


def pinned_array(shape, dtype=float, strides=None, order="C"):
    """A host array in page-locked memory (ordinary memory without a GPU)."""
    if _gpu_arrays_now():
        return _gpu_arrays.pinned_array(shape, dtype, strides, order, rt=_gpu_arrays.HIP)
    import numpy as np
    return np.empty(shape, dtype=dtype, order=order)


def mapped_array(shape, dtype=float, strides=None, order="C", stream=0, portable=False, wc=False):
    """A host array kernels use in place (mapped page-locked memory on a
    GPU: fine-grained, so float atomics there need safe atomics)."""
    if _gpu_arrays_now():
        return _gpu_arrays.mapped_array(shape, dtype, strides, order, rt=_gpu_arrays.HIP)
    return pinned_array(shape, dtype, strides, order)


def is_hip_array(obj):
    """Whether kernels take ``obj`` in place: ``__cuda_array_interface__``
    (PyTorch on ROCm) or DLPack in ROCm memory (CuPy on ROCm)."""
    return _gpu_arrays.is_cuda_array(obj, rt=_gpu_arrays.HIP)


def as_hip_array(obj, sync=True):
    """A device array viewing ``obj``'s AMD GPU memory (no copy)."""
    return _gpu_arrays.as_cuda_array(obj, sync=sync, rt=_gpu_arrays.HIP)


class Stream(_cuda.Stream):
    """A HIP stream (``hip.stream()``); on the CPU, kernels complete in launch order."""

    def synchronize(self):
        if _native.hip_available():
            _native.hip_stream_synchronize(self.handle)

    def query(self):
        return _native.hip_stream_idle(self.handle) if _native.hip_available() else True

    def __repr__(self):
        return f"<penna.hip stream {self.handle:#x}>"


def stream():
    """A new stream on the current device."""
    if _gpu_arrays_now():
        native = _native.HipStream()
        return Stream(native.handle, native)
    return Stream()


def default_stream():
    return Stream(0)


def external_stream(ptr):
    """A stream made elsewhere (PyTorch's ``cuda_stream`` on ROCm, CuPy's ``ptr``)."""
    return Stream(int(ptr))


class Event(_cuda.Event):
    """A point in a stream (``hip.event()``); on the CPU, a host timestamp."""

    def __init__(self, timing=True):
        self._native = _native.HipEvent(timing) if _gpu_arrays_now() else None
        self._time = None


def event(timing=True):
    return Event(timing)


# ---- compilation ----

class _HipCompiled(_cuda._Compiled):
    _api = "hip"
    _options_known = _HIP_OPTIONS
    _asm_stage = "asm"

    def _gpu_target(self, arch):
        return {
            "arch": _base_arch(arch or self._options.get("arch") or _current_arch()),
            "unsafe_fp_atomics": bool(self._options.get("unsafe_fp_atomics", False)),
            "code_object_version": int(self._options.get("code_object_version", 5)),
        }

    def inspect_asm(self, signature=None):
        """The GCN assembly per signature (or for ``signature``)."""
        return self._inspect(signature, "asm")


class Kernel(_HipCompiled, _cuda.Kernel):
    """A ``@hip.jit`` kernel: ``kernel[griddim, blockdim, stream, sharedmem](*args)``."""

    def _require_gpu(self):
        _require_runtime()

    def _stream_handle(self, stream):
        return _gpu_arrays.stream_handle(stream)

    def _configure_gpu(self):
        max_threads, min_blocks = self._launch_bounds()
        self._penna_dispatcher._gpu_configure(
            max_threads, min_blocks, self._options.get("max_registers"), None, backend="hip",
            unsafe_fp_atomics=bool(self._options.get("unsafe_fp_atomics", False)))
        self._gpu_configured = True

    @property
    def _launch_on_gpu(self):
        return _functools.partial(self._penna_dispatcher._gpu_launch, backend="hip")


class DeviceFunction(_HipCompiled, _cuda.DeviceFunction):
    """A ``@hip.jit(device=True)`` function: callable from kernels."""


def jit(func_or_sig=None, device=False, **options):
    """Compile a kernel (or with ``device=True`` a device function) for AMD
    GPUs: ``numba.cuda.jit``'s options, plus ``arch`` (compile for this
    architecture rather than the current device's), ``unsafe_fp_atomics``
    and ``code_object_version`` (4 for runtimes older than ROCm 6)."""
    return _cuda._jit(Kernel, DeviceFunction, func_or_sig, device, options)


def compile_hsaco(pyfunc, sig, arch=None, device=False, fastmath=False, lineinfo=False,
                  unsafe_fp_atomics=False, code_object_version=5, abi="numba", abi_info=None):
    """The AMD code object (an ELF shared object ``hipModuleLoadData`` loads)
    for ``pyfunc`` compiled for ``sig`` and ``arch`` (default ``DEFAULT_ARCH``):
    ``(bytes, return type)``. Needs no GPU."""
    # A @hip.jit kernel compiles as its Python function, with its options
    # (launch_bounds, max_registers) under the ones given here.
    options = dict(getattr(pyfunc, "_options", {}))
    options.update(device=device, fastmath=fastmath, lineinfo=lineinfo, arch=arch or DEFAULT_ARCH,
                   unsafe_fp_atomics=unsafe_fp_atomics, code_object_version=code_object_version)
    compiled = _HipCompiled(getattr(pyfunc, "py_func", pyfunc), options)
    abi_name = (abi_info or {}).get("abi_name")
    code, _, ret = compiled._compile(sig, "object", abi=abi, abi_name=abi_name)
    return code, ret


# ``hip.random`` is ``cuda.random`` (attached by ``penna/__init__.py``).

