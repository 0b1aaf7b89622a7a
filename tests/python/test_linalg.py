"""`np.linalg` and BLAS `@` in compiled code, against NumPy: results checked
by reconstruction (`a @ x == b`, `u @ diag(s) @ vh == a`) and against
NumPy's, over float32 / float64 / complex / integer inputs."""

import numpy as np
import pytest

import penna

DTYPES = [np.float64, np.float32, np.complex128, np.int64]


def matrix(n, m, dtype, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.random((n, m)) * 4 - 2
    if np.dtype(dtype).kind == "c":
        a = a + 1j * (rng.random((n, m)) - 0.5)
    if np.dtype(dtype).kind == "i":
        a = np.round(a * 5)
    return a.astype(dtype)


def tol(dtype):
    return dict(rtol=2e-4, atol=2e-4) if dtype in (np.float32, np.complex64) else dict(rtol=1e-9, atol=1e-9)


def precision(dtype):
    """NumPy's result dtype for an input of `dtype`."""
    return {np.float32: np.float32, np.complex64: np.complex64,
            np.complex128: np.complex128}.get(dtype, np.float64)


@penna.jit
def solve(a, b):
    return np.linalg.solve(a, b)


@penna.jit
def inverse_and_determinants(a):
    return np.linalg.inv(a), np.linalg.det(a), np.linalg.slogdet(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_solve_inv_det(dtype):
    a = matrix(5, 5, dtype) + 6 * np.eye(5, dtype=dtype)
    for b in (matrix(5, 1, dtype, 1)[:, 0], matrix(5, 3, dtype, 2)):
        x = solve(a, b)
        assert x.dtype == precision(dtype)
        assert np.allclose(a @ x, b, **tol(dtype))
        assert np.allclose(x, np.linalg.solve(a, b), **tol(dtype))
    inv, det, (sign, logdet) = inverse_and_determinants(a)
    assert inv.dtype == precision(dtype)
    assert np.allclose(a @ inv, np.eye(5), **tol(dtype))
    assert det == pytest.approx(complex(np.linalg.det(a)), rel=1e-4)
    want_sign, want_log = np.linalg.slogdet(a)
    assert sign == pytest.approx(complex(want_sign), rel=1e-6)
    assert logdet == pytest.approx(float(want_log), rel=1e-6)


def test_singular_and_non_square_raise_linalg_error():
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        solve(np.ones((3, 3)), np.ones(3))
    with pytest.raises(np.linalg.LinAlgError, match="square"):
        inverse_and_determinants(np.ones((2, 3)))
    singular = np.array([[1.0, 2.0], [2.0, 4.0]])
    assert inverse_and_determinants(np.eye(2))[1] == 1.0
    with pytest.raises(np.linalg.LinAlgError):
        inverse_and_determinants(singular)
    assert penna.jit(det_only)(singular) == 0.0
    assert penna.jit(slogdet_only)(singular) == (0.0, -np.inf)


def det_only(a):
    return np.linalg.det(a)


def slogdet_only(a):
    return np.linalg.slogdet(a)


@penna.jit
def eigen(a):
    return np.linalg.eig(a), np.linalg.eigvals(a)


@penna.jit
def hermitian_eigen(a):
    return np.linalg.eigh(a), np.linalg.eigvalsh(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_eigenvalues(dtype):
    a = matrix(6, 6, dtype)
    sym = a @ a.conj().T + np.eye(6, dtype=dtype)
    (w, v), wh = hermitian_eigen(sym)
    assert np.allclose(sym @ v, v * w, **tol(dtype))
    assert np.allclose(wh, np.linalg.eigvalsh(sym), **tol(dtype))
    assert np.all(np.diff(w) >= 0)
    (w, v), vals = eigen(sym if np.dtype(dtype).kind != "c" else a)
    m = sym if np.dtype(dtype).kind != "c" else a
    assert np.allclose(m @ v, v * w, **tol(dtype))
    assert np.allclose(np.sort_complex(vals), np.sort_complex(np.linalg.eigvals(m)), **tol(dtype))


def test_eig_of_real_matrix_with_complex_eigenvalues_raises():
    rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
    with pytest.raises(ValueError, match="complex"):
        eigen(rotation)
    (w, v), _ = eigen(rotation.astype(np.complex128))
    assert np.allclose(sorted(w, key=lambda z: z.imag), [-1j, 1j])


@penna.jit
def decompositions(a):
    return np.linalg.svd(a), np.linalg.svd(a, False), np.linalg.qr(a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (4, 4)])
def test_svd_and_qr_reconstruct(dtype, shape):
    a = matrix(*shape, dtype)
    (u, s, vh), (ur, sr, vhr), (q, r) = decompositions(a)
    k = min(shape)
    assert u.shape == (shape[0], shape[0]) and vh.shape == (shape[1], shape[1])
    assert np.allclose((u[:, :k] * s) @ vh[:k], a, **tol(dtype))
    assert np.allclose((ur * sr) @ vhr, a, **tol(dtype))
    assert np.allclose(s, np.linalg.svd(a, compute_uv=False), **tol(dtype))
    assert np.allclose(q @ r, a, **tol(dtype))
    assert np.allclose(np.triu(r), r)
    assert q.dtype == precision(dtype) and s.dtype == np.dtype(precision(dtype)).type(0).real.dtype


@penna.jit
def cholesky(a):
    return np.linalg.cholesky(a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cholesky(dtype):
    a = matrix(5, 5, dtype)
    spd = a @ a.conj().T + 5 * np.eye(5, dtype=dtype)
    low = cholesky(spd)
    assert np.allclose(low @ low.conj().T, spd, **tol(dtype))
    assert np.allclose(low, np.linalg.cholesky(spd), **tol(dtype))
    with pytest.raises(np.linalg.LinAlgError, match="positive definite"):
        cholesky(-np.eye(3, dtype=dtype))


@penna.jit
def least_squares(a, b):
    return np.linalg.lstsq(a, b)


@penna.jit
def pseudo_inverse(a):
    return np.linalg.pinv(a)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.complex128])
def test_lstsq_and_pinv(dtype):
    a = matrix(8, 3, dtype)
    for b in (matrix(8, 1, dtype, 5)[:, 0], matrix(8, 2, dtype, 6)):
        x, res, rank, s = least_squares(a, b)
        wx, wres, wrank, ws = np.linalg.lstsq(a, b)
        assert np.allclose(x, wx, **tol(dtype))
        assert np.allclose(res, wres, **tol(dtype))
        assert rank == wrank
        assert np.allclose(s, ws, **tol(dtype))
    assert np.allclose(pseudo_inverse(a), np.linalg.pinv(a), **tol(dtype))


@penna.jit
def norms(v, m, o):
    return np.linalg.norm(v), np.linalg.norm(m), np.linalg.norm(v, o), np.linalg.norm(m, o)


@pytest.mark.parametrize("dtype", DTYPES)
def test_norms(dtype):
    v = matrix(1, 7, dtype)[0]
    m = matrix(4, 5, dtype)
    for o in (1, -1, 2, -2, np.inf, -np.inf):
        got = norms(v, m, o)
        want = (np.linalg.norm(v), np.linalg.norm(m), np.linalg.norm(v, o), np.linalg.norm(m, o))
        assert got == pytest.approx(want, rel=1e-5)
    assert penna.jit(vector_norm)(v, 3.0) == pytest.approx(np.linalg.norm(v, 3.0), rel=1e-6)
    assert penna.jit(vector_norm)(v, 0.0) == np.linalg.norm(v, 0)


def vector_norm(v, o):
    return np.linalg.norm(v, o)


@penna.jit
def rank_cond_power(a, n):
    return np.linalg.matrix_rank(a), np.linalg.cond(a), np.linalg.matrix_power(a, n)


@pytest.mark.parametrize("dtype", DTYPES)
def test_rank_cond_and_matrix_power(dtype):
    a = matrix(4, 4, dtype) + 3 * np.eye(4, dtype=dtype)
    for n in (0, 1, 3, -2) if np.dtype(dtype).kind != "i" else (0, 1, 3):
        rank, c, p = rank_cond_power(a, n)
        assert rank == 4
        assert c == pytest.approx(np.linalg.cond(a), rel=1e-5)
        assert np.allclose(p, np.linalg.matrix_power(a, n), **tol(dtype))
    if np.dtype(dtype).kind == "i":
        with pytest.raises(TypeError, match="negative power"):
            rank_cond_power(a, -1)
    low_rank = np.outer(np.arange(4.0), np.ones(4))
    assert rank_cond_power(low_rank, 1)[0] == np.linalg.matrix_rank(low_rank) == 1


@penna.jit
def matmul(a, b):
    return a @ b, np.dot(a, b)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.complex128])
def test_matrix_products_use_blas_with_any_layout(dtype):
    before = penna.runtime.live_allocations()
    check_products(dtype)
    # The copies made for BLAS are released.
    assert penna.runtime.live_allocations() == before


def check_products(dtype):
    a = matrix(30, 20, dtype)
    b = matrix(20, 10, dtype, 1)
    cases = [(a, b), (np.asfortranarray(a), b), (a, b[:, ::-1]), (a[::2], b), (a, b[:, 3]),
             (a[4], b), (a[:0], b)]
    for x, y in cases:
        for got in matmul(x, y):
            assert got.dtype == dtype
            assert np.allclose(got, x @ y, **tol(dtype))
    # Mixed precisions convert to the result type first.
    a, b = np.real(a), np.real(b)
    got = matmul(a.astype(np.float32), b.astype(np.float64))[0]
    assert got.dtype == np.float64
    assert np.allclose(got, a.astype(np.float32) @ b.astype(np.float64), **tol(np.float32))
