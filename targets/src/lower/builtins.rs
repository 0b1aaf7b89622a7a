//! Builtin functions, `math` / NumPy scalar functions and methods.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use penna_compiler::builtins::{Builtin, MathFn, MathShape, Method};
use penna_compiler::ir::{BinaryOp, CmpOp};
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn builtin(
        &mut self,
        b: Builtin,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let scalar = |i: usize| {
            types[i]
                .scalar()
                .ok_or_else(|| bug(format!("{} of a non-scalar", b.name())))
        };
        match b {
            Builtin::Np(f) => self.np_call(f, args, types, ty),
            Builtin::Iterating(_)
            | Builtin::Container(_)
            | Builtin::Heapq(_)
            | Builtin::Str(_)
            | Builtin::Gen(_)
            | Builtin::ObjMode => Err(bug(format!("{} reached the builtin table", b.name()))),
            Builtin::LiteralUnroll => Ok(args[0]),
            Builtin::Hash => Ok(self.hash_value(types[0], args[0])?.into()),
            Builtin::Len => match types[0] {
                Type::Array(_) | Type::RecordArray(_) => {
                    Ok(self.shape(args[0].into_struct_value(), 0)?.into())
                }
                Type::Tuple(items) => Ok(self.i64(items.len() as i64).into()),
                t if t.is_container() => Ok(self.container_len(t, args[0])?.into()),
                t => Err(bug(format!("len of {t}"))),
            },
            Builtin::Abs => {
                let s = scalar(0)?;
                if s.is_complex() {
                    let (re, im) = self.parts(args[0].into_struct_value())?;
                    return self.call_math(MathFn::Hypot, s.real_part(), &[re.into(), im.into()]);
                }
                if s.is_float() {
                    return self.call_intrinsic("llvm.fabs", self.m.scalar_type(s), &[args[0]]);
                }
                if s.is_unsigned() {
                    return Ok(args[0]);
                }
                let x = args[0].into_int_value();
                let neg = self.b.build_int_compare(
                    IntPredicate::SLT,
                    x,
                    x.get_type().const_zero(),
                    "",
                )?;
                let minus = self.b.build_int_neg(x, "")?;
                Ok(self.b.build_select(neg, minus, x, "abs")?)
            }
            Builtin::Min | Builtin::Max if matches!(types, [Type::List { .. } | Type::Set(_)]) => {
                self.container_extreme(types[0], args[0], b == Builtin::Max)
            }
            Builtin::Min | Builtin::Max => {
                let op = if b == Builtin::Min {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                let (items, s) = match types {
                    [Type::Tuple(items)] => {
                        let s = items[0].scalar().ok_or_else(|| bug("min of non-scalars"))?;
                        let values = (0..items.len())
                            .map(|i| {
                                self.b.build_extract_value(
                                    args[0].into_struct_value(),
                                    i as u32,
                                    "",
                                )
                            })
                            .collect::<Result<Vec<_>, _>>()?;
                        (values, s)
                    }
                    _ => (args.to_vec(), scalar(0)?),
                };
                // Python keeps the first extreme value: replace only when strictly better.
                let mut acc = items[0];
                for &v in &items[1..] {
                    let better = self.compare(op, s, v, acc)?;
                    acc = self.b.build_select(better, v, acc, "")?;
                }
                Ok(acc)
            }
            Builtin::Int | Builtin::Float | Builtin::Bool | Builtin::ScalarCtor(_) => {
                match args.first() {
                    Some(&v) => self.convert(v, types[0], ty),
                    None => Ok(self.zero_of(ty)),
                }
            }
            Builtin::Complex => {
                let f = self.ctx.f64_type();
                let re = args
                    .first()
                    .map_or(f.const_zero(), |v| v.into_float_value());
                let im = args.get(1).map_or(f.const_zero(), |v| v.into_float_value());
                self.complex(Scalar::C128, re, im)
            }
            Builtin::Round => self.round(args, types),
            Builtin::DivMod => {
                let s = scalar(0)?;
                let (q, r) = if s.is_float() {
                    let (a, c) = (args[0].into_float_value(), args[1].into_float_value());
                    let zero = c.get_type().const_zero();
                    let is_zero = self
                        .b
                        .build_float_compare(FloatPredicate::OEQ, c, zero, "")?;
                    self.raise_if(
                        is_zero,
                        penna_compiler::abi::ExceptionKind::ZeroDivisionError,
                        "float divmod()",
                        &[],
                    )?;
                    let (q, r) = self.float_divmod(a, c)?;
                    (q.into(), r.into())
                } else {
                    let q = self.binary(BinaryOp::FloorDiv, s, args[0], args[1])?;
                    let r = self.binary(BinaryOp::Mod, s, args[0], args[1])?;
                    (q, r)
                };
                let st = self.m.llvm_type(ty).into_struct_type();
                let v = self.b.build_insert_value(st.get_undef(), q, 0, "")?;
                Ok(self
                    .b
                    .build_insert_value(v, r, 1, "divmod")?
                    .into_struct_value()
                    .into())
            }
            Builtin::Pow => {
                let s = scalar(0)?;
                self.binary(BinaryOp::Pow, s, args[0], args[1])
            }
            Builtin::Math { f, numpy } => {
                let s = scalar(0)?;
                self.math(f, numpy, s, args, ty)
            }
            Builtin::Range
            | Builtin::Prange
            | Builtin::Enumerate
            | Builtin::Zip
            | Builtin::Print => Err(bug("iterator builtin outside a for loop")),
            Builtin::Omp(f) => self.omp_function(f),
            Builtin::Gpu(g) => self.gpu_call(g, args, types),
            Builtin::Runtime(f) => self.runtime_call(f, args, types),
        }
    }

    /// A runtime function: numbers as they are, arrays as their data
    /// pointer and dtype code.
    fn runtime_call(
        &self,
        f: penna_compiler::runtime_fns::RuntimeFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if f == penna_compiler::runtime_fns::RuntimeFn::GenDouble {
            return self.generator_next_double(args[0].into_pointer_value());
        }
        let mut c_args = Vec::with_capacity(args.len());
        for (&v, t) in args.iter().zip(types) {
            match t {
                Type::Array(a) => {
                    let data = self
                        .b
                        .build_extract_value(v.into_struct_value(), 1, "data")?;
                    c_args.push(data);
                    let code = penna_compiler::abi::scalar_code(a.dtype);
                    c_args.push(self.i32(code as i64).into());
                }
                _ => c_args.push(v),
            }
        }
        let ret = f.result().map(|s| self.m.scalar_type(s));
        let v = self.call_rt(f.symbol(), ret, &c_args)?;
        Ok(v.unwrap_or_else(|| self.none_value()))
    }

    /// `rng.random()`: the bit generator's own `next_double(state)`, called
    /// through NumPy's `bitgen_t` (`{state, next_uint64, next_uint32,
    /// next_double, next_raw}`) without the runtime's wrapper: the one draw
    /// per loop iteration of Monte-Carlo code.
    fn generator_next_double(
        &self,
        bitgen: inkwell::values::PointerValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let fields = [ptr.into(); 5];
        let bitgen_t = self.ctx.struct_type(&fields, false);
        let state_at = self.b.build_struct_gep(bitgen_t, bitgen, 0, "")?;
        let state = self.b.build_load(ptr, state_at, "bitgen.state")?;
        let next_at = self.b.build_struct_gep(bitgen_t, bitgen, 3, "")?;
        let next = self
            .b
            .build_load(ptr, next_at, "bitgen.next_double")?
            .into_pointer_value();
        let f64t = self.ctx.f64_type();
        let call = self.b.build_indirect_call(
            f64t.fn_type(&[ptr.into()], false),
            next,
            &[state.into()],
            "draw",
        )?;
        call.try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("next_double returned void"))
    }

    fn round(
        &self,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let s = types[0]
            .scalar()
            .ok_or_else(|| bug("round of a non-scalar"))?;
        if !s.is_float() {
            // Integers are already round (for ndigits >= 0, the common case).
            return Ok(args[0]);
        }
        let x = args[0];
        let fty = self.m.scalar_type(s);
        if args.len() == 1 {
            let r = self.call_intrinsic("llvm.roundeven", fty, &[x])?;
            return self.convert_scalar(r, s, Scalar::I64);
        }
        // round(x, n) = roundeven(x * 10**n) / 10**n
        let n = self.convert_scalar(args[1], Scalar::I64, s)?;
        let ten = fty.into_float_type().const_float(10.0);
        let scale = self
            .call_math(MathFn::Pow, s, &[ten.into(), n])?
            .into_float_value();
        let y = self.b.build_float_mul(x.into_float_value(), scale, "")?;
        let r = self
            .call_intrinsic("llvm.roundeven", fty, &[y.into()])?
            .into_float_value();
        Ok(self.b.build_float_div(r, scale, "round")?.into())
    }

    pub fn math(
        &self,
        f: MathFn,
        numpy: bool,
        s: Scalar,
        args: &[BasicValueEnum<'ctx>],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let x = args[0];
        match f.shape() {
            MathShape::Predicate => {
                let v = x.into_float_value();
                let abs = self
                    .call_intrinsic("llvm.fabs", v.get_type().into(), &[x])?
                    .into_float_value();
                let inf = v.get_type().const_float(f64::INFINITY);
                let pred = match f {
                    MathFn::Isnan => {
                        return Ok(self
                            .b
                            .build_float_compare(FloatPredicate::UNO, v, v, "isnan")?
                            .into())
                    }
                    MathFn::Isinf => FloatPredicate::OEQ,
                    _ => FloatPredicate::OLT,
                };
                Ok(self.b.build_float_compare(pred, abs, inf, "")?.into())
            }
            MathShape::Rounding => {
                if !s.is_float() {
                    return Ok(x);
                }
                let r = self.call_math(f, s, &[x])?;
                if numpy {
                    Ok(r)
                } else {
                    self.convert_scalar(r, s, ty.scalar().unwrap_or(Scalar::I64))
                }
            }
            MathShape::Unary | MathShape::Binary => self.call_math(f, s, args),
        }
    }

    /// `f(args)` for a float type: an LLVM intrinsic where one exists, else libm.
    pub fn call_math(
        &self,
        f: MathFn,
        s: Scalar,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if s == Scalar::F16 && !matches!(f, MathFn::Fabs | MathFn::Copysign) {
            // Math libraries have no half functions: compute in float32 and
            // round, as NumPy's float16 ufuncs do.
            let wide = args
                .iter()
                .map(|&a| self.convert_scalar(a, Scalar::F16, Scalar::F32))
                .collect::<CgResult<Vec<_>>>()?;
            let r = self.call_math(f, Scalar::F32, &wide)?;
            return self.convert_scalar(r, Scalar::F32, Scalar::F16);
        }
        let fty = self.m.scalar_type(s);
        let intrinsic = match f {
            MathFn::Sqrt => Some("llvm.sqrt"),
            // GPU back ends lower only the exact intrinsics; the rest are
            // calls to the target's math library.
            _ if self.m.target.gpu().is_some_and(|g| !g.native_math(f)) => None,
            MathFn::Exp => Some("llvm.exp"),
            MathFn::Log => Some("llvm.log"),
            MathFn::Log2 => Some("llvm.log2"),
            MathFn::Log10 => Some("llvm.log10"),
            MathFn::Sin => Some("llvm.sin"),
            MathFn::Cos => Some("llvm.cos"),
            MathFn::Floor => Some("llvm.floor"),
            MathFn::Ceil => Some("llvm.ceil"),
            MathFn::Trunc => Some("llvm.trunc"),
            MathFn::Fabs => Some("llvm.fabs"),
            MathFn::Copysign => Some("llvm.copysign"),
            MathFn::Pow => Some("llvm.pow"),
            _ => None,
        };
        if let Some(name) = intrinsic {
            return self.call_intrinsic(name, fty, args);
        }
        let degrees = 180.0 / std::f64::consts::PI;
        match f {
            MathFn::Degrees | MathFn::Radians => {
                let k = if f == MathFn::Degrees {
                    degrees
                } else {
                    1.0 / degrees
                };
                let c = fty.into_float_type().const_float(k);
                return Ok(self
                    .fast(self.b.build_float_mul(args[0].into_float_value(), c, "")?)
                    .into());
            }
            MathFn::Fmod if self.m.target.gpu().is_none() => {
                let (a, b) = (args[0].into_float_value(), args[1].into_float_value());
                return Ok(self.exact_fmod(a, b)?.into());
            }
            _ => {}
        }
        let name = self.m.target.math_symbol(f, s);
        let decl = self.m.module.get_function(&name).unwrap_or_else(|| {
            let params: Vec<_> = args.iter().map(|_| fty.into()).collect();
            let fn_type = fty.into_float_type().fn_type(&params, false);
            self.m
                .module
                .add_function(&name, fn_type, Some(Linkage::External))
        });
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let v = self
            .b
            .build_call(decl, &args, &name)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| bug("libm returned void"))?;
        Ok(v)
    }

    pub fn method(
        &self,
        m: Method,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match m {
            Method::Conjugate => {
                let s = types[0]
                    .scalar()
                    .ok_or_else(|| bug("conjugate of a non-scalar"))?;
                if !s.is_complex() {
                    return Ok(args[0]);
                }
                let (re, im) = self.parts(args[0].into_struct_value())?;
                let neg: FloatValue = self.b.build_float_neg(im, "")?;
                self.complex(s, re, neg)
            }
            m => Err(bug(format!(".{}() is a container method", m.name()))),
        }
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `hash(v)`: CPython's value (the runtime's `hashing` module).
    fn hash_value(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        match t {
            Type::Scalar(s) if s.is_complex() => {
                let parts = v.into_struct_value();
                let part = |k: u32| -> CgResult<BasicValueEnum<'ctx>> {
                    let p = self.b.build_extract_value(parts, k, "part")?;
                    self.convert_scalar(p, s.real_part(), Scalar::F64)
                };
                self.call_rt_int("penna_rt_hash_complex", 64, &[part(0)?, part(1)?])
            }
            Type::Scalar(s) if s.is_float() => {
                let x = self.convert_scalar(v, *s, Scalar::F64)?;
                self.call_rt_int("penna_rt_hash_float", 64, &[x])
            }
            Type::Scalar(s) => {
                let x = v.into_int_value();
                let (symbol, wide) = if s.is_signed() {
                    (
                        "penna_rt_hash_int",
                        self.b.build_int_s_extend_or_bit_cast(x, i64t, "")?,
                    )
                } else {
                    (
                        "penna_rt_hash_uint",
                        self.b.build_int_z_extend_or_bit_cast(x, i64t, "")?,
                    )
                };
                self.call_rt_int(symbol, 64, &[wide.into()])
            }
            Type::Str => self.call_rt_int("penna_rt_hash_str", 64, &[v]),
            Type::Tuple(items) => {
                let lanes =
                    self.entry_alloca(i64t.array_type(items.len().max(1) as u32).into(), "lanes")?;
                for (k, item) in items.iter().enumerate() {
                    let field = self
                        .b
                        .build_extract_value(v.into_struct_value(), k as u32, "")?;
                    let h = self.hash_value(item, field)?;
                    let at = unsafe {
                        self.b
                            .build_in_bounds_gep(i64t, lanes, &[self.i64(k as i64)], "lane")?
                    };
                    self.b.build_store(at, h)?;
                }
                let n = self.i64(items.len() as i64);
                self.call_rt_int("penna_rt_hash_tuple", 64, &[lanes.into(), n.into()])
            }
            t => Err(bug(format!("hash of {t}"))),
        }
    }
}
