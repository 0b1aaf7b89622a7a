"""``np.linalg`` in compiled code, on LAPACK and BLAS.

The routines are LAPACKE's and CBLAS's from the OpenBLAS that NumPy's
wheels bundle (the library NumPy itself calls), through the CPU runtime's
``penna._rt_lapack_*`` functions; nothing here is a hand-written algorithm
beyond combining LAPACK's results as NumPy does. As in NumPy, every input
is computed in float64 or complex128, in a Fortran-ordered copy (LAPACK's
layout; LAPACK overwrites it), and the results come back in the input's
precision: float32 and complex64 inputs give float32 and complex64
results, integers float64.

Errors follow NumPy: a singular matrix, a matrix that is not positive
definite and non-converging iterations raise ``np.linalg.LinAlgError``; a
non-square matrix where one is needed too. As in Numba, ``eig`` and
``eigvals`` of a real matrix return real results, and raise ``ValueError``
when the eigenvalues are complex (NumPy switches to a complex result type).
"""

import numpy as np
from numpy.linalg import LinAlgError

import penna

from .. import jit

__all__ = ["LinAlgError", "solve", "inv", "det", "slogdet", "eig", "eigvals", "eigh",
           "eigvalsh", "svd", "qr", "cholesky", "lstsq", "pinv", "norm", "cond", "matrix_rank",
           "matrix_power"]

_NO_LAPACK = -9223372036854775808
_EPS = 2.220446049250313e-16


@jit
def _checked(info):
    if info == _NO_LAPACK:
        raise RuntimeError("np.linalg in compiled code needs the OpenBLAS bundled with NumPy's wheels, which is not loaded in this process")
    if info < 0:
        raise ValueError("LAPACK rejected an argument (a penna bug)")
    return info


@jit
def _square(a):
    if a.ndim != 2:
        raise LinAlgError("array must be at least two-dimensional")
    if a.shape[0] != a.shape[1]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return a.shape[0]


@jit
def _work(a):
    """A C-contiguous float64 / complex128 copy of ``a``."""
    return a.astype(np.result_type(a, np.float64))


@jit
def _fortran(a, t):
    """A Fortran-ordered copy of the matrix ``a`` in dtype ``t``, for LAPACK to overwrite."""
    return a.T.astype(t).T


@jit
def _fortran_work(a):
    return _fortran(a, np.result_type(a, np.float64))


@jit
def _empty_fortran(rows, cols, t):
    return np.empty((cols, rows), dtype=t).T


@jit
def _like(x, a):
    """``x`` (float64 or complex128) in ``a``'s precision: single for float32
    and complex64 inputs, double for everything else (integers included)."""
    return _like2(x, a, a)


@jit
def _like2(x, a, b):
    """``x`` in single precision when both ``a`` and ``b`` are single."""
    if (a.dtype == np.float32 or a.dtype == np.complex64) and (
            b.dtype == np.float32 or b.dtype == np.complex64):
        if x.dtype == np.complex128:
            return x.astype(np.complex64)
        else:
            return x.astype(np.float32)
    else:
        return x


@jit
def _columns(b):
    if b.ndim == 1:
        return 1
    else:
        return b.shape[1]


@jit
def solve(a, b):
    n = _square(a)
    t = np.result_type(np.result_type(a, b), np.float64)
    if b.shape[0] != n:
        raise ValueError("solve: the right-hand side must have as many rows as the matrix")
    lu = _fortran(a, t)
    if b.ndim == 1:
        x = b.astype(t)
    else:
        x = _fortran(b, t)
    nrhs = _columns(b)
    ipiv = np.empty(max(n, 1), dtype=np.int64)
    if _checked(penna._rt_lapack_gesv(n, nrhs, lu, ipiv, x)) > 0:
        raise LinAlgError("Singular matrix")
    return _like2(x, a, b)


@jit
def inv(a):
    n = _square(a)
    lu = _fortran_work(a)
    x = np.eye(n, dtype=np.result_type(a, np.float64)).T
    ipiv = np.empty(max(n, 1), dtype=np.int64)
    if _checked(penna._rt_lapack_gesv(n, n, lu, ipiv, x)) > 0:
        raise LinAlgError("Singular matrix")
    return _like(x, a)


@jit
def _lu_diagonal(a):
    """The LU factorisation's diagonal and the permutation's sign (0 if singular)."""
    n = _square(a)
    lu = _fortran_work(a)
    ipiv = np.empty(max(n, 1), dtype=np.int64)
    info = _checked(penna._rt_lapack_getrf(n, n, lu, ipiv))
    sign = 1.0
    for i in range(n):
        if ipiv[i] != i + 1:
            sign = -sign
    d = np.empty(n, dtype=lu.dtype)
    for i in range(n):
        d[i] = lu[i, i]
    if info > 0:
        sign = 0.0
    return d, sign


@jit
def det(a):
    d, sign = _lu_diagonal(a)
    r = sign + 0 * d[0:1].sum()
    for x in d:
        r = r * x
    return r


@jit
def slogdet(a):
    d, sign = _lu_diagonal(a)
    if sign == 0.0:
        return sign + 0 * d[0:1].sum(), -np.inf
    s = sign + 0 * d[0:1].sum()
    logdet = 0.0
    for x in d:
        m = abs(x)
        s = s * (x / m)
        logdet += np.log(m)
    return s, logdet


@jit
def _geev(a, vectors):
    n = _square(a)
    work = _fortran_work(a)
    w = np.empty(n, dtype=np.complex128)
    if vectors:
        v = _empty_fortran(n, n, np.complex128)
    else:
        v = _empty_fortran(1, 1, np.complex128)
    if _checked(penna._rt_lapack_geev(1 if vectors else 0, n, work, w, v)) > 0:
        raise LinAlgError("Eigenvalues did not converge")
    return w, v


@jit
def _real_or_raise(z):
    out = np.empty(z.shape, dtype=np.float64)
    fz = z.ravel()
    fo = out.ravel()
    for i in range(fz.size):
        if fz[i].imag != 0.0:
            raise ValueError("eig() argument must not cause a domain change (the eigenvalues are complex; pass a complex matrix)")
        fo[i] = fz[i].real
    return out


@jit
def eig(a):
    w, v = _geev(a, True)
    if a.dtype == np.complex128 or a.dtype == np.complex64:
        return _like(w, a), _like(v, a)
    else:
        return _like(_real_or_raise(w), a), _like(_real_or_raise(v), a)


@jit
def eigvals(a):
    w, v = _geev(a, False)
    if a.dtype == np.complex128 or a.dtype == np.complex64:
        return _like(w, a)
    else:
        return _like(_real_or_raise(w), a)


@jit
def _syevd(a, vectors):
    n = _square(a)
    work = _fortran_work(a)
    w = np.empty(n, dtype=np.float64)
    if _checked(penna._rt_lapack_syevd(1 if vectors else 0, n, work, w)) > 0:
        raise LinAlgError("Eigenvalues did not converge")
    return w, work


@jit
def eigh(a):
    """Eigenvalues (ascending) and eigenvectors of a symmetric or Hermitian
    matrix, from its lower triangle (``UPLO="L"``)."""
    w, v = _syevd(a, True)
    return _like(w, a), _like(v, a)


@jit
def eigvalsh(a):
    w, v = _syevd(a, False)
    return _like(w, a)


@jit
def _gesdd(a, mode):
    """mode 0: values only; 1: full U and V^H; 2: reduced."""
    if a.ndim != 2:
        raise LinAlgError("array must be at least two-dimensional")
    m, n = a.shape
    k = min(m, n)
    work = _fortran_work(a)
    t = work.dtype
    s = np.empty(k, dtype=np.float64)
    if mode == 1:
        u = _empty_fortran(m, m, t)
        vt = _empty_fortran(n, n, t)
    elif mode == 2:
        u = _empty_fortran(m, k, t)
        vt = _empty_fortran(k, n, t)
    else:
        u = _empty_fortran(1, 1, t)
        vt = _empty_fortran(1, 1, t)
    if _checked(penna._rt_lapack_gesdd(mode, m, n, work, s, u, vt)) > 0:
        raise LinAlgError("SVD did not converge")
    return u, s, vt


@jit
def svd(a, full_matrices=True):
    u, s, vt = _gesdd(a, 1 if full_matrices else 2)
    return _like(u, a), _like(s, a), _like(vt, a)


@jit
def _singular_values(a):
    return _gesdd(a, 0)[1]


@jit
def qr(a):
    """The reduced QR factorisation (NumPy's default ``mode="reduced"``)."""
    if a.ndim != 2:
        raise LinAlgError("array must be at least two-dimensional")
    m, n = a.shape
    k = min(m, n)
    work = _fortran_work(a)
    tau = np.empty(max(k, 1), dtype=work.dtype)
    _checked(penna._rt_lapack_geqrf(m, n, work, tau))
    r = np.zeros((k, n), dtype=work.dtype)
    for i in range(k):
        for j in range(i, n):
            r[i, j] = work[i, j]
    q = _empty_fortran(m, k, work.dtype)
    for i in range(m):
        for j in range(k):
            q[i, j] = work[i, j]
    _checked(penna._rt_lapack_orgqr(m, k, k, q, tau))
    return _like(q, a), _like(r, a)


@jit
def cholesky(a):
    """The lower-triangular ``L`` with ``a = L @ L.conj().T``."""
    n = _square(a)
    work = _fortran_work(a)
    if _checked(penna._rt_lapack_potrf(n, work)) > 0:
        raise LinAlgError("Matrix is not positive definite")
    for i in range(n):
        for j in range(i + 1, n):
            work[i, j] = 0
    return _like(work, a)


@jit
def lstsq(a, b, rcond=None):
    """``(x, residuals, rank, s)`` as NumPy returns them."""
    if a.ndim != 2:
        raise LinAlgError("array must be at least two-dimensional")
    m, n = a.shape
    if b.shape[0] != m:
        raise LinAlgError("Incompatible dimensions")
    t = np.result_type(np.result_type(a, b), np.float64)
    work = _fortran(a, t)
    nrhs = _columns(b)
    rows = max(m, n)
    x = _empty_fortran(rows, nrhs, t)
    x[:, :] = 0
    bf = b.astype(t).reshape((m, nrhs))
    for i in range(m):
        for j in range(nrhs):
            x[i, j] = bf[i, j]
    s = np.empty(max(min(m, n), 1), dtype=np.float64)
    rank = np.zeros(1, dtype=np.int64)
    if rcond is None:
        cut = _EPS * max(m, n)
    else:
        cut = rcond * 1.0
    if _checked(penna._rt_lapack_gelsd(m, n, nrhs, work, x, s, cut, rank)) > 0:
        raise LinAlgError("SVD did not converge in Linear Least Squares")
    sol = x[:n].copy()
    if rank[0] == n and m > n:
        resid = np.empty(nrhs, dtype=np.float64)
        for j in range(nrhs):
            acc = 0.0
            for i in range(n, m):
                acc += abs(x[i, j]) ** 2
            resid[j] = acc
    else:
        resid = np.empty(0, dtype=np.float64)
    values = s[:min(m, n)].copy()
    if b.ndim == 1:
        return _like2(sol.ravel(), a, b), _like2(resid, a, b), rank[0], _like2(values, a, b)
    else:
        return _like2(sol, a, b), _like2(resid, a, b), rank[0], _like2(values, a, b)


@jit
def pinv(a, rcond=1e-15):
    u, s, vt = _gesdd(a, 2)
    cutoff = rcond * s.max() if s.size > 0 else 0.0
    m, n = a.shape
    k = s.size
    out = np.zeros((n, m), dtype=u.dtype)
    for p in range(k):
        if s[p] > cutoff:
            inv_s = 1.0 / s[p]
            for i in range(n):
                vi = vt[p, i].conjugate() * inv_s
                for j in range(m):
                    out[i, j] += vi * u[j, p].conjugate()
    return _like(out, a)


@jit
def _vector_norm(x, ord):
    ax = np.abs(_work(x.ravel()))
    if ord is None:
        return np.sqrt((ax * ax).sum())
    if ord == np.inf:
        return ax.max()
    if ord == -np.inf:
        return ax.min()
    if ord == 0:
        return (ax != 0).sum() * 1.0
    if ord == 1:
        return ax.sum() * 1.0
    if ord == 2:
        return np.sqrt((ax * ax).sum())
    return (ax ** ord).sum() ** (1.0 / ord)


@jit
def _matrix_norm(x, ord):
    ax = np.abs(_work(x))
    if ord is None:
        return np.sqrt((ax * ax).sum())
    if ord == 2:
        return _singular_values(x).max()
    if ord == -2:
        return _singular_values(x).min()
    if ord == 1:
        return ax.sum(axis=0).max() * 1.0
    if ord == -1:
        return ax.sum(axis=0).min() * 1.0
    if ord == np.inf:
        return ax.sum(axis=1).max() * 1.0
    if ord == -np.inf:
        return ax.sum(axis=1).min() * 1.0
    raise ValueError("Invalid norm order for matrices.")


@jit
def norm(x, ord=None):
    """Vector norms of 1-D arrays and matrix norms of 2-D arrays (``ord``
    None, 1, -1, 2, -2, inf, -inf; any number for vectors)."""
    if x.ndim == 1:
        return _vector_norm(x, ord)
    else:
        return _matrix_norm(x, ord)


@jit
def cond(x, p=None):
    if p is None:
        s = _singular_values(x)
        return s[0] / s[s.size - 1]
    else:
        return norm(x, p) * norm(inv(x), p)


@jit
def matrix_rank(M, tol=None):
    if M.ndim < 2:
        for v in M.ravel():
            if v != 0:
                return 1
        return 0
    else:
        s = _singular_values(M)
        if s.size == 0:
            return 0
        if tol is None:
            limit = s.max() * max(M.shape[0], M.shape[1]) * _EPS
        else:
            limit = tol * 1.0
        r = 0
        for v in s:
            if v > limit:
                r += 1
        return r


@jit
def _inverse_for_power(a):
    if (a.dtype == np.float64 or a.dtype == np.float32 or a.dtype == np.complex128
            or a.dtype == np.complex64):
        return inv(a)
    else:
        if a.size >= 0:
            raise TypeError("matrix_power of an integer matrix to a negative power: its inverse is not an integer matrix (convert it to float first)")
        return a.copy()


@jit
def matrix_power(a, n):
    size = _square(a)
    if n < 0:
        base = _inverse_for_power(a)
        k = -n
    else:
        base = a.copy()
        k = n
    result = np.eye(size, dtype=base.dtype)
    while k > 0:
        if k & 1:
            result = result @ base
        k >>= 1
        if k > 0:
            base = base @ base
    return result
