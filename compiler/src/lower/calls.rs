//! Calls: builtins, NumPy functions (keywords bound to parameters, omitted
//! optional parameters as `None`), methods, and other jitted functions.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::*;
use crate::strings::StrFn;

impl Lower<'_> {
    pub(super) fn call(&mut self, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
        if let Some(e) = self.typed_constructor(call)? {
            return Ok(e);
        }
        if let Some(e) = self.sort_call_with_key(call)? {
            return Ok(e);
        }
        if let Some(e) = self.generator_extreme(call)? {
            return Ok(e);
        }
        if let Some(f) = self.iterating_builtin(call) {
            return self.iterating_call(f, call);
        }
        if let Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::Gpu(g)), _))) =
            self.resolve_global_expr(&call.func)
        {
            if g.needs_constants() {
                return self.gpu_constant_call(g, call);
            }
            if g == crate::gpu::GpuFn::ConstArrayLike {
                return self.const_array_like(call);
            }
            if let crate::gpu::GpuFn::Half(op) = g {
                return self.half_op(op, call);
            }
        }
        // `"...".format(...)`: an f-string made of the template's fields.
        if let AstExpr::Attribute(a) = &*call.func {
            if let (AstExpr::StringLiteral(s), "format") = (&*a.value, a.attr.id.as_str()) {
                let template = s.value.to_str().to_owned();
                return self.format_method(
                    &template,
                    &call.arguments.args,
                    &call.arguments.keywords,
                    span,
                );
            }
        }
        // NumPy calls take a few string options (`side="right"`).
        let numpy_call = match &*call.func {
            AstExpr::Attribute(a) if is_numpy_method(a, call) => true,
            f => matches!(
                self.resolve_global_expr(f),
                Ok(Some(Resolved::Item(
                    ModuleItem::Function(Builtin::Np(_)),
                    _
                )))
            ),
        };
        let args: Vec<ExprId> = call
            .arguments
            .args
            .iter()
            .map(|a| {
                if let AstExpr::Starred(star) = a {
                    self.unpacked(star)
                } else if let Some(c) = numpy_call
                    .then(|| string_option("side", a).or_else(|| string_option("kind", a)))
                    .flatten()
                {
                    Ok(self.add(Expr::Literal(c), Span::from(a.range())))
                } else {
                    self.expr(a)
                }
            })
            .collect::<Result<_>>()?;
        let mut keywords = Vec::new();
        for kw in call.arguments.keywords.iter() {
            let Some(name) = &kw.arg else {
                return Err(CompileError::unsupported(
                    "`**kwargs` in calls is not supported",
                    Span::from(kw.range),
                ));
            };
            let value = match numpy_call
                .then(|| string_option(name.id.as_str(), &kw.value))
                .flatten()
            {
                Some(c) => self.add(Expr::Literal(c), Span::from(kw.value.range())),
                None => self.expr(&kw.value)?,
            };
            keywords.push((name.id.to_string(), value));
        }
        let unpacks = args
            .iter()
            .any(|&a| matches!(self.f.exprs[a], Expr::Unpack(_)));
        if unpacks {
            let jitted = match self.resolve_global_expr(&call.func)? {
                Some(Resolved::Function(_)) => true,
                Some(_) => false,
                None => matches!(&*call.func, AstExpr::Name(_) | AstExpr::Subscript(_)),
            };
            if !jitted {
                return Err(CompileError::unsupported(
                    "`*` in the arguments of this call is not supported",
                    span,
                )
                .with_hint("calls of @penna.jit functions (also held in variables) unpack a tuple: `f(*args)`"));
            }
        }
        let callee = match self.resolve_global_expr(&call.func)? {
            Some(Resolved::Function(function)) => Callee::Function {
                function,
                resolved: None,
                method: false,
            },
            Some(Resolved::Item(ModuleItem::Function(b), name)) => {
                if b == Builtin::Print {
                    return Err(CompileError::unsupported(
                        "print() can only be used as a statement in compiled code",
                        span,
                    )
                    .with_hint("call print(...) on a line of its own"));
                }
                if matches!(
                    b,
                    Builtin::Range | Builtin::Prange | Builtin::Enumerate | Builtin::Zip
                ) {
                    return Err(CompileError::unsupported(
                        format!("`{name}()` is only supported as the iterable of a `for` loop"),
                        span,
                    ));
                }
                if let Builtin::Np(f) = b {
                    let args = self.bind_numpy(f, &name, args, keywords, span)?;
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Builtin(b),
                            args,
                            keywords: Vec::new(),
                        },
                        span,
                    ));
                }
                if let Builtin::Heapq(m) = b {
                    return self.heapq_call(m, &name, args, keywords, span);
                }
                if let Some((kw, _)) = keywords.first() {
                    return Err(CompileError::unsupported(
                        format!("`{name}()` does not take keyword arguments in compiled code (got `{kw}=`)"),
                        span,
                    ));
                }
                Callee::Builtin(b)
            }
            Some(Resolved::Exception(class)) => {
                return Err(CompileError::unsupported(
                    format!("{} can only be used in a `raise` statement", class.name()),
                    span,
                ))
            }
            Some(Resolved::Class(class)) => Callee::New { class, init: None },
            Some(other) => return Err(not_callable(&other, Span::from(call.func.range()))),
            None => match &*call.func {
                AstExpr::Attribute(a) if is_numpy_method(a, call) => {
                    let f = NpFn::method(a.attr.id.as_str()).expect("checked");
                    let receiver = self.expr(&a.value)?;
                    let written = (
                        std::iter::once(receiver)
                            .chain(args.iter().copied())
                            .collect(),
                        keywords.clone(),
                    );
                    let mut all = vec![receiver];
                    if f == NpFn::Reshape && args.len() > 1 {
                        // a.reshape(2, 3) is a.reshape((2, 3)).
                        let s = self.f.span(args[0]).to(self.f.span(args[args.len() - 1]));
                        all.push(self.add(Expr::Tuple(args), s));
                    } else {
                        all.extend(args);
                    }
                    let name = format!(".{}", f.name());
                    let args = self.bind_numpy(f, &name, all, keywords, span)?;
                    let call = self.add(
                        Expr::Call {
                            callee: Callee::Builtin(Builtin::Np(f)),
                            args,
                            keywords: Vec::new(),
                        },
                        span,
                    );
                    self.f.method_forms.push(MethodForm {
                        call,
                        name: a.attr.id.as_str().into(),
                        args: written.0,
                        keywords: written.1,
                    });
                    return Ok(call);
                }
                AstExpr::Attribute(a)
                    if Method::from_name(a.attr.id.as_str()).is_none()
                        && self.env.library_method(a.attr.id.as_str()).is_some() =>
                {
                    // `rng.normal(...)`: penna's library function, receiver first.
                    let function = self
                        .env
                        .library_method(a.attr.id.as_str())
                        .expect("checked");
                    let mut all = vec![self.expr(&a.value)?];
                    all.extend(args);
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Function {
                                function,
                                resolved: None,
                                method: true,
                            },
                            args: all,
                            keywords,
                        },
                        span,
                    ));
                }
                AstExpr::Attribute(a)
                    if Method::from_name(a.attr.id.as_str()).is_none()
                        && StrFn::is_method(a.attr.id.as_str()) =>
                {
                    // `s.startswith(("a", "b"))`: any of the affixes.
                    if let (Some(f), [arg]) = (affix_fn(a.attr.id.as_str()), &args[..]) {
                        if let Expr::Tuple(items) = self.f.exprs[*arg].clone() {
                            let receiver = self.expr(&a.value)?;
                            return self.any_affix(f, receiver, &items, span);
                        }
                    }
                    // `s.upper()`: a string method (the row taking as many
                    // arguments is chosen once `s` is known to be a string).
                    let f = StrFn::by_name(a.attr.id.as_str(), args.len() + 1)
                        .or_else(|| {
                            StrFn::ALL
                                .iter()
                                .copied()
                                .find(|f| f.name() == a.attr.id.as_str())
                        })
                        .expect("checked");
                    if let Some((kw, _)) = keywords.first() {
                        return Err(CompileError::typing(
                            format!("`.{}()` takes no keyword arguments (got `{kw}=`)", f.name()),
                            span,
                        ));
                    }
                    let mut all = vec![self.expr(&a.value)?];
                    all.extend(args);
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Builtin(Builtin::Str(f)),
                            args: all,
                            keywords: Vec::new(),
                        },
                        span,
                    ));
                }
                AstExpr::Attribute(a) if Method::from_name(a.attr.id.as_str()).is_none() => {
                    // A method of a jitclass instance, once its type is known.
                    let receiver = self.expr(&a.value)?;
                    let mut all = vec![receiver];
                    all.extend(args);
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::NamedMethod(a.attr.id.as_str().into()),
                            args: all,
                            keywords,
                        },
                        span,
                    ));
                }
                AstExpr::Attribute(a) => {
                    let method = Method::from_name(a.attr.id.as_str()).expect("checked");
                    let receiver = self.expr(&a.value)?;
                    let mut all = vec![receiver];
                    all.extend(args);
                    if method != Method::Sort {
                        // Python's builtin methods take positional arguments only.
                        if let Some((kw, _)) = keywords.first() {
                            return Err(CompileError::typing(
                                format!(
                                    "`.{}()` takes no keyword arguments (got `{kw}=`)",
                                    method.name()
                                ),
                                span,
                            ));
                        }
                    } else if all.len() > 1 {
                        return Err(CompileError::typing(
                            "`.sort()` takes no positional arguments (use `reverse=`)",
                            span,
                        ));
                    } else {
                        let reverse = self.sort_reverse(keywords, span)?;
                        all.push(reverse);
                    }
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Method(method),
                            args: all,
                            keywords: vec![],
                        },
                        span,
                    ));
                }
                // `f(x)` with `f` a variable (or `fs[0](x)`): a function
                // value, resolved once its type is known.
                f @ (AstExpr::Name(_) | AstExpr::Subscript(_)) => {
                    let value = self.expr(f)?;
                    let mut all = vec![value];
                    all.extend(args);
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Value,
                            args: all,
                            keywords,
                        },
                        span,
                    ));
                }
                other => {
                    return Err(CompileError::unsupported(
                        "calling this kind of expression is not supported",
                        Span::from(other.range()),
                    ))
                }
            },
        };
        Ok(self.add(
            Expr::Call {
                callee,
                args,
                keywords,
            },
            span,
        ))
    }

    /// `s.startswith((a, b, ...))` (or `endswith`): the receiver and the
    /// affixes evaluated once, in order, then `s.startswith(a) or ...`.
    fn any_affix(
        &mut self,
        f: StrFn,
        receiver: ExprId,
        affixes: &[ExprId],
        span: Span,
    ) -> Result<ExprId> {
        let s = self.hoist_to_temp(receiver, span);
        let affixes: Vec<LocalId> = affixes
            .iter()
            .map(|&a| self.hoist_to_temp(a, span))
            .collect();
        let mut any = self.add(Expr::Literal(Const::Bool(false)), span);
        for affix in affixes {
            let args = vec![self.load(s, span), self.load(affix, span)];
            let test = self.add(
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Str(f)),
                    args,
                    keywords: Vec::new(),
                },
                span,
            );
            any = self.add(
                Expr::Logical {
                    op: LogicalOp::Or,
                    lhs: any,
                    rhs: test,
                },
                span,
            );
        }
        Ok(any)
    }

    /// `*t` among a call's arguments: `t` a local or a parameter holding a
    /// tuple (see `infer::unpack`).
    fn unpacked(&mut self, star: &ast::ExprStarred) -> Result<ExprId> {
        let span = Span::from(star.range());
        let value = match &*star.value {
            AstExpr::Name(_) => Some(self.expr(&star.value)?),
            _ => None,
        };
        match value {
            Some(v) if matches!(self.f.exprs[v], Expr::Local(_) | Expr::Param(_)) => {
                Ok(self.add(Expr::Unpack(v), span))
            }
            _ => Err(CompileError::unsupported(
                "`*` unpacks a local variable or a parameter in compiled code",
                span,
            )
            .with_hint("assign the tuple to a name first: `t = ...; f(*t)`")),
        }
    }

    /// Arguments of a NumPy function in parameter order: keywords moved to
    /// their positions, omitted optional parameters `None`.
    fn bind_numpy(
        &mut self,
        f: NpFn,
        name: &str,
        args: Vec<ExprId>,
        keywords: Vec<(String, ExprId)>,
        span: Span,
    ) -> Result<Vec<ExprId>> {
        let params = f.params();
        if args.len() > params.len() {
            return Err(CompileError::typing(
                format!(
                    "`{name}()` takes at most {} arguments, got {}",
                    params.len(),
                    args.len()
                ),
                span,
            ));
        }
        let mut bound: Vec<Option<ExprId>> = args.into_iter().map(Some).collect();
        bound.resize(params.len(), None);
        for (kw, value) in keywords {
            let Some(k) = params.iter().position(|p| *p == kw) else {
                return Err(CompileError::unsupported(
                    format!(
                        "`{name}()` does not support the keyword argument `{kw}=` in compiled code"
                    ),
                    span,
                )
                .with_hint(format!("supported parameters: {}", params.join(", "))));
            };
            if bound[k].replace(value).is_some() {
                return Err(CompileError::typing(
                    format!("`{name}()` got multiple values for `{kw}`"),
                    span,
                ));
            }
        }
        if let Some(k) = bound[..f.required()].iter().position(Option::is_none) {
            return Err(CompileError::typing(
                format!("`{name}()` is missing its argument `{}`", params[k]),
                span,
            ));
        }
        Ok(bound
            .into_iter()
            .map(|b| b.unwrap_or_else(|| self.add(Expr::Literal(Const::None), span)))
            .collect())
    }

    /// `heapq.f(heap, ...)` as a method of the list (`nsmallest(n, l)` and
    /// `nlargest(n, l)` take the list second).
    fn heapq_call(
        &mut self,
        m: Method,
        name: &str,
        mut args: Vec<ExprId>,
        keywords: Vec<(String, ExprId)>,
        span: Span,
    ) -> Result<ExprId> {
        if let Some((kw, value)) = keywords.first() {
            let none = matches!(self.f.exprs[*value], Expr::Literal(Const::None));
            if !(kw == "key" && none) || keywords.len() > 1 {
                return Err(CompileError::unsupported(
                    format!("`{name}()` does not take `{kw}=` in compiled code"),
                    span,
                )
                .with_hint(
                    "key functions are not supported yet; push (key, value) tuples instead",
                ));
            }
        }
        if matches!(m, Method::NSmallest | Method::NLargest) {
            if args.len() != 2 {
                return Err(CompileError::typing(
                    format!("`{name}(n, iterable)` takes 2 arguments"),
                    span,
                ));
            }
            args.swap(0, 1);
        }
        if args.is_empty() {
            return Err(CompileError::typing(
                format!("`{name}()` needs a list"),
                span,
            ));
        }
        Ok(self.method_call(m, args, span))
    }
}

/// Whether `recv.name(...)` is lowered as a NumPy array method: every array
/// method name except `sort` with list keywords (`key=`, `reverse=`); a
/// container receiver is rerouted to its own method by inference.
fn is_numpy_method(a: &ast::ExprAttribute, call: &ast::ExprCall) -> bool {
    let name = a.attr.id.as_str();
    NpFn::method(name).is_some()
        && !(name == "sort"
            && call.arguments.keywords.iter().any(|k| {
                k.arg
                    .as_ref()
                    .is_some_and(|a| matches!(a.id.as_str(), "key" | "reverse"))
            }))
}

/// The string options of NumPy calls penna understands, as constants:
/// `side="left"|"right"` (searchsorted) is `False|True`; `kind=` of a sort is
/// accepted and ignored (penna's sorts are all stable).
fn string_option(keyword: &str, value: &AstExpr) -> Option<Const> {
    let AstExpr::StringLiteral(s) = value else {
        return None;
    };
    match (keyword, s.value.to_str()) {
        ("side", "left") => Some(Const::Bool(false)),
        ("side", "right") => Some(Const::Bool(true)),
        ("kind", "quicksort" | "mergesort" | "heapsort" | "stable") => Some(Const::None),
        _ => None,
    }
}

/// The row of `s.startswith(x)` / `s.endswith(x)`.
fn affix_fn(name: &str) -> Option<StrFn> {
    match name {
        "startswith" => Some(StrFn::Startswith),
        "endswith" => Some(StrFn::Endswith),
        _ => None,
    }
}
