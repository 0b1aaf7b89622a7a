//! The generator behind `np.random` in compiled code: NumPy's legacy
//! `RandomState` — MT19937 and NumPy's legacy algorithms — so that a seed
//! gives NumPy's numbers bit for bit.
//!
//! Each thread owns a generator (Numba's semantics): `prange` bodies draw
//! without locks, and `np.random.seed` in compiled code seeds the calling
//! thread's generator only. It never touches the interpreter's `np.random`
//! state. A generator that was never seeded starts from process entropy.
//!
//! [`mt19937`] is the bit generator; [`legacy`] holds the distributions; the
//! C functions here are the rows of `penna_compiler::runtime_fns`.

mod legacy;
mod mt19937;

use std::cell::RefCell;

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

    fn from_entropy() -> RandomState {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(
            std::time::UNIX_EPOCH
                .elapsed()
                .map_or(0, |d| d.as_nanos() as u64),
        );
        RandomState::seeded(h.finish() as u32)
    }

    pub fn seed(&mut self, seed: u32) {
        *self = RandomState::seeded(seed);
    }
}

thread_local! {
    static STATE: RefCell<RandomState> = RefCell::new(RandomState::from_entropy());
}

fn with<T>(f: impl FnOnce(&mut RandomState) -> T) -> T {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

extern "C" fn penna_rt_random_seed(seed: u32) {
    with(|s| s.seed(seed))
}
extern "C" fn penna_rt_random_double() -> f64 {
    with(|s| s.mt.next_double())
}
extern "C" fn penna_rt_random_u32() -> u32 {
    with(|s| s.mt.next_u32())
}
extern "C" fn penna_rt_random_bounded(low: i64, range: u64) -> i64 {
    with(|s| low.wrapping_add(s.mt.bounded_masked(range) as i64))
}
extern "C" fn penna_rt_random_interval(max: u64) -> u64 {
    with(|s| s.mt.interval(max))
}
extern "C" fn penna_rt_random_gauss() -> f64 {
    with(|s| s.gauss())
}
extern "C" fn penna_rt_random_exponential() -> f64 {
    with(|s| s.standard_exponential())
}
extern "C" fn penna_rt_random_gamma(shape: f64) -> f64 {
    with(|s| s.standard_gamma(shape))
}
extern "C" fn penna_rt_random_beta(a: f64, b: f64) -> f64 {
    with(|s| s.beta(a, b))
}
extern "C" fn penna_rt_random_poisson(lam: f64) -> i64 {
    with(|s| s.poisson(lam))
}
extern "C" fn penna_rt_random_binomial(n: i64, p: f64) -> i64 {
    with(|s| s.binomial(n, p))
}
extern "C" fn penna_rt_random_geometric(p: f64) -> i64 {
    with(|s| s.geometric(p))
}
extern "C" fn penna_rt_random_laplace(loc: f64, scale: f64) -> f64 {
    with(|s| s.laplace(loc, scale))
}
extern "C" fn penna_rt_random_gumbel(loc: f64, scale: f64) -> f64 {
    with(|s| s.gumbel(loc, scale))
}
extern "C" fn penna_rt_random_logistic(loc: f64, scale: f64) -> f64 {
    with(|s| s.logistic(loc, scale))
}
extern "C" fn penna_rt_random_triangular(left: f64, mode: f64, right: f64) -> f64 {
    with(|s| s.triangular(left, mode, right))
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    let address = |f: RuntimeFn| -> usize {
        match f {
            RuntimeFn::RandomSeed => penna_rt_random_seed as *const () as usize,
            RuntimeFn::RandomDouble => penna_rt_random_double as *const () as usize,
            RuntimeFn::RandomU32 => penna_rt_random_u32 as *const () as usize,
            RuntimeFn::RandomBounded => penna_rt_random_bounded as *const () as usize,
            RuntimeFn::RandomInterval => penna_rt_random_interval as *const () as usize,
            RuntimeFn::RandomGauss => penna_rt_random_gauss as *const () as usize,
            RuntimeFn::RandomExponential => penna_rt_random_exponential as *const () as usize,
            RuntimeFn::RandomGamma => penna_rt_random_gamma as *const () as usize,
            RuntimeFn::RandomBeta => penna_rt_random_beta as *const () as usize,
            RuntimeFn::RandomPoisson => penna_rt_random_poisson as *const () as usize,
            RuntimeFn::RandomBinomial => penna_rt_random_binomial as *const () as usize,
            RuntimeFn::RandomGeometric => penna_rt_random_geometric as *const () as usize,
            RuntimeFn::RandomLaplace => penna_rt_random_laplace as *const () as usize,
            RuntimeFn::RandomGumbel => penna_rt_random_gumbel as *const () as usize,
            RuntimeFn::RandomLogistic => penna_rt_random_logistic as *const () as usize,
            RuntimeFn::RandomTriangular => penna_rt_random_triangular as *const () as usize,
        }
    };
    RuntimeFn::ALL
        .iter()
        .map(|&f| (f.symbol(), address(f)))
        .collect()
}
