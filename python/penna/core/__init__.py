"""``penna.core``: Numba's ``numba.core`` names (``penna.core.types``,
``penna.core.extending``, ``penna.core.errors``), so that code importing
them runs after its imports are changed from ``numba`` to ``penna``."""

import sys as _sys

from .. import errors, extending, types

for _name, _module in (("types", types), ("extending", extending), ("errors", errors)):
    _sys.modules[f"{__name__}.{_name}"] = _module
del _name, _module
