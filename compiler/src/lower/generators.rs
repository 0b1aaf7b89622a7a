//! Generators: `yield value` and `yield from iterable` statements.
//!
//! A function whose body (not counting nested definitions) holds a `yield`
//! is a generator ([`Function::generator`]): calling it makes a generator
//! object, and its body runs as the object is advanced (see the back ends'
//! coroutine lowering). Here `yield v` becomes [`Stmt::Yield`] and
//! `yield from it` the loop `for $v in it: yield $v`. A `yield` whose value
//! is used (`x = yield v`, what `send()` feeds) is refused: penna's
//! generators are iterators, as Numba's are.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr as AstExpr, Stmt as AstStmt};
use ruff_text_size::Ranged;

use super::loops::LoopHead;
use super::Lower;
use crate::env::Const;
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;

/// Whether `body`, a function's, yields (`yield` in nested functions,
/// lambdas and classes belongs to them).
pub(super) fn yields(body: &[AstStmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a AstStmt) {
            if !matches!(s, AstStmt::FunctionDef(_) | AstStmt::ClassDef(_)) {
                visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a AstExpr) {
            match e {
                AstExpr::Yield(_) | AstExpr::YieldFrom(_) => self.0 = true,
                AstExpr::Lambda(_) => {}
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut finder = Finder(false);
    finder.visit_body(body);
    finder.0
}

impl Lower<'_> {
    /// `yield value` / `yield from iterable` as a statement; false (nothing
    /// lowered) when `e` is another expression.
    pub(super) fn yield_statement(&mut self, e: &AstExpr, out: &mut Block) -> Result<bool> {
        let span = Span::from(e.range());
        match e {
            AstExpr::Yield(y) => {
                let value = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.add(Expr::Literal(Const::None), span),
                };
                out.push(Statement {
                    kind: Stmt::Yield(value),
                    span,
                });
                Ok(true)
            }
            AstExpr::YieldFrom(y) => {
                self.yield_from(y, span, out)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `yield from it`  ->  `for $v in it: yield $v`.
    fn yield_from(&mut self, y: &ast::ExprYieldFrom, span: Span, out: &mut Block) -> Result<()> {
        self.temps += 1;
        let name = format!("$yield.{}", self.temps - 1);
        let target = AstExpr::Name(ast::ExprName {
            node_index: Default::default(),
            range: y.range,
            id: ast::name::Name::new(&name),
            ctx: ast::ExprContext::Store,
        });
        let head = LoopHead {
            target: &target,
            iter: &y.value,
            span,
        };
        self.loop_over(&head, out, &mut |this| {
            let local = this.local(&name, span);
            let value = this.load(local, span);
            Ok(vec![Statement {
                kind: Stmt::Yield(value),
                span,
            }])
        })
    }
}

/// The error for a `yield` used as a value.
pub(super) fn yield_value_error(span: Span) -> CompileError {
    CompileError::unsupported(
        "the value of a `yield` expression (what `send()` passes in) is not supported",
        span,
    )
    .with_hint("penna's generators are iterators: write `yield value` as a statement of its own")
}
