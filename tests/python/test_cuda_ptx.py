"""CUDA kernels compiled to PTX without a GPU: every kernel is assembled by
NVIDIA's ``ptxas`` (installed by ``scripts/setup.sh`` from PyPI) for sm_80 and
sm_90, and the PTX is checked for the instructions the kernel API must map to.
The same kernels run on the CPU in ``test_cuda_on_cpu``."""

import math
import pathlib
import subprocess
import sys

import numpy as np
import pytest

import penna
from penna import cuda, float32, float64, int32, uint32
from penna.errors import TargetError, TypingError, UnsupportedError


def _ptxas():
    for root in map(pathlib.Path, sys.path):
        for rel in ("nvidia/cuda_nvcc/bin/ptxas", "nvidia/cu13/bin/ptxas"):
            if (root / rel).is_file():
                return root / rel
    raise AssertionError("ptxas not found: scripts/setup.sh installs nvidia-cuda-nvcc-cu12")


PTXAS = _ptxas()


def assemble(ptx, arch, tmp_path):
    src = tmp_path / f"k_{arch}.ptx"
    src.write_text(ptx)
    out = subprocess.run([str(PTXAS), f"-arch={arch}", str(src), "-o", str(tmp_path / "k.cubin")],
                         capture_output=True, text=True)
    assert out.returncode == 0, f"ptxas rejected the PTX for {arch}:\n{out.stderr}\n{ptx}"


def ptx_for(fn, sig, tmp_path, **options):
    """PTX for sm_80 and sm_90, both assembled; returns the sm_80 text."""
    texts = {}
    for cc in ((8, 0), (9, 0)):
        ptx, ret = cuda.compile_ptx(fn, sig, cc=cc, **options)
        assert ret == "none"
        assert f".target sm_{cc[0]}{cc[1]}" in ptx
        assemble(ptx, f"sm_{cc[0]}{cc[1]}", tmp_path)
        texts[cc] = ptx
    return texts[(8, 0)]


from .cuda_kernels import (  # noqa: E402
    atomics_2d, atomics_float, atomics_int, axpy, bits, block_sum, early_return, float_ops, grid_2d,
    grid_stride, histogram, local_and_dynamic, numpy_scalars, raises, random_draws, tiled_matmul,
    uses_device_function, warp_sum, warp_votes, wrap_counters,
)


CASES = [
    (numpy_scalars, "void(float64[:], float64[:], float64[:])", ["sqrt.rn.f64", "setp", "st.global.f64"]),
    (axpy, "void(float32, float32[:], float32[:], float32[:])", ["mul.wide.u32", "%ctaid.x", "%tid.x", "st.global.f32"]),
    (axpy, "void(float64, float64[::1], float64[::1], float64[::1])", ["st.global.f64"]),
    (grid_stride, "void(float64[:], float64[:])", ["%nctaid.x", "sqrt.rn.f64"]),
    (grid_stride, "void(float32[:], float32[:])", ["sqrt.rn.f32"]),
    (grid_2d, "void(int32[:, :], int64[:, :])", ["%tid.y", "%nctaid.y", "%ntid.z"]),
    (tiled_matmul, "void(float32[:, :], float32[:, :], float32[:, :])", ["bar.sync", "ld.shared.f32", "st.shared.f32", ".shared .align"]),
    (block_sum, "void(float64[:], float64[:])", ["bar.sync", "atom.global.add.f64"]),
    (warp_sum, "void(int32[:], int32[:])", ["shfl.sync.down.b32", "%laneid", "atom.global.add.u32"]),
    (warp_sum, "void(float64[:], float64[:])", ["shfl.sync.down.b32"]),
    (histogram, "void(int64[:], int32[:])", ["atom.global.add.u32"]),
    (atomics_int, "void(int32[:], int32)", ["atom.global.max.s32", "atom.global.min.s32", "atom.global.exch.b32", "atom.global.and.b32", "atom.global.or.b32", "atom.global.xor.b32", "atom.global.cas.b32"]),
    (atomics_int, "void(uint64[:], uint64)", ["atom.global.max.u64", "atom.global.cas.b64"]),
    (atomics_int, "void(int64[:], int64)", ["atom.global.min.s64"]),
    (atomics_float, "void(float32[:], float32)", ["atom.global.add.f32", "atom.global.exch.b32"]),
    (atomics_float, "void(float64[:], float64)", ["atom.global.add.f64"]),
    (atomics_2d, "void(float32[:, :], float32)", ["atom.global.add.f32"]),
    (wrap_counters, "void(uint32[:], uint32)", ["atom.global.cas.b32"]),
    (warp_votes, "void(int32[:], int64[:, :])", ["vote.sync.all.pred", "vote.sync.any.pred", "vote.sync.ballot.b32", "activemask.b32", "shfl.sync.idx.b32", "shfl.sync.up.b32", "shfl.sync.bfly.b32", "bar.red.popc.u32", "bar.red.and.pred", "bar.red.or.pred", "bar.warp.sync", "membar.gl", "membar.cta", "membar.sys"]),
    (bits, "void(uint32[:], int64[:, :])", ["popc.b32", "clz.b32", "brev.b32"]),
    (bits, "void(int64[:], int64[:, :])", ["popc.b64", "clz.b64", "brev.b64"]),
    (float_ops, "void(float64[:], float64[:])", ["fma.rn.f64"]),
    (float_ops, "void(float32[:], float32[:])", ["fma.rn.f32"]),
    (local_and_dynamic, "void(float32[:], float32[:])", [".extern .shared .align 16 .b8 penna_dynamic_shared[]", "ld.shared.f32"]),
    (uses_device_function, "void(float64[:], float64[:])", ["selp.f64"]),
    (early_return, "void(int32[:])", ["ret;"]),
    (raises, "void(float32[:])", ["ret;"]),
    (random_draws, "void(uint64[:, :], float32[:, :], float64[:, :], float32[:, :], float64[:, :])",
     ["shl.b64", "shr.u64", "xor.b64", "cvt.rn.f32.u64", "cvt.rn.f64.u64", "sqrt.rn.f32"]),
]


@pytest.mark.parametrize("fn, sig, expect", CASES, ids=lambda c: getattr(c, "__name__", None) if callable(c) else None)
def test_kernel_compiles_and_ptxas_accepts_it(fn, sig, expect, tmp_path):
    ptx = ptx_for(fn, sig, tmp_path)
    assert ".visible .entry" in ptx and ".extern .func" not in ptx  # every call resolved
    for needle in expect:
        assert needle in ptx, f"{needle!r} missing from the PTX of {fn.__name__}"
    # No call may be left to the CPU runtime (there is none on the device).
    assert "penna_rt_" not in ptx


GOLDEN = pathlib.Path(__file__).resolve().parents[1] / "out" / "ptx"


def golden_modules():
    """(file, kernel, PTX) of every module in the golden PTX snapshots
    (written by ``cargo test -p penna-targets --test golden_ptx``)."""
    for path in sorted(GOLDEN.glob("*.ptx")):
        for chunk in path.read_text().split("//! kernel ")[1:]:
            header, _, ptx = chunk.partition("\n")
            yield path.name, header, ptx


@pytest.mark.parametrize("name, kernel, ptx", list(golden_modules()), ids=lambda v: v if "(" in v and "\n" not in v else None)
@pytest.mark.parametrize("arch", ["sm_80", "sm_90"])
def test_golden_ptx_assembles(name, kernel, ptx, arch, tmp_path):
    assert ".visible .entry" in ptx, f"{name}: {kernel} has no kernel"
    assemble(ptx.replace(".target sm_80", f".target {arch}"), arch, tmp_path)


def test_multiply_add_is_fused_on_the_gpu_by_default(tmp_path):
    ptx = ptx_for(axpy, "void(float64, float64[::1], float64[::1], float64[::1])", tmp_path)
    assert "fma.rn.f64" in ptx and "mul.rn.f64" not in ptx


def test_math_links_libdevice_and_keeps_only_what_is_used(tmp_path):
    ptx = ptx_for(grid_stride, "void(float64[:], float64[:])", tmp_path)
    assert "__nv_" not in ptx.split(".visible .entry")[0] or ".func" in ptx
    assert ".extern .func" not in ptx  # every libdevice function resolved


def test_launch_bounds_and_max_registers_reach_the_ptx(tmp_path):
    k = cuda.jit(launch_bounds=(128, 2), max_registers=32)(axpy)
    ptx = k.inspect_asm("void(float32, float32[:], float32[:], float32[:])")
    assert ".maxntid 128, 1, 1" in ptx
    assert ".minnctapersm 2" in ptx
    assert ".maxnreg 32" in ptx
    assemble(ptx, "sm_80", tmp_path)


def test_eager_signatures_and_inspection():
    k = cuda.jit(["void(float32, float32[:], float32[:], float32[:])",
                  penna.void(float64, float64[:], float64[:], float64[:])])(axpy)
    asm = k.inspect_asm()
    assert len(asm) == 2 and all(".visible .entry" in t for t in asm.values())
    llvm = k.inspect_llvm("void(float32, float32[:], float32[:], float32[:])")
    assert "nvvm.annotations" in llvm and "llvm.nvvm.read.ptx.sreg.tid.x" in llvm
    assert "cuda.grid" in k.inspect_ir("void(float32, float32[:], float32[:], float32[:])")


def test_fastmath_gives_approximate_instructions():
    def div(x, y):
        i = cuda.grid(1)
        y[i] = x[i] / y[i] + math.sqrt(x[i])

    exact, _ = cuda.compile_ptx(div, "void(float32[:], float32[:])")
    fast, _ = cuda.compile_ptx(div, "void(float32[:], float32[:])", fastmath=True)
    assert "div.rn.f32" in exact and "div.rn.f32" not in fast


def test_newer_devices_get_the_newest_supported_ptx():
    ptx, _ = cuda.compile_ptx(axpy, "void(float32, float32[:], float32[:], float32[:])", cc=(12, 0))
    assert ".target sm_90" in ptx
    with pytest.raises(penna.errors.TargetError, match="compute capability 6.1"):
        cuda.compile_ptx(axpy, "void(float32, float32[:], float32[:], float32[:])", cc=(6, 1))


# ---- misuse gives clear errors ----

def test_kernel_api_outside_gpu_code_is_a_typing_error():
    def cpu(a):
        a[0] = cuda.threadIdx.x

    with pytest.raises(TypingError, match=r"`cuda.threadIdx.x` can only be used in GPU code"):
        penna.jit(cpu)(np.zeros(3, np.int32))

    def shared_on_cpu(a):
        s = cuda.shared.array(4, float32)
        s[0] = 1
        a[0] = s[0]

    with pytest.raises(TypingError, match="cuda.shared.array"):
        penna.jit(shared_on_cpu)(np.zeros(3, np.float32))


def test_allocation_and_runtime_in_kernels_are_rejected():
    def allocates(a):
        b = np.zeros(3)
        a[0] = b[0]

    def expression(a, b):
        c = a + b
        a[0] = c[0]

    def prints(a):
        print(a[0])

    with pytest.raises(UnsupportedError, match=r"`np.zeros` cannot be used in GPU code"):
        cuda.compile_ptx(allocates, "void(float64[:])")
    with pytest.raises(UnsupportedError, match="array expressions"):
        cuda.compile_ptx(expression, "void(float64[:], float64[:])")
    with pytest.raises(UnsupportedError, match="print"):
        cuda.compile_ptx(prints, "void(float64[:])")


def test_kernels_return_nothing():
    def returns(a):
        return a[0]

    with pytest.raises(TypingError, match="returns a value"):
        cuda.compile_ptx(returns, "void(float64[:])")


def test_shared_array_needs_constant_shape_and_dtype():
    def dynamic_shape(a, n):
        s = cuda.shared.array(n, float32)
        a[0] = s[0]

    def no_dtype(a):
        s = cuda.shared.array(4)
        a[0] = s[0]

    with pytest.raises(TypingError, match="constant shape"):
        cuda.compile_ptx(dynamic_shape, "void(float32[:], int64)")
    with pytest.raises(TypingError, match="dtype"):
        cuda.compile_ptx(no_dtype, "void(float32[:])")


def test_atomic_misuse():
    def on_bool(a):
        cuda.atomic.add(a, 0, True)

    def wrong_index(a):
        cuda.atomic.add(a, 0, 1.0)

    with pytest.raises(TypingError, match="not defined for bool arrays"):
        cuda.compile_ptx(on_bool, "void(bool[:])")
    with pytest.raises(TypingError, match="2 integer index"):
        cuda.compile_ptx(wrong_index, "void(float32[:, :])")


def test_launching_without_a_driver_is_a_clear_error():
    k = cuda.jit(axpy)
    x = np.ones(4, np.float32)
    if not cuda.is_available():
        with pytest.raises(cuda.CudaSupportError, match="no CUDA driver or GPU"):
            k[1, 4](np.float32(2), x, x, x)
        assert cuda.detect() is False
    with pytest.raises(ValueError, match="launch configuration"):
        k(np.float32(2), x, x, x)
    with pytest.raises(RuntimeError, match="inside a @cuda.jit kernel"):
        cuda.grid(1)
    with pytest.raises(RuntimeError, match="inside a @cuda.jit kernel"):
        cuda.threadIdx.x


def test_unknown_jit_option():
    with pytest.raises(TypeError, match="unknown option"):
        cuda.jit(axpy, flavour="spicy")


def test_penna_types_work_as_dtypes_and_conversions_in_cpu_code_too():
    @penna.jit
    def make(n):
        a = np.zeros(n, dtype=float32)
        a[0] = float32(1.5)
        return a, int32(7.9), uint32(3)

    a, i, u = make(3)
    assert a.dtype == np.float32 and a[0] == 1.5 and i == 7 and u == 3


def test_device_functions_compile_on_their_own(tmp_path):
    def scaled(a, x, i):
        return a * x[i] + math.sqrt(abs(x[i]))

    for abi in ("c", "numba"):
        ptx, ret = cuda.compile_ptx(scaled, "float64(float64, float64[::1], int64)", device=True, abi=abi,
                                    abi_info={"abi_name": "scaled_" + abi})
        assert ret == "float64"
        assert f".visible .func  (.param .{'b64' if abi == 'c' else 'b32'} func_retval0) scaled_{abi}(" in ptx
        assert ".entry" not in ptx and ".extern .func" not in ptx and "sqrt.rn.f64" in ptx
        for arch in ("sm_80", "sm_90"):
            assemble(ptx, arch, tmp_path)
    # The numba ABI writes the result through its first parameter.
    ptx, _ = cuda.compile_ptx(scaled, "float64(float64, float64[::1], int64)", device=True)
    assert "st.f64" in ptx and ".visible .func  (.param .b32 func_retval0) scaled(" in ptx
    # A device function returning nothing, and one taking a bool.
    def store(x, flag):
        if flag:
            x[0] = 1.0

    ptx, ret = cuda.compile_ptx(store, "void(float32[::1], boolean)", device=True, abi="c")
    assert ret == "none" and ".visible .func store(" in ptx
    assemble(ptx, "sm_80", tmp_path)
    with pytest.raises(ValueError, match="abi"):
        cuda.compile_ptx(store, "void(float32[::1], boolean)", device=True, abi="fortran")


def test_device_functions_compiled_alone_return_numbers():
    def pair(x):
        return x, x

    with pytest.raises(penna.errors.CompileError, match="returns a real number or nothing"):
        cuda.compile_ptx(pair, "UniTuple(float64, 2)(float64)", device=True)


def test_lineinfo_maps_ptx_to_python_lines(tmp_path):
    ptx, _ = cuda.compile_ptx(block_sum, "void(float64[::1], float64[::1])", lineinfo=True)
    source = pathlib.Path(block_sum.__code__.co_filename)
    assert f'.file\t1 "{source}"' in ptx
    first = block_sum.__code__.co_firstlineno
    lines = {int(line.split()[2]) for line in ptx.splitlines() if line.strip().startswith(".loc")}
    body = set(range(first, first + 16))
    assert lines - {0} <= body and len(lines & body) >= 6, sorted(lines)
    # As nvcc -lineinfo: line directives only, code still optimised.
    assert ".target sm_80\n" in ptx and ".debug_" not in ptx
    for arch in ("sm_80", "sm_90"):
        assemble(ptx, arch, tmp_path)
    plain, _ = cuda.compile_ptx(block_sum, "void(float64[::1], float64[::1])")
    assert ".loc" not in plain
    kernel = cuda.jit(lineinfo=True)(axpy)
    assert ".loc" in kernel.inspect_asm("void(float32, float32[:], float32[:], float32[:])")


@pytest.mark.parametrize("fn, sig, expect", CASES, ids=lambda c: getattr(c, "__name__", None) if callable(c) else None)
def test_every_kernel_compiles_with_lineinfo(fn, sig, expect, tmp_path):
    """Inlined device functions and libdevice calls keep valid line tables."""
    ptx = ptx_for(fn, sig, tmp_path, lineinfo=True)
    assert "\t.loc\t" in ptx and ".debug_" not in ptx


def _shared_at_limit(out):
    s = cuda.shared.array(6144, float64)  # 48 KiB: the most ptxas accepts
    s[cuda.threadIdx.x] = 1.0
    out[0] = s[0]


def _shared_over_limit(out):
    s = cuda.shared.array(6144, float64)
    t = cuda.shared.array(1, float64)
    s[cuda.threadIdx.x] = 1.0
    t[0] = 2.0
    out[0] = s[0] + t[0]


def test_static_shared_memory_limit(tmp_path):
    ptx, _ = cuda.compile_ptx(_shared_at_limit, "void(float64[:])")
    assemble(ptx, "sm_90", tmp_path)
    with pytest.raises(TargetError, match="static shared memory"):
        cuda.compile_ptx(_shared_over_limit, "void(float64[:])")
    # The same limit on the CPU, so a kernel that runs there runs on a GPU.
    with pytest.raises(TargetError, match="static shared memory"):
        cuda.jit(target="cpu")(_shared_over_limit)[1, 4](np.zeros(1))
