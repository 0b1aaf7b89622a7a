//! The compiler pipeline end to end, without LLVM or Python.

use penna_compiler::ir::print::print_program;
use penna_compiler::testing::ModuleEnv;
use penna_compiler::{compile, parse_type_list, CompileError, ErrorKind, Program};

fn build(src: &str, entry: &str, args: &str) -> Result<Program, CompileError> {
    let env = ModuleEnv::new("t.py", src).expect("module parses");
    let f = env.function(entry).expect("entry exists");
    compile(&f, &parse_type_list(args).expect("valid types"))
}

fn ir(src: &str, entry: &str, args: &str) -> String {
    match build(src, entry, args) {
        Ok(p) => print_program(&p),
        Err(e) => panic!("{}", e.render()),
    }
}

#[test]
fn sum_of_squares_types_to_float64() {
    let text = ir(
        "def f(a):\n    s = 0\n    for i in range(a.shape[0]):\n        s += a[i] * a[i]\n    return s\n",
        "f",
        "float64[::1]",
    );
    assert!(
        text.contains("fn f.0(a: float64[::1]) -> float64"),
        "{text}"
    );
    assert!(
        text.contains("cast 0"),
        "the int literal is cast to float64:\n{text}"
    );
}

#[test]
fn recursion_infers_through_the_base_case() {
    let src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";
    let text = ir(src, "fib", "int64");
    assert!(text.contains("fn fib.0(n: int64) -> int64"), "{text}");
    assert!(text.contains("call fib#0"), "{text}");
}

#[test]
fn callees_get_their_own_specialisations_with_defaults() {
    let src = "def g(x, k=2):\n    return x * k\n\ndef f(a, b):\n    return g(a) + g(b, k=3)\n";
    let text = ir(src, "f", "int64, float32");
    assert!(
        text.contains("fn g.1(x: int64, k: int64) -> int64"),
        "{text}"
    );
    assert!(
        text.contains("fn g.2(x: float32, k: int64) -> float64"),
        "{text}"
    );
}

#[test]
fn reassignment_with_another_numeric_type_unifies() {
    let src = "def f(n):\n    x = 0\n    for i in range(n):\n        x = x + 0.5\n    return x\n";
    assert!(ir(src, "f", "int64").contains("-> float64"));
}

#[test]
fn errors_point_at_the_users_line() {
    let src = "def f(x):\n    t = (1, 2)\n    return x + t\n";
    let err = build(src, "f", "float64").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Typing);
    assert_eq!(err.location(), Some((3, 12)));
    let text = err.render();
    assert!(
        text.contains("`+` is not defined for float64 and tuple(int64, int64)"),
        "{text}"
    );
    assert!(text.contains("x: float64"), "{text}");
}

#[test]
fn variables_with_incompatible_types_are_reported_with_both_places() {
    let src = "def f(n):\n    x = 1\n    x = (1, 2)\n    return n\n";
    let text = build(src, "f", "int64").unwrap_err().render();
    assert!(
        text.contains("variable `x` is assigned tuple(int64, int64) here, but it holds int64"),
        "{text}"
    );
    assert!(text.contains("first bound here"), "{text}");
}

#[test]
fn unsupported_constructs_name_themselves() {
    let err = build("def f(x):\n    return lambda: x\n", "f", "int64").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unsupported);
    assert!(err.message.contains("lambdas"), "{}", err.message);
    let err = build("def f(x):\n    return y\n", "f", "int64").unwrap_err();
    assert!(err.message.contains("name `y` is not defined"));
}

#[test]
fn empty_list_takes_its_item_type_from_append() {
    let src =
        "def f(n):\n    l = []\n    for i in range(n):\n        l.append(i * 0.5)\n    return l\n";
    assert!(ir(src, "f", "int64").contains("-> list(float64)"));
    let err = build("def f(n):\n    l = []\n    return len(l)\n", "f", "int64").unwrap_err();
    assert!(
        err.message.contains("cannot infer the item type of `l`"),
        "{}",
        err.message
    );
}

#[test]
fn recursion_through_a_conditional_expression() {
    let src = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n";
    assert!(ir(src, "fib", "int64").contains("fn fib.0(n: int64) -> int64"));
}
