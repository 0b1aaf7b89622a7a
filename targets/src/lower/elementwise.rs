//! Array expressions, fused: a tree of elementwise operations (`a*b - 4.1*a >
//! 2.5*b`, ufuncs, `np.where`) is one loop that computes each result element
//! from the operands' elements, with no temporary arrays.
//!
//! - The *leaves* of the tree (arrays and scalars that are not themselves
//!   elementwise operations) are evaluated once, in source order, before the
//!   loop; scalars stay in registers.
//! - Broadcasting follows NumPy: shapes align on the right, an axis of size 1
//!   repeats (its stride becomes 0), other mismatches raise ValueError.
//! - When every operand is C-contiguous and has the result's shape (checked at
//!   run time, the common case) the loop is one flat loop over typed pointers,
//!   which LLVM vectorises; otherwise a loop nest over byte strides.
//! - Element conversions come from the scalar rules in
//!   `penna_compiler::typing::numpy` applied to the dtypes, the same rules that
//!   typed the expression.
//! - Writing into an existing array (`a += b`, `a[1:] = a[:-1]`) first copies
//!   any operand that overlaps the destination without being exactly it, so
//!   results never depend on the order elements are visited (as in NumPy).

use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::builtins::{Builtin, NpFn};
use penna_compiler::ir::{CmpOp, Expr, ExprId, UnaryOp};
use penna_compiler::typing::numpy as rules;
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

/// A leaf of a fused expression, evaluated before the loop.
#[derive(Clone)]
enum Leaf<'ctx> {
    Array(ArrayType, Parts<'ctx>),
    Scalar(Scalar, BasicValueEnum<'ctx>),
}

/// The element type of an operand of an elementwise operation.
fn element_type(t: &Type) -> CgResult<Scalar> {
    match t {
        Type::Array(a) => Ok(a.dtype),
        Type::Scalar(s) => Ok(*s),
        t => Err(bug(format!("elementwise operand of type {t}"))),
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// Whether `e` is an elementwise operation producing a new array: a node
    /// of a fused loop. (`a += b` on arrays is not: it writes into `a`.)
    pub fn is_elementwise(&self, e: ExprId) -> bool {
        if !matches!(self.f.ty(e), Type::Array(_)) || self.f.augmented.contains(&e) {
            return false;
        }
        match &self.f.exprs[e] {
            Expr::Binary { .. } | Expr::Unary { .. } | Expr::Compare { .. } => true,
            Expr::Call {
                callee: penna_compiler::ir::Callee::Builtin(b),
                ..
            } => match b {
                Builtin::Math { .. } | Builtin::Abs => true,
                Builtin::Np(f) => f.is_elementwise(),
                _ => false,
            },
            _ => false,
        }
    }

    /// Evaluates an elementwise expression into a new array.
    pub fn fused(&mut self, e: ExprId) -> CgResult<BasicValueEnum<'ctx>> {
        let Type::Array(r) = self.f.ty(e).clone() else {
            return Err(bug("fused expression of a non-array type"));
        };
        let mut leaves = Vec::new();
        self.collect_leaves(e, &mut leaves)?;
        let shape = self.broadcast_shape(&leaves, r.ndim as usize)?;
        let dst = self.allocate(r.dtype, &shape)?;
        self.run_fused(e, &leaves, r.dtype, Layout::C, &dst)?;
        Ok(self.descriptor(&dst)?.into())
    }

    /// `a op= b` on an array: updates `a` in place; the value is `a`.
    pub fn augmented_in_place(&mut self, e: ExprId) -> CgResult<BasicValueEnum<'ctx>> {
        let Type::Array(a) = self.f.ty(e).clone() else {
            return Err(bug("in-place update of a non-array"));
        };
        let mut leaves = Vec::new();
        self.collect_operands(e, &mut leaves)?;
        let Some(Leaf::Array(_, dst)) = leaves.first().cloned() else {
            return Err(bug("in-place target is not an array"));
        };
        self.write_elementwise(e, leaves, &a, &dst)?;
        Ok(self.descriptor(&dst)?.into())
    }

    /// `view[...] = value`: stores a number or an array expression (broadcast)
    /// into every element of the view `dst`.
    pub fn store_into_view(
        &mut self,
        dst_type: &ArrayType,
        dst: &Parts<'ctx>,
        value: ExprId,
    ) -> CgResult<()> {
        let mut leaves = Vec::new();
        if self.is_elementwise(value) {
            self.collect_leaves(value, &mut leaves)?;
        } else {
            leaves.push(self.leaf(value)?);
        }
        self.write_elementwise(value, leaves, dst_type, dst)
    }

    fn write_elementwise(
        &mut self,
        root: ExprId,
        mut leaves: Vec<Leaf<'ctx>>,
        dst_type: &ArrayType,
        dst: &Parts<'ctx>,
    ) -> CgResult<()> {
        self.check_broadcast(&leaves, &dst.shape)?;
        for leaf in leaves.iter_mut() {
            if let Leaf::Array(t, p) = leaf {
                *p = self.unaliased(t, p, dst)?;
            }
        }
        self.run_fused(root, &leaves, dst_type.dtype, dst_type.layout, dst)
    }

    fn leaf(&mut self, e: ExprId) -> CgResult<Leaf<'ctx>> {
        let v = self.expr(e)?;
        Ok(match self.f.ty(e).clone() {
            Type::Array(a) => Leaf::Array(a, self.array_parts(&a, v)?),
            t => Leaf::Scalar(element_type(&t)?, v),
        })
    }

    /// The leaves of the tree rooted at `e`, evaluated in source order.
    fn collect_leaves(&mut self, e: ExprId, out: &mut Vec<Leaf<'ctx>>) -> CgResult<()> {
        if !self.is_elementwise(e) {
            out.push(self.leaf(e)?);
            return Ok(());
        }
        self.collect_operands(e, out)
    }

    fn collect_operands(&mut self, e: ExprId, out: &mut Vec<Leaf<'ctx>>) -> CgResult<()> {
        for op in self.f.exprs[e].operands() {
            self.collect_leaves(op, out)?;
        }
        Ok(())
    }

    /// Per result axis: the broadcast size of the leaves' axes.
    fn broadcast_shape(
        &mut self,
        leaves: &[Leaf<'ctx>],
        ndim: usize,
    ) -> CgResult<Vec<IntValue<'ctx>>> {
        let mut shape = vec![self.i64(1); ndim];
        for leaf in leaves {
            if let Leaf::Array(_, p) = leaf {
                let lead = ndim - p.shape.len();
                for (j, &d) in p.shape.iter().enumerate() {
                    let is_one = self
                        .b
                        .build_int_compare(IntPredicate::EQ, d, self.i64(1), "")?;
                    shape[lead + j] = self
                        .b
                        .build_select(is_one, shape[lead + j], d, "bdim")?
                        .into_int_value();
                }
            }
        }
        self.check_broadcast(leaves, &shape)?;
        Ok(shape)
    }

    /// Raises ValueError unless every leaf broadcasts to `shape`.
    fn check_broadcast(&self, leaves: &[Leaf<'ctx>], shape: &[IntValue<'ctx>]) -> CgResult<()> {
        let mut bad = self.ctx.bool_type().const_zero();
        for leaf in leaves {
            if let Leaf::Array(_, p) = leaf {
                if p.shape.len() > shape.len() {
                    return Err(bug("operand of higher rank than the result"));
                }
                let lead = shape.len() - p.shape.len();
                for (j, &d) in p.shape.iter().enumerate() {
                    let same =
                        self.b
                            .build_int_compare(IntPredicate::EQ, d, shape[lead + j], "")?;
                    let one = self
                        .b
                        .build_int_compare(IntPredicate::EQ, d, self.i64(1), "")?;
                    let ok = self.b.build_or(same, one, "")?;
                    let not_ok = self.b.build_not(ok, "")?;
                    bad = self.b.build_or(bad, not_ok, "")?;
                }
            }
        }
        self.raise_if(
            bad,
            ExceptionKind::ValueError,
            "operands could not be broadcast together",
            &[],
        )
    }

    /// `p` itself, or a copy of it when it overlaps `dst` without being
    /// exactly `dst` (same data, shape and strides).
    fn unaliased(
        &mut self,
        t: &ArrayType,
        p: &Parts<'ctx>,
        dst: &Parts<'ctx>,
    ) -> CgResult<Parts<'ctx>> {
        if p.shape.is_empty() {
            return Ok(p.clone());
        }
        let overlap = self.overlaps(t.dtype, p, dst)?;
        let mut identical = self
            .b
            .build_int_compare(IntPredicate::EQ, p.data, dst.data, "")?;
        if p.shape.len() == dst.shape.len() {
            for k in 0..p.shape.len() {
                for (x, y) in [(p.shape[k], dst.shape[k]), (p.strides[k], dst.strides[k])] {
                    let eq = self.b.build_int_compare(IntPredicate::EQ, x, y, "")?;
                    identical = self.b.build_and(identical, eq, "")?;
                }
            }
        } else {
            identical = self.ctx.bool_type().const_zero();
        }
        let not_identical = self.b.build_not(identical, "")?;
        let must_copy = self.b.build_and(overlap, not_identical, "alias")?;
        let ty = Type::Array(*t);
        let original = self.descriptor(p)?;
        let src = p.clone();
        let chosen = self.choose(
            must_copy,
            |this| {
                let copy = this.allocate(t.dtype, &src.shape)?;
                this.copy_elements(t.dtype, &src, t.dtype, &copy)?;
                Ok(this.descriptor(&copy)?.into())
            },
            |_| Ok(original.into()),
            &ty,
        )?;
        self.array_parts(
            &ArrayType {
                layout: Layout::Any,
                ..*t
            },
            chosen,
        )
    }

    /// Whether the byte ranges two arrays span intersect.
    fn overlaps(
        &self,
        dtype: Scalar,
        a: &Parts<'ctx>,
        b: &Parts<'ctx>,
    ) -> CgResult<IntValue<'ctx>> {
        let (a_lo, a_hi) = self.extent(dtype, a)?;
        let (b_lo, b_hi) = self.extent(dtype, b)?;
        let x = self
            .b
            .build_int_compare(IntPredicate::ULT, a_lo, b_hi, "")?;
        let y = self
            .b
            .build_int_compare(IntPredicate::ULT, b_lo, a_hi, "")?;
        Ok(self.b.build_and(x, y, "overlap")?)
    }

    /// `[lo, hi)` addresses of an array's elements (empty when any axis is 0).
    fn extent(&self, dtype: Scalar, p: &Parts<'ctx>) -> CgResult<(IntValue<'ctx>, IntValue<'ctx>)> {
        let i64t = self.ctx.i64_type();
        let base = self.b.build_ptr_to_int(p.data, i64t, "")?;
        let (mut lo, mut hi) = (
            base,
            self.b
                .build_int_add(base, self.i64(dtype.size() as i64), "")?,
        );
        let mut empty = self.ctx.bool_type().const_zero();
        for (&d, &s) in p.shape.iter().zip(&p.strides) {
            let zero = self
                .b
                .build_int_compare(IntPredicate::EQ, d, self.i64(0), "")?;
            empty = self.b.build_or(empty, zero, "")?;
            let last = self.b.build_int_sub(d, self.i64(1), "")?;
            let span = self.b.build_int_mul(last, s, "")?;
            let neg = self
                .b
                .build_int_compare(IntPredicate::SLT, span, self.i64(0), "")?;
            let down = self
                .b
                .build_select(neg, span, self.i64(0), "")?
                .into_int_value();
            let up = self
                .b
                .build_select(neg, self.i64(0), span, "")?
                .into_int_value();
            lo = self.b.build_int_add(lo, down, "")?;
            hi = self.b.build_int_add(hi, up, "")?;
        }
        // An empty array spans nothing.
        let hi = self.b.build_select(empty, lo, hi, "")?.into_int_value();
        Ok((lo, hi))
    }

    /// The loop: for each position of `dst`, evaluate the tree and store.
    fn run_fused(
        &mut self,
        root: ExprId,
        leaves: &[Leaf<'ctx>],
        dtype: Scalar,
        dst_layout: Layout,
        dst: &Parts<'ctx>,
    ) -> CgResult<()> {
        let ndim = dst.shape.len();
        let arrays: Vec<(&ArrayType, &Parts<'ctx>)> = leaves
            .iter()
            .filter_map(|l| match l {
                Leaf::Array(t, p) => Some((t, p)),
                Leaf::Scalar(..) => None,
            })
            .collect();
        let flat_possible = dst_layout == Layout::C
            && arrays
                .iter()
                .all(|(t, p)| t.layout == Layout::C && p.shape.len() == ndim);
        let strided_bb = self.new_block("fused.strided");
        let done = self.new_block("fused.done");
        if flat_possible {
            let flat_bb = self.new_block("fused.flat");
            let mut same = self.ctx.bool_type().const_int(1, false);
            for (_, p) in &arrays {
                for (&d, &r) in p.shape.iter().zip(&dst.shape) {
                    let eq = self.b.build_int_compare(IntPredicate::EQ, d, r, "")?;
                    same = self.b.build_and(same, eq, "")?;
                }
            }
            self.b.build_conditional_branch(same, flat_bb, strided_bb)?;
            self.b.position_at_end(flat_bb);
            let n = self.product(&dst.shape)?;
            if self.parallel_arrays() {
                let (par, serial) = (self.new_block("fused.par"), self.new_block("fused.serial"));
                self.b
                    .build_conditional_branch(self.worth_parallel(n)?, par, serial)?;
                self.b.position_at_end(par);
                self.parallel_flat(n, root, leaves, dtype, dst.data)?;
                self.b.build_unconditional_branch(done)?;
                self.b.position_at_end(serial);
            }
            self.flat_range(self.i64(0), n, root, leaves, dtype, dst.data)?;
            self.b.build_unconditional_branch(done)?;
        } else {
            self.b.build_unconditional_branch(strided_bb)?;
        }
        self.b.position_at_end(strided_bb);
        // Effective strides: 0 for broadcast axes.
        let mut strides: Vec<Vec<IntValue<'ctx>>> = Vec::new();
        for (_, p) in &arrays {
            let lead = ndim - p.shape.len();
            let mut s = vec![self.i64(0); ndim];
            for (j, (&d, &st)) in p.shape.iter().zip(&p.strides).enumerate() {
                let one = self
                    .b
                    .build_int_compare(IntPredicate::EQ, d, self.i64(1), "")?;
                s[lead + j] = self
                    .b
                    .build_select(one, self.i64(0), st, "")?
                    .into_int_value();
            }
            strides.push(s);
        }
        let shape = dst.shape.clone();
        self.for_each_index(&shape, &mut |this, idx| {
            let mut array_k = 0;
            let mut values = Vec::with_capacity(leaves.len());
            for l in leaves {
                values.push(match l {
                    Leaf::Array(t, p) => {
                        let view = Parts {
                            strides: strides[array_k].clone(),
                            shape: dst.shape.clone(),
                            ..p.clone()
                        };
                        array_k += 1;
                        this.load_scalar(t.dtype, this.address(&view, idx)?)?
                    }
                    Leaf::Scalar(_, v) => *v,
                });
            }
            let v = this.evaluate(root, leaves, &values, dtype)?;
            this.store_scalar(dtype, this.address(dst, idx)?, v)
        })?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// Elements `[lo, hi)` of a flat loop: every array leaf and `dst` are
    /// C-contiguous with the result's shape.
    fn flat_range(
        &mut self,
        lo: IntValue<'ctx>,
        hi: IntValue<'ctx>,
        root: ExprId,
        leaves: &[Leaf<'ctx>],
        dtype: Scalar,
        dst: PointerValue<'ctx>,
    ) -> CgResult<()> {
        self.induction_loop(lo, IntPredicate::ULT, hi, 1, |this, k| {
            let values = leaves
                .iter()
                .map(|l| match l {
                    Leaf::Array(t, p) => {
                        let elem = this.m.scalar_memory_type(t.dtype);
                        let at = unsafe { this.b.build_in_bounds_gep(elem, p.data, &[k], "")? };
                        this.load_scalar(t.dtype, at)
                    }
                    Leaf::Scalar(_, v) => Ok(*v),
                })
                .collect::<CgResult<Vec<_>>>()?;
            let v = this.evaluate(root, leaves, &values, dtype)?;
            let elem = this.m.scalar_memory_type(dtype);
            let at = unsafe { this.b.build_in_bounds_gep(elem, dst, &[k], "")? };
            this.store_scalar(dtype, at, v)
        })
    }

    /// The flat loop on the thread pool (`parallel=True`): each member runs
    /// [`Self::flat_range`] on its block, with the leaves' data pointers
    /// and scalars passed through the context.
    fn parallel_flat(
        &mut self,
        n: IntValue<'ctx>,
        root: ExprId,
        leaves: &[Leaf<'ctx>],
        dtype: Scalar,
        dst: PointerValue<'ctx>,
    ) -> CgResult<()> {
        let mut captured: Vec<BasicValueEnum<'ctx>> = leaves
            .iter()
            .map(|l| match l {
                Leaf::Array(_, p) => p.data.into(),
                Leaf::Scalar(_, v) => *v,
            })
            .collect();
        captured.push(dst.into());
        let null = self.ctx.ptr_type(AddressSpace::default()).const_null();
        self.parallel_elements(
            n,
            &captured,
            None,
            |w, chunk| {
                let local: Vec<Leaf<'ctx>> = leaves
                    .iter()
                    .zip(&chunk.captured)
                    .map(|(l, &v)| match l {
                        Leaf::Array(t, _) => Leaf::Array(
                            *t,
                            Parts {
                                meminfo: null,
                                data: v.into_pointer_value(),
                                shape: Vec::new(),
                                strides: Vec::new(),
                            },
                        ),
                        Leaf::Scalar(s, _) => Leaf::Scalar(*s, v),
                    })
                    .collect();
                let dst = chunk.captured[leaves.len()].into_pointer_value();
                w.flat_range(chunk.lo, chunk.hi, root, &local, dtype, dst)
            },
            |_, _, _| Ok(()),
        )
    }

    /// One element of the tree rooted at `root`, converted to `dtype`;
    /// `values` are the leaves' elements, in order.
    fn evaluate(
        &mut self,
        root: ExprId,
        leaves: &[Leaf<'ctx>],
        values: &[BasicValueEnum<'ctx>],
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut next = 0;
        let (v, s) = if self.is_elementwise(root) || self.f.augmented.contains(&root) {
            self.node(root, leaves, values, &mut next)?
        } else {
            (values[0], leaf_type(&leaves[0]))
        };
        self.convert_scalar(v, s, dtype)
    }

    fn operand(
        &mut self,
        e: ExprId,
        leaves: &[Leaf<'ctx>],
        values: &[BasicValueEnum<'ctx>],
        next: &mut usize,
    ) -> CgResult<(BasicValueEnum<'ctx>, Scalar)> {
        if self.is_elementwise(e) {
            return self.node(e, leaves, values, next);
        }
        let k = *next;
        *next += 1;
        Ok((values[k], leaf_type(&leaves[k])))
    }

    /// An elementwise node on scalar elements.
    fn node(
        &mut self,
        e: ExprId,
        leaves: &[Leaf<'ctx>],
        values: &[BasicValueEnum<'ctx>],
        next: &mut usize,
    ) -> CgResult<(BasicValueEnum<'ctx>, Scalar)> {
        let mut args = Vec::new();
        for op in self.f.exprs[e].operands() {
            args.push(self.operand(op, leaves, values, next)?);
        }
        let types: Vec<Scalar> = args.iter().map(|a| a.1).collect();
        let msg = |m: String| bug(format!("element rule: {m}"));
        let rule = match &self.f.exprs[e] {
            Expr::Binary { op, .. } => rules::element_binary(*op, types[0], types[1]),
            Expr::Unary { op, .. } => rules::element_unary(*op, types[0]),
            Expr::Compare { op, .. } => rules::element_compare(*op, types[0], types[1]),
            Expr::Call {
                callee: penna_compiler::ir::Callee::Builtin(b),
                ..
            } => match b {
                Builtin::Math { f, .. } => rules::element_math(f.shape(), &types),
                Builtin::Abs => rules::element_abs(types[0]),
                Builtin::Np(f) => rules::element_np(*f, &types),
                _ => return Err(bug("not an elementwise builtin")),
            },
            _ => return Err(bug("not an elementwise node")),
        }
        .map_err(msg)?;
        let mut converted = Vec::new();
        let mut operand_types = Vec::new();
        for ((v, s), want) in args.iter().zip(&rule.operands) {
            let want = element_type(want)?;
            converted.push(self.convert_scalar(*v, *s, want)?);
            operand_types.push(want);
        }
        let result = element_type(&rule.result)?;
        let v = match &self.f.exprs[e] {
            Expr::Binary { op, .. } => {
                // Array expressions divide as NumPy does (as in Numba).
                let saved = std::mem::replace(&mut self.numpy_errors, true);
                let v = self.binary(*op, operand_types[0], converted[0], converted[1]);
                self.numpy_errors = saved;
                v?
            }
            Expr::Unary { op, .. } => match op {
                UnaryOp::Neg => self.negate(operand_types[0], converted[0])?,
                UnaryOp::Pos => converted[0],
                UnaryOp::Invert | UnaryOp::Not => {
                    self.b.build_not(converted[0].into_int_value(), "")?.into()
                }
            },
            Expr::Compare { op, .. } => self
                .compare(*op, operand_types[0], converted[0], converted[1])?
                .into(),
            Expr::Call {
                callee: penna_compiler::ir::Callee::Builtin(b),
                ..
            } => {
                let b = *b;
                let tys: Vec<Type> = operand_types.iter().map(|s| Type::Scalar(*s)).collect();
                let refs: Vec<&Type> = tys.iter().collect();
                self.builtin(b, &converted, &refs, &Type::Scalar(result))?
            }
            _ => return Err(bug("not an elementwise node")),
        };
        Ok((v, result))
    }

    /// `np.minimum/maximum/sign/clip/where` on numbers (NumPy semantics: NaN
    /// propagates through minimum, maximum and clip).
    pub fn np_scalar(
        &self,
        f: NpFn,
        args: &[BasicValueEnum<'ctx>],
        s: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        match f {
            NpFn::Minimum | NpFn::Maximum => {
                let op = if f == NpFn::Minimum {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                self.extreme(op, s, args[0], args[1])
            }
            NpFn::Clip => {
                let low = self.extreme(CmpOp::Gt, s, args[0], args[1])?;
                self.extreme(CmpOp::Lt, s, low, args[2])
            }
            NpFn::Sign => {
                let zero = self.m.scalar_type(s).const_zero();
                let pos = self.compare(CmpOp::Gt, s, args[0], zero)?;
                let neg = self.compare(CmpOp::Lt, s, args[0], zero)?;
                let one = self.convert_scalar(self.i64(1).into(), Scalar::I64, s)?;
                let minus = self.convert_scalar(self.i64(-1).into(), Scalar::I64, s)?;
                let v = self.b.build_select(neg, minus, zero, "")?;
                let v = self.b.build_select(pos, one, v, "sign")?;
                if s.is_float() {
                    // sign(nan) is nan.
                    let x = args[0].into_float_value();
                    let nan = self.b.build_float_compare(FloatPredicate::UNO, x, x, "")?;
                    return Ok(self.b.build_select(nan, args[0], v, "")?);
                }
                Ok(v)
            }
            NpFn::Where => {
                Ok(self
                    .b
                    .build_select(args[0].into_int_value(), args[1], args[2], "where")?)
            }
            _ => Err(bug(format!("np.{} is not elementwise", f.name()))),
        }
    }

    /// The `op`-most of two numbers (`Lt`: the smaller); NaN wins for floats.
    pub fn extreme(
        &self,
        op: CmpOp,
        s: Scalar,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let keep_a = self.compare(op, s, a, b)?;
        let v = self.b.build_select(keep_a, a, b, "")?;
        if s.is_float() {
            let x = a.into_float_value();
            let nan = self.b.build_float_compare(FloatPredicate::UNO, x, x, "")?;
            return Ok(self.b.build_select(nan, a, v, "")?);
        }
        Ok(v)
    }
}

fn leaf_type(l: &Leaf<'_>) -> Scalar {
    match l {
        Leaf::Array(t, _) => t.dtype,
        Leaf::Scalar(s, _) => *s,
    }
}
