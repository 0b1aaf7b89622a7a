"""The runtime behind compiled code: owned arrays' memory.

``allocation_stats()`` returns ``(allocations, frees)`` of the arrays compiled
code has created since the process started; ``live_allocations()`` their
difference. Tests use them to prove that compiled code leaks nothing.
"""

from ._native import allocation_stats


def live_allocations() -> int:
    """Owned arrays alive now (held by NumPy arrays or running code)."""
    made, freed = allocation_stats()
    return made - freed


__all__ = ["allocation_stats", "live_allocations"]
