"""OpenMP-style parallel code on penna's CPU thread pool.

``omp`` is a decorator and, inside a compiled function, a directive::

    from penna import omp

    @omp                                  # like @penna.jit(parallel=True)
    def total(a):
        s = 0.0
        with omp("parallel for reduction(+:s) schedule(dynamic, 64)"):
            for i in range(a.shape[0]):
                s += a[i]
        return s

    @omp(num_threads=4, schedule="guided")   # defaults for prange loops
    def f(...): ...

Directives: ``parallel for`` (over the one ``for`` loop in the block),
``parallel`` (every thread of the team runs the block), ``critical``,
``barrier``, ``single``, ``master``. Clauses: ``private``, ``firstprivate``,
``shared``, ``reduction(op: vars)`` with ``+ - * & | ^ min max``,
``schedule(static|dynamic|guided[, chunk])``, ``num_threads(n)``,
``default(shared)``. Inside a region: ``omp.get_thread_num()``,
``omp.get_num_threads()``; ``omp.get_wtime()`` anywhere.

Called as pure Python (``f.py_func``) the directives do nothing and the code
runs on one thread: ``get_thread_num()`` is 0, ``get_num_threads()`` is 1.
"""

import sys as _sys
import time as _time
import types as _types


def get_thread_num():
    """This thread's number in its team (0 outside a parallel region)."""
    return 0


def get_num_threads():
    """The number of threads of this thread's team (1 outside a region)."""
    return 1


def get_wtime():
    """Wall-clock seconds from an arbitrary origin."""
    return _time.perf_counter()


class Directive:
    """``omp("...")`` in Python code: a context manager that does nothing."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return False

    def __repr__(self):
        return f"omp({self.text!r})"


class _OmpModule(_types.ModuleType):
    """The module is callable: ``@omp``, ``@omp(...)`` and ``omp("directive")``."""

    def __call__(self, target=None, /, **options):
        if isinstance(target, str):
            if options:
                raise TypeError("omp(\"directive\") takes no keyword arguments")
            return Directive(target)
        from . import _jit
        if target is None:
            return lambda fn: _jit(fn, options, parallel=True)
        if callable(target):
            return _jit(target, options, parallel=True)
        raise TypeError(f"omp expects a function or a directive string, got {type(target).__name__}")


_sys.modules[__name__].__class__ = _OmpModule
