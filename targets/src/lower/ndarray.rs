//! Arrays as values: building descriptors, allocating owned arrays, views
//! (slices, `.T`, `reshape`, `ravel`) and loops over every element.
//!
//! A view shares its base's meminfo without taking a reference: it is a
//! borrowed value like any other (see `refcount`), kept alive by whatever keeps
//! the base alive until a store takes a reference of its own.

use inkwell::values::{BasicValueEnum, IntValue, PointerValue, StructValue};
use inkwell::IntPredicate;
use penna_compiler::abi::{self, ExceptionKind};
use penna_compiler::ir::{Expr, ExprId};
use penna_compiler::Const;
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::FnLowering;
use crate::error::CgResult;

/// An array's parts, unpacked from its descriptor.
#[derive(Clone)]
pub struct Parts<'ctx> {
    pub meminfo: PointerValue<'ctx>,
    pub data: PointerValue<'ctx>,
    pub shape: Vec<IntValue<'ctx>>,
    /// Byte strides (constant for the contiguous axis of a C or F array).
    pub strides: Vec<IntValue<'ctx>>,
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn array_parts(&self, a: &ArrayType, desc: BasicValueEnum<'ctx>) -> CgResult<Parts<'ctx>> {
        let d = desc.into_struct_value();
        let meminfo = self.b.build_extract_value(d, 0, "mi")?.into_pointer_value();
        let data = self
            .b
            .build_extract_value(d, 1, "data")?
            .into_pointer_value();
        let mut shape = Vec::new();
        let mut strides = Vec::new();
        for k in 0..a.ndim as u32 {
            shape.push(self.shape(d, k)?);
            strides.push(self.stride(a, d, k)?);
        }
        Ok(Parts {
            meminfo,
            data,
            shape,
            strides,
        })
    }

    pub fn descriptor(&self, p: &Parts<'ctx>) -> CgResult<StructValue<'ctx>> {
        let ndim = p.shape.len() as u32;
        let ty = self.m.descriptor_type(ndim);
        let mut d = ty.get_undef();
        d = self
            .b
            .build_insert_value(d, p.meminfo, 0, "")?
            .into_struct_value();
        d = self
            .b
            .build_insert_value(d, p.data, 1, "")?
            .into_struct_value();
        let dims = self.ctx.i64_type().array_type(ndim);
        let mut shape = dims.get_undef();
        let mut strides = dims.get_undef();
        for k in 0..ndim as usize {
            shape = self
                .b
                .build_insert_value(shape, p.shape[k], k as u32, "")?
                .into_array_value();
            strides = self
                .b
                .build_insert_value(strides, p.strides[k], k as u32, "")?
                .into_array_value();
        }
        d = self
            .b
            .build_insert_value(d, shape, 2, "")?
            .into_struct_value();
        d = self
            .b
            .build_insert_value(d, strides, 3, "")?
            .into_struct_value();
        Ok(d)
    }

    pub fn product(&self, dims: &[IntValue<'ctx>]) -> CgResult<IntValue<'ctx>> {
        let mut n = self.i64(1);
        for &d in dims {
            n = self.b.build_int_nsw_mul(n, d, "n")?;
        }
        Ok(n)
    }

    /// A new C-contiguous array of `shape` (uninitialised), recorded as a
    /// temporary of the current statement. Raises ValueError for a negative
    /// dimension and MemoryError when the allocation fails.
    pub fn allocate(&mut self, dtype: Scalar, shape: &[IntValue<'ctx>]) -> CgResult<Parts<'ctx>> {
        let t = Type::Array(ArrayType {
            dtype,
            ndim: shape.len() as u8,
            layout: Layout::C,
            readonly: false,
        });
        self.allocate_items(dtype.size() as i64, shape, &t)
    }

    /// As [`Self::allocate`], for items of `item_size` bytes; `t` is the
    /// type of the new array (an array or a record array of `shape`'s rank).
    pub fn allocate_items(
        &mut self,
        item_size: i64,
        shape: &[IntValue<'ctx>],
        t: &Type,
    ) -> CgResult<Parts<'ctx>> {
        for &d in shape {
            let negative = self
                .b
                .build_int_compare(IntPredicate::SLT, d, self.i64(0), "")?;
            self.raise_if(
                negative,
                ExceptionKind::ValueError,
                "negative dimensions are not allowed",
                &[],
            )?;
        }
        let item = self.i64(item_size);
        let count = self.product(shape)?;
        let nbytes = self.b.build_int_nsw_mul(count, item, "nbytes")?;
        let ptr = self.ctx.ptr_type(inkwell::AddressSpace::default());
        let alloc = self.m.runtime_function(
            abi::ALLOC_SYMBOL,
            ptr.fn_type(&[self.ctx.i64_type().into()], false),
        );
        let meminfo = self
            .b
            .build_call(alloc, &[nbytes.into()], "mi")?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| crate::error::bug("penna_rt_alloc returned void"))?
            .into_pointer_value();
        let failed = self.b.build_is_null(meminfo, "")?;
        self.raise_if(
            failed,
            ExceptionKind::MemoryError,
            "cannot allocate an array of {} bytes",
            &[nbytes],
        )?;
        let data_field = self.byte_offset(meminfo, abi::MEMINFO_DATA_OFFSET as i64)?;
        let data = self
            .b
            .build_load(ptr, data_field, "data")?
            .into_pointer_value();
        let mut strides = vec![item; shape.len()];
        for k in (0..shape.len().saturating_sub(1)).rev() {
            strides[k] = self
                .b
                .build_int_nsw_mul(strides[k + 1], shape[k + 1], "stride")?;
        }
        let parts = Parts {
            meminfo,
            data,
            shape: shape.to_vec(),
            strides,
        };
        let desc = self.descriptor(&parts)?;
        self.register_temp(t, desc.into())?;
        Ok(parts)
    }

    /// `base[indices]` with at least one slice or fewer indices than axes: a view.
    pub fn subscript_view(
        &mut self,
        a: &ArrayType,
        base: BasicValueEnum<'ctx>,
        indices: &[ExprId],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let p = self.array_parts(a, base)?;
        let mut offset = self.i64(0);
        let mut shape = Vec::new();
        let mut strides = Vec::new();
        for (k, &i) in indices.iter().enumerate() {
            let (dim, stride) = (p.shape[k], p.strides[k]);
            match &self.f.exprs[i] {
                Expr::Slice { start, stop, step } => {
                    let (start, len, step) = self.slice_bounds(dim, *start, *stop, *step)?;
                    offset = self.b.build_int_nsw_add(
                        offset,
                        self.b.build_int_nsw_mul(start, stride, "")?,
                        "",
                    )?;
                    shape.push(len);
                    strides.push(self.b.build_int_nsw_mul(stride, step, "")?);
                }
                _ => {
                    let raw = self.expr(i)?.into_int_value();
                    let idx = self.wrap_index(raw, dim, k)?;
                    offset = self.b.build_int_nsw_add(
                        offset,
                        self.b.build_int_nsw_mul(idx, stride, "")?,
                        "",
                    )?;
                }
            }
        }
        shape.extend_from_slice(&p.shape[indices.len()..]);
        strides.extend_from_slice(&p.strides[indices.len()..]);
        let data = unsafe {
            self.b
                .build_gep(self.ctx.i8_type(), p.data, &[offset], "view")?
        };
        let view = Parts {
            meminfo: p.meminfo,
            data,
            shape,
            strides,
        };
        Ok(self.descriptor(&view)?.into())
    }

    /// An integer index into an axis of size `dim`: negative counts from the
    /// end; out of range raises IndexError (always, for views as in NumPy).
    pub fn wrap_index(
        &self,
        raw: IntValue<'ctx>,
        dim: IntValue<'ctx>,
        axis: usize,
    ) -> CgResult<IntValue<'ctx>> {
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, raw, self.i64(0), "")?;
        let wrapped = self.b.build_int_add(raw, dim, "")?;
        let idx = self
            .b
            .build_select(neg, wrapped, raw, "idx")?
            .into_int_value();
        let outside = self.b.build_int_compare(IntPredicate::UGE, idx, dim, "")?;
        self.raise_if(
            outside,
            ExceptionKind::IndexError,
            "index {} is out of bounds for axis {} with size {}",
            &[raw, self.i64(axis as i64), dim],
        )?;
        Ok(idx)
    }

    /// Python's slice semantics on an axis of size `n`: `(start, length, step)`.
    fn slice_bounds(
        &mut self,
        n: IntValue<'ctx>,
        start: ExprId,
        stop: ExprId,
        step: ExprId,
    ) -> CgResult<(IntValue<'ctx>, IntValue<'ctx>, IntValue<'ctx>)> {
        let is_none = |e: ExprId| {
            matches!(self.f.exprs[e], Expr::Literal(Const::None)) || *self.f.ty(e) == Type::None
        };
        let (zero, one) = (self.i64(0), self.i64(1));
        let step_v = if is_none(step) {
            one
        } else {
            let s = self.expr(step)?.into_int_value();
            let z = self.b.build_int_compare(IntPredicate::EQ, s, zero, "")?;
            self.raise_if(
                z,
                ExceptionKind::ValueError,
                "slice step cannot be zero",
                &[],
            )?;
            s
        };
        let b = &self.b;
        let positive = b.build_int_compare(IntPredicate::SGT, step_v, zero, "up")?;
        let minus_one = self.i64(-1);
        let n_minus_1 = b.build_int_sub(n, one, "")?;
        // Clamping range: [0, n] going up, [-1, n-1] going down.
        let lo = b
            .build_select(positive, zero, minus_one, "")?
            .into_int_value();
        let hi = b.build_select(positive, n, n_minus_1, "")?.into_int_value();
        let bound = |this: &mut Self,
                     e: ExprId,
                     default_up: IntValue<'ctx>,
                     default_down: IntValue<'ctx>|
         -> CgResult<IntValue<'ctx>> {
            if is_none(e) {
                return Ok(this
                    .b
                    .build_select(positive, default_up, default_down, "")?
                    .into_int_value());
            }
            let v = this.expr(e)?.into_int_value();
            let neg = this.b.build_int_compare(IntPredicate::SLT, v, zero, "")?;
            let plus_n = this.b.build_int_add(v, n, "")?;
            let v = this.b.build_select(neg, plus_n, v, "")?.into_int_value();
            let below = this.b.build_int_compare(IntPredicate::SLT, v, lo, "")?;
            let v = this.b.build_select(below, lo, v, "")?.into_int_value();
            let above = this.b.build_int_compare(IntPredicate::SGT, v, hi, "")?;
            Ok(this.b.build_select(above, hi, v, "")?.into_int_value())
        };
        let start_v = bound(self, start, zero, n_minus_1)?;
        let stop_v = bound(self, stop, n, minus_one)?;
        let len = self.trip_count(
            start_v,
            stop_v,
            step_v,
            self.f
                .const_int(step)
                .or(if is_none(step) { Some(1) } else { None }),
        )?;
        Ok((start_v, len, step_v))
    }

    /// The transposed view (`a.T`): axes reversed.
    pub fn transpose(
        &self,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut p = self.array_parts(a, v)?;
        p.shape.reverse();
        p.strides.reverse();
        Ok(self.descriptor(&p)?.into())
    }

    /// A C-contiguous view of `v` with a new shape (`-1` inferred), copying
    /// first when `v` is not known to be C-contiguous.
    pub fn reshape(
        &mut self,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
        shape_t: &Type,
        shape_v: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let src = self.contiguous(a, v)?;
        let size = self.product(&src.shape)?;
        let dims: Vec<IntValue<'ctx>> = match shape_t {
            Type::Tuple(items) => (0..items.len() as u32)
                .map(|k| {
                    Ok(self
                        .b
                        .build_extract_value(shape_v.into_struct_value(), k, "")?
                        .into_int_value())
                })
                .collect::<CgResult<_>>()?,
            _ => vec![shape_v.into_int_value()],
        };
        // Product of the given dimensions, with -1 counted as 1.
        let mut known = self.i64(1);
        let mut unknown = self.i64(0);
        for &d in &dims {
            let is_unknown = self
                .b
                .build_int_compare(IntPredicate::EQ, d, self.i64(-1), "")?;
            let factor = self
                .b
                .build_select(is_unknown, self.i64(1), d, "")?
                .into_int_value();
            known = self.b.build_int_mul(known, factor, "")?;
            let count = self
                .b
                .build_int_z_extend(is_unknown, self.ctx.i64_type(), "")?;
            unknown = self.b.build_int_add(unknown, count, "")?;
        }
        let safe_known = {
            let z = self
                .b
                .build_int_compare(IntPredicate::EQ, known, self.i64(0), "")?;
            self.b
                .build_select(z, self.i64(1), known, "")?
                .into_int_value()
        };
        let inferred = self.b.build_int_signed_div(size, safe_known, "")?;
        let dims: Vec<IntValue<'ctx>> = dims
            .iter()
            .map(|&d| {
                let is_unknown = self
                    .b
                    .build_int_compare(IntPredicate::EQ, d, self.i64(-1), "")?;
                Ok(self
                    .b
                    .build_select(is_unknown, inferred, d, "")?
                    .into_int_value())
            })
            .collect::<CgResult<_>>()?;
        let total = self.product(&dims)?;
        let mismatch = self
            .b
            .build_int_compare(IntPredicate::NE, total, size, "")?;
        let too_many = self
            .b
            .build_int_compare(IntPredicate::UGT, unknown, self.i64(1), "")?;
        let negative = dims
            .iter()
            .try_fold(self.ctx.bool_type().const_zero(), |acc, &d| {
                let n = self
                    .b
                    .build_int_compare(IntPredicate::SLT, d, self.i64(0), "")?;
                self.b.build_or(acc, n, "")
            })?;
        let bad = self.b.build_or(mismatch, too_many, "")?;
        let bad = self.b.build_or(bad, negative, "")?;
        self.raise_if(
            bad,
            ExceptionKind::ValueError,
            "cannot reshape array of size {} into the shape given",
            &[size],
        )?;
        let item = self.i64(a.dtype.size() as i64);
        let mut strides = vec![item; dims.len()];
        for k in (0..dims.len().saturating_sub(1)).rev() {
            strides[k] = self.b.build_int_nsw_mul(strides[k + 1], dims[k + 1], "")?;
        }
        let view = Parts {
            meminfo: src.meminfo,
            data: src.data,
            shape: dims,
            strides,
        };
        Ok(self.descriptor(&view)?.into())
    }

    /// `a.view(dtype)`: the same descriptor for the same item size; else the
    /// last axis of the C-contiguous `a` rescaled (ValueError when its bytes
    /// do not divide into items of the new size).
    pub fn view(
        &mut self,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (old, new) = (a.dtype.size() as i64, dtype.size() as i64);
        if old == new {
            return Ok(v);
        }
        let src = self.array_parts(a, v)?;
        let last = src.shape.len() - 1;
        let bytes = self
            .b
            .build_int_mul(src.shape[last], self.i64(old), "bytes")?;
        let rest = self.b.build_int_signed_rem(bytes, self.i64(new), "")?;
        let uneven = self
            .b
            .build_int_compare(IntPredicate::NE, rest, self.i64(0), "")?;
        self.raise_if(
            uneven,
            ExceptionKind::ValueError,
            "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
            &[],
        )?;
        let mut shape = src.shape.clone();
        shape[last] = self.b.build_int_signed_div(bytes, self.i64(new), "")?;
        let mut strides = vec![self.i64(new); shape.len()];
        for k in (0..last).rev() {
            strides[k] = self.b.build_int_nsw_mul(strides[k + 1], shape[k + 1], "")?;
        }
        let view = Parts {
            shape,
            strides,
            ..src
        };
        Ok(self.descriptor(&view)?.into())
    }

    /// `v` itself when its type says C-contiguous, else a C-contiguous copy.
    pub fn contiguous(&mut self, a: &ArrayType, v: BasicValueEnum<'ctx>) -> CgResult<Parts<'ctx>> {
        if a.layout == Layout::C || a.ndim == 0 {
            return self.array_parts(a, v);
        }
        let src = self.array_parts(a, v)?;
        self.fresh_copy(a.dtype, &src)
    }

    /// A new C-contiguous array holding the elements of `src` (a temporary).
    pub fn fresh_copy(&mut self, dtype: Scalar, src: &Parts<'ctx>) -> CgResult<Parts<'ctx>> {
        let dst = self.allocate(dtype, &src.shape)?;
        self.copy_elements(dtype, src, dtype, &dst)?;
        Ok(dst)
    }

    /// `a.ravel()`: a 1D view of a C-contiguous array, a copy of any other.
    pub fn ravel(
        &mut self,
        a: &ArrayType,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let src = self.contiguous(a, v)?;
        let n = self.product(&src.shape)?;
        let flat = Parts {
            meminfo: src.meminfo,
            data: src.data,
            shape: vec![n],
            strides: vec![self.i64(a.dtype.size() as i64)],
        };
        Ok(self.descriptor(&flat)?.into())
    }

    /// The address of element `idx` (a full multi-index) of an array.
    pub fn address(&self, p: &Parts<'ctx>, idx: &[IntValue<'ctx>]) -> CgResult<PointerValue<'ctx>> {
        let mut offset: Option<IntValue<'ctx>> = None;
        for (k, &i) in idx.iter().enumerate() {
            let term = self.b.build_int_nsw_mul(i, p.strides[k], "")?;
            offset = Some(match offset {
                None => term,
                Some(o) => self.b.build_int_nsw_add(o, term, "")?,
            });
        }
        match offset {
            None => Ok(p.data),
            Some(o) => Ok(unsafe { self.b.build_gep(self.ctx.i8_type(), p.data, &[o], "at")? }),
        }
    }

    /// Runs `body` for every multi-index of `shape` in C order.
    pub fn for_each_index(
        &mut self,
        shape: &[IntValue<'ctx>],
        body: &mut dyn FnMut(&mut Self, &[IntValue<'ctx>]) -> CgResult<()>,
    ) -> CgResult<()> {
        self.index_level(shape, &mut Vec::new(), body)
    }

    fn index_level(
        &mut self,
        shape: &[IntValue<'ctx>],
        prefix: &mut Vec<IntValue<'ctx>>,
        body: &mut dyn FnMut(&mut Self, &[IntValue<'ctx>]) -> CgResult<()>,
    ) -> CgResult<()> {
        if prefix.len() == shape.len() {
            return body(self, prefix);
        }
        let n = shape[prefix.len()];
        self.counted_loop(n, |this, i| {
            prefix.push(i);
            this.index_level(shape, prefix, body)?;
            prefix.pop();
            Ok(())
        })
    }

    /// Copies every element of `src` into `dst` (same shape), converting.
    pub fn copy_elements(
        &mut self,
        from: Scalar,
        src: &Parts<'ctx>,
        to: Scalar,
        dst: &Parts<'ctx>,
    ) -> CgResult<()> {
        let shape = dst.shape.clone();
        self.for_each_index(&shape, &mut |this, idx| {
            let v = this.load_scalar(from, this.address(src, idx)?)?;
            let v = this.convert_scalar(v, from, to)?;
            this.store_scalar(to, this.address(dst, idx)?, v)
        })
    }
}
