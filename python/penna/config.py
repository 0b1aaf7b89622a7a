"""Read-only configuration values, under Numba's names (real code reads
``numba.config.NUMBA_NUM_THREADS``). Set them with environment variables
before ``import penna``: ``PENNA_NUM_THREADS`` (or ``NUMBA_NUM_THREADS``),
``PENNA_BOUNDSCHECK``, ``PENNA_CACHE_DIR``.
"""

import os as _os

from ._native import max_threads as _max_threads

#: Threads parallel code may use (``PENNA_NUM_THREADS``, else the CPU count).
NUMBA_NUM_THREADS = _max_threads()
#: The CPU count: the default of ``NUMBA_NUM_THREADS``.
NUMBA_DEFAULT_NUM_THREADS = len(_os.sched_getaffinity(0)) if hasattr(_os, "sched_getaffinity") else (_os.cpu_count() or 1)
#: ``PENNA_BOUNDSCHECK=1`` turns bounds checking on everywhere.
BOUNDSCHECK = _os.environ.get("PENNA_BOUNDSCHECK", "0") not in ("", "0")
NUMBA_BOUNDSCHECK = BOUNDSCHECK
#: penna has no object mode and no disable switch; these read as Numba's defaults.
DISABLE_JIT = False
NUMBA_DISABLE_JIT = False
#: The threading layer: penna's own thread pool.
THREADING_LAYER = "penna"
CACHE_DIR = _os.environ.get("PENNA_CACHE_DIR", "")

NUM_THREADS = NUMBA_NUM_THREADS
