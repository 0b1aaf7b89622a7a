//! `try` / `except` / `else` / `finally` (CPU code only; the family check
//! refuses it in GPU kernels).
//!
//! `except` names classes (one, or a tuple); a bare `except:`, `except
//! Exception` and `except BaseException` catch everything compiled code can
//! raise. `except E as e` binds `e` to the exception's message, a `str`
//! (what `str(e)` gives in Python). A `finally` block runs on every way out
//! of the `try` that an exception or the end of a block takes; `return`,
//! `break`, `continue` and `yield` inside a `try` with a `finally` are
//! refused.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::*;
use crate::ir::Handler;

impl Lower<'_> {
    pub(super) fn try_statement(&mut self, t: &ast::StmtTry, span: Span) -> Result<Stmt> {
        if t.is_star {
            return Err(CompileError::unsupported(
                "`except*` (exception groups) is not supported",
                span,
            ));
        }
        if !t.finalbody.is_empty() {
            for part in [&t.body, &t.orelse, &t.finalbody] {
                jumps_out(part, false)?;
            }
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                jumps_out(&h.body, false)?;
            }
        }
        let body = self.block(&t.body)?;
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let classes = match h.type_.as_deref() {
                None => Vec::new(),
                Some(AstExpr::Tuple(items)) => items
                    .elts
                    .iter()
                    .map(|e| self.handler_class(e))
                    .collect::<Result<Vec<_>>>()?
                    .into_iter()
                    .collect::<Option<Vec<_>>>()
                    .unwrap_or_default(),
                Some(e) => self.handler_class(e)?.into_iter().collect(),
            };
            let name = h
                .name
                .as_ref()
                .map(|n| self.local(n.id.as_str(), Span::from(n.range())));
            self.handlers += 1;
            let body = self.block(&h.body);
            self.handlers -= 1;
            handlers.push(Handler {
                classes,
                name,
                body: body?,
            });
        }
        Ok(Stmt::Try {
            body,
            handlers,
            orelse: self.block(&t.orelse)?,
            finally: self.block(&t.finalbody)?,
        })
    }

    /// The class an `except` names; `None` for one that catches everything.
    fn handler_class(&mut self, e: &AstExpr) -> Result<Option<ExceptionClass>> {
        match self.resolve_global_expr(e)? {
            Some(Resolved::Exception(class)) => {
                let all = matches!(
                    &class,
                    ExceptionClass::Registered { name, .. } if name == "Exception" || name == "BaseException"
                );
                Ok((!all).then_some(class))
            }
            _ => Err(CompileError::unsupported(
                format!("`{}` is not an exception class", attr_path(e)),
                Span::from(e.range()),
            )
            .with_hint("name builtin exception classes or classes defined at module level")),
        }
    }
}

/// Refuses `return`, `break`, `continue` and `yield` that would leave a
/// `try` with a `finally` (`in_loop`: inside a loop of the block itself, where `break`
/// and `continue` stay inside).
fn jumps_out(block: &[AstStmt], in_loop: bool) -> Result<()> {
    for s in block {
        let span = Span::from(s.range());
        match s {
            AstStmt::Return(_) => return Err(leaves_finally("return", span)),
            // A generator dropped while suspended there would skip `finally`.
            AstStmt::Expr(e) if matches!(*e.value, AstExpr::Yield(_) | AstExpr::YieldFrom(_)) => {
                return Err(leaves_finally("yield", span))
            }
            AstStmt::Break(_) | AstStmt::Continue(_) if !in_loop => {
                let word = if matches!(s, AstStmt::Break(_)) {
                    "break"
                } else {
                    "continue"
                };
                return Err(leaves_finally(word, span));
            }
            AstStmt::For(f) => {
                jumps_out(&f.body, true)?;
                jumps_out(&f.orelse, in_loop)?;
            }
            AstStmt::While(w) => {
                jumps_out(&w.body, true)?;
                jumps_out(&w.orelse, in_loop)?;
            }
            AstStmt::If(i) => {
                jumps_out(&i.body, in_loop)?;
                for c in &i.elif_else_clauses {
                    jumps_out(&c.body, in_loop)?;
                }
            }
            AstStmt::With(w) => jumps_out(&w.body, in_loop)?,
            AstStmt::Try(t) => {
                for part in [&t.body, &t.orelse, &t.finalbody] {
                    jumps_out(part, in_loop)?;
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    jumps_out(&h.body, in_loop)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn leaves_finally(word: &str, span: Span) -> CompileError {
    CompileError::unsupported(
        format!("`{word}` inside a `try` that has a `finally` is not supported in compiled code"),
        span,
    )
    .with_hint("set a flag and act on it after the try statement")
}
