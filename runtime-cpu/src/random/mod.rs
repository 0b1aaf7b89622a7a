//! The generator behind `np.random` in compiled code: NumPy's legacy
//! `RandomState` — MT19937 and NumPy's legacy algorithms — so that a seed
//! gives NumPy's numbers bit for bit.
//!
//! Each thread owns a generator (Numba's semantics): `prange` bodies draw
//! without locks, and `np.random.seed` in compiled code seeds the calling
//! thread's generator only. It never touches the interpreter's `np.random`
//! state. A generator that was never seeded starts from process entropy.
//!
//! [`mt19937`] is the bit generator; [`legacy`] holds the distributions;
//! [`generator`] serves `numpy.random.Generator` objects passed in, with
//! [`ziggurat`] drawing its normals on NumPy's own tables. The
//! C functions here are the rows of `penna_compiler::runtime_fns`.

pub mod generator;
mod legacy;
mod mt19937;
mod ziggurat;

use std::cell::UnsafeCell;

use penna_compiler::runtime_fns::RuntimeFn;

pub use mt19937::Mt19937;

/// The legacy generator's state: the bit generator and the cached second
/// normal of the polar method.
pub struct RandomState {
    pub mt: Mt19937,
    gauss: Option<f64>,
}

impl RandomState {
    pub fn seeded(seed: u32) -> RandomState {
        RandomState {
            mt: Mt19937::new(seed),
            gauss: None,
        }
    }

    /// A generator that seeds itself from process entropy at its first draw.
    const fn unseeded() -> RandomState {
        RandomState {
            mt: Mt19937::unseeded(),
            gauss: None,
        }
    }

    pub fn seed(&mut self, seed: u32) {
        *self = RandomState::seeded(seed);
    }
}

/// The entropy an unseeded generator starts from: a fresh SipHash key of
/// the standard library (random per process and thread) mixed with the time.
fn entropy_seed() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(
        std::time::UNIX_EPOCH
            .elapsed()
            .map_or(0, |d| d.as_nanos() as u64),
    );
    h.finish() as u32
}

thread_local! {
    // Constant-initialised, so an access is a plain TLS address. The state
    // is borrowed only by `with`, on its own thread, never re-entrantly (no
    // draw calls back into another).
    static STATE: UnsafeCell<RandomState> = const { UnsafeCell::new(RandomState::unseeded()) };
}

fn with<T>(f: impl FnOnce(&mut RandomState) -> T) -> T {
    // SAFETY: see STATE: one exclusive borrow at a time, on this thread.
    STATE.with(|s| f(unsafe { &mut *s.get() }))
}

#[no_mangle]
extern "C" fn penna_rt_random_seed(seed: u32) {
    with(|s| s.seed(seed))
}
#[no_mangle]
extern "C" fn penna_rt_random_double() -> f64 {
    with(|s| s.mt.next_double())
}
#[no_mangle]
extern "C" fn penna_rt_random_u32() -> u32 {
    with(|s| s.mt.next_u32())
}
#[no_mangle]
extern "C" fn penna_rt_random_bounded(low: i64, range: u64) -> i64 {
    with(|s| low.wrapping_add(s.mt.bounded_masked(range) as i64))
}
#[no_mangle]
extern "C" fn penna_rt_random_interval(max: u64) -> u64 {
    with(|s| s.mt.interval(max))
}
#[no_mangle]
extern "C" fn penna_rt_random_gauss() -> f64 {
    with(|s| s.gauss())
}
#[no_mangle]
extern "C" fn penna_rt_random_exponential() -> f64 {
    with(|s| s.standard_exponential())
}
#[no_mangle]
extern "C" fn penna_rt_random_gamma(shape: f64) -> f64 {
    with(|s| s.standard_gamma(shape))
}
#[no_mangle]
extern "C" fn penna_rt_random_beta(a: f64, b: f64) -> f64 {
    with(|s| s.beta(a, b))
}
#[no_mangle]
extern "C" fn penna_rt_random_poisson(lam: f64) -> i64 {
    with(|s| s.poisson(lam))
}
#[no_mangle]
extern "C" fn penna_rt_random_binomial(n: i64, p: f64) -> i64 {
    with(|s| s.binomial(n, p))
}
#[no_mangle]
extern "C" fn penna_rt_random_geometric(p: f64) -> i64 {
    with(|s| s.geometric(p))
}
#[no_mangle]
extern "C" fn penna_rt_random_laplace(loc: f64, scale: f64) -> f64 {
    with(|s| s.laplace(loc, scale))
}
#[no_mangle]
extern "C" fn penna_rt_random_gumbel(loc: f64, scale: f64) -> f64 {
    with(|s| s.gumbel(loc, scale))
}
#[no_mangle]
extern "C" fn penna_rt_random_logistic(loc: f64, scale: f64) -> f64 {
    with(|s| s.logistic(loc, scale))
}
/// `log(Gamma(x))` as NumPy's distributions compute it.
#[no_mangle]
extern "C" fn penna_rt_random_loggam(x: f64) -> f64 {
    legacy::loggam(x)
}

#[no_mangle]
extern "C" fn penna_rt_random_triangular(left: f64, mode: f64, right: f64) -> f64 {
    with(|s| s.triangular(left, mode, right))
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    use RuntimeFn as F;
    vec![
        (
            F::RandomSeed.symbol(),
            penna_rt_random_seed as *const () as usize,
        ),
        (
            F::RandomDouble.symbol(),
            penna_rt_random_double as *const () as usize,
        ),
        (
            F::RandomU32.symbol(),
            penna_rt_random_u32 as *const () as usize,
        ),
        (
            F::RandomBounded.symbol(),
            penna_rt_random_bounded as *const () as usize,
        ),
        (
            F::RandomInterval.symbol(),
            penna_rt_random_interval as *const () as usize,
        ),
        (
            F::RandomGauss.symbol(),
            penna_rt_random_gauss as *const () as usize,
        ),
        (
            F::RandomExponential.symbol(),
            penna_rt_random_exponential as *const () as usize,
        ),
        (
            F::RandomGamma.symbol(),
            penna_rt_random_gamma as *const () as usize,
        ),
        (
            F::RandomBeta.symbol(),
            penna_rt_random_beta as *const () as usize,
        ),
        (
            F::RandomPoisson.symbol(),
            penna_rt_random_poisson as *const () as usize,
        ),
        (
            F::RandomBinomial.symbol(),
            penna_rt_random_binomial as *const () as usize,
        ),
        (
            F::RandomGeometric.symbol(),
            penna_rt_random_geometric as *const () as usize,
        ),
        (
            F::RandomLaplace.symbol(),
            penna_rt_random_laplace as *const () as usize,
        ),
        (
            F::RandomGumbel.symbol(),
            penna_rt_random_gumbel as *const () as usize,
        ),
        (
            F::RandomLogistic.symbol(),
            penna_rt_random_logistic as *const () as usize,
        ),
        (
            F::RandomTriangular.symbol(),
            penna_rt_random_triangular as *const () as usize,
        ),
        (
            F::RandomLoggam.symbol(),
            penna_rt_random_loggam as *const () as usize,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use penna_compiler::runtime_fns::RuntimeFn;

    #[test]
    fn every_runtime_function_is_defined_once() {
        let defined: Vec<&str> = super::symbols()
            .into_iter()
            .chain(super::generator::symbols())
            .chain(crate::linalg::symbols())
            .map(|(name, _)| name)
            .collect();
        for f in RuntimeFn::ALL {
            let n = defined.iter().filter(|&&d| d == f.symbol()).count();
            assert_eq!(n, 1, "{} is defined {n} times", f.symbol());
        }
        assert_eq!(defined.len(), RuntimeFn::ALL.len());
    }
}
