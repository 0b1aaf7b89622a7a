//! Building a [`Program`]: the entry specialisation and every function it calls.
//!
//! Each (Python function, argument types) pair is one specialisation, lowered
//! from source and inferred. Inference of one function uses the return types of
//! its callees known so far, so the builder repeats rounds over all
//! specialisations until no return type changes; this types recursion (`fib`
//! calls `fib`) and mutual recursion. Then the last round's errors are reported,
//! leftover unknowns are diagnosed, and each function is coerced and validated.

use std::collections::HashMap;
use std::sync::Arc;

use ruff_python_ast as ast;

use crate::coerce::coerce;
use crate::env::{Const, JitFunction};
use crate::error::{CompileError, Result};
use crate::infer::{const_type, infer_function, Callees, OperandTypes};
use crate::ir::*;
use crate::lower::lower_function;
use crate::parse::find_function;
use crate::source::{SourceFile, Span};
use crate::types::Type;

/// More specialisations than this means runaway recursion on growing types.
const MAX_SPECIALIZATIONS: usize = 512;

struct Spec {
    key: usize,
    args: Vec<Type>,
    func: Option<Function>,
    ret: Type,
    operands: OperandTypes,
    errors: Vec<CompileError>,
}

struct ParsedDef {
    def: ast::StmtFunctionDef,
    file: Arc<SourceFile>,
}

struct Builder {
    specs: Vec<Spec>,
    defs: HashMap<usize, Arc<ParsedDef>>,
}

/// Compiles `root` for the argument types `args` into a typed program.
pub fn build_program(
    root: &Arc<dyn JitFunction>,
    args: &[Type],
    declared_ret: Option<&Type>,
) -> Result<Program> {
    let _span = tracing::debug_span!("infer", function = root.name()).entered();
    let mut b = Builder {
        specs: Vec::new(),
        defs: HashMap::new(),
    };
    let def = b.parsed(root)?;
    crate::lower::check_signature(&def.def).map_err(|e| e.in_function(&def.file, root.name()))?;
    // `*args` is one more parameter: the tuple the caller packed.
    let p = &def.def.parameters;
    let params = p.posonlyargs.len() + p.args.len() + usize::from(p.vararg.is_some());
    if params != args.len() {
        return Err(CompileError::typing(
            format!(
                "`{}` takes {params} arguments, but {} were given",
                root.name(),
                args.len()
            ),
            Span::from(def.def.parameters.range),
        )
        .in_function(&def.file, root.name()));
    }
    b.add_spec(root, args)?;
    if let Some(t) = declared_ret.filter(|t| t.scalar().is_some()) {
        let root = b.specs[0].func.as_mut().expect("just added");
        root.declared_ret = Some(t.clone());
    }
    b.solve()?;
    b.finish()
}

impl Builder {
    fn parsed(&mut self, function: &Arc<dyn JitFunction>) -> Result<Arc<ParsedDef>> {
        if let Some(d) = self.defs.get(&function.key()) {
            return Ok(d.clone());
        }
        let src = function.source()?;
        let def = find_function(&src.file, src.first_line, &src.name)?;
        let parsed = Arc::new(ParsedDef {
            def,
            file: src.file,
        });
        self.defs.insert(function.key(), parsed.clone());
        Ok(parsed)
    }

    fn add_spec(&mut self, function: &Arc<dyn JitFunction>, args: &[Type]) -> Result<FuncId> {
        if self.specs.len() >= MAX_SPECIALIZATIONS {
            return Err(CompileError::typing(
                format!("too many specialisations of `{}` (recursion with ever-changing argument types?)", function.name()),
                Span::default(),
            ));
        }
        let parsed = self.parsed(function)?;
        let mut f = lower_function(&parsed.def, parsed.file.clone(), function.env())
            .map_err(|e| e.in_function(&parsed.file, function.name()))?;
        f.param_types = args.to_vec();
        f.flags = function.flags();
        let id = self.specs.len();
        f.symbol = format!("{}.{id}", f.name);
        let source = f.source.clone();
        bind_keywords(&mut f, self).map_err(|e| e.in_function(&source, function.name()))?;
        self.specs.push(Spec {
            key: function.key(),
            args: args.to_vec(),
            func: Some(f),
            ret: Type::Unknown,
            operands: Vec::new(),
            errors: Vec::new(),
        });
        Ok(id)
    }

    /// Rounds of inference over all specialisations until return types settle.
    ///
    /// A round infers the specialisations known at its start callees first
    /// (in reverse order of discovery: a callee is found after its caller), then
    /// those the round discovered in order of discovery, so a chain of calls of
    /// any length settles in two rounds. Return types only widen, so the
    /// rounds reach a fixpoint; the bound grows with the number of
    /// specialisations and only stops a return type that never settles, which
    /// is reported at that function.
    fn solve(&mut self) -> Result<()> {
        let mut round = 0;
        loop {
            let count = self.specs.len();
            let mut last_changed = None;
            let order = (0..count).rev().chain(count..);
            for i in order {
                if i >= self.specs.len() {
                    break;
                }
                let mut f = self.specs[i].func.take().expect("not being inferred");
                let (errors, operands) = infer_function(&mut f, self);
                if f.ret != self.specs[i].ret {
                    last_changed = Some((i, self.specs[i].ret.clone(), f.ret.clone()));
                    self.specs[i].ret = f.ret.clone();
                }
                let spec = &mut self.specs[i];
                spec.func = Some(f);
                spec.errors = errors;
                spec.operands = operands;
            }
            let Some((i, before, after)) = last_changed else {
                if self.specs.len() == count {
                    return Ok(());
                }
                continue;
            };
            round += 1;
            if round > 64 + 4 * self.specs.len() {
                let f = self.specs[i].func.as_ref().expect("inferred");
                return Err(CompileError::typing(
                    format!(
                        "the return type of `{}` does not settle: it changed from {before} to {after} in the last round of type inference",
                        f.name
                    ),
                    f.span,
                )
                .with_hint("give the function's return value one type on every path (convert with int(), float(), ...)")
                .in_function(&f.source, &f.name));
            }
        }
    }

    /// Drops the specialisations no final call reaches from the entry, with
    /// their errors: an earlier inference pass asked for them with types
    /// that later widened (`f(prev)` while `prev` was still only `None`).
    /// Call sites are renumbered.
    fn drop_unreachable(&mut self) {
        let n = self.specs.len();
        let mut seen = vec![false; n];
        let mut stack = vec![0];
        seen[0] = true;
        while let Some(i) = stack.pop() {
            let Some(f) = self.specs[i].func.as_ref() else {
                continue;
            };
            for (_, e) in f.exprs.iter() {
                if let Some(id) = called_spec(e) {
                    if id < n && !seen[id] {
                        seen[id] = true;
                        stack.push(id);
                    }
                }
            }
        }
        if seen.iter().all(|&s| s) {
            return;
        }
        let mut renumbered = vec![0; n];
        let mut next = 0;
        for (i, &kept) in seen.iter().enumerate() {
            renumbered[i] = next;
            next += usize::from(kept);
        }
        let specs = std::mem::take(&mut self.specs);
        self.specs = specs
            .into_iter()
            .zip(&seen)
            .filter_map(|(spec, &kept)| kept.then_some(spec))
            .collect();
        for f in self.specs.iter_mut().filter_map(|s| s.func.as_mut()) {
            for k in 0..f.exprs.len() {
                let id = match &mut f.exprs[ExprId::from_index(k)] {
                    Expr::Call {
                        callee:
                            Callee::Function {
                                resolved: Some(id), ..
                            },
                        ..
                    }
                    | Expr::Call {
                        callee: Callee::New { init: Some(id), .. },
                        ..
                    } => id,
                    _ => continue,
                };
                *id = renumbered[*id];
            }
        }
    }

    fn finish(mut self) -> Result<Program> {
        self.drop_unreachable();
        // A function's own typing errors come before what they leave unknown
        // in its callers ("cannot infer the type" of the call).
        if let Some(spec) = self.specs.iter_mut().find(|s| !s.errors.is_empty()) {
            let f = spec.func.as_ref().expect("inferred");
            return Err(spec.errors.remove(0).in_function(&f.source, &f.name));
        }
        let mut functions = Vec::with_capacity(self.specs.len());
        for spec in self.specs {
            let mut f = spec.func.expect("inferred");
            let ctx = |e: CompileError| e.in_function(&f.source, &f.name);
            if let Some(e) = spec.errors.into_iter().next() {
                return Err(ctx(e));
            }
            if let Some(e) = check_known(&f) {
                return Err(e.in_function(&f.source, &f.name));
            }
            if functions.is_empty() && holds_generator(&f.ret) {
                return Err(ctx(CompileError::unsupported(
                    format!("`{}` returns {} to Python", f.name, f.ret),
                    f.span,
                )
                .with_hint("a numpy.random.Generator is passed into compiled code, never out: return what it drew")));
            }
            // A record returned to Python: a copy of its bytes (a 0-d record
            // array, which the host reads as the record), made before the
            // array the record lives in can be freed.
            if let (true, Type::Record(r)) = (functions.is_empty(), &f.ret) {
                f.ret = Type::RecordArray(crate::types::RecordArrayType {
                    record: r.clone(),
                    ndim: 0,
                    readonly: false,
                });
            }
            if functions.is_empty() && holds(&f.ret, &|t| matches!(t, Type::Record(_))) {
                return Err(ctx(CompileError::unsupported(
                    format!("`{}` returns {} to Python", f.name, f.ret),
                    f.span,
                )
                .with_hint("a record inside a tuple or a container is not passed out of compiled code yet: return it on its own, or its fields (`r.x`)")));
            }
            coerce(&mut f, &spec.operands);
            crate::definite::mark_maybe_unassigned(&mut f);
            crate::parallel::plan(&mut f).map_err(|e| e.in_function(&f.source, &f.name))?;
            crate::validate::validate(&f).map_err(|e| e.in_function(&f.source, &f.name))?;
            functions.push(f);
        }
        Ok(Program {
            functions,
            entry: 0,
        })
    }
}

/// The specialisation a call expression calls, if any.
fn called_spec(e: &Expr) -> Option<FuncId> {
    match e {
        Expr::Call {
            callee: Callee::Function { resolved, .. } | Callee::New { init: resolved, .. },
            ..
        } => *resolved,
        _ => None,
    }
}

/// Whether a value of type `t` holds a `numpy.random.Generator` (which
/// compiled code borrows from Python and cannot hand back).
fn holds_generator(t: &Type) -> bool {
    holds(t, &|t| *t == Type::Generator)
}

/// Whether `t` is, or holds somewhere inside, a type that `is` picks.
fn holds(t: &Type, is: &dyn Fn(&Type) -> bool) -> bool {
    if is(t) {
        return true;
    }
    match t {
        Type::Tuple(items) => items.iter().any(|t| holds(t, is)),
        Type::Optional(t) | Type::List { item: t, .. } | Type::Set(t) | Type::GeneratorOf(t) => {
            holds(t, is)
        }
        Type::Dict(k, v) => holds(k, is) || holds(v, is),
        _ => false,
    }
}

impl Callees for Builder {
    fn specialize(
        &mut self,
        function: &Arc<dyn JitFunction>,
        args: &[Type],
        _span: Span,
    ) -> Result<(FuncId, Type)> {
        let key = function.key();
        if let Some(i) = self
            .specs
            .iter()
            .position(|s| s.key == key && s.args == args)
        {
            return Ok((i, self.specs[i].ret.clone()));
        }
        let id = self.add_spec(function, args)?;
        Ok((id, Type::Unknown))
    }

    fn bind_call(&mut self, f: &mut Function, e: ExprId) -> Result<()> {
        bind_call(f, e, self)
    }
}

/// Rewrites calls of jitted functions to positional form: keywords moved to
/// their parameter's position, defaults filled in as literals.
fn bind_keywords(f: &mut Function, b: &mut Builder) -> Result<()> {
    for i in 0..f.exprs.len() {
        let e = ExprId::from_index(i);
        let Expr::Call {
            callee: Callee::Function { .. },
            args,
            ..
        } = &f.exprs[e]
        else {
            continue;
        };
        // `f(*t)`: bound once inference knows `t` (`infer::unpack`).
        if args.iter().any(|&a| matches!(f.exprs[a], Expr::Unpack(_))) {
            continue;
        }
        bind_call(f, e, b)?;
    }
    Ok(())
}

/// Binds call `e` (of a jitted function) to positional form: see
/// [`bind_keywords`].
fn bind_call(f: &mut Function, e: ExprId, b: &mut Builder) -> Result<()> {
    {
        let Expr::Call {
            callee: Callee::Function { function, .. },
            args,
            keywords,
        } = &f.exprs[e]
        else {
            return Ok(());
        };
        let (function, mut args, keywords) = (function.clone(), args.clone(), keywords.clone());
        let parsed = b.parsed(&function)?;
        let params: Vec<String> = parsed
            .def
            .parameters
            .posonlyargs
            .iter()
            .chain(&parsed.def.parameters.args)
            .map(|p| p.parameter.name.id.to_string())
            .collect();
        let defaults = function.defaults();
        let span = f.span(e);
        // `*args`: what comes after the other parameters, as one tuple.
        let packed = parsed.def.parameters.vararg.is_some().then(|| {
            let rest = args.split_off(args.len().min(params.len()));
            f.add_expr(Expr::Tuple(rest), span)
        });
        if args.len() > params.len() {
            return Err(CompileError::typing(
                format!(
                    "`{}` takes {} arguments, but {} were given",
                    function.name(),
                    params.len(),
                    args.len()
                ),
                span,
            ));
        }
        for (k, name) in params.iter().enumerate().skip(args.len()) {
            let value = if let Some((_, v)) = keywords.iter().find(|(n, _)| n == name) {
                *v
            } else {
                let first_default = params.len() - defaults.len();
                match k.checked_sub(first_default).map(|d| defaults[d]) {
                    Some(Some(c)) => f.add_expr(Expr::Literal(c), span),
                    Some(None) => {
                        return Err(CompileError::unsupported(
                            format!(
                                "the default value of parameter `{name}` of `{}` is not a number",
                                function.name()
                            ),
                            span,
                        ))
                    }
                    None => {
                        return Err(CompileError::typing(
                            format!(
                                "missing argument `{name}` in the call of `{}`",
                                function.name()
                            ),
                            span,
                        ))
                    }
                }
            };
            args.push(value);
        }
        args.extend(packed);
        if let Some((name, v)) = keywords.iter().find(|(n, _)| !params[..].contains(n)) {
            return Err(CompileError::typing(
                format!("`{}` has no parameter named `{name}`", function.name()),
                f.span(*v),
            )
            .with_hint(format!(
                "`{}` takes ({})",
                function.name(),
                params.join(", ")
            )));
        }
        if let Expr::Call {
            args: a,
            keywords: k,
            ..
        } = &mut f.exprs[e]
        {
            *a = args;
            k.clear();
        }
    }
    Ok(())
}

/// Finds what inference could not type, and says why.
fn check_known(f: &Function) -> Option<CompileError> {
    let mut unknown = None;
    visit_exprs(&f.body, &mut |e| {
        // A new container whose items are never known (`len([])`) is fine;
        // variables holding one were reported by inference.
        let t = f.ty(e);
        if unknown.is_none() && !t.is_known() && !t.is_partial_container() {
            unknown = Some(e);
        }
    });
    let Some(mut e) = unknown else {
        if f.ret.is_known() {
            return None;
        }
        return Some(
            CompileError::typing(
                format!("cannot infer the return type of `{}`", f.name),
                f.span,
            )
            .with_hint(
                "a recursive function needs a path that returns without recursing (a base case)",
            ),
        );
    };
    // Descend to the innermost unknown operand: usually the variable at fault.
    while let Some(o) = f.exprs[e]
        .operands()
        .into_iter()
        .find(|&o| !f.ty(o).is_known())
    {
        e = o;
    }
    if let Expr::Local(l) = f.exprs[e] {
        let local = &f.locals[l];
        return Some(
            CompileError::typing(
                format!("variable `{}` is used before it is assigned", local.name),
                f.span(e),
            )
            .with_hint("assign the variable on every path before this use"),
        );
    }
    Some(CompileError::typing(
        "cannot infer the type of this expression",
        f.span(e),
    ))
}

/// Calls `visit` for every expression reachable from the statements of `block`.
pub fn visit_exprs(block: &[Statement], visit: &mut dyn FnMut(ExprId)) {
    for s in block {
        s.kind.visit_own_exprs(&mut *visit);
        s.kind.visit_blocks(|b| visit_exprs(b, visit));
    }
}

impl Const {
    pub fn ty(self) -> Type {
        const_type(self)
    }
}
