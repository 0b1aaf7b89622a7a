//! What inference does for containers besides their typing rules: a
//! container made empty (`[]`, `{}`) learns its item types from its uses,
//! calls whose meaning depends on the receiver's type are rerouted, and a
//! container nothing typed is an error naming it.

use super::*;

impl Infer<'_> {
    /// A container whose item types were not known learns them from a use:
    /// the variable holding it widens (directly, or through the container
    /// it is an item of).
    pub(super) fn refine_receiver(&mut self, receiver: ExprId, t: Type) {
        match self.f.exprs[receiver] {
            Expr::Local(l) => {
                let span = self.f.span(receiver);
                self.widen_local(l, &t, span);
            }
            // `groups[k].append(x)`, `rows[i].append(x)`: the container the
            // item is in learns its item type.
            Expr::Index { base, .. } => match self.f.ty(base).clone() {
                Type::List { typed, .. } => self.refine_receiver(
                    base,
                    Type::List {
                        item: Box::new(t),
                        typed,
                    },
                ),
                Type::Dict(k, _) => self.refine_receiver(base, Type::Dict(k, Box::new(t))),
                _ => {}
            },
            _ => {}
        }
    }

    /// Calls whose meaning depends on the receiver's type, decided once it is
    /// known: `IterItem` of a sequence is plain indexing; `x.copy()` and
    /// `x.sort()` on a container are the container's methods, not NumPy's.
    /// Returns whether `e` was rewritten.
    pub(super) fn reroute(&mut self, e: ExprId, types: &[Type]) -> bool {
        if self.reroute_class(e, types) {
            return true;
        }
        if matches!(types.first(), Some(Type::Record(_) | Type::RecordArray(_)))
            && self.reroute_record(e, types)
        {
            return true;
        }
        let str_call = matches!(
            self.f.exprs[e],
            Expr::Call {
                callee: Callee::Builtin(Builtin::Str(_)),
                ..
            }
        );
        if (str_call || types.contains(&Type::Str)) && self.reroute_str(e, types) {
            return true;
        }
        if let Expr::Index { base, ref indices } = self.f.exprs[e] {
            return self.index_by_tuple(e, base, indices.clone(), types);
        }
        let Expr::Call { callee, args, .. } = &self.f.exprs[e] else {
            return false;
        };
        let Some(first) = types
            .first()
            .filter(|t| t.is_known() || t.is_partial_container())
        else {
            return false;
        };
        let args = args.clone();
        let rewritten = match callee {
            // `f(x)` with `f` holding a jitted function: a direct call.
            Callee::Value => match first {
                Type::Function(r) => {
                    let keywords = match &self.f.exprs[e] {
                        Expr::Call { keywords, .. } => keywords.clone(),
                        _ => vec![],
                    };
                    Expr::Call {
                        callee: Callee::Function {
                            function: r.0.clone(),
                            resolved: None,
                            method: false,
                        },
                        args: args[1..].to_vec(),
                        keywords,
                    }
                }
                _ => return false,
            },
            // (A generator, or an instance with `__iter__`, is advanced
            // instead: see `generators`.)
            Callee::Builtin(Builtin::Container(ContainerFn::IterItem))
                if !matches!(first, Type::Dict(..) | Type::Set(_) | Type::GeneratorOf(_))
                    && !matches!(first, Type::Class(c) if c.0.member("__iter__").is_some()) =>
            {
                Expr::Index {
                    base: args[0],
                    indices: vec![args[1]],
                }
            }
            Callee::Builtin(Builtin::Np(NpFn::Copy)) if first.is_container() => Expr::Call {
                callee: Callee::Method(Method::Copy),
                args,
                keywords: vec![],
            },
            // `l.sort()`: the NumPy `kind` slot, not given, becomes
            // `reverse=False` (`l.sort(kind=...)` stays NumPy's and is refused).
            Callee::Builtin(Builtin::Np(NpFn::SortInPlace))
                if first.is_container()
                    && matches!(self.f.exprs[args[1]], Expr::Literal(Const::None)) =>
            {
                self.f.exprs[args[1]] = Expr::Literal(Const::Bool(false));
                Expr::Call {
                    callee: Callee::Method(Method::Sort),
                    args,
                    keywords: vec![],
                }
            }
            _ => return false,
        };
        self.f.exprs[e] = rewritten;
        true
    }
}

impl Infer<'_> {
    /// `a[idx]` with `idx` a variable holding a tuple of ints (as
    /// `np.ndindex` gives): `a[idx[0], idx[1], ...]`.
    fn index_by_tuple(
        &mut self,
        e: ExprId,
        base: ExprId,
        indices: Vec<ExprId>,
        types: &[Type],
    ) -> bool {
        let ([index], [Type::Array(_), Type::Tuple(items)]) = (indices.as_slice(), types) else {
            return false;
        };
        let Expr::Local(l) = self.f.exprs[*index] else {
            return false;
        };
        if items.is_empty() || !items.iter().all(|t| t.scalar().is_some_and(|s| s.is_int())) {
            return false;
        }
        let span = self.f.span(*index);
        let items = (0..items.len() as i64)
            .map(|k| {
                let tuple = self.f.add_expr(Expr::Local(l), span);
                let k = self.f.add_expr(Expr::Literal(Const::Int(k)), span);
                self.f.add_expr(
                    Expr::Index {
                        base: tuple,
                        indices: vec![k],
                    },
                    span,
                )
            })
            .collect();
        self.f.exprs[e] = Expr::Index {
            base,
            indices: items,
        };
        true
    }
}

/// `a[idx] = v` with `idx` a variable known to hold a tuple of ints (as
/// `np.ndindex` gives), `a` an array: `a[idx[0], idx[1], ...] = v`, as
/// `index_by_tuple` does for reads; `obj[i] = v` on a jitclass instance
/// calls its `__setitem__`. Runs before each inference pass, on the types
/// the last one found; returns whether a statement changed.
pub(super) fn expand_tuple_stores(f: &mut Function, block: &mut Block) -> bool {
    let mut changed = false;
    for s in block.iter_mut() {
        if super::records::field_store(f, s) {
            changed = true;
            continue;
        }
        // `obj[i] = v` on a jitclass instance: `obj.__setitem__(i, v)`.
        if let Stmt::Store {
            base,
            indices,
            value,
        } = &s.kind
        {
            if let (Type::Class(_), [index]) = (f.ty(*base), indices.as_slice()) {
                let span = s.span;
                let call = f.add_expr(
                    Expr::Call {
                        callee: Callee::NamedMethod("__setitem__".into()),
                        args: vec![*base, *index, *value],
                        keywords: vec![],
                    },
                    span,
                );
                s.kind = Stmt::Eval(call);
                changed = true;
                continue;
            }
        }
        if let Stmt::Store { base, indices, .. } = &mut s.kind {
            let tuple = match (indices.as_slice(), &f.exprs[*base]) {
                ([index], Expr::Local(b)) if matches!(f.locals[*b].ty, Type::Array(_)) => {
                    match f.exprs[*index] {
                        Expr::Local(l) => Some((l, f.span(*index))),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((l, span)) = tuple {
                if let Type::Tuple(items) = f.locals[l].ty.clone() {
                    if !items.is_empty()
                        && items.iter().all(|t| t.scalar().is_some_and(|s| s.is_int()))
                    {
                        *indices = (0..items.len() as i64)
                            .map(|k| {
                                let t = f.add_expr(Expr::Local(l), span);
                                let k = f.add_expr(Expr::Literal(Const::Int(k)), span);
                                f.add_expr(
                                    Expr::Index {
                                        base: t,
                                        indices: vec![k],
                                    },
                                    span,
                                )
                            })
                            .collect();
                        changed = true;
                    }
                }
            }
        }
        s.kind
            .visit_blocks_mut(|b| changed |= expand_tuple_stores(f, b));
    }
    changed
}

/// After inference: containers whose item type nothing told (`l = []` never
/// filled), which compiled code cannot lay out.
pub(super) fn uninferred_containers(f: &Function) -> Vec<CompileError> {
    let mut errors = Vec::new();
    for (_, local) in f.locals.iter() {
        if local.ty.is_partial_container() {
            let what = if local.is_temp {
                format!(
                    "cannot infer the item type of this {}",
                    kind_name(&local.ty)
                )
            } else {
                format!(
                    "cannot infer the item type of `{}` ({})",
                    local.name,
                    kind_name(&local.ty)
                )
            };
            errors.push(
                CompileError::typing(what, local.span).with_hint(
                    "put a value in it in this function (append, add, d[k] = v) so that its item type is known, or give the types: List.empty_list(types.float64), Dict.empty(types.int64, types.float64)",
                ),
            );
        }
    }
    if f.ret.is_partial_container() {
        errors.push(
            CompileError::typing(
                format!(
                    "cannot infer the item type of the {} `{}` returns",
                    kind_name(&f.ret),
                    f.name
                ),
                f.span,
            )
            .with_hint("return a container that was filled, or create it typed"),
        );
    }
    errors
}

fn kind_name(t: &Type) -> &'static str {
    match t {
        Type::List { .. } => "list",
        Type::Dict(..) => "dict",
        _ => "set",
    }
}
