//! `with omp("...")`: OpenMP-style directives to parallel IR.
//!
//! - `parallel for ...` over the one `for` loop in its body: a parallel
//!   `ForRange` carrying the clauses;
//! - `parallel ...`: a `Region`; `critical`: a `Critical` block; `barrier`: a
//!   `Barrier`, only directly inside a region (not in a parallel loop's body,
//!   where it would deadlock); `master`: `if omp.get_thread_num() == 0`;
//!   `single`: the same followed by a barrier (OpenMP's implied one).
//!
//! Errors in the directive string point at the offending word inside it.

use ruff_python_ast::{self as ast, Expr as AstExpr, Stmt as AstStmt};
use ruff_text_size::Ranged;

use super::{Context, Lower, Resolved};
use crate::builtins::{Builtin, ModuleItem, OmpFn};
use crate::env::{Const, ModuleId};
use crate::error::{CompileError, ErrorKind, Result};
use crate::ir::*;
use crate::omp::{self, Clause, DirectiveKind, NumThreadsArg};
use crate::source::Span;

impl Lower<'_> {
    pub(super) fn with_statement(&mut self, w: &ast::StmtWith, out: &mut Block) -> Result<()> {
        let span = Span::from(w.range);
        let not_omp = || {
            CompileError::unsupported("`with` blocks are not supported in compiled code", span)
                .with_hint("the one `with` penna compiles is an OpenMP-style directive: `with omp(\"parallel for\"):`")
        };
        let [item] = w.items.as_slice() else {
            return Err(not_omp());
        };
        let AstExpr::Call(call) = &item.context_expr else {
            return Err(not_omp());
        };
        if let Ok(Some(Resolved::Item(ModuleItem::Function(Builtin::ObjMode), _))) =
            self.resolve_global_expr(&call.func)
        {
            if item.optional_vars.is_some() {
                return Err(CompileError::unsupported(
                    "`with objmode(...) as name` binds nothing",
                    span,
                ));
            }
            return self.objmode(w, call, out);
        }
        if !matches!(
            self.resolve_global_expr(&call.func),
            Ok(Some(Resolved::Module(ModuleId::Omp)))
        ) {
            return Err(not_omp());
        }
        let call_span = Span::from(call.range());
        let (text, base) = match (
            call.arguments.args.as_ref(),
            call.arguments.keywords.is_empty(),
        ) {
            ([AstExpr::StringLiteral(s)], true) => {
                (s.value.to_str().to_owned(), self.string_offset(s))
            }
            _ => {
                return Err(CompileError::typing(
                    "omp(...) in a `with` takes one directive string",
                    call_span,
                )
                .with_hint("for example `with omp(\"parallel for reduction(+:s)\"):`"))
            }
        };
        if let Some(v) = &item.optional_vars {
            return Err(CompileError::unsupported(
                "`with omp(...) as name` binds nothing",
                Span::from(v.range()),
            ));
        }
        let at = |r: std::ops::Range<usize>| match base {
            Some(b) => Span::new((b + r.start) as u32, (b + r.end.max(r.start + 1)) as u32),
            None => Span::from(call.arguments.args[0].range()),
        };
        let directive = omp::parse_directive(&text).map_err(|e| {
            let err = CompileError::new(
                ErrorKind::Syntax,
                format!("invalid directive: {}", e.message),
            )
            .at(at(e.range));
            match e.hint {
                Some(h) => err.with_hint(h),
                None => err,
            }
        })?;
        let directive_span = Span::from(call.arguments.args[0].range());
        let mut parallel = Parallel::new(Origin::Directive, directive_span);
        for (clause, range) in &directive.clauses {
            self.clause(clause, &mut parallel, &at).map_err(|e| {
                if e.span.is_none() {
                    e.at(at(range.clone()))
                } else {
                    e
                }
            })?;
        }
        match directive.kind {
            DirectiveKind::ParallelFor => {
                let loop_stmt = match w.body.as_slice() {
                    [AstStmt::For(f)] if f.orelse.is_empty() && !f.is_async => Some(f),
                    _ => None,
                };
                let range_call = loop_stmt.and_then(|f| match &*f.iter {
                    AstExpr::Call(c) => Some(c),
                    _ => None,
                });
                let is_range = match range_call {
                    Some(c) => matches!(
                        self.resolve_global_expr(&c.func)?,
                        Some(Resolved::Item(
                            crate::builtins::ModuleItem::Function(Builtin::Range | Builtin::Prange),
                            _
                        ))
                    ),
                    None => false,
                };
                match (loop_stmt, range_call, is_range) {
                    (Some(f), Some(c), true) => self.parallel_range_loop(f, c, parallel, out),
                    _ => Err(CompileError::unsupported(
                        "a `parallel for` directive must contain exactly one `for` loop over range(...)",
                        span,
                    )
                    .with_hint("put the loop, and only the loop, inside the `with` block")),
                }
            }
            DirectiveKind::Parallel => {
                self.contexts.push(Context::Region);
                let body = self.block(&w.body);
                self.contexts.pop();
                out.push(Statement {
                    kind: Stmt::Region {
                        body: body?,
                        parallel: Box::new(parallel),
                    },
                    span,
                });
                Ok(())
            }
            DirectiveKind::Critical => {
                let body = self.block(&w.body)?;
                out.push(Statement {
                    kind: Stmt::Critical(body),
                    span,
                });
                Ok(())
            }
            DirectiveKind::Barrier => {
                self.barrier_allowed(span)?;
                if !w.body.iter().all(|s| matches!(s, AstStmt::Pass(_))) {
                    return Err(CompileError::new(
                        ErrorKind::Syntax,
                        "a `barrier` directive has no body: write `pass` inside it",
                    )
                    .at(span));
                }
                out.push(Statement {
                    kind: Stmt::Barrier,
                    span,
                });
                Ok(())
            }
            DirectiveKind::Master | DirectiveKind::Single => {
                let single = directive.kind == DirectiveKind::Single;
                if single {
                    self.barrier_allowed(span)?;
                }
                let body = self.block(&w.body)?;
                let num = self.add(
                    Expr::Call {
                        callee: Callee::Builtin(Builtin::Omp(OmpFn::ThreadNum)),
                        args: vec![],
                        keywords: vec![],
                    },
                    span,
                );
                let zero = self.add(Expr::Literal(Const::Int(0)), span);
                let cond = self.add(
                    Expr::Compare {
                        op: CmpOp::Eq,
                        lhs: num,
                        rhs: zero,
                    },
                    span,
                );
                out.push(Statement {
                    kind: Stmt::If {
                        cond,
                        accept: body,
                        reject: vec![],
                    },
                    span,
                });
                if single && self.contexts.last() == Some(&Context::Region) {
                    out.push(Statement {
                        kind: Stmt::Barrier,
                        span,
                    });
                }
                Ok(())
            }
            DirectiveKind::For => Err(CompileError::unsupported(
                "a worksharing `for` directive inside a parallel region is not supported yet",
                directive_span,
            )
            .with_hint(
                "end the region and use a combined `with omp(\"parallel for ...\"):` over the loop",
            )),
        }
    }

    /// Barriers wait for the whole team: only meaningful directly in a region.
    fn barrier_allowed(&self, span: Span) -> Result<()> {
        match self.contexts.last() {
            Some(Context::Region) => Ok(()),
            Some(Context::ParallelLoop) => Err(CompileError::unsupported(
                "a barrier inside a parallel loop would deadlock: the team's threads run different numbers of iterations",
                span,
            )
            .with_hint("end the loop first; barriers belong directly inside a `with omp(\"parallel\"):` region")),
            None => Err(CompileError::new(
                ErrorKind::Syntax,
                "`barrier` outside a parallel region",
            )
            .at(span)
            .with_hint("barriers synchronise the threads of a `with omp(\"parallel\"):` region; put it inside one")),
        }
    }

    fn clause(
        &mut self,
        clause: &Clause,
        p: &mut Parallel,
        at: &dyn Fn(std::ops::Range<usize>) -> Span,
    ) -> Result<()> {
        let mut locals = |names: &[omp::Name], what: &str| -> Result<Vec<LocalId>> {
            names
                .iter()
                .map(|n| self.clause_local(n, what, at(n.range.clone())))
                .collect()
        };
        match clause {
            Clause::Private(names) => p.private.extend(locals(names, "private")?),
            Clause::Shared(names) => p.shared.extend(locals(names, "shared")?),
            Clause::Reduction(op, names) => {
                for local in locals(names, "reduction")? {
                    p.reductions.push(Reduction { local, op: *op });
                }
            }
            Clause::Schedule(s) => p.schedule = *s,
            Clause::NumThreads(NumThreadsArg::Const(n)) => p.num_threads = NumThreads::Const(*n),
            Clause::NumThreads(NumThreadsArg::Name(n)) => {
                let span = at(n.range.clone());
                p.num_threads = if self.is_local(&n.text) {
                    NumThreads::Local(self.local(&n.text, span))
                } else {
                    match self.resolve_global(&n.text, span)? {
                        Resolved::Item(crate::builtins::ModuleItem::Const(Const::Int(v)), _)
                            if v > 0 && v <= u32::MAX as i64 =>
                        {
                            NumThreads::Const(v as u32)
                        }
                        _ => {
                            return Err(CompileError::typing(
                                format!("num_threads({}) needs a positive integer", n.text),
                                span,
                            ))
                        }
                    }
                };
            }
            Clause::DefaultShared => {}
        }
        Ok(())
    }

    fn is_local(&self, name: &str) -> bool {
        self.assigned.contains(name) || self.locals.contains_key(name)
    }

    fn clause_local(&mut self, n: &omp::Name, clause: &str, span: Span) -> Result<LocalId> {
        if !self.is_local(&n.text) {
            return Err(CompileError::typing(
                format!(
                    "`{}` in {clause}(...) is not a variable of this function",
                    n.text
                ),
                span,
            )
            .with_hint("clauses name local variables (assigned in the function, or parameters)"));
        }
        Ok(self.local(&n.text, span))
    }

    /// Where the text of a plain one-part string literal starts in the file, so
    /// that offsets in its value are offsets in the source; `None` when escapes
    /// or implicit concatenation make them differ.
    fn string_offset(&self, s: &ast::ExprStringLiteral) -> Option<usize> {
        let [part] = s.value.as_slice() else {
            return None;
        };
        let text = &self.f.source.text;
        let (start, end) = (
            usize::from(part.range.start()),
            usize::from(part.range.end()),
        );
        let literal = text.get(start..end)?;
        let quote = literal.find(['"', '\''])?;
        let q = &literal[quote..];
        let width = if q.starts_with("\"\"\"") || q.starts_with("'''") {
            3
        } else {
            1
        };
        let content = literal.get(quote + width..literal.len() - width)?;
        (content == part.value.as_ref()).then_some(start + quote + width)
    }
}
