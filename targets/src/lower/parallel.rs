//! Parallel loops and regions: outlined bodies and calls into the thread pool
//! (the ABI is documented in `penna_compiler::abi`).
//!
//! A parallel construct becomes
//! - a *body* function in the same module, lowered from the same IR function
//!   (same locals, its own slots): it copies the captured values out of the
//!   context, points shared locals at the parent's slots, starts each reduction
//!   from this member's slot of identities, runs iterations `[lo, hi)` (or the
//!   region's body once), and stores the reductions back into the slot;
//! - in the parent: the context struct (`{start, step, fields...}` on the
//!   stack), one slot of identities per team member (a stack allocation freed
//!   right after), the runtime call, exception propagation, and the in-order
//!   combination of the slots into the reduction variables.

use inkwell::module::Linkage;
use inkwell::types::{BasicType, BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::abi::{self, Schedule};
use penna_compiler::builtins::OmpFn;
use penna_compiler::ir::{
    BinaryOp, Block, CmpOp, ExprId, LocalId, NumThreads, Parallel, ReduceOp, Reduction,
};
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};

/// Where a local lives in the context struct.
enum Field {
    /// Its value (and its "assigned" flag, if it has one).
    Copied(LocalId, u32, Option<u32>),
    /// A pointer to the parent's slot (and flag).
    ByRef(LocalId, u32, Option<u32>),
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub(super) fn parallel_loop(
        &mut self,
        p: &Parallel,
        var: LocalId,
        (start, stop, step): (ExprId, ExprId, ExprId),
        body: &Block,
    ) -> CgResult<()> {
        let start_v = self.expr(start)?.into_int_value();
        let stop_v = self.expr(stop)?.into_int_value();
        let step_const = self.f.const_int(step);
        let step_v = self.expr(step)?.into_int_value();
        let n = self.trip_count(start_v, stop_v, step_v, step_const)?;
        self.run_parallel(p, Some(var), n, start_v, step_v, body)
    }

    pub(super) fn region(&mut self, p: &Parallel, body: &Block) -> CgResult<()> {
        // A region is `team` iterations, one per member (Schedule::Team).
        let zero = self.i64(0);
        self.run_parallel(p, None, zero, zero, zero, body)
    }

    pub(super) fn critical(&mut self, body: &Block) -> CgResult<()> {
        self.call_runtime(abi::CRITICAL_ENTER_SYMBOL, &[], None)?;
        let outer = std::mem::replace(&mut self.in_critical, true);
        self.block(body)?;
        self.in_critical = outer;
        if self.current_block_open() {
            self.call_runtime(abi::CRITICAL_EXIT_SYMBOL, &[], None)?;
        }
        Ok(())
    }

    /// Releases the critical section before a `return` (normal or exception).
    pub(super) fn leave_critical(&self) -> CgResult<()> {
        if self.in_critical {
            self.call_runtime(abi::CRITICAL_EXIT_SYMBOL, &[], None)?;
        }
        Ok(())
    }

    pub(super) fn barrier(&self) -> CgResult<()> {
        self.call_runtime(abi::BARRIER_SYMBOL, &[], None)?;
        Ok(())
    }

    pub(super) fn omp_function(&self, f: OmpFn) -> CgResult<BasicValueEnum<'ctx>> {
        let (symbol, ret): (_, BasicTypeEnum) = match f {
            OmpFn::ThreadNum => (abi::THREAD_NUM_SYMBOL, self.ctx.i64_type().into()),
            OmpFn::NumThreads => (abi::NUM_THREADS_SYMBOL, self.ctx.i64_type().into()),
            OmpFn::Wtime => (abi::WTIME_SYMBOL, self.ctx.f64_type().into()),
        };
        self.call_runtime(symbol, &[], Some(ret))?
            .ok_or_else(|| bug("runtime function returned void"))
    }

    fn run_parallel(
        &mut self,
        p: &Parallel,
        var: Option<LocalId>,
        n: IntValue<'ctx>,
        start: IntValue<'ctx>,
        step: IntValue<'ctx>,
        body: &Block,
    ) -> CgResult<()> {
        let (ctx_type, fields) = self.context_layout(p);
        let partial_type = self.partial_type(&p.reductions);
        let constant = |v: IntValue<'ctx>| v.is_const().then_some(v);
        let bounds = (constant(start), constant(step));
        let body_fn = self.outline(p, var, body, bounds, ctx_type, &fields, partial_type)?;

        // The context.
        let ctx_ptr = self.entry_alloca(ctx_type.into(), "par.ctx")?;
        let field_ptr = |this: &Self, i: u32| this.b.build_struct_gep(ctx_type, ctx_ptr, i, "");
        self.b.build_store(field_ptr(self, 0)?, start)?;
        self.b.build_store(field_ptr(self, 1)?, step)?;
        for field in &fields {
            match *field {
                Field::Copied(l, value, flag) => {
                    let ty = self.m.llvm_type(&self.f.locals[l].ty);
                    let v = self.b.build_load(ty, self.locals[l.index()], "")?;
                    self.b.build_store(field_ptr(self, value)?, v)?;
                    if let (Some(i), Some(slot)) = (flag, self.assigned_flags[l.index()]) {
                        let set = self.b.build_load(self.ctx.bool_type(), slot, "")?;
                        self.b.build_store(field_ptr(self, i)?, set)?;
                    }
                }
                Field::ByRef(l, value, flag) => {
                    self.b
                        .build_store(field_ptr(self, value)?, self.locals[l.index()])?;
                    if let (Some(i), Some(slot)) = (flag, self.assigned_flags[l.index()]) {
                        self.b.build_store(field_ptr(self, i)?, slot)?;
                    }
                }
            }
        }

        // The team and its reduction slots.
        let requested = match p.num_threads {
            NumThreads::Default => self.i64(0),
            NumThreads::Const(c) => self.i64(c as i64),
            NumThreads::Local(l) => {
                let v = self.load_local(l.index())?;
                self.convert(v, &self.f.locals[l].ty, &Type::I64)?
                    .into_int_value()
            }
        };
        let i64t = self.ctx.i64_type();
        let team = self
            .call_runtime(
                abi::TEAM_SIZE_SYMBOL,
                &[requested.into()],
                Some(i64t.into()),
            )?
            .ok_or_else(|| bug("team_size returned void"))?
            .into_int_value();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let saved = self.stack_intrinsic("llvm.stacksave", &[])?;
        let (partials, partial_size) = match partial_type {
            None => (ptr.const_null(), self.i64(0)),
            Some(t) => {
                let slots = self.b.build_array_alloca(t, team, "par.partials")?;
                let identity = self.identities(&p.reductions, t)?;
                self.counted_loop(team, |this, k| {
                    let slot = unsafe { this.b.build_in_bounds_gep(t, slots, &[k], "")? };
                    this.b.build_store(slot, identity)?;
                    Ok(())
                })?;
                let size = t.size_of().ok_or_else(|| bug("unsized reduction slot"))?;
                (slots, size)
            }
        };

        let (schedule, chunk) = match var {
            Some(_) => p.schedule.code(),
            None => Schedule::Team.code(),
        };
        let n = if var.is_some() { n } else { team };
        self.call_parallel_for(
            body_fn,
            ctx_ptr,
            n,
            (partials, partial_size),
            team,
            (schedule, chunk),
            saved,
        )?;

        // Combine the members' slots in order.
        if let Some(t) = partial_type {
            self.counted_loop(team, |this, k| {
                let slot = unsafe { this.b.build_in_bounds_gep(t, partials, &[k], "")? };
                for (j, r) in p.reductions.iter().enumerate() {
                    let ty = this.f.locals[r.local].ty.clone();
                    let field = this.b.build_struct_gep(t, slot, j as u32, "")?;
                    let part = this.b.build_load(this.m.llvm_type(&ty), field, "part")?;
                    let acc = this.load_local(r.local.index())?;
                    let v = this.combine(r.op, &ty, acc, part)?;
                    this.assign_local(r.local.index(), v)?;
                }
                Ok(())
            })?;
        }
        self.stack_intrinsic("llvm.stackrestore", &[saved])?;
        Ok(())
    }

    /// `penna_rt_parallel_for(body, ctx, n, slots, slot size, team,
    /// schedule, chunk, exc)`; a member's exception frees the stack from
    /// `saved` on and returns its status from this function.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_parallel_for(
        &self,
        body: FunctionValue<'ctx>,
        ctx_ptr: PointerValue<'ctx>,
        n: IntValue<'ctx>,
        (slots, slot_size): (PointerValue<'ctx>, IntValue<'ctx>),
        team: IntValue<'ctx>,
        (schedule, chunk): (i32, i64),
        saved: PointerValue<'ctx>,
    ) -> CgResult<()> {
        let args: [BasicValueEnum; 9] = [
            body.as_global_value().as_pointer_value().into(),
            ctx_ptr.into(),
            n.into(),
            slots.into(),
            slot_size.into(),
            team.into(),
            self.i32(schedule as i64).into(),
            self.i64(chunk).into(),
            self.exc_ptr.into(),
        ];
        let status = self
            .call_runtime(
                abi::PARALLEL_FOR_SYMBOL,
                &args,
                Some(self.ctx.i32_type().into()),
            )?
            .ok_or_else(|| bug("parallel_for returned void"))?
            .into_int_value();
        let failed = self
            .b
            .build_int_compare(IntPredicate::NE, status, self.i32(0), "")?;
        let raise = self.new_block("par.raised");
        let done = self.new_block("par.done");
        self.b
            .build_conditional_branch(self.unlikely(failed)?, raise, done)?;
        self.b.position_at_end(raise);
        self.stack_intrinsic("llvm.stackrestore", &[saved])?;
        self.return_status(status)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// `{i64 start, i64 step, fields...}` and where each local lives in it.
    fn context_layout(&self, p: &Parallel) -> (StructType<'ctx>, Vec<Field>) {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut types: Vec<BasicTypeEnum> = vec![i64t.into(), i64t.into()];
        let mut fields = Vec::new();
        let checked = |l: LocalId| self.assigned_flags[l.index()].is_some();
        for &l in &p.sharing.copied {
            let value = types.len() as u32;
            types.push(self.m.llvm_type(&self.f.locals[l].ty));
            let flag = checked(l).then(|| {
                types.push(self.ctx.bool_type().into());
                value + 1
            });
            fields.push(Field::Copied(l, value, flag));
        }
        for &l in &p.sharing.by_ref {
            let value = types.len() as u32;
            types.push(ptr.into());
            let flag = checked(l).then(|| {
                types.push(ptr.into());
                value + 1
            });
            fields.push(Field::ByRef(l, value, flag));
        }
        (self.ctx.struct_type(&types, false), fields)
    }

    fn partial_type(&self, reductions: &[Reduction]) -> Option<StructType<'ctx>> {
        if reductions.is_empty() {
            return None;
        }
        let types: Vec<BasicTypeEnum> = reductions
            .iter()
            .map(|r| self.m.llvm_type(&self.f.locals[r.local].ty))
            .collect();
        Some(self.ctx.struct_type(&types, false))
    }

    /// `i32 body(ptr ctx, i64 lo, i64 hi, ptr partial, ptr exc)`; the loop's
    /// start and step are read from the context unless they are constants.
    #[allow(clippy::too_many_arguments)]
    fn outline(
        &self,
        p: &Parallel,
        var: Option<LocalId>,
        body: &Block,
        (start_const, step_const): (Option<IntValue<'ctx>>, Option<IntValue<'ctx>>),
        ctx_type: StructType<'ctx>,
        fields: &[Field],
        partial_type: Option<StructType<'ctx>>,
    ) -> CgResult<FunctionValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let fn_type = self.ctx.i32_type().fn_type(
            &[ptr.into(), i64t.into(), i64t.into(), ptr.into(), ptr.into()],
            false,
        );
        let k = self.m.outlined.get();
        self.m.outlined.set(k + 1);
        let name = format!("{}.parallel.{k}", self.f.symbol);
        let llfn = self
            .m
            .module
            .add_function(&name, fn_type, Some(Linkage::Internal));
        self.m.set_attributes(llfn);
        let param = |i: u32| llfn.get_nth_param(i).expect("declared");
        let ctx_ptr = param(0).into_pointer_value();
        let (lo, hi) = (param(1).into_int_value(), param(2).into_int_value());
        let partial = param(3).into_pointer_value();

        let mut w = FnLowering::new(self.m, self.f, llfn);
        w.id = self.id;
        w.exc_ptr = param(4).into_pointer_value();
        w.status_only = true;
        w.allocate_locals()?;
        let start_bb = w.new_block("body");
        w.b.build_unconditional_branch(start_bb)?;
        w.b.position_at_end(start_bb);

        let field = |w: &FnLowering<'_, 'ctx, '_>, i: u32, ty: BasicTypeEnum<'ctx>| {
            let at = w.b.build_struct_gep(ctx_type, ctx_ptr, i, "")?;
            w.b.build_load(ty, at, "")
        };
        // A constant start or step is the parent's constant: `for i in
        // prange(n)` indexes with `lo..hi` itself.
        let start = match start_const {
            Some(c) => c,
            None => field(&w, 0, i64t.into())?.into_int_value(),
        };
        let step = match step_const {
            Some(c) => c,
            None => field(&w, 1, i64t.into())?.into_int_value(),
        };
        // The runtime's promise (`abi::ParallelBody`): 0 <= lo. With a start
        // and step that are not negative, LLVM then drops the wrap-around
        // fix-up of `x[i]` as it does in the serial loop.
        let nonneg =
            w.b.build_int_compare(IntPredicate::SGE, lo, w.i64(0), "lo.nonneg")?;
        w.assume(nonneg)?;
        for f in fields {
            match *f {
                Field::Copied(l, value, flag) => {
                    let v = field(&w, value, w.m.llvm_type(&w.f.locals[l].ty))?;
                    w.b.build_store(w.locals[l.index()], v)?;
                    // The body's copy owns a reference of its own.
                    w.retain(&w.f.locals[l].ty, v)?;
                    if let (Some(i), Some(slot)) = (flag, w.assigned_flags[l.index()]) {
                        let set = field(&w, i, w.ctx.bool_type().into())?;
                        w.b.build_store(slot, set)?;
                    }
                }
                Field::ByRef(l, value, flag) => {
                    // The parent owns what its slot holds.
                    w.owned_locals.retain(|&i| i != l.index());
                    w.locals[l.index()] = field(&w, value, ptr.into())?.into_pointer_value();
                    if let Some(i) = flag {
                        w.assigned_flags[l.index()] =
                            Some(field(&w, i, ptr.into())?.into_pointer_value());
                    }
                }
            }
        }
        if let Some(t) = partial_type {
            for (j, r) in p.reductions.iter().enumerate() {
                let at = w.b.build_struct_gep(t, partial, j as u32, "")?;
                let v =
                    w.b.build_load(w.m.llvm_type(&w.f.locals[r.local].ty), at, "")?;
                w.assign_local(r.local.index(), v)?;
            }
        }
        match var {
            Some(var) => w.induction_loop(lo, IntPredicate::SLT, hi, 1, |this, k| {
                // Wrapping: `k * step` may wrap where `start + k * step` does not.
                let offset = this.b.build_int_mul(k, step, "off")?;
                let i = this.b.build_int_add(start, offset, "i")?;
                this.assign_local(var.index(), i.into())?;
                this.block(body)
            })?,
            None => w.block(body)?,
        }
        if w.current_block_open() {
            if let Some(t) = partial_type {
                for (j, r) in p.reductions.iter().enumerate() {
                    let at = w.b.build_struct_gep(t, partial, j as u32, "")?;
                    let ty = w.m.llvm_type(&w.f.locals[r.local].ty);
                    let v = w.b.build_load(ty, w.locals[r.local.index()], "")?;
                    // Volatile: adjacent stores are where LLVM's SLP vectoriser
                    // starts, and from them it packs `lo = min(lo, x)` and
                    // `hi = max(hi, x)` into one vector chain of blend, compare
                    // and masked move, 1.5x the latency of `minsd`/`maxsd` in
                    // the loop. One store per chunk costs nothing either way.
                    w.b.build_store(at, v)?
                        .set_volatile(true)
                        .map_err(|e| bug(format!("volatile store: {e}")))?;
                }
            }
            w.release_all()?;
            w.b.build_return(Some(&w.i32(0)))?;
        }
        Ok(llfn)
    }

    /// A slot of identities: each member's reductions start from these.
    fn identities(
        &self,
        reductions: &[Reduction],
        t: StructType<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut v = t.get_undef();
        for (j, r) in reductions.iter().enumerate() {
            let ty = &self.f.locals[r.local].ty;
            let id = self.identity(r.op, ty)?;
            v = self
                .b
                .build_insert_value(v, id, j as u32, "")?
                .into_struct_value();
        }
        Ok(v.into())
    }

    fn identity(&self, op: ReduceOp, ty: &Type) -> CgResult<BasicValueEnum<'ctx>> {
        let s = ty
            .scalar()
            .ok_or_else(|| bug("reduction of a non-scalar"))?;
        let llty = self.m.llvm_type(ty);
        Ok(match op {
            ReduceOp::Add | ReduceOp::Sub | ReduceOp::BitOr | ReduceOp::BitXor => self.zero_of(ty),
            ReduceOp::Mul => {
                let one = self.literal(penna_compiler::Const::Int(1), &Type::I64);
                self.convert(one, &Type::I64, ty)?
            }
            ReduceOp::BitAnd => llty.into_int_type().const_all_ones().into(),
            ReduceOp::Min | ReduceOp::Max => {
                let min = op == ReduceOp::Min;
                if s.is_float() {
                    let inf = if min {
                        f64::INFINITY
                    } else {
                        f64::NEG_INFINITY
                    };
                    llty.into_float_type().const_float(inf).into()
                } else {
                    let it = llty.into_int_type();
                    let bits = it.get_bit_width();
                    let extreme: u64 = match (min, s.is_signed()) {
                        // min starts at the largest value, max at the smallest.
                        (true, true) => u64::MAX >> (65 - bits),
                        (true, false) => u64::MAX >> (64 - bits),
                        (false, true) => 1u64 << (bits - 1),
                        (false, false) => 0,
                    };
                    let extreme = if s == Scalar::Bool {
                        min as u64
                    } else {
                        extreme
                    };
                    it.const_int(extreme, false).into()
                }
            }
        })
    }

    /// `acc op part` with Python's semantics (`min`/`max` keep the first
    /// extreme value, as the serial loop would).
    fn combine(
        &self,
        op: ReduceOp,
        ty: &Type,
        acc: BasicValueEnum<'ctx>,
        part: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let s = ty
            .scalar()
            .ok_or_else(|| bug("reduction of a non-scalar"))?;
        let binary = match op {
            ReduceOp::Add | ReduceOp::Sub => BinaryOp::Add,
            ReduceOp::Mul => BinaryOp::Mul,
            ReduceOp::BitAnd => BinaryOp::BitAnd,
            ReduceOp::BitOr => BinaryOp::BitOr,
            ReduceOp::BitXor => BinaryOp::BitXor,
            ReduceOp::Min | ReduceOp::Max => {
                let cmp = if op == ReduceOp::Min {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                let better = self.compare(cmp, s, part, acc)?;
                return Ok(self.b.build_select(better, part, acc, "")?);
            }
        };
        self.binary(binary, s, acc, part)
    }

    /// Calls a runtime function, declaring it from the arguments' types (and
    /// `ret`, or void) on first use.
    fn call_runtime(
        &self,
        symbol: &str,
        args: &[BasicValueEnum<'ctx>],
        ret: Option<BasicTypeEnum<'ctx>>,
    ) -> CgResult<Option<BasicValueEnum<'ctx>>> {
        let params: Vec<_> = args.iter().map(|a| a.get_type().into()).collect();
        let fn_type = match ret {
            Some(t) => t.fn_type(&params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let f = self.m.runtime_function(symbol, fn_type);
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        Ok(self
            .b
            .build_call(f, &args, "")?
            .try_as_basic_value()
            .basic())
    }

    /// `llvm.assume(cond)`: tells LLVM's analyses what the ABI guarantees.
    fn assume(&self, cond: IntValue<'ctx>) -> CgResult<()> {
        let decl = inkwell::intrinsics::Intrinsic::find("llvm.assume")
            .and_then(|i| i.get_declaration(&self.m.module, &[]))
            .ok_or_else(|| bug("no llvm.assume"))?;
        self.b.build_call(decl, &[cond.into()], "")?;
        Ok(())
    }

    /// `llvm.stacksave` / `llvm.stackrestore`: frees the reduction slots right
    /// after the region, also when it sits in a loop.
    pub(super) fn stack_intrinsic(
        &self,
        name: &str,
        args: &[PointerValue<'ctx>],
    ) -> CgResult<PointerValue<'ctx>> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let decl = inkwell::intrinsics::Intrinsic::find(name)
            .and_then(|i| i.get_declaration(&self.m.module, &[ptr.into()]))
            .ok_or_else(|| bug(format!("no {name}")))?;
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let result = self.b.build_call(decl, &args, "")?;
        Ok(result
            .try_as_basic_value()
            .basic()
            .map_or(ptr.const_null(), |v| v.into_pointer_value()))
    }
}
