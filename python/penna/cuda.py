"""NVIDIA GPU kernels with ``numba.cuda``'s API: ``from penna import cuda``.

::

    from penna import cuda

    @cuda.jit
    def axpy(a, x, y, out):
        i = cuda.grid(1)
        if i < out.size:
            out[i] = a * x[i] + y[i]

Kernels compile to PTX through LLVM's NVPTX back end, without a GPU:
``cuda.compile_ptx(fn, sig)`` and ``kernel.inspect_asm(sig)`` work anywhere.
Inside kernels: ``threadIdx blockIdx blockDim gridDim laneid warpsize``,
``grid gridsize``, ``shared.array`` (a shape of 0 is the dynamic shared memory
given at launch), ``local.array``, ``syncthreads`` (``_count _and _or``),
``syncwarp``, ``threadfence*``, ``atomic.add sub max min exch and_ or_ xor inc
dec cas``, ``shfl_sync shfl_up_sync shfl_down_sync shfl_xor_sync all_sync
any_sync ballot_sync activemask``, ``popc brev clz ffs fma cbrt`` and ``math``.
Math functions come from libdevice (``pip install nvidia-cuda-nvcc-cu12``, a
CUDA toolkit under ``CUDA_HOME``, or ``PENNA_LIBDEVICE``). An exception raised
in a kernel ends that thread, as in Numba without ``debug=True``.

Kernels run on the CPU with ``cuda.jit(target="cpu")`` or, for every kernel,
``PENNA_GPU_ON_CPU=1``: compiled natively, each block's threads run as loops
between barriers and the blocks spread over every core, with the GPU's
semantics (shared memory per block, barriers, 32-wide warps for shuffles and
votes, atomics); an exception names the thread and block that raised it, and
``racecheck=True`` reports shared-memory data races between barriers.
Device arrays (``to_device``, ``device_array``) live in host memory there.

On a GPU (the CUDA driver is loaded when first needed), kernels are
compiled for the current device's compute capability, loaded once per
device and launched natively: device arrays live in GPU memory, CuPy
arrays, PyTorch tensors and anything with ``__cuda_array_interface__`` are
used in place, NumPy arrays are copied in and back (with a
``PennaPerformanceWarning``). ``select_device``, ``get_current_device``,
``gpus``, ``stream``, ``event``, ``pinned_array``, ``mapped_array`` and
``synchronize`` follow ``numba.cuda``. Without a driver, launching on the
GPU raises ``CudaSupportError`` (naming the CPU mode as the way out).
"""

import functools as _functools
import os as _os
import site as _site
import sys as _sys
import time as _time

from . import _devicearray as _host_arrays
from . import _gpuarray as _gpu_arrays
from . import _native, _pickle
from . import types as _types
from ._gpuarray import (  # noqa: F401  (numba.cuda's names)
    DeviceNDArray, as_cuda_array, from_cuda_array_interface, is_cuda_array,
)
from ._native import Dispatcher as _Dispatcher, find_libdevice as _find_libdevice, parse_signature as _parse_signature
from .errors import CudaAPIError, CudaSupportError  # noqa: F401
from .types import (  # noqa: F401  (the scalar types Numba's cuda module exports)
    boolean, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64, void,
)

__all__ = [
    "jit", "compile_ptx", "is_available", "detect", "CudaSupportError", "CudaAPIError",
    "to_device", "device_array", "device_array_like", "pinned_array", "mapped_array", "synchronize",
    "stream", "default_stream", "legacy_default_stream", "per_thread_default_stream", "external_stream",
    "event", "event_elapsed_time", "DeviceNDArray", "as_cuda_array", "is_cuda_array",
    "from_cuda_array_interface", "select_device", "get_current_device", "list_devices", "gpus", "close",
    "current_context",
    "threadIdx", "blockIdx", "blockDim", "gridDim", "laneid", "warpsize", "grid", "gridsize",
    "shared", "local", "atomic", "syncthreads", "syncthreads_count", "syncthreads_and",
    "syncthreads_or", "syncwarp", "threadfence", "threadfence_block", "threadfence_system",
    "shfl_sync", "shfl_up_sync", "shfl_down_sync", "shfl_xor_sync", "all_sync", "any_sync",
    "ballot_sync", "activemask", "popc", "brev", "clz", "ffs", "fma", "cbrt",
]

#: Compute capability kernels compile for when none is given and no device is present.
DEFAULT_CC = (8, 0)

_JIT_OPTIONS = {"device", "fastmath", "lineinfo", "max_registers", "launch_bounds", "cache", "debug",
                "opt", "link", "inline", "boundscheck", "forceinline", "target", "racecheck"}


def _runs_on_cpu(options, api="cuda"):
    """Whether kernels compiled with `options` run on the CPU."""
    target = options.get("target")
    if target not in (None, api, "gpu", "cpu"):
        raise ValueError(f"{api}.jit target must be '{api}' or 'cpu', not {target!r}")
    if target is not None:
        return target == "cpu"
    return _os.environ.get("PENNA_GPU_ON_CPU", "") not in ("", "0")


def _gpu_arrays_now():
    """Whether device arrays made now go to a GPU (else host memory, for
    kernels run on the CPU)."""
    return _os.environ.get("PENNA_GPU_ON_CPU", "") in ("", "0") and _native.cuda_available()


def _arrays():
    return _gpu_arrays if _gpu_arrays_now() else _host_arrays


def to_device(obj, stream=0, copy=True, to=None):
    """A device array holding a copy of ``obj`` (or ``to`` filled with it)."""
    if to is not None:
        to.copy_to_device(obj, stream=stream)
        return to
    return _arrays().to_device(obj, stream=stream, copy=copy)


def device_array(shape, dtype=float, strides=None, order="C", stream=0):
    """An uninitialised device array."""
    return _arrays().device_array(shape, dtype, strides=strides, order=order, stream=stream)


def device_array_like(ary, stream=0):
    """An uninitialised device array of ``ary``'s shape, dtype and order."""
    return _arrays().device_array_like(ary, stream=stream)


def pinned_array(shape, dtype=float, strides=None, order="C"):
    """A host array in page-locked memory (ordinary memory without a GPU)."""
    if _gpu_arrays_now():
        return _gpu_arrays.pinned_array(shape, dtype, strides, order)
    import numpy as np
    return np.empty(shape, dtype=dtype, order=order)


def mapped_array(shape, dtype=float, strides=None, order="C", stream=0, portable=False, wc=False):
    """A host array kernels use in place (mapped page-locked memory on a GPU)."""
    if _gpu_arrays_now():
        return _gpu_arrays.mapped_array(shape, dtype, strides, order)
    return pinned_array(shape, dtype, strides, order)


def synchronize():
    """Waits for all work on the current device (kernels run on the CPU
    finish before their launch returns)."""
    if _native.cuda_available():
        _native.cuda_synchronize()


class Stream:
    """A CUDA stream (``cuda.stream()``); on the CPU, kernels complete in launch order."""

    def __init__(self, handle=0, owner=None):
        self.handle = handle
        self._owner = owner

    def synchronize(self):
        if _native.cuda_available():
            _native.cuda_stream_synchronize(self.handle)

    def query(self):
        """Whether all work queued on the stream is done."""
        return _native.cuda_stream_idle(self.handle) if _native.cuda_available() else True

    def auto_synchronize(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.synchronize()
        return False

    def __int__(self):
        return self.handle

    def __repr__(self):
        return f"<penna.cuda stream {self.handle:#x}>"


def stream():
    """A new stream on the current device."""
    if _gpu_arrays_now():
        native = _native.CudaStream()
        return Stream(native.handle, native)
    return Stream()


def default_stream():
    return Stream(0)


def legacy_default_stream():
    return Stream(1 if _native.cuda_available() else 0)


def per_thread_default_stream():
    return Stream(2 if _native.cuda_available() else 0)


def external_stream(ptr):
    """A stream made elsewhere (CuPy's ``stream.ptr``, PyTorch's ``cuda_stream``)."""
    return Stream(int(ptr))


class Event:
    """A point in a stream (``cuda.event()``): ``record``, ``synchronize``,
    ``wait``, ``query``, ``elapsed_time``. On the CPU, a host timestamp."""

    def __init__(self, timing=True):
        self._native = _native.CudaEvent(timing) if _gpu_arrays_now() else None
        self._time = None

    def record(self, stream=0):
        if self._native is not None:
            self._native.record(_gpu_arrays.stream_handle(stream))
        else:
            self._time = _time.perf_counter()

    def synchronize(self):
        if self._native is not None:
            self._native.synchronize()

    def wait(self, stream=0):
        if self._native is not None:
            self._native.wait(_gpu_arrays.stream_handle(stream))

    def query(self):
        return self._native.query() if self._native is not None else True

    def elapsed_time(self, end):
        """Milliseconds from this event to ``end``."""
        if self._native is not None:
            return self._native.elapsed_time(end._native)
        if self._time is None or end._time is None:
            raise RuntimeError("elapsed_time() needs both events recorded")
        return (end._time - self._time) * 1e3


def event(timing=True):
    return Event(timing)


def event_elapsed_time(evtstart, evtend):
    return evtstart.elapsed_time(evtend)


class Device:
    """A GPU: ``id``, ``name``, ``compute_capability`` and the driver's
    attributes in capitals (``MULTIPROCESSOR_COUNT``, ``WARP_SIZE``, ...)."""

    def __init__(self, info):
        self._info = dict(info)
        self.id = info["id"]
        self.name = info["name"]
        self.compute_capability = tuple(info["compute_capability"])
        self._previous = []

    def __getattr__(self, name):
        try:
            return self.__dict__["_info"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __enter__(self):
        self._previous.append(get_current_device().id)
        select_device(self.id)
        return self

    def __exit__(self, *exc):
        select_device(self._previous.pop())
        return False

    def __repr__(self):
        return f"<CUDA device {self.id} '{self.name}'>"


def select_device(device_id):
    """Makes device ``device_id`` current for this thread."""
    return Device(_native.cuda_select_device(device_id))


def get_current_device():
    return Device(_native.cuda_device_info())


def list_devices():
    return [Device(_native.cuda_device_info(i)) for i in range(_native.cuda_device_count())]


class _Gpus:
    """``cuda.gpus``: the devices, indexable; ``with cuda.gpus[1]:`` selects one."""

    def __len__(self):
        return _native.cuda_device_count() if _native.cuda_available() else 0

    def __getitem__(self, i):
        return Device(_native.cuda_device_info(i))

    def __iter__(self):
        return iter(list_devices() if _native.cuda_available() else [])

    @property
    def current(self):
        return get_current_device()


gpus = _Gpus()


class _Context:
    """``cuda.current_context()``: the current device's primary context."""

    @property
    def device(self):
        return get_current_device()

    def get_memory_info(self):
        """(free, total) bytes of device memory."""
        return _native.cuda_memory_info()

    def synchronize(self):
        synchronize()


def current_context():
    return _Context()


def close():
    """Numba releases the context here; penna keeps it for the process (a no-op)."""


# ---- the kernel API's names, usable only inside kernels ----

def _device_only(name):
    def stub(*args, **kwargs):
        raise RuntimeError(f"cuda.{name}() can only be called inside a @cuda.jit kernel")
    stub.__name__ = name
    stub.__qualname__ = name
    return stub


class _Namespace:
    """``cuda.threadIdx``, ``cuda.shared``, ...: resolved by the compiler by name."""

    def __init__(self, name, members=()):
        self.__name__ = name
        for m in members:
            setattr(self, m, _device_only(f"{name}.{m}"))

    def __repr__(self):
        return f"<penna.cuda.{self.__name__}>"


class _Dim3(_Namespace):
    def __getattr__(self, axis):
        if axis in ("x", "y", "z"):
            raise RuntimeError(f"cuda.{self.__name__}.{axis} can only be read inside a @cuda.jit kernel")
        raise AttributeError(axis)


threadIdx = _Dim3("threadIdx")
blockIdx = _Dim3("blockIdx")
blockDim = _Dim3("blockDim")
gridDim = _Dim3("gridDim")
shared = _Namespace("shared", ["array"])
local = _Namespace("local", ["array"])
atomic = _Namespace("atomic", ["add", "sub", "max", "min", "exch", "and_", "or_", "xor", "inc", "dec", "cas"])
laneid = _Namespace("laneid")
warpsize = 32

for _name in ["grid", "gridsize", "syncthreads", "syncthreads_count", "syncthreads_and", "syncthreads_or",
              "syncwarp", "threadfence", "threadfence_block", "threadfence_system", "shfl_sync",
              "shfl_up_sync", "shfl_down_sync", "shfl_xor_sync", "all_sync", "any_sync", "ballot_sync",
              "activemask", "popc", "brev", "clz", "ffs", "fma", "cbrt"]:
    globals()[_name] = _device_only(_name)
del _name


# ---- the driver ----

def is_available():
    """Whether a CUDA driver and at least one device are present."""
    return _native.cuda_available()


def detect():
    """Prints the CUDA devices found; returns whether one is usable."""
    if not _native.cuda_available():
        print(f"no CUDA device found: {_native.cuda_unavailable_reason()}")
        return False
    major, minor = _native.cuda_driver_version()
    print(f"Found {_native.cuda_device_count()} CUDA devices (driver for CUDA {major}.{minor})")
    for d in list_devices():
        cc = d.compute_capability
        print(f"id {d.id} {d.name!r:>30} compute capability {cc[0]}.{cc[1]}, "
              f"{d.MULTIPROCESSOR_COUNT} multiprocessors, {d.total_memory / 2**30:.1f} GiB")
    return True


def _require_driver():
    if not _native.cuda_available():
        raise CudaSupportError(
            f"no CUDA driver or GPU is available on this machine ({_native.cuda_unavailable_reason()}), "
            "so kernels cannot be launched on a GPU; "
            "run them on the CPU with cuda.jit(target=\"cpu\") or PENNA_GPU_ON_CPU=1 "
            "(kernels also still compile: cuda.compile_ptx, kernel.inspect_asm)")


# ---- compilation ----

@_functools.cache
def _libdevice():
    """libdevice's path, looked up once per process."""
    roots = list(_sys.path)
    try:
        roots += _site.getsitepackages() + [_site.getusersitepackages()]
    except AttributeError:  # virtualenvs without site's helpers
        pass
    return _find_libdevice([r for r in roots if isinstance(r, str)])


def _arg_types(sig):
    ret, args = _parse_signature(_types.signature_text(sig))
    return ret, ", ".join(args)


class _Compiled:
    """Options shared by kernels and device functions. The GPU-specific parts
    (which GPU, what a launch needs) are the class attributes and hooks
    ``penna.hip`` overrides."""

    #: The module's name, in messages and ``jit(target=...)``.
    _api = "cuda"
    _options_known = _JIT_OPTIONS
    #: The stage ``inspect_asm`` returns.
    _asm_stage = "ptx"

    def __init__(self, fn, options):
        unknown = set(options) - self._options_known
        if unknown:
            raise TypeError(f"unknown option(s) to {self._api}.jit: {', '.join(sorted(unknown))}")
        self.py_func = fn
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn
        self._options = options
        self._penna_dispatcher = _Dispatcher(fn, fastmath=bool(options.get("fastmath", False)),
                                             boundscheck=bool(options.get("boundscheck") or False),
                                             racecheck=bool(options.get("racecheck", False)),
                                             lineinfo=bool(options.get("lineinfo") or options.get("debug")),
                                             cache=bool(options.get("cache", True)))

    def __reduce__(self):
        # Kernels and device functions pickle as their decorator's recipe
        # (penna._pickle): the class, its options and signatures.
        return _pickle.reduce(self, _Compiled._lazy, (type(self), self._options),
                              self._signatures, type(self)._eager)

    @staticmethod
    def _lazy(fn, class_options):
        cls, options = class_options
        return cls(fn, [], options)

    def _launch_bounds(self):
        """(most threads per block, fewest blocks per multiprocessor) from ``launch_bounds``."""
        bounds = self._options.get("launch_bounds")
        if isinstance(bounds, int):
            bounds = (bounds,)
        bounds = tuple(bounds or ())
        if len(bounds) > 2:
            raise ValueError("launch_bounds takes (max threads per block[, min blocks per multiprocessor])")
        return (bounds[0] if bounds else None), (bounds[1] if len(bounds) > 1 else None)

    def _compile(self, sig, stage, cc=None, abi="numba", abi_name=None):
        max_threads, min_blocks = self._launch_bounds()
        declared, types = _arg_types(sig)
        text, entry, ret = self._penna_dispatcher._gpu_compile(
            types, stage, device=bool(self._options.get("device")),
            max_threads=max_threads,
            min_blocks=min_blocks,
            max_registers=self._options.get("max_registers"),
            abi=abi,
            abi_name=abi_name,
            **self._gpu_target(cc),
        )
        if declared not in (None, "none", ret) and not self._options.get("device"):
            raise TypeError(f"a kernel returns nothing; its signature declares {declared}")
        return text, entry, ret

    def _gpu_target(self, cc):
        """The arguments of ``_gpu_compile`` naming the GPU."""
        return {"cc": tuple(cc or DEFAULT_CC), "libdevice": _libdevice()}

    def _inspect(self, signature, stage):
        if signature is not None:
            return self._compile(signature, stage)[0]
        return {sig: self._compile(sig, stage)[0] for sig in self._signatures}

    def inspect_llvm(self, signature=None):
        """The optimised LLVM IR per signature (or for ``signature``)."""
        return self._inspect(signature, "llvm")

    def inspect_asm(self, signature=None):
        """The PTX per signature (or for ``signature``)."""
        return self._inspect(signature, self._asm_stage)

    def inspect_ir(self, signature=None):
        """penna's typed IR per signature (or for ``signature``)."""
        return self._inspect(signature, "ir")


class Kernel(_Compiled):
    """A ``@cuda.jit`` kernel: ``kernel[griddim, blockdim, stream, sharedmem](*args)``."""

    def __init__(self, fn, signatures, options):
        super().__init__(fn, options)
        self._on_cpu = _runs_on_cpu(options, self._api)
        self._gpu_configured = False
        self._launches = {}
        self._eager(signatures)

    def _eager(self, signatures):
        self._signatures = list(signatures or [])
        for sig in self._signatures:
            if self._on_cpu:
                self._cpu_text(sig, "object")
            else:
                self._compile(sig, self._asm_stage)

    def _require_gpu(self):
        """Raises the module's SupportError unless a GPU can run the kernel."""
        _require_driver()

    def _stream_handle(self, stream):
        return _gpu_arrays.stream_handle(stream)

    @property
    def _launch_on_gpu(self):
        """The native launch: ``(args, griddim, blockdim, stream, sharedmem)``."""
        return self._penna_dispatcher._gpu_launch

    def _configure_gpu(self):
        """Hands the options GPU launches compile with to the dispatcher (once)."""
        max_threads, min_blocks = self._launch_bounds()
        self._penna_dispatcher._gpu_configure(max_threads, min_blocks, self._options.get("max_registers"),
                                              _libdevice())
        self._gpu_configured = True

    def _cpu_text(self, sig, stage):
        """The kernel compiled for the CPU: its text at `stage` (``ir`` is
        the IR as loops over each block's threads; ``llvm``, ``asm``)."""
        declared, types = _arg_types(sig)
        if declared not in (None, "none"):
            raise TypeError(f"a kernel returns nothing; its signature declares {declared}")
        return self._penna_dispatcher._cpu_compile(types, stage)

    def inspect_cpu(self, signature, stage="ir"):
        """The kernel as compiled to run on the CPU, at ``stage``."""
        return self._cpu_text(signature, stage)

    @property
    def signatures(self):
        return list(self._signatures)

    def __getitem__(self, config):
        # Launch configurations repeat: parse each once (a hot loop of
        # launches pays a dict lookup here, not the parsing).
        try:
            return self._launches[config]
        except KeyError:
            pass
        except TypeError:  # unhashable (lists): parse every time
            return self._parse_config(config)
        launch = self._parse_config(config)
        if len(self._launches) < 64:
            self._launches[config] = launch
        return launch

    def _parse_config(self, config):
        if not isinstance(config, tuple) or not 2 <= len(config) <= 4:
            raise ValueError("launch configuration is kernel[griddim, blockdim(, stream(, sharedmem))]")
        return _Launch(self, config)

    def forall(self, ntasks, tpb=0, stream=0, sharedmem=0):
        """A 1D launch covering ``ntasks`` threads."""
        tpb = tpb or 128
        return _Launch(self, ((ntasks + tpb - 1) // tpb, tpb, stream, sharedmem))

    def __call__(self, *args):
        raise ValueError(f"kernel `{self.__name__}` needs a launch configuration: "
                         f"{self.__name__}[blocks, threads_per_block](...)")

    def __repr__(self):
        return f"<penna.{self._api} kernel {self.__name__}>"


def _dim3(value, what):
    """A launch dimension (int or tuple of up to 3 ints) as an (x, y, z) tuple."""
    dims = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    if not 1 <= len(dims) <= 3:
        raise ValueError(f"{what} has 1 to 3 dimensions, got {value!r}")
    out = []
    for d in dims:
        if isinstance(d, bool) or not hasattr(d, "__index__"):
            raise TypeError(f"{what} must be integers, got {value!r}")
        d = d.__index__()
        if d < 1:
            raise ValueError(f"{what} must be positive, got {value!r}")
        out.append(d)
    return tuple(out) + (1,) * (3 - len(out))


class _Launch:
    def __init__(self, kernel, config):
        self.kernel = kernel
        self.griddim = _dim3(config[0], "the grid dimensions")
        self.blockdim = _dim3(config[1], "the block dimensions")
        self.stream = config[2] if len(config) > 2 else 0
        self.sharedmem = int(config[3]) if len(config) > 3 else 0
        if self.sharedmem < 0:
            raise ValueError(f"dynamic shared memory must be at least 0 bytes, got {self.sharedmem}")
        # A stream's handle never changes; read it once.
        self._stream_handle = None if kernel._on_cpu else kernel._stream_handle(self.stream)
        self._launch = kernel._launch_on_gpu

    def __call__(self, *args):
        kernel = self.kernel
        if kernel._on_cpu:
            host = tuple(_host_arrays.host_of(a) for a in args)
            kernel._penna_dispatcher._cpu_launch(host, self.griddim, self.blockdim, self.sharedmem)
            return
        if not kernel._gpu_configured:
            kernel._require_gpu()
            kernel._configure_gpu()
        self._launch(args, self.griddim, self.blockdim, self._stream_handle, self.sharedmem)


class DeviceFunction(_Compiled):
    """A ``@cuda.jit(device=True)`` function: callable from kernels."""

    def __init__(self, fn, signatures, options):
        super().__init__(fn, options)
        self._eager(signatures)

    def _eager(self, signatures):
        self._signatures = list(signatures or [])

    def __call__(self, *args):
        raise RuntimeError(f"device function `{self.__name__}` can only be called from a kernel")

    def __repr__(self):
        return f"<penna.{self._api} device function {self.__name__}>"


def jit(func_or_sig=None, device=False, **options):
    """Compile a kernel (or with ``device=True`` a device function) for NVIDIA
    GPUs. Used bare, with options (``fastmath``, ``max_registers``,
    ``launch_bounds``, ``lineinfo``, ``debug``, ``opt``, ``cache`` are
    accepted), or with signatures (``"void(float32[:], float32[:])"`` or type
    objects) to compile eagerly."""
    return _jit(Kernel, DeviceFunction, func_or_sig, device, options)


def _jit(kernel_cls, device_cls, func_or_sig, device, options):
    """``jit`` for the kernel and device function classes of a GPU module."""
    options = dict(options, device=device)

    def build(fn, signatures):
        cls = device_cls if device else kernel_cls
        return cls(fn, signatures, options)

    if callable(func_or_sig) and not isinstance(func_or_sig, (_types.Type, _types.Signature)):
        return build(func_or_sig, None)
    if func_or_sig is None:
        signatures = None
    elif isinstance(func_or_sig, list):
        signatures = func_or_sig
    else:
        signatures = [func_or_sig]
    return lambda fn: build(fn, signatures)


def compile_ptx(pyfunc, sig, debug=False, lineinfo=False, device=False, fastmath=False, cc=None, opt=True,
                abi="numba", abi_info=None, output="ptx"):
    """PTX for ``pyfunc`` compiled for ``sig``: ``(ptx, return type)``. Needs no GPU.

    With ``device=True`` the PTX holds a ``.visible .func`` named after the
    function (or ``abi_info["abi_name"]``) that CUDA C code can link against:
    ``abi="c"`` returns the result by value, ``abi="numba"`` (the default)
    is ``int f(T *ret, args...)`` returning 0, or 1 when the function raised.
    Arrays are passed as in kernels: the data pointer, then the extents,
    then the byte strides."""
    if output != "ptx":
        raise NotImplementedError("compile_ptx produces PTX only (output='ptx')")
    compiled = _Compiled(getattr(pyfunc, "py_func", pyfunc), {"device": device, "fastmath": fastmath, "lineinfo": lineinfo, "debug": debug})
    abi_name = (abi_info or {}).get("abi_name")
    text, _, ret = compiled._compile(sig, "ptx", cc, abi=abi, abi_name=abi_name)
    return text, ret

