//! Builds the in-process lld shim (`src/amdgpu/lld_shim.cpp`) when the `lld`
//! feature is on: LLVM 19's headers and static lld libraries come from
//! `llvm-config` (Debian's `liblld-19-dev`), LLVM itself from the shared
//! library inkwell links.

#[cfg(feature = "lld")]
use std::path::PathBuf;
#[cfg(feature = "lld")]
use std::process::Command;

#[cfg(feature = "lld")]
fn llvm_config(arg: &str) -> Option<String> {
    let candidates = [
        std::env::var("LLVM_SYS_191_PREFIX")
            .map(|p| format!("{p}/bin/llvm-config"))
            .unwrap_or_default(),
        "llvm-config-19".into(),
        "/usr/lib/llvm-19/bin/llvm-config".into(),
        "llvm-config".into(),
    ];
    candidates.iter().filter(|c| !c.is_empty()).find_map(|c| {
        let out = Command::new(c).arg(arg).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    })
}

fn main() {
    println!("cargo:rerun-if-changed=src/amdgpu/lld_shim.cpp");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_191_PREFIX");
    #[cfg(feature = "lld")]
    build_lld_shim();
}

#[cfg(feature = "lld")]
fn build_lld_shim() {
    let include = llvm_config("--includedir").expect("llvm-config (LLVM 19) for the lld feature");
    let libdir = PathBuf::from(llvm_config("--libdir").expect("llvm-config --libdir"));
    assert!(
        libdir.join("liblldELF.a").is_file(),
        "the lld feature needs lld's static libraries in {} (Debian: liblld-19-dev)",
        libdir.display()
    );
    cc::Build::new()
        .cpp(true)
        .file("src/amdgpu/lld_shim.cpp")
        .include(&include)
        .flag("-std=c++17")
        .flag("-fno-exceptions")
        .flag("-fno-rtti")
        .define("_GNU_SOURCE", None)
        .define("__STDC_CONSTANT_MACROS", None)
        .define("__STDC_FORMAT_MACROS", None)
        .define("__STDC_LIMIT_MACROS", None)
        .warnings(false)
        .compile("penna_lld_shim");
    println!("cargo:rustc-link-search=native={}", libdir.display());
    println!("cargo:rustc-link-lib=static=lldELF");
    println!("cargo:rustc-link-lib=static=lldCommon");
    println!("cargo:rustc-link-lib=dylib=LLVM-19");
    println!("cargo:rustc-link-lib=dylib=z");
    println!("cargo:rustc-link-lib=dylib=zstd");
    println!("cargo:rustc-link-lib=dylib=stdc++");
}
