//! `np.sort`, `a.sort()`, `argsort`, `unique` (through the runtime's stable
//! sorts on C-contiguous rows, see `penna_compiler::abi::SORT_SYMBOL`) and
//! `searchsorted` (a binary search inlined here).
//!
//! Sorting happens along the last axis, as NumPy's default `axis=-1`;
//! `unique` flattens. Floats order NaN last, as NumPy does.

use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use penna_compiler::abi::{self, scalar_code};
use penna_compiler::builtins::NpFn;
use penna_compiler::ir::CmpOp;
use penna_compiler::types::promote;
use penna_compiler::{ArrayType, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `np.sort`, `a.sort()`, `np.argsort`, `np.unique`.
    pub fn sort_call(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let src = self.array_parts(a, v)?;
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let (i32t, i64t) = (self.ctx.i32_type(), self.ctx.i64_type());
        let code = i32t.const_int(scalar_code(a.dtype) as u64, false);
        let last = *src.shape.last().ok_or_else(|| bug("sorting a 0D array"))?;
        let rows = self.product(&src.shape[..src.shape.len() - 1])?;
        match f {
            NpFn::Sort | NpFn::SortInPlace => {
                let copy = self.fresh_copy(a.dtype, &src)?;
                let sort = self.m.runtime_function(
                    abi::SORT_SYMBOL,
                    self.ctx
                        .void_type()
                        .fn_type(&[i32t.into(), ptr.into(), i64t.into(), i64t.into()], false),
                );
                self.b.build_call(
                    sort,
                    &[code.into(), copy.data.into(), rows.into(), last.into()],
                    "",
                )?;
                if f == NpFn::Sort {
                    return Ok(self.descriptor(&copy)?.into());
                }
                self.copy_elements(a.dtype, &copy, a.dtype, &src)?;
                Ok(self.none_value())
            }
            NpFn::Argsort => {
                let data = self.contiguous(a, v)?;
                let out = self.allocate(Scalar::I64, &src.shape)?;
                let argsort = self.m.runtime_function(
                    abi::ARGSORT_SYMBOL,
                    self.ctx.void_type().fn_type(
                        &[
                            i32t.into(),
                            ptr.into(),
                            i64t.into(),
                            i64t.into(),
                            ptr.into(),
                        ],
                        false,
                    ),
                );
                self.b.build_call(
                    argsort,
                    &[
                        code.into(),
                        data.data.into(),
                        rows.into(),
                        last.into(),
                        out.data.into(),
                    ],
                    "",
                )?;
                Ok(self.descriptor(&out)?.into())
            }
            NpFn::Unique => {
                let copy = self.fresh_copy(a.dtype, &src)?;
                let n = self.product(&src.shape)?;
                let unique = self.m.runtime_function(
                    abi::UNIQUE_SYMBOL,
                    i64t.fn_type(&[i32t.into(), ptr.into(), i64t.into()], false),
                );
                let count = self
                    .b
                    .build_call(unique, &[code.into(), copy.data.into(), n.into()], "")?
                    .try_as_basic_value()
                    .basic()
                    .ok_or_else(|| bug("penna_rt_unique returns i64"))?
                    .into_int_value();
                // The distinct values are the front of the sorted copy.
                let view = Parts {
                    meminfo: copy.meminfo,
                    data: copy.data,
                    shape: vec![count],
                    strides: vec![self.i64(a.dtype.size() as i64)],
                };
                Ok(self.descriptor(&view)?.into())
            }
            _ => Err(bug(format!("np.{} is not a sort", f.name()))),
        }
    }

    /// `np.searchsorted(a, v, side)`: for each value, the first index where
    /// inserting it keeps `a` sorted (after equal elements for `side="right"`).
    pub fn searchsorted(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        vt: &Type,
        vv: BasicValueEnum<'ctx>,
        right: Option<IntValue<'ctx>>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let p = self.array_parts(a, av)?;
        let right = right.unwrap_or(self.ctx.bool_type().const_zero());
        match vt {
            Type::Scalar(s) => {
                let t = promote(a.dtype, *s);
                let x = self.convert_scalar(vv, *s, t)?;
                Ok(self.bisect(a.dtype, &p, t, x, right)?.into())
            }
            Type::Array(va) => {
                let t = promote(a.dtype, va.dtype);
                let vp = self.array_parts(va, vv)?;
                let out = self.allocate(Scalar::I64, &vp.shape)?;
                let shape = vp.shape.clone();
                self.for_each_index(&shape, &mut |this, idx| {
                    let x = this.load_scalar(va.dtype, this.address(&vp, idx)?)?;
                    let x = this.convert_scalar(x, va.dtype, t)?;
                    let k = this.bisect(a.dtype, &p, t, x, right)?;
                    let at = this.address(&out, idx)?;
                    this.b.build_store(at, k)?;
                    Ok(())
                })?;
                Ok(self.descriptor(&out)?.into())
            }
            t => Err(bug(format!("searchsorted for {t}"))),
        }
    }

    /// The binary search: the first `k` with `!(a[k] < x)` (left) or
    /// `x < a[k]` (right), comparing in `t`.
    fn bisect(
        &mut self,
        dtype: Scalar,
        p: &Parts<'ctx>,
        t: Scalar,
        x: BasicValueEnum<'ctx>,
        right: IntValue<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let lo = self.entry_alloca(i64t.into(), "lo")?;
        let hi = self.entry_alloca(i64t.into(), "hi")?;
        self.b.build_store(lo, self.i64(0))?;
        self.b.build_store(hi, p.shape[0])?;
        let head = self.new_block("bisect.cond");
        let body = self.new_block("bisect.body");
        let end = self.new_block("bisect.end");
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let l = self.b.build_load(i64t, lo, "l")?.into_int_value();
        let h = self.b.build_load(i64t, hi, "h")?.into_int_value();
        let more = self.b.build_int_compare(IntPredicate::SLT, l, h, "")?;
        self.b.build_conditional_branch(more, body, end)?;
        self.b.position_at_end(body);
        let sum = self.b.build_int_add(l, h, "")?;
        let mid = self.b.build_right_shift(sum, self.i64(1), false, "mid")?;
        let at = self.element_at(p, mid)?;
        let y = self.load_scalar(dtype, at)?;
        let y = self.convert_scalar(y, dtype, t)?;
        // left: go right while a[mid] < x; right: while !(x < a[mid]).
        let below = self.sort_less(t, y, x)?;
        let above = self.sort_less(t, x, y)?;
        let not_above = self.b.build_not(above, "")?;
        let go_right = self
            .b
            .build_select(right, not_above, below, "")?
            .into_int_value();
        let mid1 = self.b.build_int_add(mid, self.i64(1), "")?;
        let new_lo = self.b.build_select(go_right, mid1, l, "")?;
        let new_hi = self.b.build_select(go_right, h, mid, "")?;
        self.b.build_store(lo, new_lo)?;
        self.b.build_store(hi, new_hi)?;
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(end);
        Ok(self.b.build_load(i64t, lo, "pos")?.into_int_value())
    }

    /// NumPy's sort order: `a < b`, with NaN greater than every number.
    fn sort_less(
        &self,
        t: Scalar,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let less = self.compare(CmpOp::Lt, t, a, b)?;
        if !t.is_float() {
            return Ok(less);
        }
        let (a, b) = (a.into_float_value(), b.into_float_value());
        let a_num = self.b.build_float_compare(FloatPredicate::ORD, a, a, "")?;
        let b_nan = self.b.build_float_compare(FloatPredicate::UNO, b, b, "")?;
        let nan_above = self.b.build_and(a_num, b_nan, "")?;
        Ok(self.b.build_or(less, nan_above, "")?)
    }

    /// The address of element `k` of a 1D array.
    pub fn element_at(&self, p: &Parts<'ctx>, k: IntValue<'ctx>) -> CgResult<PointerValue<'ctx>> {
        self.address(p, &[k])
    }
}
