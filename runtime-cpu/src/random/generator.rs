//! `numpy.random.Generator` in compiled code: draws through NumPy's own
//! distribution functions on the generator's own bit generator.
//!
//! A `Generator` argument arrives as the address of its bit generator's
//! `bitgen_t` (the state pointer and the next-number functions, NumPy's C
//! interface for bit generators). NumPy's `_generator` extension exports
//! the C functions behind the methods (`random_standard_normal`,
//! `random_bounded_uint64_fill`, ...); they are looked up once in the loaded
//! extension ([`available`]) and called with that `bitgen_t`. So compiled
//! code draws exactly the numbers the interpreter's `Generator` would,
//! whatever the bit generator (PCG64, MT19937, Philox, SFC64), and advances
//! the same state: a draw in compiled code is a draw of the Python object.
//! Normals are drawn here instead ([`super::ziggurat`]), on NumPy's own
//! tables and checked against NumPy's function at the first normal: the same
//! numbers, three times faster.
//! As in Numba, the generator's lock is not taken: sharing one generator
//! between `prange` iterations is a data race, as it is in Numba.
//!
//! Invariant: the host calls [`available`] (and raises if it fails) before
//! it passes a `Generator` to compiled code, so the functions here always
//! find the table loaded.

use std::ffi::c_void;
use std::sync::OnceLock;

use penna_compiler::abi::scalar_code;
use penna_compiler::runtime_fns::RuntimeFn;
use penna_compiler::Scalar;

use super::ziggurat::Ziggurat;

/// NumPy's `bitgen_t`.
#[repr(C)]
pub struct BitGen {
    pub(super) state: *mut c_void,
    pub(super) next_uint64: unsafe extern "C" fn(*mut c_void) -> u64,
    pub(super) next_uint32: unsafe extern "C" fn(*mut c_void) -> u32,
    pub(super) next_double: unsafe extern "C" fn(*mut c_void) -> f64,
    pub(super) next_raw: unsafe extern "C" fn(*mut c_void) -> u64,
}

type Gen = *mut BitGen;

/// Room for NumPy's `binomial_t` (the binomial sampler's cached set-up,
/// 19 eight-byte fields), zeroed: "nothing cached".
#[repr(C, align(8))]
struct BinomialCache([u64; 32]);

macro_rules! numpy_functions {
    ($($field:ident = $symbol:literal: fn($($arg:ty),*) $(-> $ret:ty)?;)*) => {
        /// The distribution functions of NumPy's `_generator` extension.
        struct Table {
            $($field: unsafe extern "C" fn(Gen $(, $arg)*) $(-> $ret)?,)*
        }

        impl Table {
            fn resolve(find: impl Fn(&str) -> Option<usize>) -> Result<Table, String> {
                Ok(Table {
                    $($field: {
                        let address = find($symbol)
                            .ok_or_else(|| format!("NumPy's random extension has no `{}`", $symbol))?;
                        // SAFETY: the exported C function of this name has this
                        // signature (NumPy's `distributions.h`).
                        unsafe { std::mem::transmute::<usize, unsafe extern "C" fn(Gen $(, $arg)*) $(-> $ret)?>(address) }
                    },)*
                })
            }
        }
    };
}

numpy_functions! {
    uniform_f = "random_standard_uniform_f": fn() -> f32;
    normal = "random_standard_normal": fn() -> f64;
    normal_f = "random_standard_normal_f": fn() -> f32;
    exponential = "random_standard_exponential": fn() -> f64;
    exponential_f = "random_standard_exponential_f": fn() -> f32;
    gamma = "random_standard_gamma": fn(f64) -> f64;
    beta = "random_beta": fn(f64, f64) -> f64;
    chisquare = "random_chisquare": fn(f64) -> f64;
    noncentral_chisquare = "random_noncentral_chisquare": fn(f64, f64) -> f64;
    f = "random_f": fn(f64, f64) -> f64;
    noncentral_f = "random_noncentral_f": fn(f64, f64, f64) -> f64;
    standard_t = "random_standard_t": fn(f64) -> f64;
    standard_cauchy = "random_standard_cauchy": fn() -> f64;
    pareto = "random_pareto": fn(f64) -> f64;
    weibull = "random_weibull": fn(f64) -> f64;
    power = "random_power": fn(f64) -> f64;
    rayleigh = "random_rayleigh": fn(f64) -> f64;
    laplace = "random_laplace": fn(f64, f64) -> f64;
    gumbel = "random_gumbel": fn(f64, f64) -> f64;
    logistic = "random_logistic": fn(f64, f64) -> f64;
    lognormal = "random_lognormal": fn(f64, f64) -> f64;
    wald = "random_wald": fn(f64, f64) -> f64;
    vonmises = "random_vonmises": fn(f64, f64) -> f64;
    triangular = "random_triangular": fn(f64, f64, f64) -> f64;
    poisson = "random_poisson": fn(f64) -> i64;
    geometric = "random_geometric": fn(f64) -> i64;
    negative_binomial = "random_negative_binomial": fn(f64, f64) -> i64;
    zipf = "random_zipf": fn(f64) -> i64;
    logseries = "random_logseries": fn(f64) -> i64;
    hypergeometric = "random_hypergeometric": fn(i64, i64, i64) -> i64;
    binomial = "random_binomial": fn(f64, i64, *mut BinomialCache) -> i64;
    multinomial = "random_multinomial": fn(i64, *mut i64, *const f64, isize, *mut BinomialCache);
    interval = "random_interval": fn(u64) -> u64;
    bounded_u64 = "random_bounded_uint64": fn(u64, u64, u64, bool) -> u64;
    fill_u64 = "random_bounded_uint64_fill": fn(u64, u64, isize, bool, *mut u64);
    fill_u32 = "random_bounded_uint32_fill": fn(u32, u32, isize, bool, *mut u32);
    fill_u16 = "random_bounded_uint16_fill": fn(u16, u16, isize, bool, *mut u16);
    fill_u8 = "random_bounded_uint8_fill": fn(u8, u8, isize, bool, *mut u8);
    fill_bool = "random_bounded_bool_fill": fn(bool, bool, isize, bool, *mut bool);
}

static TABLE: OnceLock<Result<Table, String>> = OnceLock::new();
/// The ziggurat on NumPy's tables, where they were found and agree: looked
/// for at the first normal drawn (reading the extension's file costs ~1.6
/// ms, which a program that draws no normals need not pay).
static ZIGGURAT: OnceLock<Option<Ziggurat>> = OnceLock::new();
/// The file NumPy's `_generator` extension was loaded from.
static EXTENSION: OnceLock<String> = OnceLock::new();

/// Loads NumPy's distribution functions, or says why they cannot be used.
/// The host calls it before it passes a `Generator` to compiled code.
pub fn available() -> Result<(), &'static str> {
    TABLE
        .get_or_init(load)
        .as_ref()
        .map(|_| ())
        .map_err(|e| e.as_str())
}

fn table() -> &'static Table {
    match TABLE.get() {
        Some(Ok(t)) => t,
        // The host checked `available` before any Generator reached compiled code.
        _ => unreachable!("numpy.random.Generator used before penna loaded NumPy's distributions"),
    }
}

fn load() -> Result<Table, String> {
    // `numpy/random/_generator.cpython-*.so`: NumPy loaded it with the
    // Generator class.
    let lib = crate::loaded::Loaded::find(|path| {
        let file = path.rsplit('/').next().unwrap_or("");
        path.contains("random") && file.starts_with("_generator.")
    })
    .ok_or_else(|| {
        "NumPy's random extension (numpy/random/_generator) is not loaded".to_string()
    })?;
    let table = Table::resolve(|name| lib.symbol(name).ok())?;
    let _ = EXTENSION.set(lib.path().to_string());
    Ok(table)
}

/// Defines `extern "C" fn $name(g, args) -> ret` calling table field `$field`.
macro_rules! draws {
    ($($name:ident => $field:ident($($arg:ident: $t:ty),*) -> $ret:ty;)*) => {
        $(#[no_mangle]
        extern "C" fn $name(g: Gen $(, $arg: $t)*) -> $ret {
            // SAFETY: `g` is a live `bitgen_t` (a Generator argument of the call).
            unsafe { (table().$field)(g $(, $arg)*) }
        })*
    };
}

draws! {
    penna_rt_gen_float => uniform_f() -> f32;
    penna_rt_gen_normal_f => normal_f() -> f32;
    penna_rt_gen_exponential => exponential() -> f64;
    penna_rt_gen_exponential_f => exponential_f() -> f32;
    penna_rt_gen_gamma => gamma(shape: f64) -> f64;
    penna_rt_gen_beta => beta(a: f64, b: f64) -> f64;
    penna_rt_gen_chisquare => chisquare(df: f64) -> f64;
    penna_rt_gen_noncentral_chisquare => noncentral_chisquare(df: f64, nonc: f64) -> f64;
    penna_rt_gen_f => f(dfnum: f64, dfden: f64) -> f64;
    penna_rt_gen_noncentral_f => noncentral_f(dfnum: f64, dfden: f64, nonc: f64) -> f64;
    penna_rt_gen_standard_t => standard_t(df: f64) -> f64;
    penna_rt_gen_standard_cauchy => standard_cauchy() -> f64;
    penna_rt_gen_pareto => pareto(a: f64) -> f64;
    penna_rt_gen_weibull => weibull(a: f64) -> f64;
    penna_rt_gen_power => power(a: f64) -> f64;
    penna_rt_gen_rayleigh => rayleigh(scale: f64) -> f64;
    penna_rt_gen_laplace => laplace(loc: f64, scale: f64) -> f64;
    penna_rt_gen_gumbel => gumbel(loc: f64, scale: f64) -> f64;
    penna_rt_gen_logistic => logistic(loc: f64, scale: f64) -> f64;
    penna_rt_gen_lognormal => lognormal(mean: f64, sigma: f64) -> f64;
    penna_rt_gen_wald => wald(mean: f64, scale: f64) -> f64;
    penna_rt_gen_vonmises => vonmises(mu: f64, kappa: f64) -> f64;
    penna_rt_gen_triangular => triangular(left: f64, mode: f64, right: f64) -> f64;
    penna_rt_gen_poisson => poisson(lam: f64) -> i64;
    penna_rt_gen_geometric => geometric(p: f64) -> i64;
    penna_rt_gen_negative_binomial => negative_binomial(n: f64, p: f64) -> i64;
    penna_rt_gen_zipf => zipf(a: f64) -> i64;
    penna_rt_gen_logseries => logseries(p: f64) -> i64;
    penna_rt_gen_hypergeometric => hypergeometric(good: i64, bad: i64, sample: i64) -> i64;
    penna_rt_gen_interval => interval(max: u64) -> u64;
}

/// A standard normal: NumPy's ziggurat, run here where its tables were
/// found ([`Ziggurat`]), else NumPy's own function.
#[no_mangle]
extern "C" fn penna_rt_gen_normal(g: Gen) -> f64 {
    let numpy = table().normal;
    let ziggurat = ZIGGURAT.get_or_init(|| {
        let path = EXTENSION.get()?;
        Ziggurat::find(path, numpy as usize, numpy)
    });
    match ziggurat {
        // SAFETY: `g` is a live `bitgen_t`.
        Some(z) => unsafe { z.normal(g) },
        None => unsafe { numpy(g) },
    }
}

/// Whether normals are drawn by [`Ziggurat`] (for tests and benchmarks;
/// false until the first normal is drawn).
pub fn ziggurat_in_use() -> bool {
    matches!(ZIGGURAT.get(), Some(Some(_)))
}

/// A float64 in [0, 1): the bit generator's own `next_double`.
#[no_mangle]
extern "C" fn penna_rt_gen_double(g: Gen) -> f64 {
    // SAFETY: `g` is a live `bitgen_t`.
    unsafe { ((*g).next_double)((*g).state) }
}

/// An integer in [0, rng] by Lemire's method (NumPy's `_shuffle_int` and
/// `choice` without replacement).
#[no_mangle]
extern "C" fn penna_rt_gen_bounded(g: Gen, rng: u64) -> u64 {
    // SAFETY: `g` is a live `bitgen_t`.
    unsafe { (table().bounded_u64)(g, 0, rng, 0, false) }
}

/// One int64 `off + [0, rng]` (`random_bounded_uint64_fill` of one, so
/// ranges under 2**32 take 32-bit draws as NumPy's `integers` does).
#[no_mangle]
extern "C" fn penna_rt_gen_integer(g: Gen, off: u64, rng: u64) -> u64 {
    let mut out = 0u64;
    // SAFETY: `g` is a live `bitgen_t`; one element of room.
    unsafe { (table().fill_u64)(g, off, rng, 1, false, &mut out) };
    out
}

#[no_mangle]
extern "C" fn penna_rt_gen_binomial(g: Gen, n: i64, p: f64) -> i64 {
    let mut cache = BinomialCache([0; 32]);
    // SAFETY: `g` is a live `bitgen_t`; the cache outlives the call.
    unsafe { (table().binomial)(g, p, n, &mut cache) }
}

/// One multinomial row: `n` trials over the `d` probabilities `pvals`
/// (float64) into `row` (int64).
#[no_mangle]
extern "C" fn penna_rt_gen_multinomial(
    g: Gen,
    n: i64,
    row: *mut i64,
    _: i32,
    pvals: *const f64,
    _: i32,
    d: i64,
) {
    let mut cache = BinomialCache([0; 32]);
    // SAFETY: the caller passes `d` int64 and float64 elements.
    unsafe { (table().multinomial)(g, n, row, pvals, d as isize, &mut cache) }
}

/// Fills `count` integers `off + [0, rng]` into `out` as
/// `Generator.integers` does for the array's dtype (its own bit width,
/// Lemire's method, NumPy's 32/16/8-bit buffering across the fill).
#[no_mangle]
extern "C" fn penna_rt_gen_bounded_fill(
    g: Gen,
    off: u64,
    rng: u64,
    count: i64,
    out: *mut c_void,
    code: i32,
) {
    let t = table();
    let n = count as isize;
    let code = code as u32;
    // SAFETY: `out` holds `count` elements of the dtype `code` names.
    unsafe {
        if code == scalar_code(Scalar::I64) || code == scalar_code(Scalar::U64) {
            (t.fill_u64)(g, off, rng, n, false, out.cast())
        } else if code == scalar_code(Scalar::I32) || code == scalar_code(Scalar::U32) {
            (t.fill_u32)(g, off as u32, rng as u32, n, false, out.cast())
        } else if code == scalar_code(Scalar::I16) || code == scalar_code(Scalar::U16) {
            (t.fill_u16)(g, off as u16, rng as u16, n, false, out.cast())
        } else if code == scalar_code(Scalar::I8) || code == scalar_code(Scalar::U8) {
            (t.fill_u8)(g, off as u8, rng as u8, n, false, out.cast())
        } else {
            (t.fill_bool)(g, off != 0, rng != 0, n, false, out.cast())
        }
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    use RuntimeFn as F;
    macro_rules! rows {
        ($($variant:ident => $f:ident,)*) => {
            vec![$((F::$variant.symbol(), $f as *const () as usize),)*]
        };
    }
    rows! {
        GenDouble => penna_rt_gen_double,
        GenFloat => penna_rt_gen_float,
        GenNormal => penna_rt_gen_normal,
        GenNormalF => penna_rt_gen_normal_f,
        GenExponential => penna_rt_gen_exponential,
        GenExponentialF => penna_rt_gen_exponential_f,
        GenGamma => penna_rt_gen_gamma,
        GenBeta => penna_rt_gen_beta,
        GenChisquare => penna_rt_gen_chisquare,
        GenNoncentralChisquare => penna_rt_gen_noncentral_chisquare,
        GenF => penna_rt_gen_f,
        GenNoncentralF => penna_rt_gen_noncentral_f,
        GenStandardT => penna_rt_gen_standard_t,
        GenStandardCauchy => penna_rt_gen_standard_cauchy,
        GenPareto => penna_rt_gen_pareto,
        GenWeibull => penna_rt_gen_weibull,
        GenPower => penna_rt_gen_power,
        GenRayleigh => penna_rt_gen_rayleigh,
        GenLaplace => penna_rt_gen_laplace,
        GenGumbel => penna_rt_gen_gumbel,
        GenLogistic => penna_rt_gen_logistic,
        GenLognormal => penna_rt_gen_lognormal,
        GenWald => penna_rt_gen_wald,
        GenVonmises => penna_rt_gen_vonmises,
        GenTriangular => penna_rt_gen_triangular,
        GenPoisson => penna_rt_gen_poisson,
        GenGeometric => penna_rt_gen_geometric,
        GenNegativeBinomial => penna_rt_gen_negative_binomial,
        GenZipf => penna_rt_gen_zipf,
        GenLogseries => penna_rt_gen_logseries,
        GenHypergeometric => penna_rt_gen_hypergeometric,
        GenInterval => penna_rt_gen_interval,
        GenBounded => penna_rt_gen_bounded,
        GenBinomial => penna_rt_gen_binomial,
        GenMultinomial => penna_rt_gen_multinomial,
        GenInteger => penna_rt_gen_integer,
        GenBoundedFill => penna_rt_gen_bounded_fill,
    }
}
