//! Sorting with a key function: `sorted(x, key=k, reverse=r)` and
//! `l.sort(key=k, reverse=r)`, where `k` is a lambda (its body is lowered in
//! place, its parameter bound to each item), a jitted function or a builtin.
//!
//! Rewritten into loops: `(k(item), i)` pairs are sorted and the items
//! gathered in that order. The index makes the sort stable, as Python's;
//! with `reverse` the pairs hold `-i`, so that equal keys still keep their
//! original order. Every key is computed once, as in CPython.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::*;

impl<'e> Lower<'e> {
    /// `sorted(source, key=key, reverse=reverse)`: a new list.
    pub(super) fn sorted_by_key(
        &mut self,
        source: &AstExpr,
        key: &AstExpr,
        reverse: Option<ExprId>,
        span: Span,
    ) -> Result<ExprId> {
        let items = self.list_of(source, span)?;
        let reverse = reverse.unwrap_or_else(|| self.add(Expr::Literal(Const::Bool(false)), span));
        let r = self.temp(span);
        self.pending.push(assign(r, reverse, span));
        // sign = -1 if reverse else 1
        let (minus, plus) = (self.int(-1, span), self.int(1, span));
        let cond = self.load(r, span);
        let select = self.add(
            Expr::Select {
                cond,
                accept: minus,
                reject: plus,
            },
            span,
        );
        let sign = self.temp(span);
        self.pending.push(assign(sign, select, span));
        // keyed = [(key(items[i]), i * sign) for i in range(len(items))]
        let keyed = self.fresh_list(span);
        let mut body = Vec::new();
        let i = self.temp(span);
        let v = self.temp(span);
        let item = self.item_at(items, i, span);
        body.push(assign(v, item, span));
        let (k, hoisted) = self.hoisting(|this| this.key_of(key, v, span))?;
        body.extend(hoisted);
        let (index, s) = (self.load(i, span), self.load(sign, span));
        let signed = self.add(
            Expr::Binary {
                op: BinaryOp::Mul,
                lhs: index,
                rhs: s,
            },
            span,
        );
        let pair = self.add(Expr::Tuple(vec![k, signed]), span);
        let target = self.load(keyed, span);
        let append = self.method_call(Method::Append, vec![target, pair], span);
        body.push(eval(append, span));
        self.range_over(items, i, body, span);
        // keyed.sort(reverse=reverse)
        let (target, rev) = (self.load(keyed, span), self.load(r, span));
        let sort = self.method_call(Method::Sort, vec![target, rev], span);
        self.pending.push(eval(sort, span));
        // out = [items[p[1] * sign] for p in keyed]
        let out = self.fresh_list(span);
        let j = self.temp(span);
        let mut body = Vec::new();
        let p = self.item_at(keyed, j, span);
        let one = self.int(1, span);
        let signed = self.add(
            Expr::Index {
                base: p,
                indices: vec![one],
            },
            span,
        );
        let s = self.load(sign, span);
        let index = self.add(
            Expr::Binary {
                op: BinaryOp::Mul,
                lhs: signed,
                rhs: s,
            },
            span,
        );
        let base = self.load(items, span);
        let picked = self.add(
            Expr::Index {
                base,
                indices: vec![index],
            },
            span,
        );
        let target = self.load(out, span);
        let append = self.method_call(Method::Append, vec![target, picked], span);
        body.push(eval(append, span));
        self.range_over(keyed, j, body, span);
        Ok(self.load(out, span))
    }

    /// `l.sort(key=..., reverse=...)`, if `call` is one with a key function
    /// (`key=None` is the plain sort).
    pub(super) fn sort_call_with_key(&mut self, call: &ast::ExprCall) -> Result<Option<ExprId>> {
        let AstExpr::Attribute(a) = &*call.func else {
            return Ok(None);
        };
        let key = call
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|n| n.id.as_str() == "key"));
        let Some(key) = key.filter(|k| !k.value.is_none_literal_expr()) else {
            return Ok(None);
        };
        if a.attr.id.as_str() != "sort" || self.resolve_global_expr(&a.value)?.is_some() {
            return Ok(None);
        }
        let span = Span::from(call.range());
        if !call.arguments.args.is_empty() {
            return Err(CompileError::typing(
                "`.sort()` takes no positional arguments (use `key=` and `reverse=`)",
                span,
            ));
        }
        let mut reverse = None;
        for kw in call.arguments.keywords.iter() {
            match kw.arg.as_ref().map(|n| n.id.as_str()) {
                Some("key") => {}
                Some("reverse") => reverse = Some(self.expr(&kw.value)?),
                other => {
                    return Err(CompileError::unsupported(
                        format!("`.sort()` does not take `{}=`", other.unwrap_or("**")),
                        Span::from(kw.range),
                    ))
                }
            }
        }
        // l.sort(key=k) is: s = sorted(l, key=k); l.clear(); l.extend(s)
        let sorted = self.sorted_by_key(&a.value, &key.value, reverse, span)?;
        let s = self.temp(span);
        self.pending.push(assign(s, sorted, span));
        let list = self.expr(&a.value)?;
        let target = self.temp(span);
        self.pending.push(assign(target, list, span));
        let l = self.load(target, span);
        let clear = self.method_call(Method::Clear, vec![l], span);
        self.pending.push(eval(clear, span));
        let (l, s) = (self.load(target, span), self.load(s, span));
        let extend = self.method_call(Method::Extend, vec![l, s], span);
        Ok(Some(extend))
    }

    /// `key(item)` for the item in local `v`.
    fn key_of(&mut self, key: &AstExpr, v: LocalId, span: Span) -> Result<ExprId> {
        if let AstExpr::Lambda(lambda) = key {
            let params = lambda.parameters.as_deref();
            let name = match params.map(|p| (p.posonlyargs.len() + p.args.len(), p)) {
                Some((1, p))
                    if p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty() =>
                {
                    p.posonlyargs
                        .iter()
                        .chain(&p.args)
                        .next()
                        .map(|a| a.parameter.name.id.to_string())
                        .expect("one parameter")
                }
                _ => {
                    return Err(CompileError::unsupported(
                        "a key function takes one argument",
                        Span::from(lambda.range),
                    ))
                }
            };
            // The body sees the item under the parameter's name.
            let shadowed = self.locals.insert(name.clone(), v);
            let added = self.assigned.insert(name.clone());
            let body = self.expr(&lambda.body);
            match shadowed {
                Some(old) => self.locals.insert(name.clone(), old),
                None => self.locals.remove(&name),
            };
            if added {
                self.assigned.remove(&name);
            }
            return body;
        }
        let item = self.load(v, span);
        let callee = match self.resolve_global_expr(key)? {
            Some(Resolved::Function(function)) => Callee::Function {
                function,
                resolved: None,
                method: false,
            },
            Some(Resolved::Item(ModuleItem::Function(b), _)) => Callee::Builtin(b),
            _ => return Err(CompileError::unsupported(
                "a key function must be a lambda, a @penna.jit function or a builtin such as abs",
                Span::from(key.range()),
            )),
        };
        Ok(self.add(
            Expr::Call {
                callee,
                args: vec![item],
                keywords: vec![],
            },
            span,
        ))
    }

    /// A fresh list holding the items of `source` (a temp local).
    fn list_of(&mut self, source: &AstExpr, span: Span) -> Result<LocalId> {
        let items = self.fresh_list(span);
        self.each_item_into(source, items, span)?;
        Ok(items)
    }

    fn item_at(&mut self, list: LocalId, i: LocalId, span: Span) -> ExprId {
        let (base, index) = (self.load(list, span), self.load(i, span));
        self.add(
            Expr::Index {
                base,
                indices: vec![index],
            },
            span,
        )
    }

    /// `for i in range(len(list)): body`, into `pending`.
    fn range_over(&mut self, list: LocalId, i: LocalId, body: Block, span: Span) {
        let l = self.load(list, span);
        let stop = self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Len),
                args: vec![l],
                keywords: vec![],
            },
            span,
        );
        let (start, step) = (self.int(0, span), self.int(1, span));
        self.pending.push(Statement {
            kind: Stmt::ForRange {
                var: i,
                start,
                stop,
                step,
                body,
                parallel: None,
            },
            span,
        });
    }
}
