//! A float to an integer power (`x ** 6`, `r2 ** 3`, `x ** n`) by repeated
//! squaring, as Numba computes it, instead of a call of `pow`: a constant
//! exponent becomes a few multiplications (`x ** 6` is three), a run-time
//! one a loop over its bits. A negative exponent is the reciprocal; `0.0`
//! to a negative power raises ZeroDivisionError (nothing under NumPy's
//! error model), as CPython does. Results may differ from `pow` in the last
//! bit (as Numba's do); `x ** 2` is exact either way. Integer powers
//! (`arith.rs`) use the same two builders with an integer multiplication.

use inkwell::values::{BasicValueEnum, FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;

use super::FnLowering;
use crate::error::CgResult;

/// Constant exponents up to this size are unrolled.
pub(super) const UNROLL: u64 = 64;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn float_powi(&self, x: FloatValue<'ctx>, n: IntValue<'ctx>) -> CgResult<FloatValue<'ctx>> {
        if let Some(k) = n.get_sign_extended_constant() {
            if k.unsigned_abs() <= UNROLL {
                let p = self
                    .unrolled_power(x.into(), k.unsigned_abs())?
                    .into_float_value();
                if k >= 0 {
                    return Ok(p);
                }
                return self.reciprocal(x, p);
            }
        }
        // A branch, not a select, on the sign: `n` is usually loop-invariant,
        // so LLVM unswitches it and a positive power pays no division.
        let zero = n.get_type().const_zero();
        let negative = self.b.build_int_compare(IntPredicate::SLT, n, zero, "")?;
        let magnitude = self.b.build_int_neg(n, "")?;
        let magnitude = self
            .b
            .build_select(negative, magnitude, n, "")?
            .into_int_value();
        let p = self.power_loop(x, magnitude)?;
        let powered = self.b.get_insert_block().expect("positioned");
        let invert = self.new_block("powi.invert");
        let join = self.new_block("powi.join");
        self.b.build_conditional_branch(negative, invert, join)?;
        self.b.position_at_end(invert);
        let inverse = self.reciprocal(x, p)?;
        let inverted = self.b.get_insert_block().expect("positioned");
        self.b.build_unconditional_branch(join)?;
        self.b.position_at_end(join);
        let result = self.b.build_phi(x.get_type(), "powi")?;
        result.add_incoming(&[(&p, powered), (&inverse, inverted)]);
        Ok(result.as_basic_value().into_float_value())
    }

    /// `x ** k` (a float or an integer) for a constant `k >= 0`:
    /// square-and-multiply, unrolled.
    pub(super) fn unrolled_power(
        &self,
        x: BasicValueEnum<'ctx>,
        k: u64,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut result: Option<BasicValueEnum<'ctx>> = None;
        let mut base = x;
        let mut k = k;
        while k > 0 {
            if k & 1 == 1 {
                result = Some(match result {
                    Some(r) => self.power_mul(r, base)?,
                    None => base,
                });
            }
            k >>= 1;
            if k > 0 {
                base = self.power_mul(base, base)?;
            }
        }
        Ok(result.unwrap_or_else(|| one_like(x)))
    }

    /// `a * b` of two floats, or of two integers (wrapping).
    fn power_mul(
        &self,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        Ok(match (a, b) {
            (BasicValueEnum::FloatValue(a), BasicValueEnum::FloatValue(b)) => {
                self.b.build_float_mul(a, b, "pow")?.into()
            }
            _ => {
                let (a, b) = (a.into_int_value(), b.into_int_value());
                self.b.build_int_mul(a, b, "pow")?.into()
            }
        })
    }

    /// `x ** n` for a float `x` and `n >= 0` known at run time.
    fn power_loop(&self, x: FloatValue<'ctx>, n: IntValue<'ctx>) -> CgResult<FloatValue<'ctx>> {
        Ok(self.square_and_multiply(x.into(), n)?.into_float_value())
    }

    /// `x ** n` (a float or an integer) for an exponent known at run time
    /// and taken as unsigned: a loop over the exponent's
    /// bits below its highest, then one multiplication for the highest (set
    /// by definition), so no squaring is computed that nobody uses. Float
    /// products are Numba's, in Numba's order: the same bits. The trip count
    /// `bits - ctlz(n) - 1` is loop-invariant when `n` is (hoisted), and its
    /// decrement and branch fuse into one operation: an exit test on the
    /// shifted exponent becomes a compare of the old one (`e > 1`) and a
    /// move, two more instructions per bit.
    pub(super) fn square_and_multiply(
        &self,
        x: BasicValueEnum<'ctx>,
        n: IntValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (ty, it) = (x.get_type(), n.get_type());
        let one = one_like(x);
        let pre = self.b.get_insert_block().expect("positioned");
        let count = self.new_block("powi.count");
        let body = self.new_block("powi.loop");
        let top = self.new_block("powi.top");
        let end = self.new_block("powi.end");
        let zero = self
            .b
            .build_int_compare(IntPredicate::EQ, n, it.const_zero(), "")?;
        self.b.build_conditional_branch(zero, end, count)?;
        self.b.position_at_end(count);
        let yes = self.ctx.bool_type().const_int(1, false);
        let leading = self
            .call_intrinsic("llvm.ctlz", it.into(), &[n.into(), yes.into()])?
            .into_int_value();
        let below = it.const_int(u64::from(it.get_bit_width()) - 1, false);
        let trips = self.b.build_int_sub(below, leading, "bits")?;
        let none = self
            .b
            .build_int_compare(IntPredicate::EQ, trips, it.const_zero(), "")?;
        self.b.build_conditional_branch(none, top, body)?;

        self.b.position_at_end(body);
        let acc = self.b.build_phi(ty, "acc")?;
        let base = self.b.build_phi(ty, "base")?;
        let exp = self.b.build_phi(it, "exp")?;
        let left = self.b.build_phi(it, "left")?;
        let (r, b) = (acc.as_basic_value(), base.as_basic_value());
        let (e, k) = (
            exp.as_basic_value().into_int_value(),
            left.as_basic_value().into_int_value(),
        );
        let odd = self.b.build_int_truncate(e, self.ctx.bool_type(), "")?;
        let times = self.power_mul(r, b)?;
        let r2 = self.b.build_select(odd, times, r, "")?;
        let b2 = self.power_mul(b, b)?;
        let e2 = self
            .b
            .build_right_shift(e, it.const_int(1, false), false, "")?;
        let k2 = self.b.build_int_sub(k, it.const_int(1, false), "")?;
        let more = self
            .b
            .build_int_compare(IntPredicate::NE, k2, it.const_zero(), "")?;
        let back = self.b.build_conditional_branch(more, body, top)?;
        // A few trips: unrolled, the loop would run its remainder loop too.
        self.loop_hint(back, "llvm.loop.unroll.disable", None);
        acc.add_incoming(&[(&one, count), (&r2, body)]);
        base.add_incoming(&[(&x, count), (&b2, body)]);
        exp.add_incoming(&[(&n, count), (&e2, body)]);
        left.add_incoming(&[(&trips, count), (&k2, body)]);

        self.b.position_at_end(top);
        let r_top = self.b.build_phi(ty, "acc.top")?;
        let b_top = self.b.build_phi(ty, "base.top")?;
        r_top.add_incoming(&[(&one, count), (&r2, body)]);
        b_top.add_incoming(&[(&x, count), (&b2, body)]);
        let last = self.power_mul(r_top.as_basic_value(), b_top.as_basic_value())?;
        self.b.build_unconditional_branch(end)?;
        self.b.position_at_end(end);
        let result = self.b.build_phi(ty, "power")?;
        result.add_incoming(&[(&one, pre), (&last, top)]);
        Ok(result.as_basic_value())
    }

    /// `1 / p` for `x ** -k`; ZeroDivisionError when `x` is zero (CPython's
    /// error; none under NumPy's error model).
    fn reciprocal(&self, x: FloatValue<'ctx>, p: FloatValue<'ctx>) -> CgResult<FloatValue<'ctx>> {
        if !self.numpy_errors {
            let zero = x.get_type().const_zero();
            let is_zero = self
                .b
                .build_float_compare(FloatPredicate::OEQ, x, zero, "")?;
            self.raise_if(
                is_zero,
                ExceptionKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
                &[],
            )?;
        }
        let one = x.get_type().const_float(1.0);
        Ok(self.b.build_float_div(one, p, "recip")?)
    }
}

/// 1 of `x`'s type: a power's value for the exponent 0.
fn one_like(x: BasicValueEnum<'_>) -> BasicValueEnum<'_> {
    match x {
        BasicValueEnum::FloatValue(f) => f.get_type().const_float(1.0).into(),
        _ => x.into_int_value().get_type().const_int(1, false).into(),
    }
}
