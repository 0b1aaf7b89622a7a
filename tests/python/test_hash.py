"""hash() in compiled code gives CPython's value for numbers of every
dtype, strings (the interpreter's own SipHash key) and tuples."""

import numpy as np
import pytest

from penna.errors import TypingError

from .hash_funcs import hashed, hashed_list

VALUES = [
    0, 5, -1, -2, 2**61 - 1, 2**62, -(2**63), True, False,
    0.0, -0.0, 2.5, -2.5, 1e300, 1e-310, 0.1, float("inf"), -float("inf"), 2.0,
    3 + 4j, complex(0.5, -1.0),
    "", "a", "ab", "héllo", "日本語", "😀x", "x" * 100,
    (), (1, 2), (1, (2.5, "x")), ("a", 1.0, True),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_python_values(value):
    assert hashed(value) == hash(value)


@pytest.mark.parametrize(
    "dtype",
    [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
     np.float16, np.float32, np.float64, np.complex64, np.complex128, np.bool_],
)
def test_numpy_scalars(dtype):
    for v in (0, 1, 7, 100):
        x = dtype(v)
        assert hashed(x) == hash(x), (dtype, v)
    if np.issubdtype(dtype, np.signedinteger):
        x = dtype(-5)
        assert hashed(x) == hash(x)
    if dtype == np.uint64:
        x = np.uint64(2**64 - 1)
        assert hashed(x) == hash(x)


def test_nan_hashes_to_zero():
    assert hashed(float("nan")) == 0


def test_unhashable_is_a_typing_error():
    with pytest.raises(TypingError, match="hash\\(\\) of"):
        hashed_list(np.zeros(3))
