//! `penna.typed` constructors that take types (`List.empty_list(float64)`,
//! `Dict.empty(key_type=int64, value_type=float64[:])`) and the type
//! expressions they take, evaluated while lowering: a type is known at compile
//! time, so it becomes an `Expr::TypeRef` (no run-time value).
//!
//! A type expression is a scalar type (`float64`, `np.int32`, `types.int64`),
//! a global bound to a `penna.types` object (`item_t = types.UniTuple(...)` at
//! module level), a scalar subscripted with `:` / `::1` (`float64[:, ::1]`),
//! or a call of `types.Tuple / UniTuple / ListType / DictType / optional`.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::*;
use crate::builtins::IterFn;
use crate::types::{ArrayType, Layout, Type};

impl Lower<'_> {
    /// `List.empty_list(t)` or `Dict.empty(k, v)`, if `call` is one of them.
    pub(super) fn typed_constructor(&mut self, call: &ast::ExprCall) -> Result<Option<ExprId>> {
        let AstExpr::Attribute(a) = &*call.func else {
            return Ok(None);
        };
        let which = match (self.resolve_global_expr(&a.value), a.attr.id.as_str()) {
            (Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::Iterating(f)), _))), attr) => {
                match (f, attr) {
                    (IterFn::TypedList, "empty_list") => ContainerFn::EmptyList,
                    (IterFn::TypedDict, "empty") => ContainerFn::EmptyDict,
                    (f, attr) => {
                        return Err(CompileError::unsupported(
                            format!("`{}.{attr}` is not supported", f.name()),
                            Span::from(a.range),
                        )
                        .with_hint("typed containers are made with List(), List(iterable), List.empty_list(item_type), Dict() or Dict.empty(key_type, value_type)"))
                    }
                }
            }
            _ => return Ok(None),
        };
        let span = Span::from(call.range());
        let params: &[&str] = match which {
            ContainerFn::EmptyList => &["item_type", "allocated"],
            _ => &["key_type", "value_type", "n_keys"],
        };
        let mut bound: Vec<Option<&AstExpr>> = vec![None; params.len()];
        for (i, arg) in call.arguments.args.iter().enumerate() {
            let slot = bound.get_mut(i).ok_or_else(|| {
                CompileError::typing(format!("too many arguments to `{}`", a.attr.id), span)
            })?;
            *slot = Some(arg);
        }
        for kw in call.arguments.keywords.iter() {
            let name = kw.arg.as_ref().map(|n| n.id.as_str()).unwrap_or("**");
            let i = params.iter().position(|p| *p == name).ok_or_else(|| {
                CompileError::typing(
                    format!("`{}` has no parameter `{name}`", a.attr.id),
                    Span::from(kw.range),
                )
            })?;
            bound[i] = Some(&kw.value);
        }
        let types = match which {
            ContainerFn::EmptyList => 1,
            _ => 2,
        };
        let mut args = Vec::new();
        for (param, e) in params.iter().zip(&bound).take(types) {
            let e = e.ok_or_else(|| {
                CompileError::typing(format!("`{}` needs `{param}`", a.attr.id), span)
            })?;
            let t = self.type_expr(e)?;
            args.push(self.add(Expr::TypeRef(t), Span::from(e.range())));
        }
        // A size hint (`allocated`, `n_keys`) changes nothing a program sees.
        for e in bound.iter().skip(types).flatten() {
            let hint = self.expr(e)?;
            self.pending.push(Statement {
                kind: Stmt::Eval(hint),
                span: Span::from(e.range()),
            });
        }
        Ok(Some(self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Container(which)),
                args,
                keywords: vec![],
            },
            span,
        )))
    }

    /// The type a type expression names.
    pub(super) fn type_expr(&self, e: &AstExpr) -> Result<Type> {
        let span = Span::from(e.range());
        let not_a_type = || {
            CompileError::typing(
                format!("`{}` is not a type penna knows at compile time", source_text(e)),
                span,
            )
            .with_hint("write a type such as `types.float64`, `types.int64[:]`, or a name bound at module level to a penna type (`item_t = types.UniTuple(types.int64, 2)`)")
        };
        if let AstExpr::Subscript(s) = e {
            let Type::Scalar(dtype) = self.type_expr(&s.value)? else {
                return Err(not_a_type());
            };
            return array_type(dtype, &s.slice).ok_or_else(not_a_type);
        }
        if let AstExpr::Call(c) = e {
            return self.type_constructor(c)?.ok_or_else(not_a_type);
        }
        match self.resolve_global_expr(e)? {
            Some(Resolved::Type(t)) => Ok(t),
            Some(Resolved::Item(ModuleItem::Function(b), _)) => {
                names::dtype_of(b).map(Type::Scalar).ok_or_else(not_a_type)
            }
            _ => Err(not_a_type()),
        }
    }
}

impl Lower<'_> {
    /// `types.Tuple((a, b))`, `types.UniTuple(t, n)`, `types.ListType(t)`,
    /// `types.DictType(k, v)`, `types.optional(t)` written inline (the
    /// functions of `penna.types`, which build the same types in Python).
    fn type_constructor(&self, c: &ast::ExprCall) -> Result<Option<Type>> {
        let AstExpr::Attribute(a) = &*c.func else {
            return Ok(None);
        };
        match self.resolve_global_expr(&a.value)? {
            Some(Resolved::Module(m)) if m.name() == "penna.types" => {}
            _ => return Ok(None),
        }
        if !c.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let args: Vec<&AstExpr> = c.arguments.args.iter().collect();
        let types = |this: &Self, es: &[&AstExpr]| -> Result<Vec<Type>> {
            es.iter().map(|e| this.type_expr(e)).collect()
        };
        Ok(Some(match (a.attr.id.as_str(), args.as_slice()) {
            ("Tuple", [AstExpr::Tuple(t)]) => {
                let items: Vec<&AstExpr> = t.elts.iter().collect();
                Type::Tuple(types(self, &items)?)
            }
            ("Tuple", items) => Type::Tuple(types(self, items)?),
            ("UniTuple", [item, AstExpr::NumberLiteral(n)]) => {
                let ast::Number::Int(count) = &n.value else {
                    return Ok(None);
                };
                let Some(count) = count.as_usize() else {
                    return Ok(None);
                };
                Type::Tuple(vec![self.type_expr(item)?; count])
            }
            ("ListType", [item]) => Type::List {
                item: Box::new(self.type_expr(item)?),
                typed: true,
            },
            ("DictType", [k, v]) => {
                Type::Dict(Box::new(self.type_expr(k)?), Box::new(self.type_expr(v)?))
            }
            ("optional" | "Optional", [t]) => Type::Optional(Box::new(self.type_expr(t)?)),
            _ => return Ok(None),
        }))
    }
}

/// `dtype[:, ::1]`: `:` per dimension, `::1` on the first or last one.
fn array_type(dtype: crate::types::Scalar, index: &AstExpr) -> Option<Type> {
    let dims: Vec<&AstExpr> = match index {
        AstExpr::Tuple(t) => t.elts.iter().collect(),
        e => vec![e],
    };
    let unit: Vec<bool> = dims
        .iter()
        .map(|d| match d {
            AstExpr::Slice(s) if s.lower.is_none() && s.upper.is_none() => match &s.step {
                None => Some(false),
                Some(step) => match &**step {
                    AstExpr::NumberLiteral(n) => {
                        (n.value == ast::Number::Int(ast::Int::ONE)).then_some(true)
                    }
                    _ => None,
                },
            },
            _ => None,
        })
        .collect::<Option<_>>()?;
    let n = unit.len();
    let layout = match unit.iter().filter(|&&u| u).count() {
        0 => Layout::Any,
        1 if unit[n - 1] => Layout::C,
        1 if unit[0] => Layout::F,
        _ => return None,
    };
    Some(Type::Array(ArrayType {
        dtype,
        ndim: n as u8,
        layout,
        readonly: false,
    }))
}

/// A short rendering of an expression for messages.
fn source_text(e: &AstExpr) -> String {
    match e {
        AstExpr::Name(n) => n.id.to_string(),
        AstExpr::Attribute(a) => format!("{}.{}", source_text(&a.value), a.attr.id),
        _ => "this expression".into(),
    }
}
