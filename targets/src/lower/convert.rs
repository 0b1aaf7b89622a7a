//! Conversions between types (the `Cast` node).
//!
//! Numeric conversions follow NumPy's `astype`: integers truncate or extend by
//! the source's signedness; float to int truncates toward zero. Out of range
//! (and NaN) never produce LLVM poison: to unsigned types the conversion
//! saturates (NaN becomes 0); to signed types it is the frozen `fptosi`,
//! which on x86 is the hardware's answer (`INT_MIN`, like NumPy's `astype`)
//! and costs one instruction where saturation costs a compare-and-select
//! chain in hot loops (histogram binning). Conversion to `bool` is Python's
//! truth value (`nan` is true).

use inkwell::types::BasicTypeEnum;
use inkwell::values::{AsValueRef, BasicValueEnum};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn convert(
        &self,
        v: BasicValueEnum<'ctx>,
        from: &Type,
        to: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if from == to {
            return Ok(v);
        }
        match (from, to) {
            (Type::Optional(_), _) | (_, Type::Optional(_)) => self.convert_optional(v, from, to),
            (Type::Scalar(a), Type::Scalar(b)) => self.convert_scalar(v, *a, *b),
            (Type::Str, Type::Scalar(Scalar::Bool)) => {
                // `if s:`: not empty.
                let f = penna_compiler::strings::StrFn::Truth;
                let n = self
                    .call_rt(f.symbol(), Some(self.ctx.i64_type().into()), &[v])?
                    .ok_or_else(|| crate::error::bug("truth returned nothing"))?;
                Ok(self
                    .b
                    .build_int_compare(
                        inkwell::IntPredicate::NE,
                        n.into_int_value(),
                        self.i64(0),
                        "",
                    )?
                    .into())
            }
            (c, Type::Scalar(Scalar::Bool)) if c.is_container() => {
                // `if l:`: not empty.
                let n = self.container_len(c, v)?;
                Ok(self
                    .b
                    .build_int_compare(inkwell::IntPredicate::NE, n, self.i64(0), "nonempty")?
                    .into())
            }
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
                let st = self.m.llvm_type(to).into_struct_type();
                let mut agg = st.get_undef();
                for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                    let item = self
                        .b
                        .build_extract_value(v.into_struct_value(), i as u32, "")?;
                    let item = self.convert(item, x, y)?;
                    agg = self
                        .b
                        .build_insert_value(agg, item, i as u32, "")?
                        .into_struct_value();
                }
                Ok(agg.into())
            }
            (Type::Tuple(xs), Type::Scalar(Scalar::Bool)) => Ok(self
                .ctx
                .bool_type()
                .const_int(!xs.is_empty() as u64, false)
                .into()),
            (Type::None, Type::Scalar(Scalar::Bool)) => {
                Ok(self.ctx.bool_type().const_zero().into())
            }
            (Type::Array(_), Type::Array(_)) => Ok(v),
            (a, b) => Err(bug(format!("no conversion from {a} to {b}"))),
        }
    }

    /// Conversions into and out of optional values (`(value, present)`
    /// pairs): wrapping a value or `None`, the truth value (`None` is
    /// false), and unwrapping, which raises `TypeError` on `None`.
    fn convert_optional(
        &self,
        v: BasicValueEnum<'ctx>,
        from: &Type,
        to: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let pair = |value: BasicValueEnum<'ctx>, present: bool| -> CgResult<BasicValueEnum<'ctx>> {
            let st = self.m.llvm_type(to).into_struct_type();
            let flag = self.ctx.bool_type().const_int(present as u64, false);
            let agg = self.b.build_insert_value(st.const_zero(), value, 0, "")?;
            Ok(self
                .b
                .build_insert_value(agg, flag, 1, "")?
                .into_struct_value()
                .into())
        };
        let parts = |v: BasicValueEnum<'ctx>| -> CgResult<(BasicValueEnum<'ctx>, inkwell::values::IntValue<'ctx>)> {
            let s = v.into_struct_value();
            Ok((
                self.b.build_extract_value(s, 0, "value")?,
                self.b.build_extract_value(s, 1, "present")?.into_int_value(),
            ))
        };
        match (from, to) {
            (Type::None, Type::Optional(_)) => {
                // A `None` holds a zeroed value: null references, which
                // containers may release.
                let st = self.m.llvm_type(to).into_struct_type();
                Ok(st.const_zero().into())
            }
            (Type::Optional(a), Type::Optional(b)) => {
                let (value, present) = parts(v)?;
                let value = self.convert(value, a, b)?;
                let st = self.m.llvm_type(to).into_struct_type();
                let agg = self.b.build_insert_value(st.const_zero(), value, 0, "")?;
                Ok(self
                    .b
                    .build_insert_value(agg, present, 1, "")?
                    .into_struct_value()
                    .into())
            }
            (t, Type::Optional(b)) => pair(self.convert(v, t, b)?, true),
            (Type::Optional(a), Type::Scalar(Scalar::Bool)) => {
                let (value, present) = parts(v)?;
                let truth = self.convert(value, a, &Type::BOOL)?.into_int_value();
                Ok(self.b.build_and(present, truth, "truth")?.into())
            }
            (Type::Optional(a), t) => {
                let (value, present) = parts(v)?;
                let missing = self.b.build_not(present, "none")?;
                self.raise_if(
                    missing,
                    penna_compiler::abi::ExceptionKind::TypeError,
                    &format!("expected {t}, got None"),
                    &[],
                )?;
                self.convert(value, a, t)
            }
            (a, b) => Err(bug(format!("no conversion from {a} to {b}"))),
        }
    }

    pub fn convert_scalar(
        &self,
        v: BasicValueEnum<'ctx>,
        from: Scalar,
        to: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if from == to {
            return Ok(v);
        }
        let b = &self.b;
        let target = self.m.scalar_type(to);
        if to == Scalar::Bool {
            return Ok(match from {
                f if f.is_complex() => {
                    let (re, im) = self.parts(v.into_struct_value())?;
                    let zero = re.get_type().const_zero();
                    let r = b.build_float_compare(FloatPredicate::UNE, re, zero, "")?;
                    let i = b.build_float_compare(FloatPredicate::UNE, im, zero, "")?;
                    b.build_or(r, i, "truth")?.into()
                }
                f if f.is_float() => {
                    let x = v.into_float_value();
                    b.build_float_compare(
                        FloatPredicate::UNE,
                        x,
                        x.get_type().const_zero(),
                        "truth",
                    )?
                    .into()
                }
                _ => {
                    let x = v.into_int_value();
                    b.build_int_compare(IntPredicate::NE, x, x.get_type().const_zero(), "truth")?
                        .into()
                }
            });
        }
        if to.is_complex() {
            let part = to.real_part();
            let (re, im) = if from.is_complex() {
                let (re, im) = self.parts(v.into_struct_value())?;
                (
                    self.convert_scalar(re.into(), from.real_part(), part)?,
                    self.convert_scalar(im.into(), from.real_part(), part)?,
                )
            } else {
                (
                    self.convert_scalar(v, from, part)?,
                    self.m.scalar_type(part).const_zero(),
                )
            };
            return self.complex(to, re.into_float_value(), im.into_float_value());
        }
        if from.is_complex() {
            return Err(bug("complex to real conversion"));
        }
        if (from == Scalar::F16 || to == Scalar::F16) && self.m.target.gpu().is_none() {
            return self.convert_half_on_cpu(v, from, to);
        }
        Ok(match (from.is_float(), to.is_float()) {
            (true, true) => b
                .build_float_cast(v.into_float_value(), target.into_float_type(), "fcast")?
                .into(),
            (false, true) => {
                let x = v.into_int_value();
                if from.is_signed() {
                    b.build_signed_int_to_float(x, target.into_float_type(), "sitofp")?
                        .into()
                } else {
                    b.build_unsigned_int_to_float(x, target.into_float_type(), "uitofp")?
                        .into()
                }
            }
            (true, false) if to.is_signed() => {
                let x = b.build_float_to_signed_int(
                    v.into_float_value(),
                    target.into_int_type(),
                    "fptosi",
                )?;
                // SAFETY: LLVMBuildFreeze on the live builder and a value it
                // just built; the result is an integer of the same type.
                unsafe {
                    let frozen = llvm_sys::core::LLVMBuildFreeze(
                        b.as_mut_ptr(),
                        x.as_value_ref(),
                        c"int".as_ptr(),
                    );
                    inkwell::values::IntValue::new(frozen).into()
                }
            }
            (true, false) => self.call_intrinsic2("llvm.fptoui.sat", target, v.get_type(), &[v])?,
            (false, false) => {
                let x = v.into_int_value();
                let signed = from.is_signed();
                b.build_int_cast_sign_flag(x, target.into_int_type(), signed, "icast")?
                    .into()
            }
        })
    }

    /// Conversions from and to float16 on the CPU go through float32, whose
    /// conversions to and from half are instructions (F16C): LLVM would call
    /// compiler-rt's `__truncdfhf2` and friends otherwise, which the JIT
    /// does not have. Through float32 is exact for integers (every integer
    /// float16 holds is exact in float32, larger ones overflow either way)
    /// and for float16 -> x; float64 -> float16 rounds to float32 *to odd*
    /// first, so that the second rounding gives the correctly rounded half.
    fn convert_half_on_cpu(
        &self,
        v: BasicValueEnum<'ctx>,
        from: Scalar,
        to: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (b, f32t) = (&self.b, self.ctx.f32_type());
        if from == Scalar::F16 {
            let wide = b.build_float_ext(v.into_float_value(), f32t, "hext")?;
            return self.convert_scalar(wide.into(), Scalar::F32, to);
        }
        let single = if from == Scalar::F64 {
            self.f64_to_f32_round_to_odd(v.into_float_value())?
        } else {
            self.convert_scalar(v, from, Scalar::F32)?
                .into_float_value()
        };
        Ok(b.build_float_trunc(single, self.ctx.f16_type(), "htrunc")?
            .into())
    }

    /// `x` rounded to float32 with round-to-odd: the nearest float32 when
    /// exact, else the neighbour of `x` whose last mantissa bit is 1.
    fn f64_to_f32_round_to_odd(
        &self,
        x: inkwell::values::FloatValue<'ctx>,
    ) -> CgResult<inkwell::values::FloatValue<'ctx>> {
        let b = &self.b;
        let (f32t, i32t) = (self.ctx.f32_type(), self.ctx.i32_type());
        let nearest = b.build_float_trunc(x, f32t, "rtn")?;
        let back = b.build_float_ext(nearest, x.get_type(), "back")?;
        let inexact = b.build_float_compare(FloatPredicate::ONE, back, x, "inexact")?;
        let bits = b.build_bit_cast(nearest, i32t, "bits")?.into_int_value();
        let low = b.build_and(bits, i32t.const_int(1, false), "low")?;
        let even = b.build_int_compare(IntPredicate::EQ, low, i32t.const_zero(), "even")?;
        let fix = b.build_and(inexact, even, "fix")?;
        // Adjacent floats of one sign are adjacent bit patterns: step the
        // magnitude toward x.
        let fabs = |v| self.call_intrinsic("llvm.fabs", x.get_type().into(), &[v]);
        let (ax, aback) = (fabs(x.into())?, fabs(back.into())?);
        let up = b.build_float_compare(
            FloatPredicate::OGT,
            ax.into_float_value(),
            aback.into_float_value(),
            "up",
        )?;
        let step = b
            .build_select(up, i32t.const_int(1, false), i32t.const_all_ones(), "step")?
            .into_int_value();
        let stepped = b.build_int_add(bits, step, "odd")?;
        let fixed = b.build_select(fix, stepped, bits, "rto")?.into_int_value();
        Ok(b.build_bit_cast(fixed, f32t, "single")?.into_float_value())
    }

    /// The declaration of intrinsic `name`, overloaded on `types` (none for
    /// an intrinsic that is not overloaded).
    pub fn intrinsic(
        &self,
        name: &str,
        types: &[BasicTypeEnum<'ctx>],
    ) -> CgResult<inkwell::values::FunctionValue<'ctx>> {
        inkwell::intrinsics::Intrinsic::find(name)
            .ok_or_else(|| bug(format!("no intrinsic {name}")))?
            .get_declaration(&self.m.module, types)
            .ok_or_else(|| bug(format!("cannot declare {name}")))
    }

    /// Calls an intrinsic overloaded on its result and first argument types.
    pub fn call_intrinsic2(
        &self,
        name: &str,
        ret: BasicTypeEnum<'ctx>,
        arg: BasicTypeEnum<'ctx>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let decl = self.intrinsic(name, &[ret, arg])?;
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        self.b
            .build_call(decl, &args, "")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("intrinsic returned void"))
    }

    /// Calls an intrinsic overloaded on one type (`llvm.sqrt.f64`).
    pub fn call_intrinsic(
        &self,
        name: &str,
        ty: BasicTypeEnum<'ctx>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let decl = self.intrinsic(name, &[ty])?;
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let call = self.b.build_call(decl, &args, "")?;
        let v = call
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("intrinsic returned void"))?;
        if let BasicValueEnum::FloatValue(f) = v {
            return Ok(self.fast(f).into());
        }
        Ok(v)
    }
}
