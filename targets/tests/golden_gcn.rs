//! Golden GCN: `tests/in/{cuda,hip}/*.py` -> `tests/out/gcn/<arch>/*.s`.
//!
//! Every kernel (`# kernel: f(types)` lines) is compiled for every AMD
//! architecture in [`ARCHES`] twice: to assembly, which is the snapshot, and
//! to a linked code object, whose ELF header and metadata are checked. Checks
//! written in the inputs hold for the assembly of the architectures they
//! name:
//!
//! ```text
//! # gcn gfx90a gfx942: has global_atomic_add_f32
//! # gcn *: lacks global_atomic_cmpswap
//! ```
//!
//! The inputs under `tests/in/hip` call math functions: ROCm's device
//! libraries must be installed (`scripts/setup.sh` installs Debian's
//! `rocm-device-libs`). `BLESS=1 cargo test -p
//! penna-targets --test golden_gcn` rewrites the snapshots.

mod common;

use std::fs;
use std::path::Path;

use common::{compare_or_bless, inputs, root};

use penna_compiler::testing::ModuleEnv;
use penna_compiler::{compile, parse_type_list};
use penna_targets::amdgpu::find_device_libs;
use penna_targets::{AmdgpuOptions, AmdgpuTarget, Entry, KernelOptions, Options, Stage};

const ARCHES: &[&str] = &[
    "gfx908", "gfx90a", "gfx942", "gfx1030", "gfx1100", "gfx1201",
];

/// `(function, argument types)` of every `# kernel: f(types)` line.
fn kernels(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| line.strip_prefix("# kernel:"))
        .map(|rest| {
            let rest = rest.trim();
            let open = rest.find('(').expect("kernel is f(types)");
            (
                rest[..open].to_owned(),
                rest[open + 1..rest.len() - 1].to_owned(),
            )
        })
        .collect()
}

/// `(arches, must contain, text)` of every `# gcn ...: has|lacks ...` line.
fn checks(text: &str) -> Vec<(Vec<String>, bool, String)> {
    text.lines()
        .filter_map(|line| line.strip_prefix("# gcn "))
        .map(|rest| {
            let (arches, check) = rest.split_once(':').expect("# gcn arches: has|lacks text");
            let check = check.trim();
            let (has, what) = if let Some(w) = check.strip_prefix("has ") {
                (true, w)
            } else if let Some(w) = check.strip_prefix("lacks ") {
                (false, w)
            } else {
                panic!("a gcn check is `has` or `lacks`: {line}", line = rest)
            };
            let arches = arches.split_whitespace().map(str::to_owned).collect();
            (arches, has, what.trim().to_owned())
        })
        .collect()
}

/// The ELF header says: a 64-bit little-endian shared object for AMDGPU.
fn check_code_object(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" {
        return Err("not an ELF file".into());
    }
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    let e_machine = u16::from_le_bytes([bytes[18], bytes[19]]);
    // ET_DYN; EM_AMDGPU = 224.
    if e_type != 3 || e_machine != 224 {
        return Err(format!("e_type {e_type}, e_machine {e_machine}"));
    }
    Ok(())
}

fn compile_file(dir: &Path, input: &Path, device_libs: Option<&Path>, failures: &mut Vec<String>) {
    let name = input.file_stem().unwrap().to_string_lossy().into_owned();
    let folder = dir.file_name().unwrap().to_string_lossy().into_owned();
    let text = fs::read_to_string(input).unwrap();
    let env = ModuleEnv::new(&format!("tests/in/{folder}/{name}.py"), &text).unwrap();
    let cases = kernels(&text);
    assert!(!cases.is_empty(), "{name}: no `# kernel:` lines");
    for arch in ARCHES {
        let options = AmdgpuOptions {
            device_libs: device_libs.map(Path::to_path_buf),
            ..Default::default()
        };
        let target = AmdgpuTarget::new(arch, options).unwrap();
        let mut asm = String::new();
        for (entry, args) in &cases {
            let f = env
                .function(entry)
                .unwrap_or_else(|| panic!("{name}: no function {entry}"));
            let types = parse_type_list(args).unwrap();
            let program = compile(&f, &types).unwrap_or_else(|e| panic!("{name}: {}", e.render()));
            let build = |stage| {
                penna_targets::compile(
                    &program,
                    &target,
                    &format!("golden.{entry}"),
                    &Options::default(),
                    stage,
                    &Entry::Kernel(&KernelOptions::default()),
                )
                .unwrap_or_else(|e| panic!("{name} for {arch}: {}", e.render()))
            };
            let text = build(Stage::Asm).text();
            if let Err(e) = check_code_object(&build(Stage::Object).bytes) {
                failures.push(format!("{name}.{entry} for {arch}: code object: {e}"));
            }
            asm.push_str(&format!("//! kernel {entry}({args})\n{text}\n"));
        }
        for (arches, has, what) in checks(&text) {
            if !arches.iter().any(|a| a == "*" || a == arch) {
                continue;
            }
            if asm.contains(&what) != has {
                let verb = if has { "lacks" } else { "has" };
                failures.push(format!(
                    "{folder}/{name} for {arch}: the assembly {verb} `{what}`"
                ));
            }
        }
        compare_or_bless(
            &root().join(format!("out/gcn/{arch}/{name}.s")),
            &asm,
            failures,
        );
    }
}

#[test]
fn golden_gcn() {
    let device_libs = find_device_libs();
    let mut failures = Vec::new();
    for input in inputs(&root().join("in/cuda")) {
        compile_file(
            &root().join("in/cuda"),
            &input,
            device_libs.as_deref(),
            &mut failures,
        );
    }
    let libs = device_libs.as_deref().expect(
        "ROCm's device libraries (Debian's rocm-device-libs; scripts/setup.sh installs it)",
    );
    for input in inputs(&root().join("in/hip")) {
        compile_file(&root().join("in/hip"), &input, Some(libs), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
