//! `try` / `except` / `else` / `finally` (`penna_compiler::ir::Stmt::Try`).
//!
//! Compiled code reports an exception by filling the exception record and
//! returning a failure status. Inside a `try` body, every such exit
//! ([`FnLowering::return_status`]) instead releases the temporaries of the
//! statements it leaves and branches to the `try`'s landing block, which
//! reads the record's class code and picks the first matching handler. A
//! handler that completes forgets the exception (an owned message is
//! freed); one that does not match runs `finally` and propagates further
//! out. Locals live in stack slots, so the landing block needs no phis.

use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use penna_compiler::abi::{ExceptionClass, OWNED_MESSAGE, STATUS_EXCEPTION};
use penna_compiler::ir::{Block, Handler};
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

/// A `try` whose body is being lowered.
pub struct TryFrame<'ctx> {
    /// Where exceptions raised in the body go.
    pub landing: BasicBlock<'ctx>,
    /// Temporaries pending when the `try` began (those above are released
    /// on the way to the landing block).
    pub temps: usize,
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn try_stmt(
        &mut self,
        body: &Block,
        handlers: &[Handler],
        orelse: &Block,
        finally: &Block,
    ) -> CgResult<()> {
        let landing = self.new_block("try.except");
        let done = self.new_block("try.done");
        self.tries.push(TryFrame {
            landing,
            temps: self.temps.len(),
        });
        let lowered = self.block(body);
        self.tries.pop();
        lowered?;
        // An exception in `else` or in a handler still runs `finally`
        // before it goes on out.
        let unwind = (!finally.is_empty()).then(|| self.new_block("try.finally"));
        if let Some(unwind) = unwind {
            self.tries.push(TryFrame {
                landing: unwind,
                temps: self.temps.len(),
            });
        }
        let lowered = self.handlers_and_else(landing, done, handlers, orelse);
        if unwind.is_some() {
            self.tries.pop();
        }
        lowered?;
        // No handler matched: `finally`, then on to the next handlers out.
        self.block(finally)?;
        if self.current_block_open() {
            self.return_status(self.i32(STATUS_EXCEPTION as i64))?;
        }
        if let Some(unwind) = unwind {
            self.b.position_at_end(unwind);
            self.block(finally)?;
            if self.current_block_open() {
                self.return_status(self.i32(STATUS_EXCEPTION as i64))?;
            }
        }
        self.b.position_at_end(done);
        self.block(finally)
    }

    /// `else` (after a body that raised nothing) and the handlers at the
    /// landing block; both end at `done`. Leaves the builder where no
    /// handler matched.
    fn handlers_and_else(
        &mut self,
        landing: BasicBlock<'ctx>,
        done: BasicBlock<'ctx>,
        handlers: &[Handler],
        orelse: &Block,
    ) -> CgResult<()> {
        if self.current_block_open() {
            self.block(orelse)?;
        }
        if self.current_block_open() {
            self.b.build_unconditional_branch(done)?;
        }
        self.b.position_at_end(landing);
        let rec = self.exception_record_type();
        let kind_at = self.b.build_struct_gep(rec, self.exc_ptr, 0, "exc.kind")?;
        let kind = self
            .b
            .build_load(self.ctx.i32_type(), kind_at, "raised")?
            .into_int_value();
        for h in handlers {
            let run = self.new_block("try.handler");
            let next = self.new_block("try.next");
            let caught = self.catches(kind, &h.classes)?;
            self.b.build_conditional_branch(caught, run, next)?;
            self.b.position_at_end(run);
            if let Some(name) = h.name {
                let message =
                    self.call_rt_ptr("penna_rt_exception_message", &[self.exc_ptr.into()])?;
                let message = self.fresh(&Type::Str, message.into())?;
                self.assign_local(name.index(), message)?;
            }
            self.block(&h.body)?;
            if self.current_block_open() {
                self.forget_exception()?;
                self.b.build_unconditional_branch(done)?;
            }
            self.b.position_at_end(next);
        }
        Ok(())
    }

    /// The handled exception is done with: a message computed at run time
    /// (`nargs` is `OWNED_MESSAGE`) is freed; a constant one needs nothing.
    fn forget_exception(&self) -> CgResult<()> {
        let rec = self.exception_record_type();
        let nargs_at = self.b.build_struct_gep(rec, self.exc_ptr, 1, "exc.nargs")?;
        let nargs = self
            .b
            .build_load(self.ctx.i32_type(), nargs_at, "nargs")?
            .into_int_value();
        let owned = self.b.build_int_compare(
            IntPredicate::EQ,
            nargs,
            self.ctx.i32_type().const_int(OWNED_MESSAGE as u64, false),
            "owned",
        )?;
        let free = self.new_block("exc.free");
        let done = self.new_block("exc.forgotten");
        self.b.build_conditional_branch(owned, free, done)?;
        self.b.position_at_end(free);
        self.call_rt("penna_rt_exception_clear", None, &[self.exc_ptr.into()])?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// Whether the raised class `kind` is one of `classes` (or a subclass;
    /// no classes: every exception).
    fn catches(
        &self,
        kind: IntValue<'ctx>,
        classes: &[ExceptionClass],
    ) -> CgResult<IntValue<'ctx>> {
        let bool_t = self.ctx.bool_type();
        if classes.is_empty() {
            return Ok(bool_t.const_int(1, false));
        }
        let mut any = bool_t.const_zero();
        for class in classes {
            let code = self.i32(class.code() as i64);
            let m: BasicValueEnum = self
                .call_rt(
                    "penna_rt_exception_matches",
                    Some(self.ctx.i32_type().into()),
                    &[kind.into(), code.into()],
                )?
                .ok_or_else(|| bug("exception_matches returned nothing"))?;
            let hit =
                self.b
                    .build_int_compare(IntPredicate::NE, m.into_int_value(), self.i32(0), "")?;
            any = self.b.build_or(any, hit, "caught")?;
        }
        Ok(any)
    }
}
