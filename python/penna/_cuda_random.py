"""``penna.cuda.random``: the xoroshiro128+ generator of ``numba.cuda.random``.

::

    from penna import cuda
    from penna.cuda.random import create_xoroshiro128p_states, xoroshiro128p_uniform_float32

    @cuda.jit
    def fill(states, out):
        i = cuda.grid(1)
        if i < out.size:
            out[i] = xoroshiro128p_uniform_float32(states, i)

    states = create_xoroshiro128p_states(n, seed=1)
    fill[blocks, threads](states, out)

Each thread owns one state (a row of two uint64 words: the state array is
``uint64[:, 2]``, where Numba uses a record dtype). States are seeded on the
host by splitmix64 and spaced 2**64 draws apart with the generator's jump
polynomial, so the streams of different threads never overlap. Uniform
draws take the top bits (53 for float64, 24 for float32) and lie in [0, 1);
normal draws use the Box-Muller transform on (0, 1] so never take a log of 0.
"""

import math

import numpy as np

from . import cuda, jit
from .types import float32, float64, int64, uint32, uint64


def _signed(x):
    """A 64-bit constant as the int64 with the same bits (literals are int64)."""
    return x - (1 << 64) if x >= 1 << 63 else x


_GOLDEN = _signed(0x9E3779B97F4A7C15)
_MIX1 = _signed(0xBF58476D1CE4E5B9)
_MIX2 = _signed(0x94D049BB133111EB)
_JUMP0 = _signed(0xBEAC0467EBA5FACB)
_JUMP1 = _signed(0xD86B048B86AA9922)
_TWO_PI = 2 * math.pi


def _next(states, index):
    """Advances state `index` and returns its 64 random bits."""
    s0 = states[index, 0]
    s1 = states[index, 1]
    result = s0 + s1
    s1 ^= s0
    states[index, 0] = ((s0 << uint32(55)) | (s0 >> uint32(9))) ^ s1 ^ (s1 << uint32(14))
    states[index, 1] = (s1 << uint32(36)) | (s1 >> uint32(28))
    return result


#: On the device (from kernels) and on the host (seeding), one definition.
xoroshiro128p_next = cuda.jit(device=True)(_next)
_next_on_host = jit(_next)


@cuda.jit(device=True)
def xoroshiro128p_uniform_float64(states, index):
    """A float64 uniform on [0, 1) from thread state `index`."""
    x = xoroshiro128p_next(states, int64(index))
    return float64(x >> uint32(11)) * (1.0 / 9007199254740992.0)


@cuda.jit(device=True)
def xoroshiro128p_uniform_float32(states, index):
    """A float32 uniform on [0, 1) from thread state `index`."""
    x = xoroshiro128p_next(states, int64(index))
    return float32(x >> uint32(40)) * float32(1.0 / 16777216.0)


@cuda.jit(device=True)
def xoroshiro128p_normal_float64(states, index):
    """A float64 standard normal from thread state `index`."""
    u1 = 1.0 - xoroshiro128p_uniform_float64(states, index)
    u2 = xoroshiro128p_uniform_float64(states, index)
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(_TWO_PI * u2)


@cuda.jit(device=True)
def xoroshiro128p_normal_float32(states, index):
    """A float32 standard normal from thread state `index`."""
    u1 = float32(1.0) - xoroshiro128p_uniform_float32(states, index)
    u2 = xoroshiro128p_uniform_float32(states, index)
    return math.sqrt(float32(-2.0) * math.log(u1)) * math.cos(float32(_TWO_PI) * u2)


@jit
def _splitmix64(z):
    z = z + uint64(_GOLDEN)
    z = (z ^ (z >> uint32(30))) * uint64(_MIX1)
    z = (z ^ (z >> uint32(27))) * uint64(_MIX2)
    return z ^ (z >> uint32(31))


@jit
def _jump(states, index):
    """Moves state `index` 2**64 draws ahead."""
    s0 = uint64(0)
    s1 = uint64(0)
    for word in range(2):
        bits = uint64(_JUMP0) if word == 0 else uint64(_JUMP1)
        for b in range(64):
            if (bits >> uint32(b)) & uint64(1):
                s0 ^= states[index, 0]
                s1 ^= states[index, 1]
            _next_on_host(states, index)
    states[index, 0] = s0
    states[index, 1] = s1


@jit
def _seed_states(states, seed, subsequence_start):
    n = states.shape[0]
    if n == 0:
        return
    states[0, 0] = _splitmix64(uint64(seed))
    states[0, 1] = _splitmix64(states[0, 0])
    for _ in range(subsequence_start):
        _jump(states, 0)
    for i in range(1, n):
        states[i, 0] = states[i - 1, 0]
        states[i, 1] = states[i - 1, 1]
        _jump(states, i)


def init_xoroshiro128p_states(states, seed, subsequence_start=0, stream=0):
    """Seeds the device state array ``states`` (``uint64[:, 2]``)."""
    host = np.empty(states.shape, np.uint64)
    _seed_states(host, np.uint64(seed & 0xFFFFFFFFFFFFFFFF), subsequence_start)
    states.copy_to_device(host, stream=stream)


def create_xoroshiro128p_states(n, seed, subsequence_start=0, stream=0):
    """States for ``n`` threads, on the device (host memory when kernels run on the CPU)."""
    states = cuda.device_array((n, 2), np.uint64, stream=stream)
    init_xoroshiro128p_states(states, seed, subsequence_start, stream)
    return states
