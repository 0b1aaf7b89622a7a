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
            (Type::Scalar(a), Type::Scalar(b)) => self.convert_scalar(v, *a, *b),
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

    /// Calls an intrinsic overloaded on its result and first argument types.
    pub fn call_intrinsic2(
        &self,
        name: &str,
        ret: BasicTypeEnum<'ctx>,
        arg: BasicTypeEnum<'ctx>,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let intrinsic = inkwell::intrinsics::Intrinsic::find(name)
            .ok_or_else(|| bug(format!("no intrinsic {name}")))?;
        let decl = intrinsic
            .get_declaration(&self.m.module, &[ret, arg])
            .ok_or_else(|| bug(format!("cannot declare {name}")))?;
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
        let intrinsic = inkwell::intrinsics::Intrinsic::find(name)
            .ok_or_else(|| bug(format!("no intrinsic {name}")))?;
        let decl = intrinsic
            .get_declaration(&self.m.module, &[ty])
            .ok_or_else(|| bug(format!("cannot declare {name}")))?;
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
