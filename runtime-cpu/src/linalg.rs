//! `np.linalg` and BLAS-backed `@` in compiled code: LAPACKE and CBLAS from
//! the OpenBLAS that NumPy's wheels bundle (`scipy_openblas64_`: 64-bit
//! integers, `scipy_` prefix, `64_` suffix), so compiled code computes with
//! the library NumPy itself uses. The host loads it once ([`load`]) before
//! The library is found among the objects already loaded into the
//! process (NumPy loaded it; nothing is searched on disk) the first time
//! compiled code needs it. The C functions here are the `lapack_*` and
//! `blas_*` rows of `penna_compiler::runtime_fns`; without the library the
//! `lapack_*` ones return [`NO_LAPACK`] (the Python side raises) and
//! `blas_gemm` multiplies with a plain loop.
//!
//! Every array argument arrives as its data pointer and its scalar code.
//! LAPACK matrices are Fortran-ordered (column-major, LAPACK's own layout,
//! so LAPACKE copies nothing) and float64 or complex128 (NumPy's linalg
//! computes float32 in float64 too): the Python side of `np.linalg`
//! guarantees both. `gemm` takes C-contiguous matrices. Results are LAPACK's
//! `info` (0: success; > 0: the matrix is singular, not positive definite,
//! or an iteration did not converge; < 0: a bad argument, a penna bug).

use std::ffi::{c_char, c_int, c_void};
use std::sync::OnceLock;

use penna_compiler::abi::scalar_code;
use penna_compiler::Scalar;

type Int = i64;
type Ptr = *mut c_void;

const ROW_MAJOR: c_int = 101;
const COL_MAJOR: c_int = 102;
const NO_TRANS: c_int = 111;

/// One routine in its real (`d`) and complex (`z`) forms.
struct Pair {
    real: usize,
    complex: usize,
}

pub struct Library {
    gesv: Pair,
    getrf: Pair,
    getri: Pair,
    geev: Pair,
    syevd: Pair,
    gesdd: Pair,
    geqrf: Pair,
    orgqr: Pair,
    potrf: Pair,
    gelsd: Pair,
    /// `sgemm dgemm cgemm zgemm`.
    gemm: [usize; 4],
}

/// What the `lapack_*` functions return when no OpenBLAS is loaded.
pub const NO_LAPACK: Int = i64::MIN;

static LIBRARY: OnceLock<Result<Library, String>> = OnceLock::new();

/// The OpenBLAS NumPy loaded, or why there is none.
pub fn library() -> Result<&'static Library, &'static str> {
    LIBRARY.get_or_init(open).as_ref().map_err(|e| e.as_str())
}

fn open() -> Result<Library, String> {
    let lib = crate::loaded::Loaded::find(|path| path.contains("libscipy_openblas")).ok_or_else(|| {
        "no scipy_openblas library is loaded (np.linalg in compiled code uses the OpenBLAS of NumPy's wheels)".to_string()
    })?;
    let find = |name: &str| lib.symbol(name);
    let lapacke = |real: &str, complex: &str| -> Result<Pair, String> {
        Ok(Pair {
            real: find(&format!("scipy_LAPACKE_{real}64_"))?,
            complex: find(&format!("scipy_LAPACKE_{complex}64_"))?,
        })
    };
    let cblas = |name: &str| find(&format!("scipy_cblas_{name}64_"));
    Ok(Library {
        gesv: lapacke("dgesv", "zgesv")?,
        getrf: lapacke("dgetrf", "zgetrf")?,
        getri: lapacke("dgetri", "zgetri")?,
        geev: lapacke("dgeev", "zgeev")?,
        syevd: lapacke("dsyevd", "zheevd")?,
        gesdd: lapacke("dgesdd", "zgesdd")?,
        geqrf: lapacke("dgeqrf", "zgeqrf")?,
        orgqr: lapacke("dorgqr", "zungqr")?,
        potrf: lapacke("dpotrf", "zpotrf")?,
        gelsd: lapacke("dgelsd", "zgelsd")?,
        gemm: [
            cblas("sgemm")?,
            cblas("dgemm")?,
            cblas("cgemm")?,
            cblas("zgemm")?,
        ],
    })
}

/// Whether the scalar code is complex128 (otherwise float64).
fn complex(code: i32) -> bool {
    code as u32 == scalar_code(Scalar::C128)
}

/// The routine's address for an array of scalar code `code`, or `None`
/// without a library.
fn pick(routine: fn(&Library) -> &Pair, code: i32) -> Option<usize> {
    let lib = library().ok()?;
    let pair = routine(lib);
    Some(if complex(code) {
        pair.complex
    } else {
        pair.real
    })
}

/// The routine for `code`, or an early `return NO_LAPACK`.
macro_rules! lapack {
    ($routine:expr, $code:expr) => {
        match pick($routine, $code) {
            Some(address) => address,
            None => return NO_LAPACK,
        }
    };
}

/// Calls `address` as the function type `F`.
macro_rules! call {
    ($address:expr, fn($($t:ty),*) -> $r:ty, $($arg:expr),*) => {{
        // SAFETY: the address is the LAPACKE/CBLAS routine of this signature,
        // and the Python side passes arrays of the sizes LAPACK reads.
        let f: unsafe extern "C" fn($($t),*) -> $r = unsafe { std::mem::transmute($address) };
        unsafe { f($($arg),*) }
    }};
}

#[no_mangle]
extern "C" fn penna_rt_lapack_gesv(
    n: Int,
    nrhs: Int,
    a: Ptr,
    a_code: i32,
    ipiv: Ptr,
    _: i32,
    b: Ptr,
    _: i32,
) -> Int {
    call!(
        lapack!(|l| &l.gesv, a_code),
        fn(c_int, Int, Int, Ptr, Int, Ptr, Ptr, Int) -> Int,
        COL_MAJOR,
        n,
        nrhs,
        a,
        n.max(1),
        ipiv,
        b,
        n.max(1)
    )
}

#[no_mangle]
extern "C" fn penna_rt_lapack_getrf(m: Int, n: Int, a: Ptr, code: i32, ipiv: Ptr, _: i32) -> Int {
    call!(
        lapack!(|l| &l.getrf, code),
        fn(c_int, Int, Int, Ptr, Int, Ptr) -> Int,
        COL_MAJOR,
        m,
        n,
        a,
        m.max(1),
        ipiv
    )
}

#[no_mangle]
extern "C" fn penna_rt_lapack_getri(n: Int, a: Ptr, code: i32, ipiv: Ptr, _: i32) -> Int {
    call!(
        lapack!(|l| &l.getri, code),
        fn(c_int, Int, Ptr, Int, Ptr) -> Int,
        COL_MAJOR,
        n,
        a,
        n.max(1),
        ipiv
    )
}

/// Eigenvalues `w` (complex128, length n) and, with `vectors`, right
/// eigenvectors `v` (complex128, n x n, Fortran order, one per column): the
/// real routine's conjugate pairs are expanded here.
#[no_mangle]
extern "C" fn penna_rt_lapack_geev(
    vectors: i32,
    n: Int,
    a: Ptr,
    code: i32,
    w: Ptr,
    _: i32,
    v: Ptr,
    _: i32,
) -> Int {
    let jobvr = if vectors != 0 { b'V' } else { b'N' } as c_char;
    let nu = n.max(0) as usize;
    let address = lapack!(|l| &l.geev, code);
    if complex(code) {
        let ldv = n.max(1);
        return call!(
            address,
            fn(c_int, c_char, c_char, Int, Ptr, Int, Ptr, Ptr, Int, Ptr, Int) -> Int,
            COL_MAJOR,
            b'N' as c_char,
            jobvr,
            n,
            a,
            n.max(1),
            w,
            std::ptr::null_mut(),
            1,
            v,
            ldv
        );
    }
    let mut wr = vec![0f64; nu];
    let mut wi = vec![0f64; nu];
    let mut vr = vec![0f64; if vectors != 0 { nu * nu } else { 1 }];
    let info = call!(
        address,
        fn(c_int, c_char, c_char, Int, Ptr, Int, Ptr, Ptr, Ptr, Int, Ptr, Int) -> Int,
        COL_MAJOR,
        b'N' as c_char,
        jobvr,
        n,
        a,
        n.max(1),
        wr.as_mut_ptr().cast(),
        wi.as_mut_ptr().cast(),
        std::ptr::null_mut(),
        1,
        vr.as_mut_ptr().cast(),
        n.max(1)
    );
    if info != 0 {
        return info;
    }
    // SAFETY: the caller passes n complex128 values at `w` (and n * n at `v`).
    let w = unsafe { std::slice::from_raw_parts_mut(w.cast::<[f64; 2]>(), nu) };
    for k in 0..nu {
        w[k] = [wr[k], wi[k]];
    }
    if vectors != 0 {
        // SAFETY: as above.
        let v = unsafe { std::slice::from_raw_parts_mut(v.cast::<[f64; 2]>(), nu * nu) };
        let mut k = 0;
        while k < nu {
            if wi[k] != 0.0 && k + 1 < nu {
                for row in 0..nu {
                    let (re, im) = (vr[k * nu + row], vr[(k + 1) * nu + row]);
                    v[k * nu + row] = [re, im];
                    v[(k + 1) * nu + row] = [re, -im];
                }
                k += 2;
            } else {
                for row in 0..nu {
                    v[k * nu + row] = [vr[k * nu + row], 0.0];
                }
                k += 1;
            }
        }
    }
    0
}

/// Eigenvalues (ascending, float64) of a symmetric / Hermitian matrix from
/// its lower triangle; with `vectors`, `a` is overwritten by the eigenvectors.
#[no_mangle]
extern "C" fn penna_rt_lapack_syevd(
    vectors: i32,
    n: Int,
    a: Ptr,
    code: i32,
    w: Ptr,
    _: i32,
) -> Int {
    let jobz = if vectors != 0 { b'V' } else { b'N' } as c_char;
    call!(
        lapack!(|l| &l.syevd, code),
        fn(c_int, c_char, c_char, Int, Ptr, Int, Ptr) -> Int,
        COL_MAJOR,
        jobz,
        b'L' as c_char,
        n,
        a,
        n.max(1),
        w
    )
}

/// Singular values `s` and, with `full` 1 (all of U and V^H) or 2 (the
/// reduced ones), `u` (m x ucol) and `vt` (vrow x n).
#[allow(clippy::too_many_arguments)]
#[no_mangle]
extern "C" fn penna_rt_lapack_gesdd(
    full: i32,
    m: Int,
    n: Int,
    a: Ptr,
    code: i32,
    s: Ptr,
    _: i32,
    u: Ptr,
    _: i32,
    vt: Ptr,
    _: i32,
) -> Int {
    let k = m.min(n);
    let (jobz, ldvt) = match full {
        0 => (b'N', 1),
        1 => (b'A', n.max(1)),
        _ => (b'S', k.max(1)),
    };
    call!(
        lapack!(|l| &l.gesdd, code),
        fn(c_int, c_char, Int, Int, Ptr, Int, Ptr, Ptr, Int, Ptr, Int) -> Int,
        COL_MAJOR,
        jobz as c_char,
        m,
        n,
        a,
        m.max(1),
        s,
        u,
        m.max(1),
        vt,
        ldvt
    )
}

#[no_mangle]
extern "C" fn penna_rt_lapack_geqrf(m: Int, n: Int, a: Ptr, code: i32, tau: Ptr, _: i32) -> Int {
    call!(
        lapack!(|l| &l.geqrf, code),
        fn(c_int, Int, Int, Ptr, Int, Ptr) -> Int,
        COL_MAJOR,
        m,
        n,
        a,
        m.max(1),
        tau
    )
}

/// The first `n` columns of Q from `geqrf`'s reflectors (`k` of them); `a`
/// is m x n.
#[no_mangle]
extern "C" fn penna_rt_lapack_orgqr(
    m: Int,
    n: Int,
    k: Int,
    a: Ptr,
    code: i32,
    tau: Ptr,
    _: i32,
) -> Int {
    call!(
        lapack!(|l| &l.orgqr, code),
        fn(c_int, Int, Int, Int, Ptr, Int, Ptr) -> Int,
        COL_MAJOR,
        m,
        n,
        k,
        a,
        m.max(1),
        tau
    )
}

/// The lower Cholesky factor in `a`'s lower triangle.
#[no_mangle]
extern "C" fn penna_rt_lapack_potrf(n: Int, a: Ptr, code: i32) -> Int {
    call!(
        lapack!(|l| &l.potrf, code),
        fn(c_int, c_char, Int, Ptr, Int) -> Int,
        COL_MAJOR,
        b'L' as c_char,
        n,
        a,
        n.max(1)
    )
}

/// Least squares: `b` (max(m, n) x nrhs) gets the solution in its first n
/// rows, `s` the singular values, `rank[0]` the effective rank.
#[allow(clippy::too_many_arguments)]
#[no_mangle]
extern "C" fn penna_rt_lapack_gelsd(
    m: Int,
    n: Int,
    nrhs: Int,
    a: Ptr,
    code: i32,
    b: Ptr,
    _: i32,
    s: Ptr,
    _: i32,
    rcond: f64,
    rank: Ptr,
    _: i32,
) -> Int {
    call!(
        lapack!(|l| &l.gelsd, code),
        fn(c_int, Int, Int, Int, Ptr, Int, Ptr, Int, Ptr, f64, Ptr) -> Int,
        COL_MAJOR,
        m,
        n,
        nrhs,
        a,
        m.max(1),
        b,
        m.max(n).max(1),
        s,
        rcond,
        rank
    )
}

/// `c = a @ b` for C-contiguous (m x k) and (k x n) matrices of one float
/// or complex dtype; `c` is m x n. Without the library, a plain loop.
#[allow(clippy::too_many_arguments)]
#[no_mangle]
extern "C" fn penna_rt_blas_gemm(
    m: Int,
    n: Int,
    k: Int,
    a: Ptr,
    code: i32,
    b: Ptr,
    _: i32,
    c: Ptr,
    _: i32,
) {
    let kinds = [Scalar::F32, Scalar::F64, Scalar::C64, Scalar::C128];
    let Some(kind) = kinds.iter().position(|&s| scalar_code(s) == code as u32) else {
        panic!("blas_gemm of scalar code {code}");
    };
    let Ok(lib) = library() else {
        // SAFETY: the caller passes matrices of these shapes.
        unsafe { gemm_loop(kind, m as usize, n as usize, k as usize, a, b, c) };
        return;
    };
    let (lda, ldb, ldc) = (k.max(1), n.max(1), n.max(1));
    type Real<T> = unsafe extern "C" fn(
        c_int,
        c_int,
        c_int,
        Int,
        Int,
        Int,
        T,
        Ptr,
        Int,
        Ptr,
        Int,
        T,
        Ptr,
        Int,
    );
    type Complex = unsafe extern "C" fn(
        c_int,
        c_int,
        c_int,
        Int,
        Int,
        Int,
        *const c_void,
        Ptr,
        Int,
        Ptr,
        Int,
        *const c_void,
        Ptr,
        Int,
    );
    let address = lib.gemm[kind];
    // SAFETY: the routine of this signature; matrices of these shapes.
    unsafe {
        match kind {
            0 => std::mem::transmute::<usize, Real<f32>>(address)(
                ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, ldc,
            ),
            1 => std::mem::transmute::<usize, Real<f64>>(address)(
                ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, ldc,
            ),
            _ => {
                let (one, zero) = ([1f64, 0.0], [0f64, 0.0]);
                let (one32, zero32) = ([1f32, 0.0], [0f32, 0.0]);
                let (alpha, beta): (*const c_void, *const c_void) = if kind == 2 {
                    (one32.as_ptr().cast(), zero32.as_ptr().cast())
                } else {
                    (one.as_ptr().cast(), zero.as_ptr().cast())
                };
                std::mem::transmute::<usize, Complex>(address)(
                    ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc,
                )
            }
        }
    }
}

/// `c = a @ b` without BLAS (kinds as in `penna_rt_blas_gemm`).
///
/// # Safety
/// Matrices of these shapes at `a`, `b`, `c`.
unsafe fn gemm_loop(kind: usize, m: usize, n: usize, k: usize, a: Ptr, b: Ptr, c: Ptr) {
    fn run<T: Copy + Default + std::ops::Add<Output = T> + std::ops::Mul<Output = T>>(
        m: usize,
        n: usize,
        k: usize,
        a: &[T],
        b: &[T],
        c: &mut [T],
    ) {
        for i in 0..m {
            for j in 0..n {
                let mut s = T::default();
                for p in 0..k {
                    s = s + a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
    }
    #[derive(Clone, Copy, Default)]
    struct Cx<F>(F, F);
    impl<F: Copy + std::ops::Add<Output = F>> std::ops::Add for Cx<F> {
        type Output = Self;
        fn add(self, o: Self) -> Self {
            Cx(self.0 + o.0, self.1 + o.1)
        }
    }
    impl<
            F: Copy
                + std::ops::Add<Output = F>
                + std::ops::Sub<Output = F>
                + std::ops::Mul<Output = F>,
        > std::ops::Mul for Cx<F>
    {
        type Output = Self;
        fn mul(self, o: Self) -> Self {
            Cx(self.0 * o.0 - self.1 * o.1, self.0 * o.1 + self.1 * o.0)
        }
    }
    macro_rules! go {
        ($t:ty) => {{
            // SAFETY: guaranteed by the caller.
            let (a, b, c) = unsafe {
                (
                    std::slice::from_raw_parts(a.cast::<$t>(), m * k),
                    std::slice::from_raw_parts(b.cast::<$t>(), k * n),
                    std::slice::from_raw_parts_mut(c.cast::<$t>(), m * n),
                )
            };
            run(m, n, k, a, b, c)
        }};
    }
    match kind {
        0 => go!(f32),
        1 => go!(f64),
        2 => go!(Cx<f32>),
        _ => go!(Cx<f64>),
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    use penna_compiler::runtime_fns::RuntimeFn as F;
    vec![
        (
            F::LapackGesv.symbol(),
            penna_rt_lapack_gesv as *const () as usize,
        ),
        (
            F::LapackGetrf.symbol(),
            penna_rt_lapack_getrf as *const () as usize,
        ),
        (
            F::LapackGetri.symbol(),
            penna_rt_lapack_getri as *const () as usize,
        ),
        (
            F::LapackGeev.symbol(),
            penna_rt_lapack_geev as *const () as usize,
        ),
        (
            F::LapackSyevd.symbol(),
            penna_rt_lapack_syevd as *const () as usize,
        ),
        (
            F::LapackGesdd.symbol(),
            penna_rt_lapack_gesdd as *const () as usize,
        ),
        (
            F::LapackGeqrf.symbol(),
            penna_rt_lapack_geqrf as *const () as usize,
        ),
        (
            F::LapackOrgqr.symbol(),
            penna_rt_lapack_orgqr as *const () as usize,
        ),
        (
            F::LapackPotrf.symbol(),
            penna_rt_lapack_potrf as *const () as usize,
        ),
        (
            F::LapackGelsd.symbol(),
            penna_rt_lapack_gelsd as *const () as usize,
        ),
        (
            F::BlasGemm.symbol(),
            penna_rt_blas_gemm as *const () as usize,
        ),
    ]
}
