//! Array creation (`NpGroup::Creation`): `empty zeros ones full (_like)
//! arange linspace eye identity ascontiguousarray asfortranarray`, and
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

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The creation group (`NpGroup::Creation`).
    pub(super) fn np_creation(
        &mut self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        types: &[&Type],
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Array | NpFn::Asarray => self.array_from(f, args, types, ty),
            NpFn::Ascontiguousarray | NpFn::Asfortranarray => {
                let (a, out) = (array(types[0])?, array(ty)?);
                if a.layout == out.layout && a.dtype == out.dtype {
                    return Ok(args[0]);
                }
                let src = self.array_parts(&a, args[0])?;
                // Fortran order: a C array of the reversed shape, seen transposed.
                let reversed: Vec<IntValue<'ctx>> = src.shape.iter().rev().copied().collect();
                let dst = if out.layout == Layout::C {
                    self.allocate(out.dtype, &src.shape)?
                } else {
                    let mem = self.allocate(out.dtype, &reversed)?;
                    Parts {
                        shape: src.shape.clone(),
                        strides: mem.strides.iter().rev().copied().collect(),
                        ..mem
                    }
                };
                self.copy_elements(a.dtype, &src, out.dtype, &dst)?;
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::Empty
            | NpFn::Zeros
            | NpFn::Ones
            | NpFn::Full
            | NpFn::EmptyLike
            | NpFn::ZerosLike
            | NpFn::OnesLike
            | NpFn::FullLike => {
                let shape = match types[0] {
                    Type::Array(a) => self.array_parts(a, args[0])?.shape,
                    t => self.shape_argument(t, args[0])?,
                };
                if let Type::RecordArray(r) = ty {
                    return self.new_records(r, f == NpFn::Zeros, &shape);
                }
                let dtype = result_dtype(f, ty)?;
                let dst = self.allocate(dtype, &shape)?;
                match f {
                    NpFn::Empty | NpFn::EmptyLike => {}
                    NpFn::Zeros | NpFn::ZerosLike => self.zero_fill(dtype, &dst)?,
                    NpFn::Ones | NpFn::OnesLike => self.fill(dtype, &dst, self.one(dtype)?)?,
                    _ => self.fill(dtype, &dst, args[1])?,
                }
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::Arange => self.arange(args, types, result_dtype(f, ty)?),
            NpFn::Linspace => self.linspace(args, types),
            NpFn::Eye | NpFn::Identity => {
                let n = args[0].into_int_value();
                let (m, k) = if f == NpFn::Eye {
                    let m = match types[1] {
                        Type::None => n,
                        _ => args[1].into_int_value(),
                    };
                    let k = match types[2] {
                        Type::None => self.i64(0),
                        _ => args[2].into_int_value(),
                    };
                    (m, k)
                } else {
                    (n, self.i64(0))
                };
                let dtype = result_dtype(f, ty)?;
                let dst = self.allocate(dtype, &[n, m])?;
                self.zero_fill(dtype, &dst)?;
                let one = self.one(dtype)?;
                self.counted_loop(n, |this, i| {
                    let j = this.b.build_int_add(i, k, "j")?;
                    let lo = this
                        .b
                        .build_int_compare(IntPredicate::SGE, j, this.i64(0), "")?;
                    let hi = this.b.build_int_compare(IntPredicate::SLT, j, m, "")?;
                    let inside = this.b.build_and(lo, hi, "")?;
                    let set = this.new_block("eye.set");
                    let next = this.new_block("eye.next");
                    this.b.build_conditional_branch(inside, set, next)?;
                    this.b.position_at_end(set);
                    this.store_scalar(dtype, this.address(&dst, &[i, j])?, one)?;
                    this.b.build_unconditional_branch(next)?;
                    this.b.position_at_end(next);
                    Ok(())
                })?;
                Ok(self.descriptor(&dst)?.into())
            }
            NpFn::ResultType => Ok(self.none_value()),
            _ => Err(bug(format!("np.{} is not in this group", f.name()))),
        }
    }
}
