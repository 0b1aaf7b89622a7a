"""penna's disk cache of compiled code.

Compiled CPU code is cached on disk by default (``cache=False`` on a
function, or ``PENNA_CACHE=0``, turns it off): a new process that calls a
function compiled before loads its machine code instead of running LLVM.
Entries are keyed by everything the code depends on (the typed code of the
function and its callees, their source files, frozen globals, options,
penna's and LLVM's versions, the CPU), written atomically, checked when
read, and evicted least-recently-used beyond ``PENNA_CACHE_SIZE_MB``
(default 1024). ``PENNA_CACHE_DIR`` sets the directory (default
``$XDG_CACHE_HOME/penna`` or ``~/.cache/penna``); one that cannot be
written falls back to the default with one warning.

``python -m penna cache info`` / ``python -m penna cache clear`` do the
same as :func:`info` and :func:`clear`.
"""

from ._native import cache_clear as _clear
from ._native import cache_info as _info
from ._native import cache_reset as _reset

__all__ = ["info", "clear", "directory"]


def info():
    """A dict: ``directory``, ``entries``, ``bytes``, ``enabled``, and this
    process's ``hits``, ``misses`` and ``writes``."""
    return _info()


def directory():
    """The cache directory penna uses (``None``: no directory)."""
    return _info()["directory"]


def clear():
    """Removes every cached entry; returns how many were removed."""
    removed = _clear()
    _reset()
    return removed
