//! The runtime on a machine without an AMD GPU (every machine penna's CI
//! has): each entry returns an error value, none panics. With
//! `libamdhip64` installed (the test command installs Debian's), the library
//! loads and reports its version; without it, `NoRuntime`.

use penna_runtime_hip as hip;

#[test]
fn no_device_is_an_error_not_a_panic() {
    assert!(!hip::is_available());
    let err = hip::device_count().unwrap_err();
    assert!(err.is_unsupported(), "{err}");
    assert!(hip::current().unwrap_err().is_unsupported());
    assert!(hip::select(3).unwrap_err().is_unsupported());
    match hip::api::api() {
        Ok(api) => {
            assert!(matches!(err, hip::HipError::NoDevice(_)), "{err}");
            let version = hip::runtime_version().unwrap();
            assert!(version > 50_000_000, "runtime version {version}");
            assert_eq!(api.error_name(100), "hipErrorNoDevice");
        }
        Err(e) => assert!(matches!(e, hip::HipError::NoRuntime(_)), "{e}"),
    }
}
