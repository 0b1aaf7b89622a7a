//! Lists, dicts and sets in the source: literals, comprehensions, and the
//! builtins that consume an iterable (`list(x)`, `set(x)`, `sorted(x)`,
//! `sum(x)`, `any(x)`, `all(x)`, and `min`/`max` of a generator expression),
//! all rewritten into loops that append to a fresh container or update an
//! accumulator; and `del c[k]`.
//!
//! Those loops are statements, but they come from expressions: they are
//! *hoisted* into [`Lower::pending`] and placed before the statement the
//! expression belongs to (a `while` condition re-runs them every iteration).
//! Invariant: the hoisted statements only build the value; the expression
//! reads it from a fresh temporary.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::loops::LoopHead;
use super::{assign, eval, Lower, Resolved};
use crate::builtins::{Builtin, ContainerFn, IterFn, Method, ModuleItem};
use crate::env::Const;
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;

impl<'e> Lower<'e> {
    /// `[a, b]`, `{a, b}`: a new container holding the items.
    pub(super) fn container_literal(
        &mut self,
        which: ContainerFn,
        elts: &[AstExpr],
        span: Span,
    ) -> Result<ExprId> {
        if let Some(star) = elts.iter().find(|e| e.is_starred_expr()) {
            return Err(CompileError::unsupported(
                "`*` unpacking inside a literal is not supported",
                Span::from(star.range()),
            ));
        }
        let args = elts.iter().map(|e| self.expr(e)).collect::<Result<_>>()?;
        Ok(self.container_call(which, args, span))
    }

    /// `{k: v, ...}`.
    pub(super) fn dict_literal(&mut self, d: &ast::ExprDict) -> Result<ExprId> {
        let mut args = Vec::new();
        for item in &d.items {
            let Some(key) = &item.key else {
                return Err(CompileError::unsupported(
                    "`**` unpacking inside a dict literal is not supported",
                    Span::from(item.value.range()),
                ));
            };
            args.push(self.expr(key)?);
            args.push(self.expr(&item.value)?);
        }
        Ok(self.container_call(ContainerFn::NewDict, args, Span::from(d.range)))
    }

    fn container_call(&mut self, which: ContainerFn, args: Vec<ExprId>, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Container(which)),
                args,
                keywords: vec![],
            },
            span,
        )
    }

    pub(super) fn method_call(&mut self, m: Method, args: Vec<ExprId>, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Method(m),
                args,
                keywords: vec![],
            },
            span,
        )
    }

    /// A fresh temporary holding a new empty container, assigned in `pending`.
    /// A new empty list in a temp local.
    pub(super) fn fresh_list(&mut self, span: Span) -> LocalId {
        self.fresh_container(ContainerFn::NewList, span)
    }

    /// Appends every item of `source` to the list in `list`.
    pub(super) fn each_item_into(
        &mut self,
        source: &AstExpr,
        list: LocalId,
        span: Span,
    ) -> Result<()> {
        self.each_item(source, span, &mut |this, item| {
            let target = this.load(list, span);
            let call = this.method_call(Method::Append, vec![target, item], span);
            Ok(vec![eval(call, span)])
        })
    }

    fn fresh_container(&mut self, which: ContainerFn, span: Span) -> LocalId {
        let value = self.container_call(which, vec![], span);
        let t = self.temp(span);
        self.pending.push(Statement {
            kind: Stmt::Assign { local: t, value },
            span,
        });
        t
    }

    /// `[elt for ... in ... if ...]`, `{elt for ...}`, `{k: v for ...}`.
    pub(super) fn comprehension(&mut self, e: &AstExpr) -> Result<ExprId> {
        let span = Span::from(e.range());
        let (which, generators) = match e {
            AstExpr::ListComp(c) => (ContainerFn::NewList, &c.generators),
            AstExpr::SetComp(c) => (ContainerFn::NewSet, &c.generators),
            AstExpr::DictComp(c) => (ContainerFn::NewDict, &c.generators),
            _ => unreachable!("called on comprehensions"),
        };
        let result = self.fresh_container(which, span);
        self.generate(generators, span, &mut |this| {
            let target = this.load(result, span);
            Ok(match e {
                AstExpr::ListComp(c) => {
                    let v = this.expr(&c.elt)?;
                    vec![eval(
                        this.method_call(Method::Append, vec![target, v], span),
                        span,
                    )]
                }
                AstExpr::SetComp(c) => {
                    let v = this.expr(&c.elt)?;
                    vec![eval(
                        this.method_call(Method::Add, vec![target, v], span),
                        span,
                    )]
                }
                AstExpr::DictComp(c) => {
                    let Some(key) = &c.key else {
                        return Err(CompileError::unsupported(
                            "`**` unpacking in a dict comprehension is not supported",
                            span,
                        ));
                    };
                    let k = this.expr(key)?;
                    let v = this.expr(&c.value)?;
                    vec![Statement {
                        kind: Stmt::Store {
                            base: target,
                            indices: vec![k],
                            value: v,
                        },
                        span,
                    }]
                }
                _ => unreachable!("called on comprehensions"),
            })
        })?;
        Ok(self.load(result, span))
    }

    /// The nested loops of a comprehension's `for ... in ... if ...` clauses
    /// into `pending`, `emit` producing the innermost statements. Targets are
    /// the comprehension's own variables (Python 3 scoping).
    fn generate(
        &mut self,
        generators: &[ast::Comprehension],
        span: Span,
        emit: &mut dyn FnMut(&mut Lower<'e>) -> Result<Block>,
    ) -> Result<()> {
        let mut names = Vec::new();
        for g in generators {
            if g.is_async {
                return Err(CompileError::unsupported(
                    "`async for` in a comprehension is not supported",
                    Span::from(g.range),
                ));
            }
            super::bound_names(&g.target, &mut names);
        }
        // Fresh locals for the comprehension's variables, restored afterwards.
        let saved: Vec<_> = names
            .iter()
            .map(|n| {
                let fresh = self.f.add_local(n, span, false);
                (n.clone(), self.locals.insert(n.clone(), fresh))
            })
            .collect();
        let mut out = Vec::new();
        let result = self.generate_level(generators, &mut out, emit);
        for (name, old) in saved {
            match old {
                Some(l) => self.locals.insert(name, l),
                None => self.locals.remove(&name),
            };
        }
        result?;
        self.pending.extend(out);
        Ok(())
    }

    fn generate_level(
        &mut self,
        generators: &[ast::Comprehension],
        out: &mut Block,
        emit: &mut dyn FnMut(&mut Lower<'e>) -> Result<Block>,
    ) -> Result<()> {
        let Some((g, rest)) = generators.split_first() else {
            let body = self.hoisted(|this| emit(this))?;
            out.extend(body);
            return Ok(());
        };
        let head = LoopHead {
            target: &g.target,
            iter: &g.iter,
            span: Span::from(g.range),
        };
        let outer = self.hoisted(|this| {
            let mut loop_out = Vec::new();
            this.loop_over(&head, &mut loop_out, &mut |this| {
                let mut body = Vec::new();
                // `if` clauses wrap everything inside, in order.
                let mut inner = Vec::new();
                this.generate_level(rest, &mut inner, emit)?;
                for cond in g.ifs.iter().rev() {
                    let (c, hoisted) = this.hoisting(|this| this.expr(cond))?;
                    let mut wrapped = hoisted;
                    wrapped.push(Statement {
                        kind: Stmt::If {
                            cond: c,
                            accept: inner,
                            reject: vec![],
                        },
                        span: Span::from(cond.range()),
                    });
                    inner = wrapped;
                }
                body.extend(inner);
                Ok(body)
            })?;
            Ok(loop_out)
        })?;
        out.extend(outer);
        Ok(())
    }

    /// Runs `f` with an empty `pending` and returns what it hoisted in front
    /// of the statements it returned.
    fn hoisted(&mut self, f: impl FnOnce(&mut Self) -> Result<Block>) -> Result<Block> {
        let (mut block, hoisted) = self.hoisting(f)?;
        let mut all = hoisted;
        all.append(&mut block);
        Ok(all)
    }

    /// Runs `f` with an empty `pending`; returns its value and the statements
    /// it hoisted.
    pub(super) fn hoisting<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<(T, Block)> {
        let saved = std::mem::take(&mut self.pending);
        let value = f(self);
        let hoisted = std::mem::replace(&mut self.pending, saved);
        Ok((value?, hoisted))
    }

    /// `list(x)`, `set(x)`, `dict()`, `sorted(x, reverse=r)`, `sum(x, start)`.
    pub(super) fn iterating_call(&mut self, f: IterFn, call: &ast::ExprCall) -> Result<ExprId> {
        let span = Span::from(call.range());
        let args = &call.arguments.args;
        if let Some(star) = args.iter().find(|a| a.is_starred_expr()) {
            return Err(CompileError::unsupported(
                "`*args` in calls is not supported",
                Span::from(star.range()),
            ));
        }
        let mut reverse = None;
        let mut key = None;
        for kw in call.arguments.keywords.iter() {
            match (f, kw.arg.as_ref().map(|a| a.id.as_str())) {
                (IterFn::Sorted, Some("reverse")) => reverse = Some(self.expr(&kw.value)?),
                (IterFn::Sorted, Some("key")) if kw.value.is_none_literal_expr() => {}
                (IterFn::Sorted, Some("key")) => key = Some(&kw.value),
                (IterFn::Sum, Some("start")) if args.len() == 1 => {}
                (_, name) => {
                    return Err(CompileError::unsupported(
                        format!(
                            "`{}()` does not take the keyword argument `{}` in compiled code",
                            f.name(),
                            name.unwrap_or("**")
                        ),
                        Span::from(kw.range),
                    )
                    .with_hint("see the README's support table"))
                }
            }
        }
        let max_args = if f == IterFn::Sum { 2 } else { 1 };
        if args.len() > max_args || (f != IterFn::Sum && args.len() > 1) {
            return Err(CompileError::typing(
                format!(
                    "`{}()` takes at most {max_args} positional argument{}",
                    f.name(),
                    if max_args == 1 { "" } else { "s" }
                ),
                span,
            ));
        }
        let which = match f {
            IterFn::Set => ContainerFn::NewSet,
            IterFn::Dict | IterFn::TypedDict => ContainerFn::NewDict,
            IterFn::TypedList => ContainerFn::NewTypedList,
            _ => ContainerFn::NewList,
        };
        let Some(source) = args.first() else {
            return match f {
                IterFn::List
                | IterFn::Set
                | IterFn::Dict
                | IterFn::TypedList
                | IterFn::TypedDict => Ok(self.container_call(which, vec![], span)),
                _ => Err(CompileError::typing(
                    format!("`{}()` needs an iterable", f.name()),
                    span,
                )),
            };
        };
        if matches!(f, IterFn::Dict | IterFn::TypedDict) {
            return self.dict_of_pairs(which, source, span);
        }
        if f == IterFn::Sum {
            let start = match args.get(1).or_else(|| {
                call.arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "start"))
                    .map(|k| &k.value)
            }) {
                Some(s) => self.expr(s)?,
                None => self.add(Expr::Literal(Const::Int(0)), span),
            };
            let acc = self.temp(span);
            self.pending.push(assign(acc, start, span));
            self.each_item(source, span, &mut |this, item| {
                let current = this.load(acc, span);
                let value = this.add(
                    Expr::Binary {
                        op: BinaryOp::Add,
                        lhs: current,
                        rhs: item,
                    },
                    span,
                );
                Ok(vec![Statement {
                    kind: Stmt::Assign { local: acc, value },
                    span,
                }])
            })?;
            return Ok(self.load(acc, span));
        }
        if let Some(key) = key {
            return self.sorted_by_key(source, key, reverse, span);
        }
        if matches!(f, IterFn::Any | IterFn::All) {
            return self.any_all(f == IterFn::Any, source, span);
        }
        let result = self.fresh_container(which, span);
        let add = if f == IterFn::Set {
            Method::Add
        } else {
            Method::Append
        };
        self.each_item(source, span, &mut |this, item| {
            let target = this.load(result, span);
            let call = this.method_call(add, vec![target, item], span);
            Ok(vec![eval(call, span)])
        })?;
        if f == IterFn::Sorted {
            let target = self.load(result, span);
            let reverse = match reverse {
                Some(r) => r,
                None => self.add(Expr::Literal(Const::Bool(false)), span),
            };
            let call = self.method_call(Method::Sort, vec![target, reverse], span);
            self.pending.push(eval(call, span));
        }
        Ok(self.load(result, span))
    }

    /// `dict(pairs)`: `d[k] = v` for each `(k, v)` item, in order.
    fn dict_of_pairs(
        &mut self,
        which: ContainerFn,
        source: &AstExpr,
        span: Span,
    ) -> Result<ExprId> {
        let result = self.fresh_container(which, span);
        self.each_item(source, span, &mut |this, item| {
            let pair = this.temp(span);
            let part = |this: &mut Lower<'e>, k: i64| {
                let base = this.load(pair, span);
                let index = this.add(Expr::Literal(Const::Int(k)), span);
                this.add(
                    Expr::Index {
                        base,
                        indices: vec![index],
                    },
                    span,
                )
            };
            let (key, value) = (part(this, 0), part(this, 1));
            let base = this.load(result, span);
            Ok(vec![
                Statement {
                    kind: Stmt::Assign {
                        local: pair,
                        value: item,
                    },
                    span,
                },
                Statement {
                    kind: Stmt::Store {
                        base,
                        indices: vec![key],
                        value,
                    },
                    span,
                },
            ])
        })?;
        Ok(self.load(result, span))
    }

    /// `any(it)` / `all(it)`: the loop stops at the first item that decides.
    fn any_all(&mut self, any: bool, source: &AstExpr, span: Span) -> Result<ExprId> {
        let acc = self.temp(span);
        let start = self.add(Expr::Literal(Const::Bool(!any)), span);
        self.pending.push(assign(acc, start, span));
        self.each_item(source, span, &mut |this, item| {
            let decides = if any {
                item
            } else {
                this.add(
                    Expr::Unary {
                        op: UnaryOp::Not,
                        value: item,
                    },
                    span,
                )
            };
            let value = this.add(Expr::Literal(Const::Bool(any)), span);
            Ok(vec![Statement {
                kind: Stmt::If {
                    cond: decides,
                    accept: vec![
                        Statement {
                            kind: Stmt::Assign { local: acc, value },
                            span,
                        },
                        Statement {
                            kind: Stmt::Break,
                            span,
                        },
                    ],
                    reject: vec![],
                },
                span,
            }])
        })?;
        Ok(self.load(acc, span))
    }

    /// `min(x for ...)` / `max(x for ...)`: the first of the extreme items
    /// (Python's `<` / `>`), `ValueError` when there are none.
    pub(super) fn generator_extreme(&mut self, call: &ast::ExprCall) -> Result<Option<ExprId>> {
        let ([gen @ AstExpr::Generator(_)], []) =
            (&*call.arguments.args, &*call.arguments.keywords)
        else {
            return Ok(None);
        };
        let max = match self.resolve_global_expr(&call.func) {
            Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::Max), _))) => true,
            Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::Min), _))) => false,
            _ => return Ok(None),
        };
        let span = Span::from(call.range());
        // best = None; for x in gen: if best is None or x < best: best = x
        let best = self.temp(span);
        let none = self.add(Expr::Literal(Const::None), span);
        self.pending.push(assign(best, none, span));
        self.each_item(gen, span, &mut |this, item| {
            let x = this.temp(span);
            let current = this.load(best, span);
            let none = this.add(Expr::Literal(Const::None), span);
            let unset = this.add(
                Expr::Compare {
                    op: CmpOp::Is,
                    lhs: current,
                    rhs: none,
                },
                span,
            );
            let (lhs, rhs) = (this.load(x, span), this.load(best, span));
            let op = if max { CmpOp::Gt } else { CmpOp::Lt };
            let better = this.add(Expr::Compare { op, lhs, rhs }, span);
            let cond = this.add(
                Expr::Logical {
                    op: LogicalOp::Or,
                    lhs: unset,
                    rhs: better,
                },
                span,
            );
            let value = this.load(x, span);
            Ok(vec![
                Statement {
                    kind: Stmt::Assign {
                        local: x,
                        value: item,
                    },
                    span,
                },
                Statement {
                    kind: Stmt::If {
                        cond,
                        accept: vec![Statement {
                            kind: Stmt::Assign { local: best, value },
                            span,
                        }],
                        reject: vec![],
                    },
                    span,
                },
            ])
        })?;
        let current = self.load(best, span);
        let none = self.add(Expr::Literal(Const::None), span);
        let empty = self.add(
            Expr::Compare {
                op: CmpOp::Is,
                lhs: current,
                rhs: none,
            },
            span,
        );
        let name = if max { "max" } else { "min" };
        self.pending.push(Statement {
            kind: Stmt::If {
                cond: empty,
                accept: vec![Statement {
                    kind: Stmt::Raise {
                        class: crate::abi::ExceptionClass::Builtin(
                            crate::abi::ExceptionKind::ValueError,
                        ),
                        message: format!("{name}() arg is an empty sequence"),
                    },
                    span,
                }],
                reject: vec![],
            },
            span,
        });
        Ok(Some(self.load(best, span)))
    }

    /// Loops over the items of `source` (an iterable, or a generator
    /// expression) into `pending`; `emit` gets each item.
    fn each_item(
        &mut self,
        source: &AstExpr,
        span: Span,
        emit: &mut dyn FnMut(&mut Lower<'e>, ExprId) -> Result<Block>,
    ) -> Result<()> {
        if let AstExpr::Generator(g) = source {
            return self.generate(&g.generators, span, &mut |this| {
                let (item, mut hoisted) = this.hoisting(|this| this.expr(&g.elt))?;
                hoisted.extend(emit(this, item)?);
                Ok(hoisted)
            });
        }
        // for $x in source: emit($x)
        let item = self.temp(span);
        let name = self.f.locals[item].name.clone();
        let target = AstExpr::Name(ast::ExprName {
            id: name.as_str().into(),
            ctx: ast::ExprContext::Store,
            range: source.range(),
            node_index: Default::default(),
        });
        self.locals.insert(name.clone(), item);
        let head = LoopHead {
            target: &target,
            iter: source,
            span,
        };
        let mut out = Vec::new();
        let result = self.hoisted(|this| {
            this.loop_over(&head, &mut out, &mut |this| {
                let v = this.load(item, span);
                emit(this, v)
            })?;
            Ok(vec![])
        });
        self.locals.remove(&name);
        let hoisted = result?;
        self.pending.extend(hoisted);
        self.pending.extend(out);
        Ok(())
    }

    /// The `reverse` argument of `list.sort(key=None, reverse=False)`, from
    /// its keywords (only `key=None` is supported).
    pub(super) fn sort_reverse(
        &mut self,
        keywords: Vec<(String, ExprId)>,
        span: Span,
    ) -> Result<ExprId> {
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
                    .with_hint("`.sort()` takes `key=` and `reverse=`"))
                }
            }
        }
        Ok(reverse.unwrap_or_else(|| self.add(Expr::Literal(Const::Bool(false)), span)))
    }

    /// `del x[i]`: `x.pop(i)` with the item dropped (IndexError / KeyError
    /// when it is not there).
    pub(super) fn delete(&mut self, d: &ast::StmtDelete, out: &mut Block) -> Result<()> {
        for target in &d.targets {
            let span = Span::from(target.range());
            let AstExpr::Subscript(sub) = target else {
                return Err(CompileError::unsupported(
                    "`del` of a variable is not supported",
                    span,
                )
                .with_hint("let the variable go out of use instead"));
            };
            let base = self.expr(&sub.value)?;
            let index = self.expr(&sub.slice)?;
            let call = self.method_call(Method::Pop, vec![base, index], span);
            out.push(eval(call, span));
        }
        Ok(())
    }

    /// Whether `call` calls one of the builtins that iterate.
    pub(super) fn iterating_builtin(&self, call: &ast::ExprCall) -> Option<IterFn> {
        match self.resolve_global_expr(&call.func) {
            Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::Iterating(f)), _))) => Some(f),
            _ => None,
        }
    }
}
