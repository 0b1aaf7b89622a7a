//! penna-runtime-cpu: runs compiled CPU code in this process.
//!
//! | module | role |
//! |---|---|
//! | [`jit`] | one process-wide ORC LLJIT; loads object files, finds entry points, defines host symbols |
//! | [`call`] | calling an entry point through the uniform ABI |
//! | [`grid`] | GPU kernels on the CPU: a grid's blocks over the thread pool |
//! | [`race`] | shared-memory race checking for kernels on the CPU (`racecheck=True`) |
//! | [`parallel`] | the thread pool: teams, schedules, barriers, critical sections |
//! | [`nrt`] | owned arrays' memory: allocation, reference counts, live count |
//! | [`containers`] | lists, dicts and sets: storage, hashing, the C functions compiled code calls |
//! | [`linalg`] | `np.linalg` and BLAS `@`: LAPACKE and CBLAS of the OpenBLAS NumPy bundles |
//! | [`random`] | `np.random` in compiled code: NumPy's legacy generator, one per thread |
//! | [`sort`] | `np.sort`, `argsort`, `unique` on contiguous rows |
//! | [`ufunc`] | errors raised inside NumPy ufunc loops, kept for the caller |
//!
//! The runtime consumes artifacts (object bytes + entry symbol), never IR: it
//! does not depend on `penna-targets`. Symbols from the process (libm) resolve
//! through a process search generator, so compiled code can call `sin`, `erf`,
//! `tgamma`, ...

pub mod call;
pub mod containers;
pub mod grid;
pub mod jit;
pub mod linalg;
pub mod loaded;
pub mod nrt;
pub mod pairwise;
pub mod parallel;
pub mod race;
pub mod random;
pub mod sort;
pub mod ufunc;

pub use call::{EntryFn, Outcome};
pub use jit::{define_symbol, load, load_address, LoadError};
