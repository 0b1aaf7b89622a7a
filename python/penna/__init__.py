"""penna: a JIT compiler for numeric Python.

``@penna.jit`` (alias ``njit``) compiles a function for the host CPU the first
time it is called with new argument types::

    import penna

    @penna.jit
    def dot(a, b):
        s = 0.0
        for i in range(a.shape[0]):
            s += a[i] * b[i]
        return s
"""

import os as _os

from . import errors, types
from ._native import Dispatcher as _Dispatcher, __version__
from .types import (  # noqa: F401  (Numba-style type names at top level)
    boolean, bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64,
    float32, float64, complex64, complex128, intp, uintp, void,
)

__all__ = ["jit", "njit", "prange", "errors", "types", "__version__"]

_OPTIONS = {"nopython", "cache", "fastmath", "boundscheck", "nogil", "parallel", "error_model",
            "inline", "forceobj", "looplift", "locals"}


def prange(*args):
    """A parallel ``range``. Loops over it run on the thread pool in
    ``parallel=True`` functions; everywhere else (and in pure Python) it is
    ``range``."""
    return range(*args)


def _signature_text(sig):
    if isinstance(sig, str):
        return sig
    if isinstance(sig, tuple):
        return "(" + ", ".join(str(t) for t in sig) + ")"
    return str(sig)


def jit(signature_or_function=None, **options):
    """Compile a function to native code for the host CPU.

    Used bare (``@jit``), with options (``@jit(fastmath=True)``), or with
    signatures for eager compilation (``@jit("float64(float64[:])")`` or a list
    of them). Options: ``fastmath`` (LLVM fast-math flags), ``boundscheck``
    (raise IndexError on out-of-range indices; also ``PENNA_BOUNDSCHECK=1``),
    ``nogil`` (release the GIL while compiled code runs), ``cache`` (accepted;
    on-disk caching is not implemented yet), ``parallel`` (accepted; ``prange``
    loops run serially until the parallel back end lands). ``nopython`` is
    always on: penna has no object mode.
    """
    unknown = set(options) - _OPTIONS
    if unknown:
        raise TypeError(f"unknown option(s) to penna.jit: {', '.join(sorted(unknown))}")
    if options.get("forceobj"):
        raise errors.UnsupportedError("penna has no object mode (forceobj=True)")

    def build(fn, signatures):
        boundscheck = options.get("boundscheck")
        if boundscheck is None:
            boundscheck = _os.environ.get("PENNA_BOUNDSCHECK", "0") not in ("", "0")
        dispatcher = _Dispatcher(
            fn,
            fastmath=bool(options.get("fastmath", False)),
            boundscheck=bool(boundscheck),
            nogil=bool(options.get("nogil", False)),
        )
        if signatures is None:
            return dispatcher
        for sig in signatures:
            dispatcher.compile(_signature_text(sig))
        return dispatcher._freeze()

    if callable(signature_or_function) and not isinstance(signature_or_function, (types.Type, types.Signature)):
        return build(signature_or_function, None)
    if signature_or_function is None:
        signatures = None
    elif isinstance(signature_or_function, list):
        signatures = signature_or_function
    else:
        signatures = [signature_or_function]
    return lambda fn: build(fn, signatures)


njit = jit
