"""The CUDA suite under ``penna.hip``'s names: ``test_cuda_on_cpu`` and its
kernels (``cuda_kernels``) loaded again with ``cuda`` bound to ``penna.hip``,
as a user's ``from penna import hip as cuda`` does, and run on the CPU. One
suite, every GPU runtime: the same kernels and checks, the same semantics
(32-lane warps included). With ``PENNA_CUDA_TEST_TARGET=hip`` (on an AMD
GPU, ``scripts/hip_check.sh``) the kernels run there instead."""

import importlib.util
import os
import pathlib
import sys

from penna import hip

_HERE = pathlib.Path(__file__).resolve().parent


def _load_as_hip(stem, name):
    """`stem`.py of this folder as module `name`, with `cuda` meaning penna.hip."""
    spec = importlib.util.spec_from_file_location(f"{__package__}.{name}", _HERE / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    # Globals are read when a kernel first compiles, so rebinding after the
    # import is what the kernels see.
    module.cuda = hip
    return module


_kernels = _load_as_hip("cuda_kernels", "hip_kernels")
_suite = _load_as_hip("test_cuda_on_cpu", "hip_suite")
_suite.k = _kernels
# On the CPU unless the suite is asked to run on an AMD GPU.
_suite.TARGET = "hip" if os.environ.get("PENNA_CUDA_TEST_TARGET") == "hip" else "cpu"

for _name, _value in vars(_suite).items():
    if _name.startswith("test_"):
        globals()[_name] = _value
