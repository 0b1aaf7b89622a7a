//! What each family of targets can run, checked on a typed program before a
//! back end sees it, so misuse is a user error with a span rather than a
//! missing symbol at link time.
//!
//! - The host CPU has the runtime (owned arrays, `print`, the thread pool) but
//!   no GPU kernel API: `cuda.threadIdx.x` in `@jit` code is an error.
//! - GPU code has the kernel API but no runtime on the device: nothing may
//!   allocate an array (NumPy functions on arrays, array expressions), print,
//!   draw from `np.random` or use the CPU thread pool; lists, dicts and sets
//!   are CPU-only. NumPy functions whose table row says so run on numbers
//!   (`np.minimum(x, y)`, `np.clip(x, 0, 1)`). A kernel returns nothing.

use crate::builtins::Builtin;
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::program::visit_exprs;
use crate::source::Span;
use crate::types::Type;

/// A family of targets with the same operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Cpu,
    Gpu,
}

/// How the program's entry is called on a GPU target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GpuEntry {
    /// Launched from the host: returns nothing.
    Kernel,
    /// `device=True`: called from kernels, may return a value.
    Device,
}

/// Checks that every function of `program` uses only what `family` has.
pub fn check_family(program: &Program, family: Family, entry: Option<GpuEntry>) -> Result<()> {
    for f in &program.functions {
        check_function(f, family).map_err(|e| e.in_function(&f.source, &f.name))?;
    }
    let main = program.entry();
    if entry == Some(GpuEntry::Kernel) && main.ret != Type::None {
        return Err(CompileError::typing(
            format!("the kernel `{}` returns a value ({})", main.name, main.ret),
            main.span,
        )
        .with_hint("kernels return nothing: write results into an array argument, or compile a device function with device=True")
        .in_function(&main.source, &main.name));
    }
    Ok(())
}

fn check_function(f: &Function, family: Family) -> Result<()> {
    let mut error = None;
    visit_exprs(&f.body, &mut |root| {
        if error.is_none() {
            error = check_tree(f, root, family).err();
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    if family == Family::Gpu {
        check_statements(&f.body)?;
    }
    Ok(())
}

fn check_tree(f: &Function, e: ExprId, family: Family) -> Result<()> {
    let span = f.span(e);
    let allocates = matches!(f.ty(e), Type::Array(_))
        && matches!(
            &f.exprs[e],
            Expr::Binary { .. } | Expr::Unary { .. } | Expr::Compare { .. } | Expr::Select { .. }
        );
    match (&f.exprs[e], family) {
        (
            Expr::Call {
                callee: Callee::Builtin(Builtin::Gpu(g)),
                ..
            },
            Family::Cpu,
        ) => {
            return Err(CompileError::typing(
                format!("`{}` can only be used in GPU code", g.name()),
                span,
            )
            .with_hint("compile the function with @cuda.jit (a kernel, or device=True for a function kernels call)"))
        }
        (
            Expr::Call {
                callee: Callee::Builtin(Builtin::Np(np)),
                ..
            },
            Family::Gpu,
        ) if np.scalar_on_gpu() && f.ty(e).scalar().is_some() => {}
        (
            Expr::Call {
                callee: Callee::Builtin(b @ (Builtin::Np(_) | Builtin::Omp(_) | Builtin::Runtime(_))),
                ..
            },
            Family::Gpu,
        ) => return Err(not_on_gpu(&format!("`{}`", b.name()), span)),
        (
            Expr::Call {
                callee: Callee::Builtin(b @ Builtin::Math { .. }),
                ..
            },
            Family::Gpu,
        ) if matches!(f.ty(e), Type::Array(_)) => {
            return Err(not_on_gpu(&format!("`{}` on arrays", b.name()), span))
        }
        (_, Family::Gpu) if allocates => {
            return Err(not_on_gpu("array expressions (they allocate a new array)", span))
        }
        (_, Family::Gpu) if *f.ty(e) == Type::Str => {
            return Err(not_on_gpu("strings (they live in the CPU runtime)", span))
        }
        (_, Family::Gpu) if f.ty(e).is_container() => {
            return Err(not_on_gpu(
                &format!("{} (containers live in the CPU runtime)", f.ty(e)),
                span,
            ))
        }
        _ => {}
    }
    let mut result = Ok(());
    f.exprs[e].visit_operands(|c| {
        if result.is_ok() {
            result = check_tree(f, c, family);
        }
    });
    result
}

fn check_statements(block: &[Statement]) -> Result<()> {
    for s in block {
        match &s.kind {
            Stmt::Print { .. } => return Err(not_on_gpu("print()", s.span)),
            Stmt::Try { .. } => {
                return Err(not_on_gpu(
                    "try/except (exceptions end a GPU thread)",
                    s.span,
                ))
            }
            Stmt::Yield(_) => return Err(not_on_gpu("generators (`yield`)", s.span)),
            Stmt::ObjMode { .. } => {
                return Err(not_on_gpu(
                    "objmode (the interpreter runs on the CPU)",
                    s.span,
                ))
            }
            Stmt::ForRange {
                parallel: Some(_), ..
            }
            | Stmt::Region { .. }
            | Stmt::Critical(_)
            | Stmt::Barrier => {
                return Err(not_on_gpu(
                    "prange and omp directives (the CPU thread pool)",
                    s.span,
                ))
            }
            _ => {}
        }
        let mut result = Ok(());
        s.kind.visit_blocks(|b| {
            if result.is_ok() {
                result = check_statements(b);
            }
        });
        result?;
    }
    Ok(())
}

fn not_on_gpu(what: &str, span: Span) -> CompileError {
    CompileError::unsupported(format!("{what} cannot be used in GPU code"), span).with_hint(
        "GPU code has no heap or host runtime: allocate arrays on the host (cuda.device_array) or with cuda.local.array / cuda.shared.array, and write elements in loops",
    )
}
