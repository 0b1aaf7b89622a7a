//! `for` loops, and everything else that iterates (comprehensions, `sum`,
//! `sorted`, `list(x)`): each becomes an index loop over `range`.
//!
//! - `for i in range(a, b, c)` / `prange(...)` is a `ForRange` on `i` itself;
//! - `for x in seq` is `$s = seq; for $i in range(len($s)): x = $s[$i]` (for a
//!   dict or a set, inference turns `$s[$i]` into the i-th key, see
//!   `Builtin::IterKey`);
//! - `enumerate` and `zip` index every sequence with the same `$i`;
//! - `np.ndindex`, `np.ndenumerate` and `a.flat`: see `ndindex.rs`.
//!
//! The body is produced by a callback, so that the same loops serve `for`
//! statements and the loops penna writes itself.

use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::{no_keywords, Context, Lower, Resolved};
use crate::builtins::{Builtin, ContainerFn, ModuleItem, NpFn};
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;

/// What a loop binds on each iteration and where it is.
pub(super) struct LoopHead<'a> {
    pub target: &'a AstExpr,
    pub iter: &'a AstExpr,
    pub span: Span,
}

/// Produces the statements of a loop's body (after the target is bound).
pub(super) type BodyFn<'b, 'e> = &'b mut dyn FnMut(&mut Lower<'e>) -> Result<Block>;

impl<'e> Lower<'e> {
    pub(super) fn for_loop(&mut self, f: &ast::StmtFor, out: &mut Block) -> Result<()> {
        let head = LoopHead {
            target: &f.target,
            iter: &f.iter,
            span: Span::from(f.range),
        };
        self.loop_over(&head, out, &mut |this| this.block(&f.body))
    }

    /// The `for i in range(...)` loop of a `parallel for` directive.
    pub(super) fn parallel_range_loop(
        &mut self,
        f: &ast::StmtFor,
        call: &ast::ExprCall,
        parallel: Parallel,
        out: &mut Block,
    ) -> Result<()> {
        let head = LoopHead {
            target: &f.target,
            iter: &f.iter,
            span: Span::from(f.range),
        };
        self.range_loop(&head, call, Some(Box::new(parallel)), out, &mut |this| {
            this.block(&f.body)
        })
    }

    /// Lowers `for <target> in <iter>: <body()>` into `out`.
    pub(super) fn loop_over(
        &mut self,
        head: &LoopHead,
        out: &mut Block,
        body: BodyFn<'_, 'e>,
    ) -> Result<()> {
        let iter_span = Span::from(head.iter.range());
        if let AstExpr::Call(call) = head.iter {
            if let Some(Resolved::Item(ModuleItem::Function(b), _)) =
                self.resolve_global_expr(&call.func)?
            {
                match b {
                    Builtin::Range => return self.range_loop(head, call, None, out, body),
                    Builtin::Prange => {
                        let prange = Parallel::new(Origin::Prange, Span::from(call.range()));
                        return self.range_loop(head, call, Some(Box::new(prange)), out, body);
                    }
                    Builtin::Enumerate | Builtin::Zip => {
                        return self.zip_loop(head, call, b, out, body)
                    }
                    Builtin::Np(f @ (NpFn::Ndindex | NpFn::Ndenumerate)) => {
                        return self.ndindex_loop(head, call, f, out, body)
                    }
                    _ => {}
                }
            }
        }
        // for x in seq  ->  $s = seq; for $i in range(len($s)): x = $s[$i]
        let seq_value = match super::ndindex::is_flat(head.iter) {
            Some(a) => self.flat_iterable(a)?,
            None => self.expr(head.iter)?,
        };
        let seq = self.temp(iter_span);
        out.push(Statement {
            kind: Stmt::Assign {
                local: seq,
                value: seq_value,
            },
            span: iter_span,
        });
        let index = self.temp(head.span);
        let s = self.load(seq, iter_span);
        let len = self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Len),
                args: vec![s],
                keywords: vec![],
            },
            iter_span,
        );
        // The length at the start: a dict or set whose size changes while
        // it is iterated raises RuntimeError, as in Python.
        let count = self.temp(iter_span);
        out.push(Statement {
            kind: Stmt::Assign {
                local: count,
                value: len,
            },
            span: iter_span,
        });
        let stop = self.load(count, iter_span);
        let mut prefix = Vec::new();
        let item = self.iteration_item(seq, index, Some(count), iter_span);
        self.assign(head.target, item, &mut prefix)?;
        self.index_loop(head, index, stop, prefix, iter_span, out, body)
    }

    /// `$s[$i]` as the item of an iteration: the i-th key for dicts and sets
    /// (checked against the length `count` had when the loop started).
    fn iteration_item(
        &mut self,
        seq: LocalId,
        index: LocalId,
        count: Option<LocalId>,
        span: Span,
    ) -> ExprId {
        let s = self.load(seq, span);
        let i = self.load(index, span);
        let mut args = vec![s, i];
        args.extend(count.map(|n| self.load(n, span)));
        self.add(
            Expr::Call {
                callee: Callee::Builtin(Builtin::Container(ContainerFn::IterItem)),
                args,
                keywords: vec![],
            },
            span,
        )
    }

    fn range_loop(
        &mut self,
        head: &LoopHead,
        call: &ast::ExprCall,
        parallel: Option<Box<Parallel>>,
        out: &mut Block,
        body_fn: BodyFn<'_, 'e>,
    ) -> Result<()> {
        let span = head.span;
        let call_span = Span::from(call.range());
        no_keywords(call, "range")?;
        let args: Vec<ExprId> = call
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a))
            .collect::<Result<_>>()?;
        let (start, stop, step) = match args.as_slice() {
            [stop] => (self.int(0, call_span), *stop, self.int(1, call_span)),
            [start, stop] => (*start, *stop, self.int(1, call_span)),
            [start, stop, step] => (*start, *stop, *step),
            _ => {
                return Err(CompileError::typing(
                    format!("range expects 1 to 3 arguments, got {}", args.len()),
                    call_span,
                ))
            }
        };
        let (var, mut body) = match head.target {
            AstExpr::Name(n) => (self.local(n.id.as_str(), Span::from(n.range)), Vec::new()),
            target => {
                let var = self.temp(span);
                let mut body = Vec::new();
                let v = self.load(var, span);
                self.assign(target, v, &mut body)?;
                (var, body)
            }
        };
        let is_parallel = parallel.is_some();
        if is_parallel {
            self.contexts.push(Context::ParallelLoop);
        }
        let lowered = body_fn(self);
        if is_parallel {
            self.contexts.pop();
        }
        body.extend(lowered?);
        out.push(Statement {
            kind: Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                parallel,
            },
            span,
        });
        Ok(())
    }

    /// `for i, x in enumerate(seq)` and `for x, y in zip(a, b)` as index loops.
    fn zip_loop(
        &mut self,
        head: &LoopHead,
        call: &ast::ExprCall,
        which: Builtin,
        out: &mut Block,
        body_fn: BodyFn<'_, 'e>,
    ) -> Result<()> {
        let span = head.span;
        let call_span = Span::from(call.range());
        let mut offset = None;
        for kw in call.arguments.keywords.iter() {
            match (which, kw.arg.as_ref().map(|a| a.id.as_str())) {
                (Builtin::Enumerate, Some("start")) => offset = Some(self.expr(&kw.value)?),
                _ => {
                    return Err(CompileError::unsupported(
                        "unsupported keyword argument",
                        Span::from(kw.range),
                    ))
                }
            }
        }
        // `enumerate(zip(a, b))`: the zip's sequences, items as one tuple.
        let mut args: Vec<&AstExpr> = call.arguments.args.iter().collect();
        let mut zipped = false;
        if which == Builtin::Enumerate {
            if let Some(AstExpr::Call(inner)) = args.first().copied() {
                if inner.arguments.keywords.is_empty()
                    && matches!(
                        self.resolve_global_expr(&inner.func)?,
                        Some(Resolved::Item(ModuleItem::Function(Builtin::Zip), _))
                    )
                {
                    zipped = true;
                    let rest: Vec<&AstExpr> = args.drain(1..).collect();
                    args = inner.arguments.args.iter().collect();
                    args.extend(rest);
                }
            }
        }
        // How many sequences are iterated together (the rest: `start`).
        let zip_count = if zipped {
            args.len() - (call.arguments.args.len() - 1)
        } else if which == Builtin::Enumerate {
            1
        } else {
            args.len()
        };
        let mut seqs = Vec::new();
        for arg in args {
            let value = self.expr(arg)?;
            let t = self.temp(Span::from(arg.range()));
            out.push(Statement {
                kind: Stmt::Assign { local: t, value },
                span: Span::from(arg.range()),
            });
            seqs.push(t);
        }
        let expected_ok = match which {
            Builtin::Enumerate => {
                zip_count >= 1
                    && (seqs.len() == zip_count
                        || (seqs.len() == zip_count + 1 && offset.is_none()))
            }
            _ => !seqs.is_empty(),
        };
        if !expected_ok {
            return Err(CompileError::typing(
                format!("wrong number of arguments to {}", which.name()),
                call_span,
            ));
        }
        if which == Builtin::Enumerate && seqs.len() == zip_count + 1 {
            // enumerate(seq, start) with start given positionally.
            let start = seqs.pop().expect("two arguments");
            offset = Some(self.load(start, call_span));
        }
        let lens: Vec<ExprId> = seqs
            .iter()
            .map(|&s| {
                let l = self.load(s, call_span);
                self.add(
                    Expr::Call {
                        callee: Callee::Builtin(Builtin::Len),
                        args: vec![l],
                        keywords: vec![],
                    },
                    call_span,
                )
            })
            .collect();
        let stop = if lens.len() == 1 {
            lens[0]
        } else {
            self.add(
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Min),
                    args: lens,
                    keywords: vec![],
                },
                call_span,
            )
        };
        let index = self.temp(span);
        let mut items = Vec::new();
        if which == Builtin::Enumerate {
            let i = self.load(index, call_span);
            items.push(match offset {
                Some(off) => self.add(
                    Expr::Binary {
                        op: BinaryOp::Add,
                        lhs: i,
                        rhs: off,
                    },
                    call_span,
                ),
                None => i,
            });
        }
        let mut zipped_items = Vec::new();
        for &s in &seqs {
            let item = self.iteration_item(s, index, None, call_span);
            zipped_items.push(item);
        }
        if zipped {
            let inner = self.add(Expr::Tuple(zipped_items), call_span);
            items.push(inner);
        } else {
            items.extend(zipped_items);
        }
        let tuple = self.add(Expr::Tuple(items), call_span);
        let mut prefix = Vec::new();
        self.assign(head.target, tuple, &mut prefix)?;
        self.index_loop(head, index, stop, prefix, call_span, out, body_fn)
    }

    /// `for index in range(stop): prefix; body()`: the loop that iteration
    /// over sequences, `enumerate` and `zip` become. `prefix` binds the target.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn index_loop(
        &mut self,
        head: &LoopHead,
        index: LocalId,
        stop: ExprId,
        mut body: Block,
        bounds_span: Span,
        out: &mut Block,
        body_fn: BodyFn<'_, 'e>,
    ) -> Result<()> {
        body.extend(body_fn(self)?);
        let (start, step) = (self.int(0, bounds_span), self.int(1, bounds_span));
        out.push(Statement {
            kind: Stmt::ForRange {
                var: index,
                start,
                stop,
                step,
                body,
                parallel: None,
            },
            span: head.span,
        });
        Ok(())
    }
}
