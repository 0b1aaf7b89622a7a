//! Generators as LLVM coroutines (switch-resumed lowering; layout in
//! `penna_compiler::abi::generators`).
//!
//! A generator function is a `presplitcoroutine`: calling it (the "ramp")
//! binds the parameters, allocates the generator object through
//! `penna_rt_generator_alloc`, suspends, and returns the object. LLVM's
//! coroutine passes (part of every pass pipeline) split the body into resume
//! and destroy functions whose addresses start the frame.
//!
//! - `yield v`: the item is stored (with a reference of its own) into the
//!   promise, the body suspends; destroyed there, it releases its temporaries
//!   and locals.
//! - The body's exceptions fill the promise's record; every exit stores its
//!   status and suspends for the last time (the resume address becomes null).
//! - Advancing (`for`, `next()`) calls the resume address directly: no
//!   coroutine intrinsics in the caller, so any code that knows the item type
//!   can advance any generator, as the host does from Python.

use inkwell::basic_block::BasicBlock;
use inkwell::context::AsContextRef;
use inkwell::types::{AsTypeRef, BasicTypeEnum};
use inkwell::values::{AsValueRef, BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use llvm_sys::prelude::LLVMValueRef;
use penna_compiler::abi::generators as abi;
use penna_compiler::abi::{ExceptionKind, STATUS_EXCEPTION, STATUS_OK};
use penna_compiler::builtins::GenFn;
use penna_compiler::ir::{Expr, ExprId, Stmt};
use penna_compiler::Type;

use super::{refcount, FnLowering};
use crate::error::{bug, CgResult};

/// What the lowering of a generator's body needs of its coroutine.
#[derive(Clone, Copy)]
pub(crate) struct Coroutine<'ctx> {
    /// The `llvm.coro.id` token.
    id: LLVMValueRef,
    handle: PointerValue<'ctx>,
    /// Returns to whoever resumed (or called) the function.
    suspend: BasicBlock<'ctx>,
    /// Frees the frame (the end of the destroy function).
    free: BasicBlock<'ctx>,
    /// The last suspension (LLVM allows one), where every exit goes.
    finish: BasicBlock<'ctx>,
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    fn item_type(&self) -> CgResult<&Type> {
        match &self.f.ret {
            Type::GeneratorOf(t) => Ok(t),
            t => Err(bug(format!("a generator returning {t}"))),
        }
    }

    /// Calls an intrinsic whose operands or result may be tokens (inkwell's
    /// values cannot be tokens).
    fn coro_call(
        &self,
        name: &str,
        overloads: &[BasicTypeEnum<'ctx>],
        args: &[LLVMValueRef],
    ) -> CgResult<LLVMValueRef> {
        let f = inkwell::intrinsics::Intrinsic::find(name)
            .and_then(|i| i.get_declaration(&self.m.module, overloads))
            .ok_or_else(|| bug(format!("no {name}")))?;
        let mut args = args.to_vec();
        // SAFETY: a call of a declared intrinsic with operands of its
        // signature, at the builder's position.
        Ok(unsafe {
            llvm_sys::core::LLVMBuildCall2(
                self.b.as_mut_ptr(),
                f.get_type().as_type_ref(),
                f.as_value_ref(),
                args.as_mut_ptr(),
                args.len() as u32,
                c"".as_ptr(),
            )
        })
    }

    fn token_none(&self) -> LLVMValueRef {
        // SAFETY: the null constant of the context's token type is `none`.
        unsafe {
            llvm_sys::core::LLVMConstNull(llvm_sys::core::LLVMTokenTypeInContext(
                self.ctx.as_ctx_ref(),
            ))
        }
    }

    /// `llvm.coro.suspend`, then on to `resume` (or the destroy path
    /// `destroy`; back to the caller otherwise).
    fn suspend(
        &self,
        coro: Coroutine<'ctx>,
        last: bool,
        resume: BasicBlock<'ctx>,
        destroy: BasicBlock<'ctx>,
    ) -> CgResult<()> {
        let i1 = self.ctx.bool_type();
        let fin = i1.const_int(last as u64, false).as_value_ref();
        let s = self.coro_call("llvm.coro.suspend", &[], &[self.token_none(), fin])?;
        // SAFETY: `llvm.coro.suspend` returns an i8.
        let s = unsafe { IntValue::new(s) };
        let i8t = self.ctx.i8_type();
        self.b.build_switch(
            s,
            coro.suspend,
            &[
                (i8t.const_zero(), resume),
                (i8t.const_int(1, false), destroy),
            ],
        )?;
        Ok(())
    }

    /// The ramp: the promise (whose record becomes the body's exception
    /// record), the frame, the parameters bound, the first suspension.
    /// Returns how many statements of the body it lowered (the parameters').
    pub(super) fn generator_prologue(&mut self) -> CgResult<usize> {
        let (size, _) = self.item_type()?.size_align();
        let words = (abi::ITEM_OFFSET / 8) as u32 + size.div_ceil(8).max(1);
        let promise_ty = self.ctx.i64_type().array_type(words);
        let promise = self.b.build_alloca(promise_ty, "promise")?;
        self.b.build_store(promise, promise_ty.const_zero())?;
        self.exc_ptr = promise;
        let setup = self.new_block("coro.setup");
        self.b.build_unconditional_branch(setup)?;
        self.b.position_at_end(setup);

        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let null = ptr.const_null().as_value_ref();
        let align = self.ctx.i32_type().const_int(8, false).as_value_ref();
        let id = self.coro_call(
            "llvm.coro.id",
            &[],
            &[align, promise.as_value_ref(), null, null],
        )?;
        // SAFETY: `llvm.coro.alloc` returns an i1.
        let need = unsafe { IntValue::new(self.coro_call("llvm.coro.alloc", &[], &[id])?) };
        let alloc = self.new_block("coro.alloc");
        let begin = self.new_block("coro.begin");
        self.b.build_conditional_branch(need, alloc, begin)?;
        self.b.position_at_end(alloc);
        let i64t = self.ctx.i64_type();
        // SAFETY: `llvm.coro.size.i64` returns an i64.
        let size = unsafe { IntValue::new(self.coro_call("llvm.coro.size", &[i64t.into()], &[])?) };
        let frame = self.call_rt_ptr(abi::ALLOC_SYMBOL, &[size.into()])?;
        if let Some(alloc_fn) = self.m.module.get_function(abi::ALLOC_SYMBOL) {
            // Fresh memory, as malloc's: LLVM may keep the fields of two
            // frames (`zip` of two generators) in registers.
            let noalias = inkwell::attributes::Attribute::get_named_enum_kind_id("noalias");
            alloc_fn.add_attribute(
                inkwell::attributes::AttributeLoc::Return,
                self.ctx.create_enum_attribute(noalias, 0),
            );
        }
        self.b.build_unconditional_branch(begin)?;
        self.b.position_at_end(begin);
        let memory = self.b.build_phi(ptr, "frame.memory")?;
        memory.add_incoming(&[(&ptr.const_null(), setup), (&frame, alloc)]);
        // SAFETY: `llvm.coro.begin` returns a pointer.
        let handle = unsafe {
            PointerValue::new(self.coro_call(
                "llvm.coro.begin",
                &[],
                &[id, memory.as_basic_value().as_value_ref()],
            )?)
        };
        let coro = Coroutine {
            id,
            handle,
            suspend: self.new_block("coro.suspend"),
            free: self.new_block("coro.free"),
            finish: self.new_block("coro.finish"),
        };
        self.coro = Some(coro);
        self.finish_coroutine(coro)?;

        // The parameters are bound before the first suspension: the caller
        // keeps its arguments alive for the call only.
        self.b.position_at_end(begin);
        let params = self
            .f
            .body
            .iter()
            .take_while(
                |s| matches!(&s.kind, Stmt::Assign { value, .. } if self.reads_param(*value)),
            )
            .count();
        self.block(&self.f.body[..params])?;
        self.suspend_here(coro, None)?;
        Ok(params)
    }

    /// Suspends at this point of the body: destroyed here, the body
    /// releases what it holds (and `untaken`, the item of this `yield` if
    /// nobody took it); resumed, it goes on from here.
    fn suspend_here(&self, coro: Coroutine<'ctx>, untaken: Option<&Type>) -> CgResult<()> {
        let resume = self.new_block("resume");
        let destroy = self.new_block("coro.destroy");
        self.suspend(coro, false, resume, destroy)?;
        self.b.position_at_end(destroy);
        if let Some(t) = untaken {
            self.drop_untaken(t)?;
        }
        self.release_all()?;
        self.b.build_unconditional_branch(coro.free)?;
        self.b.position_at_end(resume);
        if let Some(t) = untaken {
            self.drop_untaken(t)?;
        }
        Ok(())
    }

    fn reads_param(&self, e: ExprId) -> bool {
        match &self.f.exprs[e] {
            Expr::Param(_) => true,
            Expr::Cast(inner) => self.reads_param(*inner),
            _ => false,
        }
    }

    /// The blocks every path ends in: the last suspension, the frame freed,
    /// the return.
    fn finish_coroutine(&self, coro: Coroutine<'ctx>) -> CgResult<()> {
        self.b.position_at_end(coro.finish);
        let never = self.new_block("coro.finished");
        self.suspend(coro, true, never, coro.free)?;
        self.b.position_at_end(never);
        self.b.build_unreachable()?;

        self.b.position_at_end(coro.free);
        // SAFETY: `llvm.coro.free` returns a pointer.
        let memory = unsafe {
            PointerValue::new(self.coro_call(
                "llvm.coro.free",
                &[],
                &[coro.id, coro.handle.as_value_ref()],
            )?)
        };
        self.call_rt(abi::FREE_SYMBOL, None, &[memory.into()])?;
        self.b.build_unconditional_branch(coro.suspend)?;

        self.b.position_at_end(coro.suspend);
        let unwind = self.ctx.bool_type().const_zero().as_value_ref();
        self.coro_call(
            "llvm.coro.end",
            &[],
            &[coro.handle.as_value_ref(), unwind, self.token_none()],
        )?;
        let object = unsafe {
            self.b.build_gep(
                self.ctx.i8_type(),
                coro.handle,
                &[self.i64(-(abi::FRAME_OFFSET as i64))],
                "generator",
            )?
        };
        let result = self.m.result_type(&self.f.ret).get_undef();
        let result = self
            .b
            .build_insert_value(result, self.i32(STATUS_OK as i64), 0, "")?;
        let result = self.b.build_insert_value(result, object, 1, "")?;
        self.b.build_return(Some(&result))?;
        Ok(())
    }

    /// Every way out of the body: the status kept, what the body holds
    /// released, the last suspension.
    pub(super) fn generator_exit(
        &self,
        coro: Coroutine<'ctx>,
        status: IntValue<'ctx>,
    ) -> CgResult<()> {
        let at = self.byte_offset(self.exc_ptr, abi::STATUS_OFFSET as i64)?;
        let status = self
            .b
            .build_int_s_extend(status, self.ctx.i64_type(), "status")?;
        self.b.build_store(at, status)?;
        self.release_all()?;
        self.b.build_unconditional_branch(coro.finish)?;
        Ok(())
    }

    /// `yield value`.
    pub(super) fn yield_stmt(&mut self, value: ExprId) -> CgResult<()> {
        let coro = self.coro.ok_or_else(|| bug("yield outside a generator"))?;
        let t = self.item_type()?.clone();
        let mark = self.temps.len();
        let v = self.expr(value)?;
        self.retain(&t, v)?;
        let item = self.byte_offset(self.exc_ptr, abi::ITEM_OFFSET as i64)?;
        self.store_memory(&t, item, v)?;
        let counted = refcount::has_arrays(&t);
        if counted {
            self.set_pending(self.exc_ptr, 1)?;
        }
        self.release_temps_from(mark)?;
        self.suspend_here(coro, counted.then_some(&t))
    }

    fn set_pending(&self, promise: PointerValue<'ctx>, pending: u64) -> CgResult<()> {
        let at = self.byte_offset(promise, abi::PENDING_OFFSET as i64)?;
        let i64t = self.ctx.i64_type();
        self.b.build_store(at, i64t.const_int(pending, false))?;
        Ok(())
    }

    /// Releases the item of the last `yield` if nobody took it.
    fn drop_untaken(&self, t: &Type) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let at = self.byte_offset(self.exc_ptr, abi::PENDING_OFFSET as i64)?;
        let pending = self.b.build_load(i64t, at, "pending")?.into_int_value();
        let untaken =
            self.b
                .build_int_compare(IntPredicate::NE, pending, i64t.const_zero(), "untaken")?;
        let release = self.new_block("gen.untaken");
        let next = self.new_block("gen.taken");
        self.b.build_conditional_branch(untaken, release, next)?;
        self.b.position_at_end(release);
        let item = self.byte_offset(self.exc_ptr, abi::ITEM_OFFSET as i64)?;
        let v = self.load_memory(t, item)?;
        self.release(t, v)?;
        self.b.build_store(at, i64t.const_zero())?;
        self.b.build_unconditional_branch(next)?;
        self.b.position_at_end(next);
        Ok(())
    }

    // ---- advancing a generator ----

    fn frame_of(&self, g: BasicValueEnum<'ctx>) -> CgResult<PointerValue<'ctx>> {
        self.byte_offset(g.into_pointer_value(), abi::FRAME_OFFSET as i64)
    }

    /// `llvm.coro.done`: the body has finished (its resume address is null).
    fn coro_done(&self, frame: PointerValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        // SAFETY: `llvm.coro.done` returns an i1.
        Ok(unsafe {
            IntValue::new(self.coro_call("llvm.coro.done", &[], &[frame.as_value_ref()])?)
        })
    }

    /// Resumes `g` unless it has finished; true when it yielded an item.
    /// An exception of its body propagates from here.
    fn advance(&mut self, g: BasicValueEnum<'ctx>) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let frame = self.frame_of(g)?;
        let promise = self.byte_offset(frame, abi::PROMISE_OFFSET as i64)?;
        let go = self.new_block("gen.resume");
        let after = self.new_block("gen.resumed");
        let done = self.new_block("gen.done");
        let finished = self.coro_done(frame)?;
        self.b.build_conditional_branch(finished, done, go)?;

        self.b.position_at_end(go);
        let mine = self.byte_offset(self.exc_ptr, abi::STACK_LIMIT_OFFSET as i64)?;
        let limit = self.b.build_load(i64t, mine, "stack.limit")?;
        let theirs = self.byte_offset(promise, abi::STACK_LIMIT_OFFSET as i64)?;
        self.b.build_store(theirs, limit)?;
        // `llvm.coro.resume` rather than a call of the frame's first word:
        // where the generator was made in view (its ramp inlined), LLVM
        // calls the known resume function directly.
        self.coro_call("llvm.coro.resume", &[], &[frame.as_value_ref()])?;
        let finished = self.coro_done(frame)?;
        let resumed = self.b.get_insert_block().expect("positioned");
        self.b.build_conditional_branch(finished, done, after)?;

        // Finished (now or before): its exception, if any, is ours.
        self.b.position_at_end(done);
        let status_at = self.byte_offset(promise, abi::STATUS_OFFSET as i64)?;
        let status = self
            .b
            .build_load(i64t, status_at, "status")?
            .into_int_value();
        let failed = self.b.build_int_compare(
            IntPredicate::EQ,
            status,
            i64t.const_int(STATUS_EXCEPTION as u64, false),
            "failed",
        )?;
        let raise = self.new_block("gen.raise");
        let exhausted = self.new_block("gen.exhausted");
        self.b
            .build_conditional_branch(self.unlikely(failed)?, raise, exhausted)?;
        self.b.position_at_end(raise);
        self.b.build_store(status_at, i64t.const_zero())?;
        self.b.build_memcpy(
            self.exc_ptr,
            8,
            promise,
            8,
            i64t.const_int(abi::RECORD_EXCEPTION_BYTES, false),
        )?;
        self.return_status(self.i32(STATUS_EXCEPTION as i64))?;
        if self.current_block_open() {
            self.b.build_unreachable()?;
        }
        self.b.position_at_end(exhausted);
        self.b.build_unconditional_branch(after)?;

        self.b.position_at_end(after);
        let phi = self.b.build_phi(self.ctx.bool_type(), "advanced")?;
        let t = self.ctx.bool_type();
        phi.add_incoming(&[
            (&t.const_int(1, false), resumed),
            (&t.const_zero(), exhausted),
        ]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// Where the last item `g` yielded is; the caller takes it (its
    /// reference, for an item that has any).
    fn item_ptr(&self, item: &Type, g: BasicValueEnum<'ctx>) -> CgResult<PointerValue<'ctx>> {
        let frame = self.frame_of(g)?;
        let promise = self.byte_offset(frame, abi::PROMISE_OFFSET as i64)?;
        if refcount::has_arrays(item) {
            self.set_pending(promise, 0)?;
        }
        self.byte_offset(promise, abi::ITEM_OFFSET as i64)
    }

    /// The item the last advance of `g` produced (its reference moves here).
    fn take(&mut self, item: &Type, g: BasicValueEnum<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        let at = self.item_ptr(item, g)?;
        let v = self.load_memory(item, at)?;
        self.register_temp(item, v)?;
        Ok(v)
    }

    /// `next()`, `iter()` and the steps of `for` over a generator.
    pub(super) fn generator_call(
        &mut self,
        f: GenFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let Type::GeneratorOf(item) = types[0] else {
            return Err(bug(format!("{} of {}", f.name(), types[0])));
        };
        let item = (**item).clone();
        match f {
            GenFn::Iter => Ok(args[0]),
            GenFn::Advance => Ok(self.advance(args[0])?.into()),
            GenFn::Take => self.take(&item, args[0]),
            GenFn::Next if args.len() == 1 => {
                let advanced = self.advance(args[0])?;
                let stop = self.b.build_not(advanced, "")?;
                self.raise_if(stop, ExceptionKind::StopIteration, "", &[])?;
                self.take(&item, args[0])
            }
            GenFn::Next => {
                let advanced = self.advance(args[0])?;
                let (g, default) = (args[0], args[1]);
                let v = self.choose(
                    advanced,
                    |this| {
                        let v = this.load_memory(&item, this.item_ptr(&item, g)?)?;
                        this.convert(v, &item, ty)
                    },
                    |this| {
                        this.retain(ty, default)?;
                        Ok(default)
                    },
                    ty,
                )?;
                self.register_temp(ty, v)?;
                Ok(v)
            }
        }
    }
}

/// Whether the module needs LLVM's coroutine passes: it makes or advances
/// generators.
pub fn has_generators(program: &penna_compiler::ir::Program) -> bool {
    program.functions.iter().any(|f| {
        f.generator
            || f.expr_types
                .iter()
                .any(|t| matches!(t, Type::GeneratorOf(_)))
    })
}
