//! Statements and structured control flow.
//!
//! `for i in range(start, stop, step)` evaluates its bounds once. With a
//! constant step of 1 or -1 (nearly every loop) it is the canonical
//! `for (i = start; i < stop; i++)` whose `nsw` increment cannot overflow, the
//! form LLVM's vectoriser and range analysis understand best. Any other step
//! runs a counted loop over the trip count (`k in 0..n`, `i = start + k*step`),
//! which cannot overflow at the ends of the int64 range the way `i += step` could.

use inkwell::values::IntValue;
use inkwell::IntPredicate;
use penna_compiler::abi::{self, ExceptionKind};
use penna_compiler::ir::{Statement, Stmt};
use penna_compiler::Type;

use super::FnLowering;
use crate::error::CgResult;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn block(&mut self, block: &[Statement]) -> CgResult<()> {
        for s in block {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Statement) -> CgResult<()> {
        if let (Some(lines), Some(scope)) = (&self.m.lines, self.scope) {
            let at = lines.location(self.ctx, scope, self.f, s.span);
            self.b.set_current_debug_location(at);
        }
        let mark = self.temps.len();
        self.stmt_kind(s)?;
        if self.current_block_open() {
            self.release_temps_from(mark)
        } else {
            self.temps.truncate(mark);
            Ok(())
        }
    }

    fn stmt_kind(&mut self, s: &Statement) -> CgResult<()> {
        match &s.kind {
            Stmt::Assign { local, value } => {
                let v = self.expr(*value)?;
                self.assign_local(local.index(), v)?;
            }
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                let array = self.expr(*base)?;
                let bt = self.f.ty(*base);
                if bt.is_container() {
                    let k = match bt {
                        Type::List { .. } => self.expr(indices[0])?,
                        _ => self.subscript_key(bt, indices)?,
                    };
                    let v = self.expr(*value)?;
                    return match bt {
                        Type::List { .. } => self.list_set(bt, array, k, v),
                        _ => self.dict_set(bt, array, k, v),
                    };
                }
                let Type::Array(a) = bt else {
                    unreachable!("validated")
                };
                if let [index] = indices[..] {
                    if let Type::Array(it) = self.f.ty(index) {
                        let iv = self.expr(index)?;
                        return self.fancy_store(a, array, it, iv, *value);
                    }
                }
                let is_view = indices.len() < a.ndim as usize
                    || indices.iter().any(|&i| *self.f.ty(i) == Type::Slice);
                if is_view {
                    let view = self.subscript_view(a, array, indices)?;
                    let target = penna_compiler::typing::numpy::subscript(
                        a,
                        &indices
                            .iter()
                            .map(|&i| self.f.ty(i).clone())
                            .collect::<Vec<_>>(),
                        &vec![None; indices.len()],
                        &vec![false; indices.len()],
                    )
                    .ok()
                    .and_then(|s| s.view)
                    .ok_or_else(|| crate::error::bug("slice assignment to an element"))?;
                    let parts = self.array_parts(&target, view)?;
                    return self.store_into_view(&target, &parts, *value);
                }
                let idx = indices
                    .iter()
                    .map(|&i| self.index_value(i).map(|v| (v, i)))
                    .collect::<CgResult<Vec<_>>>()?;
                let v = self.expr(*value)?;
                let Type::Array(a) = self.f.ty(*base) else {
                    unreachable!("validated")
                };
                let ptr = self.element_pointer(a, array.into_struct_value(), &idx)?;
                self.check_race(ptr, a.dtype, true, s.span)?;
                self.store_scalar(a.dtype, ptr, v)?;
            }
            Stmt::Eval(e) => {
                self.expr(*e)?;
            }
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                let c = self.expr(*cond)?.into_int_value();
                let then_bb = self.new_block("then");
                let else_bb = self.new_block("else");
                let end = self.new_block("endif");
                self.b.build_conditional_branch(c, then_bb, else_bb)?;
                self.b.position_at_end(then_bb);
                self.block(accept)?;
                self.branch_if_open(end)?;
                self.b.position_at_end(else_bb);
                self.block(reject)?;
                self.branch_if_open(end)?;
                self.b.position_at_end(end);
            }
            Stmt::While { cond, body } => {
                let head = self.new_block("while.cond");
                let body_bb = self.new_block("while.body");
                let end = self.new_block("while.end");
                self.b.build_unconditional_branch(head)?;
                self.b.position_at_end(head);
                let mark = self.temps.len();
                let c = self.expr(*cond)?.into_int_value();
                // The condition's temporaries die every iteration.
                self.release_temps_from(mark)?;
                self.b.build_conditional_branch(c, body_bb, end)?;
                self.b.position_at_end(body_bb);
                self.loops.push((head, end, self.temps.len()));
                self.block(body)?;
                self.loops.pop();
                self.branch_if_open(head)?;
                self.b.position_at_end(end);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                parallel: Some(p),
            } => self.parallel_loop(p, *var, (*start, *stop, *step), body)?,
            Stmt::Region { body, parallel } => self.region(parallel, body)?,
            Stmt::Critical(body) => self.critical(body)?,
            Stmt::Barrier => self.barrier()?,
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                parallel: None,
            } => {
                let start = self.expr(*start)?.into_int_value();
                let stop_v = self.expr(*stop)?.into_int_value();
                let step_const = self.f.const_int(*step);
                let step_v = self.expr(*step)?.into_int_value();
                let assign = |this: &mut Self, i: IntValue<'ctx>| -> CgResult<()> {
                    this.assign_local(var.index(), i.into())?;
                    this.block(body)
                };
                match step_const {
                    // The common case, in the form LLVM analyses best: compare
                    // the variable itself with `stop`; `i < stop <= INT_MAX`
                    // means `i + 1` cannot overflow.
                    Some(1) => self.induction_loop(start, IntPredicate::SLT, stop_v, 1, assign)?,
                    Some(-1) => {
                        self.induction_loop(start, IntPredicate::SGT, stop_v, -1, assign)?
                    }
                    _ => {
                        // Any other step: a trip count, so that no `i += step`
                        // can overflow at the ends of the int64 range. `k * step`
                        // may wrap where `start + k * step` does not (a range
                        // wider than int64), so both wrap.
                        // A step known only at run time makes every access
                        // through `i` a gather or scatter, which LLVM's cost
                        // model may still pick (storing lane by lane, 1.4x
                        // slower on a sieve): such loops stay scalar.
                        let n = self.trip_count(start, stop_v, step_v, step_const)?;
                        let vectorize = step_const.is_some();
                        self.induction_loop_with(
                            self.i64(0),
                            IntPredicate::ULT,
                            n,
                            1,
                            vectorize,
                            |this, k| {
                                let offset = this.b.build_int_mul(k, step_v, "off")?;
                                let i = this.b.build_int_add(start, offset, "i")?;
                                assign(this, i)
                            },
                        )?;
                    }
                }
            }
            Stmt::Print { items, sep, end } => self.print(items, sep, end)?,
            Stmt::Break => {
                let (_, end, mark) = *self.loops.last().expect("validated: inside a loop");
                self.release_temps(mark)?;
                self.b.build_unconditional_branch(end)?;
                self.after_terminator();
            }
            Stmt::Continue => {
                let (next, _, mark) = *self.loops.last().expect("validated: inside a loop");
                self.release_temps(mark)?;
                self.b.build_unconditional_branch(next)?;
                self.after_terminator();
            }
            Stmt::Return(value) => {
                match value {
                    Some(v) => {
                        let value = self.expr(*v)?;
                        self.retain(self.f.ty(*v), value)?;
                        self.return_value(value)?;
                    }
                    None if self.retire_thread()? => return Ok(()),
                    None => self.exit_with(self.i32(0))?,
                }
                self.after_terminator();
            }
            Stmt::Raise { class, message } => self.raise_code(class.code(), message, &[])?,
            Stmt::Yield(value) => self.yield_stmt(*value)?,
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.try_stmt(body, handlers, orelse, finally)?,
            Stmt::ObjMode {
                handle,
                inputs,
                outputs,
            } => self.objmode(*handle, inputs, outputs)?,
            Stmt::Reraise => {
                self.return_status(self.i32(abi::STATUS_EXCEPTION as i64))?;
                self.after_terminator();
            }
            Stmt::RaiseValue { class, message } => {
                let text = self.expr(*message)?.into_pointer_value();
                self.raise_value(class, text)?;
            }
            Stmt::ThreadLoop(body) => self.thread_loop(body)?,
            Stmt::Collective { op, args, result } => self.collective(*op, args, *result, s.span)?,
        }
        Ok(())
    }

    fn branch_if_open(&self, target: inkwell::basic_block::BasicBlock<'ctx>) -> CgResult<()> {
        if self.current_block_open() {
            self.b.build_unconditional_branch(target)?;
        }
        Ok(())
    }

    /// Number of iterations of `range(start, stop, step)`; raises ValueError for
    /// a zero step.
    pub(super) fn trip_count(
        &self,
        start: IntValue<'ctx>,
        stop: IntValue<'ctx>,
        step: IntValue<'ctx>,
        step_const: Option<i64>,
    ) -> CgResult<IntValue<'ctx>> {
        let zero = self.i64(0);
        let one = self.i64(1);
        if step_const == Some(0) {
            self.raise(
                ExceptionKind::ValueError,
                "range() arg 3 must not be zero",
                &[],
            )?;
            return Ok(zero);
        }
        if step_const.is_none() {
            let is_zero = self.b.build_int_compare(IntPredicate::EQ, step, zero, "")?;
            self.raise_if(
                is_zero,
                ExceptionKind::ValueError,
                "range() arg 3 must not be zero",
                &[],
            )?;
        }
        // n = (|stop - start| - 1) / |step| + 1 when the range is not empty, as
        // CPython counts: the difference and the step's magnitude are unsigned
        // 64-bit numbers (exact for any int64 bounds), so n is an unsigned
        // count up to 2**64 - 1.
        let b = &self.b;
        let positive = b.build_int_compare(IntPredicate::SGT, step, zero, "")?;
        let below = b.build_int_compare(IntPredicate::SLT, start, stop, "")?;
        let above = b.build_int_compare(IntPredicate::SGT, start, stop, "")?;
        let nonempty = b
            .build_select(positive, below, above, "nonempty")?
            .into_int_value();
        let up = b.build_int_sub(stop, start, "")?;
        let down = b.build_int_sub(start, stop, "")?;
        let span = b.build_select(positive, up, down, "span")?.into_int_value();
        let neg_step = b.build_int_neg(step, "")?;
        let mag = b
            .build_select(positive, step, neg_step, "mag")?
            .into_int_value();
        let span1 = b.build_int_sub(span, one, "")?;
        let q = b.build_int_unsigned_div(span1, mag, "")?;
        let n = b.build_int_add(q, one, "")?;
        Ok(b.build_select(nonempty, n, zero, "n")?.into_int_value())
    }

    /// `for k in 0..n { body(k) }`, with `continue`/`break` wired to it.
    /// `n` is unsigned (a trip count may exceed int64's maximum).
    pub fn counted_loop(
        &mut self,
        n: IntValue<'ctx>,
        body: impl FnMut(&mut Self, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        self.induction_loop(self.i64(0), IntPredicate::ULT, n, 1, body)
    }

    /// `for (i = init; i <pred> bound; i += step) body(i)`. The increment
    /// cannot wrap in the signedness of `pred` (`nsw` for a signed, `nuw` for
    /// an unsigned comparison): callers guarantee `i + step` stays within the
    /// range checked by the condition, which is what lets LLVM reason about
    /// derived indices.
    pub fn induction_loop(
        &mut self,
        init: IntValue<'ctx>,
        pred: IntPredicate,
        bound: IntValue<'ctx>,
        step: i64,
        body: impl FnMut(&mut Self, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        self.induction_loop_with(init, pred, bound, step, true, body)
    }

    /// [`Self::induction_loop`]; `vectorize: false` marks the loop for LLVM's
    /// vectoriser to leave alone (`llvm.loop.vectorize.enable` false).
    fn induction_loop_with(
        &mut self,
        init: IntValue<'ctx>,
        pred: IntPredicate,
        bound: IntValue<'ctx>,
        step: i64,
        vectorize: bool,
        mut body: impl FnMut(&mut Self, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        let counter = self.entry_alloca(self.ctx.i64_type().into(), "iv")?;
        self.b.build_store(counter, init)?;
        let head = self.new_block("for.cond");
        let body_bb = self.new_block("for.body");
        let latch = self.new_block("for.next");
        let end = self.new_block("for.end");
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let i = self
            .b
            .build_load(self.ctx.i64_type(), counter, "iv")?
            .into_int_value();
        let more = self.b.build_int_compare(pred, i, bound, "")?;
        self.b.build_conditional_branch(more, body_bb, end)?;
        self.b.position_at_end(body_bb);
        self.loops.push((latch, end, self.temps.len()));
        body(self, i)?;
        self.loops.pop();
        self.branch_if_open(latch)?;
        self.b.position_at_end(latch);
        let next = match pred {
            IntPredicate::ULT if step > 0 => {
                self.b.build_int_nuw_add(i, self.i64(step), "iv.next")?
            }
            IntPredicate::SLT | IntPredicate::SGT | IntPredicate::SLE | IntPredicate::SGE => {
                self.b.build_int_nsw_add(i, self.i64(step), "iv.next")?
            }
            _ => self.b.build_int_add(i, self.i64(step), "iv.next")?,
        };
        self.b.build_store(counter, next)?;
        let back = self.b.build_unconditional_branch(head)?;
        if !vectorize {
            self.no_vectorize(back);
        }
        self.b.position_at_end(end);
        Ok(())
    }

    /// Attaches loop metadata that turns LLVM's loop vectoriser off to the
    /// back edge `back`.
    fn no_vectorize(&self, back: inkwell::values::InstructionValue<'ctx>) {
        self.loop_hint(back, "llvm.loop.vectorize.enable", Some(false));
    }

    /// Attaches loop property `name` (with a boolean `value`, or none, as
    /// `llvm.loop.unroll.disable` has) to the back edge `back`: a
    /// self-referential `llvm.loop` node, as LLVM wants.
    pub(super) fn loop_hint(
        &self,
        back: inkwell::values::InstructionValue<'ctx>,
        name: &str,
        value: Option<bool>,
    ) {
        use llvm_sys::core::{
            LLVMConstInt, LLVMGetMDKindIDInContext, LLVMInt1TypeInContext, LLVMMDNodeInContext2,
            LLVMMDStringInContext2, LLVMMetadataAsValue, LLVMSetMetadata, LLVMValueAsMetadata,
        };
        use llvm_sys::debuginfo::{LLVMMetadataReplaceAllUsesWith, LLVMTemporaryMDNode};
        let kind = "llvm.loop";
        // SAFETY: metadata of this context, attached to an instruction of it;
        // the temporary node is replaced (and so freed) by the loop's own node.
        unsafe {
            let ctx = self.ctx.raw();
            let flag = LLVMMDStringInContext2(ctx, name.as_ptr().cast(), name.len());
            let mut property = vec![flag];
            if let Some(v) = value {
                let v = LLVMConstInt(LLVMInt1TypeInContext(ctx), u64::from(v), 0);
                property.push(LLVMValueAsMetadata(v));
            }
            let property = LLVMMDNodeInContext2(ctx, property.as_mut_ptr(), property.len());
            let temp = LLVMTemporaryMDNode(ctx, std::ptr::null_mut(), 0);
            let mut ops = [temp, property];
            let id = LLVMMDNodeInContext2(ctx, ops.as_mut_ptr(), 2);
            LLVMMetadataReplaceAllUsesWith(temp, id);
            let kind_id = LLVMGetMDKindIDInContext(ctx, kind.as_ptr().cast(), kind.len() as u32);
            let back = inkwell::values::AsValueRef::as_value_ref(&back);
            LLVMSetMetadata(back, kind_id, LLVMMetadataAsValue(ctx, id));
        }
    }
}
