//! Lowering: a parsed `def` to untyped IR, resolving every name on the way.
//!
//! Name resolution follows Python: a name bound anywhere in the function (assigned,
//! a `for` target, a parameter) is a local slot; every other name is asked of the
//! [`Env`] and becomes a constant, a callee or a module. Syntax sugar is removed
//! here so that later phases see few constructs:
//! - `for x in seq`, `enumerate`, `zip` become index loops over `range` ([`loops`]);
//! - list/dict/set literals, comprehensions, `list()`, `sorted()`, `sum()` become
//!   loops hoisted before their statement ([`containers`]);
//! - tuple unpacking goes through a temporary and constant indices, and
//!   `a[i] += v` evaluates `a` and `i` once ([`assign`]);
//! - chained comparisons become `and`; `assert` becomes `if not c: raise`;
//! - `with omp("...")` directives become parallel IR ([`directives`]).
//!
//! Calls are lowered in [`calls`], names resolved in [`names`], `print` and
//! `raise` in [`text`].

mod assign;
mod calls;
mod containers;
mod directives;
mod generators;
mod gpu;
mod keysort;
mod loop_else;
mod loops;
mod names;
mod ndindex;
mod objmode;
mod percent;
mod text;
mod trystmt;
mod typed;
mod typeinfo;

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
use names::{attr_path, bound_names, collect_assigned, not_callable};

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
        handlers: 0,
        loops: Vec::new(),
    };
    check_signature(def)?;
    lower.parameters(&def.parameters);
    collect_assigned(&def.body, &mut lower.assigned);
    lower.f.generator = generators::yields(&def.body);
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
    /// A global string (frozen at compile time, as numbers are).
    Str(Arc<str>),
    /// A jitclass: calling it makes an instance.
    Class(crate::types::ClassRef),
    /// An exception class (only `raise` may use it).
    Exception(ExceptionClass),
    /// A penna type object (`types.float64[:]`), a value only where a type
    /// is expected.
    Type(crate::types::Type),
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
    /// How many `except` blocks enclose the statement being lowered (a bare
    /// `raise` re-raises inside one).
    handlers: u32,
    /// The loops around the statement being lowered, innermost last: the
    /// flag a `break` sets when the loop has an `else` clause.
    loops: Vec<Option<LocalId>>,
}

/// A parallel construct being lowered (for directives that must be inside one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Context {
    Region,
    ParallelLoop,
}

/// Rejects definitions penna cannot compile before anything looks at their
/// parameters: `async def`, `**kwargs`, keyword-only parameters.
pub fn check_signature(def: &ast::StmtFunctionDef) -> Result<()> {
    if def.is_async {
        return Err(CompileError::unsupported(
            format!("`async def {}` is not supported", def.name.id),
            Span::from(def.name.range),
        )
        .with_hint("compiled functions run to completion: remove `async`"));
    }
    let params = &def.parameters;
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
    /// The parameters in order; `*args` last, a tuple of what the caller
    /// passed beyond the others (callers pack it: `program::bind_keywords`,
    /// the Python dispatcher).
    fn parameters(&mut self, params: &ast::Parameters) {
        let fixed = params.posonlyargs.iter().chain(&params.args);
        let names = fixed.map(|p| &p.parameter).chain(params.vararg.as_deref());
        for p in names {
            let name = p.name.id.as_str();
            let local = self.f.add_local(name, Span::from(p.range), false);
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
                let flag = self.enter_loop(&w.orelse, span, out);
                self.while_loop(w, span, out)?;
                self.leave_loop(flag, &w.orelse, span, out)?;
            }
            AstStmt::For(f) => {
                if f.is_async {
                    return Err(CompileError::unsupported(
                        "`async for` is not supported",
                        span,
                    ));
                }
                let flag = self.enter_loop(&f.orelse, span, out);
                self.for_loop(f, out)?;
                self.leave_loop(flag, &f.orelse, span, out)?;
            }
            AstStmt::Break(_) => {
                if let Some(&Some(flag)) = self.loops.last() {
                    let yes = self.add(Expr::Literal(Const::Bool(true)), span);
                    push(
                        out,
                        Stmt::Assign {
                            local: flag,
                            value: yes,
                        },
                    );
                }
                push(out, Stmt::Break)
            }
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
                    } else if !self.yield_statement(&e.value, out)? {
                        let value = self.expr(&e.value)?;
                        push(out, Stmt::Eval(value));
                    }
                }
            }
            AstStmt::Raise(r) => match r.exc.as_deref() {
                None if self.handlers > 0 => push(out, Stmt::Reraise),
                None => {
                    return Err(CompileError::unsupported(
                        "a bare `raise` outside an `except` block re-raises nothing",
                        span,
                    ))
                }
                Some(exc) => {
                    let raise = self.raise_statement(exc)?;
                    push(out, raise);
                }
            },
            AstStmt::Try(t) => {
                let kind = self.try_statement(t, span)?;
                push(out, kind);
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
                let class = ExceptionClass::Builtin(ExceptionKind::AssertionError);
                let kind = match self.assert_message(a.msg.as_deref())? {
                    text::Message::Constant(message) => Stmt::Raise { class, message },
                    text::Message::Value(message) => Stmt::RaiseValue { class, message },
                };
                let raise = Statement { kind, span };
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

    // ---- expressions ----

    fn expr(&mut self, e: &AstExpr) -> Result<ExprId> {
        let span = Span::from(e.range());
        let expr = match e {
            AstExpr::Name(n) => return self.name(n.id.as_str(), span),
            AstExpr::NumberLiteral(n) => Expr::Literal(number(&n.value, false, span)?),
            AstExpr::BooleanLiteral(b) => Expr::Literal(Const::Bool(b.value)),
            AstExpr::NoneLiteral(_) => Expr::Literal(Const::None),
            AstExpr::StringLiteral(s) => Expr::Str(s.value.to_str().into()),
            AstExpr::FString(f) => return self.fstring(f),
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
            AstExpr::BinOp(b) if b.op == ast::Operator::Mod => {
                if let AstExpr::StringLiteral(t) = &*b.left {
                    let template = t.value.to_str().to_owned();
                    return self.percent_format(&template, &b.right, span);
                }
                let op = binary_op(b.op, span)?;
                let lhs = self.expr(&b.left)?;
                let rhs = self.expr(&b.right)?;
                Expr::Binary { op, lhs, rhs }
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
                if let Some(flat) = ndindex::is_flat(&sub.value) {
                    return self.flat_access(flat, &sub.slice, None);
                }
                let base = self.expr(&sub.value)?;
                let indices = self.indices(&sub.slice)?;
                Expr::Index { base, indices }
            }
            AstExpr::Attribute(a) => {
                if let Some(resolved @ Resolved::Module(_)) = self.resolve_global_expr(&a.value)? {
                    return self.module_attribute_value(resolved, a, span);
                }
                if let Some(info) = self.type_info_attribute(a)? {
                    return Ok(info);
                }
                if matches!(a.attr.id.as_str(), "eps" | "tiny" | "resolution" | "bits") {
                    return Err(CompileError::unsupported(
                        format!("the attribute `.{}` is not supported", a.attr.id),
                        span,
                    )
                    .with_hint("machine limits are read from the call itself: np.finfo(t).eps, np.iinfo(t).max (the info object cannot be stored)"));
                }
                let value = self.expr(&a.value)?;
                match Attribute::from_name(a.attr.id.as_str()) {
                    Some(attr) => Expr::Attr { value, attr },
                    // A field or property of a jitclass instance (checked
                    // when the value's type is known).
                    None => Expr::Call {
                        callee: Callee::GetAttr(a.attr.id.as_str().into()),
                        args: vec![value],
                        keywords: vec![],
                    },
                }
            }
            other => return Err(unsupported_expression(other, span)),
        };
        Ok(self.add(expr, span))
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
                ast::CmpOp::In => CmpOp::In,
                ast::CmpOp::NotIn => CmpOp::NotIn,
            };
            let cmp = self.add(
                Expr::Compare {
                    op,
                    lhs: left,
                    rhs: right,
                },
                span,
            );
            result = Some(match result {
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
            });
            left_ast = right_ast;
            left = self.expr(right_ast)?;
        }
        Ok(result.expect("a comparison has at least one operator"))
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

fn no_keywords(call: &ast::ExprCall, what: &str) -> Result<()> {
    match call.arguments.keywords.first() {
        None => Ok(()),
        Some(k) => Err(CompileError::unsupported(
            format!("keyword arguments to {what} are not supported"),
            Span::from(k.range),
        )),
    }
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
        AstStmt::Import(_) | AstStmt::ImportFrom(_) => (
            "imports",
            "import at module level; compiled code sees module globals",
        ),
        AstStmt::Global(_) | AstStmt::Nonlocal(_) => (
            "`global` / `nonlocal`",
            "pass values in as arguments and return results",
        ),
        AstStmt::Match(_) => ("`match` statements", "use if/elif chains"),
        _ => ("statements of this kind", "see the README's support table"),
    };
    CompileError::unsupported(format!("{what} are not supported in compiled code"), span)
        .with_hint(hint)
}

fn unsupported_expression(e: &AstExpr, span: Span) -> CompileError {
    let (what, hint) = match e {
        AstExpr::BytesLiteral(_) => (
            "bytes literals",
            "use a str, or a NumPy uint8 array for binary data",
        ),
        AstExpr::Lambda(_) => ("lambdas", "define a function with def and @penna.jit"),
        AstExpr::Generator(_) => (
            "generator expressions outside sum(), min(), max(), any(), all(), list(), set() and sorted()",
            "use a list comprehension, or write the loop explicitly",
        ),
        AstExpr::Named(_) => (
            "assignment expressions (`:=`)",
            "assign in a separate statement",
        ),
        AstExpr::Yield(_) | AstExpr::YieldFrom(_) => return generators::yield_value_error(span),
        AstExpr::Await(_) => ("coroutines (`await`)", "return values instead"),
        _ => ("expressions of this kind", "see the README's support table"),
    };
    CompileError::unsupported(format!("{what} are not supported in compiled code"), span)
        .with_hint(hint)
}

/// Whether control can never fall off the end of `block`.
pub fn block_terminates(block: &[Statement]) -> bool {
    match block.last().map(|s| &s.kind) {
        Some(Stmt::Return(_) | Stmt::Raise { .. } | Stmt::RaiseValue { .. } | Stmt::Reraise) => {
            true
        }
        Some(Stmt::If { accept, reject, .. }) => {
            block_terminates(accept) && block_terminates(reject)
        }
        _ => false,
    }
}

/// `local = value` as a statement.
pub(super) fn assign(local: LocalId, value: ExprId, span: Span) -> Statement {
    Statement {
        kind: Stmt::Assign { local, value },
        span,
    }
}

/// `e` evaluated for its effects, as a statement.
pub(super) fn eval(e: ExprId, span: Span) -> Statement {
    Statement {
        kind: Stmt::Eval(e),
        span,
    }
}
