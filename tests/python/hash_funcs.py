"""hash() in compiled code, for test_hash.py."""

import penna


@penna.njit
def hashed(x):
    return hash(x)


@penna.njit
def hashed_list(items):
    return hash(items)
