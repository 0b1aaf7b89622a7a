//! NumPy function calls: [`FnLowering::np_call`] sends each to the file of
//! its group (`NpFn::group`; typing in `penna_compiler::typing::numpy`):
//! `creation.rs`, `shape.rs`, `reductions.rs`, `elementwise.rs`,
//! `sorting.rs`, `counting.rs`, `linalg.rs`, `indexing.rs`, `limits.rs`
//! here, which call the larger implementations elsewhere in `lower/`
//! (`sorting`, `counting`, `dot`, `elementwise`).
//!
//! Reductions run in the type NumPy accumulates in (`sum` of int32 in int64),
//! visit elements in C order and follow NumPy at the edges: NaN propagates
//! through `min`/`max`, the first extreme wins `argmin`/`argmax`, `min` of an
//! empty array raises ValueError, `mean` of an empty array is NaN.

mod counting;
mod creation;
mod elementwise;
mod indexing;
mod limits;
mod linalg;
mod reductions;
mod shape;
mod sorting;

use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::{NpFn, NpGroup};
use penna_compiler::ir::{BinaryOp, CmpOp};
use penna_compiler::typing::numpy::{mean_type, sum_type};
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

/// The dtype of the array `f` returns (its type `ty`).
fn result_dtype(f: NpFn, ty: &Type) -> CgResult<Scalar> {
    match ty {
        Type::Array(a) => Ok(a.dtype),
        t => Err(bug(format!("np.{} returns {t}", f.name()))),
    }
}

fn array(t: &Type) -> CgResult<ArrayType> {
    match t {
        Type::Array(a) => Ok(*a),
        t => Err(bug(format!("expected an array, got {t}"))),
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn np_call(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if f.is_elementwise() && types.iter().all(|t| t.scalar().is_some()) {
            // One element: np.minimum(x, y) on numbers, or inside a fused loop.
            let s = match (f, types) {
                (NpFn::Where, [_, x, ..]) => x.scalar(),
                (_, [x, ..]) => x.scalar(),
                _ => None,
            }
            .ok_or_else(|| bug("elementwise call without operands"))?;
            return self.np_scalar(f, args, s);
        }
        match f.group() {
            NpGroup::Creation => self.np_creation(f, args, types, ty),
            NpGroup::Shape => self.np_shape(f, args, types, ty),
            NpGroup::Reduction => self.np_reductions(f, args, types, ty),
            NpGroup::Elementwise => self.np_elementwise(f, args, types, ty),
            NpGroup::Sorting => self.np_sorting(f, args, types, ty),
            NpGroup::Counting => self.np_counting(f, args, types, ty),
            NpGroup::Linalg => self.np_linalg(f, args, types, ty),
            NpGroup::Indexing => self.np_indexing(f, args, types, ty),
            NpGroup::Limits => self.np_limits(f, args, types, ty),
        }
    }

    fn one(&self, s: Scalar) -> CgResult<BasicValueEnum<'ctx>> {
        self.convert_scalar(self.i64(1).into(), Scalar::I64, s)
    }

    fn shape_argument(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<Vec<IntValue<'ctx>>> {
        match t {
            Type::Tuple(items) => (0..items.len() as u32)
                .map(|k| {
                    Ok(self
                        .b
                        .build_extract_value(v.into_struct_value(), k, "dim")?
                        .into_int_value())
                })
                .collect(),
            _ => Ok(vec![v.into_int_value()]),
        }
    }

    pub fn zero_fill(&self, dtype: Scalar, dst: &Parts<'ctx>) -> CgResult<()> {
        let n = self.product(&dst.shape)?;
        let nbytes = self
            .b
            .build_int_nsw_mul(n, self.i64(dtype.size() as i64), "")?;
        self.b
            .build_memset(dst.data, 64, self.ctx.i8_type().const_zero(), nbytes)?;
        Ok(())
    }

    /// Stores `v` into every element of a new (C-contiguous) array.
    fn fill(&mut self, dtype: Scalar, dst: &Parts<'ctx>, v: BasicValueEnum<'ctx>) -> CgResult<()> {
        let n = self.product(&dst.shape)?;
        let elem = self.m.scalar_memory_type(dtype);
        self.counted_loop(n, |this, k| {
            let at = unsafe { this.b.build_in_bounds_gep(elem, dst.data, &[k], "")? };
            this.store_scalar(dtype, at, v)
        })
    }

    /// Runs `body(element, flat index)` for every element in C order: one flat
    /// loop over a C-contiguous array, a loop nest over any other.
    pub fn for_each_element(
        &mut self,
        a: &ArrayType,
        p: &Parts<'ctx>,
        body: &mut dyn FnMut(&mut Self, BasicValueEnum<'ctx>, IntValue<'ctx>) -> CgResult<()>,
    ) -> CgResult<()> {
        if a.layout == Layout::C {
            let n = self.product(&p.shape)?;
            let elem = self.m.scalar_memory_type(a.dtype);
            return self.counted_loop(n, |this, k| {
                let at = unsafe { this.b.build_in_bounds_gep(elem, p.data, &[k], "")? };
                let x = this.load_scalar(a.dtype, at)?;
                body(this, x, k)
            });
        }
        let counter = self.entry_alloca(self.ctx.i64_type().into(), "flat")?;
        self.b.build_store(counter, self.i64(0))?;
        let shape = p.shape.clone();
        self.for_each_index(&shape, &mut |this, idx| {
            let x = this.load_scalar(a.dtype, this.address(p, idx)?)?;
            let k = this
                .b
                .build_load(this.ctx.i64_type(), counter, "k")?
                .into_int_value();
            body(this, x, k)?;
            let next = this.b.build_int_add(k, this.i64(1), "")?;
            this.b.build_store(counter, next)?;
            Ok(())
        })
    }

    fn raise_if_empty(&self, n: IntValue<'ctx>, what: &str) -> CgResult<()> {
        let empty = self
            .b
            .build_int_compare(IntPredicate::EQ, n, self.i64(0), "")?;
        self.raise_if(
            empty,
            ExceptionKind::ValueError,
            &format!("zero-size array to reduction operation {what} which has no identity"),
            &[],
        )
    }

    fn arange(
        &mut self,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let t = types[0].scalar().ok_or_else(|| bug("arange start"))?;
        let given = |k: usize| *types[k] != Type::None;
        let (start, stop) = if given(1) {
            (args[0], args[1])
        } else {
            (self.m.scalar_type(t).const_zero(), args[0])
        };
        let step = if given(2) { args[2] } else { self.one(t)? };
        let n = if t.is_float() {
            let (a, b, s) = (
                start.into_float_value(),
                stop.into_float_value(),
                step.into_float_value(),
            );
            let zero = s.get_type().const_zero();
            let is_zero = self
                .b
                .build_float_compare(inkwell::FloatPredicate::OEQ, s, zero, "")?;
            self.raise_if(
                is_zero,
                ExceptionKind::ValueError,
                "arange: step must not be zero",
                &[],
            )?;
            let span = self.b.build_float_sub(b, a, "")?;
            let q = self.b.build_float_div(span, s, "")?;
            let c = self.call_math(penna_compiler::builtins::MathFn::Ceil, t, &[q.into()])?;
            let n =
                self.b
                    .build_float_to_signed_int(c.into_float_value(), self.ctx.i64_type(), "")?;
            let neg = self
                .b
                .build_int_compare(IntPredicate::SLT, n, self.i64(0), "")?;
            self.b
                .build_select(neg, self.i64(0), n, "n")?
                .into_int_value()
        } else {
            let step_const = if given(2) { None } else { Some(1) };
            let (a, b, s) = (
                self.convert_scalar(start, t, Scalar::I64)?.into_int_value(),
                self.convert_scalar(stop, t, Scalar::I64)?.into_int_value(),
                self.convert_scalar(step, t, Scalar::I64)?.into_int_value(),
            );
            self.trip_count(a, b, s, step_const)?
        };
        let dst = self.allocate(dtype, &[n])?;
        let elem = self.m.scalar_memory_type(dtype);
        self.counted_loop(n, |this, k| {
            let kt = this.convert_scalar(k.into(), Scalar::I64, t)?;
            let off = this.binary(BinaryOp::Mul, t, kt, step)?;
            let v = this.binary(BinaryOp::Add, t, start, off)?;
            let v = this.convert_scalar(v, t, dtype)?;
            let at = unsafe { this.b.build_in_bounds_gep(elem, dst.data, &[k], "")? };
            this.store_scalar(dtype, at, v)
        })?;
        Ok(self.descriptor(&dst)?.into())
    }

    fn linspace(
        &mut self,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let num = if *types[2] == Type::None {
            self.i64(50)
        } else {
            args[2].into_int_value()
        };
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, num, self.i64(0), "")?;
        self.raise_if(
            neg,
            ExceptionKind::ValueError,
            "Number of samples, {}, must be non-negative.",
            &[num],
        )?;
        let (start, stop) = (args[0].into_float_value(), args[1].into_float_value());
        let f64t = self.ctx.f64_type();
        let div = self.b.build_int_sub(num, self.i64(1), "")?;
        let one_or_more = self
            .b
            .build_int_compare(IntPredicate::SGT, div, self.i64(0), "")?;
        let div = self
            .b
            .build_select(one_or_more, div, self.i64(1), "")?
            .into_int_value();
        let divf = self.b.build_signed_int_to_float(div, f64t, "")?;
        let delta = self.b.build_float_sub(stop, start, "")?;
        let step = self.b.build_float_div(delta, divf, "step")?;
        let dst = self.allocate(Scalar::F64, &[num])?;
        self.counted_loop(num, |this, k| {
            let kf = this.b.build_signed_int_to_float(k, f64t, "")?;
            let v = this
                .b
                .build_float_add(start, this.b.build_float_mul(kf, step, "")?, "")?;
            let at = unsafe { this.b.build_in_bounds_gep(f64t, dst.data, &[k], "")? };
            this.b.build_store(at, v)?;
            Ok(())
        })?;
        // The last sample is `stop` exactly.
        let set_last = self.new_block("linspace.last");
        let done = self.new_block("linspace.done");
        let has_two = self
            .b
            .build_int_compare(IntPredicate::SGT, num, self.i64(1), "")?;
        self.b.build_conditional_branch(has_two, set_last, done)?;
        self.b.position_at_end(set_last);
        let last = self.b.build_int_sub(num, self.i64(1), "")?;
        let at = unsafe { self.b.build_in_bounds_gep(f64t, dst.data, &[last], "")? };
        self.b.build_store(at, stop)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(self.descriptor(&dst)?.into())
    }

    /// `np.nonzero(a)`: one int64 index array per axis.
    fn nonzero(
        &mut self,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let p = self.array_parts(a, v)?;
        let count = self.entry_alloca(self.ctx.i64_type().into(), "count")?;
        self.b.build_store(count, self.i64(0))?;
        let s = a.dtype;
        let shape = p.shape.clone();
        self.for_each_element(a, &p, &mut |this, x, _| {
            let t = this.truth(&Type::Scalar(s), x)?;
            let t = this.b.build_int_z_extend(t, this.ctx.i64_type(), "")?;
            let c = this
                .b
                .build_load(this.ctx.i64_type(), count, "")?
                .into_int_value();
            this.b.build_store(count, this.b.build_int_add(c, t, "")?)?;
            Ok(())
        })?;
        let n = self
            .b
            .build_load(self.ctx.i64_type(), count, "n")?
            .into_int_value();
        let outs: Vec<Parts<'ctx>> = (0..a.ndim)
            .map(|_| self.allocate(Scalar::I64, &[n]))
            .collect::<CgResult<_>>()?;
        let pos = self.entry_alloca(self.ctx.i64_type().into(), "pos")?;
        self.b.build_store(pos, self.i64(0))?;
        self.for_each_index(&shape, &mut |this, idx| {
            let x = this.load_scalar(s, this.address(&p, idx)?)?;
            let t = this.truth(&Type::Scalar(s), x)?;
            let store = this.new_block("nz.store");
            let next = this.new_block("nz.next");
            this.b.build_conditional_branch(t, store, next)?;
            this.b.position_at_end(store);
            let k = this
                .b
                .build_load(this.ctx.i64_type(), pos, "")?
                .into_int_value();
            for (axis, out) in outs.iter().enumerate() {
                let at = unsafe {
                    this.b
                        .build_in_bounds_gep(this.ctx.i64_type(), out.data, &[k], "")?
                };
                this.b.build_store(at, idx[axis])?;
            }
            this.b
                .build_store(pos, this.b.build_int_add(k, this.i64(1), "")?)?;
            this.b.build_unconditional_branch(next)?;
            this.b.position_at_end(next);
            Ok(())
        })?;
        let descriptors = outs
            .iter()
            .map(|out| Ok(self.descriptor(out)?.into()))
            .collect::<CgResult<Vec<_>>>()?;
        self.tuple_value(ty, descriptors)
    }
}
