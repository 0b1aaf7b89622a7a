//! `np.dot` / `a.dot` / `np.matmul` / `@` for 1-D and 2-D arrays, with
//! NumPy's results for every dtype: booleans give or-of-ands (BOOL_dot),
//! float16 accumulates each output element in float32 and rounds once
//! (HALF_dot); other dtypes multiply and add in the result type.
//!
//! Products with a matrix in float32, float64, complex64 or complex128 call
//! BLAS `gemm` (the runtime's `blas_gemm`: NumPy's OpenBLAS), as NumPy and
//! Numba do; operands that are not C-contiguous arrays of the result dtype
//! are copied first (the copy is O(n^2) beside gemm's O(n^3)).

use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::IntPredicate;
use penna_compiler::abi::ExceptionKind;
use penna_compiler::ir::BinaryOp;
use penna_compiler::runtime_fns::RuntimeFn;
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `np.dot` / `@` for 1D and 2D arrays (a plain loop nest, i-k-j order so
    /// the inner loop runs along rows of `b` and of the result).
    pub(super) fn dot(
        &mut self,
        a: &ArrayType,
        av: BasicValueEnum<'ctx>,
        b: &ArrayType,
        bv: BasicValueEnum<'ctx>,
        ty: &Type,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let t = match ty {
            Type::Array(r) => r.dtype,
            Type::Scalar(s) => *s,
            t => return Err(bug(format!("dot returns {t}"))),
        };
        let pa = self.array_parts(a, av)?;
        let pb = self.array_parts(b, bv)?;
        // Treat a 1D left operand as a row, a 1D right operand as a column.
        let (m, ka) = if a.ndim == 2 {
            (pa.shape[0], pa.shape[1])
        } else {
            (self.i64(1), pa.shape[0])
        };
        let (kb, n) = if b.ndim == 2 {
            (pb.shape[0], pb.shape[1])
        } else {
            (pb.shape[0], self.i64(1))
        };
        let mismatch = self.b.build_int_compare(IntPredicate::NE, ka, kb, "")?;
        self.raise_if(
            mismatch,
            ExceptionKind::ValueError,
            "shapes not aligned: {} (dim 1) != {} (dim 0)",
            &[ka, kb],
        )?;
        let blas = matches!(t, Scalar::F32 | Scalar::F64 | Scalar::C64 | Scalar::C128);
        if blas && (a.ndim == 2 || b.ndim == 2) && self.m.target.gpu().is_none() {
            return self.gemm(t, (a, &pa), (b, &pb), (m, ka, n));
        }
        let a_at =
            |this: &Self, i: IntValue<'ctx>, k: IntValue<'ctx>| -> CgResult<PointerValue<'ctx>> {
                if a.ndim == 2 {
                    this.address(&pa, &[i, k])
                } else {
                    this.address(&pa, &[k])
                }
            };
        let b_at =
            |this: &Self, k: IntValue<'ctx>, j: IntValue<'ctx>| -> CgResult<PointerValue<'ctx>> {
                if b.ndim == 2 {
                    this.address(&pb, &[k, j])
                } else {
                    this.address(&pb, &[k])
                }
            };
        // Float16 accumulates in float32 and rounds once, as NumPy's HALF_dot.
        let acc_t = if t == Scalar::F16 { Scalar::F32 } else { t };
        let acc = self.entry_alloca(self.m.scalar_type(acc_t), "acc")?;
        let inner = |this: &mut Self,
                     i: IntValue<'ctx>,
                     j: IntValue<'ctx>|
         -> CgResult<BasicValueEnum<'ctx>> {
            this.b
                .build_store(acc, this.m.scalar_type(acc_t).const_zero())?;
            this.counted_loop(ka, |this, k| {
                let x = this.load_scalar(a.dtype, a_at(this, i, k)?)?;
                let y = this.load_scalar(b.dtype, b_at(this, k, j)?)?;
                let x = this.convert_scalar(x, a.dtype, acc_t)?;
                let y = this.convert_scalar(y, b.dtype, acc_t)?;
                let cur = this.b.build_load(this.m.scalar_type(acc_t), acc, "")?;
                let v = this.dot_step(acc_t, cur, x, y)?;
                this.b.build_store(acc, v)?;
                Ok(())
            })?;
            let total = this.b.build_load(this.m.scalar_type(acc_t), acc, "dot")?;
            this.convert_scalar(total, acc_t, t)
        };
        if a.ndim == 1 && b.ndim == 1 {
            let zero = self.i64(0);
            return inner(self, zero, zero);
        }
        let out_shape: Vec<IntValue<'ctx>> = match (a.ndim, b.ndim) {
            (2, 2) => vec![m, n],
            (2, 1) => vec![m],
            _ => vec![n],
        };
        let dst = self.allocate(t, &out_shape)?;
        self.zero_fill(t, &dst)?;
        let out_at =
            |this: &Self, i: IntValue<'ctx>, j: IntValue<'ctx>| -> CgResult<PointerValue<'ctx>> {
                match (a.ndim, b.ndim) {
                    (2, 2) => this.address(&dst, &[i, j]),
                    (2, 1) => this.address(&dst, &[i]),
                    _ => this.address(&dst, &[j]),
                }
            };
        if t == Scalar::F16 {
            // One float32 accumulator per output element (i-j-k order).
            self.counted_loop(m, |this, i| {
                this.counted_loop(n, |this, j| {
                    let v = inner(this, i, j)?;
                    this.store_scalar(t, out_at(this, i, j)?, v)
                })
            })?;
            return Ok(self.descriptor(&dst)?.into());
        }
        self.counted_loop(m, |this, i| {
            this.counted_loop(ka, |this, k| {
                let x = this.load_scalar(a.dtype, a_at(this, i, k)?)?;
                let x = this.convert_scalar(x, a.dtype, t)?;
                this.counted_loop(n, |this, j| {
                    let y = this.load_scalar(b.dtype, b_at(this, k, j)?)?;
                    let y = this.convert_scalar(y, b.dtype, t)?;
                    let at = out_at(this, i, j)?;
                    let cur = this.load_scalar(t, at)?;
                    let v = this.dot_step(t, cur, x, y)?;
                    this.store_scalar(t, at, v)
                })
            })
        })?;
        Ok(self.descriptor(&dst)?.into())
    }

    /// `a @ b` through BLAS: `(m, k) @ (k, n)` with 1-D operands as a row
    /// (`m == 1`) or a column (`n == 1`); the result has the operands' ranks.
    fn gemm(
        &mut self,
        t: Scalar,
        (a, pa): (&ArrayType, &Parts<'ctx>),
        (b, pb): (&ArrayType, &Parts<'ctx>),
        (m, k, n): (IntValue<'ctx>, IntValue<'ctx>, IntValue<'ctx>),
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let ac = self.c_contiguous(a, pa, t)?;
        let bc = self.c_contiguous(b, pb, t)?;
        let out_shape: Vec<IntValue<'ctx>> = match (a.ndim, b.ndim) {
            (2, 2) => vec![m, n],
            (2, 1) => vec![m],
            _ => vec![n],
        };
        let dst = self.allocate(t, &out_shape)?;
        let code = self.i32(penna_compiler::abi::scalar_code(t) as i64).into();
        self.call_rt(
            RuntimeFn::BlasGemm.symbol(),
            None,
            &[
                m.into(),
                n.into(),
                k.into(),
                ac.data.into(),
                code,
                bc.data.into(),
                code,
                dst.data.into(),
                code,
            ],
        )?;
        Ok(self.descriptor(&dst)?.into())
    }

    /// `p` itself if it is a C-contiguous array of `t`, else a copy (a
    /// temporary of the statement, released with it).
    fn c_contiguous(&mut self, a: &ArrayType, p: &Parts<'ctx>, t: Scalar) -> CgResult<Parts<'ctx>> {
        if a.layout == Layout::C && a.dtype == t {
            return Ok(p.clone());
        }
        let dst = self.allocate(t, &p.shape)?;
        self.copy_elements(a.dtype, p, t, &dst)?;
        Ok(dst)
    }

    /// `acc + x * y`, or for booleans `acc or (x and y)` (NumPy's BOOL_dot:
    /// a dot product of booleans is whether any pair is true, not a count).
    fn dot_step(
        &self,
        t: Scalar,
        acc: BasicValueEnum<'ctx>,
        x: BasicValueEnum<'ctx>,
        y: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        if t == Scalar::Bool {
            let both = self
                .b
                .build_and(x.into_int_value(), y.into_int_value(), "")?;
            return Ok(self.b.build_or(acc.into_int_value(), both, "")?.into());
        }
        let xy = self.binary(BinaryOp::Mul, t, x, y)?;
        self.binary(BinaryOp::Add, t, acc, xy)
    }
}
