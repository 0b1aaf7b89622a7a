//! `np.histogram(a, bins=edges)` with explicit, increasing bin edges: each
//! value falls in the bin `searchsorted(edges, x, "right") - 1`, the last
//! bin also takes values equal to the last edge, and values outside the
//! edges (and NaN) are not counted, as in NumPy. Returns the counts
//! (int64) and the edges as float64.

use inkwell::values::BasicValueEnum;
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::{ArrayType, Scalar, Type};

use super::FnLowering;
use crate::error::CgResult;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn histogram_edges(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        e: &ArrayType,
        ev: BasicValueEnum<'ctx>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let f64t = self.ctx.f64_type();
        let p = self.array_parts(a, av)?;
        let ep = self.array_parts(e, ev)?;
        let ne = ep.shape[0];
        // The edges as float64 (also the second result).
        let edges = self.allocate(Scalar::F64, &[ne])?;
        self.copy_elements(e.dtype, &ep, Scalar::F64, &edges)?;
        let edge = |this: &Self,
                    k: inkwell::values::IntValue<'ctx>|
         -> CgResult<inkwell::values::FloatValue<'ctx>> {
            let at = unsafe { this.b.build_in_bounds_gep(f64t, edges.data, &[k], "")? };
            Ok(this.b.build_load(f64t, at, "edge")?.into_float_value())
        };
        let one = self.i64(1);
        let pairs = self.b.build_int_sub(ne, one, "")?;
        let pairs = self.b.build_select(
            self.b
                .build_int_compare(IntPredicate::SLT, pairs, self.i64(0), "")?,
            self.i64(0),
            pairs,
            "nbins",
        )?;
        let nbins = pairs.into_int_value();
        self.counted_loop(nbins, |this, k| {
            let next = this.b.build_int_add(k, one, "")?;
            let (lo, hi) = (edge(this, k)?, edge(this, next)?);
            let falling = this
                .b
                .build_float_compare(FloatPredicate::OGT, lo, hi, "")?;
            this.raise_if(
                falling,
                ExceptionKind::ValueError,
                "`bins` must increase monotonically, when an array",
                &[],
            )
        })?;
        let counts = self.allocate(Scalar::I64, &[nbins])?;
        self.zero_fill(Scalar::I64, &counts)?;
        let edges_value: BasicValueEnum<'ctx> = self.descriptor(&edges)?.into();
        let counts_value: BasicValueEnum<'ctx> = self.descriptor(&counts)?.into();
        let has_bins = self
            .b
            .build_int_compare(IntPredicate::SGT, nbins, self.i64(0), "")?;
        let count_bb = self.new_block("hist.count");
        let done = self.new_block("hist.done");
        self.b.build_conditional_branch(has_bins, count_bb, done)?;
        self.b.position_at_end(count_bb);
        let first = edge(self, self.i64(0))?;
        let last = edge(self, nbins)?;
        let edges_type = ArrayType {
            dtype: Scalar::F64,
            ndim: 1,
            layout: penna_compiler::Layout::C,
            readonly: false,
        };
        self.for_each_element(a, &p, &mut |this, x, _| {
            let x = this
                .convert_scalar(x, a.dtype, Scalar::F64)?
                .into_float_value();
            let inside_lo = this
                .b
                .build_float_compare(FloatPredicate::OGE, x, first, "")?;
            let inside_hi = this
                .b
                .build_float_compare(FloatPredicate::OLE, x, last, "")?;
            let inside = this.b.build_and(inside_lo, inside_hi, "")?;
            let add = this.new_block("hist.add");
            let next = this.new_block("hist.next");
            this.b.build_conditional_branch(inside, add, next)?;
            this.b.position_at_end(add);
            let right = this.ctx.bool_type().const_int(1, false);
            let pos = this
                .searchsorted(&edges_type, edges_value, &Type::F64, x.into(), Some(right))?
                .into_int_value();
            let k = this.b.build_int_sub(pos, one, "")?;
            // x == last edge: the last bin (closed on the right).
            let at_end = this.b.build_int_compare(IntPredicate::SGE, k, nbins, "")?;
            let last_bin = this.b.build_int_sub(nbins, one, "")?;
            let k = this
                .b
                .build_select(at_end, last_bin, k, "bin")?
                .into_int_value();
            let slot = unsafe {
                this.b
                    .build_in_bounds_gep(this.ctx.i64_type(), counts.data, &[k], "")?
            };
            let c = this
                .b
                .build_load(this.ctx.i64_type(), slot, "")?
                .into_int_value();
            this.b
                .build_store(slot, this.b.build_int_add(c, one, "")?)?;
            this.b.build_unconditional_branch(next)?;
            this.b.position_at_end(next);
            Ok(())
        })?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        self.tuple_value(ty, [counts_value, edges_value])
    }
}
