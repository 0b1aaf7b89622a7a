//! Reductions: whole-array and `axis=` `sum prod min max mean var std`,
//! `argmin`/`argmax`, in the type NumPy accumulates in and with NumPy's
//! edge cases (see the parent module).

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
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

    pub(super) fn reduce_all(
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
        let after = self.new_block("reduce.done");
        if self.parallel_arrays() && a.layout == Layout::C {
            let (par, serial) = (
                self.new_block("reduce.par"),
                self.new_block("reduce.serial"),
            );
            self.b
                .build_conditional_branch(self.worth_parallel(n)?, par, serial)?;
            self.b.position_at_end(par);
            self.parallel_reduce(f, a.dtype, t, n, p.data, init, acc)?;
            self.b.build_unconditional_branch(after)?;
            self.b.position_at_end(serial);
        }
        self.for_each_element(a, p, &mut |this, x, _| {
            let x = this.convert_scalar(x, a.dtype, t)?;
            let cur = this.b.build_load(this.m.scalar_type(t), acc, "")?;
            let v = this.reduce_step(f, t, cur, x)?;
            this.b.build_store(acc, v)?;
            Ok(())
        })?;
        self.b.build_unconditional_branch(after)?;
        self.b.position_at_end(after);
        let total = self.b.build_load(self.m.scalar_type(t), acc, "total")?;
        if f == NpFn::Mean {
            return self.divide_by_count(total, t, n);
        }
        Ok(total)
    }

    /// A whole-array reduction of `n` C-contiguous elements of `dtype` at
    /// `data` on the thread pool (`parallel=True`): each member reduces its
    /// block from `init` in a register, and the members' results are folded
    /// into `acc` in member order.
    #[allow(clippy::too_many_arguments)]
    fn parallel_reduce(
        &mut self,
        f: NpFn,
        dtype: Scalar,
        t: Scalar,
        n: IntValue<'ctx>,
        data: inkwell::values::PointerValue<'ctx>,
        init: BasicValueEnum<'ctx>,
        acc: inkwell::values::PointerValue<'ctx>,
    ) -> CgResult<()> {
        let ty = self.m.scalar_type(t);
        self.parallel_elements(
            n,
            &[data.into()],
            Some((ty, init)),
            |w, chunk| {
                let data = chunk.captured[0].into_pointer_value();
                let local = w.entry_alloca(ty, "part")?;
                let start = w.b.build_load(ty, chunk.slot, "")?;
                w.b.build_store(local, start)?;
                w.induction_loop(chunk.lo, IntPredicate::ULT, chunk.hi, 1, |this, k| {
                    let elem = this.m.scalar_memory_type(dtype);
                    let at = unsafe { this.b.build_in_bounds_gep(elem, data, &[k], "")? };
                    let x = this.load_as(dtype, at, t)?;
                    let cur = this.b.build_load(ty, local, "")?;
                    let v = this.reduce_step(f, t, cur, x)?;
                    this.b.build_store(local, v)?;
                    Ok(())
                })?;
                let part = w.b.build_load(ty, local, "")?;
                w.b.build_store(chunk.slot, part)?;
                Ok(())
            },
            |this, slots, team| {
                this.counted_loop(team, |this, k| {
                    let at = unsafe { this.b.build_in_bounds_gep(ty, slots, &[k], "")? };
                    let part = this.b.build_load(ty, at, "")?;
                    let cur = this.b.build_load(ty, acc, "")?;
                    let v = this.reduce_step(f, t, cur, part)?;
                    this.b.build_store(acc, v)?;
                    Ok(())
                })
            },
        )
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

    pub(super) fn normalize_axis(
        &self,
        axis: IntValue<'ctx>,
        ndim: u8,
    ) -> CgResult<IntValue<'ctx>> {
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

    /// The element of type `from` at `at`, converted to the accumulator's `to`.
    fn load_as(
        &self,
        from: Scalar,
        at: inkwell::values::PointerValue<'ctx>,
        to: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let x = self.load_scalar(from, at)?;
        self.convert_scalar(x, from, to)
    }

    /// `np.sum(a, axis=k)` and friends for arrays of 2 or more dimensions.
    pub(super) fn reduce_axis(
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
        // Loop order: when the reduced axis is the innermost in memory, one
        // accumulator per output element runs along it; otherwise whole
        // rows are accumulated into `dst`, the output's dimensions innermost
        // (contiguous and vectorisable: `m.sum(axis=0)` of a C array). Both
        // combine each output's elements in the same order.
        let elem_ty = self.m.scalar_type(t);
        let last_stride = outer.strides.last().copied().unwrap_or(self.i64(0));
        let magnitude = |this: &Self, v: IntValue<'ctx>| -> CgResult<IntValue<'ctx>> {
            let neg = this.b.build_int_neg(v, "")?;
            let is_neg = this
                .b
                .build_int_compare(IntPredicate::SLT, v, this.i64(0), "")?;
            Ok(this.b.build_select(is_neg, neg, v, "")?.into_int_value())
        };
        let (axis_step, row_step) = (magnitude(self, axis_stride)?, magnitude(self, last_stride)?);
        let along_axis =
            self.b
                .build_int_compare(IntPredicate::ULE, axis_step, row_step, "along.axis")?;
        let per_output = self.new_block("reduce.per_output");
        let by_rows = self.new_block("reduce.by_rows");
        let done = self.new_block("reduce.done");
        self.b
            .build_conditional_branch(along_axis, per_output, by_rows)?;

        self.b.position_at_end(per_output);
        let acc = self.entry_alloca(elem_ty, "acc")?;
        self.for_each_index(&out_shape, &mut |this, idx| {
            let base = this.address(&outer, idx)?;
            let init = this.reduce_init(f, t, || this.load_as(a.dtype, base, t))?;
            this.b.build_store(acc, init)?;
            this.counted_loop(axis_len, |this, j| {
                let off = this.b.build_int_nsw_mul(j, axis_stride, "")?;
                let at = unsafe { this.b.build_gep(this.ctx.i8_type(), base, &[off], "")? };
                let x = this.load_as(a.dtype, at, t)?;
                let cur = this.b.build_load(elem_ty, acc, "")?;
                let v = this.reduce_step(f, t, cur, x)?;
                this.b.build_store(acc, v)?;
                Ok(())
            })?;
            let mut v = this.b.build_load(elem_ty, acc, "")?;
            if f == NpFn::Mean {
                v = this.divide_by_count(v, t, axis_len)?;
            }
            this.store_scalar(t, this.address(&dst, idx)?, v)
        })?;
        self.b.build_unconditional_branch(done)?;

        self.b.position_at_end(by_rows);
        self.for_each_index(&out_shape, &mut |this, idx| {
            let base = this.address(&outer, idx)?;
            let init = this.reduce_init(f, t, || this.load_as(a.dtype, base, t))?;
            this.store_scalar(t, this.address(&dst, idx)?, init)
        })?;
        self.counted_loop(axis_len, |this, j| {
            let off = this.b.build_int_nsw_mul(j, axis_stride, "")?;
            this.for_each_index(&out_shape, &mut |this, idx| {
                let base = this.address(&outer, idx)?;
                let at = unsafe { this.b.build_gep(this.ctx.i8_type(), base, &[off], "")? };
                let x = this.load_as(a.dtype, at, t)?;
                let slot = this.address(&dst, idx)?;
                let cur = this.load_scalar(t, slot)?;
                let v = this.reduce_step(f, t, cur, x)?;
                this.store_scalar(t, slot, v)
            })
        })?;
        if f == NpFn::Mean {
            self.for_each_index(&out_shape, &mut |this, idx| {
                let slot = this.address(&dst, idx)?;
                let v = this.load_scalar(t, slot)?;
                let v = this.divide_by_count(v, t, axis_len)?;
                this.store_scalar(t, slot, v)
            })?;
        }
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(self.descriptor(&dst)?.into())
    }

    /// `np.var` / `np.std`: the mean of squared distances from the mean.
    pub(super) fn variance(
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
    pub(super) fn arg_extreme(
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
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The reduction group (`NpGroup::Reduction`).
    pub(super) fn np_reductions(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
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
                self.reduce_axis(f, &a, &p, axis, result_dtype(f, ty)?)
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
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
