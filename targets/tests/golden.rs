//! Golden tests: `tests/in/*.py` -> `tests/out/ir/*.ir` and `tests/out/ll-cpu/*.ll`.
//!
//! Each input names its cases in comments, `# case: f(float64[::1], int64)`, and
//! may state what the optimised LLVM must contain, `# CHECK-O3: <4 x double>`,
//! and the options to compile with, `# options: fastmath boundscheck`.
//! LLVM text uses a fixed CPU (x86-64-v3) so snapshots match on every machine.
//! `BLESS=1 cargo test -p penna-targets --test golden` rewrites the snapshots.

mod common;

use std::fs;

use common::{compare_or_bless, inputs, root};

use penna_compiler::ir::print::print_program;
use penna_compiler::testing::ModuleEnv;
use penna_compiler::{compile, parse_type_list};
use penna_targets::{CpuTarget, Entry, Options, Stage};

struct Case {
    entry: String,
    args: String,
}

fn cases(text: &str) -> (Vec<Case>, Vec<String>, Options) {
    let mut cases = Vec::new();
    let mut checks = Vec::new();
    let mut options = Options::default();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# options:") {
            options.fastmath = rest.contains("fastmath");
            options.boundscheck = rest.contains("boundscheck");
        }
        if let Some(rest) = line.strip_prefix("# case:") {
            let rest = rest.trim();
            let open = rest.find('(').expect("case is f(types)");
            let args = rest[open + 1..rest.len() - 1].to_owned();
            cases.push(Case {
                entry: rest[..open].to_owned(),
                args,
            });
        } else if let Some(rest) = line.strip_prefix("# CHECK-O3:") {
            checks.push(rest.trim().to_owned());
        }
    }
    (cases, checks, options)
}

#[test]
fn golden_ir_and_llvm() {
    let target = CpuTarget::generic_x86_64();
    let mut failures = Vec::new();
    for input in inputs(&root().join("in")) {
        let name = input.file_stem().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&input).unwrap();
        let env = ModuleEnv::new(&format!("tests/in/{name}.py"), &text).unwrap();
        let (cases, checks, options) = cases(&text);
        assert!(!cases.is_empty(), "{name}: no `# case:` lines");
        let (mut ir, mut ll, mut optimized) = (String::new(), String::new(), String::new());
        for case in &cases {
            let f = env
                .function(&case.entry)
                .unwrap_or_else(|| panic!("{name}: no function {}", case.entry));
            let types = parse_type_list(&case.args).unwrap();
            let program = compile(&f, &types).unwrap_or_else(|e| panic!("{name}: {}", e.render()));
            ir.push_str(&format!(
                "# {}({})\n{}",
                case.entry,
                case.args,
                print_program(&program)
            ));
            let raw = Options {
                optimize: penna_targets::Optimize::Off,
                ..options
            };
            let module = format!("golden.{name}");
            let text =
                penna_targets::compile(&program, &target, &module, &raw, Stage::Llvm, &Entry::Call)
                    .unwrap_or_else(|e| panic!("{name}: {}", e.render()))
                    .text();
            ll.push_str(&format!("; {}({})\n{text}\n", case.entry, case.args));
            let opt = penna_targets::compile(
                &program,
                &target,
                &module,
                &options,
                Stage::LlvmOptimized,
                &Entry::Call,
            )
            .unwrap_or_else(|e| panic!("{name}: {}", e.render()));
            optimized.push_str(&opt.text());
        }
        compare_or_bless(
            &root().join(format!("out/ir/{name}.ir")),
            &ir,
            &mut failures,
        );
        compare_or_bless(
            &root().join(format!("out/ll-cpu/{name}.ll")),
            &ll,
            &mut failures,
        );
        for check in checks {
            if !optimized.contains(&check) {
                failures.push(format!("{name}: optimised LLVM does not contain `{check}`"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
