//! Reference counting of owned arrays (see `penna_compiler::abi::MemInfo`).
//!
//! The rule that keeps this simple: **every value an expression produces is
//! borrowed**. A fresh reference (an array this function allocates, an array a
//! callee returns) is recorded as a *temporary* of the statement being lowered
//! the moment it exists, and released when the statement ends; whatever
//! stores a value (an assignment to a local, `return`, a parallel body's
//! copy of a captured local) takes a reference of its own. So:
//!
//! - a local holding arrays owns one reference per array; its slot starts
//!   zeroed (null meminfo), an assignment retains the new value before it
//!   releases the old one, and every exit of the function releases all locals;
//! - a temporary lives in its own zeroed slot, so releasing it on a path where
//!   it was never created releases null, which does nothing; a loop's
//!   condition releases its temporaries every iteration, `break`/`continue`
//!   release those of the statements they leave;
//! - every exit (return, raise, an exception propagated from a callee)
//!   releases all pending temporaries and owned locals, so nothing leaks
//!   when an exception crosses a frame.
//!
//! Arrays passed in from Python have a null meminfo: retaining and releasing
//! them costs one predictable branch and no atomic operation.
//!
//! Every retain and release of one meminfo is a call of `penna.incref` /
//! `penna.decref` (one definition per module, [`RefOp`]); after LLVM's
//! optimisation `crate::refprune` removes the pairs that cancel and inlines
//! the rest.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, FunctionValue, PointerValue};
use inkwell::{AtomicOrdering, AtomicRMWBinOp, IntPredicate};
use penna_compiler::abi;
use penna_compiler::Type;

use super::{FnLowering, ModuleLowering};
use crate::error::CgResult;

/// Whether values of type `t` hold references to owned arrays or containers.
pub fn has_arrays(t: &Type) -> bool {
    match t {
        Type::Array(_)
        | Type::RecordArray(_)
        | Type::List { .. }
        | Type::Dict(..)
        | Type::Set(_)
        | Type::Str
        | Type::Class(_)
        | Type::GeneratorOf(_) => true,
        Type::Tuple(items) => items.iter().any(has_arrays),
        // `(value, present)`; a `None` holds null references.
        Type::Optional(_) => has_arrays(&t.layout()),
        _ => false,
    }
}

/// The locals that only ever hold a parameter: assigned once, from the
/// argument. The caller keeps every argument alive for the call (a local of
/// its own, or a reference it takes for the call: see
/// [`FnLowering::keep_argument`]), so these locals hold no reference of their
/// own: no atomic operations at entry and exit of a call.
pub fn borrowed_params(f: &penna_compiler::ir::Function) -> Vec<bool> {
    use penna_compiler::ir::{Expr, Statement, Stmt};
    let n = f.locals.len();
    let mut assigned = vec![0u32; n];
    let mut from_param = vec![false; n];
    fn walk(
        f: &penna_compiler::ir::Function,
        b: &[Statement],
        assigned: &mut [u32],
        from_param: &mut [bool],
    ) {
        for s in b {
            match &s.kind {
                Stmt::Assign { local, value } => {
                    assigned[local.index()] += 1;
                    let v = match &f.exprs[*value] {
                        Expr::Cast(inner) => *inner,
                        _ => *value,
                    };
                    from_param[local.index()] = matches!(f.exprs[v], Expr::Param(_));
                }
                Stmt::ForRange { var, .. } => assigned[var.index()] += 2,
                Stmt::Try { handlers, .. } => {
                    for n in handlers.iter().filter_map(|h| h.name) {
                        assigned[n.index()] += 2;
                    }
                }
                Stmt::Collective {
                    result: Some(r), ..
                } => assigned[r.index()] += 2,
                Stmt::ObjMode { outputs, .. } => {
                    for (l, _) in outputs {
                        assigned[l.index()] += 2;
                    }
                }
                _ => {}
            }
            s.kind
                .visit_blocks(|inner| walk(f, inner, assigned, from_param));
        }
    }
    walk(f, &f.body, &mut assigned, &mut from_param);
    (0..n)
        .map(|i| {
            assigned[i] == 1
                && from_param[i]
                && has_arrays(&f.locals[penna_compiler::ir::LocalId::from_index(i)].ty)
        })
        .collect()
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// An argument of a call of a jitted function that the caller must keep
    /// alive for the call: a value read out of an object, a container or a
    /// tuple gets a reference of the statement's (a local or a parameter is
    /// alive already).
    pub fn keep_argument(
        &mut self,
        e: penna_compiler::ir::ExprId,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        use penna_compiler::ir::Expr;
        let t = self.f.ty(e).clone();
        if !has_arrays(&t) || matches!(self.f.exprs[e], Expr::Local(_) | Expr::Param(_)) {
            return Ok(());
        }
        self.retain(&t, v)?;
        self.register_temp(&t, v)
    }

    /// Adds a reference to every array in `v`.
    pub fn retain(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<()> {
        self.each_meminfo(t, v, &mut |this, mi| this.incref(mi))
    }

    /// Drops a reference to every array in `v`.
    pub fn release(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<()> {
        self.each_meminfo(t, v, &mut |this, mi| this.decref(mi))
    }

    fn each_meminfo(
        &self,
        t: &Type,
        v: BasicValueEnum<'ctx>,
        f: &mut dyn FnMut(&Self, PointerValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        match t {
            Type::Array(_) | Type::RecordArray(_) => {
                let mi = self
                    .b
                    .build_extract_value(v.into_struct_value(), 0, "meminfo")?;
                f(self, mi.into_pointer_value())
            }
            // A container or string value is its header.
            Type::List { .. }
            | Type::Dict(..)
            | Type::Set(_)
            | Type::Str
            | Type::Class(_)
            | Type::GeneratorOf(_) => f(self, v.into_pointer_value()),
            Type::Optional(_) => self.each_meminfo(&t.layout(), v, f),
            Type::Tuple(items) => {
                for (k, item) in items.iter().enumerate().filter(|(_, t)| has_arrays(t)) {
                    let field = self
                        .b
                        .build_extract_value(v.into_struct_value(), k as u32, "")?;
                    self.each_meminfo(item, field, f)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// `if mi { mi.refcount += 1 }`: a call of `penna.incref` (see
    /// [`ModuleLowering::refcount_function`]).
    fn incref(&self, mi: PointerValue<'ctx>) -> CgResult<()> {
        self.refcount_call(RefOp::Inc, mi)
    }

    /// `if mi { if --mi.refcount == 0 { penna_rt_free(mi) } }`: a call of
    /// `penna.decref`.
    fn decref(&self, mi: PointerValue<'ctx>) -> CgResult<()> {
        self.refcount_call(RefOp::Dec, mi)
    }

    fn refcount_call(&self, op: RefOp, mi: PointerValue<'ctx>) -> CgResult<()> {
        if self.m.target.gpu().is_some() || self.m.blocks {
            // GPU arrays are never runtime-owned (see `penna_compiler::family`).
            return Ok(());
        }
        let f = self.m.refcount_function(op)?;
        self.b.build_call(f, &[mi.into()], "")?;
        Ok(())
    }

    /// Records a fresh reference as a temporary of the current statement.
    pub fn register_temp(&mut self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<()> {
        if !has_arrays(t) {
            return Ok(());
        }
        let slot = self.zeroed_slot(t, "temp")?;
        self.b.build_store(slot, v)?;
        self.temps.push((slot, t.clone()));
        Ok(())
    }

    /// An entry-block slot for a value of type `t`, zeroed on function entry.
    pub fn zeroed_slot(&self, t: &Type, name: &str) -> CgResult<PointerValue<'ctx>> {
        let ty = self.m.llvm_type(t);
        let slot = self.entry_alloca(ty, name)?;
        let here = self.b.get_insert_block().expect("positioned");
        match self.alloca_block.get_terminator() {
            Some(term) => self.b.position_before(&term),
            None => self.b.position_at_end(self.alloca_block),
        }
        self.b.build_store(slot, ty.const_zero())?;
        self.b.position_at_end(here);
        Ok(slot)
    }

    /// Releases the temporaries recorded since `mark` and forgets them.
    pub fn release_temps_from(&mut self, mark: usize) -> CgResult<()> {
        self.release_temps(mark)?;
        self.temps.truncate(mark);
        Ok(())
    }

    /// Releases the temporaries from `mark` on (their slots become null), but
    /// keeps them recorded: for jumps that leave statements on one path only.
    pub fn release_temps(&self, mark: usize) -> CgResult<()> {
        for (slot, t) in self.temps[mark..].iter().rev() {
            let ty = self.m.llvm_type(t);
            let v = self.b.build_load(ty, *slot, "temp")?;
            self.release(t, v)?;
            self.b.build_store(*slot, ty.const_zero())?;
        }
        Ok(())
    }

    /// Before any exit: every pending temporary and every owned local.
    pub fn release_all(&self) -> CgResult<()> {
        if !self.current_block_open() {
            return Ok(());
        }
        self.release_temps(0)?;
        for &index in &self.owned_locals {
            let t = &self.f.locals[penna_compiler::ir::LocalId::from_index(index)].ty;
            let v = self
                .b
                .build_load(self.m.llvm_type(t), self.locals[index], "")?;
            self.release(t, v)?;
        }
        Ok(())
    }
}

/// A reference count operation, one function each per module.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RefOp {
    Inc,
    Dec,
}

impl RefOp {
    /// The name of its function (see [`crate::refprune`], which pairs them).
    pub const fn symbol(self) -> &'static str {
        match self {
            RefOp::Inc => "penna.incref",
            RefOp::Dec => "penna.decref",
        }
    }
}

impl<'ctx> ModuleLowering<'ctx, '_> {
    /// `penna.incref(mi)` / `penna.decref(mi)`, defined on first use:
    /// private and not inlined while LLVM optimises (`incref` declared to
    /// touch only its argument), so that [`crate::refprune`] sees each
    /// operation as one call in the optimised code, removes the pairs that
    /// cancel, then has the rest inlined.
    pub fn refcount_function(&self, op: RefOp) -> CgResult<FunctionValue<'ctx>> {
        if let Some(f) = self.module.get_function(op.symbol()) {
            return Ok(f);
        }
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let f = self.module.add_function(
            op.symbol(),
            self.ctx.void_type().fn_type(&[ptr.into()], false),
            Some(Linkage::Private),
        );
        self.set_attributes(f);
        let noinline = Attribute::get_named_enum_kind_id("noinline");
        f.add_attribute(
            AttributeLoc::Function,
            self.ctx.create_enum_attribute(noinline, 0),
        );
        if op == RefOp::Inc {
            // memory(argmem: readwrite): loads and stores elsewhere move
            // freely around it.
            let memory = Attribute::get_named_enum_kind_id("memory");
            // (LLVM's MemoryEffects: two bits per location, argmem first.)
            let argmem_readwrite = 3;
            f.add_attribute(
                AttributeLoc::Function,
                self.ctx.create_enum_attribute(memory, argmem_readwrite),
            );
        }
        let b = self.ctx.create_builder();
        let entry = self.ctx.append_basic_block(f, "entry");
        let owned = self.ctx.append_basic_block(f, "owned");
        let done = self.ctx.append_basic_block(f, "done");
        let mi = f
            .get_nth_param(0)
            .expect("one parameter")
            .into_pointer_value();
        let one = self.ctx.i64_type().const_int(1, false);
        b.position_at_end(entry);
        // Arrays passed in from Python have a null meminfo: one branch.
        let is_owned = b.build_is_not_null(mi, "owned")?;
        b.build_conditional_branch(is_owned, owned, done)?;
        b.position_at_end(owned);
        match op {
            RefOp::Inc => {
                b.build_atomicrmw(AtomicRMWBinOp::Add, mi, one, AtomicOrdering::Monotonic)?;
            }
            RefOp::Dec => {
                let old = b.build_atomicrmw(
                    AtomicRMWBinOp::Sub,
                    mi,
                    one,
                    AtomicOrdering::AcquireRelease,
                )?;
                let last = b.build_int_compare(IntPredicate::EQ, old, one, "last")?;
                let free_bb = self.ctx.append_basic_block(f, "free");
                b.build_conditional_branch(last, free_bb, done)?;
                b.position_at_end(free_bb);
                let free = self.runtime_function(
                    abi::FREE_SYMBOL,
                    self.ctx.void_type().fn_type(&[ptr.into()], false),
                );
                b.build_call(free, &[mi.into()], "")?;
            }
        }
        b.build_unconditional_branch(done)?;
        b.position_at_end(done);
        b.build_return(None)?;
        Ok(f)
    }
}
