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

``@penna.jit(parallel=True)`` runs ``prange`` loops on a thread pool; ``omp``
adds OpenMP-style directives (see ``penna.omp``). ``@vectorize`` and
``@guvectorize`` build NumPy ufuncs from compiled kernels (see ``penna.ufunc``).
"""

import os as _os
import sys as _sys

from . import cache, config, cuda, errors, hip, omp, runtime, typed, types
from ._native import (  # noqa: F401
    Dispatcher as _Dispatcher, __version__, get_num_threads, max_threads as _max_threads,
    set_num_threads,
)
from ._native import typeof as _typeof
from .stencil import stencil  # noqa: F401
from .ufunc import guvectorize, vectorize  # noqa: F401
from .types import (  # noqa: F401  (Numba-style type names at top level)
    boolean, bool_, int8, int16, int32, int64, uint8, uint16, uint32, uint64,
    float16, float32, float64, complex64, complex128, intp, uintp, void,
    deferred_type, optional, unicode_type,
)

__all__ = ["jit", "njit", "prange", "literal_unroll", "cuda", "hip", "vectorize", "guvectorize", "stencil", "omp", "set_num_threads", "get_num_threads", "get_thread_id",
           "errors", "types", "typed", "typeof", "config", "cache", "experimental", "jitclass", "objmode", "__version__"]


def typeof(value):
    """The penna type of ``value`` as a compiled function's argument (a
    ``penna.types`` object), as ``numba.typeof``; ``ValueError`` names what
    penna cannot take."""
    return types.from_string(_typeof(value))

#: The most threads parallel code can use: ``PENNA_NUM_THREADS``, or the CPU count.
config_num_threads = _max_threads()

_OPTIONS = {"nopython", "cache", "fastmath", "boundscheck", "nogil", "parallel", "error_model",
            "inline", "forceobj", "looplift", "locals"}


def prange(*args):
    """A parallel ``range``. Loops over it run on the thread pool in
    ``parallel=True`` and ``@omp`` functions; everywhere else (and in pure
    Python) it is ``range``. Variables assigned in the loop are private to each
    iteration; ``s += x``, ``s *= x``, ``s = min(s, x)`` and ``max`` are
    reductions. ``a[k] += 1`` from several iterations is a data race, as in
    Numba: give each thread its own row instead."""
    return range(*args)


def literal_unroll(container):
    """``for x in literal_unroll(tup)``: in compiled code the loop's body is
    compiled once per item of the tuple, each copy for its item's type (so the
    items may have different types), as Numba's ``literal_unroll``. In the
    interpreter it is the tuple itself."""
    return container


def get_thread_id():
    """This thread's number in its team (0 outside parallel code)."""
    return omp.get_thread_num()


# PyOMP's spellings.
omp_get_thread_num = omp.get_thread_num
omp_get_num_threads = omp.get_num_threads
omp_get_wtime = omp.get_wtime


def jit(signature_or_function=None, **options):
    """Compile a function to native code for the host CPU.

    Used bare (``@jit``), with options (``@jit(fastmath=True)``), or with
    signatures for eager compilation (``@jit("float64(float64[:])")`` or a list
    of them). Options: ``fastmath`` (LLVM fast-math flags), ``boundscheck``
    (raise IndexError on out-of-range indices; also ``PENNA_BOUNDSCHECK=1``),
    ``nogil`` (release the GIL while compiled code runs), ``cache`` (the
    disk cache of compiled code, on by default; ``cache=False`` skips it,
    see ``penna.cache``), ``parallel`` (``prange`` loops
    run on the thread pool; the GIL is released while they run),
    ``error_model`` (``"python"``: division by zero raises ZeroDivisionError;
    ``"numpy"``: it gives inf/nan, or 0 for integers). ``nopython``
    is always on: penna has no object mode.
    """
    return _jit(signature_or_function, options)


def _jit(signature_or_function, options, parallel=False):
    """``jit`` and ``@omp`` (``parallel=True``, which also takes
    ``num_threads=`` and ``schedule=``)."""
    allowed = _OPTIONS | ({"num_threads", "schedule"} if parallel else set())
    unknown = set(options) - allowed
    if unknown:
        name = "omp" if parallel else "penna.jit"
        raise TypeError(f"unknown option(s) to {name}: {', '.join(sorted(unknown))}")
    if options.get("forceobj"):
        raise errors.UnsupportedError("penna has no object mode (forceobj=True)")

    def build(fn, signatures):
        if signatures is not None:
            signatures = [types.signature_text(sig) for sig in signatures]
        dispatcher = _make_dispatcher(fn, (options, parallel, signatures))
        if signatures is None:
            return dispatcher
        _compile_signatures(dispatcher, signatures)
        return dispatcher

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


def _make_dispatcher(fn, recipe):
    """The dispatcher ``_jit`` makes of ``fn`` (lazy: signatures are compiled
    by ``_compile_signatures``); ``recipe`` is ``(options, parallel,
    signatures)``, kept for pickling."""
    options, parallel, _ = recipe
    boundscheck = options.get("boundscheck")
    if boundscheck is None:
        boundscheck = _os.environ.get("PENNA_BOUNDSCHECK", "0") not in ("", "0")
    num_threads = options.get("num_threads") or 0
    if not isinstance(num_threads, int) or num_threads < 0:
        raise ValueError(f"num_threads must be a positive integer, got {num_threads!r}")
    return _Dispatcher(
        fn,
        fastmath=bool(options.get("fastmath", False)),
        boundscheck=bool(boundscheck),
        nogil=bool(options.get("nogil", False)),
        parallel=parallel or bool(options.get("parallel", False)),
        schedule=options.get("schedule"),
        num_threads=num_threads,
        error_model=options.get("error_model") or "python",
        cache=bool(options.get("cache", True)),
        recipe=recipe,
    )


def _compile_signatures(dispatcher, signatures):
    for sig in signatures:
        dispatcher.compile(sig)
    dispatcher._freeze()


def _reduce_dispatcher(dispatcher):
    """``Dispatcher.__reduce__`` (see ``penna._pickle``)."""
    from . import _pickle

    recipe = dispatcher._recipe
    if recipe is None:
        raise TypeError(f"cannot pickle the internal dispatcher of `{dispatcher.__name__}`; "
                        f"pickle the object penna.jit, vectorize or cuda.jit returned")
    options, parallel, signatures = recipe
    # Optimised tiers still compiling reach the disk cache first, so that a
    # process unpickling this function (a Dask worker) loads them.
    _native_module._tiers_wait()
    return _pickle.reduce(dispatcher, _make_dispatcher, (options, parallel, signatures),
                          signatures or (), _compile_signatures)


# ``penna.cuda.random`` (``from penna.cuda.random import ...``, as in numba.cuda)
# seeds its states with @jit, so it is attached once jit exists.
from . import _cuda_random as _cuda_random  # noqa: E402
cuda.random = _cuda_random
hip.random = _cuda_random
_sys.modules["penna.cuda.random"] = _cuda_random
_sys.modules["penna.hip.random"] = _cuda_random


from . import _native as _native_module  # noqa: E402


def _hook_tiers():
    """A first call that looks short runs quickly compiled code while the
    optimised tier compiles on a background thread (``PENNA_TIERS=0`` turns
    this off). A fork and the interpreter's exit wait for that thread, so
    that no child inherits LLVM's locks mid-compile and no LLVM work outlives
    the interpreter."""
    import atexit

    atexit.register(_native_module._tiers_wait)
    _os.register_at_fork(before=_native_module._tiers_wait)


_hook_tiers()

# A jit function's docstring is its Python function's (as `functools.wraps`
# gives): an instance getter cannot do this, the type's own `__doc__` hides it.
_Dispatcher.__doc__ = property(lambda self: self.py_func.__doc__)

from . import experimental  # noqa: E402
from .experimental import jitclass  # noqa: E402,F401
from . import extending, core  # noqa: E402,F401


class objmode:
    """``with objmode(y="float64[:]", n="int64"):`` in compiled code runs the
    block in the interpreter (Numba's object mode): it reads the function's
    locals, and the names given as keywords come back converted to those
    types. Called from Python, the block simply runs."""

    def __init__(self, **types):
        self._types = types

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False

