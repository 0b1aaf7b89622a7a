//! NumPy's advanced indexing with one array index: `a[mask]` (a boolean
//! array of `a`'s shape; the selected elements in C order, as a new 1D
//! array) and `a[idx]` (an integer array gathering along `a`'s first axis; a
//! new array of `idx`'s shape followed by `a`'s other axes), and the stores
//! `a[mask] = x`, `a[idx] = x` (1D `a`) with `x` a number or a 1D array of
//! one value per selected element (or one value).
//!
//! Integer indices wrap once when negative and are always bounds-checked
//! (IndexError), as in NumPy: a gather cannot be proven in bounds.

use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::ir::ExprId;
use penna_compiler::{ArrayType, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

/// The value the k-th selected element of a store receives.
type ValueSource<'f, 'm, 'ctx, 'a> = Box<
    dyn Fn(&mut FnLowering<'m, 'ctx, 'a>, IntValue<'ctx>) -> CgResult<BasicValueEnum<'ctx>> + 'f,
>;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `a[index]` with an array index.
    pub fn fancy_load(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        it: &ArrayType,
        iv: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let src = self.array_parts(a, av)?;
        let index = self.array_parts(it, iv)?;
        if it.dtype == Scalar::Bool {
            self.check_mask_shape(&src, &index)?;
            let count = self.count_selected(&index)?;
            let out = self.allocate(a.dtype, &[count])?;
            let pos = self.entry_alloca(self.ctx.i64_type().into(), "pos")?;
            self.b.build_store(pos, self.i64(0))?;
            self.for_each_selected(&src, &index, &mut |this, at| {
                let x = this.load_scalar(a.dtype, at)?;
                let k = this.bump(pos)?;
                this.store_scalar(a.dtype, this.element_at(&out, k)?, x)
            })?;
            return Ok(self.descriptor(&out)?.into());
        }
        // The index's shape, then `a`'s other axes (rows of a matrix).
        let mut shape = index.shape.clone();
        shape.extend_from_slice(&src.shape[1..]);
        let out = self.allocate(a.dtype, &shape)?;
        let rank = index.shape.len();
        self.for_each_index(&shape, &mut |this, idx| {
            let k = this.gather_index(it.dtype, &index, &idx[..rank], src.shape[0])?;
            let mut at = vec![k];
            at.extend_from_slice(&idx[rank..]);
            let x = this.load_scalar(a.dtype, this.address(&src, &at)?)?;
            this.store_scalar(a.dtype, this.address(&out, idx)?, x)
        })?;
        Ok(self.descriptor(&out)?.into())
    }

    /// `a[index] = value` with an array index.
    pub fn fancy_store(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        it: &ArrayType,
        iv: BasicValueEnum<'ctx>,
        value: ExprId,
    ) -> CgResult<()> {
        let dst = self.array_parts(a, av)?;
        let index = self.array_parts(it, iv)?;
        let vt = self.f.ty(value).clone();
        let v = self.expr(value)?;
        // An integer index selects whole rows (sub-arrays) of `row` elements.
        let row = self.product(&dst.shape[1..])?;
        let count = if it.dtype == Scalar::Bool {
            self.check_mask_shape(&dst, &index)?;
            self.count_selected(&index)?
        } else {
            let rows = self.product(&index.shape)?;
            self.b.build_int_mul(rows, row, "selected")?
        };
        // The k-th selected element gets value k (or the only value).
        let source: ValueSource<'_, '_, 'ctx, '_> = match &vt {
            Type::Scalar(s) => {
                let x = self.convert_scalar(v, *s, a.dtype)?;
                Box::new(move |_, _| Ok(x))
            }
            Type::Array(va) => {
                let vp = self.array_parts(va, v)?;
                let n = self.product(&vp.shape)?;
                let one = self
                    .b
                    .build_int_compare(IntPredicate::EQ, n, self.i64(1), "")?;
                let fits = self.b.build_int_compare(IntPredicate::EQ, n, count, "")?;
                // One row for every selected row (`m[idx] = row`).
                let a_row = if it.dtype == Scalar::Bool || a.ndim == 1 {
                    self.ctx.bool_type().const_zero()
                } else {
                    self.b.build_int_compare(IntPredicate::EQ, n, row, "")?
                };
                let ok = self.b.build_or(one, fits, "")?;
                let ok = self.b.build_or(ok, a_row, "")?;
                let bad = self.b.build_not(ok, "")?;
                self.raise_if(
                    bad,
                    ExceptionKind::ValueError,
                    "cannot assign {} input values to the {} elements the index selects",
                    &[n, count],
                )?;
                let flat = self.contiguous(va, v)?;
                let (from, to) = (va.dtype, a.dtype);
                Box::new(move |this, k| {
                    // Where the value is one row, it repeats for every row.
                    let in_row = this.b.build_int_unsigned_rem(k, row, "")?;
                    let repeat = this.b.build_and(a_row, this.b.build_not(fits, "")?, "")?;
                    let k = this.b.build_select(repeat, in_row, k, "")?.into_int_value();
                    let k = this
                        .b
                        .build_select(one, this.i64(0), k, "")?
                        .into_int_value();
                    let at = unsafe {
                        this.b.build_in_bounds_gep(
                            this.m.scalar_memory_type(from),
                            flat.data,
                            &[k],
                            "",
                        )?
                    };
                    let x = this.load_scalar(from, at)?;
                    this.convert_scalar(x, from, to)
                })
            }
            t => return Err(bug(format!("storing {t} through an array index"))),
        };
        let pos = self.entry_alloca(self.ctx.i64_type().into(), "pos")?;
        self.b.build_store(pos, self.i64(0))?;
        if it.dtype == Scalar::Bool {
            return self.for_each_selected(&dst, &index, &mut |this, at| {
                let k = this.bump(pos)?;
                let x = source(this, k)?;
                this.store_scalar(a.dtype, at, x)
            });
        }
        // The selected rows, each element of each in C order.
        let rank = index.shape.len();
        let mut shape = index.shape.clone();
        shape.extend_from_slice(&dst.shape[1..]);
        self.for_each_index(&shape, &mut |this, idx| {
            let k = this.gather_index(it.dtype, &index, &idx[..rank], dst.shape[0])?;
            let mut at = vec![k];
            at.extend_from_slice(&idx[rank..]);
            let j = this.bump(pos)?;
            let x = source(this, j)?;
            this.store_scalar(a.dtype, this.address(&dst, &at)?, x)
        })
    }

    fn check_mask_shape(&self, a: &Parts<'ctx>, mask: &Parts<'ctx>) -> CgResult<()> {
        for (d, (&n, &m)) in a.shape.iter().zip(&mask.shape).enumerate() {
            let differ = self.b.build_int_compare(IntPredicate::NE, n, m, "")?;
            self.raise_if(
                differ,
                ExceptionKind::IndexError,
                "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                &[self.i64(d as i64), n, m],
            )?;
        }
        Ok(())
    }

    fn count_selected(&mut self, mask: &Parts<'ctx>) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let count = self.entry_alloca(i64t.into(), "count")?;
        self.b.build_store(count, self.i64(0))?;
        let shape = mask.shape.clone();
        self.for_each_index(&shape, &mut |this, idx| {
            let t = this.load_scalar(Scalar::Bool, this.address(mask, idx)?)?;
            let t = this.b.build_int_z_extend(t.into_int_value(), i64t, "")?;
            let c = this.b.build_load(i64t, count, "")?.into_int_value();
            this.b.build_store(count, this.b.build_int_add(c, t, "")?)?;
            Ok(())
        })?;
        Ok(self.b.build_load(i64t, count, "count")?.into_int_value())
    }

    /// Runs `body` with the address of every element of `a` the mask
    /// selects, in C order.
    fn for_each_selected(
        &mut self,
        a: &Parts<'ctx>,
        mask: &Parts<'ctx>,
        body: &mut dyn FnMut(&mut Self, inkwell::values::PointerValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        let shape = a.shape.clone();
        self.for_each_index(&shape, &mut |this, idx| {
            let t = this.load_scalar(Scalar::Bool, this.address(mask, idx)?)?;
            let take = this.new_block("mask.take");
            let next = this.new_block("mask.next");
            this.b
                .build_conditional_branch(t.into_int_value(), take, next)?;
            this.b.position_at_end(take);
            let at = this.address(a, idx)?;
            body(this, at)?;
            this.b.build_unconditional_branch(next)?;
            this.b.position_at_end(next);
            Ok(())
        })
    }

    /// `index[idx]` as a position in an axis of length `n`: wrapped once if
    /// negative, IndexError if still outside.
    fn gather_index(
        &self,
        dtype: Scalar,
        index: &Parts<'ctx>,
        idx: &[IntValue<'ctx>],
        n: IntValue<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let k = self.load_scalar(dtype, self.address(index, idx)?)?;
        let k = self.convert_scalar(k, dtype, Scalar::I64)?.into_int_value();
        self.wrap_index(k, n, 0)
    }

    /// `*slot += 1`, returning the old value.
    fn bump(&self, slot: inkwell::values::PointerValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let k = self.b.build_load(i64t, slot, "")?.into_int_value();
        self.b
            .build_store(slot, self.b.build_int_add(k, self.i64(1), "")?)?;
        Ok(k)
    }
}
