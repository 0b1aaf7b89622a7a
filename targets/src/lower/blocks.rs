//! GPU kernels on the CPU: the back end of `penna_compiler::blockloop`.
//!
//! The kernel becomes `{i32, {}} kernel(BlockState *state, params..., u8
//! *noalias frame, u8 *noalias shared)`, run once per block, with the entry
//! wrapper `i32 block(void **args, u8 *frame, u8 *shared, BlockState *state)`
//! (`penna_compiler::abi::BlockFn`).
//!
//! Memory of a block, for `n` threads:
//! - `frame` holds the per-thread slots as one array per item (struct of
//!   arrays): item `k` with `size` bytes per thread at offset `n * offset_k`,
//!   thread `t`'s copy at `+ t * size`. Item 0 is the live flag of each thread
//!   (one byte), then an "assigned" flag per per-thread local that needs one,
//!   then the per-thread locals and the kernel's `local.array`s. Offsets are
//!   multiples of 16, and [`BlockLayout::frame_per_thread`] is their total.
//! - `shared` holds the static `shared.array`s ([`BlockLayout::shared`]
//!   bytes), then the dynamic shared memory of the launch.
//!
//! Both pointers are `noalias`: LLVM keeps per-thread values in registers
//! across stores to the kernel's arrays.
//!
//! A thread loop visits threads in linear order (x fastest) and skips retired
//! ones; inside it, [`FnLowering::locals`] points at the current thread's
//! slots. Device functions read the thread and block indices from the state.
//! Operations over all threads at once live in [`collectives`].

mod collectives;

use inkwell::basic_block::BasicBlock;
use inkwell::module::Linkage;
use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, AtomicOrdering, IntPredicate};
use penna_compiler::abi::{
    ExceptionKind, RACE_ACCESS_SYMBOL, RACE_SYNC_SYMBOL, STATUS_EXCEPTION, STATUS_OK,
};
use penna_compiler::blockloop::{Collective, WARP_SIZE};
use penna_compiler::gpu::{Barrier, GpuFn, Shuffle, SpecialReg, Vote};
use penna_compiler::ir::{Block, LocalId};
use penna_compiler::source::Span;
use penna_compiler::Scalar;

use super::{FnLowering, ModuleLowering};
use crate::error::{bug, CgResult};

/// The memory a block needs besides its arguments (see the module doc).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BlockLayout {
    /// Bytes of `frame` per thread of the block.
    pub frame_per_thread: u64,
    /// Bytes of static shared memory (dynamic shared memory follows). Also
    /// counted for GPU kernels, where it is checked against the limit.
    pub shared: u64,
}

/// The module global whose initializer, set once lowering is done, is the
/// static shared memory's size: where dynamic shared memory starts.
const STATIC_SHARED: &str = "penna.static_shared";

/// The kernel function's view of its block.
pub(crate) struct Emulation<'ctx> {
    frame: PointerValue<'ctx>,
    shared: PointerValue<'ctx>,
    /// Threads in the block (i64).
    threads: IntValue<'ctx>,
    /// `blockDim` (i32).
    dims: [IntValue<'ctx>; 3],
    /// Per local: the start of its per-thread slots and "assigned" flags.
    bases: Vec<Option<PointerValue<'ctx>>>,
    flag_bases: Vec<Option<PointerValue<'ctx>>>,
    /// `FnLowering::locals` and flags outside thread loops.
    outside: Vec<PointerValue<'ctx>>,
    outside_flags: Vec<Option<PointerValue<'ctx>>>,
}

/// The thread a thread loop's body runs for.
#[derive(Clone, Copy)]
pub(crate) struct Thread<'ctx> {
    /// Linear index in the block (i64).
    tid: IntValue<'ctx>,
    /// `threadIdx` (i32).
    idx: [IntValue<'ctx>; 3],
    /// Where a retiring thread continues: the next thread.
    next: BasicBlock<'ctx>,
}

impl<'ctx> ModuleLowering<'ctx, '_> {
    /// `{ExceptionRecord, [3 x i32] blockIdx, blockDim, gridDim, i32 thread,
    /// i64 dynamic_shared}`.
    fn block_state_type(&self, record: StructType<'ctx>) -> StructType<'ctx> {
        let dim3 = self.ctx.i32_type().array_type(3);
        self.ctx.struct_type(
            &[
                record.into(),
                dim3.into(),
                dim3.into(),
                dim3.into(),
                self.ctx.i32_type().into(),
                self.ctx.i64_type().into(),
            ],
            false,
        )
    }

    /// Reserves `bytes` per thread in the frame; returns the offset (per thread).
    fn frame_item(&self, bytes: u64) -> u64 {
        let offset = self.layout.get().frame_per_thread.next_multiple_of(16);
        let mut l = self.layout.get();
        l.frame_per_thread = offset + bytes.max(1);
        self.layout.set(l);
        offset
    }

    /// Reserves a static shared array of `count` items of `dtype`; returns its
    /// offset in the block's shared memory. GPU targets count their shared
    /// globals here too, for the static limit.
    pub fn shared_item(&self, count: i64, dtype: Scalar) -> u64 {
        let mut l = self.layout.get();
        let offset = l.shared.next_multiple_of(16);
        l.shared = offset + count as u64 * dtype.size() as u64;
        self.layout.set(l);
        offset
    }

    /// Sets the size of static shared memory where kernels read it.
    pub fn finish_blocks(&self) {
        if let Some(g) = self.module.get_global(STATIC_SHARED) {
            let size = self.layout.get().shared.next_multiple_of(16);
            g.set_initializer(&self.ctx.i64_type().const_int(size, false));
        }
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// Whether this function is the kernel of a block module.
    pub fn is_block_kernel(&self) -> bool {
        self.m.blocks && self.id == self.m.program.entry
    }

    fn state_field(&self, field: u32, axis: Option<u64>) -> CgResult<PointerValue<'ctx>> {
        let ty = self.m.block_state_type(self.exception_record_type());
        let p = self.b.build_struct_gep(ty, self.exc_ptr, field, "state")?;
        let Some(axis) = axis else { return Ok(p) };
        let dim3 = self.ctx.i32_type().array_type(3);
        Ok(unsafe {
            self.b
                .build_in_bounds_gep(dim3, p, &[self.i32(0), self.i32(axis as i64)], "")?
        })
    }

    fn load_i32(&self, p: PointerValue<'ctx>, name: &str) -> CgResult<IntValue<'ctx>> {
        Ok(self
            .b
            .build_load(self.ctx.i32_type(), p, name)?
            .into_int_value())
    }

    /// `blockIdx`, `blockDim`, `gridDim` from the state.
    fn state_index(&self, reg: SpecialReg, axis: u8) -> CgResult<IntValue<'ctx>> {
        let field = match reg {
            SpecialReg::BlockIdx => 1,
            SpecialReg::BlockDim => 2,
            SpecialReg::GridDim => 3,
            SpecialReg::ThreadIdx => return Err(bug("threadIdx is not in the state")),
        };
        self.load_i32(self.state_field(field, Some(axis as u64))?, "dim")
    }

    fn gep_i8(
        &self,
        base: PointerValue<'ctx>,
        offset: IntValue<'ctx>,
    ) -> CgResult<PointerValue<'ctx>> {
        Ok(unsafe {
            self.b
                .build_in_bounds_gep(self.ctx.i8_type(), base, &[offset], "")?
        })
    }

    /// The kernel's prologue, at the end of the entry block: the block's size,
    /// the per-thread slots of its locals, every thread live.
    pub fn setup_block(&mut self) -> CgResult<()> {
        let n = self.llfn.count_params();
        let param = |i: u32| {
            self.llfn
                .get_nth_param(i)
                .expect("declared with frame and shared")
                .into_pointer_value()
        };
        let (frame, shared) = (param(n - 2), param(n - 1));
        let i64t = self.ctx.i64_type();
        let mut dims = [self.i32(1); 3];
        let mut threads = self.i64(1);
        for (k, d) in dims.iter_mut().enumerate() {
            *d = self.state_index(SpecialReg::BlockDim, k as u8)?;
            let wide = self.b.build_int_z_extend(*d, i64t, "")?;
            threads = self.b.build_int_nuw_mul(threads, wide, "threads")?;
        }
        let data = inkwell::targets::TargetData::create(
            self.m
                .module
                .get_data_layout()
                .as_str()
                .to_str()
                .unwrap_or(""),
        );
        let alive = self.m.frame_item(1);
        debug_assert_eq!(alive, 0, "the live flags come first");
        let mut bases = vec![None; self.locals.len()];
        let mut flag_bases = vec![None; self.locals.len()];
        let per_thread: Vec<(usize, bool)> = self
            .f
            .locals
            .iter()
            .enumerate()
            .filter(|(_, (_, l))| l.per_thread)
            .map(|(i, _)| (i, self.assigned_flags[i].is_some()))
            .collect();
        let flagged = per_thread.iter().filter(|(_, f)| *f).count() as u64;
        if flagged > 0 {
            let start = self.m.frame_item(flagged);
            let mut k = 0;
            for &(i, has_flag) in &per_thread {
                if has_flag {
                    let offset =
                        self.b
                            .build_int_nuw_mul(threads, self.i64((start + k) as i64), "")?;
                    flag_bases[i] = Some(self.gep_i8(frame, offset)?);
                    k += 1;
                }
            }
            let start_ptr = self.gep_i8(frame, threads)?;
            let bytes = self
                .b
                .build_int_nuw_mul(threads, self.i64(flagged as i64), "")?;
            self.b
                .build_memset(start_ptr, 16, self.ctx.i8_type().const_zero(), bytes)?;
        }
        for &(i, _) in &per_thread {
            let ty = self.m.llvm_type(&self.f.locals[LocalId::from_index(i)].ty);
            let offset = self.m.frame_item(data.get_abi_size(&ty));
            let offset = self
                .b
                .build_int_nuw_mul(threads, self.i64(offset as i64), "")?;
            bases[i] = Some(self.gep_i8(frame, offset)?);
        }
        self.b
            .build_memset(frame, 16, self.ctx.i8_type().const_int(1, false), threads)?;
        // Outside thread loops a per-thread local names thread 0's slot (never
        // used: block-level code reads only block-level locals).
        for (i, b) in bases.iter().enumerate() {
            if let Some(b) = b {
                self.locals[i] = *b;
            }
        }
        self.emu = Some(Emulation {
            frame,
            shared,
            threads,
            dims,
            bases,
            flag_bases,
            outside: self.locals.clone(),
            outside_flags: self.assigned_flags.clone(),
        });
        Ok(())
    }

    fn emulation(&self) -> CgResult<&Emulation<'ctx>> {
        self.emu
            .as_ref()
            .ok_or_else(|| bug("block code outside a block kernel"))
    }

    fn alive_flag(&self, tid: IntValue<'ctx>) -> CgResult<PointerValue<'ctx>> {
        self.gep_i8(self.emulation()?.frame, tid)
    }

    /// `for tid in 0..threads: body(tid)` over every thread, live or not.
    fn each_thread(
        &mut self,
        mut body: impl FnMut(&mut Self, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        let threads = self.emulation()?.threads;
        self.counted_loop(threads, |this, tid| body(this, tid))
    }

    /// Runs `body` for every live thread of the block, x fastest.
    pub fn thread_loop(&mut self, body: &Block) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let i32t = self.ctx.i32_type();
        let (threads, dims) = {
            let e = self.emulation()?;
            (e.threads, e.dims)
        };
        let tid_slot = self.entry_alloca(i64t.into(), "tid")?;
        let idx_slots = [
            self.entry_alloca(i32t.into(), "tx")?,
            self.entry_alloca(i32t.into(), "ty")?,
            self.entry_alloca(i32t.into(), "tz")?,
        ];
        self.b.build_store(tid_slot, i64t.const_zero())?;
        for s in idx_slots {
            self.b.build_store(s, i32t.const_zero())?;
        }
        let head = self.new_block("thread");
        let live = self.new_block("thread.live");
        let next = self.new_block("thread.next");
        let end = self.new_block("threads.end");
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let tid = self.b.build_load(i64t, tid_slot, "tid")?.into_int_value();
        let idx = [
            self.load_i32(idx_slots[0], "tx")?,
            self.load_i32(idx_slots[1], "ty")?,
            self.load_i32(idx_slots[2], "tz")?,
        ];
        let more = self
            .b
            .build_int_compare(IntPredicate::ULT, tid, threads, "")?;
        let check = self.new_block("thread.check");
        self.b.build_conditional_branch(more, check, end)?;
        self.b.position_at_end(check);
        let flag = self
            .b
            .build_load(self.ctx.i8_type(), self.alive_flag(tid)?, "alive")?
            .into_int_value();
        let is_live = self.b.build_int_compare(
            IntPredicate::NE,
            flag,
            self.ctx.i8_type().const_zero(),
            "",
        )?;
        self.b.build_conditional_branch(is_live, live, next)?;

        self.b.position_at_end(live);
        let tid32 = self.b.build_int_truncate(tid, i32t, "")?;
        self.b.build_store(self.state_field(4, None)?, tid32)?;
        let (bases, flag_bases) = {
            let e = self.emulation()?;
            (e.bases.clone(), e.flag_bases.clone())
        };
        // The per-thread locals the body uses live in entry-block slots while
        // it runs (so mem2reg makes them registers), copied in from the frame
        // first and the assigned ones copied back at the end.
        let used = penna_compiler::blockloop::mentioned(self.f, body);
        let mut assigned = Vec::new();
        penna_compiler::blockloop::collect_assigned(body, &mut assigned);
        let mut write_back = Vec::new();
        for (i, base) in bases.iter().enumerate() {
            let id = LocalId::from_index(i);
            if let Some(base) = base.filter(|_| used.contains(&id)) {
                let ty = self.m.llvm_type(&self.f.locals[id].ty);
                let slot = unsafe { self.b.build_in_bounds_gep(ty, base, &[tid], "slot")? };
                let cache = self.entry_alloca(ty, "thread.local")?;
                let value = self.b.build_load(ty, slot, "")?;
                self.b.build_store(cache, value)?;
                self.locals[i] = cache;
                if assigned.contains(&id) {
                    write_back.push((ty, cache, slot));
                }
            }
            if let Some(base) = flag_bases[i] {
                self.assigned_flags[i] = Some(unsafe {
                    self.b
                        .build_in_bounds_gep(self.ctx.i8_type(), base, &[tid], "flag")?
                });
            }
        }
        self.thread = Some(Thread { tid, idx, next });
        self.block(body)?;
        self.thread = None;
        if self.current_block_open() {
            for (ty, cache, slot) in write_back {
                let value = self.b.build_load(ty, cache, "")?;
                self.b.build_store(slot, value)?;
            }
            self.b.build_unconditional_branch(next)?;
        }
        let (outside, outside_flags) = {
            let e = self.emulation()?;
            (e.outside.clone(), e.outside_flags.clone())
        };
        self.locals = outside;
        self.assigned_flags = outside_flags;

        // Next thread: x fastest, then y, then z.
        self.b.position_at_end(next);
        let one = i32t.const_int(1, false);
        let tid_next = self.b.build_int_nuw_add(tid, self.i64(1), "")?;
        self.b.build_store(tid_slot, tid_next)?;
        let mut carry = self.ctx.bool_type().const_int(1, false);
        for k in 0..3 {
            let bumped = self.b.build_int_add(idx[k], one, "")?;
            let bumped = self
                .b
                .build_select(carry, bumped, idx[k], "")?
                .into_int_value();
            let wraps = self
                .b
                .build_int_compare(IntPredicate::EQ, bumped, dims[k], "")?;
            let wraps = if k < 2 {
                self.b.build_and(wraps, carry, "")?
            } else {
                self.ctx.bool_type().const_zero()
            };
            let value = self.b.build_select(wraps, i32t.const_zero(), bumped, "")?;
            self.b.build_store(idx_slots[k], value)?;
            carry = wraps;
        }
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(end);
        Ok(())
    }

    /// `return` in a thread loop: the thread retires and the next one runs.
    /// Returns false outside thread loops (an ordinary return).
    pub fn retire_thread(&mut self) -> CgResult<bool> {
        let Some(t) = self.thread else {
            return Ok(false);
        };
        let flag = self.alive_flag(t.tid)?;
        self.b.build_store(flag, self.ctx.i8_type().const_zero())?;
        self.b.build_unconditional_branch(t.next)?;
        self.after_terminator();
        Ok(true)
    }

    fn slot_of(&self, local: LocalId, tid: IntValue<'ctx>) -> CgResult<PointerValue<'ctx>> {
        let base = self.emulation()?.bases[local.index()]
            .ok_or_else(|| bug("a collective's operand is not per-thread"))?;
        let ty = self.m.llvm_type(&self.f.locals[local].ty);
        Ok(unsafe { self.b.build_in_bounds_gep(ty, base, &[tid], "slot")? })
    }

    fn load_slot(&self, local: LocalId, tid: IntValue<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        let ty = self.m.llvm_type(&self.f.locals[local].ty);
        Ok(self.b.build_load(ty, self.slot_of(local, tid)?, "")?)
    }

    fn is_alive(&self, tid: IntValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let flag = self
            .b
            .build_load(self.ctx.i8_type(), self.alive_flag(tid)?, "alive")?
            .into_int_value();
        Ok(self
            .b
            .build_int_compare(IntPredicate::NE, flag, self.ctx.i8_type().const_zero(), "")?)
    }

    /// With race checking, reports an element access of the running thread
    /// (inside thread loops of the kernel) and raises what the runtime found.
    pub fn check_race(
        &self,
        ptr: PointerValue<'ctx>,
        dtype: Scalar,
        write: bool,
        span: Span,
    ) -> CgResult<()> {
        if !self.m.options.racecheck || self.thread.is_none() {
            return Ok(());
        }
        let (i32t, i64t) = (self.ctx.i32_type(), self.ctx.i64_type());
        let ptr_t = self.ctx.ptr_type(AddressSpace::default());
        let access = self.m.runtime_function(
            RACE_ACCESS_SYMBOL,
            i32t.fn_type(
                &[
                    ptr_t.into(),
                    ptr_t.into(),
                    i64t.into(),
                    i32t.into(),
                    i32t.into(),
                ],
                false,
            ),
        );
        let line = self.f.source.location(span.start).line;
        let args = [
            self.exc_ptr.into(),
            ptr.into(),
            self.i64(dtype.size() as i64).into(),
            self.i32(write as i64).into(),
            self.i32(line as i64).into(),
        ];
        let found = self
            .b
            .build_call(access, &args, "race")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("the race check returned void"))?
            .into_int_value();
        let raced = self
            .b
            .build_int_compare(IntPredicate::NE, found, i32t.const_zero(), "")?;
        let report = self.new_block("race");
        let on = self.new_block("race.none");
        self.b.build_conditional_branch(raced, report, on)?;
        self.b.position_at_end(report);
        // The runtime has filled the exception record.
        self.return_status(self.i32(STATUS_EXCEPTION as i64))?;
        self.b.position_at_end(on);
        Ok(())
    }

    /// The GPU kernel API where it differs on the CPU; `None` for operations
    /// lowered as on a GPU target (atomics, bit operations, `fma`, `cbrt`).
    pub fn emulated_gpu_call(&mut self, g: GpuFn) -> CgResult<Option<BasicValueEnum<'ctx>>> {
        let i32t = self.ctx.i32_type();
        let none = || self.ctx.struct_type(&[], false).const_zero().into();
        Ok(Some(match g {
            GpuFn::Index(reg, axis) => self.special_register(reg, axis.0)?.into(),
            GpuFn::LaneId => {
                let tid = self.thread_index()?;
                let lane = self.b.build_and(tid, self.i64(WARP_SIZE as i64 - 1), "")?;
                self.b.build_int_truncate(lane, i32t, "laneid")?.into()
            }
            GpuFn::WarpSize => self.i32(WARP_SIZE as i64).into(),
            GpuFn::Fence(_) => {
                self.b
                    .build_fence(AtomicOrdering::SequentiallyConsistent, false, "")?;
                none()
            }
            GpuFn::SharedArray { shape, dtype } => {
                let data = self.block_shared(shape.count(), dtype)?;
                if shape.count() == 0 {
                    let bytes = self.state_field(5, None)?;
                    let bytes = self
                        .b
                        .build_load(self.ctx.i64_type(), bytes, "dyn.bytes")?
                        .into_int_value();
                    self.dynamic_shared_array(data, bytes, dtype)?
                } else {
                    self.fixed_array(data, shape.as_slice(), dtype)?
                }
            }
            GpuFn::LocalArray { shape, dtype } if self.is_block_kernel() => {
                let bytes = shape.count() as u64 * dtype.size() as u64;
                let offset = self.m.frame_item(bytes);
                let (frame, threads) = {
                    let e = self.emulation()?;
                    (e.frame, e.threads)
                };
                let tid = self.thread_index()?;
                let start = self
                    .b
                    .build_int_nuw_mul(threads, self.i64(offset as i64), "")?;
                let mine = self.b.build_int_nuw_mul(tid, self.i64(bytes as i64), "")?;
                let at = self.b.build_int_nuw_add(start, mine, "")?;
                let data = self.gep_i8(frame, at)?;
                self.fixed_array(data, shape.as_slice(), dtype)?
            }
            GpuFn::Barrier(_)
            | GpuFn::SyncWarp
            | GpuFn::Shuffle(_)
            | GpuFn::Vote(_)
            | GpuFn::ActiveMask => {
                return Err(bug(format!(
                    "{} reached the back end of a block kernel",
                    g.name()
                )))
            }
            _ => return Ok(None),
        }))
    }

    /// The linear index of the running thread (i64): the thread loop's, or
    /// in a device function the state's.
    fn thread_index(&self) -> CgResult<IntValue<'ctx>> {
        if let Some(t) = self.thread {
            return Ok(t.tid);
        }
        let tid = self.load_i32(self.state_field(4, None)?, "tid")?;
        Ok(self.b.build_int_z_extend(tid, self.ctx.i64_type(), "")?)
    }

    /// `threadIdx`, `blockIdx`, `blockDim`, `gridDim` on the CPU (i32).
    pub fn emulated_register(&self, reg: SpecialReg, axis: u8) -> CgResult<IntValue<'ctx>> {
        if reg != SpecialReg::ThreadIdx {
            return self.state_index(reg, axis);
        }
        if let Some(t) = self.thread {
            return Ok(t.idx[axis as usize]);
        }
        // A device function: from the linear index and the block's shape.
        let mut rest = self.load_i32(self.state_field(4, None)?, "tid")?;
        for k in 0..axis {
            let d = self.state_index(SpecialReg::BlockDim, k)?;
            rest = self.b.build_int_unsigned_div(rest, d, "")?;
        }
        if axis == 2 {
            return Ok(rest);
        }
        let d = self.state_index(SpecialReg::BlockDim, axis)?;
        Ok(self.b.build_int_unsigned_rem(rest, d, "")?)
    }

    /// A static shared array of `count` elements (0: the dynamic shared
    /// memory), in the block's shared memory.
    fn block_shared(&self, count: i64, dtype: Scalar) -> CgResult<PointerValue<'ctx>> {
        let shared = self.emulation()?.shared;
        if count == 0 {
            let i64t = self.ctx.i64_type();
            let g = self.m.module.get_global(STATIC_SHARED).unwrap_or_else(|| {
                let g = self.m.module.add_global(i64t, None, STATIC_SHARED);
                g.set_linkage(Linkage::Private);
                g.set_constant(true);
                g.set_initializer(&i64t.const_zero());
                g
            });
            let offset = self
                .b
                .build_load(i64t, g.as_pointer_value(), "static.shared")?
                .into_int_value();
            return self.gep_i8(shared, offset);
        }
        let offset = self.m.shared_item(count, dtype);
        self.gep_i8(shared, self.i64(offset as i64))
    }
}

/// The block entry `i32 block(void **args, u8 *frame, u8 *shared, BlockState
/// *state)`: loads the arguments and runs the kernel for one block.
pub fn build_block_entry(m: &ModuleLowering<'_, '_>, name: &str) -> CgResult<()> {
    let kernel = m.functions[m.program.entry];
    let (mut w, params) = super::entry::wrapper(m, name, Some(m.ctx.i32_type()), 4);
    let (args, frame, shared, state) = (params[0], params[1], params[2], params[3]);
    w.exc_ptr = state;
    let entry = w.new_block("entry");
    w.b.position_at_end(entry);
    let mut values: Vec<BasicMetadataValueEnum> = vec![state.into()];
    values.extend(w.load_arguments(args)?);
    values.push(frame.into());
    values.push(shared.into());
    let (status, _) = w.call_internal(kernel, &values)?;
    w.b.build_return(Some(&status))?;
    w.remove_unused_alloca_block();
    Ok(())
}

/// The kernel's two extra parameters: its block's frame and shared memory.
pub fn block_params<'ctx>(m: &ModuleLowering<'ctx, '_>) -> [BasicTypeEnum<'ctx>; 2] {
    let ptr = m.ctx.ptr_type(AddressSpace::default()).into();
    [ptr, ptr]
}
