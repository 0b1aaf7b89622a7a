//! Lists (and what lists, dicts and sets share): values are pointers to
//! runtime objects (`penna_compiler::abi::containers`). Length, indexing and
//! item assignment are inline loads and stores; everything else calls the
//! runtime.
//!
//! Ownership follows `refcount`: an item read from a container is borrowed
//! (the container keeps it alive for the statement); an item put into a
//! container is retained first (the container takes that reference); an item
//! taken out (`pop`) and every new container are fresh references, recorded
//! as temporaries.

use inkwell::types::{BasicMetadataTypeEnum, BasicTypeEnum};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::abi::containers as abi;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::{ContainerFn, Method};
use penna_compiler::ir::{BinaryOp, CmpOp};
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

/// The item type of a list or set, the key type of a dict.
pub fn item_of(t: &Type) -> CgResult<&Type> {
    match t {
        Type::List { item, .. } | Type::Set(item) | Type::Dict(item, _) => Ok(item),
        t => Err(bug(format!("{t} is not a container"))),
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn ptr_type(&self) -> inkwell::types::PointerType<'ctx> {
        self.ctx.ptr_type(AddressSpace::default())
    }

    /// Calls a container runtime function.
    pub fn call_rt(
        &self,
        symbol: &str,
        ret: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<Option<BasicValueEnum<'ctx>>> {
        let params: Vec<BasicMetadataTypeEnum> = args.iter().map(|a| a.get_type().into()).collect();
        let fn_type = match ret {
            Some(r) => inkwell::types::BasicType::fn_type(&r, &params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let f = self.m.runtime_function(symbol, fn_type);
        let args: Vec<BasicMetadataValueEnum> = args.iter().map(|&a| a.into()).collect();
        Ok(self
            .b
            .build_call(f, &args, "")?
            .try_as_basic_value()
            .basic())
    }

    fn call_rt_value(
        &self,
        symbol: &str,
        ret: BasicTypeEnum<'ctx>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        self.call_rt(symbol, Some(ret), args)?
            .ok_or_else(|| bug(format!("{symbol} returned nothing")))
    }

    pub fn call_rt_ptr(
        &self,
        symbol: &str,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<PointerValue<'ctx>> {
        Ok(self
            .call_rt_value(symbol, self.ptr_type().into(), args)?
            .into_pointer_value())
    }

    pub fn call_rt_int(
        &self,
        symbol: &str,
        bits: u32,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<IntValue<'ctx>> {
        let t = match bits {
            32 => self.ctx.i32_type(),
            _ => self.ctx.i64_type(),
        };
        Ok(self.call_rt_value(symbol, t.into(), args)?.into_int_value())
    }

    /// The process-lifetime constant descriptor of items of type `t`.
    pub fn desc(&self, t: &Type) -> PointerValue<'ctx> {
        let words = abi::item_desc(t);
        if let Some(g) = self.m.descs.borrow().get(&words) {
            return g.as_pointer_value();
        }
        let i32t = self.ctx.i32_type();
        let values: Vec<_> = words
            .iter()
            .map(|&w| i32t.const_int(w as u64, false))
            .collect();
        let init = i32t.const_array(&values);
        let n = self.m.descs.borrow().len();
        let g = self
            .m
            .module
            .add_global(init.get_type(), None, &format!("penna.desc.{n}"));
        g.set_initializer(&init);
        g.set_constant(true);
        g.set_linkage(inkwell::module::Linkage::Private);
        self.m.descs.borrow_mut().insert(words, g);
        g.as_pointer_value()
    }

    /// `v` in a stack slot, for runtime calls that take items by address.
    pub fn spill(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<PointerValue<'ctx>> {
        let slot = self.entry_alloca(self.m.llvm_type(t), "item")?;
        self.store_memory(t, slot, v)?;
        Ok(slot)
    }

    /// An uninitialised stack slot for one value of type `t`.
    pub fn slot(&self, t: &Type) -> CgResult<PointerValue<'ctx>> {
        self.entry_alloca(self.m.llvm_type(t), "out")
    }

    /// An item in ABI (C) layout at `p`.
    pub fn load_item(&self, t: &Type, p: PointerValue<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        self.load_memory(t, p)
    }

    /// `v` retained and spilled: an item the container takes over.
    pub fn give(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<PointerValue<'ctx>> {
        self.retain(t, v)?;
        self.spill(t, v)
    }

    /// A fresh container reference, recorded as a temporary.
    pub fn fresh(&mut self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        self.register_temp(t, v)?;
        Ok(v)
    }

    fn field(&self, list: PointerValue<'ctx>, offset: u64) -> CgResult<PointerValue<'ctx>> {
        // SAFETY: offsets of the list object's fixed header.
        Ok(unsafe {
            self.b.build_in_bounds_gep(
                self.ctx.i8_type(),
                list,
                &[self.i64(offset as i64)],
                "field",
            )?
        })
    }

    pub fn list_len(&self, list: PointerValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let p = self.field(list, abi::LIST_LEN_OFFSET)?;
        Ok(self
            .b
            .build_load(self.ctx.i64_type(), p, "len")?
            .into_int_value())
    }

    /// The address of item `i` (not checked).
    fn list_item_ptr(
        &self,
        item: &Type,
        list: PointerValue<'ctx>,
        i: IntValue<'ctx>,
    ) -> CgResult<PointerValue<'ctx>> {
        let p = self.field(list, abi::LIST_DATA_OFFSET)?;
        let data = self
            .b
            .build_load(self.ptr_type(), p, "data")?
            .into_pointer_value();
        let size = self.i64(item.size_align().0 as i64);
        let offset = self.b.build_int_nsw_mul(i, size, "")?;
        // SAFETY: callers checked `i` against the length.
        Ok(unsafe {
            self.b
                .build_in_bounds_gep(self.ctx.i8_type(), data, &[offset], "item.ptr")?
        })
    }

    /// Python's index rule: negative counts from the end; IndexError outside.
    fn list_index(&self, list: PointerValue<'ctx>, i: IntValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let n = self.list_len(list)?;
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, i, self.i64(0), "neg")?;
        let wrapped = self.b.build_int_add(i, n, "")?;
        let k = self.b.build_select(neg, wrapped, i, "k")?.into_int_value();
        let outside = self
            .b
            .build_int_compare(IntPredicate::UGE, k, n, "outside")?;
        self.raise_if(
            outside,
            ExceptionKind::IndexError,
            "list index out of range",
            &[],
        )?;
        Ok(k)
    }

    /// `l[i]` (borrowed).
    pub fn list_get(
        &self,
        t: &Type,
        list: BasicValueEnum<'ctx>,
        i: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let item = item_of(t)?;
        let list = list.into_pointer_value();
        let k = self.list_index(list, i.into_int_value())?;
        let p = self.list_item_ptr(item, list, k)?;
        self.load_item(item, p)
    }

    /// `l.append(v)`: stored inline while it fits (no call on the hot
    /// path); the runtime grows the list otherwise.
    pub fn list_append(
        &self,
        item: &Type,
        list: PointerValue<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        self.retain(item, v)?;
        let i64t = self.ctx.i64_type();
        let len_p = self.field(list, abi::LIST_LEN_OFFSET)?;
        let n = self.b.build_load(i64t, len_p, "len")?.into_int_value();
        let cap_p = self.field(list, abi::LIST_CAP_OFFSET)?;
        let cap = self.b.build_load(i64t, cap_p, "cap")?.into_int_value();
        let fits = self
            .b
            .build_int_compare(IntPredicate::SLT, n, cap, "fits")?;
        let (store, grow, done) = (
            self.new_block("append.store"),
            self.new_block("append.grow"),
            self.new_block("append.done"),
        );
        self.b.build_conditional_branch(fits, store, grow)?;
        self.b.position_at_end(store);
        let p = self.list_item_ptr(item, list, n)?;
        self.store_memory(item, p, v)?;
        let next = self.b.build_int_nsw_add(n, self.i64(1), "")?;
        self.b.build_store(len_p, next)?;
        let dirty = self.field(list, abi::LIST_DIRTY_OFFSET)?;
        self.b.build_store(dirty, self.i64(1))?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(grow);
        let p = self.spill(item, v)?;
        self.call_rt(abi::LIST_APPEND, None, &[list.into(), p.into()])?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// `l[i] = v`.
    pub fn list_set(
        &self,
        t: &Type,
        list: BasicValueEnum<'ctx>,
        i: BasicValueEnum<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        let item = item_of(t)?;
        let list = list.into_pointer_value();
        let k = self.list_index(list, i.into_int_value())?;
        let p = self.list_item_ptr(item, list, k)?;
        self.retain(item, v)?;
        let old = self.load_item(item, p)?;
        self.store_memory(item, p, v)?;
        self.release(item, old)?;
        let dirty = self.field(list, abi::LIST_DIRTY_OFFSET)?;
        self.b.build_store(dirty, self.i64(1))?;
        Ok(())
    }

    /// `len(c)` of a list, dict or set.
    pub fn container_len(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<IntValue<'ctx>> {
        match t {
            Type::List { .. } => self.list_len(v.into_pointer_value()),
            _ => self.call_rt_int(abi::DICT_LEN, 64, &[v]),
        }
    }

    /// `[a, b]`, `{a, b}`, `{k: v}` and iteration items.
    pub fn container_fn(
        &mut self,
        f: ContainerFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            ContainerFn::NewList | ContainerFn::NewTypedList | ContainerFn::EmptyList => {
                let item = item_of(ty)?;
                let desc = self.desc(item);
                let items = if f == ContainerFn::EmptyList {
                    0
                } else {
                    args.len()
                };
                let cap = self.i64(items as i64);
                let list = self.call_rt_ptr(abi::LIST_NEW, &[desc.into(), cap.into()])?;
                for &a in &args[..items] {
                    self.list_append(item, list, a)?;
                }
                self.fresh(ty, list.into())
            }
            ContainerFn::EmptyDict => {
                let d = self.new_dict(ty)?;
                self.fresh(ty, d.into())
            }
            ContainerFn::NewSet | ContainerFn::NewDict => {
                let d = self.new_dict(ty)?;
                self.fresh(ty, d.into())?;
                let (k, v) = self.dict_types(ty)?;
                if f == ContainerFn::NewSet {
                    for &a in args {
                        self.set_add(&k, d, a)?;
                    }
                } else {
                    for pair in args.chunks(2) {
                        let kp = self.give(&k, pair[0])?;
                        let vp = self.give(&v, pair[1])?;
                        self.call_rt(abi::DICT_SET, None, &[d.into(), kp.into(), vp.into()])?;
                    }
                }
                Ok(d.into())
            }
            ContainerFn::IterItem => {
                let key = item_of(types[0])?;
                let p = self.call_rt_ptr(abi::DICT_KEY_AT, &[args[0], args[1]])?;
                let mut gone = self.b.build_is_null(p, "gone")?;
                if let Some(&start) = args.get(2) {
                    let now = self.container_len(types[0], args[0])?;
                    let changed = self.b.build_int_compare(
                        IntPredicate::NE,
                        now,
                        start.into_int_value(),
                        "changed",
                    )?;
                    gone = self.b.build_or(gone, changed, "")?;
                }
                let what = if matches!(types[0], Type::Set(_)) {
                    "set"
                } else {
                    "dictionary"
                };
                self.raise_if(
                    gone,
                    ExceptionKind::RuntimeError,
                    &format!("{what} changed size during iteration"),
                    &[],
                )?;
                self.load_item(key, p)
            }
        }
    }

    /// A method of a list, dict or set.
    pub fn container_method(
        &mut self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match (m, types[0]) {
            (_, Type::List { .. }) if m.name().starts_with("heapq.") => {
                self.heap_method(m, args, types, ty)
            }
            (_, Type::List { .. }) => self.list_method(m, args, types, ty),
            // What dicts and sets share.
            (Method::Clear, _) => {
                self.call_rt(abi::DICT_CLEAR, None, &[args[0]])?;
                Ok(self.none_value())
            }
            (Method::Copy, _) => {
                let c = self.call_rt_ptr(abi::DICT_COPY, &[args[0]])?;
                self.fresh(ty, c.into())
            }
            (_, Type::Dict(..)) => self.dict_method(m, args, types, ty),
            (_, Type::Set(_)) => self.set_method(m, args, types, ty),
            (_, t) => Err(bug(format!(".{}() of {t}", m.name()))),
        }
    }

    fn list_method(
        &mut self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let list_t = types[0];
        let item = item_of(list_t)?.clone();
        let l = args[0];
        let none = self.none_value();
        match m {
            Method::Append => {
                self.list_append(&item, l.into_pointer_value(), args[1])?;
                Ok(none)
            }
            Method::Insert => {
                let p = self.give(&item, args[2])?;
                self.call_rt(abi::LIST_INSERT, None, &[l, args[1], p.into()])?;
                Ok(none)
            }
            Method::Extend => {
                self.call_rt(abi::LIST_EXTEND, None, &[l, args[1]])?;
                Ok(none)
            }
            Method::Pop => {
                let index = args.get(1).copied().unwrap_or_else(|| self.i64(-1).into());
                let out = self.slot(&item)?;
                let status = self.call_rt_int(abi::LIST_POP, 32, &[l, index, out.into()])?;
                let empty = self
                    .b
                    .build_int_compare(IntPredicate::EQ, status, self.i32(1), "")?;
                self.raise_if(empty, ExceptionKind::IndexError, "pop from empty list", &[])?;
                let outside =
                    self.b
                        .build_int_compare(IntPredicate::EQ, status, self.i32(2), "")?;
                self.raise_if(
                    outside,
                    ExceptionKind::IndexError,
                    "pop index out of range",
                    &[],
                )?;
                let v = self.load_item(&item, out)?;
                self.fresh(&item, v)
            }
            Method::Remove => {
                let p = self.spill(&item, args[1])?;
                let status = self.call_rt_int(abi::LIST_REMOVE, 32, &[l, p.into()])?;
                let absent = self
                    .b
                    .build_int_compare(IntPredicate::NE, status, self.i32(0), "")?;
                self.raise_if(
                    absent,
                    ExceptionKind::ValueError,
                    "list.remove(x): x not in list",
                    &[],
                )?;
                Ok(none)
            }
            Method::Index => {
                let p = self.spill(&item, args[1])?;
                let start = args.get(2).copied().unwrap_or_else(|| self.i64(0).into());
                let stop = args
                    .get(3)
                    .copied()
                    .unwrap_or_else(|| self.i64(i64::MAX).into());
                let k = self.call_rt_int(abi::LIST_INDEX, 64, &[l, p.into(), start, stop])?;
                let absent = self
                    .b
                    .build_int_compare(IntPredicate::SLT, k, self.i64(0), "")?;
                self.raise_if(
                    absent,
                    ExceptionKind::ValueError,
                    "list.index(x): x not in list",
                    &[],
                )?;
                Ok(k.into())
            }
            Method::Count => {
                let p = self.spill(&item, args[1])?;
                Ok(self
                    .call_rt_int(abi::LIST_COUNT, 64, &[l, p.into()])?
                    .into())
            }
            Method::Clear | Method::Reverse => {
                let sym = if m == Method::Clear {
                    abi::LIST_CLEAR
                } else {
                    abi::LIST_REVERSE
                };
                self.call_rt(sym, None, &[l])?;
                Ok(none)
            }
            Method::Sort => {
                let reverse =
                    self.b
                        .build_int_z_extend(args[1].into_int_value(), self.ctx.i32_type(), "")?;
                self.call_rt(abi::LIST_SORT, None, &[l, reverse.into()])?;
                Ok(none)
            }
            Method::Copy => self.list_copy(ty, l),
            m => Err(bug(format!("list.{}()", m.name()))),
        }
    }

    fn list_copy(&mut self, ty: &Type, l: BasicValueEnum<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        let zero = self.i64(0).into();
        let copy = self.call_rt_ptr(abi::LIST_SLICE, &[l, zero, zero, zero, self.i32(0).into()])?;
        self.fresh(ty, copy.into())
    }

    /// `l[a:b:c]`: a new list. `bounds` are the slice's parts, `None` where
    /// omitted.
    pub fn list_slice(
        &mut self,
        ty: &Type,
        l: BasicValueEnum<'ctx>,
        bounds: [Option<BasicValueEnum<'ctx>>; 3],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut given = 0;
        let mut parts = [self.i64(0); 3];
        for (k, b) in bounds.iter().enumerate() {
            if let Some(v) = b {
                given |= 1 << k;
                parts[k] = v.into_int_value();
            }
        }
        let new = self.call_rt_ptr(
            abi::LIST_SLICE,
            &[
                l,
                parts[0].into(),
                parts[1].into(),
                parts[2].into(),
                self.i32(given).into(),
            ],
        )?;
        let zero_step = self.b.build_is_null(new, "")?;
        self.raise_if(
            zero_step,
            ExceptionKind::ValueError,
            "slice step cannot be zero",
            &[],
        )?;
        self.fresh(ty, new.into())
    }

    /// `a op b` with a container operand (`augmented`: `a op= b`, in place).
    pub fn container_binary(
        &mut self,
        op: BinaryOp,
        types: [&Type; 2],
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
        ty: &Type,
        augmented: bool,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match (op, types[0]) {
            (BinaryOp::Add, Type::List { .. }) => {
                if augmented {
                    // `l += other` extends `l` itself, as in Python.
                    self.call_rt(abi::LIST_EXTEND, None, &[a, b])?;
                    return Ok(a);
                }
                let new = self.list_copy(ty, a)?;
                self.call_rt(abi::LIST_EXTEND, None, &[new, b])?;
                Ok(new)
            }
            (BinaryOp::Mul, Type::List { .. }) => {
                let new = self.call_rt_ptr(abi::LIST_REPEAT, &[a, b])?;
                self.fresh(ty, new.into())
            }
            (BinaryOp::Mul, _) => {
                let new = self.call_rt_ptr(abi::LIST_REPEAT, &[b, a])?;
                self.fresh(ty, new.into())
            }
            (op, Type::Set(_)) => {
                let code = match op {
                    BinaryOp::BitOr => abi::SET_OP_UNION,
                    BinaryOp::BitAnd => abi::SET_OP_INTERSECTION,
                    BinaryOp::Sub => abi::SET_OP_DIFFERENCE,
                    _ => abi::SET_OP_SYMMETRIC_DIFFERENCE,
                };
                if augmented {
                    self.call_rt(
                        abi::SET_OP_INPLACE,
                        None,
                        &[a, b, self.i32(code as i64).into()],
                    )?;
                    return Ok(a);
                }
                let new = self.call_rt_ptr(abi::SET_OP, &[a, b, self.i32(code as i64).into()])?;
                self.fresh(ty, new.into())
            }
            (op, t) => Err(bug(format!("{op:?} on {t}"))),
        }
    }

    /// `x in c`, `a == b` and subset comparisons with containers.
    pub fn container_compare(
        &mut self,
        op: CmpOp,
        types: [&Type; 2],
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let bool_of = |this: &Self, v: IntValue<'ctx>| {
            this.b
                .build_int_compare(IntPredicate::NE, v, v.get_type().const_zero(), "")
        };
        let r = match op {
            CmpOp::In | CmpOp::NotIn => {
                let found = match types[1] {
                    Type::Tuple(items) => self.in_tuple(types[0], a, items, b)?,
                    Type::List { .. } => {
                        let p = self.spill(types[0], a)?;
                        let k = self.call_rt_int(
                            abi::LIST_INDEX,
                            64,
                            &[b, p.into(), self.i64(0).into(), self.i64(i64::MAX).into()],
                        )?;
                        self.b
                            .build_int_compare(IntPredicate::SGE, k, self.i64(0), "in")?
                    }
                    _ => {
                        let p = self.spill(types[0], a)?;
                        let v = self.call_rt_ptr(abi::DICT_GET, &[b, p.into()])?;
                        self.b.build_is_not_null(v, "in")?
                    }
                };
                if op == CmpOp::NotIn {
                    self.b.build_not(found, "not.in")?
                } else {
                    found
                }
            }
            CmpOp::Eq | CmpOp::Ne => {
                let sym = if matches!(types[0], Type::List { .. }) {
                    abi::LIST_EQ
                } else {
                    abi::DICT_EQ
                };
                let eq = self.call_rt_int(sym, 32, &[a, b])?;
                let eq = bool_of(self, eq)?;
                if op == CmpOp::Ne {
                    self.b.build_not(eq, "ne")?
                } else {
                    eq
                }
            }
            CmpOp::Le | CmpOp::Lt | CmpOp::Ge | CmpOp::Gt => {
                let (x, y) = if matches!(op, CmpOp::Le | CmpOp::Lt) {
                    (a, b)
                } else {
                    (b, a)
                };
                let sub = self.call_rt_int(abi::SET_SUBSET, 32, &[x, y])?;
                let sub = bool_of(self, sub)?;
                if matches!(op, CmpOp::Lt | CmpOp::Gt) {
                    let (nx, ny) = (
                        self.call_rt_int(abi::DICT_LEN, 64, &[x])?,
                        self.call_rt_int(abi::DICT_LEN, 64, &[y])?,
                    );
                    let proper = self.b.build_int_compare(IntPredicate::SLT, nx, ny, "")?;
                    self.b.build_and(sub, proper, "")?
                } else {
                    sub
                }
            }
            op => return Err(bug(format!("{op:?} on containers"))),
        };
        Ok(r)
    }

    /// `x in t` for a tuple of numbers: `x == item` for some item, each pair
    /// compared in its common type (the tuple is already evaluated, as in
    /// Python).
    fn in_tuple(
        &self,
        t: &Type,
        x: BasicValueEnum<'ctx>,
        items: &[Type],
        tuple: BasicValueEnum<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let xs = t.scalar().ok_or_else(|| bug("`in` of a non-number"))?;
        let mut found = self.ctx.bool_type().const_zero();
        for (k, item) in items.iter().enumerate() {
            let is = item
                .scalar()
                .ok_or_else(|| bug("`in` a tuple of non-numbers"))?;
            let common = penna_compiler::types::promote(xs, is);
            let y = self
                .b
                .build_extract_value(tuple.into_struct_value(), k as u32, "")?;
            let (a, b) = (
                self.convert_scalar(x, xs, common)?,
                self.convert_scalar(y, is, common)?,
            );
            let eq = self.compare(CmpOp::Eq, common, a, b)?;
            found = self.b.build_or(found, eq, "in")?;
        }
        Ok(found)
    }

    /// The address of the i-th item of a list, or the i-th key (in insertion
    /// order) of a set.
    fn nth_item_ptr(
        &self,
        t: &Type,
        c: BasicValueEnum<'ctx>,
        i: IntValue<'ctx>,
    ) -> CgResult<PointerValue<'ctx>> {
        match t {
            Type::List { item, .. } => self.list_item_ptr(item, c.into_pointer_value(), i),
            _ => self.call_rt_ptr(abi::DICT_KEY_AT, &[c, i.into()]),
        }
    }

    /// `min(c)` / `max(c)` of a list or set of numbers (ValueError when empty).
    pub fn container_extreme(
        &mut self,
        t: &Type,
        l: BasicValueEnum<'ctx>,
        max: bool,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let item = item_of(t)?.clone();
        let n = self.container_len(t, l)?;
        let empty = self
            .b
            .build_int_compare(IntPredicate::EQ, n, self.i64(0), "")?;
        let name = if max { "max" } else { "min" };
        self.raise_if(
            empty,
            ExceptionKind::ValueError,
            &format!("{name}() arg is an empty sequence"),
            &[],
        )?;
        let best = self.entry_alloca(self.m.llvm_type(&item), "best")?;
        let first = self.nth_item_ptr(t, l, self.i64(0))?;
        let first = self.load_item(&item, first)?;
        self.b.build_store(best, first)?;
        self.counted_loop(n, |this, i| {
            let p = this.nth_item_ptr(t, l, i)?;
            let x = this.load_item(&item, p)?;
            let b = this.b.build_load(this.m.llvm_type(&item), best, "best")?;
            // Python keeps the first of equal items, and compares with `<`.
            let op = if max { CmpOp::Gt } else { CmpOp::Lt };
            let better = match item.scalar() {
                Some(s) => this.compare(op, s, x, b)?,
                None => {
                    let f = penna_compiler::strings::StrFn::compare(op)
                        .ok_or_else(|| bug("compare"))?;
                    let r = this
                        .call_rt(f.symbol(), Some(this.ctx.i64_type().into()), &[x, b])?
                        .ok_or_else(|| bug("a comparison returned nothing"))?;
                    this.b.build_int_compare(
                        IntPredicate::NE,
                        r.into_int_value(),
                        this.i64(0),
                        "",
                    )?
                }
            };
            let v = this.b.build_select(better, x, b, "")?;
            this.b.build_store(best, v)?;
            Ok(())
        })?;
        Ok(self.b.build_load(self.m.llvm_type(&item), best, "best")?)
    }
}
