//! `for` loops over generators, rewritten once the iterated local is known
//! to hold one.
//!
//! The lowering makes every `for x in seq` an index loop (see
//! `lower::loops`): `$n = len($s); for $i in range($n): x = iteration($s,
//! $i, $n); body`. A generator has no length and no indices, so when
//! `$s` turns out to be a generator the loop becomes
//!
//! ```text
//! $i = -1
//! while True:
//!     $i = $i + 1
//!     if not (advance($s) and ...): break
//!     x = take($s); body
//! ```
//!
//! where the condition advances each generator of the loop (`zip` may
//! iterate several, and sequences next to them: those test `$i < len(s)`),
//! left to right as Python's `zip` does. `$i` still counts the iterations
//! for `enumerate`; `continue` goes to the top of the `while`, past nothing.

use super::*;
use crate::builtins::{ContainerFn, GenFn};
use crate::env::Const;

/// Rewrites the index loops over generators in `block` (and nested
/// blocks); returns whether it changed anything.
pub(super) fn rewrite_loops(f: &mut Function, block: &mut Block) -> bool {
    // Most functions hold no generator: no walk of their loops.
    let any = f
        .locals
        .iter()
        .any(|(l, _)| is_generator(f, l) || iterable_instance(f, l));
    any && rewrite_in(f, block)
}

fn rewrite_in(f: &mut Function, block: &mut Block) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < block.len() {
        block[i]
            .kind
            .visit_blocks_mut(|b| changed |= rewrite_in(f, b));
        if let Some(mut seqs) = generator_loop(f, &block[i]) {
            let removed = drop_length_counts(f, block, i, &seqs);
            i -= removed;
            let span = block[i].span;
            let Stmt::ForRange { var, mut body, .. } =
                std::mem::replace(&mut block[i].kind, Stmt::Break)
            else {
                unreachable!("generator_loop matched a ForRange")
            };
            let iters = class_iterators(f, &mut seqs, &mut body, var, span);
            let (init, looped) = while_loop(f, var, body, &seqs, span);
            block[i] = Statement { kind: init, span };
            block.insert(i + 1, Statement { kind: looped, span });
            let n = iters.len();
            block.splice(i..i, iters);
            changed = true;
            i += 1 + n;
        }
        i += 1;
    }
    changed
}

/// One sequence of a loop over generators: the local, and whether it
/// holds a generator (or will: a jitclass instance's `__iter__()`).
type Seq = (LocalId, bool);

fn is_generator(f: &Function, local: LocalId) -> bool {
    matches!(f.locals[local].ty, Type::GeneratorOf(_))
}

/// Whether `local` holds a jitclass instance whose class has `__iter__`.
fn iterable_instance(f: &Function, local: LocalId) -> bool {
    matches!(&f.locals[local].ty, Type::Class(c) if c.0.member("__iter__").is_some())
}

/// `for x in obj` with `obj` a jitclass instance iterates the generator
/// `obj.__iter__()`: the statements that make it (before the loop), and
/// the loop's reads of `obj` moved to it.
fn class_iterators(
    f: &mut Function,
    seqs: &mut [Seq],
    body: &mut Block,
    var: LocalId,
    span: Span,
) -> Vec<Statement> {
    let mut made = Vec::new();
    for seq in seqs.iter_mut() {
        if !iterable_instance(f, seq.0) {
            continue;
        }
        let instance = f.add_expr(Expr::Local(seq.0), span);
        let call = f.add_expr(
            Expr::Call {
                callee: Callee::NamedMethod("__iter__".into()),
                args: vec![instance],
                keywords: vec![],
            },
            span,
        );
        let it = f.add_local("$iter", span, true);
        made.push(Statement {
            kind: Stmt::Assign {
                local: it,
                value: call,
            },
            span,
        });
        for e in all_exprs(f, body) {
            if let Some((s, seq_expr)) = iteration_of(f, e, var) {
                if s == seq.0 {
                    f.exprs[seq_expr] = Expr::Local(it);
                }
            }
        }
        *seq = (it, true);
    }
    made
}

/// The locals a sequential index loop iterates (in order), when one of
/// them holds a generator.
fn generator_loop(f: &Function, s: &Statement) -> Option<Vec<Seq>> {
    let Stmt::ForRange {
        var,
        body,
        parallel: None,
        ..
    } = &s.kind
    else {
        return None;
    };
    let mut seqs: Vec<Seq> = Vec::new();
    for e in all_exprs(f, body) {
        if let Some((seq, _)) = iteration_of(f, e, *var) {
            if !seqs.iter().any(|(s, _)| *s == seq) {
                let generated = is_generator(f, seq) || iterable_instance(f, seq);
                seqs.push((seq, generated));
            }
        }
    }
    seqs.iter().any(|(_, generated)| *generated).then_some(seqs)
}

/// `iteration($s, $i, ...)` with `$i` the loop's variable: (`$s`, the
/// expression of `$s`). Also `$s[$i]`, what an iteration over a sequence
/// became once `$s` was known (a sequence zipped with a generator).
pub(super) fn iteration_of(f: &Function, e: ExprId, var: LocalId) -> Option<(LocalId, ExprId)> {
    let (seq, index) = match &f.exprs[e] {
        Expr::Call {
            callee: Callee::Builtin(Builtin::Container(ContainerFn::IterItem)),
            args,
            ..
        } => (args[0], args[1]),
        Expr::Index { base, indices } if indices.len() == 1 => (*base, indices[0]),
        _ => return None,
    };
    match (&f.exprs[seq], &f.exprs[index]) {
        (Expr::Local(s), Expr::Local(i)) if *i == var => Some((*s, seq)),
        _ => None,
    }
}

/// Every expression of `block` (operands too), nested blocks included.
pub(super) fn all_exprs(f: &Function, block: &[Statement]) -> Vec<ExprId> {
    fn tree(f: &Function, e: ExprId, out: &mut Vec<ExprId>) {
        out.push(e);
        f.exprs[e].visit_operands(|o| tree(f, o, out));
    }
    fn walk(f: &Function, block: &[Statement], out: &mut Vec<ExprId>) {
        for s in block {
            s.kind.visit_own_exprs(|e| tree(f, e, out));
            s.kind.visit_blocks(|b| walk(f, b, out));
        }
    }
    let mut out = Vec::new();
    walk(f, block, &mut out);
    out
}

/// Removes the `$n = len($s)` statements just before the loop at `at`
/// for the generators among `seqs`; returns how many it removed.
fn drop_length_counts(f: &Function, block: &mut Block, at: usize, seqs: &[Seq]) -> usize {
    let mut removed = 0;
    while at > removed {
        let k = at - removed - 1;
        let is_count = match &block[k].kind {
            Stmt::Assign { value, .. } => match &f.exprs[*value] {
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Len),
                    args,
                    ..
                } => {
                    matches!(f.exprs[args[0]], Expr::Local(s) if seqs.contains(&(s, true)))
                }
                _ => false,
            },
            _ => false,
        };
        if !is_count {
            break;
        }
        block.remove(k);
        removed += 1;
    }
    removed
}

/// `($i = -1, while True: ...)` for the index loop on `var` over `seqs`.
fn while_loop(
    f: &mut Function,
    var: LocalId,
    mut body: Block,
    seqs: &[Seq],
    span: Span,
) -> (Stmt, Stmt) {
    take_items(f, &mut body, var, seqs);
    let minus_one = f.add_expr(Expr::Literal(Const::Int(-1)), span);
    let init = Stmt::Assign {
        local: var,
        value: minus_one,
    };
    let i = f.add_expr(Expr::Local(var), span);
    let one = f.add_expr(Expr::Literal(Const::Int(1)), span);
    let next = f.add_expr(
        Expr::Binary {
            op: BinaryOp::Add,
            lhs: i,
            rhs: one,
        },
        span,
    );
    let mut cond = None;
    for &(s, generated) in seqs {
        let seq = f.add_expr(Expr::Local(s), span);
        let test = if generated {
            call(f, Builtin::Gen(GenFn::Advance), vec![seq], span)
        } else {
            let len = call(f, Builtin::Len, vec![seq], span);
            let i = f.add_expr(Expr::Local(var), span);
            f.add_expr(
                Expr::Compare {
                    op: CmpOp::Lt,
                    lhs: i,
                    rhs: len,
                },
                span,
            )
        };
        cond = Some(match cond {
            None => test,
            Some(lhs) => f.add_expr(
                Expr::Logical {
                    op: LogicalOp::And,
                    lhs,
                    rhs: test,
                },
                span,
            ),
        });
    }
    let cond = cond.expect("a generator among the sequences");
    let stop = f.add_expr(
        Expr::Unary {
            op: UnaryOp::Not,
            value: cond,
        },
        span,
    );
    let mut looped = vec![
        Statement {
            kind: Stmt::Assign {
                local: var,
                value: next,
            },
            span,
        },
        Statement {
            kind: Stmt::If {
                cond: stop,
                accept: vec![Statement {
                    kind: Stmt::Break,
                    span,
                }],
                reject: vec![],
            },
            span,
        },
    ];
    looped.extend(body);
    let forever = f.add_expr(Expr::Literal(Const::Bool(true)), span);
    (
        init,
        Stmt::While {
            cond: forever,
            body: looped,
        },
    )
}

fn call(f: &mut Function, b: Builtin, args: Vec<ExprId>, span: Span) -> ExprId {
    f.add_expr(
        Expr::Call {
            callee: Callee::Builtin(b),
            args,
            keywords: vec![],
        },
        span,
    )
}

/// `iteration($s, $i, ...)` of a generator `$s` becomes `take($s)`.
fn take_items(f: &mut Function, body: &mut Block, var: LocalId, seqs: &[Seq]) {
    for e in all_exprs(f, body) {
        if let Some((seq, seq_expr)) = iteration_of(f, e, var) {
            if seqs.contains(&(seq, true)) && !matches!(f.exprs[e], Expr::Index { .. }) {
                f.exprs[e] = Expr::Call {
                    callee: Callee::Builtin(Builtin::Gen(GenFn::Take)),
                    args: vec![seq_expr],
                    keywords: vec![],
                };
            }
        }
    }
}
