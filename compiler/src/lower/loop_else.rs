//! `while` loops, and the `else` clause of `for` and `while` loops: the
//! clause runs when the loop ends without `break`. A loop with one gets a
//! flag (a temporary, false before the loop) that each `break` of the loop
//! itself sets (`Lower::loops` tells which loop a `break` leaves); the
//! clause is `if not flag: ...` after the loop.

use ruff_python_ast::{self as ast, Stmt as AstStmt};
use ruff_text_size::Ranged;

use super::Lower;
use crate::env::Const;
use crate::error::Result;
use crate::ir::*;
use crate::source::Span;

impl Lower<'_> {
    /// Before a loop: its entry in `loops`, and the flag set to false when
    /// it has an `else` clause.
    pub(super) fn enter_loop(
        &mut self,
        orelse: &[AstStmt],
        span: Span,
        out: &mut Block,
    ) -> Option<LocalId> {
        let flag = (!orelse.is_empty()).then(|| {
            let flag = self.temp(span);
            let no = self.add(Expr::Literal(Const::Bool(false)), span);
            out.push(Statement {
                kind: Stmt::Assign {
                    local: flag,
                    value: no,
                },
                span,
            });
            flag
        });
        self.loops.push(flag);
        flag
    }

    /// After a loop: `if not flag: <else clause>`.
    pub(super) fn leave_loop(
        &mut self,
        flag: Option<LocalId>,
        orelse: &[AstStmt],
        span: Span,
        out: &mut Block,
    ) -> Result<()> {
        self.loops.pop();
        let Some(flag) = flag else {
            return Ok(());
        };
        let clause_span =
            Span::from(orelse[0].range()).to(Span::from(orelse[orelse.len() - 1].range()));
        let accept = self.block(orelse)?;
        let broke = self.load(flag, span);
        let not = self.add(
            Expr::Unary {
                op: UnaryOp::Not,
                value: broke,
            },
            clause_span,
        );
        out.push(Statement {
            kind: Stmt::If {
                cond: not,
                accept,
                reject: vec![],
            },
            span: clause_span,
        });
        Ok(())
    }

    pub(super) fn while_loop(
        &mut self,
        w: &ast::StmtWhile,
        span: Span,
        out: &mut Block,
    ) -> Result<()> {
        let push = |out: &mut Block, kind| out.push(Statement { kind, span });
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
        Ok(())
    }
}
