//! Dicts and sets (a set is a dict whose values take no room): every
//! operation is a call into the runtime's hash table; the ownership rules are
//! those of `list`.

use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::IntPredicate;
use penna_compiler::abi::containers as abi;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::Method;
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// Key and value types (`None` values for a set).
    pub fn dict_types(&self, t: &Type) -> CgResult<(Type, Type)> {
        match t {
            Type::Dict(k, v) => Ok(((**k).clone(), (**v).clone())),
            Type::Set(k) => Ok(((**k).clone(), Type::None)),
            t => Err(bug(format!("{t} is not a dict"))),
        }
    }

    /// A new empty dict or set (a fresh reference the caller records).
    pub fn new_dict(&self, t: &Type) -> CgResult<PointerValue<'ctx>> {
        let (k, v) = self.dict_types(t)?;
        let (kd, vd) = (self.desc(&k), self.desc(&v));
        self.call_rt_ptr(abi::DICT_NEW, &[kd.into(), vd.into()])
    }

    pub fn set_add(
        &self,
        item: &Type,
        s: PointerValue<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        let kp = self.give(item, v)?;
        let none = self.spill(&Type::None, self.none_value())?;
        self.call_rt(abi::DICT_SET, None, &[s.into(), kp.into(), none.into()])?;
        Ok(())
    }

    /// `d[k]` (borrowed); KeyError when absent.
    pub fn dict_get(
        &self,
        t: &Type,
        d: BasicValueEnum<'ctx>,
        key: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (k, v) = self.dict_types(t)?;
        let kp = self.spill(&k, key)?;
        let p = self.call_rt_ptr(abi::DICT_GET, &[d, kp.into()])?;
        let absent = self.b.build_is_null(p, "absent")?;
        self.raise_key_error(absent, &k, key)?;
        self.load_item(&v, p)
    }

    /// The key of `d[...]`: the index, or the tuple of the indices (`d[i, j]`).
    pub fn subscript_key(
        &mut self,
        t: &Type,
        indices: &[penna_compiler::ir::ExprId],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let values = indices
            .iter()
            .map(|&i| self.expr(i))
            .collect::<CgResult<Vec<_>>>()?;
        if let [key] = values[..] {
            return Ok(key);
        }
        let (k, _) = self.dict_types(t)?;
        self.tuple_value(&k, values)
    }

    /// KeyError naming an integer key (other keys: the message says "key").
    fn raise_key_error(
        &self,
        cond: inkwell::values::IntValue<'ctx>,
        k: &Type,
        key: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        match k.scalar() {
            Some(s) if s.is_int() => {
                let key = self.convert(key, k, &Type::I64)?.into_int_value();
                self.raise_if(cond, ExceptionKind::KeyError, "{}", &[key])
            }
            _ => self.raise_if(cond, ExceptionKind::KeyError, "key not found", &[]),
        }
    }

    /// `d[k] = v`.
    pub fn dict_set(
        &self,
        t: &Type,
        d: BasicValueEnum<'ctx>,
        key: BasicValueEnum<'ctx>,
        value: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        let (k, v) = self.dict_types(t)?;
        let (kp, vp) = (self.give(&k, key)?, self.give(&v, value)?);
        self.call_rt(abi::DICT_SET, None, &[d, kp.into(), vp.into()])?;
        Ok(())
    }

    /// A list of the keys, values or `(key, value)` items, in order.
    fn dict_view(
        &mut self,
        m: Method,
        d: BasicValueEnum<'ctx>,
        t: &Type,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (k, v) = self.dict_types(t)?;
        let item = match ty {
            Type::List { item, .. } => (**item).clone(),
            t => return Err(bug(format!("dict view of type {t}"))),
        };
        let n = self.call_rt_int(abi::DICT_LEN, 64, &[d])?;
        let desc = self.desc(&item);
        let list = self.call_rt_ptr(abi::LIST_NEW, &[desc.into(), n.into()])?;
        self.fresh(ty, list.into())?;
        self.counted_loop(n, |this, i| {
            let kp = this.call_rt_ptr(abi::DICT_KEY_AT, &[d, i.into()])?;
            let vp = this.call_rt_ptr(abi::DICT_VALUE_AT, &[d, i.into()])?;
            let value = match m {
                Method::Keys => this.load_item(&k, kp)?,
                Method::Values => this.load_item(&v, vp)?,
                _ => {
                    let pair = [this.load_item(&k, kp)?, this.load_item(&v, vp)?];
                    this.tuple_value(&item, pair)?
                }
            };
            this.list_append(&item, list, value)?;
            Ok(())
        })?;
        Ok(list.into())
    }

    pub fn dict_method(
        &mut self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let t = types[0];
        let (k, v) = self.dict_types(t)?;
        let d = args[0];
        let none = self.none_value();
        match m {
            Method::Get | Method::Setdefault => {
                let kp = self.spill(&k, args[1])?;
                let p = self.call_rt_ptr(abi::DICT_GET, &[d, kp.into()])?;
                let absent = self.b.build_is_null(p, "absent")?;
                if m == Method::Get && args.len() == 2 {
                    // An optional value: `None` for a missing key.
                    let zero = self.m.llvm_type(&v).const_zero();
                    let value = self.load_or(&v, p, absent, zero)?;
                    let present = self.b.build_not(absent, "present")?;
                    let pair = self.m.llvm_type(ty).into_struct_type().const_zero();
                    let pair = self.b.build_insert_value(pair, value, 0, "")?;
                    let pair = self.b.build_insert_value(pair, present, 1, "")?;
                    return Ok(pair.into_struct_value().into());
                }
                if m == Method::Get {
                    let found = self.load_or(&v, p, absent, args[2])?;
                    return Ok(found);
                }
                let then = self.new_block("setdefault.insert");
                let done = self.new_block("setdefault.done");
                self.b.build_conditional_branch(absent, then, done)?;
                self.b.position_at_end(then);
                self.dict_set(t, d, args[1], args[2])?;
                self.b.build_unconditional_branch(done)?;
                self.b.position_at_end(done);
                let p = self.call_rt_ptr(abi::DICT_GET, &[d, kp.into()])?;
                self.load_item(&v, p)
            }
            Method::Pop => {
                let kp = self.spill(&k, args[1])?;
                let out = self.slot(&v)?;
                let found = self.call_rt_int(abi::DICT_POP, 32, &[d, kp.into(), out.into()])?;
                let absent = self
                    .b
                    .build_int_compare(IntPredicate::EQ, found, self.i32(0), "")?;
                let value = match args.get(2) {
                    Some(&default) => {
                        // The default is borrowed: take a reference, as pop
                        // hands out the removed value's.
                        let picked = self.load_or(&v, out, absent, default)?;
                        let keep = self.new_block("pop.default");
                        let done = self.new_block("pop.done");
                        self.b.build_conditional_branch(absent, keep, done)?;
                        self.b.position_at_end(keep);
                        self.retain(&v, picked)?;
                        self.b.build_unconditional_branch(done)?;
                        self.b.position_at_end(done);
                        picked
                    }
                    None => {
                        self.raise_key_error(absent, &k, args[1])?;
                        self.load_item(&v, out)?
                    }
                };
                self.fresh(&v, value)
            }
            Method::Popitem => {
                let (kp, vp) = (self.slot(&k)?, self.slot(&v)?);
                let ok = self.call_rt_int(abi::DICT_POPITEM, 32, &[d, kp.into(), vp.into()])?;
                let empty = self
                    .b
                    .build_int_compare(IntPredicate::EQ, ok, self.i32(0), "")?;
                self.raise_if(
                    empty,
                    ExceptionKind::KeyError,
                    "popitem(): dictionary is empty",
                    &[],
                )?;
                let pair = [self.load_item(&k, kp)?, self.load_item(&v, vp)?];
                let pair = self.tuple_value(ty, pair)?;
                self.fresh(ty, pair)
            }
            Method::Keys | Method::Values | Method::Items => self.dict_view(m, d, t, ty),
            Method::Update => {
                self.call_rt(abi::DICT_UPDATE, None, &[d, args[1]])?;
                Ok(none)
            }
            m => Err(bug(format!("dict.{}()", m.name()))),
        }
    }

    /// The value at `p`, or `default` when `absent`.
    fn load_or(
        &mut self,
        t: &Type,
        p: PointerValue<'ctx>,
        absent: inkwell::values::IntValue<'ctx>,
        default: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        self.choose(absent, |_| Ok(default), |this| this.load_item(t, p), t)
    }

    pub fn set_method(
        &mut self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let t = types[0];
        let (k, _) = self.dict_types(t)?;
        let s = args[0];
        let none = self.none_value();
        let op_code = |m: Method| match m {
            Method::Union | Method::Update => abi::SET_OP_UNION,
            Method::Intersection | Method::IntersectionUpdate => abi::SET_OP_INTERSECTION,
            Method::Difference | Method::DifferenceUpdate => abi::SET_OP_DIFFERENCE,
            _ => abi::SET_OP_SYMMETRIC_DIFFERENCE,
        };
        match m {
            Method::Add => {
                self.set_add(&k, s.into_pointer_value(), args[1])?;
                Ok(none)
            }
            Method::Discard | Method::Remove => {
                let kp = self.spill(&k, args[1])?;
                let out = self.spill(&Type::None, none)?;
                let found = self.call_rt_int(abi::DICT_POP, 32, &[s, kp.into(), out.into()])?;
                if m == Method::Remove {
                    let absent =
                        self.b
                            .build_int_compare(IntPredicate::EQ, found, self.i32(0), "")?;
                    self.raise_key_error(absent, &k, args[1])?;
                }
                Ok(none)
            }
            Method::Pop => {
                let kp = self.slot(&k)?;
                let out = self.spill(&Type::None, none)?;
                let ok = self.call_rt_int(abi::DICT_POPITEM, 32, &[s, kp.into(), out.into()])?;
                let empty = self
                    .b
                    .build_int_compare(IntPredicate::EQ, ok, self.i32(0), "")?;
                self.raise_if(empty, ExceptionKind::KeyError, "pop from an empty set", &[])?;
                let v = self.load_item(&k, kp)?;
                self.fresh(&k, v)
            }
            Method::Update
            | Method::IntersectionUpdate
            | Method::DifferenceUpdate
            | Method::SymmetricDifferenceUpdate => {
                let code = self.i32(op_code(m) as i64);
                self.call_rt(abi::SET_OP_INPLACE, None, &[s, args[1], code.into()])?;
                Ok(none)
            }
            Method::Union
            | Method::Intersection
            | Method::Difference
            | Method::SymmetricDifference => {
                let code = self.i32(op_code(m) as i64);
                let new = self.call_rt_ptr(abi::SET_OP, &[s, args[1], code.into()])?;
                self.fresh(ty, new.into())
            }
            Method::Issubset | Method::Issuperset => {
                let (a, b) = if m == Method::Issubset {
                    (s, args[1])
                } else {
                    (args[1], s)
                };
                let r = self.call_rt_int(abi::SET_SUBSET, 32, &[a, b])?;
                Ok(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.i32(0), "")?
                    .into())
            }
            Method::Isdisjoint => {
                let code = self.i32(abi::SET_OP_INTERSECTION as i64);
                let both = self.call_rt_ptr(abi::SET_OP, &[s, args[1], code.into()])?;
                self.fresh(t, both.into())?;
                let n = self.call_rt_int(abi::DICT_LEN, 64, &[both.into()])?;
                Ok(self
                    .b
                    .build_int_compare(IntPredicate::EQ, n, self.i64(0), "")?
                    .into())
            }
            m => Err(bug(format!("set.{}()", m.name()))),
        }
    }
}
