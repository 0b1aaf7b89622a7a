//! Members of jitclass instances, decided once the receiver's type is
//! known: a property read or written becomes a call of its getter or
//! setter, and a method call (whatever the lowering made of its name: a
//! list method, a string method, a library method) a call of the class's
//! function with the instance first. Fields stay `GetAttr` / `SetAttr`.

use super::*;
use crate::env::Member;
use crate::strings::StrFn;

impl Infer<'_> {
    /// Rewrites `e` if it is a member access on a jitclass instance;
    /// returns whether it did.
    pub(super) fn reroute_class(&mut self, e: ExprId, types: &[Type]) -> bool {
        // Most expressions involve no instance: no copy of them is made.
        if !types.iter().any(|t| matches!(t, Type::Class(_))) {
            return false;
        }
        if self.reroute_dunder(e, types) {
            return true;
        }
        let Some(Type::Class(class)) = types.first() else {
            return false;
        };
        let call = |function: Arc<dyn JitFunction>, args: Vec<ExprId>, keywords| Expr::Call {
            callee: Callee::Function {
                function,
                resolved: None,
                method: false,
            },
            args,
            keywords,
        };
        let rewritten = match self.f.exprs[e].clone() {
            Expr::Attr { value, attr } => Expr::Call {
                callee: Callee::GetAttr(attr.name().into()),
                args: vec![value],
                keywords: vec![],
            },
            Expr::Call {
                callee: Callee::GetAttr(name),
                args,
                ..
            } => match class.0.member(&name) {
                Some(Member::Property { get, .. }) => call(get, args, vec![]),
                _ => return false,
            },
            Expr::Call {
                callee: Callee::SetAttr(name),
                args,
                ..
            } => match class.0.member(&name) {
                Some(Member::Property { set: Some(set), .. }) => call(set, args, vec![]),
                _ => return false,
            },
            Expr::Call {
                callee,
                args,
                keywords,
            } => {
                // `x.sum()` bound as NumPy's method: the class's `sum`, with
                // the arguments as written.
                let bound = matches!(callee, Callee::Builtin(Builtin::Np(_)));
                if let Some(k) = self
                    .f
                    .method_forms
                    .iter()
                    .position(|m| bound && m.call == e)
                {
                    let form = self.f.method_forms.swap_remove(k);
                    return match class.0.member(&form.name) {
                        Some(Member::Method(f)) => {
                            self.f.exprs[e] = call(f, form.args, form.keywords);
                            true
                        }
                        Some(Member::Static(f)) => {
                            self.f.exprs[e] = call(f, form.args[1..].to_vec(), form.keywords);
                            true
                        }
                        _ => false,
                    };
                }
                let name: String = match &callee {
                    Callee::NamedMethod(n) => n.to_string(),
                    Callee::Method(m) => m.name().to_owned(),
                    Callee::Builtin(Builtin::Str(f)) if StrFn::is_method(f.name()) => {
                        f.name().to_owned()
                    }
                    Callee::Function {
                        function,
                        method: true,
                        ..
                    } => function.name().to_owned(),
                    _ => return false,
                };
                match class.0.member(&name) {
                    Some(Member::Method(f)) => call(f, args, keywords),
                    Some(Member::Static(f)) => call(f, args[1..].to_vec(), keywords),
                    _ => match callee {
                        // Not a method of the class: an error names it.
                        Callee::NamedMethod(_) => return false,
                        _ => Expr::Call {
                            callee: Callee::NamedMethod(name.into()),
                            args,
                            keywords,
                        },
                    },
                }
            }
            _ => return false,
        };
        self.f.exprs[e] = rewritten;
        true
    }

    /// Operators on instances: `len(x)`, `hash(x)`, `x[i]`, `x op y`,
    /// comparisons and `y in x` call the class's special methods
    /// (`__len__`, `__hash__`, `__getitem__`, `__add__`, `__eq__`,
    /// `__contains__`, ...).
    fn reroute_dunder(&mut self, e: ExprId, types: &[Type]) -> bool {
        let class_of = |i: usize| match types.get(i) {
            Some(Type::Class(c)) => Some(c.clone()),
            _ => None,
        };
        let (class, name, args) = match self.f.exprs[e].clone() {
            Expr::Call {
                callee: Callee::Builtin(Builtin::Len),
                args,
                ..
            } => match class_of(0) {
                Some(c) => (c, "__len__", args),
                None => return false,
            },
            Expr::Call {
                callee: Callee::Builtin(Builtin::Hash),
                args,
                ..
            } => match class_of(0) {
                Some(c) => (c, "__hash__", args),
                None => return false,
            },
            Expr::Index { base, indices } if indices.len() == 1 => match class_of(0) {
                Some(c) => (c, "__getitem__", vec![base, indices[0]]),
                None => return false,
            },
            Expr::Binary { op, lhs, rhs } => {
                let name = match op {
                    BinaryOp::Add => "__add__",
                    BinaryOp::Sub => "__sub__",
                    BinaryOp::Mul => "__mul__",
                    BinaryOp::Div => "__truediv__",
                    BinaryOp::FloorDiv => "__floordiv__",
                    BinaryOp::Mod => "__mod__",
                    BinaryOp::Pow => "__pow__",
                    _ => return false,
                };
                match class_of(0) {
                    Some(c) => (c, name, vec![lhs, rhs]),
                    None => return false,
                }
            }
            Expr::Compare { op, lhs, rhs } => {
                if matches!(op, CmpOp::In) {
                    match class_of(1) {
                        Some(c) => (c, "__contains__", vec![rhs, lhs]),
                        None => return false,
                    }
                } else {
                    let name = match op {
                        CmpOp::Eq => "__eq__",
                        CmpOp::Ne => "__ne__",
                        CmpOp::Lt => "__lt__",
                        CmpOp::Le => "__le__",
                        CmpOp::Gt => "__gt__",
                        CmpOp::Ge => "__ge__",
                        _ => return false,
                    };
                    match class_of(0) {
                        Some(c) => (c, name, vec![lhs, rhs]),
                        None => return false,
                    }
                }
            }
            _ => return false,
        };
        let Some(Member::Method(function)) = class.0.member(name) else {
            return false;
        };
        self.f.exprs[e] = Expr::Call {
            callee: Callee::Function {
                function,
                resolved: None,
                method: false,
            },
            args,
            keywords: vec![],
        };
        true
    }

    /// The type of a member access or construction (`Callee::GetAttr`,
    /// `SetAttr`, `NamedMethod`, `New`) that no rewrite made a call.
    pub(super) fn type_member(
        &mut self,
        e: ExprId,
        callee: Callee,
        types: &[Type],
        operands: &[ExprId],
    ) -> Result<Type> {
        if let Some(t) = self.record_member(e, &callee, types, operands) {
            return t;
        }
        Ok(match callee {
            Callee::GetAttr(name) => match &types[0] {
                Type::Class(c) => match c.field(&name) {
                    Some((_, t, _)) => t,
                    None => return Err(self.no_member(e, c, &name, operands)),
                },
                t => {
                    return Err(self
                        .rule_error(e, format!("{t} has no attribute .{name}"), operands)
                        .with_hint("supported attributes: .shape .size .ndim .dtype .T .itemsize .nbytes .strides (arrays), .real .imag (numbers), and the fields of jitclass instances"))
                }
            },
            Callee::SetAttr(name) => match &types[0] {
                Type::Class(c) => match c.field(&name) {
                    Some((_, t, _)) if typing::can_convert(&types[1], &t) => {
                        self.set_operands(e, OpType::new(vec![types[0].clone(), t], Type::None))
                    }
                    Some((_, t, _)) => {
                        return Err(self
                            .rule_error(
                                e,
                                format!(
                                    "the field `{name}` of {} holds {t}, not {}",
                                    c.0.name(),
                                    types[1]
                                ),
                                operands,
                            )
                            .with_hint("a jitclass field keeps the type its spec gives"))
                    }
                    None => return Err(self.no_member(e, c, &name, operands)),
                },
                t => {
                    return Err(self.rule_error(
                        e,
                        format!("cannot set the attribute .{name} of {t}"),
                        operands,
                    ))
                }
            },
            Callee::NamedMethod(name) => {
                return Err(match &types[0] {
                    Type::Class(c) => self.no_member(e, c, &name, operands),
                    t => self.rule_error(
                        e,
                        format!("the method `.{name}()` is not supported on {t}"),
                        &operands[..1],
                    ),
                })
            }
            Callee::New { class, .. } => {
                let init = match class.0.member("__init__") {
                    Some(crate::env::Member::Method(f)) => f,
                    _ => {
                        return Err(CompileError::typing(
                            format!("jitclass {} has no __init__", class.0.name()),
                            self.f.span(e),
                        ))
                    }
                };
                let mut args = vec![Type::Class(class.clone())];
                args.extend(types.iter().cloned());
                let (id, _) = self.callees.specialize(&init, &args, self.f.span(e))?;
                if let Expr::Call {
                    callee: Callee::New { init, .. },
                    ..
                } = &mut self.f.exprs[e]
                {
                    *init = Some(id);
                }
                Type::Class(class)
            }
            _ => unreachable!("a member callee"),
        })
    }

    /// `obj.name` names nothing of the class.
    fn no_member(
        &self,
        e: ExprId,
        c: &crate::types::ClassRef,
        name: &str,
        operands: &[ExprId],
    ) -> CompileError {
        let fields: Vec<String> = c.0.fields().into_iter().map(|(n, _)| n).collect();
        self.rule_error(
            e,
            format!("jitclass {} has no field or method `{name}`", c.0.name()),
            &operands[..1],
        )
        .with_hint(format!("its fields: {}", fields.join(", ")))
    }
}
