//! Counting (`NpGroup::Counting`): `bincount`, `histogram` with a bin
//! count (`lower/counting.rs`) or explicit edges (`lower/histogram_edges.rs`).

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The counting group.
    pub(super) fn np_counting(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Bincount => {
                let weights = match types[1] {
                    Type::Array(w) => Some((w, args[1])),
                    _ => None,
                };
                let minlength = (*types[2] != Type::None).then(|| args[2].into_int_value());
                self.bincount(&array(types[0])?, args[0], weights, minlength)
            }
            NpFn::Histogram if matches!(types[1], Type::Array(_)) => {
                self.histogram_edges(&array(types[0])?, args[0], &array(types[1])?, args[1], ty)
            }
            NpFn::Histogram => {
                let bins = (*types[1] != Type::None).then(|| args[1].into_int_value());
                let range = (*types[2] != Type::None).then_some(args[2]);
                self.histogram(&array(types[0])?, args[0], bins, range, ty)
            }
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
