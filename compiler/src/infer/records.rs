//! Records of structured arrays (Numba's `Record` and record arrays).
//!
//! `a[i, j]` of a record array is a record (the address of its bytes in
//! the array); its fields are members: `r.x` and `r['x']` read a field,
//! `r.x = v` and `r['x'] = v` write it in place, `a['x']` is the view of
//! one field of every record (an array with the records' strides). The
//! string subscripts become `GetAttr` / `SetAttr` here, so one typing rule
//! and one lowering serve both spellings.

use super::*;
use crate::types::RecordArrayType;

impl Infer<'_> {
    /// `r['x']`, `a['x']` and `r.size` (a field named like an attribute)
    /// become `GetAttr`; returns whether `e` was rewritten.
    pub(super) fn reroute_record(&mut self, e: ExprId, types: &[Type]) -> bool {
        let Some(first) = types.first() else {
            return false;
        };
        let has_field = |name: &str| match first {
            Type::Record(r) => r.field(name).is_some(),
            Type::RecordArray(a) => a.record.field(name).is_some(),
            _ => false,
        };
        let (base, name) = match &self.f.exprs[e] {
            Expr::Index { base, indices } if indices.len() == 1 => {
                match &self.f.exprs[indices[0]] {
                    Expr::Str(name) if has_field(name) => (*base, name.to_string()),
                    _ => return false,
                }
            }
            Expr::Attr { value, attr } if has_field(attr.name()) => {
                (*value, attr.name().to_owned())
            }
            _ => return false,
        };
        self.f.exprs[e] = Expr::Call {
            callee: Callee::GetAttr(name.into()),
            args: vec![base],
            keywords: vec![],
        };
        true
    }

    /// `a[i, j]` of a record array: one integer index per dimension.
    pub(super) fn record_index(
        &mut self,
        e: ExprId,
        a: &RecordArrayType,
        types: &[Type],
        operands: &[ExprId],
    ) -> Result<Type> {
        let indices = &types[1..];
        let ints = indices
            .iter()
            .all(|t| t.scalar().is_some_and(Scalar::is_int));
        if indices.len() != a.ndim as usize || !ints {
            return Err(self
                .rule_error(
                    e,
                    format!(
                        "a record array of {} dimensions takes {} integer indices here, got ({})",
                        a.ndim,
                        a.ndim,
                        indices
                            .iter()
                            .map(|t| t.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    operands,
                )
                .with_hint("index one record (`a[i]`), or view one field of all records (`a['x']`); slices of record arrays are not supported yet"));
        }
        let ops = std::iter::once(types[0].clone())
            .chain(indices.iter().map(index_operand))
            .collect();
        let record = if a.readonly {
            std::sync::Arc::new(crate::types::RecordType {
                readonly: true,
                ..(*a.record).clone()
            })
        } else {
            a.record.clone()
        };
        Ok(self.set_operands(e, OpType::new(ops, Type::Record(record))))
    }

    /// `r.name` / `r.name = v` of a record, `a.name` of a record array.
    pub(super) fn record_member(
        &mut self,
        e: ExprId,
        callee: &Callee,
        types: &[Type],
        operands: &[ExprId],
    ) -> Option<Result<Type>> {
        let (name, set) = match callee {
            Callee::GetAttr(name) => (name, false),
            Callee::SetAttr(name) => (name, true),
            _ => return None,
        };
        let record = match &types[0] {
            Type::Record(r) => r,
            Type::RecordArray(a) if !set => {
                return Some(match a.field_view(name) {
                    Some((view, _)) => Ok(Type::Array(view)),
                    None => Err(self.no_field(e, &a.record, name, operands)),
                });
            }
            _ => return None,
        };
        let Some((s, _)) = record.field(name) else {
            return Some(Err(self.no_field(e, record, name, operands)));
        };
        if !set {
            return Some(Ok(Type::Scalar(s)));
        }
        let field = Type::Scalar(s);
        if record.readonly {
            return Some(Err(self
                .rule_error(e, format!("the field `{name}` of a read-only record cannot be assigned"), operands)
                .with_hint("the structured array's WRITEABLE flag is off (np.require(a, requirements='W') makes a writable copy)")));
        }
        if !typing::can_convert(&types[1], &field) {
            return Some(Err(self.rule_error(
                e,
                format!("the field `{name}` holds {field}, not {}", types[1]),
                operands,
            )));
        }
        let op = OpType::new(vec![types[0].clone(), field], Type::None);
        Some(Ok(self.set_operands(e, op)))
    }

    fn no_field(
        &self,
        e: ExprId,
        record: &crate::types::RecordType,
        name: &str,
        operands: &[ExprId],
    ) -> CompileError {
        let names: Vec<&str> = record.fields.iter().map(|(n, _, _)| n.as_str()).collect();
        self.rule_error(e, format!("{record} has no field `{name}`"), operands)
            .with_hint(format!("its fields: {}", names.join(", ")))
    }
}

/// `r['x'] = v` on a record (`a[i]['x'] = v` too): `SetAttr`. Runs before
/// each inference pass, on the types the last one found.
pub(super) fn field_store(f: &mut Function, s: &mut Statement) -> bool {
    let Stmt::Store {
        base,
        indices,
        value,
    } = &s.kind
    else {
        return false;
    };
    let (Type::Record(_), [index]) = (f.ty(*base), indices.as_slice()) else {
        return false;
    };
    let Expr::Str(name) = &f.exprs[*index] else {
        return false;
    };
    let call = f.add_expr(
        Expr::Call {
            callee: Callee::SetAttr(name.as_ref().into()),
            args: vec![*base, *value],
            keywords: vec![],
        },
        s.span,
    );
    s.kind = Stmt::Eval(call);
    true
}
