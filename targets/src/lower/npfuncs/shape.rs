//! Copies, views and layout changes (`NpGroup::Shape`): `copy astype
//! flatten ravel reshape transpose view fill concatenate`.

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The shape group.
    pub(super) fn np_shape(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Copy | NpFn::Astype | NpFn::Flatten => {
                let a = array(types[0])?;
                let src = self.array_parts(&a, args[0])?;
                let dtype = result_dtype(f, ty)?;
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
            NpFn::View => self.view(&array(types[0])?, args[0], result_dtype(f, ty)?),
            NpFn::Fill => {
                let a = array(types[0])?;
                let p = self.array_parts(&a, args[0])?;
                let shape = p.shape.clone();
                self.for_each_index(&shape, &mut |this, idx| {
                    this.store_scalar(a.dtype, this.address(&p, idx)?, args[1])
                })?;
                Ok(self.none_value())
            }
            NpFn::Concatenate => {
                let Type::Tuple(items) = types[0] else {
                    return Err(bug("np.concatenate of a non-tuple"));
                };
                let axis = (*types[1] != Type::None).then(|| args[1].into_int_value());
                self.concatenate(items, args[0], axis, result_dtype(f, ty)?)
            }
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
