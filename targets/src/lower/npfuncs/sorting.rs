//! Sorting and searching (`NpGroup::Sorting`): `sort argsort unique
//! searchsorted nonzero`, implemented in `lower/sorting.rs`.

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The sorting group.
    pub(super) fn np_sorting(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Nonzero => self.nonzero(&array(types[0])?, args[0], ty),
            NpFn::Sort | NpFn::SortInPlace | NpFn::Argsort | NpFn::Unique => {
                self.sort_call(f, &array(types[0])?, args[0])
            }
            NpFn::Searchsorted => {
                let right = (*types[2] != Type::None).then(|| args[2].into_int_value());
                self.searchsorted(&array(types[0])?, args[0], types[1], args[1], right)
            }
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
