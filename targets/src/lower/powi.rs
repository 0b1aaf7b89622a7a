//! A float to an integer power (`x ** 6`, `r2 ** 3`, `x ** n`) by repeated
//! squaring, as Numba computes it, instead of a call of `pow`: a constant
//! exponent becomes a few multiplications (`x ** 6` is three), a run-time
//! one a loop over its bits. A negative exponent is the reciprocal; `0.0`
//! to a negative power raises ZeroDivisionError (nothing under NumPy's
//! error model), as CPython does. Results may differ from `pow` in the last
//! bit (as Numba's do); `x ** 2` is exact either way.

use inkwell::values::{FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;

use super::FnLowering;
use crate::error::CgResult;

/// Constant exponents up to this size are unrolled.
const UNROLL: u64 = 64;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn float_powi(&self, x: FloatValue<'ctx>, n: IntValue<'ctx>) -> CgResult<FloatValue<'ctx>> {
        if let Some(k) = n.get_sign_extended_constant() {
            if k.unsigned_abs() <= UNROLL {
                let p = self.unrolled_power(x, k.unsigned_abs())?;
                if k >= 0 {
                    return Ok(p);
                }
                let yes = self.ctx.bool_type().const_int(1, false);
                return self.reciprocal(x, p, yes);
            }
        }
        let zero = n.get_type().const_zero();
        let negative = self.b.build_int_compare(IntPredicate::SLT, n, zero, "")?;
        let magnitude = self.b.build_int_neg(n, "")?;
        let magnitude = self
            .b
            .build_select(negative, magnitude, n, "")?
            .into_int_value();
        let p = self.power_loop(x, magnitude)?;
        let inverse = self.reciprocal(x, p, negative)?;
        Ok(self
            .b
            .build_select(negative, inverse, p, "powi")?
            .into_float_value())
    }

    /// `x ** k` for a constant `k >= 0`: square-and-multiply, unrolled.
    fn unrolled_power(&self, x: FloatValue<'ctx>, k: u64) -> CgResult<FloatValue<'ctx>> {
        let mut result: Option<FloatValue<'ctx>> = None;
        let mut base = x;
        let mut k = k;
        while k > 0 {
            if k & 1 == 1 {
                result = Some(match result {
                    Some(r) => self.b.build_float_mul(r, base, "pow")?,
                    None => base,
                });
            }
            k >>= 1;
            if k > 0 {
                base = self.b.build_float_mul(base, base, "sq")?;
            }
        }
        Ok(result.unwrap_or_else(|| x.get_type().const_float(1.0)))
    }

    /// `x ** n` for `n >= 0` known at run time.
    fn power_loop(&self, x: FloatValue<'ctx>, n: IntValue<'ctx>) -> CgResult<FloatValue<'ctx>> {
        let (ft, it) = (x.get_type(), n.get_type());
        let pre = self.b.get_insert_block().expect("positioned");
        let head = self.new_block("powi.loop");
        let step = self.new_block("powi.step");
        let end = self.new_block("powi.end");
        self.b.build_unconditional_branch(head)?;
        self.b.position_at_end(head);
        let acc = self.b.build_phi(ft, "acc")?;
        let base = self.b.build_phi(ft, "base")?;
        let exp = self.b.build_phi(it, "exp")?;
        let (r, b, e) = (
            acc.as_basic_value().into_float_value(),
            base.as_basic_value().into_float_value(),
            exp.as_basic_value().into_int_value(),
        );
        let done = self
            .b
            .build_int_compare(IntPredicate::EQ, e, it.const_zero(), "")?;
        self.b.build_conditional_branch(done, end, step)?;
        self.b.position_at_end(step);
        let odd = self.b.build_int_truncate(e, self.ctx.bool_type(), "")?;
        let times = self.b.build_float_mul(r, b, "")?;
        let r2 = self.b.build_select(odd, times, r, "")?.into_float_value();
        let b2 = self.b.build_float_mul(b, b, "")?;
        let e2 = self
            .b
            .build_right_shift(e, it.const_int(1, false), false, "")?;
        self.b.build_unconditional_branch(head)?;
        acc.add_incoming(&[(&ft.const_float(1.0), pre), (&r2, step)]);
        base.add_incoming(&[(&x, pre), (&b2, step)]);
        exp.add_incoming(&[(&n, pre), (&e2, step)]);
        self.b.position_at_end(end);
        Ok(r)
    }

    /// `1 / p` for `x ** -k`; ZeroDivisionError when `x` is zero and
    /// `negative` holds (CPython's error; none under NumPy's error model).
    fn reciprocal(
        &self,
        x: FloatValue<'ctx>,
        p: FloatValue<'ctx>,
        negative: IntValue<'ctx>,
    ) -> CgResult<FloatValue<'ctx>> {
        if !self.numpy_errors {
            let zero = x.get_type().const_zero();
            let is_zero = self
                .b
                .build_float_compare(FloatPredicate::OEQ, x, zero, "")?;
            let bad = self.b.build_and(is_zero, negative, "")?;
            self.raise_if(
                bad,
                ExceptionKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
                &[],
            )?;
        }
        let one = x.get_type().const_float(1.0);
        Ok(self.b.build_float_div(one, p, "recip")?)
    }
}
