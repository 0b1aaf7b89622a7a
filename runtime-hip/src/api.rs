//! `libamdhip64`, found by soname and resolved once.
//!
//! Search order: `PENNA_LIBAMDHIP64` (a path), a copy already mapped into the
//! process or on the loader's path by soname (`libamdhip64.so.7`, `.so.6`,
//! `.so.5`, `.so`; PyTorch's own copy is found this way once it is loaded),
//! then `$ROCM_PATH/lib` and `/opt/rocm/lib`. Entry points are copied out of
//! the library, which stays loaded for the life of the process.

use std::ffi::{c_char, c_void, CStr};
use std::sync::OnceLock;

use libloading::Library;

use crate::error::{HipError, HipResult, SUCCESS};

/// `hipError_t`.
pub type Status = i32;
/// Opaque runtime handles.
pub type RawModule = *mut c_void;
pub type RawFunction = *mut c_void;
pub type RawStream = *mut c_void;
pub type RawEvent = *mut c_void;

/// Sonames, newest first.
const SONAMES: &[&str] = &[
    "libamdhip64.so.7",
    "libamdhip64.so.6",
    "libamdhip64.so.5",
    "libamdhip64.so",
];

/// The entry points penna calls.
pub struct Api {
    /// Where the library was found.
    pub source: String,
    pub init: unsafe extern "C" fn(u32) -> Status,
    pub runtime_get_version: unsafe extern "C" fn(*mut i32) -> Status,
    pub driver_get_version: unsafe extern "C" fn(*mut i32) -> Status,
    pub get_error_name: unsafe extern "C" fn(Status) -> *const c_char,
    pub get_device_count: unsafe extern "C" fn(*mut i32) -> Status,
    pub set_device: unsafe extern "C" fn(i32) -> Status,
    pub device_get_attribute: unsafe extern "C" fn(*mut i32, i32, i32) -> Status,
    pub device_get_name: unsafe extern "C" fn(*mut c_char, i32, i32) -> Status,
    /// `hipGetDeviceProperties` of this release, and the offset of
    /// `gcnArchName` in its `hipDeviceProp_t` (the layout changed in ROCm 6).
    pub get_device_properties: (unsafe extern "C" fn(*mut c_void, i32) -> Status, usize),
    pub device_synchronize: unsafe extern "C" fn() -> Status,
    pub mem_get_info: unsafe extern "C" fn(*mut usize, *mut usize) -> Status,
    pub malloc: unsafe extern "C" fn(*mut *mut c_void, usize) -> Status,
    pub free: unsafe extern "C" fn(*mut c_void) -> Status,
    pub host_malloc: unsafe extern "C" fn(*mut *mut c_void, usize, u32) -> Status,
    pub host_free: unsafe extern "C" fn(*mut c_void) -> Status,
    pub host_get_device_pointer: unsafe extern "C" fn(*mut *mut c_void, *mut c_void, u32) -> Status,
    pub memcpy_htod: unsafe extern "C" fn(*mut c_void, *const c_void, usize) -> Status,
    pub memcpy_dtoh: unsafe extern "C" fn(*mut c_void, *mut c_void, usize) -> Status,
    pub memcpy_htod_async:
        unsafe extern "C" fn(*mut c_void, *const c_void, usize, RawStream) -> Status,
    pub memcpy_dtoh_async:
        unsafe extern "C" fn(*mut c_void, *mut c_void, usize, RawStream) -> Status,
    pub memcpy_dtod: unsafe extern "C" fn(*mut c_void, *mut c_void, usize) -> Status,
    pub memcpy_dtod_async:
        unsafe extern "C" fn(*mut c_void, *mut c_void, usize, RawStream) -> Status,
    pub memset_d8: unsafe extern "C" fn(*mut c_void, u8, usize) -> Status,
    pub module_load_data: unsafe extern "C" fn(*mut RawModule, *const c_void) -> Status,
    pub module_unload: unsafe extern "C" fn(RawModule) -> Status,
    pub module_get_function:
        unsafe extern "C" fn(*mut RawFunction, RawModule, *const c_char) -> Status,
    pub func_get_attribute: unsafe extern "C" fn(*mut i32, i32, RawFunction) -> Status,
    #[allow(clippy::type_complexity)] // the C signature, as declared
    pub module_launch_kernel: unsafe extern "C" fn(
        RawFunction,
        u32,
        u32,
        u32,
        u32,
        u32,
        u32,
        u32,
        RawStream,
        *mut *mut c_void,
        *mut *mut c_void,
    ) -> Status,
    pub stream_create_with_flags: unsafe extern "C" fn(*mut RawStream, u32) -> Status,
    pub stream_destroy: unsafe extern "C" fn(RawStream) -> Status,
    pub stream_synchronize: unsafe extern "C" fn(RawStream) -> Status,
    pub stream_query: unsafe extern "C" fn(RawStream) -> Status,
    pub stream_wait_event: unsafe extern "C" fn(RawStream, RawEvent, u32) -> Status,
    pub event_create_with_flags: unsafe extern "C" fn(*mut RawEvent, u32) -> Status,
    pub event_record: unsafe extern "C" fn(RawEvent, RawStream) -> Status,
    pub event_synchronize: unsafe extern "C" fn(RawEvent) -> Status,
    pub event_query: unsafe extern "C" fn(RawEvent) -> Status,
    pub event_elapsed_time: unsafe extern "C" fn(*mut f32, RawEvent, RawEvent) -> Status,
    pub event_destroy: unsafe extern "C" fn(RawEvent) -> Status,
    /// Keeps the entry points valid.
    _library: Library,
}

/// The library's candidates, in search order.
fn candidates() -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("PENNA_LIBAMDHIP64") {
        out.push(p.to_string_lossy().into_owned());
    }
    out.extend(SONAMES.iter().map(|s| s.to_string()));
    let rocm = std::env::var("ROCM_PATH").unwrap_or_else(|_| "/opt/rocm".into());
    out.push(format!("{rocm}/lib/libamdhip64.so"));
    out
}

fn open() -> Result<Api, String> {
    let mut tried = Vec::new();
    for name in candidates() {
        // SAFETY: loading libamdhip64 runs its initialisers, which only set
        // up the runtime's own state.
        match unsafe { Library::new(&name) } {
            Ok(library) => return resolve(library, name),
            Err(e) => tried.push(format!("{name}: {e}")),
        }
    }
    Err(format!(
        "libamdhip64 was not found (install ROCm or Debian's libamdhip64-5, or set PENNA_LIBAMDHIP64); tried {}",
        tried.len()
    ))
}

fn resolve(library: Library, source: String) -> Result<Api, String> {
    macro_rules! sym {
        ($name:literal) => {
            // SAFETY: the symbol is the HIP entry point of that name, and
            // the field's type is its C signature.
            *unsafe { library.get(concat!($name, "\0").as_bytes()) }
                .map_err(|e| format!("{source} has no {}: {e}", $name))?
        };
    }
    // ROCm 6 changed hipDeviceProp_t and versioned the symbol.
    let props = [
        ("hipGetDevicePropertiesR0600\0", 1160),
        ("hipGetDevicePropertiesR0000\0", 396),
        ("hipGetDeviceProperties\0", 396),
    ]
    .iter()
    // SAFETY: each of these has the signature (hipDeviceProp_t*, int).
    .find_map(|(name, offset)| unsafe {
        library
            .get::<unsafe extern "C" fn(*mut c_void, i32) -> Status>(name.as_bytes())
            .ok()
            .map(|f| (*f, *offset))
    })
    .ok_or_else(|| format!("{source} has no hipGetDeviceProperties"))?;
    Ok(Api {
        init: sym!("hipInit"),
        runtime_get_version: sym!("hipRuntimeGetVersion"),
        driver_get_version: sym!("hipDriverGetVersion"),
        get_error_name: sym!("hipGetErrorName"),
        get_device_count: sym!("hipGetDeviceCount"),
        set_device: sym!("hipSetDevice"),
        device_get_attribute: sym!("hipDeviceGetAttribute"),
        device_get_name: sym!("hipDeviceGetName"),
        get_device_properties: props,
        device_synchronize: sym!("hipDeviceSynchronize"),
        mem_get_info: sym!("hipMemGetInfo"),
        malloc: sym!("hipMalloc"),
        free: sym!("hipFree"),
        host_malloc: sym!("hipHostMalloc"),
        host_free: sym!("hipHostFree"),
        host_get_device_pointer: sym!("hipHostGetDevicePointer"),
        memcpy_htod: sym!("hipMemcpyHtoD"),
        memcpy_dtoh: sym!("hipMemcpyDtoH"),
        memcpy_htod_async: sym!("hipMemcpyHtoDAsync"),
        memcpy_dtoh_async: sym!("hipMemcpyDtoHAsync"),
        memcpy_dtod: sym!("hipMemcpyDtoD"),
        memcpy_dtod_async: sym!("hipMemcpyDtoDAsync"),
        memset_d8: sym!("hipMemsetD8"),
        module_load_data: sym!("hipModuleLoadData"),
        module_unload: sym!("hipModuleUnload"),
        module_get_function: sym!("hipModuleGetFunction"),
        func_get_attribute: sym!("hipFuncGetAttribute"),
        module_launch_kernel: sym!("hipModuleLaunchKernel"),
        stream_create_with_flags: sym!("hipStreamCreateWithFlags"),
        stream_destroy: sym!("hipStreamDestroy"),
        stream_synchronize: sym!("hipStreamSynchronize"),
        stream_query: sym!("hipStreamQuery"),
        stream_wait_event: sym!("hipStreamWaitEvent"),
        event_create_with_flags: sym!("hipEventCreateWithFlags"),
        event_record: sym!("hipEventRecord"),
        event_synchronize: sym!("hipEventSynchronize"),
        event_query: sym!("hipEventQuery"),
        event_elapsed_time: sym!("hipEventElapsedTime"),
        event_destroy: sym!("hipEventDestroy"),
        source,
        _library: library,
    })
}

/// The loaded runtime, or why there is none.
pub fn api() -> HipResult<&'static Api> {
    static API: OnceLock<Result<Api, String>> = OnceLock::new();
    API.get_or_init(open)
        .as_ref()
        .map_err(|e| HipError::NoRuntime(e.clone()))
}

impl Api {
    /// `hipGetErrorName(code)`.
    pub fn error_name(&self, code: Status) -> String {
        // SAFETY: hipGetErrorName returns a static string (or null).
        let name = unsafe { (self.get_error_name)(code) };
        if name.is_null() {
            return format!("hipError_t {code}");
        }
        // SAFETY: a NUL-terminated static string.
        unsafe { CStr::from_ptr(name) }
            .to_string_lossy()
            .into_owned()
    }

    /// `Ok` for `hipSuccess`, else the error of call `call`.
    pub fn check(&self, call: &'static str, status: Status) -> HipResult<()> {
        if status == SUCCESS {
            return Ok(());
        }
        Err(HipError::Runtime {
            call,
            code: status,
            name: self.error_name(status),
        })
    }
}
