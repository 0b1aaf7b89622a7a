//! Compile with penna-compiler + penna-targets, load and run with this crate.

use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

use penna_compiler::abi::ExceptionKind;
use penna_compiler::testing::ModuleEnv;
use penna_compiler::{compile, parse_type_list};
use penna_runtime_cpu::call::{call, Outcome};
use penna_targets::{CpuTarget, Entry, Options, Stage};

fn build(src: &str, entry: &str, args: &str, options: Options) -> penna_runtime_cpu::EntryFn {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let env = ModuleEnv::new("t.py", src).unwrap();
    let f = env.function(entry).unwrap();
    let program =
        compile(&f, &parse_type_list(args).unwrap()).unwrap_or_else(|e| panic!("{}", e.render()));
    let name = format!("test{}", COUNTER.fetch_add(1, Ordering::Relaxed));
    let artifact = penna_targets::compile(
        &program,
        &CpuTarget::host(),
        &name,
        &options,
        Stage::Object,
        &Entry::Call,
    )
    .unwrap_or_else(|e| panic!("{}", e.render()));
    penna_runtime_cpu::load(&artifact.bytes, &artifact.entry).unwrap()
}

fn run_i64(
    entry: penna_runtime_cpu::EntryFn,
    args: &mut [i64],
) -> Result<i64, (ExceptionKind, String)> {
    let ptrs: Vec<*mut c_void> = args
        .iter_mut()
        .map(|a| a as *mut i64 as *mut c_void)
        .collect();
    let mut ret = 0i64;
    match unsafe { call(entry, &ptrs, &mut ret as *mut i64 as *mut c_void) } {
        Outcome::Returned => Ok(ret),
        Outcome::Raised(code, m) => Err((
            ExceptionKind::from_code(code).expect("a builtin exception"),
            m,
        )),
    }
}

#[test]
fn recursive_fib_runs() {
    let f = build(
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
        "fib",
        "int64",
        Options::default(),
    );
    assert_eq!(run_i64(f, &mut [20]), Ok(6765));
}

#[test]
fn python_floor_division_and_modulo_signs() {
    let f = build(
        "def f(a, b):\n    return a // b * 1000 + a % b\n",
        "f",
        "int64, int64",
        Options::default(),
    );
    for (a, b) in [(7i64, 2i64), (-7, 2), (7, -2), (-7, -2), (i64::MIN, -1)] {
        let py_div = (a as f64 / b as f64).floor() as i64;
        let py_mod = a.wrapping_sub(py_div.wrapping_mul(b));
        if a != i64::MIN {
            assert_eq!(
                run_i64(f, &mut [a, b]),
                Ok(py_div * 1000 + py_mod),
                "{a} {b}"
            );
        } else {
            // INT_MIN // -1 wraps (to INT_MIN, remainder 0) instead of trapping.
            assert_eq!(run_i64(f, &mut [a, b]), Ok(i64::MIN.wrapping_mul(1000)));
        }
    }
    let err = run_i64(f, &mut [1, 0]).unwrap_err();
    assert_eq!(err.0, ExceptionKind::ZeroDivisionError);
}

#[test]
fn while_loops_break_and_continue() {
    let src = "def collatz(n):\n    steps = 0\n    while True:\n        if n == 1:\n            break\n        if n % 2 == 0:\n            n //= 2\n            continue\n        n = 3 * n + 1\n        steps += 1\n    return steps\n";
    let f = build(src, "collatz", "int64", Options::default());
    // 27 takes 111 steps, 41 of which are odd steps (3n+1).
    assert_eq!(run_i64(f, &mut [27]), Ok(41));
}

#[test]
fn boundscheck_raises_index_error_with_shape() {
    let src = "def f(a, i):\n    return a[i]\n";
    let f = build(
        src,
        "f",
        "int64[::1], int64",
        Options {
            boundscheck: true,
            ..Options::default()
        },
    );
    let mut data = [1i64, 2, 3];
    let mut desc = [0i64, data.as_mut_ptr() as i64, 3, 8];
    let mut i = 5i64;
    let ptrs = [
        desc.as_mut_ptr() as *mut c_void,
        &mut i as *mut i64 as *mut c_void,
    ];
    let mut ret = 0i64;
    let outcome = unsafe { call(f, &ptrs, &mut ret as *mut i64 as *mut c_void) };
    assert_eq!(
        outcome,
        Outcome::Raised(
            ExceptionKind::IndexError as u32,
            "index 5 is out of bounds for axis 0 with size 3".into()
        )
    );
    i = -1;
    let ptrs = [
        desc.as_mut_ptr() as *mut c_void,
        &mut i as *mut i64 as *mut c_void,
    ];
    assert_eq!(
        unsafe { call(f, &ptrs, &mut ret as *mut i64 as *mut c_void) },
        Outcome::Returned
    );
    assert_eq!(ret, 3);
}

#[test]
fn runaway_recursion_raises_instead_of_overflowing_the_stack() {
    // Every level keeps its frame: the result is used in a way no loop
    // accumulates.
    let src = "def down(n):\n    if n == 0:\n        return 0\n    d = down(n - 1)\n    return d * d % 7 + 1\n";
    let f = build(src, "down", "int64", Options::default());
    let expected = (0..1000).fold(0i64, |d, _| d * d % 7 + 1);
    assert_eq!(run_i64(f, &mut [1000]), Ok(expected));
    // Far deeper than any thread stack holds: must raise, not crash.
    let err = run_i64(f, &mut [1_000_000_000]).unwrap_err();
    assert_eq!(err.0, ExceptionKind::RecursionError);
    // The guard jumped back to the entry: the next call runs normally.
    assert_eq!(run_i64(f, &mut [1000]), Ok(expected));
}

#[test]
fn recursion_that_accumulates_becomes_a_loop() {
    // `down(n - 1) + 1` is a loop once LLVM eliminates the tail recursion:
    // it runs past any stack, as C compiled by gcc or clang does.
    let src = "def down(n):\n    if n == 0:\n        return 0\n    return down(n - 1) + 1\n";
    let f = build(src, "down", "int64", Options::default());
    assert_eq!(run_i64(f, &mut [10_000_000]), Ok(10_000_000));
}

/// The first tier (`Optimize::Quick`) computes what the full one does,
/// helpers and exceptions included.
#[test]
fn first_tier_code_matches_the_optimised_tier() {
    let src = "def helper(x):\n    return x * 3 + 1\n\
               def f(n, d):\n    s = 0\n    for i in range(n):\n        s += helper(i) // d\n    return s\n";
    let quick = Options {
        optimize: penna_targets::Optimize::Quick,
        ..Options::default()
    };
    let first = build(src, "f", "int64, int64", quick);
    let full = build(src, "f", "int64, int64", Options::default());
    for (n, d) in [(0, 1), (1, 2), (10, 3), (100, -7)] {
        let want: i64 = (0..n).map(|i| floor_div(i * 3 + 1, d)).sum();
        assert_eq!(run_i64(first, &mut [n, d]), Ok(want));
        assert_eq!(run_i64(full, &mut [n, d]), Ok(want));
    }
    // Functions called once are inlined (FastISel then sees no aggregates).
    let env = ModuleEnv::new("t.py", src).unwrap();
    let program = compile(
        &env.function("f").unwrap(),
        &parse_type_list("int64, int64").unwrap(),
    )
    .unwrap_or_else(|e| panic!("{}", e.render()));
    let text = penna_targets::compile(
        &program,
        &CpuTarget::host(),
        "inl",
        &quick,
        Stage::LlvmOptimized,
        &Entry::Call,
    )
    .unwrap_or_else(|e| panic!("{}", e.render()))
    .text();
    assert_eq!(text.matches("\ndefine ").count(), 1, "{text}");
    let raised = run_i64(first, &mut [5, 0]).unwrap_err();
    assert_eq!(raised, run_i64(full, &mut [5, 0]).unwrap_err());
    assert_eq!(raised.0, ExceptionKind::ZeroDivisionError);
}

/// Python's `a // b`.
fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && (a < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}
