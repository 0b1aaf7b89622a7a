//! `x.item()`, `np.unravel_index` and the size of a shape (for `np.ndindex` loops):
//! C-order index arithmetic on the dimensions of an int or tuple shape.

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `x.item()`: a number is itself; an array must hold exactly one
    /// element (NumPy's ValueError otherwise), which is returned.
    pub(super) fn item(
        &mut self,
        t: &Type,
        x: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let Type::Array(a) = t else {
            return Ok(x);
        };
        let p = self.array_parts(a, x)?;
        let n = self.product(&p.shape)?;
        let not_one = self
            .b
            .build_int_compare(IntPredicate::NE, n, self.i64(1), "")?;
        self.raise_if(
            not_one,
            ExceptionKind::ValueError,
            "can only convert an array of size 1 to a Python scalar",
            &[],
        )?;
        let zeros = vec![self.i64(0); p.shape.len()];
        self.load_scalar(a.dtype, self.address(&p, &zeros)?)
    }

    /// `np.unravel_index(k, shape)` (raises ValueError out of range) and
    /// `ndindex.size(shape)` (raises ValueError for a negative dimension).
    pub(super) fn index_arithmetic(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let shape_at = if f == NpFn::UnravelIndex { 1 } else { 0 };
        let dims = self.shape_argument(types[shape_at], args[shape_at])?;
        let mut size = self.i64(1);
        for &d in &dims {
            let negative = self
                .b
                .build_int_compare(IntPredicate::SLT, d, self.i64(0), "")?;
            self.raise_if(
                negative,
                ExceptionKind::ValueError,
                "negative dimensions are not allowed",
                &[],
            )?;
            size = self.b.build_int_mul(size, d, "size")?;
        }
        if f == NpFn::NdindexSize {
            return Ok(size.into());
        }
        let k = args[0].into_int_value();
        let below = self
            .b
            .build_int_compare(IntPredicate::SLT, k, self.i64(0), "")?;
        let above = self.b.build_int_compare(IntPredicate::SGE, k, size, "")?;
        let outside = self.b.build_or(below, above, "")?;
        self.raise_if(
            outside,
            ExceptionKind::ValueError,
            "index {} is out of bounds for array with size {}",
            &[k, size],
        )?;
        // The last axis varies fastest: peel dimensions off from the end.
        let mut rest = k;
        let mut index = vec![self.i64(0); dims.len()];
        for (axis, &d) in dims.iter().enumerate().rev() {
            index[axis] = self.b.build_int_signed_rem(rest, d, "i")?;
            rest = self.b.build_int_signed_div(rest, d, "")?;
        }
        self.tuple_value(ty, index.into_iter().map(Into::into))
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The indexing group (`NpGroup::Indexing`).
    pub(super) fn np_indexing(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::UnravelIndex | NpFn::NdindexSize => self.index_arithmetic(f, args, types, ty),
            NpFn::Item => self.item(types[0], args[0]),
            NpFn::Ndindex | NpFn::Ndenumerate => {
                Err(bug(format!("np.{} outside a for loop", f.name())))
            }
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
