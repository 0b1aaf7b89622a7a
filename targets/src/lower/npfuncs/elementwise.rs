//! The elementwise group (`NpGroup::Elementwise`) outside fused loops:
//! on numbers `np_call` computes one element (`np_scalar`); on arrays the
//! functions are nodes of a fused loop (`lower/elementwise.rs`), except
//! `np.where(cond)`, which is `nonzero`.

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The elementwise group.
    pub(super) fn np_elementwise(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            // `np.where(cond)` is `nonzero`.
            NpFn::Where => self.nonzero(&array(types[0])?, args[0], ty),
            NpFn::Minimum | NpFn::Maximum | NpFn::Sign | NpFn::Clip => Err(bug(format!(
                "np.{} on arrays outside a fused loop",
                f.name()
            ))),
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
