//! Names: which names are local (Python's rule: bound anywhere in the
//! function), and what every other name resolves to through the [`Env`] and
//! the builtin table: constants, frozen arrays, callees, modules.

use ruff_python_ast::{self as ast, Expr as AstExpr};

use super::*;

impl Lower<'_> {
    pub(super) fn name(&mut self, name: &str, span: Span) -> Result<ExprId> {
        if self.assigned.contains(name) || self.locals.contains_key(name) {
            let local = self.local(name, span);
            return Ok(self.load(local, span));
        }
        let resolved = self.resolve_global(name, span)?;
        self.global_value(resolved, name, span)
    }

    /// A global (named `name`) used as a value: a constant, a frozen array,
    /// a builtin value (`cuda.threadIdx.x`) or a dtype.
    fn global_value(&mut self, resolved: Resolved, name: &str, span: Span) -> Result<ExprId> {
        match resolved {
            Resolved::Item(ModuleItem::Const(c), _) => Ok(self.add(Expr::Literal(c), span)),
            Resolved::Array(a) => Ok(self.add(Expr::Frozen(a), span)),
            Resolved::Str(s) => Ok(self.add(Expr::Str(s), span)),
            Resolved::Function(f) => Ok(self.add(Expr::Function(crate::types::FnRef(f)), span)),
            Resolved::Type(t) => Ok(self.add(Expr::TypeRef(t), span)),
            Resolved::Item(ModuleItem::Value(b), _) => Ok(self.value_builtin(b, span)),
            Resolved::Item(ModuleItem::Function(b), _) if dtype_of(b).is_some() => {
                let dtype = dtype_of(b).expect("checked");
                Ok(self.add(Expr::Literal(Const::DType(dtype)), span))
            }
            other => Err(not_a_value(&other, name, span)),
        }
    }

    pub(super) fn module_attribute_value(
        &mut self,
        base: Resolved,
        a: &ast::ExprAttribute,
        span: Span,
    ) -> Result<ExprId> {
        let resolved = self.module_attribute(base, a)?;
        let name = format!("{}.{}", attr_path(&a.value), a.attr.id);
        self.global_value(resolved, &name, span)
    }

    /// A builtin that is a value where it is named (`cuda.threadIdx.x`).
    fn value_builtin(&mut self, b: Builtin, span: Span) -> ExprId {
        self.add(
            Expr::Call {
                callee: Callee::Builtin(b),
                args: Vec::new(),
                keywords: Vec::new(),
            },
            span,
        )
    }

    pub(super) fn resolve_global(&self, name: &str, span: Span) -> Result<Resolved> {
        let global = self.env.lookup(name).ok_or_else(|| {
            CompileError::typing(format!("name `{name}` is not defined"), span)
                .with_hint("compiled functions can use their parameters, local variables, module-level constants and functions, and imported modules")
        })?;
        self.resolve(global, name, span)
    }

    /// Resolves a name or `module.attr` chain to a global, or `None` if the
    /// expression is not a global reference (a local, a method receiver, ...).
    pub(super) fn resolve_global_expr(&self, e: &AstExpr) -> Result<Option<Resolved>> {
        match e {
            AstExpr::Name(n) => {
                let name = n.id.as_str();
                if self.assigned.contains(name) || self.locals.contains_key(name) {
                    return Ok(None);
                }
                self.resolve_global(name, Span::from(n.range)).map(Some)
            }
            AstExpr::Attribute(a) => match self.resolve_global_expr(&a.value)? {
                Some(base @ Resolved::Module(_)) => self.module_attribute(base, a).map(Some),
                // `Cls.static_method`.
                Some(Resolved::Class(c)) => match c.0.member(a.attr.id.as_str()) {
                    Some(crate::env::Member::Static(f)) => Ok(Some(Resolved::Function(f))),
                    _ => Err(CompileError::unsupported(
                        format!("`{}.{}` is not a static method", c.0.name(), a.attr.id),
                        Span::from(a.range),
                    )),
                },
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    pub(super) fn module_attribute(
        &self,
        base: Resolved,
        a: &ast::ExprAttribute,
    ) -> Result<Resolved> {
        let span = Span::from(a.range);
        let Resolved::Module(m) = base else {
            return Err(CompileError::unsupported(
                format!(
                    "attribute `.{}` of `{}` is not supported",
                    a.attr.id,
                    attr_path(&a.value)
                ),
                span,
            ));
        };
        let attr = a.attr.id.as_str();
        match builtins::lookup(m, attr) {
            Some(item) => Ok(resolved_item(m, attr, item)),
            None => self.library_attribute(m, attr, span),
        }
    }

    /// `m.attr` where the builtin table has nothing: what the host says
    /// (a function of a user's module, a NumPy function written in Python).
    fn library_attribute(&self, m: ModuleId, attr: &str, span: Span) -> Result<Resolved> {
        match self.env.module_attribute(m, attr) {
            Some(global) => self.resolve(global, &qualified(m, attr), span),
            None => Err(unsupported_library(m, attr, span)),
        }
    }

    /// What a global bound to `name` means to the lowering.
    fn resolve(&self, global: Global, name: &str, span: Span) -> Result<Resolved> {
        match global {
            Global::Attr(m, attr) => match builtins::lookup(m, &attr) {
                Some(item) => Ok(resolved_item(m, &attr, item)),
                None => self.library_attribute(m, &attr, span),
            },
            global => resolve(global, name, span),
        }
    }
}

/// The names a target binds (`x`, `(i, (a, b))`).
pub(super) fn bound_names(e: &AstExpr, out: &mut Vec<String>) {
    match e {
        AstExpr::Name(n) => out.push(n.id.to_string()),
        AstExpr::Tuple(t) => t.elts.iter().for_each(|e| bound_names(e, out)),
        AstExpr::List(t) => t.elts.iter().for_each(|e| bound_names(e, out)),
        AstExpr::Starred(s) => bound_names(&s.value, out),
        _ => {}
    }
}

/// What the builtin table's item `m.attr` means to the lowering.
fn resolved_item(m: ModuleId, attr: &str, item: ModuleItem) -> Resolved {
    match item {
        ModuleItem::Module(sub) => Resolved::Module(sub),
        ModuleItem::Exception(kind) => Resolved::Exception(ExceptionClass::Builtin(kind)),
        item => Resolved::Item(item, qualified(m, attr)),
    }
}

/// What a global other than a module's attribute means to the lowering.
fn resolve(global: Global, name: &str, span: Span) -> Result<Resolved> {
    match global {
        Global::Module(m) => Ok(Resolved::Module(m)),
        Global::Attr(m, attr) => Err(unsupported_library(m, &attr, span)),
        Global::Const(c) => Ok(Resolved::Item(ModuleItem::Const(c), name.to_owned())),
        Global::Function(f) => Ok(Resolved::Function(f)),
        Global::Array(a) => Ok(Resolved::Array(a)),
        Global::Str(s) => Ok(Resolved::Str(s)),
        Global::Class(c) => Ok(Resolved::Class(crate::types::ClassRef(c))),
        Global::Type(t) => Ok(Resolved::Type(t)),
        Global::Exception { code, name } => {
            Ok(Resolved::Exception(ExceptionClass::Registered { code, name }))
        }
        Global::Unsupported(ty) if ty == "function" || ty == "builtin_function_or_method" => Err(CompileError::typing(
            format!("`{name}` is a plain Python function, which compiled code cannot call"),
            span,
        )
        .with_hint(format!("decorate `{name}` with @penna.jit to call it from compiled code"))),
        Global::Unsupported(ty) => Err(CompileError::typing(
            format!("global `{name}` is a `{ty}`, which compiled code cannot use"),
            span,
        )
        .with_hint("compiled code can read global numbers and NumPy arrays (frozen at compile time), modules like math and numpy, and other @penna.jit functions; pass other values as arguments")),
    }
}

fn qualified(m: ModuleId, attr: &str) -> String {
    match m {
        ModuleId::Builtins => attr.to_owned(),
        ModuleId::Numpy => format!("np.{attr}"),
        ModuleId::Omp => format!("omp.{attr}"),
        m => format!("{}.{attr}", m.name()),
    }
}

pub(super) fn attr_path(e: &AstExpr) -> String {
    match e {
        AstExpr::Name(n) => n.id.to_string(),
        AstExpr::Attribute(a) => format!("{}.{}", attr_path(&a.value), a.attr.id),
        _ => "<expression>".into(),
    }
}

fn unsupported_library(m: ModuleId, attr: &str, span: Span) -> CompileError {
    CompileError::unsupported(
        format!("`{}` is not supported in compiled code", qualified(m, attr)),
        span,
    )
    .with_hint("see the README's support table for the functions penna compiles")
}

/// The dtype a type-like name stands for as a value (`np.float32`, `float`).
pub(super) fn dtype_of(b: Builtin) -> Option<crate::types::Scalar> {
    use crate::types::Scalar;
    Some(match b {
        Builtin::ScalarCtor(s) => s,
        Builtin::Float => Scalar::F64,
        Builtin::Int => Scalar::I64,
        Builtin::Bool => Scalar::Bool,
        Builtin::Complex => Scalar::C128,
        _ => return None,
    })
}

fn not_a_value(r: &Resolved, name: &str, span: Span) -> CompileError {
    let what = match r {
        Resolved::Module(m) => format!("the module `{}`", m.name()),
        Resolved::Function(f) => format!("the function `{}`", f.name()),
        Resolved::Item(_, n) => format!("`{n}`"),
        Resolved::Array(a) => format!("the array `{}`", a.name),
        Resolved::Str(s) => format!("the string {s:?}"),
        Resolved::Class(c) => format!("the jitclass `{}`", c.0.name()),
        Resolved::Exception(c) => format!("the exception class `{}`", c.name()),
        Resolved::Type(t) => format!("the type {t}"),
    };
    CompileError::unsupported(
        format!("`{name}` is {what}, which cannot be used as a value"),
        span,
    )
    .with_hint("functions and modules can only be called or have their attributes read")
}

pub(super) fn not_callable(r: &Resolved, span: Span) -> CompileError {
    let what = match r {
        Resolved::Module(m) => format!("the module `{}` is not callable", m.name()),
        Resolved::Item(_, n) => format!("`{n}` is not callable"),
        Resolved::Function(f) => format!("`{}` is not callable", f.name()),
        Resolved::Array(a) => format!("the array `{}` is not callable", a.name),
        Resolved::Str(s) => format!("the string {s:?} is not callable"),
        Resolved::Class(c) => format!("the jitclass `{}`", c.0.name()),
        Resolved::Exception(c) => format!("`{}` is not callable", c.name()),
        Resolved::Type(t) => format!("the type {t} is not callable in compiled code"),
    };
    CompileError::typing(what, span)
}

/// Names bound anywhere in a function body (Python's rule for what is local).
pub(super) fn collect_assigned(body: &[AstStmt], out: &mut HashSet<String>) {
    fn targets(e: &AstExpr, out: &mut HashSet<String>) {
        match e {
            AstExpr::Name(n) => {
                out.insert(n.id.to_string());
            }
            AstExpr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            AstExpr::List(t) => t.elts.iter().for_each(|e| targets(e, out)),
            AstExpr::Starred(s) => targets(&s.value, out),
            _ => {}
        }
    }
    for s in body {
        match s {
            AstStmt::Assign(a) => a.targets.iter().for_each(|t| targets(t, out)),
            AstStmt::AugAssign(a) => targets(&a.target, out),
            AstStmt::AnnAssign(a) => targets(&a.target, out),
            AstStmt::For(f) => {
                targets(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            AstStmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            AstStmt::If(i) => {
                collect_assigned(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_assigned(&c.body, out);
                }
            }
            AstStmt::With(w) => collect_assigned(&w.body, out),
            AstStmt::Try(t) => {
                collect_assigned(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(name) = &h.name {
                        out.insert(name.id.to_string());
                    }
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            _ => {}
        }
    }
}
