//! Line tables (`@cuda.jit(lineinfo=True)`): every function gets a DWARF
//! subprogram and every instruction the source line of the statement it was
//! lowered from, so the NVPTX back end emits `.file`/`.loc` directives that
//! profilers (Nsight Compute) and `cuda-gdb` map back to Python source.
//!
//! Invariant: with line tables on, every instruction of a function with a
//! subprogram carries a location in that subprogram (the `def` line until
//! the first statement), so calls that LLVM later inlines always have one,
//! as the verifier requires.

use std::cell::RefCell;
use std::collections::HashMap;

use inkwell::debug_info::{
    AsDIScope, DICompileUnit, DIFile, DIFlags, DIFlagsConstants, DIScope, DWARFEmissionKind,
    DWARFSourceLanguage, DebugInfoBuilder,
};
use inkwell::module::{FlagBehavior, Module};
use inkwell::values::FunctionValue;
use penna_compiler::ir::Function;
use penna_compiler::source::Span;

/// The debug-info builder of one module.
pub(crate) struct LineTables<'ctx> {
    builder: DebugInfoBuilder<'ctx>,
    unit: DICompileUnit<'ctx>,
    files: RefCell<HashMap<String, DIFile<'ctx>>>,
}

impl<'ctx> LineTables<'ctx> {
    /// Starts the line tables of `module`, whose entry comes from `path`.
    pub fn new(module: &Module<'ctx>, path: &str) -> Self {
        let version = module.get_context().i32_type().const_int(3, false);
        module.add_basic_value_flag("Debug Info Version", FlagBehavior::Warning, version);
        let (dir, name) = split_path(path);
        let (builder, unit) = module.create_debug_info_builder(
            true,
            DWARFSourceLanguage::Python,
            name,
            dir,
            "penna",
            true,
            "",
            0,
            "",
            DWARFEmissionKind::LineTablesOnly,
            0,
            false,
            false,
            "",
            "",
        );
        LineTables {
            builder,
            unit,
            files: RefCell::new(HashMap::new()),
        }
    }

    fn file(&self, path: &str) -> DIFile<'ctx> {
        *self
            .files
            .borrow_mut()
            .entry(path.to_owned())
            .or_insert_with(|| {
                let (dir, name) = split_path(path);
                self.builder.create_file(name, dir)
            })
    }

    /// Gives `llfn` (lowered from `f`) a subprogram; returns its scope.
    pub fn subprogram(&self, llfn: FunctionValue<'ctx>, f: &Function) -> DIScope<'ctx> {
        let file = self.file(&f.source.path);
        let line = f.source.location(f.span.start).line;
        let ty = self
            .builder
            .create_subroutine_type(file, None, &[], DIFlags::ZERO);
        let name = llfn.get_name().to_string_lossy();
        let sp = self.builder.create_function(
            self.unit.as_debug_info_scope(),
            &f.name,
            Some(&name),
            file,
            line,
            ty,
            true,
            true,
            line,
            DIFlags::ZERO,
            true,
        );
        llfn.set_subprogram(sp);
        sp.as_debug_info_scope()
    }

    /// The location of `span` of `f`'s source in `scope`.
    pub fn location(
        &self,
        ctx: &'ctx inkwell::context::Context,
        scope: DIScope<'ctx>,
        f: &Function,
        span: Span,
    ) -> inkwell::debug_info::DILocation<'ctx> {
        let at = f.source.location(span.start);
        self.builder
            .create_debug_location(ctx, at.line, at.col, scope, None)
    }

    /// Resolves the debug metadata; call before verifying the module.
    pub fn finish(&self) {
        self.builder.finalize();
    }
}

/// (directory, file name) of a path.
fn split_path(path: &str) -> (&str, &str) {
    match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}
