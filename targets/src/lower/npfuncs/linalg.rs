//! `dot` / `matmul` (`NpGroup::Linalg`), implemented in `lower/dot.rs`
//! (BLAS gemm for float and complex matrices).

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The linalg group.
    pub(super) fn np_linalg(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Dot | NpFn::Matmul => {
                self.dot(&array(types[0])?, args[0], &array(types[1])?, args[1], ty)
            }
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
