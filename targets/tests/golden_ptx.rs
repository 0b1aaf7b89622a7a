//! Golden PTX: `tests/in/cuda/*.py` -> `tests/out/ptx/*.ptx`.
//!
//! Each input names its kernels in comments, `# kernel: f(float32[:], int32)`;
//! every kernel is compiled for sm_80 (without libdevice, so golden kernels
//! use no libdevice math) and the PTX of a file's kernels is one snapshot.
//! A change to the lowering shows up here as a readable diff of the PTX; the
//! Python suite assembles every snapshot with `ptxas`
//! (`tests/python/test_cuda_ptx.py`). `BLESS=1 cargo test -p penna-targets
//! --test golden_ptx` rewrites the snapshots.

mod common;

use std::fs;

use common::{compare_or_bless, inputs, root};

use penna_compiler::testing::ModuleEnv;
use penna_compiler::{compile, parse_type_list};
use penna_targets::{Entry, KernelOptions, NvptxTarget, Options, Stage};

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

#[test]
fn golden_ptx() {
    let target = NvptxTarget::new((8, 0)).unwrap();
    let mut failures = Vec::new();
    for input in inputs(&root().join("in/cuda")) {
        let name = input.file_stem().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&input).unwrap();
        let env = ModuleEnv::new(&format!("tests/in/cuda/{name}.py"), &text).unwrap();
        let cases = kernels(&text);
        assert!(!cases.is_empty(), "{name}: no `# kernel:` lines");
        let mut ptx = String::new();
        for (entry, args) in &cases {
            let f = env
                .function(entry)
                .unwrap_or_else(|| panic!("{name}: no function {entry}"));
            let types = parse_type_list(args).unwrap();
            let program = compile(&f, &types).unwrap_or_else(|e| panic!("{name}: {}", e.render()));
            let artifact = penna_targets::compile(
                &program,
                &target,
                &format!("golden.{entry}"),
                &Options::default(),
                Stage::Asm,
                &Entry::Kernel(&KernelOptions::default()),
            )
            .unwrap_or_else(|e| panic!("{name}: {}", e.render()));
            ptx.push_str(&format!(
                "//! kernel {entry}({args})\n{}\n",
                artifact.text()
            ));
        }
        compare_or_bless(
            &root().join(format!("out/ptx/{name}.ptx")),
            &ptx,
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
