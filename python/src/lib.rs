//! penna-python: the CPython extension `penna._native`.
//!
//! | module | role |
//! |---|---|
//! | `dispatcher` | the `Dispatcher` class `@penna.jit` returns: type key, compile, call |
//! | `env` | the compiler's `Env` over a function's globals and closure |
//! | `argtypes` | the penna type of a call argument (fast path, no NumPy import) |
//! | `marshal` | arguments into ABI memory, results back to Python objects |
//! | `errors` | compile errors and runtime exceptions as Python exceptions |
//! | `owned` | arrays compiled code returns, as ndarrays owning its memory |
//! | `npscalar` | NumPy scalar arguments recognised by type pointer, read in place |
//! | `print` | `print()` in compiled code: records back to Python's `print` |
//! | `table` | the lock-free, append-only table of specialisations |
//! | `containers` | Python lists and sets passed to compiled code (copied, reflected) |
//! | `typed` | `penna.typed.List` / `Dict`: runtime containers shared with compiled code |
//! | `ufunc` | `@vectorize` / `@guvectorize` kernels as `numpy.ufunc` objects |
//! | `gpu` | `@cuda.jit` kernels compiled to PTX |
//! | `gpukernel` | `@cuda.jit` kernels loaded and launched on a GPU |
//! | `cudart` | devices, device memory, streams, events, copies (`penna_runtime_cuda`) |
//! | `cpukernel` | `@cuda.jit` kernels compiled and run on the CPU |
//! | `aot` | object code of exported signatures for `python -m penna aot` |
//! | `jitclass` | `jitclass` classes and their instances seen from Python |
//! | `objmode` | the host of `with objmode(...)` blocks: their Python functions and the calls into them |
//!
//! Debugging: `PENNA_LOG=debug` prints the time of every compiler phase;
//! `PENNA_DUMP=ir,llvm,llvm-raw,asm` prints each stage of every specialisation.

mod aot;
mod argtypes;
mod cache;
mod codegen;
mod containers;
mod cpukernel;
mod cudart;
mod dispatcher;
mod dlpack;
mod env;
mod errors;
mod extending;
mod fold;
mod generators;
mod gpu;
mod gpukernel;
mod hiprt;
mod jitclass;
mod lazyufunc;
mod marshal;
mod npscalar;
mod objmode;
mod owned;
mod print;
mod records;
mod table;
mod tiers;
mod typed;
mod ufunc;

use pyo3::prelude::*;

fn init_tracing() {
    let Ok(filter) = std::env::var("PENNA_LOG") else {
        return;
    };
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(std::io::stderr)
        .finish();
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// Parses a signature string and returns (return type or None, [argument types])
/// as canonical strings; used by `penna.types` to validate signatures.
#[pyfunction]
fn parse_signature(py: Python<'_>, text: &str) -> PyResult<(Option<String>, Vec<String>)> {
    let sig = penna_compiler::parse_signature(text).map_err(|e| errors::compile_error(py, &e))?;
    Ok((
        sig.ret.map(|t| t.to_string()),
        sig.args.iter().map(|t| t.to_string()).collect(),
    ))
}

/// libdevice's path (see `penna_targets::libdevice::find`), also searched
/// under `roots` (Python's `site-packages`); `None` if not found.
#[pyfunction]
fn find_libdevice(roots: Vec<String>) -> Option<std::path::PathBuf> {
    gpu::libdevice(roots)
}

/// `penna.set_num_threads(n)`: threads for parallel code started from this
/// thread (per thread, as in Numba).
#[pyfunction]
fn set_num_threads(n: usize) -> PyResult<()> {
    penna_runtime_cpu::parallel::set_num_threads(n).map_err(pyo3::exceptions::PyValueError::new_err)
}

#[pyfunction]
fn get_num_threads() -> usize {
    penna_runtime_cpu::parallel::get_num_threads()
}

/// The most threads a team can have (`PENNA_NUM_THREADS`, or the CPU count).
#[pyfunction]
fn max_threads() -> usize {
    penna_runtime_cpu::parallel::max_threads()
}

/// Whether `Generator` normals are drawn by penna's ziggurat on NumPy's
/// tables (`runtime-cpu/src/random/ziggurat.rs`), for tests and benchmarks;
/// false until compiled code has drawn a normal from a `Generator`.
#[pyfunction]
fn _ziggurat_in_use() -> bool {
    penna_runtime_cpu::random::generator::ziggurat_in_use()
}

/// `penna.typeof(value)`: the penna type of a value as an argument (its
/// canonical text), or an error naming what penna cannot take.
#[pyfunction]
#[pyo3(name = "typeof")]
fn type_of(value: &Bound<'_, PyAny>) -> PyResult<String> {
    argtypes::arg_type(value)
        .map(|t| t.to_string())
        .map_err(|u| pyo3::exceptions::PyValueError::new_err(format!("penna cannot type {}", u.0)))
}

extern "C" {
    /// The interpreter's hash key (CPython's `_Py_HashSecret_t`, a union
    /// whose first 16 bytes are the SipHash key).
    static _Py_HashSecret: [u64; 3];
}

/// Hands the interpreter's SipHash key to the runtime: `hash(s)` of a
/// string in compiled code is the interpreter's.
fn set_hash_secret() {
    // SAFETY: an exported, initialised-at-startup data symbol of CPython;
    // read-only after initialisation.
    let [k0, k1, _] = unsafe { std::ptr::addr_of!(_Py_HashSecret).read() };
    penna_runtime_cpu::hashing::set_hash_secret(k0, k1);
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    init_tracing();
    if !matches!(std::env::var("PENNA_WARM_UP").as_deref(), Ok("0" | "")) {
        tiers::submit(codegen::warm_up);
    }
    m.add_class::<dispatcher::Dispatcher>()?;
    m.add_function(wrap_pyfunction!(parse_signature, m)?)?;
    m.add_function(wrap_pyfunction!(cache::cache_info, m)?)?;
    m.add_function(wrap_pyfunction!(cache::cache_clear, m)?)?;
    m.add_function(wrap_pyfunction!(cache::cache_reset, m)?)?;
    m.add_function(wrap_pyfunction!(tiers::_tiers_wait, m)?)?;
    m.add_function(wrap_pyfunction!(tiers::_tiers_pause, m)?)?;
    m.add_function(wrap_pyfunction!(aot::_aot_compile, m)?)?;
    m.add_function(wrap_pyfunction!(aot::_registered_exceptions, m)?)?;
    m.add_function(wrap_pyfunction!(set_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(get_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(max_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_ziggurat_in_use, m)?)?;
    m.add_function(wrap_pyfunction!(owned::allocation_stats, m)?)?;
    m.add_class::<owned::OwnedMemory>()?;
    m.add_class::<typed::TypedList>()?;
    penna_runtime_cpu::objmode::set_host(objmode::host);
    set_hash_secret();
    m.add_class::<jitclass::JitClass>()?;
    m.add_class::<jitclass::JitObject>()?;
    m.add_class::<generators::Generator>()?;
    m.add_function(wrap_pyfunction!(jitclass::make_jitclass, m)?)?;
    m.add_function(wrap_pyfunction!(extending::register_overload, m)?)?;
    m.add_function(wrap_pyfunction!(extending::register_method_overload, m)?)?;
    m.add_class::<typed::TypedDict>()?;
    m.add_class::<lazyufunc::LazyUfunc>()?;
    lazyufunc::install_fast_reduce(&m.py().get_type::<lazyufunc::LazyUfunc>())?;
    m.add_function(wrap_pyfunction!(type_of, m)?)?;
    m.add_function(wrap_pyfunction!(ufunc::make_ufunc, m)?)?;
    m.add_function(wrap_pyfunction!(ufunc::ufunc_call, m)?)?;
    m.add_function(wrap_pyfunction!(find_libdevice, m)?)?;
    m.add_function(wrap_pyfunction!(dlpack::dlpack_view, m)?)?;
    m.add_class::<cudart::DeviceArray>()?;
    m.add_class::<cudart::DeviceMemory>()?;
    m.add_class::<cudart::PinnedMemory>()?;
    m.add_class::<cudart::CudaStream>()?;
    m.add_class::<cudart::CudaEvent>()?;
    m.add_class::<hiprt::HipMemory>()?;
    m.add_class::<hiprt::HipPinnedMemory>()?;
    m.add_class::<hiprt::HipStream>()?;
    m.add_class::<hiprt::HipEvent>()?;
    for f in [
        wrap_pyfunction!(cudart::cuda_available, m)?,
        wrap_pyfunction!(cudart::cuda_unavailable_reason, m)?,
        wrap_pyfunction!(cudart::cuda_device_count, m)?,
        wrap_pyfunction!(cudart::cuda_driver_version, m)?,
        wrap_pyfunction!(cudart::cuda_select_device, m)?,
        wrap_pyfunction!(cudart::cuda_device_info, m)?,
        wrap_pyfunction!(cudart::cuda_synchronize, m)?,
        wrap_pyfunction!(cudart::cuda_memory_info, m)?,
        wrap_pyfunction!(cudart::cuda_copy, m)?,
        wrap_pyfunction!(cudart::cuda_memset, m)?,
        wrap_pyfunction!(cudart::cuda_stream_synchronize, m)?,
        wrap_pyfunction!(cudart::cuda_stream_idle, m)?,
        wrap_pyfunction!(gpu::hip_architectures, m)?,
        wrap_pyfunction!(hiprt::hip_available, m)?,
        wrap_pyfunction!(hiprt::hip_unavailable_reason, m)?,
        wrap_pyfunction!(hiprt::hip_runtime_version, m)?,
        wrap_pyfunction!(hiprt::hip_library, m)?,
        wrap_pyfunction!(hiprt::hip_device_count, m)?,
        wrap_pyfunction!(hiprt::hip_select_device, m)?,
        wrap_pyfunction!(hiprt::hip_device_info, m)?,
        wrap_pyfunction!(hiprt::hip_synchronize, m)?,
        wrap_pyfunction!(hiprt::hip_copy, m)?,
        wrap_pyfunction!(hiprt::hip_memset, m)?,
        wrap_pyfunction!(hiprt::hip_stream_synchronize, m)?,
        wrap_pyfunction!(hiprt::hip_stream_idle, m)?,
    ] {
        m.add_function(f)?;
    }
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
