//! `np.array` / `np.asarray`: copies of arrays, tuples of numbers laid out
//! at compile time, and (nested) lists measured and filled by the runtime
//! (`penna_list_shape` / `penna_list_fill`).

use penna_compiler::abi::containers as abi;
use penna_compiler::abi::scalar_code;

use super::*;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub(super) fn array_from(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let out = array(ty)?;
        match types[0] {
            // `np.asarray(a)` without a change of dtype: `a` itself.
            t if f == NpFn::Asarray && t == ty => Ok(args[0]),
            Type::Array(a) => {
                let src = self.array_parts(a, args[0])?;
                let dst = self.allocate(out.dtype, &src.shape)?;
                self.copy_elements(a.dtype, &src, out.dtype, &dst)?;
                Ok(self.descriptor(&dst)?.into())
            }
            Type::Tuple(_) => {
                let mut leaves = Vec::new();
                let mut shape = Vec::new();
                self.tuple_leaves(types[0], args[0], 0, &mut shape, &mut leaves)?;
                let dims: Vec<IntValue<'ctx>> = shape.iter().map(|&n| self.i64(n as i64)).collect();
                let dst = self.allocate(out.dtype, &dims)?;
                let size = out.dtype.size() as i64;
                for (i, (v, s)) in leaves.into_iter().enumerate() {
                    let x = self.convert_scalar(v, s, out.dtype)?;
                    let p = self.byte_offset(dst.data, i as i64 * size)?;
                    self.store_scalar(out.dtype, p, x)?;
                }
                Ok(self.descriptor(&dst)?.into())
            }
            list @ Type::List { .. } => {
                let ndim = out.ndim as usize;
                let shape_slot =
                    self.entry_alloca(self.ctx.i64_type().array_type(ndim as u32).into(), "shape")?;
                let rank = self.i64(ndim as i64);
                let ragged = self.call_rt_int(
                    abi::LIST_SHAPE,
                    32,
                    &[args[0], rank.into(), shape_slot.into()],
                )?;
                let ragged =
                    self.b
                        .build_int_compare(IntPredicate::NE, ragged, self.i32(0), "ragged")?;
                self.raise_if(
                    ragged,
                    ExceptionKind::ValueError,
                    "setting an array element with a sequence: the list is ragged (its items have different shapes)",
                    &[],
                )?;
                let mut dims = Vec::with_capacity(ndim);
                for k in 0..ndim {
                    let p = self.byte_offset(shape_slot, 8 * k as i64)?;
                    dims.push(
                        self.b
                            .build_load(self.ctx.i64_type(), p, "dim")?
                            .into_int_value(),
                    );
                }
                let dst = self.allocate(out.dtype, &dims)?;
                let code = |s: Scalar| self.i32(scalar_code(s) as i64);
                let elem = code(array_elements(list).unwrap_or(out.dtype));
                self.call_rt(
                    abi::LIST_FILL,
                    None,
                    &[
                        args[0],
                        rank.into(),
                        dst.data.into(),
                        code(out.dtype).into(),
                        elem.into(),
                    ],
                )?;
                Ok(self.descriptor(&dst)?.into())
            }
            t => Err(bug(format!("np.array of {t}"))),
        }
    }

    /// The numbers of a (nested, rectangular) tuple in C order, and its shape.
    fn tuple_leaves(
        &self,
        t: &Type,
        v: BasicValueEnum<'ctx>,
        depth: usize,
        shape: &mut Vec<usize>,
        out: &mut Vec<(BasicValueEnum<'ctx>, Scalar)>,
    ) -> CgResult<()> {
        match t {
            Type::Scalar(s) => out.push((v, *s)),
            Type::Tuple(items) => {
                if shape.len() == depth {
                    shape.push(items.len());
                }
                for (i, item) in items.iter().enumerate() {
                    let x = self
                        .b
                        .build_extract_value(v.into_struct_value(), i as u32, "")?;
                    self.tuple_leaves(item, x, depth + 1, shape, out)?;
                }
            }
            t => return Err(bug(format!("np.array of a tuple holding {t}"))),
        }
        Ok(())
    }
}

/// The dtype of the arrays a list nests, if it nests arrays.
fn array_elements(t: &Type) -> Option<Scalar> {
    match t {
        Type::List { item, .. } => array_elements(item),
        Type::Array(a) => Some(a.dtype),
        _ => None,
    }
}
