//! Compiling a specialisation: the front end, then LLVM at one tier or two.
//!
//! The disk cache is asked first; code it has is optimised and used as is.
//! Otherwise a first call that may run first-tier code (`FirstTier::Quick`,
//! see `crate::tiers`) gets it at once, and the optimised tier is returned
//! as a job for the background thread, which stores it in the cache and in
//! the specialisation's entry cell. Anything else is compiled fully before
//! the call, as it always was.

use std::sync::Arc;

use penna_compiler::{CompileError, ErrorKind, Program, Type};
use penna_runtime_cpu::EntryFn;
use penna_targets::{Optimize, Options};
use pyo3::prelude::*;

use super::Specialization;
use crate::cache::{Cached, Compile};
use crate::codegen::{compile_call, dump, host, next_module_name};
use crate::env::PyFunction;
use crate::marshal::arg_size;
use crate::tiers::{EntryCell, Mode};

/// Whether a specialisation's first call may run first-tier code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FirstTier {
    /// The call's arguments drive this much work (`tiers::call_work`): if
    /// the program's loop nests keep it short (`tiers::first_call_work`),
    /// compile quickly and optimise in the background.
    Quick(crate::tiers::CallWork),
    /// Compile fully before the call (eager signatures, long calls).
    Full,
}

/// The background compile of a specialisation's optimised tier, given the
/// cell its entry goes to.
pub(crate) type Optimise = Box<dyn FnOnce(&EntryCell) + Send>;

/// What LLVM made of a program for its first call.
enum Loaded {
    /// Optimised code, from the cache or compiled fully.
    Optimised(usize),
    /// First-tier code; the optimised tier is still to compile, as `module`.
    First(usize, String),
}

/// Compiles `function` for `args`; the job, if any, compiles the optimised
/// tier (the caller queues it once the specialisation has its place).
#[allow(clippy::too_many_arguments)]
pub(crate) fn compile_specialization(
    py: Python<'_>,
    function: &Arc<PyFunction>,
    name: &str,
    args: &[Type],
    declared_ret: Option<Type>,
    options: &Options,
    cache: bool,
    tier: FirstTier,
) -> Result<(Specialization, Option<Optimise>), CompileError> {
    let _span = tracing::info_span!("compile", function = name).entered();
    let jit: Arc<dyn penna_compiler::JitFunction> = function.clone();
    let program = penna_compiler::compile_with_return(&jit, args, declared_ret.as_ref())?;
    let entry_fn = program.entry();
    if let Some(t) = &declared_ret {
        if !penna_compiler::typing::can_convert(&entry_fn.ret, t) {
            return Err(CompileError::new(
                ErrorKind::Typing,
                format!(
                    "`{name}` returns {}, which does not convert to the declared return type {t}",
                    entry_fn.ret
                ),
            ));
        }
    }
    let compile = Compile::new(cache, &program, options, host(), "call");
    dump(&program, &compile.module, options);
    let mode = crate::tiers::mode();
    let quick = match (mode, tier) {
        (Mode::Off, _) | (Mode::Auto, FirstTier::Full) => false,
        (Mode::Auto, FirstTier::Quick(work)) => {
            crate::tiers::first_call_work(&program, work) <= crate::tiers::SHORT_WORK
        }
        (Mode::FirstOnly, _) => true,
    } && quick_tier_fits(&program);
    // LLVM needs no Python: let other threads run while it optimises and
    // generates code (most of the compile time).
    let loaded = py.detach(|| load(&compile, &program, options, quick));
    let (address, optimise) = match loaded {
        Ok(Loaded::Optimised(address)) => {
            compile.report(py);
            (address, None)
        }
        Ok(Loaded::First(address, _)) if mode == Mode::FirstOnly => (address, None),
        Ok(Loaded::First(address, module)) => {
            let job = optimise_later(compile, program.clone(), *options, module);
            (address, Some(job))
        }
        Err(e) => {
            compile.report(py);
            return Err(e);
        }
    };
    let ret = entry_fn.ret.clone();
    let declared_ret = declared_ret.filter(|t| *t != ret);
    let spec = Specialization {
        arg_bytes: args.iter().map(arg_size).sum(),
        ret_bytes: ret.size_align().0 as usize,
        reflects: args.iter().any(crate::containers::passes_container),
        owns_arrays: args.iter().any(crate::typed::holds_shared)
            || crate::typed::holds_shared(&ret),
        args: args.to_vec(),
        ret,
        declared_ret,
        entry: EntryCell::new(
            entry(address),
            optimise.is_none() && mode != Mode::FirstOnly,
        ),
        parallel: program.is_parallel(),
        program,
    };
    Ok((spec, optimise))
}

/// The cache's code, else first-tier code if `quick`, else a full compile.
fn load(
    compile: &Compile,
    program: &Program,
    options: &Options,
    quick: bool,
) -> Result<Loaded, CompileError> {
    let module = match compile.cached()? {
        Cached::Found(address, _) => return Ok(Loaded::Optimised(address)),
        Cached::Missing(module) => module,
    };
    if !quick {
        let full = |module: &str| compile_call(program, options, module);
        let (address, _) = compile.compile_and_store(&module, full, |_| String::new())?;
        return Ok(Loaded::Optimised(address));
    }
    let first = Options {
        optimize: Optimize::Quick,
        ..*options
    };
    // Its own name: the optimised tier takes the cache's.
    let artifact = compile_call(program, &first, &next_module_name())?;
    let address = penna_runtime_cpu::load_address(&artifact.bytes, &artifact.entry)
        .map_err(|e| CompileError::internal(e.to_string()))?;
    Ok(Loaded::First(address, module))
}

/// The job compiling `program`'s optimised tier as `module`, storing it in
/// the cache and then in the entry cell. A failure keeps the first tier.
fn optimise_later(
    compile: Compile,
    program: Program,
    options: Options,
    module: String,
) -> Optimise {
    Box::new(move |cell: &EntryCell| {
        let _span = tracing::debug_span!("tier2", module).entered();
        let full = |module: &str| compile_call(&program, &options, module);
        match compile.compile_and_store(&module, full, |_| String::new()) {
            Ok((address, _)) => cell.optimised(entry(address)),
            Err(e) => tracing::warn!("the optimised tier of `{module}` failed: {}", e.render()),
        }
        crate::tiers::defer_warnings(compile.into_warnings());
    })
}

fn entry(address: usize) -> EntryFn {
    // SAFETY: the entry symbol of a call module has the `EntryFn` signature.
    unsafe { std::mem::transmute::<usize, EntryFn>(address) }
}

/// Whether a program's first tier behaves as its optimised tier: not for
/// generators (they need a full pipeline), parallel loops (long by design),
/// or recursion (which `default<O3>` may turn into a loop that runs past a
/// depth at which first-tier code would raise `RecursionError`).
fn quick_tier_fits(program: &Program) -> bool {
    let reaches = program.reachability();
    !program.is_parallel()
        && program
            .functions
            .iter()
            .enumerate()
            .all(|(id, f)| !f.generator && !reaches[id][id])
}
