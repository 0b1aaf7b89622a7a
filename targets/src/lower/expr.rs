//! Expressions. Operands already have the types their operation works in
//! (the coerce pass made every conversion an explicit `Cast`).

use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use penna_compiler::builtins::{Attribute, Builtin, Method, NpFn};
use penna_compiler::ir::{Callee, CmpOp, Expr, ExprId, LogicalOp, UnaryOp};
use penna_compiler::{Const, Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn expr(&mut self, e: ExprId) -> CgResult<BasicValueEnum<'ctx>> {
        let f = self.f;
        let ty = f.ty(e);
        if self.is_elementwise(e) {
            return self.fused(e);
        }
        if matches!(ty, Type::Array(_)) && f.augmented.contains(&e) {
            return self.augmented_in_place(e);
        }
        match &f.exprs[e] {
            Expr::Literal(c) => Ok(self.literal(*c, ty)),
            Expr::Frozen(a) => self.frozen_array(a),
            Expr::TypeRef(_) => Ok(self.none_value()),
            Expr::Unpack(_) => Err(crate::error::bug("`*t` left after inference")),
            Expr::Str(text) => self.string_literal(text),
            Expr::Function(_) => Ok(self.none_value()),
            Expr::Local(l) => self.load_local(l.index()),
            Expr::Param(i) => self
                .llfn
                .get_nth_param(*i as u32 + 1)
                .ok_or_else(|| bug("missing parameter")),
            Expr::Unary { op, value } => {
                let v = self.expr(*value)?;
                let s = ty.scalar().ok_or_else(|| bug("unary on a non-scalar"))?;
                match op {
                    UnaryOp::Not => Ok(self.b.build_not(v.into_int_value(), "not")?.into()),
                    UnaryOp::Pos => Ok(v),
                    UnaryOp::Neg => self.negate(s, v),
                    UnaryOp::Invert => Ok(self.b.build_not(v.into_int_value(), "invert")?.into()),
                }
            }
            Expr::Binary { op, lhs, rhs }
                if f.ty(*lhs).is_container() || f.ty(*rhs).is_container() =>
            {
                let (a, b) = (self.expr(*lhs)?, self.expr(*rhs)?);
                let augmented = f.augmented.contains(&e);
                self.container_binary(*op, [f.ty(*lhs), f.ty(*rhs)], a, b, ty, augmented)
            }
            Expr::Compare { op, lhs, rhs }
                if matches!(op, CmpOp::In | CmpOp::NotIn)
                    || f.ty(*lhs).is_container()
                    || f.ty(*rhs).is_container() =>
            {
                let (a, b) = (self.expr(*lhs)?, self.expr(*rhs)?);
                Ok(self
                    .container_compare(*op, [f.ty(*lhs), f.ty(*rhs)], a, b)?
                    .into())
            }
            Expr::Binary { op, lhs, rhs } => {
                let s = f
                    .ty(*lhs)
                    .scalar()
                    .ok_or_else(|| bug("binary on a non-scalar"))?;
                let (a, b) = (self.expr(*lhs)?, self.expr(*rhs)?);
                self.binary(*op, s, a, b)
            }
            Expr::Compare { op, lhs, rhs } => {
                if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                    let (a, b) = (self.expr(*lhs)?, self.expr(*rhs)?);
                    // `x is None` of an optional `x`: its flag.
                    let optional = match (f.ty(*lhs), f.ty(*rhs)) {
                        (Type::Optional(_), _) => Some(a),
                        (_, Type::Optional(_)) => Some(b),
                        _ => None,
                    };
                    if let Some(v) = optional {
                        let present = self
                            .b
                            .build_extract_value(v.into_struct_value(), 1, "present")?
                            .into_int_value();
                        return Ok(match op {
                            CmpOp::IsNot => present.into(),
                            _ => self.b.build_not(present, "is_none")?.into(),
                        });
                    }
                    let same = (*f.ty(*lhs) == Type::None) == (*f.ty(*rhs) == Type::None);
                    let value = same == (*op == CmpOp::Is);
                    return Ok(self.ctx.bool_type().const_int(value as u64, false).into());
                }
                let (a, b) = (self.expr(*lhs)?, self.expr(*rhs)?);
                if let (Type::Tuple(l), Type::Tuple(r)) = (f.ty(*lhs), f.ty(*rhs)) {
                    return Ok(self.tuples_equal(*op, (l, a), (r, b))?.into());
                }
                let s = f
                    .ty(*lhs)
                    .scalar()
                    .ok_or_else(|| bug("compare on a non-scalar"))?;
                Ok(self.compare(*op, s, a, b)?.into())
            }
            Expr::Logical { op, lhs, rhs }
                if *ty == Type::BOOL && *f.ty(*lhs) == Type::BOOL && self.is_trivial(*rhs) =>
            {
                // Both sides are cheap and cannot fail: evaluate both, so LLVM
                // sees a plain `and`/`or` (`0 <= k < n` becomes one unsigned
                // compare when `n >= 0` is known).
                let a = self.expr(*lhs)?.into_int_value();
                let b = self.expr(*rhs)?.into_int_value();
                Ok(match op {
                    LogicalOp::And => self.b.build_and(a, b, "and")?,
                    LogicalOp::Or => self.b.build_or(a, b, "or")?,
                }
                .into())
            }
            Expr::Logical { op, lhs, rhs } => {
                let a = self.expr(*lhs)?;
                let truth = self.truth(f.ty(*lhs), a)?;
                // `a and b` is b when a is true; `a or b` is b when a is false.
                let evaluate_rhs = match op {
                    LogicalOp::And => truth,
                    LogicalOp::Or => self.b.build_not(truth, "")?,
                };
                self.choose(evaluate_rhs, |this| this.expr(*rhs), |_| Ok(a), ty)
            }
            Expr::Select {
                cond,
                accept,
                reject,
            } => {
                let c = self.expr(*cond)?.into_int_value();
                self.choose(c, |this| this.expr(*accept), |this| this.expr(*reject), ty)
            }
            Expr::Cast(v) => {
                let value = self.expr(*v)?;
                if let (Type::Record(_), Type::RecordArray(a)) = (f.ty(*v), ty) {
                    return self.record_copy(a, value);
                }
                self.convert(value, f.ty(*v), ty)
            }
            // `np.result_type(...)` is a dtype known from its arguments'
            // types alone: they are not evaluated (`penna.stencil` asks for
            // the dtype of a kernel call this way).
            Expr::Call {
                callee: Callee::Builtin(Builtin::Np(NpFn::ResultType)),
                ..
            } => Ok(self.none_value()),
            Expr::Call { callee, args, .. } => {
                let values = args
                    .iter()
                    .map(|&a| self.expr(a))
                    .collect::<CgResult<Vec<_>>>()?;
                let types: Vec<&Type> = args.iter().map(|&a| f.ty(a)).collect();
                match callee {
                    Callee::Builtin(Builtin::Container(c)) => {
                        self.container_fn(*c, &values, &types, ty)
                    }
                    Callee::Builtin(Builtin::Str(s)) => self.str_call(*s, &values, &types, ty),
                    Callee::Builtin(Builtin::Gen(g)) => {
                        self.generator_call(*g, &values, &types, ty)
                    }
                    Callee::Builtin(b) => self.builtin(*b, &values, &types, ty),
                    Callee::Method(Method::Conjugate) => {
                        self.method(Method::Conjugate, &values, &types)
                    }
                    Callee::Method(m) => self.container_method(*m, &values, &types, ty),
                    Callee::Value | Callee::NamedMethod(_) => {
                        Err(bug("an unresolved call reached the back end"))
                    }
                    Callee::GetAttr(name) => self.get_field(types[0], values[0], name),
                    Callee::SetAttr(name) => {
                        self.set_field(types[0], values[0], name, values[1])?;
                        Ok(self.none_value())
                    }
                    Callee::New { class, init } => {
                        for (&a, &v) in args.iter().zip(&values) {
                            self.keep_argument(a, v)?;
                        }
                        let init = init.ok_or_else(|| bug("an unresolved __init__"))?;
                        self.new_instance(class, init, &values)
                    }
                    Callee::Function { resolved, .. } => {
                        for (&a, &v) in args.iter().zip(&values) {
                            self.keep_argument(a, v)?;
                        }
                        let id = resolved.ok_or_else(|| bug("unresolved call"))?;
                        let v = self.call_function(id, &values)?;
                        // The callee returned a reference of its own.
                        self.register_temp(ty, v)?;
                        Ok(v)
                    }
                }
            }
            Expr::Tuple(items) => {
                let values = items
                    .iter()
                    .map(|&a| self.expr(a))
                    .collect::<CgResult<Vec<_>>>()?;
                self.tuple_value(ty, values)
            }
            Expr::Index { base, indices } => {
                let b = self.expr(*base)?;
                match f.ty(*base) {
                    Type::Array(a)
                        if indices.len() == 1 && matches!(f.ty(indices[0]), Type::Array(_)) =>
                    {
                        let Type::Array(it) = f.ty(indices[0]) else {
                            unreachable!("matched")
                        };
                        let iv = self.expr(indices[0])?;
                        self.fancy_load(a, b, it, iv)
                    }
                    Type::Array(a) if matches!(ty, Type::Array(_)) => {
                        self.subscript_view(a, b, indices)
                    }
                    Type::Array(a) => {
                        let idx = indices
                            .iter()
                            .map(|&i| self.index_value(i).map(|v| (v, i)))
                            .collect::<CgResult<Vec<_>>>()?;
                        let ptr = self.element_pointer(a, b.into_struct_value(), &idx)?;
                        self.check_race(ptr, a.dtype, false, f.span(e))?;
                        self.load_scalar(a.dtype, ptr)
                    }
                    Type::RecordArray(a) => self.record_at(a, b, indices),
                    Type::Tuple(items) => {
                        let index = indices[0];
                        if let Some(k) = f.const_int(index) {
                            let k = if k < 0 { k + items.len() as i64 } else { k };
                            return Ok(self.b.build_extract_value(
                                b.into_struct_value(),
                                k as u32,
                                "item",
                            )?);
                        }
                        let i = self.expr(index)?.into_int_value();
                        let signed = f.ty(index).scalar().is_some_and(Scalar::is_signed);
                        self.tuple_dynamic_item(b.into_struct_value(), items, ty, i, signed)
                    }
                    t @ Type::List { .. } => match &f.exprs[indices[0]] {
                        Expr::Slice { start, stop, step } => {
                            let mut bounds = [None; 3];
                            for (k, part) in [*start, *stop, *step].into_iter().enumerate() {
                                if *f.ty(part) != Type::None {
                                    bounds[k] = Some(self.expr(part)?);
                                }
                            }
                            self.list_slice(t, b, bounds)
                        }
                        _ => {
                            let i = self.expr(indices[0])?;
                            self.list_get(t, b, i)
                        }
                    },
                    t @ Type::Dict(..) => {
                        let k = self.subscript_key(t, indices)?;
                        self.dict_get(t, b, k)
                    }
                    t => Err(bug(format!("indexing {t}"))),
                }
            }
            Expr::Attr { value, attr } => {
                let v = self.expr(*value)?;
                self.attribute(*attr, f.ty(*value), v, ty)
            }
            Expr::Slice { .. } => Err(bug("a slice outside a subscript")),
        }
    }

    /// A comparison of locals and constants: no side effect, no exception,
    /// nothing to gain from skipping it.
    fn is_trivial(&self, e: ExprId) -> bool {
        let leaf = |x: ExprId| match &self.f.exprs[x] {
            Expr::Literal(_) | Expr::Param(_) => true,
            Expr::Local(l) => self.assigned_flags[l.index()].is_none(),
            // Unwrapping an optional value can raise.
            Expr::Cast(v) if matches!(self.f.ty(*v), Type::Optional(_)) => false,
            Expr::Cast(v) => {
                matches!(self.f.exprs[*v], Expr::Literal(_) | Expr::Param(_))
                    || matches!(self.f.exprs[*v], Expr::Local(l) if self.assigned_flags[l.index()].is_none())
            }
            _ => false,
        };
        match &self.f.exprs[e] {
            Expr::Compare { op, lhs, rhs } => {
                !matches!(op, CmpOp::Is | CmpOp::IsNot)
                    && self.f.ty(*lhs).scalar().is_some()
                    && leaf(*lhs)
                    && leaf(*rhs)
            }
            _ => false,
        }
    }

    pub fn literal(&self, c: Const, ty: &Type) -> BasicValueEnum<'ctx> {
        match (c, ty) {
            (Const::None, _) | (Const::DType(_), _) => self.none_value(),
            (Const::Bool(b), _) => self.ctx.bool_type().const_int(b as u64, false).into(),
            (Const::Int(i), _) => self.i64(i).into(),
            (Const::Float(x), _) => self.ctx.f64_type().const_float(x).into(),
            (Const::Complex(re, im), _) => {
                let f = self.ctx.f64_type();
                self.ctx
                    .const_struct(&[f.const_float(re).into(), f.const_float(im).into()], false)
                    .into()
            }
        }
    }

    /// The truth value of a value (`if x:`), as `i1`.
    pub fn truth(&self, t: &Type, v: BasicValueEnum<'ctx>) -> CgResult<IntValue<'ctx>> {
        Ok(self.convert(v, t, &Type::BOOL)?.into_int_value())
    }

    /// Evaluates `then` or `otherwise` depending on `cond`, merging with a phi.
    pub fn choose(
        &mut self,
        cond: IntValue<'ctx>,
        then: impl FnOnce(&mut Self) -> CgResult<BasicValueEnum<'ctx>>,
        otherwise: impl FnOnce(&mut Self) -> CgResult<BasicValueEnum<'ctx>>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let then_bb = self.new_block("sel.then");
        let else_bb = self.new_block("sel.else");
        let end = self.new_block("sel.end");
        self.b.build_conditional_branch(cond, then_bb, else_bb)?;
        self.b.position_at_end(then_bb);
        let a = then(self)?;
        let a_end = self.b.get_insert_block().expect("positioned");
        self.b.build_unconditional_branch(end)?;
        self.b.position_at_end(else_bb);
        let b = otherwise(self)?;
        let b_end = self.b.get_insert_block().expect("positioned");
        self.b.build_unconditional_branch(end)?;
        self.b.position_at_end(end);
        let phi = self.b.build_phi(self.m.llvm_type(ty), "sel")?;
        phi.add_incoming(&[(&a, a_end), (&b, b_end)]);
        Ok(phi.as_basic_value())
    }

    pub(crate) fn call_function(
        &mut self,
        id: usize,
        args: &[BasicValueEnum<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let callee = self.m.functions[id];
        if self.m.reaches[id][self.id] {
            self.check_stack()?;
        }
        let mut call_args = vec![self.exc_ptr.into()];
        call_args.extend(
            args.iter()
                .map(|&a| inkwell::values::BasicMetadataValueEnum::from(a)),
        );
        let (status, result) = self.call_internal(callee, &call_args)?;
        // Propagate an exception: the callee filled the record already.
        let failed = self
            .b
            .build_int_compare(IntPredicate::NE, status, self.i32(0), "failed")?;
        let fail = self.new_block("propagate");
        let ok = self.new_block("call.ok");
        self.b
            .build_conditional_branch(self.unlikely(failed)?, fail, ok)?;
        self.b.position_at_end(fail);
        self.return_status(status)?;
        self.b.position_at_end(ok);
        Ok(self.b.build_extract_value(result, 1, "result")?)
    }

    fn attribute(
        &mut self,
        attr: Attribute,
        t: &Type,
        v: BasicValueEnum<'ctx>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match (attr, t) {
            (Attribute::Itemsize, Type::RecordArray(r)) => {
                Ok(self.i64(r.record.size as i64).into())
            }
            (Attribute::Nbytes, Type::RecordArray(r)) => {
                let count = self.attribute(Attribute::Size, t, v, ty)?.into_int_value();
                let item = self.i64(r.record.size as i64);
                Ok(self.b.build_int_mul(count, item, "nbytes")?.into())
            }
            (_, Type::RecordArray(r)) => {
                self.attribute(attr, &Type::Array(r.as_byte_array()), v, ty)
            }
            (Attribute::Shape, Type::Array(a)) => {
                let dims = (0..a.ndim as u32)
                    .map(|k| Ok(self.shape(v.into_struct_value(), k)?.into()))
                    .collect::<CgResult<Vec<_>>>()?;
                self.tuple_value(ty, dims)
            }
            (Attribute::Size | Attribute::Nbytes, Type::Array(a)) => {
                let mut size = self.i64(1);
                for k in 0..a.ndim as u32 {
                    let d = self.shape(v.into_struct_value(), k)?;
                    size = self.b.build_int_mul(size, d, "size")?;
                }
                if attr == Attribute::Nbytes {
                    let item = self.i64(a.dtype.size() as i64);
                    size = self.b.build_int_mul(size, item, "nbytes")?;
                }
                Ok(size.into())
            }
            (Attribute::Itemsize, Type::Array(a)) => Ok(self.i64(a.dtype.size() as i64).into()),
            (Attribute::Strides, Type::Array(a)) => {
                let strides = (0..a.ndim as u32)
                    .map(|k| Ok(self.stride(a, v.into_struct_value(), k)?.into()))
                    .collect::<CgResult<Vec<_>>>()?;
                self.tuple_value(ty, strides)
            }
            (Attribute::Ndim, Type::Array(a)) => Ok(self.i64(a.ndim as i64).into()),
            (Attribute::T, Type::Array(a)) => self.transpose(a, v),
            (Attribute::Dtype, _) => Ok(self.none_value()),
            (Attribute::Real | Attribute::Imag, Type::Scalar(s)) if s.is_complex() => {
                let i = if attr == Attribute::Real { 0 } else { 1 };
                Ok(self
                    .b
                    .build_extract_value(v.into_struct_value(), i, "part")?)
            }
            (Attribute::Real, Type::Scalar(_)) => Ok(v),
            (Attribute::Imag, Type::Scalar(_)) => Ok(self.zero_of(ty)),
            (a, t) => Err(bug(format!("attribute {} of {t}", a.name()))),
        }
    }
}
