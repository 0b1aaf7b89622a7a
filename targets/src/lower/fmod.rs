//! C's `fmod(a, b)` without a call to libm where that is exact: the
//! remainder `a - trunc(a / b) * b` by one fused multiply-add.
//!
//! libm's `fmod` (glibc 2.36) costs ~20 ns a call; Python's `%` and `//` on
//! floats and `math.fmod` all start from it. Invariant: the result is
//! bit-identical to `fmod` for every input.
//!
//! Why the fast path is exact, for `x = |a|`, `y = |b|` finite and the
//! rounded quotient `q = trunc(fl(x / y)) < 2^p` (p = 52 for float64, 23 for
//! float32): `fl(x / y)` is within half an integer of `x / y`, so `q` is the
//! true truncated quotient or one off. Every value `x - n*y` with `|x - n*y| <
//! y` is a multiple of `ulp(y)` below `2^(p+1) ulp(y)`, hence representable,
//! and `fma(-n, y, x)` computes it exactly; when `q` is one too large the
//! remainder comes out negative (exact by the same argument) and `q - 1` is
//! used, when one too small it is at least `y` (rounding keeps it so) and
//! `q + 1` is used. Larger quotients, infinities and NaNs take `frem` (libm).

use inkwell::values::FloatValue;
use inkwell::FloatPredicate;

use super::FnLowering;
use crate::error::CgResult;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `fmod(a, b)`: exact, the sign of `a` (a zero divisor gives NaN, as libm).
    pub fn exact_fmod(
        &self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> CgResult<FloatValue<'ctx>> {
        let ty = a.get_type();
        let mantissa = if ty == self.ctx.f64_type() {
            52
        } else if ty == self.ctx.f32_type() {
            23
        } else {
            return Ok(self.b.build_float_rem(a, b, "fmod")?);
        };
        let bld = &self.b;
        let abs = |v: FloatValue<'ctx>| -> CgResult<FloatValue<'ctx>> {
            Ok(self
                .call_intrinsic("llvm.fabs", ty.into(), &[v.into()])?
                .into_float_value())
        };
        let (x, y) = (abs(a)?, abs(b)?);
        let quotient = bld.build_float_div(x, y, "")?;
        let q = self
            .call_intrinsic("llvm.trunc", ty.into(), &[quotient.into()])?
            .into_float_value();
        let limit = ty.const_float((1u64 << mantissa) as f64);
        let q_small = bld.build_float_compare(FloatPredicate::OLT, q, limit, "")?;
        let y_finite =
            bld.build_float_compare(FloatPredicate::OLT, y, ty.const_float(f64::INFINITY), "")?;
        let exact = bld.build_and(q_small, y_finite, "fmod.exact")?;

        let fast = self.new_block("fmod.fast");
        let slow = self.new_block("fmod.slow");
        let done = self.new_block("fmod.done");
        bld.build_conditional_branch(exact, fast, slow)?;

        bld.position_at_end(fast);
        let remainder = |n: FloatValue<'ctx>| -> CgResult<FloatValue<'ctx>> {
            let minus_n = bld.build_float_neg(n, "")?;
            Ok(self
                .call_intrinsic("llvm.fma", ty.into(), &[minus_n.into(), y.into(), x.into()])?
                .into_float_value())
        };
        let one = ty.const_float(1.0);
        let r = remainder(q)?;
        let below = remainder(bld.build_float_sub(q, one, "")?)?;
        let above = remainder(bld.build_float_add(q, one, "")?)?;
        let negative = bld.build_float_compare(FloatPredicate::OLT, r, ty.const_zero(), "")?;
        let too_big = bld.build_float_compare(FloatPredicate::OGE, r, y, "")?;
        let r = bld.build_select(too_big, above, r, "")?.into_float_value();
        let r = bld.build_select(negative, below, r, "")?.into_float_value();
        let signed = self
            .call_intrinsic("llvm.copysign", ty.into(), &[r.into(), a.into()])?
            .into_float_value();
        let fast_end = bld.get_insert_block().expect("positioned");
        bld.build_unconditional_branch(done)?;

        bld.position_at_end(slow);
        let libm = bld.build_float_rem(a, b, "fmod")?;
        bld.build_unconditional_branch(done)?;

        bld.position_at_end(done);
        let phi = bld.build_phi(ty, "fmod")?;
        phi.add_incoming(&[(&signed, fast_end), (&libm, slow)]);
        Ok(phi.as_basic_value().into_float_value())
    }
}
