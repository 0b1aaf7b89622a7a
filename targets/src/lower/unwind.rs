//! Recursion whose stack guard unwinds instead of returning a status.
//!
//! Every internal function returns `{i32 status, T value}`, and a call that
//! closes a cycle first checks the stack (`FnLowering::check_stack`). A
//! guard that raises by returning a status makes every recursive function
//! one that may fail, so each recursive call is followed by a status test,
//! and LLVM cannot turn `fib(n - 1) + fib(n - 2)` into a loop over one of
//! the calls (accumulator tail recursion elimination) as C compilers do.
//!
//! In a program that qualifies ([`unwinds`]), the guard instead jumps
//! (`llvm.eh.sjlj.longjmp`, inside `penna.unwind`) back to the entry, which
//! set the jump buffer up (`llvm.eh.sjlj.setjmp`) before calling in; there
//! the entry fills the record with `RecursionError` and returns status 1.
//! To LLVM the jump is a call that only reads the record, so a recursive
//! function that only computes is `memory(read)` and equal calls of it
//! merge (see [`ModuleLowering::unwinder`]). A function whose
//! only failure was that guard then provably returns status 0, which
//! `crate::status` folds into its callers before `default<O3>`; LLVM drops
//! the status from its return and eliminates the tail recursion.
//!
//! Invariants (what makes jumping over frames sound): the program is a call
//! entry on an x86-64 CPU (where LLVM lowers its builtin setjmp); no
//! function holds anything that must be released (only numbers, `None`,
//! tuples of those and function values: no arrays, lists, strings, objects,
//! generators), has `try` (a handler the jump would skip) or `with objmode`
//! / parallel regions (frames of other code or threads); the jump buffer's
//! address lives in the record's first argument slot, which nothing reads
//! before a raise fills it, and after a raise in such a program nothing
//! runs but returns to the entry.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::builder::Builder;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::Linkage;
use inkwell::values::{FunctionValue, PointerValue};
use inkwell::AddressSpace;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::ir::{Program, Statement, Stmt};
use penna_compiler::Type;

use super::{FnLowering, ModuleLowering};
use crate::error::{bug, CgResult};

/// Whether `program`, compiled as a call entry for the CPU, recurses and
/// qualifies for an unwinding stack guard (the module invariants).
pub fn unwinds(program: &Program, reaches: &[Vec<bool>]) -> bool {
    let recursive = (0..program.functions.len()).any(|f| reaches[f][f]);
    recursive
        && !program.is_parallel()
        && program.functions.iter().all(|f| {
            !f.generator
                && f.param_types.iter().all(plain)
                && plain(&f.ret)
                && f.locals.iter().all(|(_, l)| plain(&l.ty))
                && f.expr_types.iter().all(plain)
                && plain_block(&f.body)
        })
}

/// A value that holds nothing to release (`Unknown`: an expression left
/// over from a rewrite, never lowered).
fn plain(t: &Type) -> bool {
    match t {
        Type::Unknown
        | Type::Scalar(_)
        | Type::None
        | Type::Function(_)
        | Type::DType(_)
        | Type::Slice => true,
        Type::Tuple(items) => items.iter().all(plain),
        Type::TypeRef(inner) => plain(inner),
        _ => false,
    }
}

/// No handler, interpreter block or thread team a jump would skip.
fn plain_block(block: &[Statement]) -> bool {
    block.iter().all(|s| {
        let here = !matches!(
            s.kind,
            Stmt::Try { .. }
                | Stmt::Reraise
                | Stmt::ObjMode { .. }
                | Stmt::Region { .. }
                | Stmt::Critical(_)
                | Stmt::Barrier
                | Stmt::ThreadLoop(_)
                | Stmt::Yield(_)
        ) && !matches!(
            &s.kind,
            Stmt::ForRange {
                parallel: Some(_),
                ..
            }
        );
        let mut inner = true;
        s.kind.visit_blocks(|b| inner = inner && plain_block(b));
        here && inner
    })
}

/// The function the stack guard calls to jump ([`ModuleLowering::unwinder`]).
const UNWINDER: &str = "penna.unwind";

/// What the `RecursionError` of the stack guard says.
pub(super) const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded in compiled code";

/// Five pointers: frame, resume address, stack pointer, two for the target
/// (LLVM's builtin setjmp buffer, as clang's `__builtin_setjmp` uses it).
const BUFFER_WORDS: u32 = 5;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// In the entry wrapper, before the call: sets the jump buffer up and
    /// stores its address in the record; a guard's jump lands here, and the
    /// entry fills the record with `RecursionError` and returns status 1
    /// (the stack guard is the only thing that jumps).
    pub(super) fn catch_unwinding(&self, exc: PointerValue<'ctx>) -> CgResult<()> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let buffer_type = ptr.array_type(BUFFER_WORDS);
        let buffer = self.b.build_alloca(buffer_type, "unwind.buffer")?;
        let word = |i: u64| unsafe {
            self.b
                .build_in_bounds_gep(ptr, buffer, &[self.i64(i as i64)], "unwind.word")
        };
        let frame = self.call_intrinsic("llvm.frameaddress", ptr.into(), &[self.i32(0).into()])?;
        self.b.build_store(word(0)?, frame)?;
        let stack = self.call_intrinsic("llvm.stacksave", ptr.into(), &[])?;
        self.b.build_store(word(2)?, stack)?;
        self.b
            .build_store(self.m.unwind_slot(&self.b, exc)?, buffer)?;
        let setjmp = self.intrinsic("llvm.eh.sjlj.setjmp", &[])?;
        let jumped = self
            .b
            .build_call(setjmp, &[buffer.into()], "jumped")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("llvm.eh.sjlj.setjmp returned void"))?
            .into_int_value();
        let landed =
            self.b
                .build_int_compare(inkwell::IntPredicate::NE, jumped, self.i32(0), "unwound")?;
        let unwound = self.new_block("unwound");
        let call = self.new_block("call");
        self.b
            .build_conditional_branch(self.unlikely(landed)?, unwound, call)?;
        self.b.position_at_end(unwound);
        self.fill_record(ExceptionKind::RecursionError as u32, RECURSION_MESSAGE, &[])?;
        self.b.build_return(Some(&self.i32(1)))?;
        self.b.position_at_end(call);
        // The jump restores the frame and stack pointers: keep a frame pointer.
        let fp = self.ctx.create_string_attribute("frame-pointer", "all");
        self.llfn.add_attribute(AttributeLoc::Function, fp);
        Ok(())
    }

    /// The guard's raise: a jump to the entry, which fills the record (see
    /// [`ModuleLowering::unwinder`]).
    pub(super) fn unwind_recursion(&self) -> CgResult<()> {
        let unwinder = self.m.unwinder()?;
        self.b.build_call(unwinder, &[self.exc_ptr.into()], "")?;
        self.b.build_unreachable()?;
        Ok(())
    }
}

impl<'ctx> ModuleLowering<'ctx, '_> {
    /// The record's first argument slot, which holds the jump buffer.
    fn unwind_slot(
        &self,
        b: &Builder<'ctx>,
        exc: PointerValue<'ctx>,
    ) -> CgResult<PointerValue<'ctx>> {
        let rec = self.exception_record_type();
        Ok(b.build_struct_gep(rec, exc, 4, "unwind.slot")?)
    }

    /// `penna.unwind(exc)`: jumps to the buffer the record's first argument
    /// slot holds. It is declared `noinline noreturn memory(argmem: read)`:
    /// what LLVM sees of the jump is a read of the record. A function whose
    /// only other effects are reads (`fib`) is then `memory(read)`, and two
    /// calls of it with the same arguments are one (`fib(n - 1) + fib(n - 2)`
    /// inlined one level calls `fib(n - 3)` once).
    ///
    /// That description hides the jump's writes and the frames it discards,
    /// which is sound under the module invariants: the jump skips only
    /// frames that hold plain values, no memory but their own stack and the
    /// record is live across it, and the record is written by the entry
    /// after the jump lands, not before it leaves.
    pub(super) fn unwinder(&self) -> CgResult<FunctionValue<'ctx>> {
        if let Some(f) = self.module.get_function(UNWINDER) {
            return Ok(f);
        }
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let f = self.module.add_function(
            UNWINDER,
            self.ctx.void_type().fn_type(&[ptr.into()], false),
            Some(Linkage::Private),
        );
        self.set_attributes(f);
        // (LLVM's MemoryEffects: two bits per location, argmem first; 1 = read.)
        let argmem_read = 1;
        for (name, value) in [("noinline", 0), ("noreturn", 0), ("memory", argmem_read)] {
            let kind = Attribute::get_named_enum_kind_id(name);
            f.add_attribute(
                AttributeLoc::Function,
                self.ctx.create_enum_attribute(kind, value),
            );
        }
        let b = self.ctx.create_builder();
        b.position_at_end(self.ctx.append_basic_block(f, "entry"));
        let exc = f
            .get_nth_param(0)
            .ok_or_else(|| bug("penna.unwind has one parameter"))?
            .into_pointer_value();
        let buffer = b.build_load(ptr, self.unwind_slot(&b, exc)?, "unwind.buffer")?;
        let longjmp = Intrinsic::find("llvm.eh.sjlj.longjmp")
            .and_then(|i| i.get_declaration(&self.module, &[]))
            .ok_or_else(|| bug("no llvm.eh.sjlj.longjmp"))?;
        b.build_call(longjmp, &[buffer.into()], "")?;
        b.build_unreachable()?;
        Ok(f)
    }
}
