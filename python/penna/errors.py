"""Errors penna raises when it cannot compile a function.

Every compile error carries ``filename``, ``lineno`` and ``col`` (1-based) of the
offending code; ``str(err)`` shows the code frame, the types involved and a hint.
"""

__all__ = ["CompileError", "TypingError", "UnsupportedError", "TargetError", "InternalError", "PennaWarning",
           "PennaPerformanceWarning", "CudaSupportError", "CudaAPIError", "HipSupportError", "HipAPIError"]


class PennaWarning(UserWarning):
    """Code that compiles but likely misbehaves (a barrier only some threads reach)."""


class PennaPerformanceWarning(PennaWarning):
    """Code that works but slowly (host arrays copied at every kernel launch)."""


class CudaSupportError(RuntimeError):
    """No usable CUDA driver or device (raised when launching or selecting a device)."""


class CudaAPIError(RuntimeError):
    """A CUDA driver call failed: ``code`` is its ``CUresult`` (700 is an illegal
    address, 2 out of memory, 719 a launch failure)."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class CompileError(Exception):
    """Base class: penna could not compile a function."""

    def __init__(self, message, filename=None, lineno=None, col=None):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.lineno = lineno
        self.col = col


class TypingError(CompileError, TypeError):
    """Types do not fit: an operation on the wrong types, a variable that holds
    two incompatible types, an argument compiled code cannot take."""


class UnsupportedError(CompileError):
    """Valid Python that penna does not compile (yet)."""


class TargetError(CompileError):
    """A construct that exists, but not on the chosen target."""


class InternalError(CompileError):
    """A bug in penna. Please report it with the function that triggered it."""


class HipSupportError(RuntimeError):
    """No usable HIP runtime or AMD GPU (raised when launching or selecting a device)."""


class HipAPIError(RuntimeError):
    """A HIP runtime call failed: ``code`` is its ``hipError_t``."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
