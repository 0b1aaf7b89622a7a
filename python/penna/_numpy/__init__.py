"""NumPy functions that penna compiles from Python source.

``np.<name>`` in compiled code is looked up in the compiler's table first
(functions lowered natively: creation, reductions, sorting, elementwise
functions), then here. Each function here is one ``@jit`` function in the
file of its group, written with what compiled code supports and checked
against NumPy by ``tests/python/test_numpy_library.py``; adding a NumPy
function is adding it to its group's ``__all__`` and writing it (a plain
``np.random`` distribution is one ``_sampler`` row). A function
that handles several ranks branches on ``a.ndim == k``: the compiler decides
that test from the argument's type before typing, so each branch is typed
only for the ranks it serves. ``np.random`` and ``np.linalg`` are the
``random`` and ``linalg`` modules of this package.

Functions follow NumPy's results and dtypes; where penna has no 0-d arrays
(``np.cov`` of one variable) the result is the scalar.
"""

from .manipulation import *  # noqa: F401,F403
from .manipulation import _flat_get, _flat_set  # noqa: F401  (`a.flat[k]`)
from .statistics import *  # noqa: F401,F403
from .sets import *  # noqa: F401,F403
from .numeric import *  # noqa: F401,F403
from . import linalg, random  # noqa: F401,E402
