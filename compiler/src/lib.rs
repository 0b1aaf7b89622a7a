//! penna-compiler: Python source to penna's typed, structured IR.
//!
//! The pipeline, one module per phase:
//!
//! | phase | module | in -> out |
//! |---|---|---|
//! | parse | [`parse`] | file text -> the function's AST (ruff) |
//! | lower (+ resolve) | [`lower`] | AST + [`env::Env`] -> untyped IR |
//! | infer | [`prune`], [`infer`], [`typing`], [`program`] | argument types -> branches on `None` arguments decided, types of every local and expression |
//! | coerce | [`coerce`] | implicit conversions -> explicit `Cast` nodes |
//! | definite | [`definite`] | locals that may be read unassigned |
//! | parallel | [`parallel`] | how parallel bodies share locals; reductions; nesting |
//! | validate | [`validate`] | IR invariants (a failure is a penna bug) |
//! | family | [`family`] | what the target family can run (CPU runtime vs GPU kernel API) |
//!
//! [`compile`] runs them all. The crate knows nothing of LLVM or Python objects:
//! the `python` crate supplies an [`env::Env`], back ends in `penna-targets`
//! consume the [`ir::Program`].

pub mod abi;
pub mod blockloop;
pub mod builtins;
pub mod coerce;
pub mod definite;
pub mod env;
pub mod error;
pub mod family;
pub mod gpu;
pub mod infer;
pub mod ir;
pub mod lower;
pub mod methods;
pub mod omp;
pub mod parallel;
pub mod parse;
pub mod program;
pub mod prune;
pub mod runtime_fns;
pub mod signature;
pub mod source;
pub mod strings;
pub mod testing;
pub mod types;
pub mod typing;
pub mod uniformity;
pub mod validate;

pub use env::{Const, Env, FunctionFlags, FunctionSource, Global, JitFunction, ModuleId};
pub use error::{CompileError, ErrorKind, Result};
pub use ir::Program;
pub use signature::{parse_signature, parse_type, parse_type_list, Signature};
pub use source::{SourceFile, Span};
pub use types::{ArrayType, Layout, Scalar, Type};

use std::sync::Arc;

/// Compiles `function` for the given argument types into a typed program whose
/// entry is the function itself.
pub fn compile(function: &Arc<dyn JitFunction>, args: &[Type]) -> Result<Program> {
    program::build_program(function, args, None)
}

/// [`compile`] with the return type an explicit signature declared: returned
/// numbers convert to it (as Numba does); other values must already have it.
pub fn compile_with_return(
    function: &Arc<dyn JitFunction>,
    args: &[Type],
    ret: Option<&Type>,
) -> Result<Program> {
    program::build_program(function, args, ret)
}
