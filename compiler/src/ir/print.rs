//! The IR as compact text, for golden tests and `inspect_ir()`.
//!
//! Each expression is printed as a numbered value in evaluation order,
//! `%3: float64 = mul %1, %2`, before the statement that uses it; statements nest
//! with braces. Lazily evaluated operands (of `and`, `or`, conditional
//! expressions) are printed in a nested block of their own.

use std::fmt::Write;

use super::*;
use crate::env::Const;

pub fn print_program(p: &Program) -> String {
    let mut out = String::new();
    for f in &p.functions {
        out.push_str(&print_function(f));
        out.push('\n');
    }
    out
}

pub fn print_function(f: &Function) -> String {
    let mut p = Printer {
        f,
        out: String::new(),
        next: 0,
        names: vec![None; f.exprs.len()],
    };
    let params: Vec<String> = f
        .params
        .iter()
        .zip(&f.param_types)
        .map(|(&l, t)| format!("{}: {t}", f.locals[l].name))
        .collect();
    let _ = writeln!(
        p.out,
        "fn {}({}) -> {} {{",
        f.symbol,
        params.join(", "),
        f.ret
    );
    p.block(&f.body, 1);
    p.out.push_str("}\n");
    p.out
}

struct Printer<'a> {
    f: &'a Function,
    out: String,
    next: u32,
    names: Vec<Option<String>>,
}

impl Printer<'_> {
    fn indent(&mut self, depth: usize) {
        self.out.push_str(&"  ".repeat(depth));
    }

    fn line(&mut self, depth: usize, text: &str) {
        self.indent(depth);
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn local(&self, l: LocalId) -> String {
        self.f.locals[l].name.clone()
    }

    /// `[schedule reduction(+: s) copied(a, b) shared(t)]`.
    fn parallel(&self, p: &Parallel, is_loop: bool) -> String {
        let names = |ls: &[LocalId]| {
            ls.iter()
                .map(|&l| self.local(l))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = vec![];
        if is_loop {
            parts.push(format!("{:?}", p.schedule));
        }
        match p.num_threads {
            NumThreads::Default => {}
            NumThreads::Const(n) => parts.push(format!("num_threads({n})")),
            NumThreads::Local(l) => parts.push(format!("num_threads({})", self.local(l))),
        }
        for r in &p.reductions {
            parts.push(format!(
                "reduction({}: {})",
                r.op.symbol(),
                self.local(r.local)
            ));
        }
        if !p.sharing.copied.is_empty() {
            parts.push(format!("copied({})", names(&p.sharing.copied)));
        }
        if !p.sharing.by_ref.is_empty() {
            parts.push(format!("shared({})", names(&p.sharing.by_ref)));
        }
        format!("[{}]", parts.join(" "))
    }

    fn block(&mut self, block: &Block, depth: usize) {
        for s in block {
            self.stmt(s, depth);
        }
    }

    fn stmt(&mut self, s: &Statement, depth: usize) {
        match &s.kind {
            Stmt::Assign { local, value } => {
                let v = self.expr(*value, depth);
                let text = format!("{} = {v}", self.local(*local));
                self.line(depth, &text);
            }
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                let b = self.expr(*base, depth);
                let idx: Vec<String> = indices.iter().map(|&i| self.expr(i, depth)).collect();
                let v = self.expr(*value, depth);
                self.line(depth, &format!("store {b}[{}] = {v}", idx.join(", ")));
            }
            Stmt::Eval(e) => {
                let v = self.expr(*e, depth);
                self.line(depth, &format!("eval {v}"));
            }
            Stmt::Yield(e) => {
                let v = self.expr(*e, depth);
                self.line(depth, &format!("yield {v}"));
            }
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                let c = self.expr(*cond, depth);
                self.line(depth, &format!("if {c} {{"));
                self.block(accept, depth + 1);
                if !reject.is_empty() {
                    self.line(depth, "} else {");
                    self.block(reject, depth + 1);
                }
                self.line(depth, "}");
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.line(depth, "try {");
                self.block(body, depth + 1);
                for h in handlers {
                    let classes: Vec<&str> = h.classes.iter().map(|c| c.name()).collect();
                    let name = h
                        .name
                        .map(|n| format!(" as {}", self.local(n)))
                        .unwrap_or_default();
                    self.line(
                        depth,
                        &format!("}} except ({}){name} {{", classes.join(", ")),
                    );
                    self.block(&h.body, depth + 1);
                }
                if !orelse.is_empty() {
                    self.line(depth, "} else {");
                    self.block(orelse, depth + 1);
                }
                if !finally.is_empty() {
                    self.line(depth, "} finally {");
                    self.block(finally, depth + 1);
                }
                self.line(depth, "}");
            }
            Stmt::Reraise => self.line(depth, "reraise"),
            Stmt::ObjMode {
                handle,
                inputs,
                outputs,
            } => {
                let ins: Vec<String> = inputs.iter().map(|&l| self.local(l)).collect();
                let outs: Vec<String> = outputs
                    .iter()
                    .map(|(l, t)| format!("{}: {t}", self.local(*l)))
                    .collect();
                self.line(
                    depth,
                    &format!(
                        "objmode {handle:016x}({}) -> ({})",
                        ins.join(", "),
                        outs.join(", ")
                    ),
                );
            }
            Stmt::While { cond, body } => {
                self.line(depth, "while {");
                let c = self.expr(*cond, depth + 1);
                self.line(depth + 1, &format!("break unless {c}"));
                self.block(body, depth + 1);
                self.line(depth, "}");
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                parallel,
            } => {
                let (a, b, c) = (
                    self.expr(*start, depth),
                    self.expr(*stop, depth),
                    self.expr(*step, depth),
                );
                let kind = match parallel {
                    Some(p) => format!("parallel {}", self.parallel(p, true)),
                    None => "range".into(),
                };
                let text = format!("for {} in {kind}({a}, {b}, {c}) {{", self.local(*var));
                self.line(depth, &text);
                self.block(body, depth + 1);
                self.line(depth, "}");
            }
            Stmt::Region { body, parallel } => {
                let text = format!("region {} {{", self.parallel(parallel, false));
                self.line(depth, &text);
                self.block(body, depth + 1);
                self.line(depth, "}");
            }
            Stmt::Critical(body) => {
                self.line(depth, "critical {");
                self.block(body, depth + 1);
                self.line(depth, "}");
            }
            Stmt::Barrier => self.line(depth, "barrier"),
            Stmt::ThreadLoop(body) => {
                self.line(depth, "for each thread {");
                self.block(body, depth + 1);
                self.line(depth, "}");
            }
            Stmt::Collective { op, args, result } => {
                let args: Vec<String> = args.iter().map(|&a| self.local(a)).collect();
                let call = format!("{}({})", op.name(), args.join(", "));
                let text = match result {
                    Some(r) => format!("{} = {call}", self.local(*r)),
                    None => call,
                };
                self.line(depth, &text);
            }
            Stmt::Print { items, sep, end } => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|item| match item {
                        PrintItem::Value(e) => self.expr(*e, depth),
                        PrintItem::Text(t) => format!("{t:?}"),
                    })
                    .collect();
                self.line(
                    depth,
                    &format!("print({}, sep={sep:?}, end={end:?})", parts.join(", ")),
                );
            }
            Stmt::Break => self.line(depth, "break"),
            Stmt::Continue => self.line(depth, "continue"),
            Stmt::Return(None) => self.line(depth, "return none"),
            Stmt::Return(Some(v)) => {
                let v = self.expr(*v, depth);
                self.line(depth, &format!("return {v}"));
            }
            Stmt::Raise { class, message } => {
                self.line(depth, &format!("raise {}({message:?})", class.name()))
            }
            Stmt::RaiseValue { class, message } => {
                let v = self.expr(*message, depth);
                self.line(depth, &format!("raise {}({v})", class.name()));
            }
        }
    }

    /// Prints the value lines of `e`'s tree and returns how to refer to it.
    fn expr(&mut self, e: ExprId, depth: usize) -> String {
        if let Some(n) = &self.names[e.index()] {
            return n.clone();
        }
        let f = self.f;
        let rhs = match &f.exprs[e] {
            Expr::Literal(c) => return literal(*c),
            Expr::Frozen(a) => return format!("frozen({})", a.name),
            Expr::TypeRef(t) => return format!("typeref[{t}]"),
            Expr::Str(text) => return format!("{text:?}"),
            Expr::Function(r) => return format!("function {}", r.0.name()),
            Expr::Local(l) => return self.local(*l),
            Expr::Param(i) => return format!("arg{i}"),
            Expr::Unary { op, value } => format!(
                "{} {}",
                format!("{op:?}").to_lowercase(),
                self.expr(*value, depth)
            ),
            Expr::Binary { op, lhs, rhs } => {
                let (a, b) = (self.expr(*lhs, depth), self.expr(*rhs, depth));
                format!("{} {a}, {b}", format!("{op:?}").to_lowercase())
            }
            Expr::Compare { op, lhs, rhs } => {
                let (a, b) = (self.expr(*lhs, depth), self.expr(*rhs, depth));
                format!("{} {a}, {b}", format!("{op:?}").to_lowercase())
            }
            Expr::Logical { op, lhs, rhs } => {
                let a = self.expr(*lhs, depth);
                let b = self.lazy(*rhs, depth);
                format!("{} {a}, {b}", format!("{op:?}").to_lowercase())
            }
            Expr::Select {
                cond,
                accept,
                reject,
            } => {
                let c = self.expr(*cond, depth);
                let (a, b) = (self.lazy(*accept, depth), self.lazy(*reject, depth));
                format!("select {c}, {a}, {b}")
            }
            Expr::Cast(v) => format!("cast {}", self.expr(*v, depth)),
            Expr::Unpack(v) => format!("*{}", self.expr(*v, depth)),
            Expr::Call { callee, args, .. } => {
                let args: Vec<String> = args.iter().map(|&a| self.expr(a, depth)).collect();
                let name = match callee {
                    Callee::Builtin(b) => b.name(),
                    Callee::Method(m) => format!(".{}", m.name()),
                    Callee::Value => "call".to_owned(),
                    Callee::GetAttr(n) => format!("getattr.{n}"),
                    Callee::SetAttr(n) => format!("setattr.{n}"),
                    Callee::NamedMethod(n) => format!(".{n}"),
                    Callee::New { class, .. } => format!("new {}", class.0.name()),
                    Callee::Function {
                        resolved: Some(id),
                        function,
                        ..
                    } => format!("{}#{id}", function.name()),
                    Callee::Function { function, .. } => function.name().to_owned(),
                };
                format!("call {name}({})", args.join(", "))
            }
            Expr::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|&a| self.expr(a, depth)).collect();
                format!("tuple({})", items.join(", "))
            }
            Expr::Index { base, indices } => {
                let b = self.expr(*base, depth);
                let idx: Vec<String> = indices.iter().map(|&i| self.expr(i, depth)).collect();
                format!("index {b}[{}]", idx.join(", "))
            }
            Expr::Attr { value, attr } => {
                format!("attr {}.{}", self.expr(*value, depth), attr.name())
            }
            Expr::Slice { start, stop, step } => {
                let parts: Vec<String> = [start, stop, step]
                    .iter()
                    .map(|&&p| self.expr(p, depth))
                    .collect();
                format!("slice {}", parts.join(":"))
            }
        };
        let name = format!("%{}", self.next);
        self.next += 1;
        let text = format!("{name}: {} = {rhs}", f.ty(e));
        self.line(depth, &text);
        self.names[e.index()] = Some(name.clone());
        name
    }

    /// An operand evaluated only on some paths: its lines go in a nested block.
    fn lazy(&mut self, e: ExprId, depth: usize) -> String {
        if matches!(self.f.exprs[e], Expr::Literal(_) | Expr::Local(_)) {
            return self.expr(e, depth);
        }
        self.line(depth, "lazy {");
        let v = self.expr(e, depth + 1);
        self.line(depth, "}");
        v
    }
}

fn literal(c: Const) -> String {
    match c {
        Const::Bool(b) => b.to_string(),
        Const::Int(i) => i.to_string(),
        Const::Float(x) => format!("{x:?}"),
        Const::Complex(r, i) => format!("complex({r:?}, {i:?})"),
        Const::None => "none".into(),
        Const::DType(s) => s.name().into(),
    }
}
