//! `np.bincount`, `np.histogram` (equal-width bins) and `np.concatenate`.
//!
//! `histogram` finds each value's bin the way NumPy does (scale into the bin
//! count, then correct by one against the stored edges), so values on an
//! edge land in the same bin as NumPy's, and the last bin is closed.

use inkwell::values::{BasicValueEnum, FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::{ArrayType, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `np.bincount(x, weights=None, minlength=None)`.
    pub fn bincount(
        &mut self,
        x: &ArrayType,
        xv: BasicValueEnum<'ctx>,
        weights: Option<(&ArrayType, BasicValueEnum<'ctx>)>,
        minlength: Option<IntValue<'ctx>>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let i64t = self.ctx.i64_type();
        let p = self.array_parts(x, xv)?;
        let n = p.shape[0];
        let w = match weights {
            Some((wa, wv)) => {
                let w = self.array_parts(wa, wv)?;
                let differ = self
                    .b
                    .build_int_compare(IntPredicate::NE, w.shape[0], n, "")?;
                self.raise_if(
                    differ,
                    ExceptionKind::ValueError,
                    "The weights and list don't have the same length.",
                    &[],
                )?;
                Some((wa.dtype, w))
            }
            None => None,
        };
        let top = self.entry_alloca(i64t.into(), "top")?;
        self.b.build_store(top, self.i64(-1))?;
        self.counted_loop(n, |this, k| {
            let v = this.bin_index(x.dtype, &p, k)?;
            let negative = this
                .b
                .build_int_compare(IntPredicate::SLT, v, this.i64(0), "")?;
            this.raise_if(
                negative,
                ExceptionKind::ValueError,
                "'list' argument must have no negative elements",
                &[],
            )?;
            let t = this.b.build_load(i64t, top, "")?.into_int_value();
            let bigger = this.b.build_int_compare(IntPredicate::SGT, v, t, "")?;
            let t = this.b.build_select(bigger, v, t, "")?;
            this.b.build_store(top, t)?;
            Ok(())
        })?;
        let t = self.b.build_load(i64t, top, "")?.into_int_value();
        let mut len = self.b.build_int_add(t, self.i64(1), "len")?;
        if let Some(m) = minlength {
            let negative = self
                .b
                .build_int_compare(IntPredicate::SLT, m, self.i64(0), "")?;
            self.raise_if(
                negative,
                ExceptionKind::ValueError,
                "'minlength' must not be negative",
                &[],
            )?;
            let longer = self.b.build_int_compare(IntPredicate::SGT, m, len, "")?;
            len = self.b.build_select(longer, m, len, "")?.into_int_value();
        }
        let dtype = if w.is_some() {
            Scalar::F64
        } else {
            Scalar::I64
        };
        let out = self.allocate(dtype, &[len])?;
        self.zero_fill(dtype, &out)?;
        self.counted_loop(n, |this, k| {
            let v = this.bin_index(x.dtype, &p, k)?;
            let at = this.element_at(&out, v)?;
            let old = this.load_scalar(dtype, at)?;
            let new: BasicValueEnum = match &w {
                Some((wt, wp)) => {
                    let x = this.load_scalar(*wt, this.element_at(wp, k)?)?;
                    let x = this.convert_scalar(x, *wt, Scalar::F64)?.into_float_value();
                    this.b
                        .build_float_add(old.into_float_value(), x, "")?
                        .into()
                }
                None => this
                    .b
                    .build_int_add(old.into_int_value(), this.i64(1), "")?
                    .into(),
            };
            this.store_scalar(dtype, at, new)
        })?;
        Ok(self.descriptor(&out)?.into())
    }

    /// Element `k` of an integer array as an `i64`.
    fn bin_index(&self, s: Scalar, p: &Parts<'ctx>, k: IntValue<'ctx>) -> CgResult<IntValue<'ctx>> {
        let v = self.load_scalar(s, self.element_at(p, k)?)?;
        Ok(self.convert_scalar(v, s, Scalar::I64)?.into_int_value())
    }

    /// `np.histogram(a, bins=10, range=None)`: `(counts, edges)`.
    pub fn histogram(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        bins: Option<IntValue<'ctx>>,
        range: Option<BasicValueEnum<'ctx>>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let f64t = self.ctx.f64_type();
        let p = self.array_parts(a, av)?;
        let nb = bins.unwrap_or(self.i64(10));
        let bad = self
            .b
            .build_int_compare(IntPredicate::SLE, nb, self.i64(0), "")?;
        self.raise_if(
            bad,
            ExceptionKind::ValueError,
            "`bins` must be positive, when an integer",
            &[],
        )?;
        let as_f64 = |this: &Self, v: BasicValueEnum<'ctx>| -> CgResult<FloatValue<'ctx>> {
            Ok(this
                .convert_scalar(v, a.dtype, Scalar::F64)?
                .into_float_value())
        };
        let (lo, hi) = match range {
            Some(r) => {
                let r = r.into_struct_value();
                let lo = self.b.build_extract_value(r, 0, "lo")?.into_float_value();
                let hi = self.b.build_extract_value(r, 1, "hi")?.into_float_value();
                let bad = self
                    .b
                    .build_float_compare(FloatPredicate::OGT, lo, hi, "")?;
                self.raise_if(
                    bad,
                    ExceptionKind::ValueError,
                    "max must be larger than min in range parameter.",
                    &[],
                )?;
                (lo, hi)
            }
            None => {
                // The data's own range ([0, 1] when empty).
                let lo_slot = self.entry_alloca(f64t.into(), "lo")?;
                let hi_slot = self.entry_alloca(f64t.into(), "hi")?;
                let inf = f64t.const_float(f64::INFINITY);
                self.b.build_store(lo_slot, inf)?;
                self.b
                    .build_store(hi_slot, f64t.const_float(f64::NEG_INFINITY))?;
                self.for_each_element(a, &p, &mut |this, x, _| {
                    let x = as_f64(this, x)?;
                    let lo = this.b.build_load(f64t, lo_slot, "")?.into_float_value();
                    let hi = this.b.build_load(f64t, hi_slot, "")?.into_float_value();
                    // NaN poisons both (ULT/UGT are true for NaN).
                    let below = this.b.build_float_compare(FloatPredicate::ULT, x, lo, "")?;
                    let above = this.b.build_float_compare(FloatPredicate::UGT, x, hi, "")?;
                    let lo = this.b.build_select(below, x, lo, "")?;
                    let hi = this.b.build_select(above, x, hi, "")?;
                    this.b.build_store(lo_slot, lo)?;
                    this.b.build_store(hi_slot, hi)?;
                    Ok(())
                })?;
                let n = self.product(&p.shape)?;
                let empty = self
                    .b
                    .build_int_compare(IntPredicate::EQ, n, self.i64(0), "")?;
                let lo = self.b.build_load(f64t, lo_slot, "")?.into_float_value();
                let hi = self.b.build_load(f64t, hi_slot, "")?.into_float_value();
                let lo = self
                    .b
                    .build_select(empty, f64t.const_zero(), lo, "")?
                    .into_float_value();
                let hi = self
                    .b
                    .build_select(empty, f64t.const_float(1.0), hi, "")?
                    .into_float_value();
                let finite = |this: &Self, v: FloatValue<'ctx>| {
                    let m = this.call_intrinsic("llvm.fabs", f64t.into(), &[v.into()])?;
                    Ok::<_, crate::error::CodegenError>(this.b.build_float_compare(
                        FloatPredicate::OLT,
                        m.into_float_value(),
                        inf,
                        "",
                    )?)
                };
                let ok = self.b.build_and(finite(self, lo)?, finite(self, hi)?, "")?;
                let bad = self.b.build_not(ok, "")?;
                self.raise_if(
                    bad,
                    ExceptionKind::ValueError,
                    "autodetected range of the histogram is not finite",
                    &[],
                )?;
                (lo, hi)
            }
        };
        // An empty range widens to [lo - 0.5, hi + 0.5], as in NumPy.
        let same = self
            .b
            .build_float_compare(FloatPredicate::OEQ, lo, hi, "")?;
        let half = f64t.const_float(0.5);
        let lo = {
            let w = self.b.build_float_sub(lo, half, "")?;
            self.b.build_select(same, w, lo, "lo")?.into_float_value()
        };
        let hi = {
            let w = self.b.build_float_add(hi, half, "")?;
            self.b.build_select(same, w, hi, "hi")?.into_float_value()
        };
        let nb1 = self.b.build_int_add(nb, self.i64(1), "")?;
        let edges = self.allocate(Scalar::F64, &[nb1])?;
        let nbf = self.b.build_signed_int_to_float(nb, f64t, "")?;
        let width = self.b.build_float_sub(hi, lo, "width")?;
        let step = self.b.build_float_div(width, nbf, "step")?;
        self.counted_loop(nb, |this, k| {
            let kf = this.b.build_signed_int_to_float(k, f64t, "")?;
            let e = this.b.build_float_mul(kf, step, "")?;
            let e = this.b.build_float_add(e, lo, "")?;
            this.b.build_store(this.element_at(&edges, k)?, e)?;
            Ok(())
        })?;
        self.b.build_store(self.element_at(&edges, nb)?, hi)?;
        let counts = self.allocate(Scalar::I64, &[nb])?;
        self.zero_fill(Scalar::I64, &counts)?;
        let last = self.b.build_int_sub(nb, self.i64(1), "last")?;
        self.for_each_element(a, &p, &mut |this, x, _| {
            let x = as_f64(this, x)?;
            let ge = this.b.build_float_compare(FloatPredicate::OGE, x, lo, "")?;
            let le = this.b.build_float_compare(FloatPredicate::OLE, x, hi, "")?;
            let inside = this.b.build_and(ge, le, "")?;
            let count = this.new_block("hist.count");
            let next = this.new_block("hist.next");
            this.b.build_conditional_branch(inside, count, next)?;
            this.b.position_at_end(count);
            let f = this.b.build_float_sub(x, lo, "")?;
            let f = this.b.build_float_div(f, width, "")?;
            let f = this.b.build_float_mul(f, nbf, "")?;
            let i = this
                .b
                .build_float_to_signed_int(f, this.ctx.i64_type(), "")?;
            let at_end = this.b.build_int_compare(IntPredicate::EQ, i, nb, "")?;
            let i = this.b.build_select(at_end, last, i, "")?.into_int_value();
            // Correct by one against the stored edges.
            let edge = this.load_scalar(Scalar::F64, this.element_at(&edges, i)?)?;
            let dec =
                this.b
                    .build_float_compare(FloatPredicate::OLT, x, edge.into_float_value(), "")?;
            let im1 = this.b.build_int_sub(i, this.i64(1), "")?;
            let i = this.b.build_select(dec, im1, i, "")?.into_int_value();
            let ip1 = this.b.build_int_add(i, this.i64(1), "")?;
            let edge = this.load_scalar(Scalar::F64, this.element_at(&edges, ip1)?)?;
            let past =
                this.b
                    .build_float_compare(FloatPredicate::OGE, x, edge.into_float_value(), "")?;
            let not_last = this.b.build_int_compare(IntPredicate::NE, i, last, "")?;
            let inc = this.b.build_and(past, not_last, "")?;
            let i = this.b.build_select(inc, ip1, i, "")?.into_int_value();
            let at = this.element_at(&counts, i)?;
            let c = this.load_scalar(Scalar::I64, at)?.into_int_value();
            this.b
                .build_store(at, this.b.build_int_add(c, this.i64(1), "")?)?;
            this.b.build_unconditional_branch(next)?;
            this.b.position_at_end(next);
            Ok(())
        })?;
        let st = self.m.llvm_type(ty).into_struct_type();
        let agg = st.get_undef();
        let agg = self
            .b
            .build_insert_value(agg, self.descriptor(&counts)?, 0, "")?
            .into_struct_value();
        let agg = self
            .b
            .build_insert_value(agg, self.descriptor(&edges)?, 1, "")?
            .into_struct_value();
        Ok(agg.into())
    }

    /// `np.concatenate((a, b, ...), axis=0)`.
    pub fn concatenate(
        &mut self,
        items: &[Type],
        tuple: BasicValueEnum<'ctx>,
        axis: Option<IntValue<'ctx>>,
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let arrays: Vec<ArrayType> = items
            .iter()
            .map(|t| match t {
                Type::Array(a) => Ok(*a),
                t => Err(bug(format!("concatenating {t}"))),
            })
            .collect::<CgResult<_>>()?;
        let tuple = tuple.into_struct_value();
        let mut parts = Vec::new();
        for (k, a) in arrays.iter().enumerate() {
            let v = self.b.build_extract_value(tuple, k as u32, "")?;
            parts.push(self.array_parts(a, v)?);
        }
        let ndim = arrays[0].ndim as i64;
        let axis = axis.unwrap_or(self.i64(0));
        let negative = self
            .b
            .build_int_compare(IntPredicate::SLT, axis, self.i64(0), "")?;
        let wrapped = self.b.build_int_add(axis, self.i64(ndim), "")?;
        let axis = self
            .b
            .build_select(negative, wrapped, axis, "axis")?
            .into_int_value();
        let out_of_range = self
            .b
            .build_int_compare(IntPredicate::UGE, axis, self.i64(ndim), "")?;
        self.raise_if(
            out_of_range,
            ExceptionKind::ValueError,
            "np.concatenate(): axis is out of bounds for the arrays",
            &[],
        )?;
        let is_axis = |this: &Self, d: usize| {
            this.b
                .build_int_compare(IntPredicate::EQ, axis, this.i64(d as i64), "")
        };
        // Every dimension but the axis must match the first array's.
        let mut shape = Vec::new();
        for d in 0..ndim as usize {
            let mut total = self.i64(0);
            for p in &parts {
                total = self.b.build_int_add(total, p.shape[d], "")?;
                let differ = self.b.build_int_compare(
                    IntPredicate::NE,
                    p.shape[d],
                    parts[0].shape[d],
                    "",
                )?;
                let here = is_axis(self, d)?;
                let other_axis = self.b.build_not(here, "")?;
                let bad = self.b.build_and(differ, other_axis, "")?;
                self.raise_if(
                    bad,
                    ExceptionKind::ValueError,
                    "all the input array dimensions except for the concatenation axis must match exactly",
                    &[],
                )?;
            }
            let here = is_axis(self, d)?;
            shape.push(
                self.b
                    .build_select(here, total, parts[0].shape[d], "")?
                    .into_int_value(),
            );
        }
        let out = self.allocate(dtype, &shape)?;
        // The stride along the axis and each array's extent along it.
        let pick = |this: &Self, values: &[IntValue<'ctx>]| -> CgResult<IntValue<'ctx>> {
            let mut v = values[0];
            for (d, &x) in values.iter().enumerate().skip(1) {
                let here = is_axis(this, d)?;
                v = this.b.build_select(here, x, v, "")?.into_int_value();
            }
            Ok(v)
        };
        let stride = pick(self, &out.strides)?;
        let mut offset = self.i64(0);
        for (a, p) in arrays.iter().zip(&parts) {
            let bytes = self.b.build_int_nsw_mul(offset, stride, "")?;
            let data = unsafe {
                self.b
                    .build_gep(self.ctx.i8_type(), out.data, &[bytes], "")?
            };
            let dst = Parts {
                meminfo: out.meminfo,
                data,
                shape: p.shape.clone(),
                strides: out.strides.clone(),
            };
            self.copy_elements(a.dtype, p, dtype, &dst)?;
            let extent = pick(self, &p.shape)?;
            offset = self.b.build_int_add(offset, extent, "")?;
        }
        Ok(self.descriptor(&out)?.into())
    }
}
