//! Typing of subscripts of arrays (elements and views) and tuples (by a
//! constant, or by a run-time index in the items' common type).

use super::*;

impl Infer<'_> {
    /// Types `a[indices]`: `None` for an element, else the view it selects.
    pub(super) fn subscript(
        &self,
        a: &crate::types::ArrayType,
        indices: &[Type],
        ids: &[ExprId],
    ) -> Result<Option<crate::types::ArrayType>, String> {
        if let [Type::Array(index)] = indices {
            return typing::numpy::fancy_subscript(a, index).map(Some);
        }
        for (t, &i) in indices.iter().zip(ids) {
            let ok = match t {
                Type::Slice => true,
                t => t.scalar().is_some_and(Scalar::is_int),
            };
            if !ok {
                let src = self.f.source.slice(self.f.span(i));
                let mut msg = format!("array index `{src}` must be an integer or a slice, got {t}");
                if matches!(t, Type::Array(_)) {
                    msg.push_str(" (an array index must be the only index: a[mask], a[idx])");
                }
                return Err(msg);
            }
        }
        let mut steps = Vec::new();
        let mut full = Vec::new();
        for &i in ids {
            let (step, is_full) = match self.f.exprs[i] {
                Expr::Slice { start, stop, step } => {
                    let none = |e: ExprId| matches!(self.f.exprs[e], Expr::Literal(Const::None));
                    let k = if none(step) {
                        Some(1)
                    } else {
                        self.f.const_int(step)
                    };
                    (k, none(start) && none(stop) && k == Some(1))
                }
                _ => (None, false),
            };
            steps.push(step);
            full.push(is_full);
        }
        typing::numpy::subscript(a, indices, &steps, &full).map(|s| s.view)
    }

    pub(super) fn tuple_item(
        &self,
        e: ExprId,
        base: ExprId,
        items: &[Type],
        indices: &[ExprId],
    ) -> Result<Type> {
        let [index] = indices else {
            return Err(self.rule_error(e, "a tuple takes one index".into(), &[base]));
        };
        if let Some(k) = self.f.const_int(*index) {
            let n = items.len() as i64;
            let i = if k < 0 { k + n } else { k };
            return items
                .get(i as usize)
                .filter(|_| i >= 0)
                .cloned()
                .ok_or_else(|| {
                    CompileError::typing(
                        format!(
                            "tuple index {k} is out of range for {}",
                            Type::Tuple(items.to_vec())
                        ),
                        self.f.span(e),
                    )
                });
        }
        let it = self.f.ty(*index);
        if !it.scalar().is_some_and(Scalar::is_int) {
            return Err(self.rule_error(
                e,
                format!("tuple index must be an integer, got {it}"),
                &[*index],
            ));
        }
        if let Some(t) = Type::homogeneous_element(items) {
            return Ok(t.clone());
        }
        // Numbers of different types: each item converts to their common type
        // (as Numba does for heterogeneous numeric tuples).
        let scalars: Option<Vec<Scalar>> = items.iter().map(Type::scalar).collect();
        scalars
            .and_then(|s| s.into_iter().reduce(crate::types::promote))
            .map(Type::Scalar)
            .ok_or_else(|| {
                self.rule_error(
                    e,
                    format!(
                    "a tuple with items of different types ({}) can only be indexed by a constant",
                    Type::Tuple(items.to_vec())
                ),
                    &[base],
                )
            })
    }
}
