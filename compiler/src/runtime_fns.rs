//! Functions that the CPU runtime implements and compiled code calls by
//! symbol: the random number generators behind `np.random`, LAPACK and BLAS
//! behind `np.linalg`.
//!
//! One row per function: its name (written `penna._rt_<name>` in the Python
//! source of penna's NumPy library), its parameters, its result type
//! (`Void`: nothing) and its C symbol, which `penna-runtime-cpu` defines.
//! A number parameter converts the argument to its type as for any call; an
//! `Array` parameter takes any array and passes two C arguments, the data
//! pointer and the dtype's [`crate::abi::scalar_code`]: the caller (penna's
//! own library code) guarantees layout and size. These functions exist on
//! the CPU only (the family check rejects them in GPU code).

use crate::types::Scalar;

/// A parameter of a runtime function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    Scalar(Scalar),
    /// An array: its data pointer and dtype code.
    Array,
    /// A `numpy.random.Generator`: its `bitgen_t` pointer.
    Generator,
}

macro_rules! runtime_functions {
    ($($variant:ident $name:literal [$($param:ident),*] -> $ret:ident,)*) => {
        /// A scalar function of the CPU runtime.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFn {
            $($variant,)*
        }

        impl RuntimeFn {
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(RuntimeFn::$variant => $name,)*
                }
            }

            /// The C symbol the runtime defines.
            pub fn symbol(self) -> &'static str {
                match self {
                    $(RuntimeFn::$variant => concat!("penna_rt_", $name),)*
                }
            }

            pub fn params(self) -> &'static [Param] {
                match self {
                    $(RuntimeFn::$variant => &[$(runtime_functions!(@param $param)),*],)*
                }
            }

            /// The result; `None` for a function that returns nothing.
            pub fn result(self) -> Option<Scalar> {
                match self {
                    $(RuntimeFn::$variant => runtime_functions!(@ret $ret),)*
                }
            }
        }
    };
    (@param Array) => { Param::Array };
    (@param Generator) => { Param::Generator };
    (@param $s:ident) => { Param::Scalar(Scalar::$s) };
    (@ret Void) => { None };
    (@ret $s:ident) => { Some(Scalar::$s) };
}

// The legacy `np.random` (NumPy's `RandomState`): MT19937 and NumPy's
// algorithms, one generator per thread.
runtime_functions! {
    // Seeds this thread's generator as `np.random.seed(s)` does.
    RandomSeed "random_seed" [U32] -> Void,
    // A float64 in [0, 1) (53 random bits).
    RandomDouble "random_double" [] -> F64,
    // A 32-bit word of the generator.
    RandomU32 "random_u32" [] -> U32,
    // A uniform integer in [low, low + range] (NumPy's masked rejection).
    RandomBounded "random_bounded" [I64, U64] -> I64,
    // A uniform integer in [0, max] (NumPy's `random_interval`, for shuffles).
    RandomInterval "random_interval" [U64] -> U64,
    RandomGauss "random_gauss" [] -> F64,
    RandomExponential "random_exponential" [] -> F64,
    RandomGamma "random_gamma" [F64] -> F64,
    RandomBeta "random_beta" [F64, F64] -> F64,
    RandomPoisson "random_poisson" [F64] -> I64,
    RandomBinomial "random_binomial" [I64, F64] -> I64,
    RandomGeometric "random_geometric" [F64] -> I64,
    RandomLaplace "random_laplace" [F64, F64] -> F64,
    RandomGumbel "random_gumbel" [F64, F64] -> F64,
    RandomLogistic "random_logistic" [F64, F64] -> F64,
    RandomTriangular "random_triangular" [F64, F64, F64] -> F64,
    // NumPy's `log(Gamma(x))` (for rejection tests that must decide alike).
    RandomLoggam "random_loggam" [F64] -> F64,
    // `numpy.random.Generator` (`penna_runtime_cpu::random::generator`):
    // NumPy's own distribution functions on the generator's bit generator.
    // (Lowered inline: the bit generator's `next_double`, called directly.)
    GenDouble "gen_double" [Generator] -> F64,
    GenFloat "gen_float" [Generator] -> F32,
    GenNormal "gen_normal" [Generator] -> F64,
    GenNormalF "gen_normal_f" [Generator] -> F32,
    GenExponential "gen_exponential" [Generator] -> F64,
    GenExponentialF "gen_exponential_f" [Generator] -> F32,
    GenGamma "gen_gamma" [Generator, F64] -> F64,
    GenBeta "gen_beta" [Generator, F64, F64] -> F64,
    GenChisquare "gen_chisquare" [Generator, F64] -> F64,
    GenNoncentralChisquare "gen_noncentral_chisquare" [Generator, F64, F64] -> F64,
    GenF "gen_f" [Generator, F64, F64] -> F64,
    GenNoncentralF "gen_noncentral_f" [Generator, F64, F64, F64] -> F64,
    GenStandardT "gen_standard_t" [Generator, F64] -> F64,
    GenStandardCauchy "gen_standard_cauchy" [Generator] -> F64,
    GenPareto "gen_pareto" [Generator, F64] -> F64,
    GenWeibull "gen_weibull" [Generator, F64] -> F64,
    GenPower "gen_power" [Generator, F64] -> F64,
    GenRayleigh "gen_rayleigh" [Generator, F64] -> F64,
    GenLaplace "gen_laplace" [Generator, F64, F64] -> F64,
    GenGumbel "gen_gumbel" [Generator, F64, F64] -> F64,
    GenLogistic "gen_logistic" [Generator, F64, F64] -> F64,
    GenLognormal "gen_lognormal" [Generator, F64, F64] -> F64,
    GenWald "gen_wald" [Generator, F64, F64] -> F64,
    GenVonmises "gen_vonmises" [Generator, F64, F64] -> F64,
    GenTriangular "gen_triangular" [Generator, F64, F64, F64] -> F64,
    GenPoisson "gen_poisson" [Generator, F64] -> I64,
    GenGeometric "gen_geometric" [Generator, F64] -> I64,
    GenNegativeBinomial "gen_negative_binomial" [Generator, F64, F64] -> I64,
    GenZipf "gen_zipf" [Generator, F64] -> I64,
    GenLogseries "gen_logseries" [Generator, F64] -> I64,
    GenHypergeometric "gen_hypergeometric" [Generator, I64, I64, I64] -> I64,
    GenBinomial "gen_binomial" [Generator, I64, F64] -> I64,
    // An integer in [0, max] by masked rejection (shuffles).
    GenInterval "gen_interval" [Generator, U64] -> U64,
    // An integer in [0, rng] by Lemire's method.
    GenBounded "gen_bounded" [Generator, U64] -> U64,
    // One int64 off + [0, rng], as `integers(..., dtype=np.int64)` draws it.
    GenInteger "gen_integer" [Generator, U64, U64] -> U64,
    // `count` integers off + [0, rng] into an integer or bool array.
    GenBoundedFill "gen_bounded_fill" [Generator, U64, U64, I64, Array] -> Void,
    // One multinomial row: n trials into an int64 row over float64 pvals.
    GenMultinomial "gen_multinomial" [Generator, I64, Array, Array, I64] -> Void,
    // LAPACKE and CBLAS (`penna_runtime_cpu::linalg`) on C-contiguous
    // float64 or complex128 matrices; the `lapack_` ones return LAPACK's `info`.
    LapackGesv "lapack_gesv" [I64, I64, Array, Array, Array] -> I64,
    LapackGetrf "lapack_getrf" [I64, I64, Array, Array] -> I64,
    LapackGetri "lapack_getri" [I64, Array, Array] -> I64,
    LapackGeev "lapack_geev" [I32, I64, Array, Array, Array] -> I64,
    LapackSyevd "lapack_syevd" [I32, I64, Array, Array] -> I64,
    LapackGesdd "lapack_gesdd" [I32, I64, I64, Array, Array, Array, Array] -> I64,
    LapackGeqrf "lapack_geqrf" [I64, I64, Array, Array] -> I64,
    LapackOrgqr "lapack_orgqr" [I64, I64, I64, Array, Array] -> I64,
    LapackPotrf "lapack_potrf" [I64, Array] -> I64,
    LapackGelsd "lapack_gelsd" [I64, I64, I64, Array, Array, Array, F64, Array] -> I64,
    BlasGemm "blas_gemm" [I64, I64, I64, Array, Array, Array] -> Void,
}

impl RuntimeFn {
    pub fn from_name(name: &str) -> Option<RuntimeFn> {
        RuntimeFn::ALL.iter().copied().find(|f| f.name() == name)
    }
}
