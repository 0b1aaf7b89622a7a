//! Type inference for one function, Numba-style.
//!
//! Every local is a type variable that starts `Unknown` and only widens (the join
//! of the promotion lattice, [`unify`]). A pass walks the body in order, typing
//! each expression from its operands and widening locals at assignments; passes
//! repeat until no local and no return type changes. Operations whose operands
//! are still `Unknown` are skipped and typed in a later pass, which is how a loop
//! that turns `x = 0` into a float, or a recursive call, gets its final type.
//!
//! Only the errors of the last pass count: types only widen, so an error found
//! with the final types is real, and one found with earlier types may not be.

mod classes;
mod generators;
mod index;
mod overloads;
mod records;
mod refine;
mod strings;
mod unpack;
mod unroll;

use crate::builtins::{Attribute, Builtin, ContainerFn, Method, NpFn};
use crate::env::{Const, JitFunction};
use crate::error::{CompileError, Result};
use crate::ir::*;
use crate::source::Span;
use crate::types::{unify, ArrayType, Layout, Scalar, Type};
use crate::typing::{self, containers, OpType};
use std::sync::Arc;

/// Where inference gets callee information from (the program builder).
pub trait Callees {
    /// The specialisation of `function` for `args` (created if new), and the
    /// return type known for it so far (`Unknown` while it is being inferred).
    fn specialize(
        &mut self,
        function: &Arc<dyn JitFunction>,
        args: &[Type],
        span: Span,
    ) -> Result<(FuncId, Type)>;

    /// Binds call `e` of `f` (a jitted function's) to its callee's
    /// parameters: keywords, defaults, `*args` packed (see
    /// `program::bind_call`); for calls whose arguments were only known
    /// during inference (`f(*t)`).
    fn bind_call(&mut self, f: &mut Function, e: ExprId) -> Result<()>;
}

/// What inference leaves for the coerce pass: per expression, the types its
/// operands must be converted to.
pub type OperandTypes = Vec<Option<Vec<Type>>>;

/// Whether `block` holds a `return` (the lowering writes one at a
/// reachable end of the function).
fn returns(block: &[Statement]) -> bool {
    block.iter().any(|s| {
        let mut found = matches!(s.kind, Stmt::Return(_));
        s.kind.visit_blocks(|b| found |= returns(b));
        found
    })
}

/// Infers `f` to a fixpoint against the callee types known now. Returns the
/// errors of the last pass and the operand types for coercion.
pub fn infer_function(
    f: &mut Function,
    callees: &mut dyn Callees,
) -> (Vec<CompileError>, OperandTypes) {
    crate::prune::prune_none_branches(f);
    // A function that only raises (no `return`, no reachable end) returns
    // nothing: callers may still be typed, and the raise happens at run time.
    if f.generator {
        if !matches!(f.ret, Type::GeneratorOf(_)) {
            f.ret = Type::GeneratorOf(Box::new(Type::Unknown));
        }
    } else if !f.ret.is_known() && !returns(&f.body) {
        f.ret = Type::None;
    }
    let mut pass = 0;
    loop {
        pass += 1;
        let mut body = std::mem::take(&mut f.body);
        let expanded = refine::expand_tuple_stores(f, &mut body);
        let expanded = generators::rewrite_loops(f, &mut body) || expanded;
        let expanded = unroll::unroll_loops(f, &mut body) || expanded;
        let mut infer = Infer {
            f,
            callees,
            errors: Vec::new(),
            operands: Vec::new(),
            changed: expanded,
        };
        infer.operands.resize(infer.f.exprs.len(), None);
        infer.block(&body);
        infer.f.body = body;
        let Infer {
            errors,
            operands,
            changed,
            ..
        } = infer;
        if !changed || pass >= 64 {
            let mut errors = errors;
            if errors.is_empty() {
                errors.extend(refine::uninferred_containers(f));
            }
            if changed {
                errors.push(CompileError::typing("type inference did not converge", f.span).with_hint(
                    "a variable's type keeps growing (a tuple nested in itself?); give it one type",
                ));
            }
            return (errors, operands);
        }
    }
}

struct Infer<'a> {
    f: &'a mut Function,
    callees: &'a mut dyn Callees,
    errors: Vec<CompileError>,
    operands: OperandTypes,
    changed: bool,
}

impl Infer<'_> {
    fn block(&mut self, block: &Block) {
        for s in block {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Statement) {
        match &s.kind {
            Stmt::Assign { local, value } => {
                let t = self.expr(*value);
                self.widen_local(*local, &t, self.f.span(*value));
                if let (true, Expr::Local(source)) =
                    (t.is_partial_container(), &self.f.exprs[*value])
                {
                    // `adj = $rows`: one container under two names; what a
                    // use of `adj` tells types `$rows` too.
                    let learned = self.f.locals[*local].ty.clone();
                    self.widen_local(*source, &learned, self.f.span(*value));
                }
            }
            Stmt::Store {
                base,
                indices,
                value,
            } => {
                // Optional parts are checked values here (see `coerce`).
                let bt = self.expr(*base).unwrap_optional().clone();
                let its: Vec<Type> = indices
                    .iter()
                    .map(|&i| self.expr(i).unwrap_optional().clone())
                    .collect();
                let vt = self.expr(*value).unwrap_optional().clone();
                if bt.is_partial_container() {
                    // `d = {}; d[k] = v` tells the dict's types.
                    let key = containers::subscript_key(&its);
                    if let Some(t) = containers::refine_store(&bt, &key, &vt) {
                        self.refine_receiver(*base, t);
                    }
                    return;
                }
                if !bt.is_known() || !vt.is_known() || its.iter().any(|t| !t.is_known()) {
                    return;
                }
                match &bt {
                    t if t.is_container() => {
                        if let Err(msg) = containers::store(t, &its, &vt) {
                            let e = CompileError::typing(msg, s.span)
                                .with_note(format!("container: {t}"))
                                .with_note(format!("value: {vt}"));
                            self.error(e);
                        }
                    }
                    Type::Array(a) => {
                        let target = match self.subscript(a, &its, indices) {
                            Ok(t) => t,
                            Err(msg) => {
                                self.error(CompileError::typing(msg, s.span));
                                return;
                            }
                        };
                        if a.readonly {
                            let e = CompileError::typing(
                                format!("cannot write into a read-only array ({bt})"),
                                s.span,
                            )
                            .with_hint("the NumPy array passed in is not writeable (a.flags.writeable is False); pass a copy");
                            self.error(e);
                            return;
                        }
                        let elem = Type::Scalar(a.dtype);
                        let fits = match (&target, &vt) {
                            // Slice assignment: a number, or an array that broadcasts.
                            (Some(view), Type::Array(v)) => {
                                v.ndim <= view.ndim
                                    && (v.dtype.is_complex() <= a.dtype.is_complex())
                            }
                            _ => typing::can_convert(&vt, &elem),
                        };
                        if !fits {
                            let e = CompileError::typing(
                                format!("cannot store {vt} into an array of {}", a.dtype.name()),
                                self.f.span(*value),
                            )
                            .with_note(format!("array: {bt}"));
                            self.error(e);
                        }
                    }
                    Type::Tuple(_) => self.error(
                        CompileError::typing(
                            "tuples are immutable; cannot assign to an item",
                            s.span,
                        )
                        .with_hint("build a new tuple, or use an array"),
                    ),
                    t => self.error(CompileError::typing(
                        format!("{t} does not support item assignment"),
                        s.span,
                    )),
                }
            }
            Stmt::Print { items, .. } => {
                for e in items.iter().filter_map(PrintItem::value) {
                    let t = self.expr(e);
                    if t.is_known() && !printable(&t) {
                        let err = CompileError::unsupported(format!("printing a value of type {t} is not supported yet"), self.f.span(e))
                            .with_hint("print numbers, tuples of numbers and string literals; print array elements one by one");
                        self.error(err);
                    }
                }
            }
            Stmt::Eval(e) => {
                self.expr(*e);
            }
            Stmt::If {
                cond,
                accept,
                reject,
            } => {
                self.condition(*cond);
                self.block(accept);
                self.block(reject);
            }
            Stmt::While { cond, body } => {
                self.condition(*cond);
                self.block(body);
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                ..
            } => {
                for bound in [*start, *stop, *step] {
                    let t = self.expr(bound);
                    if let Some(s) = t.scalar() {
                        if !s.is_integral() {
                            self.error(
                                CompileError::typing(
                                    format!("range() needs integers, got {t}"),
                                    self.f.span(bound),
                                )
                                .with_hint("convert with int(...)"),
                            );
                        }
                    } else if t.is_known() {
                        self.error(CompileError::typing(
                            format!("range() needs integers, got {t}"),
                            self.f.span(bound),
                        ));
                    }
                }
                self.widen_local(*var, &Type::I64, s.span);
                self.block(body);
            }
            Stmt::Region { body, .. } | Stmt::Critical(body) | Stmt::ThreadLoop(body) => {
                self.block(body)
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.block(body);
                for h in handlers {
                    if let Some(name) = h.name {
                        self.widen_local(name, &Type::Str, s.span);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finally);
            }
            Stmt::Reraise => {}
            Stmt::ObjMode { outputs, .. } => {
                for (l, t) in outputs {
                    self.widen_local(*l, t, s.span);
                }
            }
            Stmt::Barrier | Stmt::Collective { .. } => {}
            Stmt::Yield(value) => {
                let t = self.expr(*value);
                self.yielded(&t, s.span);
            }
            Stmt::Return(Some(v)) if self.f.generator => {
                self.expr(*v);
                self.error(
                    CompileError::unsupported(
                        format!("`return` with a value in the generator `{}`", self.f.name),
                        s.span,
                    )
                    .with_hint("a generator's return value (StopIteration.value) is not kept: `return` alone ends it"),
                );
            }
            Stmt::Return(None) if self.f.generator => {}
            Stmt::Return(value) => {
                let t = match value {
                    Some(v) => self.expr(*v),
                    None => Type::None,
                };
                if !t.is_known() {
                    return;
                }
                if let Some(d) = self.f.declared_ret.clone() {
                    if !typing::can_convert(&t, &d) {
                        self.error(CompileError::typing(
                            format!("`{}` returns {t} here, which does not convert to the declared return type {d}", self.f.name),
                            s.span,
                        ));
                    } else if self.f.ret != d {
                        self.f.ret = d;
                        self.changed = true;
                    }
                    return;
                }
                match unify(&self.f.ret, &t) {
                    Ok(r) => {
                        if r != self.f.ret {
                            self.f.ret = r;
                            self.changed = true;
                        }
                    }
                    Err(_) => {
                        let ret = self.f.ret.clone();
                        let message = if value.is_none() && s.span == self.f.span {
                            format!("the end of `{}` can be reached, returning None, but `{0}` returns {ret} elsewhere", self.f.name)
                        } else {
                            format!("`{}` returns {t} here, but {ret} elsewhere", self.f.name)
                        };
                        let mut e = CompileError::typing(message, s.span);
                        if ret == Type::None || t == Type::None {
                            e = e.with_hint("return a value of one type on every path");
                        }
                        self.error(e);
                    }
                }
            }
            Stmt::Break | Stmt::Continue | Stmt::Raise { .. } => {}
            Stmt::RaiseValue { message, .. } => {
                let t = self.expr(*message);
                if t.is_known() && t != Type::Str {
                    let e = CompileError::internal(format!("an exception message of type {t}"))
                        .at(s.span);
                    self.error(e);
                }
            }
        }
    }

    fn condition(&mut self, cond: ExprId) {
        let t = self.expr(cond);
        if t.is_known() {
            if let Err(msg) = typing::truth(&t) {
                self.error(CompileError::typing(msg, self.f.span(cond)));
            }
        }
    }

    /// A generator's `yield` of a `t`: its item type grows to take it
    /// (every `yield` of one generator must give one type, as `return`s do).
    fn yielded(&mut self, t: &Type, span: Span) {
        let Type::GeneratorOf(item) = &self.f.ret else {
            return;
        };
        if !t.is_known() {
            return;
        }
        match unify(item, t) {
            Ok(u) if u == **item => {}
            Ok(u) => {
                self.f.ret = Type::GeneratorOf(Box::new(u));
                self.changed = true;
            }
            Err(_) => {
                let e = CompileError::typing(
                    format!("`{}` yields {t} here, but {item} elsewhere", self.f.name),
                    span,
                )
                .with_hint("yield values of one type");
                self.error(e);
            }
        }
    }

    fn widen_local(&mut self, local: LocalId, t: &Type, span: Span) {
        if !t.is_known() && !t.is_partial_container() {
            return;
        }
        let current = self.f.locals[local].ty.clone();
        match unify(&current, t) {
            Ok(u) => {
                if u != current {
                    self.f.locals[local].ty = u;
                    self.changed = true;
                }
            }
            Err(_) => {
                let l = &self.f.locals[local];
                let e = CompileError::typing(
                    format!(
                        "variable `{}` is assigned {t} here, but it holds {current} elsewhere",
                        l.name
                    ),
                    span,
                )
                .with_label(l.span, format!("`{}` first bound here", l.name))
                .with_hint("give each variable one type; use a new name for the other value");
                self.error(e);
            }
        }
    }

    fn error(&mut self, e: CompileError) {
        self.errors.push(e);
    }

    /// Types an expression (and its operands), recording the result.
    fn expr(&mut self, e: ExprId) -> Type {
        let t = match self.type_expr(e) {
            Ok(t) => t,
            Err(err) => {
                self.error(err);
                Type::Unknown
            }
        };
        self.f.expr_types[e.index()] = t.clone();
        t
    }

    fn set_operands(&mut self, e: ExprId, op: OpType) -> Type {
        self.operands[e.index()] = Some(op.operands);
        op.result
    }

    /// Turns a rule's message into an error at `e` naming the operand types.
    fn rule_error(&self, e: ExprId, msg: String, operands: &[ExprId]) -> CompileError {
        let mut err = CompileError::typing(msg, self.f.span(e));
        for &o in operands {
            let src = self.f.source.slice(self.f.span(o)).to_owned();
            let is_literal = matches!(self.f.exprs[o], Expr::Literal(_));
            if !is_literal && !src.is_empty() && src.len() < 60 {
                err = err.with_note(format!("{src}: {}", self.f.ty(o)));
            }
        }
        err
    }

    fn type_expr(&mut self, e: ExprId) -> Result<Type> {
        let expr = self.f.exprs[e].clone();
        let operands = expr.operands();
        let types: Vec<Type> = operands.iter().map(|&o| self.expr(o)).collect();
        // An optional value used as a value is its `T`: coercion then checks
        // it (`None` raises TypeError). Only `is None`, `and`/`or`,
        // conditionals, tuples and calls of jitted functions take it as is.
        let unwrapped = types.iter().any(|t| matches!(t, Type::Optional(_))) && unwraps(&expr);
        let types: Vec<Type> = if unwrapped {
            types.iter().map(|t| t.unwrap_optional().clone()).collect()
        } else {
            types
        };
        if self.reroute(e, &types) {
            return self.type_expr(e);
        }
        if let Some(expanded) = self.expand_unpack(e, &expr) {
            return match expanded? {
                true => self.type_expr(e),
                false => Ok(Type::Unknown),
            };
        }
        if let Expr::Call {
            callee: Callee::Method(m),
            args,
            ..
        } = &expr
        {
            if types[0].is_partial_container() {
                // `l = []; l.append(x)`: the call tells the list's item type.
                if let Some(t) = containers::refine(*m, &types) {
                    self.refine_receiver(args[0], t);
                }
                // `d.get(k, 0)` on a dict not yet typed: the default's type
                // for now (`d[k] = d.get(k, 0) + x` then types the dict).
                if *m == Method::Get && types.len() == 3 && types[2].is_known() {
                    return Ok(types[2].clone());
                }
                return Ok(Type::Unknown);
            }
        }
        // `x is None` needs no operand type; a conditional or `and`/`or` can be
        // typed from the branches known so far (`Unknown` is the bottom of the
        // lattice), which is how `n if n < 2 else f(n - 1)` types in recursion.
        let partial = match expr {
            Expr::Compare {
                op: CmpOp::Is | CmpOp::IsNot,
                ..
            } => true,
            Expr::Select { .. } => types[0].is_known() && types[1..].iter().any(Type::is_known),
            Expr::Logical { .. } => types.iter().any(Type::is_known),
            // An item of a container still being typed (`d[k]` of a dict of
            // empty lists) may be an empty container that its use types.
            Expr::Index { .. } => {
                let key_known = match &types[0] {
                    Type::Dict(k, _) => k.is_known(),
                    t => matches!(t, Type::List { .. }),
                };
                key_known && types[1..].iter().all(Type::is_known)
            }
            _ => false,
        };
        // Containers take empty containers as items (`rows.append([])`): the
        // item converts to the container's item type once that is known.
        let takes_empty = matches!(
            expr,
            Expr::Call {
                callee: Callee::Method(_) | Callee::Builtin(Builtin::Container(_)),
                ..
            }
        );
        let known = |t: &Type| t.is_known() || (takes_empty && t.is_partial_container());
        if !partial && !types.iter().all(known) {
            // The call may still need specialising later; nothing to do now.
            return Ok(Type::Unknown);
        }
        let rule = |this: &Self, r: typing::Rule| r.map_err(|m| this.rule_error(e, m, &operands));
        let wanted = unwrapped.then(|| types.clone());
        let t = match expr {
            Expr::Literal(c) => const_type(c),
            Expr::Frozen(a) => Type::Array(ArrayType {
                dtype: a.dtype,
                ndim: a.shape.len() as u8,
                layout: Layout::C,
                readonly: true,
            }),
            Expr::TypeRef(t) => Type::TypeRef(Box::new(t.clone())),
            Expr::Str(_) => Type::Str,
            Expr::Function(r) => Type::Function(r),
            Expr::Local(l) => self.f.locals[l].ty.clone(),
            Expr::Param(i) => self.f.param_types[i].clone(),
            Expr::Unary { op, .. } => {
                let op = rule(self, typing::unary(op, &types[0]))?;
                self.set_operands(e, op)
            }
            Expr::Binary { op, rhs, .. } => {
                let k = self.f.const_int(rhs);
                let symbol = typing::binary_symbol(op);
                let mut op = rule(self, typing::binary(op, &types[0], &types[1], k))?;
                if let Type::Array(target) = &types[0] {
                    if self.f.augmented.contains(&e) {
                        // `a += b` on an array updates `a` in place.
                        if target.readonly {
                            return Err(self.rule_error(e, format!("cannot update a read-only array ({}) in place", types[0]), &operands)
                                .with_hint("the NumPy array passed in is not writeable; use `a = a + b` for a new array"));
                        }
                        let result = op.result.clone();
                        if let Type::Array(r) = &result {
                            if r.ndim > target.ndim {
                                return Err(self.rule_error(
                                    e,
                                    format!(
                                        "cannot update {} in place with a result of type {result}",
                                        types[0]
                                    ),
                                    &operands,
                                ));
                            }
                            let rhs_scalar = types[1].scalar();
                            if !typing::numpy::in_place_cast(r.dtype, rhs_scalar, target.dtype) {
                                return Err(self.rule_error(
                                    e,
                                    format!(
                                        "cannot update {} in place: its {} result does not cast to {} under NumPy's same_kind rule",
                                        types[0], r.dtype.name(), target.dtype.name()
                                    ),
                                    &operands,
                                ).with_hint(format!("write `a = a {symbol} b` for a new array, or convert explicitly (`.astype(...)`)")));
                            }
                        }
                        op.result = types[0].clone();
                    }
                }
                self.set_operands(e, op)
            }
            Expr::Compare { op, .. } => {
                let op = rule(self, typing::compare(op, &types[0], &types[1]))?;
                self.set_operands(e, op)
            }
            Expr::Logical { op, .. } => {
                for (t, &o) in types.iter().zip(&operands).filter(|(t, _)| t.is_known()) {
                    typing::truth(t).map_err(|m| CompileError::typing(m, self.f.span(o)))?;
                }
                let t = unify(&types[0], &types[1]).map_err(|_| {
                    let word = if op == LogicalOp::And { "and" } else { "or" };
                    self.rule_error(e, format!("the operands of `{word}` have types {} and {}, which do not unify", types[0], types[1]), &operands)
                        .with_hint("`x and y` / `x or y` evaluate to one of the operands; use bool(x) and bool(y) for a boolean")
                })?;
                self.set_operands(e, OpType::new(vec![t.clone(), t.clone()], t))
            }
            Expr::Select { .. } => {
                typing::truth(&types[0])
                    .map_err(|m| CompileError::typing(m, self.f.span(operands[0])))?;
                let t = unify(&types[1], &types[2]).map_err(|_| {
                    self.rule_error(e, format!("the branches of this conditional expression have types {} and {}, which do not unify", types[1], types[2]), &operands[1..])
                })?;
                self.set_operands(e, OpType::new(vec![Type::BOOL, t.clone(), t.clone()], t))
            }
            Expr::Cast(_) => self.f.ty(e).clone(),
            Expr::Tuple(_) => Type::Tuple(types),
            // Typed only to be expanded (`expand_unpack`).
            Expr::Unpack(_) => types[0].clone(),
            Expr::Index { base, ref indices } => {
                let (base_t, index_t) = (&types[0], &types[1..]);
                match base_t {
                    Type::Array(a) => {
                        let result = match self
                            .subscript(a, index_t, indices)
                            .map_err(|m| self.rule_error(e, m, &operands))?
                        {
                            Some(view) => Type::Array(view),
                            None => Type::Scalar(a.dtype),
                        };
                        // Integer indices of any width are int64 to the back end.
                        let ops = std::iter::once(base_t.clone())
                            .chain(index_t.iter().map(index_operand))
                            .collect();
                        self.set_operands(e, OpType::new(ops, result))
                    }
                    Type::Tuple(items) => self.tuple_item(e, base, items, indices)?,
                    Type::RecordArray(a) => {
                        let a = a.clone();
                        self.record_index(e, &a, &types, &operands)?
                    }
                    t if t.is_container() => {
                        let op = rule(self, containers::index(t, index_t))?;
                        self.set_operands(e, op)
                    }
                    t => return Err(self.rule_error(e, format!("{t} cannot be indexed"), &[base])),
                }
            }
            Expr::Slice { .. } => {
                let mut ops = Vec::new();
                for (t, &o) in types.iter().zip(&operands) {
                    match t {
                        Type::None => ops.push(Type::None),
                        Type::Scalar(s) if s.is_int() => ops.push(Type::I64),
                        t => {
                            return Err(CompileError::typing(
                                format!("slice bounds must be integers or None, got {t}"),
                                self.f.span(o),
                            ))
                        }
                    }
                }
                self.set_operands(e, OpType::new(ops, Type::Slice))
            }
            Expr::Attr { attr, .. } => {
                let t = typing::builtins::attribute(attr, &types[0])
                    .map_err(|m| self.rule_error(e, m, &operands))?;
                if matches!(attr, Attribute::Real | Attribute::Imag)
                    && types[0].scalar().is_some_and(|s| !s.is_complex())
                {
                    // .real of a real number is the number itself.
                    self.operands[e.index()] = Some(vec![t.clone()]);
                }
                t
            }
            Expr::Call { callee, .. } => match callee {
                Callee::Builtin(b) => {
                    let op = rule(self, typing::builtins::call(b, &types))?;
                    self.set_operands(e, op)
                }
                Callee::Method(m) => {
                    let op = rule(self, typing::builtins::method(m, &types))?;
                    self.set_operands(e, op)
                }
                callee @ (Callee::GetAttr(_)
                | Callee::SetAttr(_)
                | Callee::NamedMethod(_)
                | Callee::New { .. }) => self.type_member(e, callee, &types, &operands)?,
                Callee::Value => {
                    return Err(self
                        .rule_error(
                            e,
                            format!("a value of type {} is not callable", types[0]),
                            &operands[..1],
                        )
                        .with_hint(
                            "compiled code calls @penna.jit functions, also passed in as arguments",
                        ))
                }
                Callee::Function {
                    function, method, ..
                } => {
                    let generic = function.is_generic();
                    let Some(function) = self.implementation(e, function, &types, &operands)?
                    else {
                        // A generic function waits for its argument types.
                        return Ok(Type::Unknown);
                    };
                    if method && !generic && types[0].is_known() && types[0] != Type::Generator {
                        return Err(CompileError::unsupported(
                            format!(
                                "the method `.{}()` is not supported on {}",
                                function.name(),
                                types[0]
                            ),
                            self.f.span(e),
                        )
                        .with_hint(format!(
                            "penna knows `.{}()` as a method of numpy.random.Generator",
                            function.name()
                        )));
                    }
                    let (id, ret) = self.callees.specialize(&function, &types, self.f.span(e))?;
                    if let Expr::Call {
                        callee: Callee::Function { resolved, .. },
                        ..
                    } = &mut self.f.exprs[e]
                    {
                        *resolved = Some(id);
                    }
                    ret
                }
            },
        };
        if let Some(wanted) = wanted {
            // Rules that left their operands as they came still get the
            // checked values.
            self.operands[e.index()].get_or_insert(wanted);
        }
        Ok(t)
    }
}

/// Whether `expr` uses its operands' values (so an optional operand is
/// checked and unwrapped first).
fn unwraps(expr: &Expr) -> bool {
    match expr {
        Expr::Compare { op, .. } => !matches!(op, CmpOp::Is | CmpOp::IsNot),
        Expr::Logical { .. } | Expr::Select { .. } | Expr::Tuple(_) | Expr::Cast(_) => false,
        Expr::Call { callee, .. } => !matches!(
            callee,
            Callee::Function { .. } | Callee::New { .. } | Callee::Value
        ),
        _ => true,
    }
}

/// Whether `print` in compiled code can show a value of type `t`.
fn printable(t: &Type) -> bool {
    match t {
        Type::Scalar(_) | Type::None | Type::Str => true,
        Type::Tuple(items) => items.iter().all(printable),
        Type::Array(_)
        | Type::Unknown
        | Type::DType(_)
        | Type::TypeRef(_)
        | Type::Slice
        | Type::Function(_)
        | Type::Class(_)
        | Type::GeneratorOf(_)
        | Type::Record(_)
        | Type::RecordArray(_)
        | Type::Generator => false,
        // Containers print as Python prints them (the host reads them).
        Type::List { .. } | Type::Dict(..) | Type::Set(_) => true,
        Type::Optional(t) => printable(t),
    }
}

pub fn const_type(c: Const) -> Type {
    match c {
        Const::Bool(_) => Type::BOOL,
        Const::Int(_) => Type::I64,
        Const::Float(_) => Type::F64,
        Const::Complex(..) => Type::Scalar(Scalar::C128),
        Const::None => Type::None,
        Const::DType(s) => Type::DType(s),
    }
}

/// The type an array index converts to: integers of every width are int64;
/// slices and index arrays stay as they are.
pub fn index_operand(t: &Type) -> Type {
    match t.scalar() {
        Some(s) if s.is_int() => Type::I64,
        _ => t.clone(),
    }
}
