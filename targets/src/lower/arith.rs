//! Arithmetic with Python's semantics, on operands of one scalar type.
//!
//! - Integers wrap (two's complement), like Numba's int64.
//! - `//` and `%` round toward negative infinity; the remainder has the
//!   divisor's sign. Division by zero raises `ZeroDivisionError` (also for
//!   floats, as Numba does); `INT_MIN // -1` wraps instead of trapping.
//!   Under NumPy's error model (`FnLowering::numpy_errors`: array
//!   expressions, `@vectorize` kernels, `error_model="numpy"`) nothing is
//!   raised: floats give IEEE infinities and NaNs, integers 0.
//! - Shifts by at least the bit width give 0 (or the sign for `>>`); negative
//!   counts raise `ValueError`.
//! - `int ** int` with a negative exponent raises `ValueError` (Numba returns 0).

use inkwell::values::{BasicValueEnum, FloatValue, IntValue, StructValue};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::MathFn;
use penna_compiler::ir::{BinaryOp, CmpOp};
use penna_compiler::Scalar;

use super::FnLowering;
use crate::error::CgResult;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn negate(&self, s: Scalar, v: BasicValueEnum<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        Ok(match s {
            s if s.is_complex() => {
                let (re, im) = self.parts(v.into_struct_value())?;
                let (re, im) = (
                    self.b.build_float_neg(re, "")?,
                    self.b.build_float_neg(im, "")?,
                );
                self.complex(s, re, im)?
            }
            s if s.is_float() => self.b.build_float_neg(v.into_float_value(), "neg")?.into(),
            _ => self.b.build_int_neg(v.into_int_value(), "neg")?.into(),
        })
    }

    pub fn binary(
        &self,
        op: BinaryOp,
        s: Scalar,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if s.is_complex() {
            return self.complex_binary(op, s, a.into_struct_value(), b.into_struct_value());
        }
        if s.is_float() && op == BinaryOp::Pow && b.is_int_value() {
            // `x ** k` with an integer `k` (typing keeps it an integer).
            return Ok(self
                .float_powi(a.into_float_value(), b.into_int_value())?
                .into());
        }
        if s.is_float() {
            return Ok(self
                .float_binary(op, s, a.into_float_value(), b.into_float_value())?
                .into());
        }
        if op == BinaryOp::Pow {
            return Ok(self
                .int_pow(s.is_signed(), a.into_int_value(), b.into_int_value())?
                .into());
        }
        Ok(self
            .int_binary(op, s, a.into_int_value(), b.into_int_value())?
            .into())
    }

    fn int_binary(
        &self,
        op: BinaryOp,
        s: Scalar,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let bld = &self.b;
        let signed = s.is_signed();
        Ok(match op {
            // NumPy's boolean `+` and `*` are logical or / and (scalars never
            // get here: Python adds booleans as integers).
            BinaryOp::Add if s == Scalar::Bool => bld.build_or(a, b, "or")?,
            BinaryOp::Mul if s == Scalar::Bool => bld.build_and(a, b, "and")?,
            BinaryOp::Add => bld.build_int_add(a, b, "add")?,
            BinaryOp::Sub => bld.build_int_sub(a, b, "sub")?,
            BinaryOp::Mul => bld.build_int_mul(a, b, "mul")?,
            BinaryOp::BitAnd => bld.build_and(a, b, "and")?,
            BinaryOp::BitOr => bld.build_or(a, b, "or")?,
            BinaryOp::BitXor => bld.build_xor(a, b, "xor")?,
            BinaryOp::FloorDiv | BinaryOp::Mod => {
                let zero = a.get_type().const_zero();
                let is_zero = bld.build_int_compare(IntPredicate::EQ, b, zero, "")?;
                if self.numpy_errors {
                    // NumPy: x // 0 and x % 0 are 0 (it warns; penna does not).
                    let one = a.get_type().const_int(1, false);
                    let safe = bld.build_select(is_zero, one, b, "")?.into_int_value();
                    let r = self.int_divmod(op, signed, a, safe)?;
                    return Ok(self.b.build_select(is_zero, zero, r, "")?.into_int_value());
                }
                self.raise_if(
                    is_zero,
                    ExceptionKind::ZeroDivisionError,
                    "integer division or modulo by zero",
                    &[],
                )?;
                self.int_divmod(op, signed, a, b)?
            }
            BinaryOp::LShift | BinaryOp::RShift => {
                let zero = a.get_type().const_zero();
                if signed {
                    let negative = bld.build_int_compare(IntPredicate::SLT, b, zero, "")?;
                    self.raise_if(
                        negative,
                        ExceptionKind::ValueError,
                        "negative shift count",
                        &[],
                    )?;
                }
                let bld = &self.b;
                let bits = a.get_type().get_bit_width() as u64;
                let width = a.get_type().const_int(bits, false);
                let big = bld.build_int_compare(IntPredicate::UGE, b, width, "")?;
                let clamped = bld
                    .build_select(big, a.get_type().const_int(bits - 1, false), b, "")?
                    .into_int_value();
                if op == BinaryOp::LShift {
                    let shifted = bld.build_left_shift(a, clamped, "shl")?;
                    bld.build_select(big, zero, shifted, "shl")?
                        .into_int_value()
                } else {
                    // An arithmetic shift by width-1 already yields the sign fill.
                    let shifted = bld.build_right_shift(a, clamped, signed, "shr")?;
                    if signed {
                        shifted
                    } else {
                        bld.build_select(big, zero, shifted, "shr")?
                            .into_int_value()
                    }
                }
            }
            BinaryOp::Div | BinaryOp::Pow => unreachable!("typed as float / handled by int_pow"),
        })
    }

    /// `a ** e` by squaring (wrapping, as int64 arithmetic does); a negative
    /// `e` raises ValueError. An unsigned exponent is never negative,
    /// whatever its top bit.
    fn int_pow(
        &self,
        signed: bool,
        a: IntValue<'ctx>,
        e: IntValue<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let et = e.get_type();
        if signed {
            let negative = self
                .b
                .build_int_compare(IntPredicate::SLT, e, et.const_zero(), "")?;
            self.raise_if(
                negative,
                ExceptionKind::ValueError,
                "integer to a negative power: the result type is an integer (use a float base or exponent)",
                &[],
            )?;
        }
        let p = match e.get_zero_extended_constant() {
            // A constant exponent (not negative: checked above) is unrolled.
            Some(k) if k <= super::powi::UNROLL => self.unrolled_power(a.into(), k)?,
            _ => self.square_and_multiply(a.into(), e)?,
        };
        Ok(p.into_int_value())
    }

    /// Python's floor division or modulo of integers, `b` nonzero.
    fn int_divmod(
        &self,
        op: BinaryOp,
        signed: bool,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let zero = a.get_type().const_zero();
        let bld = &self.b;
        if !signed {
            return Ok(if op == BinaryOp::FloorDiv {
                bld.build_int_unsigned_div(a, b, "div")?
            } else {
                bld.build_int_unsigned_rem(a, b, "rem")?
            });
        }
        // INT_MIN / -1 traps: that one pair takes a branch of its own to the
        // wrapped quotient (INT_MIN) and remainder (0) Python's int64
        // arithmetic wraps to. A branch, not a select of the divisor: the
        // division then depends on the loaded operands only, and a
        // mispredicted 32-bit-division bypass resolves sooner (as Numba's).
        let ty = a.get_type();
        let minus_one = ty.const_all_ones();
        let bits = ty.get_bit_width();
        let min = ty.const_int(1u64 << (bits - 1), false);
        let is_m1 = bld.build_int_compare(IntPredicate::EQ, b, minus_one, "")?;
        let is_min = bld.build_int_compare(IntPredicate::EQ, a, min, "")?;
        let overflows = self.unlikely(bld.build_and(is_m1, is_min, "")?)?;
        let divide = self.new_block("div.exact");
        let join = self.new_block("div.end");
        let wrap_from = bld.get_insert_block().expect("positioned");
        bld.build_conditional_branch(overflows, join, divide)?;
        bld.position_at_end(divide);
        let one = ty.const_int(1, false);
        let q = bld.build_int_signed_div(a, b, "")?;
        let r = bld.build_int_signed_rem(a, b, "")?;
        // Round toward -inf: adjust when the remainder's sign differs from b's.
        let r_nonzero = bld.build_int_compare(IntPredicate::NE, r, zero, "")?;
        let sign_differs =
            bld.build_int_compare(IntPredicate::SLT, bld.build_xor(r, b, "")?, zero, "")?;
        let adjust = bld.build_and(r_nonzero, sign_differs, "")?;
        let (value, wrapped) = if op == BinaryOp::FloorDiv {
            let q1 = bld.build_int_sub(q, one, "")?;
            (bld.build_select(adjust, q1, q, "")?.into_int_value(), min)
        } else {
            let r1 = bld.build_int_add(r, b, "")?;
            (bld.build_select(adjust, r1, r, "")?.into_int_value(), zero)
        };
        let divided_from = bld.get_insert_block().expect("positioned");
        bld.build_unconditional_branch(join)?;
        bld.position_at_end(join);
        let name = if op == BinaryOp::FloorDiv {
            "floordiv"
        } else {
            "mod"
        };
        let out = bld.build_phi(ty, name)?;
        out.add_incoming(&[(&wrapped, wrap_from), (&value, divided_from)]);
        Ok(out.as_basic_value().into_int_value())
    }

    pub fn float_binary(
        &self,
        op: BinaryOp,
        s: Scalar,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> CgResult<FloatValue<'ctx>> {
        let v = match op {
            BinaryOp::Add => self.fast(self.b.build_float_add(a, b, "fadd")?),
            BinaryOp::Sub => self.fast(self.b.build_float_sub(a, b, "fsub")?),
            BinaryOp::Mul => self.fast(self.b.build_float_mul(a, b, "fmul")?),
            BinaryOp::Div => {
                self.check_float_divisor(b, "float division by zero")?;
                self.fast(self.b.build_float_div(a, b, "fdiv")?)
            }
            BinaryOp::FloorDiv if self.numpy_errors => {
                // NumPy's floor_divide: a / b (inf or nan) for a zero divisor.
                let q = self.float_divmod(a, b)?.0;
                let zero = b.get_type().const_zero();
                let is_zero = self
                    .b
                    .build_float_compare(FloatPredicate::OEQ, b, zero, "")?;
                let inf = self.b.build_float_div(a, b, "")?;
                self.b
                    .build_select(is_zero, inf, q, "floordiv")?
                    .into_float_value()
            }
            BinaryOp::FloorDiv => {
                self.check_float_divisor(b, "float floor division by zero")?;
                self.float_divmod(a, b)?.0
            }
            BinaryOp::Mod => {
                self.check_float_divisor(b, "float modulo")?;
                self.float_divmod(a, b)?.1
            }
            BinaryOp::Pow => {
                self.check_zero_to_negative_power(a, b)?;
                self.call_math(MathFn::Pow, s, &[a.into(), b.into()])?
                    .into_float_value()
            }
            _ => unreachable!("typing rejects bitwise operators on floats"),
        };
        Ok(v)
    }

    /// Raises ZeroDivisionError for a zero divisor (nothing under NumPy's
    /// error model, where the IEEE result stands).
    fn check_float_divisor(&self, b: FloatValue<'ctx>, message: &str) -> CgResult<()> {
        if self.numpy_errors {
            return Ok(());
        }
        let zero = b.get_type().const_zero();
        let is_zero = self
            .b
            .build_float_compare(FloatPredicate::OEQ, b, zero, "")?;
        self.raise_if(is_zero, ExceptionKind::ZeroDivisionError, message, &[])
    }

    /// CPython's `0.0 ** negative` (finite) raises ZeroDivisionError (NumPy's error
    /// model gives the IEEE infinity instead).
    fn check_zero_to_negative_power(
        &self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> CgResult<()> {
        if self.numpy_errors {
            return Ok(());
        }
        let zero = a.get_type().const_zero();
        let bld = &self.b;
        let base_zero = bld.build_float_compare(FloatPredicate::OEQ, a, zero, "")?;
        // A finite negative exponent: CPython's `0.0 ** -inf` is inf.
        let exp_negative = bld.build_float_compare(FloatPredicate::OLT, b, zero, "")?;
        let minus_inf = a.get_type().const_float(f64::NEG_INFINITY);
        let exp_finite = bld.build_float_compare(FloatPredicate::OGT, b, minus_inf, "")?;
        let exp_bad = bld.build_and(exp_negative, exp_finite, "")?;
        let both = bld.build_and(base_zero, exp_bad, "")?;
        self.raise_if(
            both,
            ExceptionKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
            &[],
        )
    }

    /// Python's float `(a // b, a % b)` (CPython's `float_divmod`).
    pub fn float_divmod(
        &self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> CgResult<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let ty = a.get_type();
        let zero = ty.const_zero();
        let m = self.exact_fmod(a, b)?;
        let bld = &self.b;
        let div = bld.build_float_div(bld.build_float_sub(a, m, "")?, b, "")?;
        let m_nonzero = bld.build_float_compare(FloatPredicate::UNE, m, zero, "")?;
        let b_neg = bld.build_float_compare(FloatPredicate::OLT, b, zero, "")?;
        let m_neg = bld.build_float_compare(FloatPredicate::OLT, m, zero, "")?;
        let differ = bld.build_xor(b_neg, m_neg, "")?;
        let fix = bld.build_and(m_nonzero, differ, "")?;
        let m_fixed = bld.build_float_add(m, b, "")?;
        let div_fixed = bld.build_float_sub(div, ty.const_float(1.0), "")?;
        let m1 = bld.build_select(fix, m_fixed, m, "")?.into_float_value();
        let div1 = bld
            .build_select(fix, div_fixed, div, "")?
            .into_float_value();
        // A zero remainder takes the divisor's sign.
        let signed_zero = self
            .call_intrinsic("llvm.copysign", ty.into(), &[zero.into(), b.into()])?
            .into_float_value();
        let m2 = bld
            .build_select(m_nonzero, m1, signed_zero, "mod")?
            .into_float_value();
        // Snap the quotient to an integer.
        let fl = self
            .call_intrinsic("llvm.floor", ty.into(), &[div1.into()])?
            .into_float_value();
        let frac = bld.build_float_sub(div1, fl, "")?;
        let over_half =
            bld.build_float_compare(FloatPredicate::OGT, frac, ty.const_float(0.5), "")?;
        let fl1 = bld.build_float_add(fl, ty.const_float(1.0), "")?;
        let q = bld.build_select(over_half, fl1, fl, "")?.into_float_value();
        let div_nonzero = bld.build_float_compare(FloatPredicate::UNE, div1, zero, "")?;
        let quotient = bld.build_float_div(a, b, "")?;
        let zero_q = self
            .call_intrinsic("llvm.copysign", ty.into(), &[zero.into(), quotient.into()])?
            .into_float_value();
        let q2 = bld
            .build_select(div_nonzero, q, zero_q, "floordiv")?
            .into_float_value();
        Ok((q2, m2))
    }

    /// Applies the function's fast-math flags to a float instruction result.
    /// GPU code contracts `a * b + c` into one fused multiply-add even without
    /// `fastmath`, as nvcc (`-fmad=true`) and Numba's NVVM do by default.
    pub fn fast(&self, v: FloatValue<'ctx>) -> FloatValue<'ctx> {
        use inkwell::values::FastMathFlags;
        let flags = if self.fastmath() {
            FastMathFlags::all()
        } else if self.m.target.gpu().is_some() {
            FastMathFlags::AllowContract
        } else {
            return v;
        };
        if let Some(inst) = v.as_instruction() {
            let _ = inst.set_fast_math_flags(flags);
        }
        v
    }

    pub fn compare(
        &self,
        op: CmpOp,
        s: Scalar,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        if s.is_complex() {
            let (ar, ai) = self.parts(a.into_struct_value())?;
            let (br, bi) = self.parts(b.into_struct_value())?;
            let re = self.compare(op, s.real_part(), ar.into(), br.into())?;
            let im = self.compare(op, s.real_part(), ai.into(), bi.into())?;
            return Ok(match op {
                CmpOp::Eq => self.b.build_and(re, im, "ceq")?,
                _ => self.b.build_or(re, im, "cne")?,
            });
        }
        if s.is_float() {
            let pred = match op {
                CmpOp::Eq => FloatPredicate::OEQ,
                CmpOp::Ne => FloatPredicate::UNE,
                CmpOp::Lt => FloatPredicate::OLT,
                CmpOp::Le => FloatPredicate::OLE,
                CmpOp::Gt => FloatPredicate::OGT,
                CmpOp::Ge => FloatPredicate::OGE,
                CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => {
                    unreachable!("handled by types")
                }
            };
            return Ok(self.b.build_float_compare(
                pred,
                a.into_float_value(),
                b.into_float_value(),
                "fcmp",
            )?);
        }
        let signed = s.is_signed();
        let pred = match (op, signed) {
            (CmpOp::Eq, _) => IntPredicate::EQ,
            (CmpOp::Ne, _) => IntPredicate::NE,
            (CmpOp::Lt, true) => IntPredicate::SLT,
            (CmpOp::Le, true) => IntPredicate::SLE,
            (CmpOp::Gt, true) => IntPredicate::SGT,
            (CmpOp::Ge, true) => IntPredicate::SGE,
            (CmpOp::Lt, false) => IntPredicate::ULT,
            (CmpOp::Le, false) => IntPredicate::ULE,
            (CmpOp::Gt, false) => IntPredicate::UGT,
            (CmpOp::Ge, false) => IntPredicate::UGE,
            (CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn, _) => {
                unreachable!("handled by types")
            }
        };
        Ok(self
            .b
            .build_int_compare(pred, a.into_int_value(), b.into_int_value(), "icmp")?)
    }

    /// `l == r` / `l != r` of two tuples of numbers, item by item in their
    /// common type; tuples of different lengths are never equal.
    pub fn tuples_equal(
        &self,
        op: CmpOp,
        (lt, l): (&[penna_compiler::Type], BasicValueEnum<'ctx>),
        (rt, r): (&[penna_compiler::Type], BasicValueEnum<'ctx>),
    ) -> CgResult<IntValue<'ctx>> {
        let mut equal = self
            .ctx
            .bool_type()
            .const_int((lt.len() == rt.len()) as u64, false);
        if lt.len() == rt.len() {
            for (k, (x, y)) in lt.iter().zip(rt).enumerate() {
                let (Some(xs), Some(ys)) = (x.scalar(), y.scalar()) else {
                    return Err(crate::error::bug("tuple comparison of non-numbers"));
                };
                let t = penna_compiler::types::promote(xs, ys);
                let a = self
                    .b
                    .build_extract_value(l.into_struct_value(), k as u32, "")?;
                let b = self
                    .b
                    .build_extract_value(r.into_struct_value(), k as u32, "")?;
                let a = self.convert_scalar(a, xs, t)?;
                let b = self.convert_scalar(b, ys, t)?;
                let same = self.compare(CmpOp::Eq, t, a, b)?;
                equal = self.b.build_and(equal, same, "")?;
            }
        }
        Ok(match op {
            CmpOp::Ne => self.b.build_not(equal, "tne")?,
            _ => equal,
        })
    }

    // ---- complex numbers ----

    pub fn parts(&self, v: StructValue<'ctx>) -> CgResult<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let re = self.b.build_extract_value(v, 0, "re")?.into_float_value();
        let im = self.b.build_extract_value(v, 1, "im")?.into_float_value();
        Ok((re, im))
    }

    pub fn complex(
        &self,
        s: Scalar,
        re: FloatValue<'ctx>,
        im: FloatValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let st = self.m.scalar_type(s).into_struct_type();
        let v = self.b.build_insert_value(st.get_undef(), re, 0, "")?;
        Ok(self
            .b
            .build_insert_value(v, im, 1, "complex")?
            .into_struct_value()
            .into())
    }

    fn complex_binary(
        &self,
        op: BinaryOp,
        s: Scalar,
        a: StructValue<'ctx>,
        b: StructValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (ar, ai) = self.parts(a)?;
        let (br, bi) = self.parts(b)?;
        let bld = &self.b;
        let (re, im) = match op {
            BinaryOp::Add => (
                bld.build_float_add(ar, br, "")?,
                bld.build_float_add(ai, bi, "")?,
            ),
            BinaryOp::Sub => (
                bld.build_float_sub(ar, br, "")?,
                bld.build_float_sub(ai, bi, "")?,
            ),
            BinaryOp::Mul => self.complex_mul((ar, ai), (br, bi))?,
            BinaryOp::Div => return self.complex_div(s, (ar, ai), (br, bi)),
            BinaryOp::Pow => return self.complex_pow(s, (ar, ai), (br, bi)),
            _ => unreachable!("typing rejects this operator on complex numbers"),
        };
        self.complex(s, self.fast(re), self.fast(im))
    }

    /// `(ar + i ai) * (br + i bi)` as (real, imaginary) parts.
    fn complex_mul(
        &self,
        (ar, ai): (FloatValue<'ctx>, FloatValue<'ctx>),
        (br, bi): (FloatValue<'ctx>, FloatValue<'ctx>),
    ) -> CgResult<(FloatValue<'ctx>, FloatValue<'ctx>)> {
        let b = &self.b;
        let re = b.build_float_sub(
            b.build_float_mul(ar, br, "")?,
            b.build_float_mul(ai, bi, "")?,
            "",
        )?;
        let im = b.build_float_add(
            b.build_float_mul(ar, bi, "")?,
            b.build_float_mul(ai, br, "")?,
            "",
        )?;
        Ok((re, im))
    }

    /// Smith's algorithm, as CPython's `_Py_c_quot`.
    fn complex_div(
        &self,
        s: Scalar,
        (ar, ai): (FloatValue<'ctx>, FloatValue<'ctx>),
        (br, bi): (FloatValue<'ctx>, FloatValue<'ctx>),
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let ty = ar.get_type();
        let zero = ty.const_zero();
        let bld = &self.b;
        let both_zero = bld.build_and(
            bld.build_float_compare(FloatPredicate::OEQ, br, zero, "")?,
            bld.build_float_compare(FloatPredicate::OEQ, bi, zero, "")?,
            "",
        )?;
        if !self.numpy_errors {
            self.raise_if(
                both_zero,
                ExceptionKind::ZeroDivisionError,
                "complex division by zero",
                &[],
            )?;
        }
        let bld = &self.b;
        let abs_br = self
            .call_intrinsic("llvm.fabs", ty.into(), &[br.into()])?
            .into_float_value();
        let abs_bi = self
            .call_intrinsic("llvm.fabs", ty.into(), &[bi.into()])?
            .into_float_value();
        let real_bigger = bld.build_float_compare(FloatPredicate::OGE, abs_br, abs_bi, "")?;
        // |br| >= |bi|: ratio = bi/br, denom = br + bi*ratio
        let r1 = bld.build_float_div(bi, br, "")?;
        let d1 = bld.build_float_add(br, bld.build_float_mul(bi, r1, "")?, "")?;
        let re1 = bld.build_float_div(
            bld.build_float_add(ar, bld.build_float_mul(ai, r1, "")?, "")?,
            d1,
            "",
        )?;
        let im1 = bld.build_float_div(
            bld.build_float_sub(ai, bld.build_float_mul(ar, r1, "")?, "")?,
            d1,
            "",
        )?;
        // otherwise: ratio = br/bi, denom = br*ratio + bi
        let r2 = bld.build_float_div(br, bi, "")?;
        let d2 = bld.build_float_add(bld.build_float_mul(br, r2, "")?, bi, "")?;
        let re2 = bld.build_float_div(
            bld.build_float_add(bld.build_float_mul(ar, r2, "")?, ai, "")?,
            d2,
            "",
        )?;
        let im2 = bld.build_float_div(
            bld.build_float_sub(bld.build_float_mul(ai, r2, "")?, ar, "")?,
            d2,
            "",
        )?;
        let re = bld
            .build_select(real_bigger, re1, re2, "")?
            .into_float_value();
        let im = bld
            .build_select(real_bigger, im1, im2, "")?
            .into_float_value();
        self.complex(s, re, im)
    }

    /// `a ** b = exp(b * log(a))`, with `0 ** b` = 0 (1 for b = 0) as in Python.
    fn complex_pow(
        &self,
        s: Scalar,
        (ar, ai): (FloatValue<'ctx>, FloatValue<'ctx>),
        (br, bi): (FloatValue<'ctx>, FloatValue<'ctx>),
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let f = s.real_part();
        let ty = ar.get_type();
        let abs = self
            .call_math(MathFn::Hypot, f, &[ar.into(), ai.into()])?
            .into_float_value();
        let arg = self
            .call_math(MathFn::Atan2, f, &[ai.into(), ar.into()])?
            .into_float_value();
        let log_abs = self
            .call_math(MathFn::Log, f, &[abs.into()])?
            .into_float_value();
        // b * (log|a| + i arg a)
        let (x, y) = self.complex_mul((br, bi), (log_abs, arg))?;
        let mag = self
            .call_math(MathFn::Exp, f, &[x.into()])?
            .into_float_value();
        let cos = self
            .call_math(MathFn::Cos, f, &[y.into()])?
            .into_float_value();
        let sin = self
            .call_math(MathFn::Sin, f, &[y.into()])?
            .into_float_value();
        let bld = &self.b;
        let re = bld.build_float_mul(mag, cos, "")?;
        let im = bld.build_float_mul(mag, sin, "")?;
        let zero = ty.const_zero();
        let a_zero = bld.build_float_compare(FloatPredicate::OEQ, abs, zero, "")?;
        let b_zero = bld.build_and(
            bld.build_float_compare(FloatPredicate::OEQ, br, zero, "")?,
            bld.build_float_compare(FloatPredicate::OEQ, bi, zero, "")?,
            "",
        )?;
        let zero_re = bld
            .build_select(b_zero, ty.const_float(1.0), zero, "")?
            .into_float_value();
        let re = bld
            .build_select(a_zero, zero_re, re, "")?
            .into_float_value();
        let im = bld.build_select(a_zero, zero, im, "")?.into_float_value();
        self.complex(s, re, im)
    }
}
