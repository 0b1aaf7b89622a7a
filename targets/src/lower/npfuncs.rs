//! NumPy functions that are not elementwise: creation, copies and views,
//! reductions, `cumsum`, `nonzero`, `dot`/`matmul` (typing in
//! `penna_compiler::typing::numpy`); sorting and searching are in `sorting`,
//! `bincount`/`histogram`/`concatenate` in `counting`.
//!
//! Reductions run in the type NumPy accumulates in (`sum` of int32 in int64),
//! visit elements in C order and follow NumPy at the edges: NaN propagates
//! through `min`/`max`, the first extreme wins `argmin`/`argmax`, `min` of an
//! empty array raises ValueError, `mean` of an empty array is NaN.

use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::NpFn;
use penna_compiler::ir::{BinaryOp, CmpOp};
use penna_compiler::typing::numpy::{mean_type, sum_type};
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

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
        let result_dtype = || match ty {
            Type::Array(a) => Ok(a.dtype),
            t => Err(bug(format!("np.{} returns {t}", f.name()))),
        };
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
        match f {
            NpFn::Empty
            | NpFn::Zeros
            | NpFn::Ones
            | NpFn::Full
            | NpFn::EmptyLike
            | NpFn::ZerosLike
            | NpFn::OnesLike
            | NpFn::FullLike => {
                let shape = match types[0] {
                    Type::Array(a) => self.array_parts(a, args[0])?.shape,
                    t => self.shape_argument(t, args[0])?,
                };
                let dtype = result_dtype()?;
                let dst = self.allocate(dtype, &shape)?;
                match f {
                    NpFn::Empty | NpFn::EmptyLike => {}
                    NpFn::Zeros | NpFn::ZerosLike => self.zero_fill(dtype, &dst)?,
                    NpFn::Ones | NpFn::OnesLike => self.fill(dtype, &dst, self.one(dtype)?)?,
                    _ => self.fill(dtype, &dst, args[1])?,
                }
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::Arange => self.arange(args, types, result_dtype()?),
            NpFn::Linspace => self.linspace(args, types),
            NpFn::Eye | NpFn::Identity => {
                let n = args[0].into_int_value();
                let (m, k) = if f == NpFn::Eye {
                    let m = match types[1] {
                        Type::None => n,
                        _ => args[1].into_int_value(),
                    };
                    let k = match types[2] {
                        Type::None => self.i64(0),
                        _ => args[2].into_int_value(),
                    };
                    (m, k)
                } else {
                    (n, self.i64(0))
                };
                let dtype = result_dtype()?;
                let dst = self.allocate(dtype, &[n, m])?;
                self.zero_fill(dtype, &dst)?;
                let one = self.one(dtype)?;
                self.counted_loop(n, |this, i| {
                    let j = this.b.build_int_add(i, k, "j")?;
                    let lo = this
                        .b
                        .build_int_compare(IntPredicate::SGE, j, this.i64(0), "")?;
                    let hi = this.b.build_int_compare(IntPredicate::SLT, j, m, "")?;
                    let inside = this.b.build_and(lo, hi, "")?;
                    let set = this.new_block("eye.set");
                    let next = this.new_block("eye.next");
                    this.b.build_conditional_branch(inside, set, next)?;
                    this.b.position_at_end(set);
                    this.store_scalar(dtype, this.address(&dst, &[i, j])?, one)?;
                    this.b.build_unconditional_branch(next)?;
                    this.b.position_at_end(next);
                    Ok(())
                })?;
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::Copy | NpFn::Astype | NpFn::Flatten => {
                let a = array(types[0])?;
                let src = self.array_parts(&a, args[0])?;
                let dtype = result_dtype()?;
                let dst = self.allocate(dtype, &src.shape)?;
                if a.layout == Layout::C && dtype == a.dtype {
                    let n = self.product(&src.shape)?;
                    let nbytes = self
                        .b
                        .build_int_nsw_mul(n, self.i64(dtype.size() as i64), "")?;
                    self.b.build_memcpy(dst.data, 1, src.data, 1, nbytes)?;
                } else {
                    self.copy_elements(a.dtype, &src, dtype, &dst)?;
                }
                let result = if f == NpFn::Flatten {
                    let n = self.product(&dst.shape)?;
                    Parts {
                        shape: vec![n],
                        strides: vec![self.i64(dtype.size() as i64)],
                        ..dst
                    }
                } else {
                    dst
                };
                Ok(self.descriptor(&result)?.into())
            }
            NpFn::Ravel => self.ravel(&array(types[0])?, args[0]),
            NpFn::Reshape => self.reshape(&array(types[0])?, args[0], types[1], args[1]),
            NpFn::Transpose => self.transpose(&array(types[0])?, args[0]),
            NpFn::Fill => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                let shape = p.shape.clone();
                self.for_each_index(&shape, &mut |this, idx| {
                    this.store_scalar(a.dtype, this.address(&p, idx)?, args[1])
                })?;
                Ok(self.none_value())
            }
            NpFn::Sum | NpFn::Prod | NpFn::Amin | NpFn::Amax | NpFn::Mean => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                if *types[1] == Type::None {
                    return self.reduce_all(f, &a, &p);
                }
                let axis = self.normalize_axis(args[1].into_int_value(), a.ndim)?;
                if a.ndim == 1 {
                    return self.reduce_all(f, &a, &p);
                }
                self.reduce_axis(f, &a, &p, axis, result_dtype()?)
            }
            NpFn::Var | NpFn::Std => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                self.variance(f, &a, &p)
            }
            NpFn::Argmin | NpFn::Argmax => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                self.arg_extreme(f, &a, &p)
            }
            NpFn::Any | NpFn::All => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                let is_all = f == NpFn::All;
                let acc = self.entry_alloca(self.ctx.bool_type().into(), "acc")?;
                self.b
                    .build_store(acc, self.ctx.bool_type().const_int(is_all as u64, false))?;
                self.for_each_element(&a, &p, &mut |this, x, _| {
                    let t = this.truth(&Type::Scalar(a.dtype), x)?;
                    let cur = this
                        .b
                        .build_load(this.ctx.bool_type(), acc, "")?
                        .into_int_value();
                    let v = if is_all {
                        this.b.build_and(cur, t, "")?
                    } else {
                        this.b.build_or(cur, t, "")?
                    };
                    this.b.build_store(acc, v)?;
                    Ok(())
                })?;
                Ok(self.b.build_load(self.ctx.bool_type(), acc, "")?)
            }
            NpFn::Cumsum | NpFn::Cumprod => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                let t = sum_type(a.dtype);
                let n = self.product(&p.shape)?;
                let dst = self.allocate(t, &[n])?;
                let op = if f == NpFn::Cumsum {
                    BinaryOp::Add
                } else {
                    BinaryOp::Mul
                };
                let init = if f == NpFn::Cumsum {
                    self.m.scalar_type(t).const_zero()
                } else {
                    self.one(t)?
                };
                let acc = self.entry_alloca(self.m.scalar_type(t), "acc")?;
                self.b.build_store(acc, init)?;
                self.for_each_element(&a, &p, &mut |this, x, k| {
                    let x = this.convert_scalar(x, a.dtype, t)?;
                    let cur = this.b.build_load(this.m.scalar_type(t), acc, "")?;
                    let v = this.binary(op, t, cur, x)?;
                    this.b.build_store(acc, v)?;
                    this.store_scalar(t, this.address(&dst, &[k])?, v)
                })?;
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::Nonzero | NpFn::Where => self.nonzero(&array(types[0])?, args[0], ty),
            NpFn::Dot | NpFn::Matmul => {
                self.dot(&array(types[0])?, args[0], &array(types[1])?, args[1], ty)
            }
            NpFn::Sort | NpFn::SortInPlace | NpFn::Argsort | NpFn::Unique => {
                self.sort_call(f, &array(types[0])?, args[0])
            }
            NpFn::Searchsorted => {
                let right = (*types[2] != Type::None).then(|| args[2].into_int_value());
                self.searchsorted(&array(types[0])?, args[0], types[1], args[1], right)
            }
            NpFn::Bincount => {
                let weights = match types[1] {
                    Type::Array(w) => Some((w, args[1])),
                    _ => None,
                };
                let minlength = (*types[2] != Type::None).then(|| args[2].into_int_value());
                self.bincount(&array(types[0])?, args[0], weights, minlength)
            }
            NpFn::Histogram => {
                let bins = (*types[1] != Type::None).then(|| args[1].into_int_value());
                let range = (*types[2] != Type::None).then_some(args[2]);
                self.histogram(&array(types[0])?, args[0], bins, range, ty)
            }
            NpFn::Concatenate => {
                let Type::Tuple(items) = types[0] else {
                    return Err(bug("np.concatenate of a non-tuple"));
                };
                let axis = (*types[1] != Type::None).then(|| args[1].into_int_value());
                self.concatenate(items, args[0], axis, result_dtype()?)
            }
            NpFn::Minimum | NpFn::Maximum | NpFn::Sign | NpFn::Clip => Err(bug(format!(
                "np.{} on arrays outside a fused loop",
                f.name()
            ))),
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

    /// The accumulation step and start of a reduction in type `t`.
    fn reduce_step(
        &self,
        f: NpFn,
        t: Scalar,
        acc: BasicValueEnum<'ctx>,
        x: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Sum | NpFn::Mean => self.binary(BinaryOp::Add, t, acc, x),
            NpFn::Prod => self.binary(BinaryOp::Mul, t, acc, x),
            NpFn::Amin => self.extreme(CmpOp::Lt, t, acc, x),
            NpFn::Amax => self.extreme(CmpOp::Gt, t, acc, x),
            _ => Err(bug("not a reduction")),
        }
    }

    fn reduce_type(f: NpFn, a: &ArrayType) -> Scalar {
        match f {
            NpFn::Sum | NpFn::Prod => sum_type(a.dtype),
            NpFn::Mean => mean_type(a.dtype),
            _ => a.dtype,
        }
    }

    /// The start of a reduction; `first` is the first element (min/max).
    fn reduce_init(
        &self,
        f: NpFn,
        t: Scalar,
        first: impl FnOnce() -> CgResult<BasicValueEnum<'ctx>>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Sum | NpFn::Mean => Ok(self.m.scalar_type(t).const_zero()),
            NpFn::Prod => self.one(t),
            _ => first(),
        }
    }

    fn reduce_all(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        p: &Parts<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if f == NpFn::Mean && a.dtype == Scalar::F16 {
            return self.float16_mean(a, p);
        }
        let t = Self::reduce_type(f, a);
        let n = self.product(&p.shape)?;
        if matches!(f, NpFn::Amin | NpFn::Amax) {
            self.raise_if_empty(
                n,
                if f == NpFn::Amin {
                    "minimum"
                } else {
                    "maximum"
                },
            )?;
        }
        let init = self.reduce_init(f, t, || {
            let zeros = vec![self.i64(0); p.shape.len()];
            self.load_scalar(a.dtype, self.address(p, &zeros)?)
        })?;
        let acc = self.entry_alloca(self.m.scalar_type(t), "acc")?;
        self.b.build_store(acc, init)?;
        self.for_each_element(a, p, &mut |this, x, _| {
            let x = this.convert_scalar(x, a.dtype, t)?;
            let cur = this.b.build_load(this.m.scalar_type(t), acc, "")?;
            let v = this.reduce_step(f, t, cur, x)?;
            this.b.build_store(acc, v)?;
            Ok(())
        })?;
        let total = self.b.build_load(self.m.scalar_type(t), acc, "total")?;
        if f == NpFn::Mean {
            return self.divide_by_count(total, t, n);
        }
        Ok(total)
    }

    /// NumPy's mean of float16: summed in float32 in NumPy's order (the
    /// runtime's `SUM_F16_SYMBOL`, over C order), divided in float32, rounded
    /// once to float16.
    fn float16_mean(&mut self, a: &ArrayType, p: &Parts<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        let n = self.product(&p.shape)?;
        let data = if a.layout == Layout::C {
            p.data
        } else {
            self.fresh_copy(a.dtype, p)?.data
        };
        let f32t = self.ctx.f32_type();
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let sum = self.m.runtime_function(
            penna_compiler::abi::SUM_F16_SYMBOL,
            f32t.fn_type(&[ptr.into(), self.ctx.i64_type().into()], false),
        );
        let total = self
            .b
            .build_call(sum, &[data.into(), n.into()], "sum.f16")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("the float16 sum returned void"))?;
        let mean = self.divide_by_count(total, Scalar::F32, n)?;
        self.convert_scalar(mean, Scalar::F32, Scalar::F16)
    }

    fn divide_by_count(
        &self,
        total: BasicValueEnum<'ctx>,
        t: Scalar,
        n: IntValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        // Division by zero (an empty array) gives NaN as NumPy does, not an
        // exception: divide as floats directly.
        let count = self.convert_scalar(n.into(), Scalar::I64, t)?;
        if t.is_complex() {
            return self.binary(BinaryOp::Div, t, total, count);
        }
        Ok(self
            .b
            .build_float_div(total.into_float_value(), count.into_float_value(), "mean")?
            .into())
    }

    fn normalize_axis(&self, axis: IntValue<'ctx>, ndim: u8) -> CgResult<IntValue<'ctx>> {
        let n = self.i64(ndim as i64);
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, axis, self.i64(0), "")?;
        let plus = self.b.build_int_add(axis, n, "")?;
        let a = self
            .b
            .build_select(neg, plus, axis, "axis")?
            .into_int_value();
        let bad = self.b.build_int_compare(IntPredicate::UGE, a, n, "")?;
        self.raise_if(
            bad,
            ExceptionKind::ValueError,
            "axis {} is out of bounds for array of dimension {}",
            &[axis, n],
        )?;
        Ok(a)
    }

    /// `np.sum(a, axis=k)` and friends for arrays of 2 or more dimensions.
    fn reduce_axis(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        p: &Parts<'ctx>,
        axis: IntValue<'ctx>,
        t: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let ndim = p.shape.len();
        let pick = |this: &Self, values: &[IntValue<'ctx>], k: usize| -> CgResult<IntValue<'ctx>> {
            // values[k] before the axis, values[k + 1] after it.
            let before =
                this.b
                    .build_int_compare(IntPredicate::SLT, this.i64(k as i64), axis, "")?;
            Ok(this
                .b
                .build_select(before, values[k], values[k + 1], "")?
                .into_int_value())
        };
        let mut out_shape = Vec::new();
        let mut in_strides = Vec::new();
        for k in 0..ndim - 1 {
            out_shape.push(pick(self, &p.shape, k)?);
            in_strides.push(pick(self, &p.strides, k)?);
        }
        let mut axis_len = self.i64(0);
        let mut axis_stride = self.i64(0);
        for k in 0..ndim {
            let here = self
                .b
                .build_int_compare(IntPredicate::EQ, axis, self.i64(k as i64), "")?;
            axis_len = self
                .b
                .build_select(here, p.shape[k], axis_len, "")?
                .into_int_value();
            axis_stride = self
                .b
                .build_select(here, p.strides[k], axis_stride, "")?
                .into_int_value();
        }
        if matches!(f, NpFn::Amin | NpFn::Amax) {
            // Only an empty reduced axis has no identity.
            let any_out = self.product(&out_shape)?;
            let nonempty_out =
                self.b
                    .build_int_compare(IntPredicate::NE, any_out, self.i64(0), "")?;
            let empty_axis =
                self.b
                    .build_int_compare(IntPredicate::EQ, axis_len, self.i64(0), "")?;
            let bad = self.b.build_and(nonempty_out, empty_axis, "")?;
            self.raise_if(
                bad,
                ExceptionKind::ValueError,
                "zero-size array to reduction operation which has no identity",
                &[],
            )?;
        }
        let dst = self.allocate(t, &out_shape)?;
        let outer = Parts {
            meminfo: p.meminfo,
            data: p.data,
            shape: out_shape.clone(),
            strides: in_strides,
        };
        let acc = self.entry_alloca(self.m.scalar_type(t), "acc")?;
        self.for_each_index(&out_shape, &mut |this, idx| {
            let base = this.address(&outer, idx)?;
            let init = this.reduce_init(f, t, || {
                let x = this.load_scalar(a.dtype, base)?;
                this.convert_scalar(x, a.dtype, t)
            })?;
            this.b.build_store(acc, init)?;
            this.counted_loop(axis_len, |this, j| {
                let off = this.b.build_int_nsw_mul(j, axis_stride, "")?;
                let at = unsafe { this.b.build_gep(this.ctx.i8_type(), base, &[off], "")? };
                let x = this.load_scalar(a.dtype, at)?;
                let x = this.convert_scalar(x, a.dtype, t)?;
                let cur = this.b.build_load(this.m.scalar_type(t), acc, "")?;
                let v = this.reduce_step(f, t, cur, x)?;
                this.b.build_store(acc, v)?;
                Ok(())
            })?;
            let mut v = this.b.build_load(this.m.scalar_type(t), acc, "")?;
            if f == NpFn::Mean {
                v = this.divide_by_count(v, t, axis_len)?;
            }
            this.store_scalar(t, this.address(&dst, idx)?, v)
        })?;
        Ok(self.descriptor(&dst)?.into())
    }

    /// `np.var` / `np.std`: the mean of squared distances from the mean.
    fn variance(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        p: &Parts<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let t = mean_type(a.dtype);
        let r = t.real_part();
        let n = self.product(&p.shape)?;
        let mean = self.reduce_all(NpFn::Mean, a, p)?;
        let acc = self.entry_alloca(self.m.scalar_type(r), "acc")?;
        self.b
            .build_store(acc, self.m.scalar_type(r).const_zero())?;
        self.for_each_element(a, p, &mut |this, x, _| {
            let x = this.convert_scalar(x, a.dtype, t)?;
            let d = this.binary(BinaryOp::Sub, t, x, mean)?;
            let sq = if t.is_complex() {
                let (re, im) = this.parts_of_complex(d)?;
                let a2 = this.b.build_float_mul(re, re, "")?;
                let b2 = this.b.build_float_mul(im, im, "")?;
                this.b.build_float_add(a2, b2, "")?.into()
            } else {
                this.binary(BinaryOp::Mul, t, d, d)?
            };
            let cur = this.b.build_load(this.m.scalar_type(r), acc, "")?;
            let v = this.binary(BinaryOp::Add, r, cur, sq)?;
            this.b.build_store(acc, v)?;
            Ok(())
        })?;
        let total = self.b.build_load(self.m.scalar_type(r), acc, "")?;
        let var = self.divide_by_count(total, r, n)?;
        if f == NpFn::Std {
            return self.call_math(penna_compiler::builtins::MathFn::Sqrt, r, &[var]);
        }
        Ok(var)
    }

    fn parts_of_complex(
        &self,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<(
        inkwell::values::FloatValue<'ctx>,
        inkwell::values::FloatValue<'ctx>,
    )> {
        self.parts(v.into_struct_value())
    }

    /// `np.argmin` / `np.argmax`: the flat index of the first extreme (of the
    /// first NaN, if any, as NumPy).
    fn arg_extreme(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        p: &Parts<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let n = self.product(&p.shape)?;
        self.raise_if_empty(n, f.name())?;
        let op = if f == NpFn::Argmin {
            CmpOp::Lt
        } else {
            CmpOp::Gt
        };
        let s = a.dtype;
        let best = self.entry_alloca(self.m.scalar_type(s), "best")?;
        let at = self.entry_alloca(self.ctx.i64_type().into(), "at")?;
        let zeros = vec![self.i64(0); p.shape.len()];
        let first = self.load_scalar(s, self.address(p, &zeros)?)?;
        self.b.build_store(best, first)?;
        self.b.build_store(at, self.i64(0))?;
        let found_nan = self.entry_alloca(self.ctx.bool_type().into(), "nan")?;
        self.b
            .build_store(found_nan, self.ctx.bool_type().const_zero())?;
        self.for_each_element(a, p, &mut |this, x, k| {
            let cur = this.b.build_load(this.m.scalar_type(s), best, "")?;
            let mut better = this.compare(op, s, x, cur)?;
            if s.is_float() {
                // The first NaN wins and stays.
                let xv = x.into_float_value();
                let is_nan =
                    this.b
                        .build_float_compare(inkwell::FloatPredicate::UNO, xv, xv, "")?;
                let seen = this
                    .b
                    .build_load(this.ctx.bool_type(), found_nan, "")?
                    .into_int_value();
                let fresh_nan = this.b.build_and(is_nan, this.b.build_not(seen, "")?, "")?;
                better = this.b.build_and(better, this.b.build_not(seen, "")?, "")?;
                better = this.b.build_or(better, fresh_nan, "")?;
                let seen = this.b.build_or(seen, is_nan, "")?;
                this.b.build_store(found_nan, seen)?;
            }
            let v = this.b.build_select(better, x, cur, "")?;
            this.b.build_store(best, v)?;
            let old = this
                .b
                .build_load(this.ctx.i64_type(), at, "")?
                .into_int_value();
            let idx = this.b.build_select(better, k, old, "")?;
            this.b.build_store(at, idx)?;
            Ok(())
        })?;
        Ok(self.b.build_load(self.ctx.i64_type(), at, "arg")?)
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
