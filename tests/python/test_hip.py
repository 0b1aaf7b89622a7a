"""``penna.hip`` without an AMD GPU (no machine of this project has one):

- every kernel of the CUDA suite compiles to a code object for every AMD
  architecture penna supports, and AMD's own code-object library
  (``libamd_comgr``, installed by ``scripts/setup.sh``) reads its ISA,
  metadata and disassembly;
- the metadata says what the kernel declares (wavefront, work-group size,
  LDS), and the assembly holds the instructions the kernel API maps to;
- bad programs fail with a clean error, the process alive;
- the runtime reports why there is no GPU, and launching says to use the CPU.

The kernels' semantics under ``hip`` names run on the CPU in
``test_hip_on_cpu``."""

import subprocess
import sys

import numpy as np
import pytest

from penna import hip
from penna.errors import HipSupportError, TargetError

from . import comgr
from .cuda_kernels import axpy, block_sum, local_and_dynamic, warp_votes
from .test_cuda_ptx import CASES

ARCHES = sorted(hip.ARCHITECTURES)
COMGR = comgr.load()
# Debian's comgr (ROCm 5.2) knows no architecture newer than these.
COMGR_ARCHES = {"gfx908", "gfx90a", "gfx1030"}

AXPY = "void(float32, float32[:], float32[:], float32[:])"


def header(code):
    """(e_type, e_machine) of an ELF file."""
    assert code[:4] == b"\x7fELF", "not an ELF file"
    return int.from_bytes(code[16:18], "little"), int.from_bytes(code[18:20], "little")


@pytest.mark.parametrize("arch", ARCHES)
@pytest.mark.parametrize("fn, sig", [(c[0], c[1]) for c in CASES],
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_every_cuda_kernel_is_a_code_object_for_every_arch(fn, sig, arch):
    code, ret = hip.compile_hsaco(fn, sig, arch=arch)
    assert ret == "none"
    assert header(code) == (3, 224)  # ET_DYN, EM_AMDGPU: what hipModuleLoadData loads


@pytest.mark.skipif(COMGR is None, reason="libamd_comgr is not installed (scripts/setup.sh installs it)")
@pytest.mark.parametrize("arch", sorted(COMGR_ARCHES))
@pytest.mark.parametrize("fn, sig", [(axpy, AXPY), (block_sum, "void(float64[:], float64[:])"),
                                     (warp_votes, "void(int32[:], int64[:, :])")],
                         ids=["axpy", "block_sum", "warp_votes"])
def test_amds_code_object_library_reads_what_penna_emits(fn, sig, arch):
    code, _ = hip.compile_hsaco(fn, sig, arch=arch, code_object_version=4)
    obj = comgr.CodeObject(COMGR, code)
    assert obj.isa_name() == f"amdgcn-amd-amdhsa--{arch}"
    (kernel,) = obj.metadata()["amdhsa.kernels"]
    assert kernel[".wavefront_size"] == str(hip.wavefront_size(arch))
    assert kernel[".max_flat_workgroup_size"] == "1024"
    text = obj.disassemble()
    assert kernel[".name"] in text and "s_endpgm" in text


def metadata_of(code, tmp_path):
    """``llvm-readelf --notes`` of a code object."""
    path = tmp_path / "k.hsaco"
    path.write_bytes(code)
    out = subprocess.run(["llvm-readelf-19", "--notes", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.parametrize("arch, wave", [("gfx90a", 64), ("gfx942", 64), ("gfx1100", 32), ("gfx1201", 32)])
def test_metadata_states_wavefront_bounds_and_lds(arch, wave, tmp_path):
    kernel = hip.jit(launch_bounds=256, arch=arch)(block_sum)
    sig = "void(float64[:], float64[:])"
    code, _ = hip.compile_hsaco(kernel, sig, arch=arch)
    notes = metadata_of(code, tmp_path)
    assert f".wavefront_size: {wave}" in notes
    # 256 float64 of shared memory.
    assert ".group_segment_fixed_size: 2048" in notes
    assert "amdhsa.version:\n  - 1\n  - 2\n" in notes  # code object version 5
    bounded = kernel.inspect_asm(sig)
    assert ".amdhsa_group_segment_fixed_size 2048" in bounded
    assert ".max_flat_workgroup_size: 256" in bounded


def test_arguments_are_laid_out_as_the_launcher_packs_them(tmp_path):
    code, _ = hip.compile_hsaco(axpy, AXPY, arch="gfx90a")
    notes = metadata_of(code, tmp_path)
    # a (4 bytes), then per array: pointer, extent, stride (8 bytes each).
    offsets = [int(line.split(":")[1]) for line in notes.splitlines() if ".offset:" in line]
    assert offsets[:4] == [0, 8, 16, 24]


def test_gcn_holds_the_kernel_api():
    asm = hip.jit(arch="gfx90a")(warp_votes).inspect_asm("void(int32[:], int64[:, :])")
    for needle in ["s_barrier", "ds_bpermute_b32", "v_mbcnt_hi_u32_b32", "v_mbcnt_lo_u32_b32"]:
        assert needle in asm, needle
    rdna = hip.jit(arch="gfx1100")(warp_votes).inspect_asm("void(int32[:], int64[:, :])")
    assert "ds_bpermute_b32" in rdna and "v_mbcnt_hi_u32_b32" not in rdna  # wave32: one half only
    shared = hip.jit(arch="gfx942")(local_and_dynamic).inspect_asm("void(float32[:], float32[:])")
    assert "ds_read" in shared or "ds_load" in shared


def test_float_atomics_policy():
    sig = "void(float32[:], float32)"
    from .cuda_kernels import atomics_float

    def asm(arch, **options):
        return hip.jit(arch=arch, **options)(atomics_float).inspect_asm(sig)
    assert "global_atomic_add_f32" in asm("gfx942")
    safe = asm("gfx90a")
    assert "global_atomic_add_f32" not in safe and "global_atomic_cmpswap" in safe
    assert "global_atomic_add_f32" in asm("gfx90a", unsafe_fp_atomics=True)


def test_math_comes_from_rocm_device_libraries():
    def sines(x, out):
        i = hip.grid(1)
        if i < x.size:
            out[i] = np.sin(x[i]) + np.exp(x[i])
    asm = hip.jit(arch="gfx90a")(sines).inspect_asm("void(float64[:], float64[:])")
    assert "__ocml" not in asm and "s_endpgm" in asm  # linked and inlined


def test_missing_device_libraries_are_a_clear_error(tmp_path):
    script = tmp_path / "k.py"
    script.write_text(
        "import math\nfrom penna import hip\n"
        "def k(x):\n    x[0] = math.sin(x[0])\n"
        "try:\n    hip.compile_hsaco(k, 'void(float32[:])')\n"
        "except Exception as e:\n    print(type(e).__name__, e)\n")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         env={"PENNA_ROCM_DEVICE_LIBS": str(tmp_path / "none"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert "TargetError" in out.stdout and "ocml" in out.stdout and "PENNA_ROCM_DEVICE_LIBS" in out.stdout


def test_too_much_shared_memory_is_an_error_at_the_array():
    def greedy(x):
        buf = hip.shared.array(20000, np.float32)  # 80 000 bytes: over the 64 KiB of LDS
        buf[hip.threadIdx.x] = x[0]
        x[0] = buf[0]
    with pytest.raises(TargetError) as e:
        hip.compile_hsaco(greedy, "void(float32[:])", arch="gfx90a")
    assert "80000 bytes of static shared memory" in str(e.value) and "gfx90a allows 65536" in str(e.value)
    assert "hip.shared.array(0, dtype)" in str(e.value)


def test_launch_bounds_past_1024_are_an_error(tmp_path):
    with pytest.raises(TargetError, match="1 to 1024"):
        hip.jit(launch_bounds=2048, arch="gfx942")(axpy).inspect_asm(AXPY)
    # A kernel's own options come along into compile_hsaco.
    code, _ = hip.compile_hsaco(hip.jit(launch_bounds=(64,))(axpy), AXPY, arch="gfx942")
    assert ".max_flat_workgroup_size: 64\n" in metadata_of(code, tmp_path)


def test_dynamic_shared_memory_needs_code_object_5():
    sig = "void(float32[:], float32[:])"
    assert header(hip.compile_hsaco(local_and_dynamic, sig, arch="gfx90a")[0]) == (3, 224)
    with pytest.raises(TargetError, match="code object version 5"):
        hip.compile_hsaco(local_and_dynamic, sig, arch="gfx90a", code_object_version=4)


def test_unknown_architecture():
    with pytest.raises(TargetError, match="gfx803.*not supported.*gfx90a"):
        hip.compile_hsaco(axpy, AXPY, arch="gfx803")
    assert hip.wavefront_size("gfx90a:sramecc+:xnack-") == 64
    with pytest.raises(ValueError):
        hip.wavefront_size("gfx1")


@pytest.mark.skipif(hip.is_available(), reason="checks a machine without an AMD GPU")
def test_without_a_gpu_launching_names_the_cpu_mode(capsys):
    assert hip.is_available() is False
    assert hip.detect() is False
    assert "AMD GPU" in capsys.readouterr().out
    assert hip.list_devices() == []
    kernel = hip.jit(axpy)
    x = np.ones(4, np.float32)
    with pytest.raises(HipSupportError, match='target="cpu"'):
        kernel[1, 4](np.float32(1), x, x, x)


def test_runtime_version_or_none():
    version = hip.runtime_version()
    assert version is None or version > 50_000_000


def test_the_cuda_import_swap():
    """``from penna import hip as cuda``: the same kernel, names and all."""
    import penna
    assert penna.hip.grid is penna.cuda.grid
    assert penna.hip.random is penna.cuda.random
    out = np.zeros(8)
    hip.jit(target="cpu")(axpy)[1, 8](2.0, np.ones(8), np.arange(8.0), out)
    np.testing.assert_array_equal(out, 2.0 + np.arange(8.0))
