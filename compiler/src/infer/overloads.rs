//! Calls of generic functions (Numba's `@overload`, `@overload_method`,
//! `@overload_attribute`, structref constructors): once every argument's
//! type is known, the host picks the implementation, which is then
//! specialised like any jitted callee. Invariant: the host is asked only
//! with known types, so its choice never depends on a guess.

use super::*;

impl Infer<'_> {
    /// The function a call of `function` runs: `function` itself unless it
    /// is generic; `None` while an argument's type is still unknown.
    pub(super) fn implementation(
        &mut self,
        e: ExprId,
        function: Arc<dyn JitFunction>,
        types: &[Type],
        operands: &[ExprId],
    ) -> Result<Option<Arc<dyn JitFunction>>> {
        if !types.iter().all(Type::is_known) {
            // An ordinary function is specialised already: its return type
            // may be what the unknown argument is waiting for.
            return Ok((!function.is_generic()).then_some(function));
        }
        match function.implementation(types) {
            Ok(Some(chosen)) => Ok(Some(chosen)),
            Ok(None) => Ok(Some(function)),
            Err(message) => Err(self
                .rule_error(e, message, operands)
                .with_hint(format!(
                    "`{}` is a generic function (`@overload`): its implementation is chosen by the types of the arguments",
                    function.name()
                ))),
        }
    }
}
