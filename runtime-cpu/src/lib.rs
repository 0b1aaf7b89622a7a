//! penna-runtime-cpu: runs compiled CPU code in this process.
//!
//! | module | role |
//! |---|---|
//! | [`jit`] | one process-wide ORC LLJIT; loads object files, finds entry points, defines host symbols |
//! | [`call`] | calling an entry point through the uniform ABI |
//! | [`grid`] | GPU kernels on the CPU: a grid's blocks over the thread pool |
//! | [`race`] | shared-memory race checking for kernels on the CPU (`racecheck=True`) |
//! | [`parallel`] | teams, schedules, barriers, critical sections |
//! | [`pool`] | the worker threads teams run on: spin, then sleep, between jobs |
//! | [`nrt`] | owned arrays' memory: allocation, reference counts, live count |
//! | [`containers`] | lists, dicts and sets: storage, hashing, the C functions compiled code calls |
//! | [`floatrepr`] | floats as Python's `repr` and NumPy's `str` print them |
//! | [`linalg`] | `np.linalg` and BLAS `@`: LAPACKE and CBLAS of the OpenBLAS NumPy bundles |
//! | [`random`] | `np.random` in compiled code: NumPy's legacy generator, one per thread |
//! | [`sort`] | `np.sort`, `argsort`, `unique` on contiguous rows |
//! | [`ufunc`] | errors raised inside NumPy ufunc loops, kept for the caller |
//!
//! Every function compiled code calls is `#[no_mangle] extern "C"` under its
//! ABI name (`penna_compiler::abi`, `penna_compiler::runtime_fns::RuntimeFn::symbol`) and
//! listed by [`symbols`]: the JIT defines the names from that list, and code
//! compiled ahead of time links against the exported symbols (`penna-aot`,
//! built without the `jit` feature, so without LLVM).
//!
//! The runtime consumes artifacts (object bytes + entry symbol), never IR: it
//! does not depend on `penna-targets`. Symbols from the process (libm) resolve
//! through a process search generator, so compiled code can call `sin`, `erf`,
//! `tgamma`, ...

/// `(name, address)` of each listed `#[no_mangle]` runtime function, for
/// `symbols()`: the name is the function's own, which is its ABI name.
macro_rules! symbol_table {
    ($($f:ident),* $(,)?) => {
        vec![$((stringify!($f), $f as *const () as usize),)*]
    };
}

pub mod call;
pub mod containers;
pub mod exceptions;
pub mod floatrepr;
pub mod generators;
pub mod grid;
pub mod hashing;
#[cfg(feature = "jit")]
pub mod jit;
pub mod linalg;
pub mod loaded;
pub mod nrt;
pub mod objects;
pub mod objmode;
pub mod pairwise;
pub mod parallel;
pub mod pool;
pub mod race;
pub mod random;
pub mod sort;
pub mod strings;
pub mod ufunc;

pub use call::{EntryFn, Outcome};
#[cfg(feature = "jit")]
pub use jit::{define_symbol, load, load_address, LoadError};

/// Every runtime function compiled code may call: its symbol and address.
pub fn symbols() -> Vec<(&'static str, usize)> {
    let mut all = parallel::symbols();
    all.extend(nrt::symbols());
    all.extend(containers::symbols());
    all.extend(ufunc::symbols());
    all.extend(sort::symbols());
    all.extend(pairwise::symbols());
    all.extend(race::symbols());
    all.extend(random::symbols());
    all.extend(random::generator::symbols());
    all.extend(linalg::symbols());
    all.extend(strings::symbols());
    all.extend(exceptions::symbols());
    all.extend(objects::symbols());
    all.extend(generators::symbols());
    all.extend(hashing::symbols());
    all.extend(objmode::symbols());
    all
}
