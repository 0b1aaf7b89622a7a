//! Lowering: a parsed `def` to untyped IR, resolving every name on the way.
//!
//! Name resolution follows Python: a name bound anywhere in the function (assigned,
//! a `for` target, a parameter) is a local slot; every other name is asked of the
//! [`Env`] and becomes a constant, a callee or a module. Syntax sugar is removed
//! here so that later phases see few constructs:
//! - `for x in seq`, `enumerate`, `zip` become index loops over `range`;
//! - tuple unpacking goes through a temporary and constant indices;
//! - `a[i] += v` evaluates `a` and `i` once (temporaries when not plain names);
//! - chained comparisons become `and`; `assert` becomes `if not c: raise`;
//! - `with omp("...")` directives become parallel IR (see [`directives`]).

mod containers;
mod directives;
mod gpu;
mod loops;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr as AstExpr, Number, Stmt as AstStmt};
use ruff_text_size::Ranged;

use crate::abi::{ExceptionClass, ExceptionKind};
use crate::builtins::{self, Attribute, Builtin, ContainerFn, Method, ModuleItem, NpFn};
use crate::env::{Const, Env, FrozenArray, Global, JitFunction, ModuleId};
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::{SourceFile, Span};

/// Lowers one function definition. Parameter locals come first, in order.
pub fn lower_function(
    def: &ast::StmtFunctionDef,
    file: Arc<SourceFile>,
    env: &dyn Env,
) -> Result<Function> {
    let name = def.name.id.as_str();
    let _span = tracing::debug_span!("lower", function = name).entered();
    let head = Span::new(
        def.name.range.start().into(),
        def.parameters.range.end().into(),
    );
    let mut lower = Lower {
        env,
        f: Function::new(name, file.clone(), head),
        locals: HashMap::new(),
        assigned: HashSet::new(),
        temps: 0,
        contexts: Vec::new(),
        pending: Vec::new(),
    };
    check_signature(def)?;
    lower.parameters(&def.parameters);
    collect_assigned(&def.body, &mut lower.assigned);
    let mut body = Vec::new();
    for (i, local) in lower.f.params.clone().into_iter().enumerate() {
        let span = lower.f.locals[local].span;
        let value = lower.add(Expr::Param(i), span);
        body.push(Statement {
            kind: Stmt::Assign { local, value },
            span,
        });
    }
    body.extend(lower.block(&def.body)?);
    if !block_terminates(&body) {
        body.push(Statement {
            kind: Stmt::Return(None),
            // The implicit `return None` at the end points at the `def` line.
            span: head,
        });
    }
    lower.f.body = body;
    Ok(lower.f)
}

/// A name that is not a local, resolved.
enum Resolved {
    Module(ModuleId),
    Item(ModuleItem, String),
    Function(Arc<dyn JitFunction>),
    /// A global NumPy array, frozen.
    Array(Arc<FrozenArray>),
    /// An exception class (only `raise` may use it).
    Exception(ExceptionClass),
}

struct Lower<'a> {
    env: &'a dyn Env,
    f: Function,
    locals: HashMap<String, LocalId>,
    assigned: HashSet<String>,
    temps: u32,
    /// The parallel constructs around the statement being lowered, innermost last.
    contexts: Vec<Context>,
    /// Statements that expressions of the statement being lowered need run
    /// first (comprehensions and other loops, see [`containers`]).
    pending: Vec<Statement>,
}

/// A parallel construct being lowered (for directives that must be inside one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Context {
    Region,
    ParallelLoop,
}

/// Rejects definitions penna cannot compile before anything looks at their
/// parameters: `async def`, `*args` / `**kwargs`, keyword-only parameters.
pub fn check_signature(def: &ast::StmtFunctionDef) -> Result<()> {
    if def.is_async {
        return Err(CompileError::unsupported(
            format!("`async def {}` is not supported", def.name.id),
            Span::from(def.name.range),
        )
        .with_hint("compiled functions run to completion: remove `async`"));
    }
    let params = &def.parameters;
    if let Some(v) = params.vararg.as_ref() {
        return Err(CompileError::unsupported(
            format!("`*{}` parameters are not supported yet", v.name.id),
            Span::from(v.range),
        )
        .with_hint(format!(
            "give the function a fixed list of parameters, or one tuple parameter: `def {f}({a})` called as `{f}((x, y))`",
            f = def.name.id,
            a = v.name.id
        )));
    }
    if let Some(v) = params.kwarg.as_ref() {
        return Err(CompileError::unsupported(
            format!("`**{}` parameters are not supported", v.name.id),
            Span::from(v.range),
        )
        .with_hint("give the function a fixed list of parameters"));
    }
    if let Some(p) = params.kwonlyargs.first() {
        return Err(CompileError::unsupported(
            "keyword-only parameters are not supported yet",
            Span::from(p.range),
        ));
    }
    Ok(())
}

impl Lower<'_> {
    fn parameters(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(&params.args) {
            let name = p.parameter.name.id.as_str();
            let local = self.f.add_local(name, Span::from(p.parameter.range), false);
            self.locals.insert(name.to_owned(), local);
            self.f.params.push(local);
        }
    }

    fn local(&mut self, name: &str, span: Span) -> LocalId {
        if let Some(&l) = self.locals.get(name) {
            return l;
        }
        let l = self.f.add_local(name, span, false);
        self.locals.insert(name.to_owned(), l);
        l
    }

    fn temp(&mut self, span: Span) -> LocalId {
        self.temps += 1;
        let name = format!("${}", self.temps - 1);
        self.f.add_local(&name, span, true)
    }

    fn add(&mut self, expr: Expr, span: Span) -> ExprId {
        self.f.add_expr(expr, span)
    }

    fn load(&mut self, local: LocalId, span: Span) -> ExprId {
        self.add(Expr::Local(local), span)
    }

    fn int(&mut self, v: i64, span: Span) -> ExprId {
        self.add(Expr::Literal(Const::Int(v)), span)
    }

    // ---- statements ----

    fn block(&mut self, body: &[AstStmt]) -> Result<Block> {
        let mut out = Vec::new();
        for s in body {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    /// Lowers one statement into `out`, preceded by what its expressions hoisted.
    fn stmt(&mut self, s: &AstStmt, out: &mut Block) -> Result<()> {
        let start = out.len();
        let saved = std::mem::take(&mut self.pending);
        let result = self.stmt_inner(s, out);
        let hoisted = std::mem::replace(&mut self.pending, saved);
        result?;
        out.splice(start..start, hoisted);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &AstStmt, out: &mut Block) -> Result<()> {
        let span = Span::from(s.range());
        let push = |out: &mut Block, kind| out.push(Statement { kind, span });
        match s {
            AstStmt::Return(r) => {
                let value = r.value.as_deref().map(|v| self.expr(v)).transpose()?;
                push(out, Stmt::Return(value));
            }
            AstStmt::Assign(a) => {
                let value = self.expr(&a.value)?;
                if let [target] = a.targets.as_slice() {
                    self.assign(target, value, out)?;
                } else {
                    let t = self.temp(span);
                    push(out, Stmt::Assign { local: t, value });
                    for target in &a.targets {
                        let v = self.load(t, Span::from(a.value.range()));
                        self.assign(target, v, out)?;
                    }
                }
            }
            AstStmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let value = self.expr(v)?;
                    self.assign(&a.target, value, out)?;
                }
            }
            AstStmt::AugAssign(a) => self.aug_assign(a, out)?,
            AstStmt::If(i) => {
                let kind = self.if_chain(&i.test, &i.body, &i.elif_else_clauses)?;
                push(out, kind);
            }
            AstStmt::While(w) => {
                no_else(&w.orelse, "while")?;
                let (cond, hoisted) = self.hoisting(|this| this.expr(&w.test))?;
                let mut body = self.block(&w.body)?;
                if hoisted.is_empty() {
                    push(out, Stmt::While { cond, body });
                } else {
                    // The condition needs statements: `while True: <them>;
                    // if not cond: break; <body>`.
                    let test_span = Span::from(w.test.range());
                    let not = self.add(
                        Expr::Unary {
                            op: UnaryOp::Not,
                            value: cond,
                        },
                        test_span,
                    );
                    let mut full = hoisted;
                    full.push(Statement {
                        kind: Stmt::If {
                            cond: not,
                            accept: vec![Statement {
                                kind: Stmt::Break,
                                span: test_span,
                            }],
                            reject: vec![],
                        },
                        span: test_span,
                    });
                    full.append(&mut body);
                    let yes = self.add(Expr::Literal(Const::Bool(true)), test_span);
                    push(
                        out,
                        Stmt::While {
                            cond: yes,
                            body: full,
                        },
                    );
                }
            }
            AstStmt::For(f) => {
                no_else(&f.orelse, "for")?;
                if f.is_async {
                    return Err(CompileError::unsupported(
                        "`async for` is not supported",
                        span,
                    ));
                }
                self.for_loop(f, out)?;
            }
            AstStmt::Break(_) => push(out, Stmt::Break),
            AstStmt::Continue(_) => push(out, Stmt::Continue),
            AstStmt::Pass(_) => {}
            AstStmt::Expr(e) => {
                // Docstrings and other bare constants do nothing.
                if !matches!(
                    *e.value,
                    AstExpr::StringLiteral(_)
                        | AstExpr::NumberLiteral(_)
                        | AstExpr::EllipsisLiteral(_)
                ) {
                    if let Some(kind) = self.print_statement(&e.value)? {
                        push(out, kind);
                    } else {
                        let value = self.expr(&e.value)?;
                        push(out, Stmt::Eval(value));
                    }
                }
            }
            AstStmt::Raise(r) => {
                let exc = r.exc.as_deref().ok_or_else(|| {
                    CompileError::unsupported("a bare `raise` (re-raise) is not supported", span)
                })?;
                let (class, message) = self.exception(exc)?;
                push(out, Stmt::Raise { class, message });
            }
            AstStmt::Assert(a) => {
                let test = self.expr(&a.test)?;
                let cond = self.add(
                    Expr::Unary {
                        op: UnaryOp::Not,
                        value: test,
                    },
                    Span::from(a.test.range()),
                );
                let message = match &a.msg {
                    Some(m) => self.constant_string(m)?,
                    None => String::new(),
                };
                let raise = Statement {
                    kind: Stmt::Raise {
                        class: ExceptionClass::Builtin(ExceptionKind::AssertionError),
                        message,
                    },
                    span,
                };
                push(
                    out,
                    Stmt::If {
                        cond,
                        accept: vec![raise],
                        reject: vec![],
                    },
                );
            }
            AstStmt::With(w) => self.with_statement(w, out)?,
            AstStmt::Delete(d) => self.delete(d, out)?,
            other => return Err(unsupported_statement(other, span)),
        }
        Ok(())
    }

    fn if_chain(
        &mut self,
        test: &AstExpr,
        body: &[AstStmt],
        clauses: &[ast::ElifElseClause],
    ) -> Result<Stmt> {
        let cond = self.expr(test)?;
        let accept = self.block(body)?;
        let reject = match clauses.split_first() {
            None => vec![],
            Some((first, rest)) => match &first.test {
                None => self.block(&first.body)?,
                Some(t) => {
                    let kind = self.if_chain(t, &first.body, rest)?;
                    vec![Statement {
                        kind,
                        span: Span::from(first.range),
                    }]
                }
            },
        };
        Ok(Stmt::If {
            cond,
            accept,
            reject,
        })
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign, out: &mut Block) -> Result<()> {
        let span = Span::from(a.range);
        let op = binary_op(a.op, span)?;
        let value = self.expr(&a.value)?;
        match &*a.target {
            AstExpr::Name(n) => {
                let local = self.local(n.id.as_str(), Span::from(n.range));
                let current = self.load(local, Span::from(n.range));
                let new = self.add(
                    Expr::Binary {
                        op,
                        lhs: current,
                        rhs: value,
                    },
                    span,
                );
                self.f.augmented.push(new);
                out.push(Statement {
                    kind: Stmt::Assign { local, value: new },
                    span,
                });
            }
            AstExpr::Subscript(sub) => {
                // Evaluate the array and each index once, into temporaries.
                let base = self.reusable(&sub.value, out)?;
                let indices: Vec<Reusable> = index_exprs(&sub.slice)?
                    .into_iter()
                    .map(|i| self.reusable(i, out))
                    .collect::<Result<_>>()?;
                let load_base = self.reuse(&base);
                let load_idx = indices.iter().map(|i| self.reuse(i)).collect();
                let current = self.add(
                    Expr::Index {
                        base: load_base,
                        indices: load_idx,
                    },
                    Span::from(sub.range),
                );
                let new = self.add(
                    Expr::Binary {
                        op,
                        lhs: current,
                        rhs: value,
                    },
                    span,
                );
                let store_base = self.reuse(&base);
                let store_idx = indices.iter().map(|i| self.reuse(i)).collect();
                out.push(Statement {
                    kind: Stmt::Store {
                        base: store_base,
                        indices: store_idx,
                        value: new,
                    },
                    span,
                });
            }
            other => {
                return Err(CompileError::unsupported(
                    "augmented assignment to this target is not supported",
                    Span::from(other.range()),
                ))
            }
        }
        Ok(())
    }

    /// Assigns `value` to an assignment target (name, tuple pattern, subscript).
    fn assign(&mut self, target: &AstExpr, value: ExprId, out: &mut Block) -> Result<()> {
        let span = Span::from(target.range());
        match target {
            AstExpr::Name(n) => {
                let local = self.local(n.id.as_str(), span);
                out.push(Statement {
                    kind: Stmt::Assign { local, value },
                    span,
                });
            }
            AstExpr::Tuple(ast::ExprTuple { elts, .. })
            | AstExpr::List(ast::ExprList { elts, .. }) => {
                if let Some(star) = elts.iter().find(|e| e.is_starred_expr()) {
                    return Err(CompileError::unsupported(
                        "starred assignment targets are not supported",
                        Span::from(star.range()),
                    ));
                }
                let t = self.temp(span);
                out.push(Statement {
                    kind: Stmt::Assign { local: t, value },
                    span,
                });
                for (k, elt) in elts.iter().enumerate() {
                    let tuple = self.load(t, span);
                    let index = self.int(k as i64, span);
                    let item = self.add(
                        Expr::Index {
                            base: tuple,
                            indices: vec![index],
                        },
                        Span::from(elt.range()),
                    );
                    self.assign(elt, item, out)?;
                }
            }
            AstExpr::Subscript(sub) => {
                let base = self.expr(&sub.value)?;
                let indices = self.indices(&sub.slice)?;
                out.push(Statement {
                    kind: Stmt::Store {
                        base,
                        indices,
                        value,
                    },
                    span,
                });
            }
            AstExpr::Attribute(a) => {
                return Err(CompileError::unsupported(
                    format!(
                        "assigning to the attribute `.{}` is not supported",
                        a.attr.id
                    ),
                    span,
                ))
            }
            _ => {
                return Err(CompileError::unsupported(
                    "cannot assign to this expression",
                    span,
                ))
            }
        }
        Ok(())
    }

    /// `print(a, "text", b, sep=..., end=...)` as a statement, if `e` is one.
    fn print_statement(&mut self, e: &AstExpr) -> Result<Option<Stmt>> {
        let AstExpr::Call(call) = e else {
            return Ok(None);
        };
        match self.resolve_global_expr(&call.func)? {
            Some(Resolved::Item(ModuleItem::Function(Builtin::Print), _)) => {}
            _ => return Ok(None),
        }
        let mut items = Vec::new();
        for arg in call.arguments.args.iter() {
            items.push(match arg {
                AstExpr::StringLiteral(s) => PrintItem::Text(s.value.to_str().to_owned()),
                other => PrintItem::Value(self.expr(other)?),
            });
        }
        let (mut sep, mut end) = (" ".to_owned(), "\n".to_owned());
        for kw in call.arguments.keywords.iter() {
            let name = kw.arg.as_ref().map(|a| a.id.as_str());
            let slot = match name {
                Some("sep") => &mut sep,
                Some("end") => &mut end,
                _ => {
                    return Err(CompileError::unsupported(
                        "print() in compiled code takes only `sep=` and `end=`",
                        Span::from(kw.range),
                    ))
                }
            };
            *slot = match &kw.value {
                AstExpr::StringLiteral(s) => s.value.to_str().to_owned(),
                other => {
                    return Err(CompileError::unsupported(
                        "`sep=` and `end=` must be string literals",
                        Span::from(other.range()),
                    ))
                }
            };
        }
        Ok(Some(Stmt::Print { items, sep, end }))
    }

    fn exception(&mut self, exc: &AstExpr) -> Result<(ExceptionClass, String)> {
        let span = Span::from(exc.range());
        let (class, message) = match exc {
            AstExpr::Call(call) => {
                no_keywords(call, "an exception")?;
                let message = match &*call.arguments.args {
                    [] => String::new(),
                    [m] => self.constant_string(m)?,
                    _ => {
                        return Err(CompileError::unsupported(
                            "exceptions with more than one argument are not supported",
                            span,
                        ))
                    }
                };
                (&*call.func, message)
            }
            other => (other, String::new()),
        };
        match self.resolve_global_expr(class)? {
            Some(Resolved::Exception(class)) => Ok((class, message)),
            _ => Err(CompileError::unsupported(
                format!("`{}` is not an exception class", attr_path(class)),
                Span::from(class.range()),
            )
            .with_hint(
                "raise a builtin exception (ValueError, IndexError, ...) or a subclass of Exception defined at module level",
            )),
        }
    }

    fn constant_string(&mut self, e: &AstExpr) -> Result<String> {
        match e {
            AstExpr::StringLiteral(s) => Ok(s.value.to_str().to_owned()),
            other => Err(CompileError::unsupported(
                "exception messages must be string literals",
                Span::from(other.range()),
            )
            .with_hint("formatted messages (f-strings) are not supported in compiled code yet")),
        }
    }

    // ---- expressions ----

    fn expr(&mut self, e: &AstExpr) -> Result<ExprId> {
        let span = Span::from(e.range());
        let expr = match e {
            AstExpr::Name(n) => return self.name(n.id.as_str(), span),
            AstExpr::NumberLiteral(n) => Expr::Literal(number(&n.value, false, span)?),
            AstExpr::BooleanLiteral(b) => Expr::Literal(Const::Bool(b.value)),
            AstExpr::NoneLiteral(_) => Expr::Literal(Const::None),
            AstExpr::UnaryOp(u) => {
                if let (ast::UnaryOp::USub, AstExpr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    Expr::Literal(number(&n.value, true, span)?)
                } else {
                    let value = self.expr(&u.operand)?;
                    let op = match u.op {
                        ast::UnaryOp::USub => UnaryOp::Neg,
                        ast::UnaryOp::UAdd => UnaryOp::Pos,
                        ast::UnaryOp::Invert => UnaryOp::Invert,
                        ast::UnaryOp::Not => UnaryOp::Not,
                    };
                    Expr::Unary { op, value }
                }
            }
            AstExpr::BinOp(b) if b.op == ast::Operator::MatMult => {
                // `a @ b` is `np.matmul(a, b)`.
                let args = vec![self.expr(&b.left)?, self.expr(&b.right)?];
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Np(NpFn::Matmul)),
                    args,
                    keywords: Vec::new(),
                }
            }
            AstExpr::BinOp(b) => {
                let op = binary_op(b.op, span)?;
                let lhs = self.expr(&b.left)?;
                let rhs = self.expr(&b.right)?;
                Expr::Binary { op, lhs, rhs }
            }
            AstExpr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => LogicalOp::And,
                    ast::BoolOp::Or => LogicalOp::Or,
                };
                let mut acc = self.expr(&b.values[0])?;
                for v in &b.values[1..] {
                    let rhs = self.expr(v)?;
                    let s = self.f.span(acc).to(Span::from(v.range()));
                    acc = self.add(Expr::Logical { op, lhs: acc, rhs }, s);
                }
                return Ok(acc);
            }
            AstExpr::Compare(c) => return self.compare(c),
            AstExpr::If(i) => {
                let cond = self.expr(&i.test)?;
                let accept = self.expr(&i.body)?;
                let reject = self.expr(&i.orelse)?;
                Expr::Select {
                    cond,
                    accept,
                    reject,
                }
            }
            AstExpr::Call(call) => return self.call(call),
            AstExpr::List(l) => return self.container_literal(ContainerFn::NewList, &l.elts, span),
            AstExpr::Set(l) => return self.container_literal(ContainerFn::NewSet, &l.elts, span),
            AstExpr::Dict(d) => return self.dict_literal(d),
            AstExpr::ListComp(_) | AstExpr::SetComp(_) | AstExpr::DictComp(_) => {
                return self.comprehension(e)
            }
            AstExpr::Tuple(t) => {
                let items = t.elts.iter().map(|e| self.expr(e)).collect::<Result<_>>()?;
                Expr::Tuple(items)
            }
            AstExpr::Subscript(sub) => {
                let base = self.expr(&sub.value)?;
                let indices = self.indices(&sub.slice)?;
                Expr::Index { base, indices }
            }
            AstExpr::Attribute(a) => {
                if let Some(resolved @ Resolved::Module(_)) = self.resolve_global_expr(&a.value)? {
                    return self.module_attribute_value(resolved, a, span);
                }
                let value = self.expr(&a.value)?;
                let attr = Attribute::from_name(a.attr.id.as_str()).ok_or_else(|| {
                    CompileError::unsupported(
                        format!("the attribute `.{}` is not supported", a.attr.id),
                        span,
                    )
                    .with_hint(
                        "supported attributes: .shape .size .ndim (arrays), .real .imag (numbers)",
                    )
                })?;
                Expr::Attr { value, attr }
            }
            other => return Err(unsupported_expression(other, span)),
        };
        Ok(self.add(expr, span))
    }

    fn name(&mut self, name: &str, span: Span) -> Result<ExprId> {
        if self.assigned.contains(name) || self.locals.contains_key(name) {
            let local = self.local(name, span);
            return Ok(self.load(local, span));
        }
        let resolved = self.resolve_global(name, span)?;
        self.global_value(resolved, name, span)
    }

    /// A global (named `name`) used as a value: a constant, a frozen array,
    /// a builtin value (`cuda.threadIdx.x`) or a dtype.
    fn global_value(&mut self, resolved: Resolved, name: &str, span: Span) -> Result<ExprId> {
        match resolved {
            Resolved::Item(ModuleItem::Const(c), _) => Ok(self.add(Expr::Literal(c), span)),
            Resolved::Array(a) => Ok(self.add(Expr::Frozen(a), span)),
            Resolved::Item(ModuleItem::Value(b), _) => Ok(self.value_builtin(b, span)),
            Resolved::Item(ModuleItem::Function(b), _) if dtype_of(b).is_some() => {
                let dtype = dtype_of(b).expect("checked");
                Ok(self.add(Expr::Literal(Const::DType(dtype)), span))
            }
            other => Err(not_a_value(&other, name, span)),
        }
    }

    fn module_attribute_value(
        &mut self,
        base: Resolved,
        a: &ast::ExprAttribute,
        span: Span,
    ) -> Result<ExprId> {
        let resolved = self.module_attribute(base, a)?;
        let name = format!("{}.{}", attr_path(&a.value), a.attr.id);
        self.global_value(resolved, &name, span)
    }

    /// A builtin that is a value where it is named (`cuda.threadIdx.x`).
    fn value_builtin(&mut self, b: Builtin, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Builtin(b),
                args: Vec::new(),
                keywords: Vec::new(),
            },
            span,
        )
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> Result<ExprId> {
        // a < b < c  ->  (a < b) and (b < c); the middle operand is lowered twice.
        let mut result: Option<ExprId> = None;
        let mut left_ast: &AstExpr = &c.left;
        let mut left = self.expr(&c.left)?;
        for (op, right_ast) in c.ops.iter().zip(c.comparators.iter()) {
            let span = Span::from(left_ast.range()).to(Span::from(right_ast.range()));
            let right = self.expr(right_ast)?;
            let op = match op {
                ast::CmpOp::Eq => CmpOp::Eq,
                ast::CmpOp::NotEq => CmpOp::Ne,
                ast::CmpOp::Lt => CmpOp::Lt,
                ast::CmpOp::LtE => CmpOp::Le,
                ast::CmpOp::Gt => CmpOp::Gt,
                ast::CmpOp::GtE => CmpOp::Ge,
                ast::CmpOp::Is => CmpOp::Is,
                ast::CmpOp::IsNot => CmpOp::IsNot,
                ast::CmpOp::In | ast::CmpOp::NotIn => {
                    let negate = matches!(op, ast::CmpOp::NotIn);
                    if let AstExpr::Tuple(t) = right_ast {
                        // `x in (a, b)` compares item by item.
                        let cmp = self.in_tuple_literal(left, &t.elts, negate, span)?;
                        result = Some(self.chain(result, cmp, span));
                        left_ast = right_ast;
                        left = self.expr(right_ast)?;
                        continue;
                    }
                    if negate {
                        CmpOp::NotIn
                    } else {
                        CmpOp::In
                    }
                }
            };
            let cmp = self.add(
                Expr::Compare {
                    op,
                    lhs: left,
                    rhs: right,
                },
                span,
            );
            result = Some(self.chain(result, cmp, span));
            left_ast = right_ast;
            left = self.expr(right_ast)?;
        }
        Ok(result.expect("a comparison has at least one operator"))
    }

    /// `acc and cmp` (a chained comparison so far, and its next link).
    fn chain(&mut self, acc: Option<ExprId>, cmp: ExprId, span: Span) -> ExprId {
        match acc {
            None => cmp,
            Some(acc) => {
                let s = self.f.span(acc).to(span);
                self.add(
                    Expr::Logical {
                        op: LogicalOp::And,
                        lhs: acc,
                        rhs: cmp,
                    },
                    s,
                )
            }
        }
    }

    fn call(&mut self, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
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
                if a.is_starred_expr() {
                    Err(CompileError::unsupported(
                        "`*args` in calls is not supported",
                        Span::from(a.range()),
                    ))
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
        let callee = match self.resolve_global_expr(&call.func)? {
            Some(Resolved::Function(function)) => Callee::Function {
                function,
                resolved: None,
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
            Some(other) => return Err(not_callable(&other, Span::from(call.func.range()))),
            None => match &*call.func {
                AstExpr::Attribute(a) if is_numpy_method(a, call) => {
                    let f = NpFn::method(a.attr.id.as_str()).expect("checked");
                    let receiver = self.expr(&a.value)?;
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
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Builtin(Builtin::Np(f)),
                            args,
                            keywords: Vec::new(),
                        },
                        span,
                    ));
                }
                AstExpr::Attribute(a) => {
                    let method = Method::from_name(a.attr.id.as_str()).ok_or_else(|| {
                        CompileError::unsupported(
                            format!("the method `.{}()` is not supported", a.attr.id),
                            span,
                        )
                    })?;
                    let receiver = self.expr(&a.value)?;
                    let mut all = vec![receiver];
                    all.extend(args);
                    if method == Method::Sort {
                        // list.sort(key=None, reverse=False): `reverse` positional.
                        let mut reverse = None;
                        for (name, value) in keywords {
                            match name.as_str() {
                                "reverse" => reverse = Some(value),
                                "key" if matches!(self.f.exprs[value], Expr::Literal(Const::None)) => {}
                                _ => {
                                    return Err(CompileError::unsupported(
                                        format!("`.sort()` does not take `{name}=` in compiled code"),
                                        span,
                                    )
                                    .with_hint("key functions are not supported yet; sort tuples (key, value) instead"))
                                }
                            }
                        }
                        let reverse = reverse
                            .unwrap_or_else(|| self.add(Expr::Literal(Const::Bool(false)), span));
                        all.truncate(1);
                        all.push(reverse);
                        return Ok(self.add(
                            Expr::Call {
                                callee: Callee::Method(method),
                                args: all,
                                keywords: vec![],
                            },
                            span,
                        ));
                    }
                    return Ok(self.add(
                        Expr::Call {
                            callee: Callee::Method(method),
                            args: all,
                            keywords,
                        },
                        span,
                    ));
                }
                AstExpr::Name(n) => {
                    return Err(CompileError::unsupported(
                        format!(
                            "`{}` is a local variable; calling a variable is not supported",
                            n.id
                        ),
                        Span::from(n.range),
                    ))
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

    /// The indices of a subscript, split on top-level commas; slices become
    /// `Expr::Slice`.
    fn indices(&mut self, slice: &AstExpr) -> Result<Vec<ExprId>> {
        index_exprs(slice)?
            .into_iter()
            .map(|e| match e {
                AstExpr::Slice(s) => {
                    let span = Span::from(s.range);
                    let mut part = |p: &Option<Box<AstExpr>>| match p {
                        Some(p) => self.expr(p),
                        None => Ok(self.add(Expr::Literal(Const::None), span)),
                    };
                    let (start, stop, step) = (part(&s.lower)?, part(&s.upper)?, part(&s.step)?);
                    Ok(self.add(Expr::Slice { start, stop, step }, span))
                }
                e => self.expr(e),
            })
            .collect()
    }

    // ---- name resolution ----

    fn resolve_global(&self, name: &str, span: Span) -> Result<Resolved> {
        let global = self.env.lookup(name).ok_or_else(|| {
            CompileError::typing(format!("name `{name}` is not defined"), span)
                .with_hint("compiled functions can use their parameters, local variables, module-level constants and functions, and imported modules")
        })?;
        resolve(global, name, span)
    }

    /// Resolves a name or `module.attr` chain to a global, or `None` if the
    /// expression is not a global reference (a local, a method receiver, ...).
    fn resolve_global_expr(&self, e: &AstExpr) -> Result<Option<Resolved>> {
        match e {
            AstExpr::Name(n) => {
                let name = n.id.as_str();
                if self.assigned.contains(name) || self.locals.contains_key(name) {
                    return Ok(None);
                }
                self.resolve_global(name, Span::from(n.range)).map(Some)
            }
            AstExpr::Attribute(a) => match self.resolve_global_expr(&a.value)? {
                Some(base @ Resolved::Module(_)) => self.module_attribute(base, a).map(Some),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn module_attribute(&self, base: Resolved, a: &ast::ExprAttribute) -> Result<Resolved> {
        let span = Span::from(a.range);
        let Resolved::Module(m) = base else {
            return Err(CompileError::unsupported(
                format!(
                    "attribute `.{}` of `{}` is not supported",
                    a.attr.id,
                    attr_path(&a.value)
                ),
                span,
            ));
        };
        let attr = a.attr.id.as_str();
        match builtins::lookup(m, attr) {
            Some(item) => Ok(resolved_item(m, attr, item)),
            None => match self.env.module_attribute(m, attr) {
                Some(global) => resolve(global, &qualified(m, attr), span),
                None => Err(unsupported_library(m, attr, span)),
            },
        }
    }

    // ---- temporaries for values used twice ----

    fn reusable(&mut self, e: &AstExpr, out: &mut Block) -> Result<Reusable> {
        Ok(match e {
            AstExpr::Name(n)
                if self.assigned.contains(n.id.as_str())
                    || self.locals.contains_key(n.id.as_str()) =>
            {
                let local = self.local(n.id.as_str(), Span::from(n.range));
                Reusable::Local(local, Span::from(n.range))
            }
            AstExpr::NumberLiteral(n) => Reusable::Literal(
                number(&n.value, false, Span::from(n.range))?,
                Span::from(n.range),
            ),
            other => {
                let span = Span::from(other.range());
                let value = self.expr(other)?;
                let t = self.temp(span);
                out.push(Statement {
                    kind: Stmt::Assign { local: t, value },
                    span,
                });
                Reusable::Local(t, span)
            }
        })
    }

    fn reuse(&mut self, r: &Reusable) -> ExprId {
        match *r {
            Reusable::Local(l, span) => self.load(l, span),
            Reusable::Literal(c, span) => self.add(Expr::Literal(c), span),
        }
    }
}

enum Reusable {
    Local(LocalId, Span),
    Literal(Const, Span),
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

/// The names a target binds (`x`, `(i, (a, b))`).
fn bound_names(e: &AstExpr, out: &mut Vec<String>) {
    match e {
        AstExpr::Name(n) => out.push(n.id.to_string()),
        AstExpr::Tuple(t) => t.elts.iter().for_each(|e| bound_names(e, out)),
        AstExpr::List(t) => t.elts.iter().for_each(|e| bound_names(e, out)),
        AstExpr::Starred(s) => bound_names(&s.value, out),
        _ => {}
    }
}

fn index_exprs(slice: &AstExpr) -> Result<Vec<&AstExpr>> {
    let items: Vec<&AstExpr> = match slice {
        AstExpr::Tuple(t) => t.elts.iter().collect(),
        other => vec![other],
    };
    for item in &items {
        if item.is_ellipsis_literal_expr() {
            return Err(CompileError::unsupported(
                "`...` in subscripts is not supported",
                Span::from(item.range()),
            ));
        }
    }
    Ok(items)
}

fn number(n: &Number, negate: bool, span: Span) -> Result<Const> {
    Ok(match n {
        Number::Int(i) => {
            let v = match (i.as_i64(), i.as_u64()) {
                (Some(v), _) => {
                    if negate {
                        v.wrapping_neg()
                    } else {
                        v
                    }
                }
                (None, Some(u)) if negate && u == 1u64 << 63 => i64::MIN,
                _ => {
                    return Err(
                        CompileError::typing("integer literal does not fit in int64", span)
                            .with_hint(
                                "compiled integers are 64-bit; use a float for larger values",
                            ),
                    )
                }
            };
            Const::Int(v)
        }
        Number::Float(f) => Const::Float(if negate { -f } else { *f }),
        Number::Complex { real, imag } => {
            if negate {
                Const::Complex(-real, -imag)
            } else {
                Const::Complex(*real, *imag)
            }
        }
    })
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

fn binary_op(op: ast::Operator, span: Span) -> Result<BinaryOp> {
    use ast::Operator as O;
    Ok(match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Sub,
        O::Mult => BinaryOp::Mul,
        O::Div => BinaryOp::Div,
        O::FloorDiv => BinaryOp::FloorDiv,
        O::Mod => BinaryOp::Mod,
        O::Pow => BinaryOp::Pow,
        O::LShift => BinaryOp::LShift,
        O::RShift => BinaryOp::RShift,
        O::BitAnd => BinaryOp::BitAnd,
        O::BitOr => BinaryOp::BitOr,
        O::BitXor => BinaryOp::BitXor,
        O::MatMult => {
            return Err(
                CompileError::unsupported("`@=` is not supported in compiled code", span)
                    .with_hint("write `a = a @ b`"),
            )
        }
    })
}

fn no_else(orelse: &[AstStmt], what: &str) -> Result<()> {
    match orelse.first() {
        None => Ok(()),
        Some(s) => Err(CompileError::unsupported(
            format!("`{what} ... else` is not supported"),
            Span::from(s.range()),
        )
        .with_hint("use a flag variable set before `break`")),
    }
}

fn no_keywords(call: &ast::ExprCall, what: &str) -> Result<()> {
    match call.arguments.keywords.first() {
        None => Ok(()),
        Some(k) => Err(CompileError::unsupported(
            format!("keyword arguments to {what} are not supported"),
            Span::from(k.range),
        )),
    }
}

/// What the builtin table's item `m.attr` means to the lowering.
fn resolved_item(m: ModuleId, attr: &str, item: ModuleItem) -> Resolved {
    match item {
        ModuleItem::Module(sub) => Resolved::Module(sub),
        ModuleItem::Exception(kind) => Resolved::Exception(ExceptionClass::Builtin(kind)),
        item => Resolved::Item(item, qualified(m, attr)),
    }
}

/// What a global bound to `name` means to the lowering.
fn resolve(global: Global, name: &str, span: Span) -> Result<Resolved> {
    match global {
        Global::Module(m) => Ok(Resolved::Module(m)),
        Global::Attr(m, attr) => {
            let item =
                builtins::lookup(m, &attr).ok_or_else(|| unsupported_library(m, &attr, span))?;
            Ok(resolved_item(m, &attr, item))
        }
        Global::Const(c) => Ok(Resolved::Item(ModuleItem::Const(c), name.to_owned())),
        Global::Function(f) => Ok(Resolved::Function(f)),
        Global::Array(a) => Ok(Resolved::Array(a)),
        Global::Exception { code, name } => {
            Ok(Resolved::Exception(ExceptionClass::Registered { code, name }))
        }
        Global::Unsupported(ty) if ty == "function" || ty == "builtin_function_or_method" => Err(CompileError::typing(
            format!("`{name}` is a plain Python function, which compiled code cannot call"),
            span,
        )
        .with_hint(format!("decorate `{name}` with @penna.jit to call it from compiled code"))),
        Global::Unsupported(ty) => Err(CompileError::typing(
            format!("global `{name}` is a `{ty}`, which compiled code cannot use"),
            span,
        )
        .with_hint("compiled code can read global numbers and NumPy arrays (frozen at compile time), modules like math and numpy, and other @penna.jit functions; pass other values as arguments")),
    }
}

fn qualified(m: ModuleId, attr: &str) -> String {
    match m {
        ModuleId::Builtins => attr.to_owned(),
        ModuleId::Numpy => format!("np.{attr}"),
        ModuleId::Omp => format!("omp.{attr}"),
        m => format!("{}.{attr}", m.name()),
    }
}

fn attr_path(e: &AstExpr) -> String {
    match e {
        AstExpr::Name(n) => n.id.to_string(),
        AstExpr::Attribute(a) => format!("{}.{}", attr_path(&a.value), a.attr.id),
        _ => "<expression>".into(),
    }
}

fn unsupported_library(m: ModuleId, attr: &str, span: Span) -> CompileError {
    CompileError::unsupported(
        format!("`{}` is not supported in compiled code", qualified(m, attr)),
        span,
    )
    .with_hint("see the README's support table for the functions penna compiles")
}

/// The dtype a type-like name stands for as a value (`np.float32`, `float`).
fn dtype_of(b: Builtin) -> Option<crate::types::Scalar> {
    use crate::types::Scalar;
    Some(match b {
        Builtin::ScalarCtor(s) => s,
        Builtin::Float => Scalar::F64,
        Builtin::Int => Scalar::I64,
        Builtin::Bool => Scalar::Bool,
        Builtin::Complex => Scalar::C128,
        _ => return None,
    })
}

fn not_a_value(r: &Resolved, name: &str, span: Span) -> CompileError {
    let what = match r {
        Resolved::Module(m) => format!("the module `{}`", m.name()),
        Resolved::Function(f) => format!("the function `{}`", f.name()),
        Resolved::Item(_, n) => format!("`{n}`"),
        Resolved::Array(a) => format!("the array `{}`", a.name),
        Resolved::Exception(c) => format!("the exception class `{}`", c.name()),
    };
    CompileError::unsupported(
        format!("`{name}` is {what}, which cannot be used as a value"),
        span,
    )
    .with_hint("functions and modules can only be called or have their attributes read")
}

fn not_callable(r: &Resolved, span: Span) -> CompileError {
    let what = match r {
        Resolved::Module(m) => format!("the module `{}` is not callable", m.name()),
        Resolved::Item(_, n) => format!("`{n}` is not callable"),
        Resolved::Function(f) => format!("`{}` is not callable", f.name()),
        Resolved::Array(a) => format!("the array `{}` is not callable", a.name),
        Resolved::Exception(c) => format!("`{}` is not callable", c.name()),
    };
    CompileError::typing(what, span)
}

fn unsupported_statement(s: &AstStmt, span: Span) -> CompileError {
    let (what, hint) = match s {
        AstStmt::FunctionDef(_) => (
            "nested function definitions",
            "define the helper at module level and decorate it with @penna.jit",
        ),
        AstStmt::ClassDef(_) => (
            "class definitions",
            "define classes outside compiled functions",
        ),
        AstStmt::Try(_) => ("try/except", "handle errors outside the compiled function"),
        AstStmt::Import(_) | AstStmt::ImportFrom(_) => (
            "imports",
            "import at module level; compiled code sees module globals",
        ),
        AstStmt::Global(_) | AstStmt::Nonlocal(_) => (
            "`global` / `nonlocal`",
            "pass values in as arguments and return results",
        ),
        AstStmt::Match(_) => ("`match` statements", "use if/elif chains"),
        _ => ("this statement", "see the README's support table"),
    };
    CompileError::unsupported(format!("{what} are not supported in compiled code"), span)
        .with_hint(hint)
}

fn unsupported_expression(e: &AstExpr, span: Span) -> CompileError {
    let (what, hint) = match e {
        AstExpr::StringLiteral(_) | AstExpr::FString(_) | AstExpr::BytesLiteral(_) => (
            "strings",
            "strings are only supported as exception messages",
        ),
        AstExpr::Lambda(_) => ("lambdas", "define a function with def and @penna.jit"),
        AstExpr::Generator(_) => (
            "generator expressions outside sum(), list(), set() and sorted()",
            "use a list comprehension, or write the loop explicitly",
        ),
        AstExpr::Named(_) => (
            "assignment expressions (`:=`)",
            "assign in a separate statement",
        ),
        AstExpr::Yield(_) | AstExpr::YieldFrom(_) | AstExpr::Await(_) => {
            ("generators and coroutines", "return values instead")
        }
        _ => ("this expression", "see the README's support table"),
    };
    CompileError::unsupported(format!("{what} are not supported in compiled code"), span)
        .with_hint(hint)
}

/// Names bound anywhere in a function body (Python's rule for what is local).
fn collect_assigned(body: &[AstStmt], out: &mut HashSet<String>) {
    fn targets(e: &AstExpr, out: &mut HashSet<String>) {
        match e {
            AstExpr::Name(n) => {
                out.insert(n.id.to_string());
            }
            AstExpr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            AstExpr::List(t) => t.elts.iter().for_each(|e| targets(e, out)),
            AstExpr::Starred(s) => targets(&s.value, out),
            _ => {}
        }
    }
    for s in body {
        match s {
            AstStmt::Assign(a) => a.targets.iter().for_each(|t| targets(t, out)),
            AstStmt::AugAssign(a) => targets(&a.target, out),
            AstStmt::AnnAssign(a) => targets(&a.target, out),
            AstStmt::For(f) => {
                targets(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            AstStmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            AstStmt::If(i) => {
                collect_assigned(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_assigned(&c.body, out);
                }
            }
            AstStmt::With(w) => collect_assigned(&w.body, out),
            _ => {}
        }
    }
}

/// Whether control can never fall off the end of `block`.
pub fn block_terminates(block: &[Statement]) -> bool {
    match block.last().map(|s| &s.kind) {
        Some(Stmt::Return(_) | Stmt::Raise { .. }) => true,
        Some(Stmt::If { accept, reject, .. }) => {
            block_terminates(accept) && block_terminates(reject)
        }
        _ => false,
    }
}
