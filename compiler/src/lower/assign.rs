//! Assignment: to names, tuple patterns (through a temporary and constant
//! indices) and subscripts; augmented assignment evaluates its target's base
//! and indices once.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::*;

impl Lower<'_> {
    pub(super) fn aug_assign(&mut self, a: &ast::StmtAugAssign, out: &mut Block) -> Result<()> {
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
            AstExpr::Subscript(sub) if super::ndindex::is_flat(&sub.value).is_some() => {
                // `a.flat[k] op= v`: a and k once, read, combine, write.
                let flat = super::ndindex::is_flat(&sub.value).expect("checked");
                if matches!(&*sub.slice, AstExpr::Slice(_) | AstExpr::Tuple(_)) {
                    return Err(CompileError::unsupported(
                        "`.flat[...]` is supported with one integer index",
                        span,
                    ));
                }
                let base = self.reusable(&flat.value, out)?;
                let index = self.reusable(&sub.slice, out)?;
                let (a, k) = (self.reuse(&base), self.reuse(&index));
                let current = self.flat_call(a, k, None, Span::from(sub.range))?;
                let new = self.add(
                    Expr::Binary {
                        op,
                        lhs: current,
                        rhs: value,
                    },
                    span,
                );
                let (a, k) = (self.reuse(&base), self.reuse(&index));
                let store = self.flat_call(a, k, Some(new), span)?;
                out.push(Statement {
                    kind: Stmt::Eval(store),
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
            AstExpr::Attribute(attr) => {
                // `obj.field op= v`: the object once, read, combine, write.
                let object = self.reusable(&attr.value, out)?;
                let name: std::sync::Arc<str> = attr.attr.id.as_str().into();
                let load = self.reuse(&object);
                let current = self.add(
                    Expr::Call {
                        callee: Callee::GetAttr(name.clone()),
                        args: vec![load],
                        keywords: vec![],
                    },
                    Span::from(attr.range),
                );
                let new = self.add(
                    Expr::Binary {
                        op,
                        lhs: current,
                        rhs: value,
                    },
                    span,
                );
                let store = self.reuse(&object);
                let call = self.add(
                    Expr::Call {
                        callee: Callee::SetAttr(name),
                        args: vec![store, new],
                        keywords: vec![],
                    },
                    span,
                );
                out.push(Statement {
                    kind: Stmt::Eval(call),
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
    pub(super) fn assign(
        &mut self,
        target: &AstExpr,
        value: ExprId,
        out: &mut Block,
    ) -> Result<()> {
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
                if let Some(flat) = super::ndindex::is_flat(&sub.value) {
                    let call = self.flat_access(flat, &sub.slice, Some(value))?;
                    out.push(Statement {
                        kind: Stmt::Eval(call),
                        span,
                    });
                    return Ok(());
                }
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
                // `obj.field = value` (a jitclass instance).
                let object = self.expr(&a.value)?;
                let call = self.add(
                    Expr::Call {
                        callee: Callee::SetAttr(a.attr.id.as_str().into()),
                        args: vec![object, value],
                        keywords: vec![],
                    },
                    span,
                );
                out.push(Statement {
                    kind: Stmt::Eval(call),
                    span,
                });
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
            AstExpr::Slice(s) => {
                // `a[i:j] op= v`: the bounds once, the slice rebuilt per use.
                let span = Span::from(s.range);
                let mut parts = Vec::with_capacity(3);
                for part in [&s.lower, &s.upper, &s.step] {
                    parts.push(match part {
                        Some(p) => self.reusable(p, out)?,
                        None => Reusable::Literal(Const::None, span),
                    });
                }
                Reusable::Slice(parts, span)
            }
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
        match r {
            &Reusable::Local(l, span) => self.load(l, span),
            &Reusable::Literal(c, span) => self.add(Expr::Literal(c), span),
            Reusable::Slice(parts, span) => {
                let (start, stop, step) = (
                    self.reuse(&parts[0]),
                    self.reuse(&parts[1]),
                    self.reuse(&parts[2]),
                );
                self.add(Expr::Slice { start, stop, step }, *span)
            }
        }
    }
}

/// A value an augmented assignment reads twice, evaluated once.
enum Reusable {
    Local(LocalId, Span),
    Literal(Const, Span),
    /// `start:stop:step`, each part reusable.
    Slice(Vec<Reusable>, Span),
}
