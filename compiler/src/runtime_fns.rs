//! Scalar functions that the CPU runtime implements and compiled code calls
//! by symbol: the random number generators behind `np.random`.
//!
//! One row per function: its name (written `penna._rt_<name>` in the Python
//! source of penna's NumPy library), its parameter types, its result type
//! (`None`: nothing) and its C symbol, which `penna-runtime-cpu` defines with
//! the same signature. Arguments convert to the parameter types as for any
//! call; these functions exist on the CPU only (the family check rejects them
//! in GPU code).

use crate::types::Scalar;

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

            pub fn params(self) -> &'static [Scalar] {
                match self {
                    $(RuntimeFn::$variant => &[$(Scalar::$param),*],)*
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
}

impl RuntimeFn {
    pub fn from_name(name: &str) -> Option<RuntimeFn> {
        RuntimeFn::ALL.iter().copied().find(|f| f.name() == name)
    }
}
