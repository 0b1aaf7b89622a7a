//! Operations over all threads of a block, run between two thread loops:
//! block-uniform values, barrier reductions (`syncthreads_count/and/or`),
//! warp shuffles and votes (lanes exchange values in lockstep).

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// An operation over all threads of the block (see [`Collective`]).
    pub fn collective(
        &mut self,
        op: Collective,
        args: &[LocalId],
        result: Option<LocalId>,
        span: Span,
    ) -> CgResult<()> {
        match op {
            Collective::Uniform => return self.uniform(args[0], result, span),
            Collective::Barrier(Barrier::Plain) | Collective::SyncWarp => {}
            Collective::Barrier(b) => self.barrier_reduce(b, args[0], result)?,
            Collective::Shuffle(kind) => self.warp_shuffle(kind, args, result)?,
            Collective::Vote(_) | Collective::ActiveMask => self.warp_vote(op, args, result)?,
        }
        if self.m.options.racecheck {
            let sync = self.m.runtime_function(
                RACE_SYNC_SYMBOL,
                self.ctx
                    .void_type()
                    .fn_type(&[self.ctx.i32_type().into()], false),
            );
            let scope = self.i32(op.orders_block() as i64);
            self.b.build_call(sync, &[scope.into()], "")?;
        }
        Ok(())
    }

    /// The value every live thread has in `each`; when none is live the block
    /// is over, and when two disagree the statement at `span` would deadlock.
    fn uniform(&mut self, each: LocalId, result: Option<LocalId>, span: Span) -> CgResult<()> {
        let ty = self.m.llvm_type(&self.f.locals[each].ty);
        let found = self.entry_alloca(self.ctx.bool_type().into(), "found")?;
        let value = self.entry_alloca(ty, "agreed")?;
        self.b
            .build_store(found, self.ctx.bool_type().const_zero())?;
        let line = self.f.source.location(span.start).line;
        let text = self
            .f
            .source
            .slice(span)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_owned();
        let message = format!(
            "the threads of a block disagree at line {line} (`{text}`), which contains a barrier or warp operation: on a GPU this deadlocks or is undefined"
        );
        self.each_thread(|this, tid| {
            let live = this.is_alive(tid)?;
            let visit = this.new_block("agree.live");
            let done = this.new_block("agree.next");
            this.b.build_conditional_branch(live, visit, done)?;
            this.b.position_at_end(visit);
            let v = this.load_slot(each, tid)?;
            let seen = this
                .b
                .build_load(this.ctx.bool_type(), found, "")?
                .into_int_value();
            let first = this.new_block("agree.first");
            let compare = this.new_block("agree.compare");
            this.b.build_conditional_branch(seen, compare, first)?;
            this.b.position_at_end(first);
            this.b.build_store(value, v)?;
            this.b
                .build_store(found, this.ctx.bool_type().const_int(1, false))?;
            this.b.build_unconditional_branch(done)?;
            this.b.position_at_end(compare);
            let agreed = this.b.build_load(ty, value, "")?;
            let differs = match (v, agreed) {
                (BasicValueEnum::IntValue(a), BasicValueEnum::IntValue(b)) => {
                    this.b.build_int_compare(IntPredicate::NE, a, b, "")?
                }
                _ => return Err(bug("a uniform value that is not an integer")),
            };
            let tid32 = this.b.build_int_truncate(tid, this.ctx.i32_type(), "")?;
            this.b.build_store(this.state_field(4, None)?, tid32)?;
            this.raise_if(differs, ExceptionKind::RuntimeError, &message, &[])?;
            this.b.build_unconditional_branch(done)?;
            this.b.position_at_end(done);
            Ok(())
        })?;
        let seen = self
            .b
            .build_load(self.ctx.bool_type(), found, "")?
            .into_int_value();
        let over = self.new_block("block.over");
        let on = self.new_block("block.on");
        self.b.build_conditional_branch(seen, on, over)?;
        self.b.position_at_end(over);
        self.exit_with(self.i32(STATUS_OK as i64))?;
        self.b.position_at_end(on);
        if let Some(r) = result {
            let v = self.b.build_load(ty, value, "agreed")?;
            self.assign_local(r.index(), v)?;
        }
        Ok(())
    }

    /// `syncthreads_count/_and/_or(p)` over the live threads.
    fn barrier_reduce(&mut self, b: Barrier, p: LocalId, result: Option<LocalId>) -> CgResult<()> {
        let i32t = self.ctx.i32_type();
        let counts = [
            self.entry_alloca(i32t.into(), "live")?,
            self.entry_alloca(i32t.into(), "true")?,
        ];
        for c in counts {
            self.b.build_store(c, i32t.const_zero())?;
        }
        self.each_thread(|this, tid| {
            let live = this.is_alive(tid)?;
            let v = this.load_slot(p, tid)?.into_int_value();
            let truth =
                this.b
                    .build_int_compare(IntPredicate::NE, v, v.get_type().const_zero(), "")?;
            let truth = this.b.build_and(truth, live, "")?;
            for (slot, add) in counts.iter().zip([live, truth]) {
                let old = this.load_i32(*slot, "")?;
                let add = this.b.build_int_z_extend(add, i32t, "")?;
                let new = this.b.build_int_add(old, add, "")?;
                this.b.build_store(*slot, new)?;
            }
            Ok(())
        })?;
        let Some(r) = result else { return Ok(()) };
        let live = self.load_i32(counts[0], "live")?;
        let count = self.load_i32(counts[1], "count")?;
        let v = match b {
            Barrier::Count => count,
            Barrier::And => {
                let all = self
                    .b
                    .build_int_compare(IntPredicate::EQ, count, live, "")?;
                self.b.build_int_z_extend(all, i32t, "")?
            }
            _ => {
                let any =
                    self.b
                        .build_int_compare(IntPredicate::NE, count, i32t.const_zero(), "")?;
                self.b.build_int_z_extend(any, i32t, "")?
            }
        };
        self.assign_local(r.index(), v.into())
    }

    /// `shfl_*_sync(mask, value, lane)`: each thread reads `value` of the lane
    /// it names in its warp, or its own where that lane is outside the warp
    /// (or the block).
    fn warp_shuffle(
        &mut self,
        kind: Shuffle,
        args: &[LocalId],
        result: Option<LocalId>,
    ) -> CgResult<()> {
        let (value, lane_arg) = (args[1], args[2]);
        let Some(r) = result else { return Ok(()) };
        let threads = self.emulation()?.threads;
        let i64t = self.ctx.i64_type();
        self.each_thread(|this, tid| {
            let b = &this.b;
            let width = this.i64(WARP_SIZE as i64);
            let lane = b.build_and(tid, this.i64(WARP_SIZE as i64 - 1), "lane")?;
            let warp = b.build_int_sub(tid, lane, "warp")?;
            let arg = this.load_slot(lane_arg, tid)?.into_int_value();
            let arg = b.build_int_z_extend_or_bit_cast(arg, i64t, "")?;
            // The source lane, as a signed offset into the warp.
            let src = match kind {
                Shuffle::Idx => b.build_and(arg, this.i64(WARP_SIZE as i64 - 1), "")?,
                Shuffle::Up => b.build_int_sub(lane, arg, "")?,
                Shuffle::Down => b.build_int_add(lane, arg, "")?,
                Shuffle::Xor => {
                    let m = b.build_and(arg, this.i64(WARP_SIZE as i64 - 1), "")?;
                    b.build_xor(lane, m, "")?
                }
            };
            let in_warp = b.build_int_compare(IntPredicate::ULT, src, width, "")?;
            let from = b.build_int_add(warp, src, "")?;
            let in_block = b.build_int_compare(IntPredicate::ULT, from, threads, "")?;
            let ok = b.build_and(in_warp, in_block, "")?;
            let from = b.build_select(ok, from, tid, "from")?.into_int_value();
            let v = this.load_slot(value, from)?;
            this.b.build_store(this.slot_of(r, tid)?, v)?;
            Ok(())
        })
    }

    /// Votes and `activemask()`: per warp, the lanes live and the lanes whose
    /// predicate holds, then each thread's answer under its mask.
    fn warp_vote(
        &mut self,
        op: Collective,
        args: &[LocalId],
        result: Option<LocalId>,
    ) -> CgResult<()> {
        let i32t = self.ctx.i32_type();
        let warps = penna_compiler::blockloop::MAX_BLOCK_THREADS / WARP_SIZE;
        let table = i32t.array_type(warps);
        let active = self.entry_alloca(table.into(), "active")?;
        let ballot = self.entry_alloca(table.into(), "ballot")?;
        for t in [active, ballot] {
            self.b.build_store(t, table.const_zero())?;
        }
        let entry = |this: &Self, t: PointerValue<'ctx>, tid: IntValue<'ctx>| {
            let w = this.b.build_right_shift(tid, this.i64(5), false, "warp")?;
            Ok::<_, crate::error::CodegenError>(unsafe {
                this.b
                    .build_in_bounds_gep(table, t, &[this.i64(0), w], "")?
            })
        };
        let bit = |this: &Self, tid: IntValue<'ctx>| -> CgResult<IntValue<'ctx>> {
            let lane = this.b.build_and(tid, this.i64(WARP_SIZE as i64 - 1), "")?;
            let lane = this.b.build_int_truncate(lane, i32t, "")?;
            Ok(this
                .b
                .build_left_shift(i32t.const_int(1, false), lane, "bit")?)
        };
        let pred = match op {
            Collective::Vote(_) => Some(args[1]),
            _ => None,
        };
        self.each_thread(|this, tid| {
            let live = this.is_alive(tid)?;
            let bit = bit(this, tid)?;
            let zero = i32t.const_zero();
            let live_bit = this.b.build_select(live, bit, zero, "")?.into_int_value();
            // The thread's warp's entry of `table` |= bits.
            let or_into = |table, bits| -> CgResult<()> {
                let slot = entry(this, table, tid)?;
                let old = this.load_i32(slot, "")?;
                this.b.build_store(slot, this.b.build_or(old, bits, "")?)?;
                Ok(())
            };
            or_into(active, live_bit)?;
            if let Some(p) = pred {
                let v = this.load_slot(p, tid)?.into_int_value();
                let truth =
                    this.b
                        .build_int_compare(IntPredicate::NE, v, v.get_type().const_zero(), "")?;
                let set = this
                    .b
                    .build_select(truth, live_bit, zero, "")?
                    .into_int_value();
                or_into(ballot, set)?;
            }
            Ok(())
        })?;
        let Some(r) = result else { return Ok(()) };
        let rty = self.m.llvm_type(&self.f.locals[r].ty);
        self.each_thread(|this, tid| {
            let live = this.load_i32(entry(this, active, tid)?, "active")?;
            let v: IntValue<'ctx> = match op {
                Collective::ActiveMask => live,
                Collective::Vote(v) => {
                    let mask = this.load_slot(args[0], tid)?.into_int_value();
                    let mask = this.b.build_int_cast(mask, i32t, "")?;
                    let lanes = this.b.build_and(live, mask, "")?;
                    let votes = this.load_i32(entry(this, ballot, tid)?, "ballot")?;
                    let votes = this.b.build_and(votes, lanes, "")?;
                    match v {
                        Vote::Ballot => votes,
                        Vote::All => {
                            this.b
                                .build_int_compare(IntPredicate::EQ, votes, lanes, "")?
                        }
                        Vote::Any => this.b.build_int_compare(
                            IntPredicate::NE,
                            votes,
                            i32t.const_zero(),
                            "",
                        )?,
                    }
                }
                _ => return Err(bug("not a vote")),
            };
            let v = this.b.build_int_cast(v, rty.into_int_type(), "")?;
            this.b.build_store(this.slot_of(r, tid)?, v)?;
            Ok(())
        })?;
        Ok(())
    }
}
