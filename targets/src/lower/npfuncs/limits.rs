//! `np.finfo(t).<attr>` / `np.iinfo(t).<attr>`: constants of the dtype
//! (typed in `penna_compiler::typing::numpy::limits`; the argument is not
//! read), and `a.flags.<flag>` (from the type where it decides, else from
//! the strides, as NumPy: axes of length 1 do not count, an empty array is
//! contiguous).

use penna_compiler::typing::numpy::limits::dtype_of;

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub(super) fn type_limit(
        &self,
        f: NpFn,
        arg: &Type,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let s = dtype_of(arg).ok_or_else(|| bug(format!("np.{} of {arg}", f.name())))?;
        if f == NpFn::InfoBits {
            return Ok(self.i64(8 * s.real_part().size() as i64).into());
        }
        let Type::Scalar(out) = ty else {
            return Err(bug(format!("np.{} returns {ty}", f.name())));
        };
        if matches!(f, NpFn::IinfoMax | NpFn::IinfoMin) {
            let bits = 8 * s.size() as u32;
            let (min, max): (i128, i128) = if s.is_signed() {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            let v = if f == NpFn::IinfoMax { max } else { min };
            let t = self.m.scalar_type(*out).into_int_type();
            return Ok(t.const_int(v as u64, s.is_signed()).into());
        }
        // (eps, largest finite, smallest normal, resolution) of the float type.
        let (eps, max, tiny, resolution) = match s.real_part() {
            Scalar::F16 => (0.000_976_562_5, 65504.0, 6.103_515_625e-5, 1e-3),
            Scalar::F32 => (
                f64::from(f32::EPSILON),
                f64::from(f32::MAX),
                f64::from(f32::MIN_POSITIVE),
                1e-6,
            ),
            _ => (f64::EPSILON, f64::MAX, f64::MIN_POSITIVE, 1e-15),
        };
        let v = match f {
            NpFn::FinfoEps => eps,
            NpFn::FinfoMax => max,
            NpFn::FinfoMin => -max,
            NpFn::FinfoTiny => tiny,
            _ => resolution,
        };
        self.convert_scalar(self.ctx.f64_type().const_float(v).into(), Scalar::F64, *out)
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub(super) fn array_flag(
        &mut self,
        f: NpFn,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let bool_t = self.ctx.bool_type();
        let known = match f {
            NpFn::FlagsWriteable => Some(!a.readonly),
            NpFn::FlagsC if a.layout == Layout::C => Some(true),
            NpFn::FlagsF if a.layout == Layout::F || a.ndim == 1 && a.layout == Layout::C => {
                Some(true)
            }
            _ => None,
        };
        if let Some(k) = known {
            return Ok(bool_t.const_int(k as u64, false).into());
        }
        let p = self.array_parts(a, v)?;
        let one = self.i64(1);
        let axes: Vec<usize> = if f == NpFn::FlagsC {
            (0..p.shape.len()).rev().collect()
        } else {
            (0..p.shape.len()).collect()
        };
        let mut expected = self.i64(a.dtype.size() as i64);
        let mut ok = bool_t.const_int(1, false);
        let mut empty = bool_t.const_int(0, false);
        for k in axes {
            let (d, s) = (p.shape[k], p.strides[k]);
            let unit = self.b.build_int_compare(IntPredicate::EQ, d, one, "")?;
            let matches = self
                .b
                .build_int_compare(IntPredicate::EQ, s, expected, "")?;
            let fine = self.b.build_or(unit, matches, "")?;
            ok = self.b.build_and(ok, fine, "")?;
            let zero = self
                .b
                .build_int_compare(IntPredicate::EQ, d, self.i64(0), "")?;
            empty = self.b.build_or(empty, zero, "")?;
            expected = self.b.build_int_mul(expected, d, "")?;
        }
        Ok(self.b.build_or(ok, empty, "contiguous")?.into())
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The limits group (`NpGroup::Limits`).
    pub(super) fn np_limits(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::FinfoEps
            | NpFn::FinfoMax
            | NpFn::FinfoMin
            | NpFn::FinfoTiny
            | NpFn::FinfoResolution
            | NpFn::IinfoMax
            | NpFn::IinfoMin
            | NpFn::InfoBits => self.type_limit(f, types[0], ty),
            NpFn::FlagsC | NpFn::FlagsF | NpFn::FlagsWriteable => {
                self.array_flag(f, &array(types[0])?, args[0])
            }
            NpFn::Finfo | NpFn::Iinfo => Err(bug(format!("np.{} without an attribute", f.name()))),
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
