//! The shared lowering of penna IR to LLVM IR.
//!
//! Values have a *register* representation (`bool` is `i1`, a complex number is
//! `{f, f}`, a tuple a struct, an array its descriptor struct) and a *memory*
//! representation used for array elements and the entry ABI (`bool` is one
//! byte, tuples use C layout). Locals are `alloca` slots created in the entry
//! block; `mem2reg` turns them into SSA.
//!
//! Files: `types` (LLVM types of penna types), `stmt` (control flow), `expr`
//! (expressions), `arith` (Python arithmetic), `convert` (casts), `builtins`
//! (builtin and math calls), `array` (descriptors, indexing), `refcount`
//! (owned arrays' references), `print`
//! (`print()` records for the host runtime), `parallel` (outlined parallel
//! bodies and the thread-pool runtime), `entry` (the uniform ABI wrapper),
//! `ufunc` (NumPy inner loops for `@vectorize` / `@guvectorize`).

mod arith;
mod array;
mod blocks;
mod builtins;
mod classes;
mod convert;
mod counting;
mod dict;
mod dot;
mod elementwise;
mod entry;
mod expr;
mod fancy;
mod fmod;
mod generators;
mod gpu;
mod heap;
mod histogram_edges;
mod kernel;
mod lines;
mod list;
mod ndarray;
mod npfuncs;
mod objmode;
mod parallel;
mod pararray;
mod powi;
mod print;
mod records;
mod recursion;
mod refcount;
mod sorting;
mod stmt;
mod strings;
mod trycatch;
mod types;
mod ufunc;
mod unwind;

use std::cell::RefCell;
use std::collections::HashMap;

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::values::{BasicValueEnum, FunctionValue, GlobalValue, IntValue, PointerValue};
use inkwell::AddressSpace;
use penna_compiler::abi::{ExceptionKind, EXCEPTION_ARGS, STATUS_EXCEPTION, STATUS_OK};
use penna_compiler::env::FrozenArray;
use penna_compiler::ir::{Function, Program};
use penna_compiler::CompileError;
use std::sync::Arc;

pub use blocks::BlockLayout;
pub use generators::has_generators;
pub use refcount::RefOp;

use crate::error::CgResult;
use crate::target::Target;
use crate::Options;

pub fn entry_symbol(module_name: &str) -> String {
    format!("{module_name}.entry")
}

/// A GPU kernel's symbol: the module name made a valid PTX identifier.
pub fn kernel_symbol(module_name: &str) -> String {
    let mut name: String = module_name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert(0, 'k');
    }
    name
}

/// State shared by the functions of one module.
pub(crate) struct ModuleLowering<'ctx, 'a> {
    pub ctx: &'ctx Context,
    pub module: Module<'ctx>,
    pub program: &'a Program,
    /// `reaches[a][b]`: function a can (transitively) call b.
    pub reaches: Vec<Vec<bool>>,
    pub target: &'a dyn Target,
    pub options: &'a Options,
    pub functions: Vec<FunctionValue<'ctx>>,
    pub(crate) strings: RefCell<HashMap<String, GlobalValue<'ctx>>>,
    /// Item descriptors of containers (see `penna_compiler::abi::containers`).
    pub descs: RefCell<HashMap<Vec<u32>, GlobalValue<'ctx>>>,
    /// The constant of each frozen global array so far.
    pub frozen: RefCell<Vec<(Arc<FrozenArray>, GlobalValue<'ctx>)>>,
    /// Outlined parallel bodies so far (for unique names).
    pub outlined: std::cell::Cell<usize>,
    /// Static `shared.array`s so far (for unique names).
    pub shared_arrays: std::cell::Cell<usize>,
    /// A GPU kernel run on the CPU, one block per call (see `blocks`).
    pub blocks: bool,
    /// The memory such a block needs, grown while lowering.
    pub layout: std::cell::Cell<BlockLayout>,
    /// Line tables, with `Options::lineinfo`.
    pub lines: Option<lines::LineTables<'ctx>>,
    /// The stack guard jumps to the entry instead of returning a status
    /// (see `unwind`).
    pub unwinds: bool,
}

pub fn lower_program<'ctx>(
    ctx: &'ctx Context,
    program: &Program,
    target: &dyn Target,
    module_name: &str,
    options: &Options,
    kind: &crate::Entry<'_>,
) -> Result<(Module<'ctx>, BlockLayout), CompileError> {
    let module = ctx.create_module(module_name);
    module.set_triple(&inkwell::targets::TargetTriple::create(target.triple()));
    let machine = target.machine(crate::quick::codegen_level(options.optimize))?;
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let lines = options
        .lineinfo
        .then(|| lines::LineTables::new(&module, &program.entry().source.path));
    let reaches = program.reachability();
    // LLVM's builtin setjmp/longjmp are lowered for x86 (not every CPU).
    let unwinds = matches!(kind, crate::Entry::Call)
        && target.gpu().is_none()
        && target.triple().starts_with("x86_64")
        && options.optimize == crate::Optimize::Full
        && unwind::unwinds(program, &reaches);
    let mut m = ModuleLowering {
        ctx,
        module,
        lines,
        program,
        reaches,
        target,
        options,
        functions: Vec::new(),
        strings: RefCell::new(HashMap::new()),
        descs: RefCell::new(HashMap::new()),
        frozen: RefCell::new(Vec::new()),
        outlined: std::cell::Cell::new(0),
        shared_arrays: std::cell::Cell::new(0),
        blocks: matches!(kind, crate::Entry::Blocks),
        layout: Default::default(),
        unwinds,
    };
    for f in &program.functions {
        let llfn = m.declare(f);
        m.functions.push(llfn);
    }
    for (id, (f, &llfn)) in program.functions.iter().zip(&m.functions).enumerate() {
        let mut lowering = FnLowering::new(&m, f, llfn);
        lowering.id = id;
        if target.gpu().is_some() && lowering.fastmath() {
            // NVPTX picks approximate division and square roots, and flushes
            // float32 denormals, from these (as Numba's fastmath does).
            for (key, value) in [
                ("unsafe-fp-math", "true"),
                ("denormal-fp-math-f32", "preserve-sign,preserve-sign"),
            ] {
                llfn.add_attribute(
                    AttributeLoc::Function,
                    ctx.create_string_attribute(key, value),
                );
            }
        }
        lowering.lower_body()?;
    }
    recursion::unroll_self_recursion(&m)?;
    let name = match kind {
        crate::Entry::Kernel(_) => kernel_symbol(module_name),
        crate::Entry::Device(d) => d.name.clone(),
        _ => entry_symbol(module_name),
    };
    match kind {
        crate::Entry::Call => entry::build_entry(&m, &name)?,
        crate::Entry::Ufunc(kind) => ufunc::build_loop(&m, &name, kind)?,
        crate::Entry::Kernel(options) => kernel::build_kernel(&m, &name, options)?,
        crate::Entry::Device(d) => kernel::build_device_function(&m, &name, d.abi)?,
        crate::Entry::Blocks => blocks::build_block_entry(&m, &name)?,
    }
    m.finish_blocks();
    if let Some(lines) = &m.lines {
        lines.finish();
    }
    let layout = m.layout.get();
    Ok((m.module, layout))
}

impl<'ctx> ModuleLowering<'ctx, '_> {
    /// `{i32 status, T value} @sym(ptr exc, params...)`, internal. The result
    /// comes back in registers (LLVM passes large aggregates by hidden pointer).
    fn declare(&self, f: &Function) -> FunctionValue<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut params = vec![ptr.into()];
        for t in &f.param_types {
            params.push(self.llvm_type(t).into());
        }
        let is_block_kernel = self.blocks && std::ptr::eq(f, self.program.entry());
        if is_block_kernel {
            params.extend(
                blocks::block_params(self)
                    .map(|t| -> inkwell::types::BasicMetadataTypeEnum { t.into() }),
            );
        }
        let fn_type = self.result_type(&f.ret).fn_type(&params, false);
        let llfn = self
            .module
            .add_function(&f.symbol, fn_type, Some(Linkage::Internal));
        self.set_attributes(llfn);
        if f.generator {
            let coroutine = Attribute::get_named_enum_kind_id("presplitcoroutine");
            llfn.add_attribute(
                AttributeLoc::Function,
                self.ctx.create_enum_attribute(coroutine, 0),
            );
        }
        if is_block_kernel {
            // The frame and shared memory alias nothing else the kernel sees.
            let noalias = Attribute::get_named_enum_kind_id("noalias");
            let n = params.len() as u32;
            for i in [n - 2, n - 1] {
                llfn.add_attribute(
                    AttributeLoc::Param(i),
                    self.ctx.create_enum_attribute(noalias, 0),
                );
            }
        }
        llfn
    }

    /// The exception record (`penna_compiler::abi`): kind, argument count,
    /// message and its length, arguments, stack limit.
    pub fn exception_record_type(&self) -> inkwell::types::StructType<'ctx> {
        let i32t = self.ctx.i32_type();
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        self.ctx.struct_type(
            &[
                i32t.into(),
                i32t.into(),
                ptr.into(),
                i64t.into(),
                i64t.array_type(EXCEPTION_ARGS as u32).into(),
                i64t.into(),
            ],
            false,
        )
    }

    /// `{i32 status, T value}`: what an internal function returns.
    pub fn result_type(&self, ret: &penna_compiler::Type) -> inkwell::types::StructType<'ctx> {
        self.ctx
            .struct_type(&[self.ctx.i32_type().into(), self.llvm_type(ret)], false)
    }

    /// Target CPU and features on every function (or the JIT emits baseline code).
    pub fn set_attributes(&self, llfn: FunctionValue<'ctx>) {
        let cpu = self
            .ctx
            .create_string_attribute("target-cpu", self.target.cpu());
        llfn.add_attribute(AttributeLoc::Function, cpu);
        if !self.target.features().is_empty() {
            let features = self
                .ctx
                .create_string_attribute("target-features", self.target.features());
            llfn.add_attribute(AttributeLoc::Function, features);
        }
        if let Some(gpu) = self.target.gpu() {
            for (key, value) in gpu.function_attributes() {
                llfn.add_attribute(
                    AttributeLoc::Function,
                    self.ctx.create_string_attribute(key, &value),
                );
            }
        }
        let nounwind = Attribute::get_named_enum_kind_id("nounwind");
        llfn.add_attribute(
            AttributeLoc::Function,
            self.ctx.create_enum_attribute(nounwind, 0),
        );
    }

    /// A function of the host runtime (`penna_rt_*`), declared on first use.
    pub fn runtime_function(
        &self,
        symbol: &str,
        fn_type: inkwell::types::FunctionType<'ctx>,
    ) -> FunctionValue<'ctx> {
        self.module.get_function(symbol).unwrap_or_else(|| {
            self.module
                .add_function(symbol, fn_type, Some(Linkage::External))
        })
    }

    /// A private constant holding `text` (exception messages).
    pub fn string(&self, text: &str) -> GlobalValue<'ctx> {
        if let Some(g) = self.strings.borrow().get(text) {
            return *g;
        }
        let value = self.ctx.const_string(text.as_bytes(), false);
        let n = self.strings.borrow().len();
        let g = self
            .module
            .add_global(value.get_type(), None, &format!("penna.msg.{n}"));
        g.set_initializer(&value);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        self.strings.borrow_mut().insert(text.to_owned(), g);
        g
    }
}

/// Lowering of one function.
pub(crate) struct FnLowering<'m, 'ctx, 'a> {
    pub m: &'m ModuleLowering<'ctx, 'a>,
    pub ctx: &'ctx Context,
    pub b: Builder<'ctx>,
    pub f: &'a Function,
    /// The function's index in the program.
    pub id: usize,
    pub llfn: FunctionValue<'ctx>,
    /// The function's debug scope, with line tables on.
    pub scope: Option<inkwell::debug_info::DIScope<'ctx>>,
    pub locals: Vec<PointerValue<'ctx>>,
    /// "Assigned" flags of the locals that may be read unassigned.
    pub assigned_flags: Vec<Option<PointerValue<'ctx>>>,
    pub exc_ptr: PointerValue<'ctx>,
    /// (continue target, break target, temporaries pending at the loop's
    /// start) of the enclosing loops.
    pub loops: Vec<(BasicBlock<'ctx>, BasicBlock<'ctx>, usize)>,
    /// Slots of the fresh array references the statements being lowered
    /// hold (see `refcount`).
    pub temps: Vec<(PointerValue<'ctx>, penna_compiler::Type)>,
    /// Locals holding arrays whose slots this function owns.
    pub owned_locals: Vec<usize>,
    /// Locals that only hold a parameter, borrowed from the caller (see
    /// `refcount::borrowed_params`).
    pub borrowed: Vec<bool>,
    /// An outlined parallel body: returns a bare `i32` status.
    pub status_only: bool,
    /// Inside `with omp("critical")`: every exit releases the lock.
    pub in_critical: bool,
    /// Division by zero follows NumPy (no exception; see `arith`): set for
    /// the whole function by `error_model="numpy"`, and around each element
    /// operation of an array expression.
    pub numpy_errors: bool,
    pub alloca_block: BasicBlock<'ctx>,
    /// The block of a GPU kernel run on the CPU (see `blocks`).
    pub emu: Option<blocks::Emulation<'ctx>>,
    /// Inside a thread loop: the thread it runs for.
    pub thread: Option<blocks::Thread<'ctx>>,
    /// The `try` statements around the statement being lowered, innermost
    /// last (see `trycatch`).
    pub tries: Vec<trycatch::TryFrame<'ctx>>,
    /// A generator's coroutine (see `generators`).
    pub coro: Option<generators::Coroutine<'ctx>>,
}

impl<'m, 'ctx, 'a> FnLowering<'m, 'ctx, 'a> {
    fn new(m: &'m ModuleLowering<'ctx, 'a>, f: &'a Function, llfn: FunctionValue<'ctx>) -> Self {
        let ctx = m.ctx;
        let alloca_block = ctx.append_basic_block(llfn, "entry");
        let b = ctx.create_builder();
        // Internal functions and entries take the exception record first;
        // a kernel makes its own and sets `exc_ptr` itself.
        let exc_ptr = llfn
            .get_nth_param(0)
            .filter(|p| p.is_pointer_value())
            .map(|p| p.into_pointer_value())
            .unwrap_or_else(|| ctx.ptr_type(AddressSpace::default()).const_null());
        let scope = m.lines.as_ref().map(|lines| {
            let scope = lines.subprogram(llfn, f);
            b.set_current_debug_location(lines.location(ctx, scope, f, f.span));
            scope
        });
        FnLowering {
            scope,
            m,
            ctx,
            b,
            f,
            id: 0,
            llfn,
            locals: Vec::new(),
            assigned_flags: Vec::new(),
            exc_ptr,
            loops: Vec::new(),
            temps: Vec::new(),
            owned_locals: Vec::new(),
            borrowed: Vec::new(),
            status_only: false,
            in_critical: false,
            numpy_errors: f.flags.numpy_errors,
            alloca_block,
            emu: None,
            thread: None,
            tries: Vec::new(),
            coro: None,
        }
    }

    fn lower_body(mut self) -> CgResult<()> {
        self.allocate_locals()?;
        if self.f.generator {
            let bound = self.generator_prologue()?;
            self.block(&self.f.body[bound..])?;
        } else {
            let body = self.ctx.append_basic_block(self.llfn, "body");
            self.b.build_unconditional_branch(body)?;
            self.b.position_at_end(body);
            self.block(&self.f.body)?;
        }
        if self.current_block_open() {
            if self.is_block_kernel() {
                // Every thread has retired: the block is done.
                self.exit_with(self.i32(STATUS_OK as i64))?;
            } else {
                self.b.build_unreachable()?;
            }
        }
        Ok(())
    }

    /// A slot (and, where needed, an "assigned" flag) per local, in the entry
    /// block; the builder is left at the end of the entry block.
    fn allocate_locals(&mut self) -> CgResult<()> {
        self.b.position_at_end(self.alloca_block);
        // An outlined parallel body copies captured locals with references of
        // their own, and a generator's body outlives the call that made it:
        // nothing there is borrowed.
        self.borrowed = if self.is_block_kernel() || self.status_only || self.f.generator {
            vec![false; self.f.locals.len()]
        } else {
            refcount::borrowed_params(self.f)
        };
        for (i, (_, local)) in self.f.locals.iter().enumerate() {
            let ty = self.m.llvm_type(&local.ty);
            let slot = self.b.build_alloca(ty, &sanitize(&local.name))?;
            if refcount::has_arrays(&local.ty) && !self.borrowed[i] {
                // Null meminfos: releasing a never-assigned local is a no-op.
                self.b.build_store(slot, ty.const_zero())?;
                self.owned_locals.push(i);
            }
            self.locals.push(slot);
        }
        for (i, (_, local)) in self.f.locals.iter().enumerate() {
            let flag = if self.f.checked.get(i).copied().unwrap_or(false) {
                let flag = self.b.build_alloca(
                    self.ctx.bool_type(),
                    &format!("{}.assigned", sanitize(&local.name)),
                )?;
                self.b
                    .build_store(flag, self.ctx.bool_type().const_zero())?;
                Some(flag)
            } else {
                None
            };
            self.assigned_flags.push(flag);
        }
        if self.is_block_kernel() {
            self.setup_block()?;
        }
        Ok(())
    }

    /// An `alloca` in the entry block (so mem2reg sees it), builder left in place.
    pub fn entry_alloca(
        &self,
        ty: inkwell::types::BasicTypeEnum<'ctx>,
        name: &str,
    ) -> CgResult<PointerValue<'ctx>> {
        let here = self.b.get_insert_block().expect("positioned");
        match self.alloca_block.get_first_instruction() {
            Some(first) => self.b.position_before(&first),
            None => self.b.position_at_end(self.alloca_block),
        }
        let mut slot = self.b.build_alloca(ty, name)?;
        if self.m.target.gpu().is_some_and(|g| g.spaces().private != 0) {
            // Slots are born in the private space; the lowering uses
            // generic pointers everywhere (and passes slots to callees).
            let generic = self.ctx.ptr_type(AddressSpace::default());
            slot = self.b.build_address_space_cast(slot, generic, name)?;
        }
        self.b.position_at_end(here);
        Ok(slot)
    }

    /// Calls an internal function (`args` starts with the exception record)
    /// and splits its `{i32 status, T value}` result: (status, result).
    pub fn call_internal(
        &self,
        callee: FunctionValue<'ctx>,
        args: &[inkwell::values::BasicMetadataValueEnum<'ctx>],
    ) -> CgResult<(IntValue<'ctx>, inkwell::values::StructValue<'ctx>)> {
        let result = self
            .b
            .build_call(callee, args, "call")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| crate::error::bug("an internal function returned void"))?
            .into_struct_value();
        let status = self
            .b
            .build_extract_value(result, 0, "status")?
            .into_int_value();
        Ok((status, result))
    }

    /// Fast-math for this function: its own flag, or the module's option.
    pub fn fastmath(&self) -> bool {
        self.f.flags.fastmath || self.m.options.fastmath
    }

    /// Bounds checks for this function: its own flag, or the module's option.
    pub fn boundscheck(&self) -> bool {
        self.f.flags.boundscheck || self.m.options.boundscheck
    }

    pub fn current_block_open(&self) -> bool {
        self.b
            .get_insert_block()
            .is_some_and(|bb| bb.get_terminator().is_none())
    }

    pub fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.ctx.append_basic_block(self.llfn, name)
    }

    /// Continues in a fresh block after a terminator (the code there is dead).
    pub fn after_terminator(&self) {
        let dead = self.new_block("dead");
        self.b.position_at_end(dead);
    }

    pub fn i32(&self, v: i64) -> IntValue<'ctx> {
        self.ctx.i32_type().const_int(v as u64, true)
    }

    pub fn i64(&self, v: i64) -> IntValue<'ctx> {
        self.ctx.i64_type().const_int(v as u64, true)
    }

    /// An exception (the record is filled): to the handlers of the
    /// innermost `try` around this point, or out of the function.
    pub fn return_status(&self, status: IntValue<'ctx>) -> CgResult<()> {
        if let Some(frame) = self.tries.last() {
            if self.current_block_open() {
                self.release_temps(frame.temps)?;
                self.b.build_unconditional_branch(frame.landing)?;
            }
            return Ok(());
        }
        self.exit_with(status)
    }

    /// Returns `{status, undefined value}` (an exception, or a `None` result).
    pub fn exit_with(&self, status: IntValue<'ctx>) -> CgResult<()> {
        if let Some(coro) = self.coro {
            return self.generator_exit(coro, status);
        }
        self.release_all()?;
        self.leave_critical()?;
        if self.status_only {
            self.b.build_return(Some(&status))?;
            return Ok(());
        }
        let result = self.m.result_type(&self.f.ret).get_undef();
        let result = self.b.build_insert_value(result, status, 0, "")?;
        self.b.build_return(Some(&result))?;
        Ok(())
    }

    /// Returns `{STATUS_OK, value}`; `value` carries its own references.
    pub fn return_value(&self, value: BasicValueEnum<'ctx>) -> CgResult<()> {
        self.release_all()?;
        self.leave_critical()?;
        let result = self.m.result_type(&self.f.ret).get_undef();
        let result = self
            .b
            .build_insert_value(result, self.i32(STATUS_OK as i64), 0, "")?;
        let result = self.b.build_insert_value(result, value, 1, "result")?;
        self.b.build_return(Some(&result))?;
        Ok(())
    }

    /// Fills the exception record and returns `STATUS_EXCEPTION`; `args` replace
    /// the `{}`s of `message`. The builder continues in a dead block.
    pub fn raise(
        &self,
        kind: ExceptionKind,
        message: &str,
        args: &[IntValue<'ctx>],
    ) -> CgResult<()> {
        self.raise_code(kind as u32, message, args)
    }

    /// Raises the exception class with record code `code` (see
    /// [`penna_compiler::abi::ExceptionClass::code`]).
    pub fn raise_code(&self, code: u32, message: &str, args: &[IntValue<'ctx>]) -> CgResult<()> {
        self.fill_record(code, message, args)?;
        self.return_status(self.i32(STATUS_EXCEPTION as i64))?;
        self.after_terminator();
        Ok(())
    }

    /// Stores the exception of record code `code`, `message` and `args` in
    /// the exception record.
    pub fn fill_record(&self, code: u32, message: &str, args: &[IntValue<'ctx>]) -> CgResult<()> {
        let i32t = self.ctx.i32_type();
        let i64t = self.ctx.i64_type();
        let rec = self.exception_record_type();
        let field = |i: u32| self.b.build_struct_gep(rec, self.exc_ptr, i, "exc.field");
        self.b
            .build_store(field(0)?, i32t.const_int(code as u64, false))?;
        self.b.build_store(
            field(1)?,
            i32t.const_int(args.len().min(EXCEPTION_ARGS) as u64, false),
        )?;
        let msg = self.m.string(message);
        self.b.build_store(field(2)?, msg.as_pointer_value())?;
        self.b
            .build_store(field(3)?, i64t.const_int(message.len() as u64, false))?;
        let args_ptr = field(4)?;
        for (i, a) in args.iter().take(EXCEPTION_ARGS).enumerate() {
            let slot = unsafe {
                self.b
                    .build_in_bounds_gep(i64t, args_ptr, &[self.i64(i as i64)], "exc.arg")?
            };
            let a = self
                .b
                .build_int_s_extend_or_bit_cast(*a, i64t, "exc.arg.i64")?;
            self.b.build_store(slot, a)?;
        }
        Ok(())
    }

    /// Raises when `cond` is true; continues after it otherwise.
    pub fn raise_if(
        &self,
        cond: IntValue<'ctx>,
        kind: ExceptionKind,
        message: &str,
        args: &[IntValue<'ctx>],
    ) -> CgResult<()> {
        let fail = self.new_block("raise");
        let ok = self.new_block("ok");
        self.b
            .build_conditional_branch(self.unlikely(cond)?, fail, ok)?;
        self.b.position_at_end(fail);
        self.raise(kind, message, args)?;
        self.b.build_unreachable()?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// `cond`, marked as almost never true (`llvm.expect`): exception paths stay
    /// out of the hot path's layout and register allocation.
    pub fn unlikely(&self, cond: IntValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let bool_type = self.ctx.bool_type();
        let expect = inkwell::intrinsics::Intrinsic::find("llvm.expect")
            .and_then(|i| i.get_declaration(&self.m.module, &[bool_type.into()]))
            .ok_or_else(|| crate::error::bug("no llvm.expect"))?;
        let args = [cond.into(), bool_type.const_zero().into()];
        Ok(self
            .b
            .build_call(expect, &args, "unlikely")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| crate::error::bug("llvm.expect returned void"))?
            .into_int_value())
    }

    /// Raises RecursionError when the stack is below the caller's limit. Emitted
    /// before each call that closes a cycle of the call graph (recursion), so
    /// leaf invocations and non-recursive code pay nothing.
    pub fn check_stack(&self) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let rec = self.exception_record_type();
        let slot = self
            .b
            .build_struct_gep(rec, self.exc_ptr, 5, "stack.limit")?;
        let limit = self.b.build_load(i64t, slot, "limit")?.into_int_value();
        let sp = match self.m.target.stack_pointer() {
            // Read the stack pointer itself: no stack slot, no frame pointer.
            Some(register) => {
                let name = self.ctx.metadata_string(register);
                let node = self.ctx.metadata_node(&[name.into()]);
                let read = inkwell::intrinsics::Intrinsic::find("llvm.read_register")
                    .and_then(|i| i.get_declaration(&self.m.module, &[i64t.into()]))
                    .ok_or_else(|| crate::error::bug("no llvm.read_register"))?;
                self.b
                    .build_call(read, &[node.into()], "sp")?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| crate::error::bug("read_register returned void"))?
                    .into_int_value()
            }
            // Elsewhere the address of a local approximates it.
            None => {
                let probe = self.entry_alloca(self.ctx.i8_type().into(), "stack.probe")?;
                self.b.build_ptr_to_int(probe, i64t, "sp")?
            }
        };
        let below = self
            .b
            .build_int_compare(inkwell::IntPredicate::ULT, sp, limit, "deep")?;
        if !self.m.unwinds {
            let message = unwind::RECURSION_MESSAGE;
            return self.raise_if(below, ExceptionKind::RecursionError, message, &[]);
        }
        let deep = self.new_block("deep");
        let ok = self.new_block("ok");
        self.b
            .build_conditional_branch(self.unlikely(below)?, deep, ok)?;
        self.b.position_at_end(deep);
        self.unwind_recursion()?;
        self.b.position_at_end(ok);
        Ok(())
    }

    pub fn exception_record_type(&self) -> inkwell::types::StructType<'ctx> {
        self.m.exception_record_type()
    }

    pub fn load_local(&self, index: usize) -> CgResult<BasicValueEnum<'ctx>> {
        let local = &self.f.locals[penna_compiler::ir::LocalId::from_index(index)];
        if let Some(flag) = self.assigned_flags[index] {
            let set = self
                .b
                .build_load(self.ctx.bool_type(), flag, "assigned")?
                .into_int_value();
            let unset = self.b.build_not(set, "")?;
            let message = format!(
                "cannot access local variable '{}' where it is not associated with a value",
                local.name
            );
            self.raise_if(unset, ExceptionKind::UnboundLocalError, &message, &[])?;
        }
        let ty = self.m.llvm_type(&local.ty);
        Ok(self.b.build_load(ty, self.locals[index], "")?)
    }

    /// Stores into a local (and sets its "assigned" flag, if it has one). A
    /// local holding arrays takes a reference to the new value and drops the
    /// old one (in that order: `a = a` must not free `a`).
    pub fn assign_local(&self, index: usize, value: BasicValueEnum<'ctx>) -> CgResult<()> {
        let t = &self.f.locals[penna_compiler::ir::LocalId::from_index(index)].ty;
        if refcount::has_arrays(t) && !self.borrowed.get(index).copied().unwrap_or(false) {
            self.retain(t, value)?;
            let old = self
                .b
                .build_load(self.m.llvm_type(t), self.locals[index], "old")?;
            self.b.build_store(self.locals[index], value)?;
            self.release(t, old)?;
        } else {
            self.b.build_store(self.locals[index], value)?;
        }
        if let Some(flag) = self.assigned_flags[index] {
            self.b
                .build_store(flag, self.ctx.bool_type().const_int(1, false))?;
        }
        Ok(())
    }
}

fn sanitize(name: &str) -> String {
    name.replace('$', "tmp.")
}
