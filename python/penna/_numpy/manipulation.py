"""Rearranging arrays: differences, rolls, flips, tiles, stacks, triangles
and diagonals."""

import numpy as np

from .. import jit

__all__ = ["diff", "ediff1d", "roll", "flip", "fliplr", "flipud", "rot90", "tile", "repeat",
           "triu", "tril", "diag", "diagonal", "fill_diagonal", "trace", "vstack", "hstack",
           "stack", "column_stack", "dstack", "meshgrid", "array_split", "split",
           "count_nonzero", "argwhere", "flatnonzero", "nditer"]


@jit
def _diff_once(a):
    if a.ndim == 1:
        n = a.shape[0]
        out = np.empty(max(n - 1, 0), dtype=a.dtype)
        for i in range(n - 1):
            out[i] = a[i + 1] - a[i]
        return out
    else:
        rows, n = a.shape
        out = np.empty((rows, max(n - 1, 0)), dtype=a.dtype)
        for r in range(rows):
            for i in range(n - 1):
                out[r, i] = a[r, i + 1] - a[r, i]
        return out


@jit
def diff(a, n=1):
    """Differences along the last axis (1-D and 2-D), ``n`` times."""
    if n < 0:
        raise ValueError("order must be non-negative")
    out = a.copy()
    for _ in range(n):
        out = _diff_once(out)
    return out


@jit
def ediff1d(ary):
    return _diff_once(ary.ravel())


@jit
def roll(a, shift):
    """``np.roll`` without ``axis``: the flattened array rolled, in ``a``'s shape."""
    flat = a.ravel()
    n = flat.size
    out = np.empty(n, dtype=a.dtype)
    if n == 0:
        return out.reshape(a.shape)
    s = shift % n
    for i in range(n):
        out[(i + s) % n] = flat[i]
    return out.reshape(a.shape)


@jit
def flip(m):
    """A reversed view of every axis (``np.flip`` without ``axis``)."""
    if m.ndim == 1:
        return m[::-1]
    elif m.ndim == 2:
        return m[::-1, ::-1]
    else:
        return m[::-1, ::-1, ::-1]


@jit
def fliplr(m):
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return m[:, ::-1]


@jit
def flipud(m):
    return m[::-1]


@jit
def rot90(m, k=1):
    """``m`` rotated by 90 degrees ``k`` times, as a view (2-D)."""
    k = k % 4
    if k == 0:
        return m[:, :]
    elif k == 1:
        return m[:, ::-1].T
    elif k == 2:
        return m[::-1, ::-1]
    else:
        return m.T[:, ::-1]


@jit
def tile(A, reps):
    """``A`` repeated ``reps`` times along its last axis (an integer ``reps``)."""
    if A.ndim == 1:
        n = A.shape[0]
        out = np.empty(n * max(reps, 0), dtype=A.dtype)
        for r in range(max(reps, 0)):
            out[r * n:(r + 1) * n] = A
        return out
    else:
        rows, n = A.shape
        out = np.empty((rows, n * max(reps, 0)), dtype=A.dtype)
        for r in range(max(reps, 0)):
            out[:, r * n:(r + 1) * n] = A
        return out


@jit
def repeat(a, repeats):
    """Each element of the flattened ``a`` repeated ``repeats`` times."""
    if repeats < 0:
        raise ValueError("negative dimensions are not allowed")
    flat = a.ravel()
    out = np.empty(flat.size * repeats, dtype=a.dtype)
    for i in range(flat.size):
        for r in range(repeats):
            out[i * repeats + r] = flat[i]
    return out


@jit
def triu(m, k=0):
    out = m.copy()
    rows, cols = m.shape
    for i in range(rows):
        for j in range(min(max(i + k, 0), cols)):
            out[i, j] = 0
    return out


@jit
def tril(m, k=0):
    out = m.copy()
    rows, cols = m.shape
    for i in range(rows):
        for j in range(max(i + k + 1, 0), cols):
            out[i, j] = 0
    return out


@jit
def diag(v, k=0):
    """The ``k``-th diagonal of a 2-D array, or a 2-D array with ``v`` on it."""
    if v.ndim == 1:
        n = v.shape[0] + abs(k)
        out = np.zeros((n, n), dtype=v.dtype)
        for i in range(v.shape[0]):
            if k >= 0:
                out[i, i + k] = v[i]
            else:
                out[i - k, i] = v[i]
        return out
    else:
        return diagonal(v, k).copy()


@jit
def diagonal(a, offset=0):
    rows, cols = a.shape
    if offset >= 0:
        n = max(min(rows, cols - offset), 0)
    else:
        n = max(min(rows + offset, cols), 0)
    out = np.empty(n, dtype=a.dtype)
    for i in range(n):
        if offset >= 0:
            out[i] = a[i, i + offset]
        else:
            out[i] = a[i - offset, i]
    return out


@jit
def fill_diagonal(a, val):
    """Writes ``val`` on the main diagonal of the 2-D ``a``, in place."""
    rows, cols = a.shape
    for i in range(min(rows, cols)):
        a[i, i] = val


@jit
def trace(a, offset=0):
    return diagonal(a, offset).sum()


@jit
def vstack(tup):
    if tup[0].ndim == 1:
        n = tup[0].shape[0]
        out = np.empty((len(tup), n), dtype=tup[0].dtype)
        r = 0
        for x in tup:
            if x.shape[0] != n:
                raise ValueError("all the input array dimensions except for the concatenation axis must match exactly")
            out[r] = x
            r += 1
        return out
    else:
        return np.concatenate(tup, axis=0)


@jit
def hstack(tup):
    if tup[0].ndim == 1:
        return np.concatenate(tup)
    else:
        return np.concatenate(tup, axis=1)


@jit
def stack(arrays, axis=0):
    """1-D arrays stacked as the rows (``axis=0``) or columns (``axis=1``)."""
    first = arrays[0]
    n = first.shape[0]
    k = len(arrays)
    if axis == 0 or axis == -2:
        out = np.empty((k, n), dtype=first.dtype)
    elif axis == 1 or axis == -1:
        out = np.empty((n, k), dtype=first.dtype)
    else:
        raise ValueError("axis is out of bounds for the result")
    r = 0
    for x in arrays:
        if x.shape[0] != n:
            raise ValueError("all input arrays must have the same shape")
        if axis == 0 or axis == -2:
            out[r, :] = x
        else:
            out[:, r] = x
        r += 1
    return out


@jit
def column_stack(tup):
    if tup[0].ndim == 1:
        return stack(tup, 1)
    else:
        return np.concatenate(tup, axis=1)


@jit
def dstack(tup):
    """1-D arrays of length n stacked into a (1, n, k) array."""
    first = tup[0]
    n = first.shape[0]
    out = np.empty((1, n, len(tup)), dtype=first.dtype)
    r = 0
    for x in tup:
        for i in range(n):
            out[0, i, r] = x[i]
        r += 1
    return out


@jit
def meshgrid(x, y):
    """The ``xy``-indexed coordinate matrices of two 1-D arrays."""
    nx, ny = x.size, y.size
    xv = x.ravel()
    yv = y.ravel()
    X = np.empty((ny, nx), dtype=x.dtype)
    Y = np.empty((ny, nx), dtype=y.dtype)
    for i in range(ny):
        for j in range(nx):
            X[i, j] = xv[j]
            Y[i, j] = yv[i]
    return X, Y


@jit
def array_split(ary, indices_or_sections):
    """A list of ``indices_or_sections`` nearly equal parts of a 1-D array."""
    n = ary.shape[0]
    sections = indices_or_sections
    if sections <= 0:
        raise ValueError("number sections must be larger than 0.")
    each, extra = divmod(n, sections)
    parts = [ary[0:0]]
    parts.pop()
    start = 0
    for s in range(sections):
        size = each + 1 if s < extra else each
        parts.append(ary[start:start + size])
        start += size
    return parts


@jit
def split(ary, indices_or_sections):
    if ary.shape[0] % indices_or_sections != 0:
        raise ValueError("array split does not result in an equal division")
    return array_split(ary, indices_or_sections)


@jit
def count_nonzero(a):
    n = 0
    for x in a.ravel():
        if x != 0:
            n += 1
    return n


@jit
def argwhere(a):
    """The indices of the nonzero elements, one row per element."""
    idx = np.nonzero(a)
    n = idx[0].shape[0]
    out = np.empty((n, a.ndim), dtype=np.int64)
    k = 0
    for axis in idx:
        for i in range(n):
            out[i, k] = axis[i]
        k += 1
    return out


@jit
def flatnonzero(a):
    return np.nonzero(a.ravel())[0]


@jit
def nditer(op):
    """``for x in np.nditer(a)``: the elements of ``a`` in NumPy's default
    ``order='K'`` (memory order: F order for Fortran-ordered arrays and
    transposes, axes with negative strides of 1-D and 2-D arrays reversed),
    as a 1-D array to iterate.
    Each ``x`` is the element itself, where NumPy yields a 0-d array:
    arithmetic, comparisons, ``x.item()`` and ``float(x)`` treat them alike.
    Only the first argument (as Numba)."""
    if op.ndim == 0:
        return np.array([op])
    if op.size == 0:
        raise ValueError("Iteration of zero-sized operands is not enabled")
    if op.ndim == 1:
        if op.strides[0] < 0:
            return op[::-1]
        else:
            return op
    elif op.ndim == 2:
        v = op[:, :]
        if v.strides[0] < 0:
            v = v[::-1, :]
        if v.strides[1] < 0:
            v = v[:, ::-1]
        return _memory_order(v)
    else:
        return _memory_order(op)


@jit
def _memory_order(v):
    """``v``'s elements in F order where its strides grow along the axes
    (not C-contiguous), else in C order."""
    f_like = not v.flags.c_contiguous
    for k in range(v.ndim - 1):
        if abs(v.strides[k]) > abs(v.strides[k + 1]):
            f_like = False
    if f_like:
        return v.T.ravel()
    else:
        return v.ravel()


@jit
def _flat_index(a, k):
    """The index tuple of C-order position ``k`` of ``a`` (negative ``k``
    counts from the end, as NumPy's flat iterator does)."""
    n = a.size
    if k < 0:
        k += n
    if k < 0 or k >= n:
        raise IndexError("index out of bounds for the flat iterator")
    return np.unravel_index(k, a.shape)


@jit
def _flat_get(a, k):
    """``a.flat[k]``."""
    idx = _flat_index(a, k)
    return a[idx]


@jit
def _flat_set(a, k, v):
    """``a.flat[k] = v``."""
    idx = _flat_index(a, k)
    a[idx] = v
