"""Typed containers shared between Python and compiled code (Numba's
``numba.typed``).

``List`` and ``Dict`` hold their items in penna's runtime containers, so
passing one to a compiled function passes a pointer (no copy, no
reflection) and changes made on either side are seen on the other::

    from penna.typed import Dict, List
    from penna import types

    d = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    l = List()          # typed by the first item appended
    l.append(1.5)

Dicts returned by compiled code are ``penna.typed.Dict`` objects, as in
Numba. Items are numbers, tuples, NumPy arrays (stored by reference) and
other typed containers.
"""

from ._native import Dict, List  # noqa: F401

__all__ = ["List", "Dict"]
