//! Array descriptors and element addressing.
//!
//! An element's address is `data + sum(index_k * stride_k)` in bytes. For a
//! C-contiguous array the last stride is the item size, a constant (Fortran: the
//! first), which is what lets LLVM vectorise loops over it. Negative indices
//! wrap around as in Python; with `boundscheck` an index outside the shape
//! raises `IndexError` naming the index, axis and size.

use std::sync::Arc;

use inkwell::module::Linkage;
use inkwell::types::BasicType;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue, StructValue};
use inkwell::{AddressSpace, IntPredicate};
use penna_compiler::abi::ExceptionKind;
use penna_compiler::env::FrozenArray;
use penna_compiler::ir::{BinaryOp, Expr, ExprId};
use penna_compiler::{ArrayType, Layout, Scalar, Type};

use super::ndarray::Parts;
use super::FnLowering;
use crate::error::CgResult;

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The descriptor of a C-ordered array of constant `shape` at `data`.
    pub fn fixed_array(
        &self,
        data: PointerValue<'ctx>,
        shape: &[i64],
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut strides = vec![0i64; shape.len()];
        let mut step = dtype.size() as i64;
        for k in (0..shape.len()).rev() {
            strides[k] = step;
            step *= shape[k].max(1);
        }
        let parts = Parts {
            meminfo: self.ctx.ptr_type(AddressSpace::default()).const_null(),
            data,
            shape: shape.iter().map(|&d| self.i64(d)).collect(),
            strides: strides.iter().map(|&s| self.i64(s)).collect(),
        };
        Ok(self.descriptor(&parts)?.into())
    }

    /// The dynamic shared memory of a kernel as a 1-D array over `data`:
    /// as many items as the launch's `bytes` (i64) hold, owned by nothing.
    pub fn dynamic_shared_array(
        &self,
        data: PointerValue<'ctx>,
        bytes: IntValue<'ctx>,
        dtype: Scalar,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let item = self.i64(dtype.size() as i64);
        let n = self.b.build_int_unsigned_div(bytes, item, "dyn.len")?;
        let parts = Parts {
            meminfo: self.ctx.ptr_type(AddressSpace::default()).const_null(),
            data,
            shape: vec![n],
            strides: vec![self.i64(dtype.size() as i64)],
        };
        Ok(self.descriptor(&parts)?.into())
    }

    /// A global array frozen as constant data: one private constant of the
    /// module per array (in the GPU's constant memory on a GPU target while
    /// the module's 64 KiB last, then in global memory), read through a
    /// generic pointer; no reference count (`meminfo` is null). Every use of
    /// a name freezes it anew, so equal arrays share a constant.
    pub fn frozen_array(&self, a: &Arc<FrozenArray>) -> CgResult<BasicValueEnum<'ctx>> {
        let known = self
            .m
            .frozen
            .borrow()
            .iter()
            .find(|(b, _)| {
                b.name == a.name && b.dtype == a.dtype && b.shape == a.shape && b.data == a.data
            })
            .map(|(_, g)| *g);
        let global = match known {
            Some(g) => g,
            None => {
                let value = self.ctx.const_string(&a.data, false);
                let used: usize = self
                    .m
                    .frozen
                    .borrow()
                    .iter()
                    .map(|(b, _)| b.data.len())
                    .sum();
                let space = self.m.target.gpu().map(|g| {
                    let spaces = g.spaces();
                    if used + a.data.len() <= spaces.constant_bytes {
                        AddressSpace::from(spaces.constant)
                    } else {
                        AddressSpace::from(spaces.global)
                    }
                });
                let n = self.m.frozen.borrow().len();
                let g =
                    self.m
                        .module
                        .add_global(value.get_type(), space, &format!("penna_frozen_{n}"));
                g.set_initializer(&value);
                g.set_constant(true);
                g.set_linkage(Linkage::Private);
                g.set_alignment(a.dtype.size().max(16));
                self.m.frozen.borrow_mut().push((a.clone(), g));
                g
            }
        };
        let generic = self.ctx.ptr_type(AddressSpace::default());
        let data = global.as_pointer_value().const_address_space_cast(generic);
        self.fixed_array(data, &a.shape, a.dtype)
    }

    pub fn shape(&self, desc: StructValue<'ctx>, k: u32) -> CgResult<IntValue<'ctx>> {
        let dims = self
            .b
            .build_extract_value(desc, 2, "shape")?
            .into_array_value();
        Ok(self.b.build_extract_value(dims, k, "dim")?.into_int_value())
    }

    pub fn stride(
        &self,
        a: &ArrayType,
        desc: StructValue<'ctx>,
        k: u32,
    ) -> CgResult<IntValue<'ctx>> {
        let contiguous_axis = match a.layout {
            Layout::C => Some(a.ndim as u32 - 1),
            Layout::F => Some(0),
            Layout::Any => None,
        };
        if contiguous_axis == Some(k) {
            return Ok(self.i64(a.dtype.size() as i64));
        }
        let strides = self
            .b
            .build_extract_value(desc, 3, "strides")?
            .into_array_value();
        Ok(self
            .b
            .build_extract_value(strides, k, "stride")?
            .into_int_value())
    }

    /// An index operand: int64 `+ - *` in it (`x[i + j]`, `x[2 * i + 1]`)
    /// do not overflow (`nsw`), so LLVM can tell an index made of loop
    /// counters is not negative and drop its wrap-around fix-up. An index
    /// that overflowed would address memory outside the array either way.
    pub fn index_value(&mut self, e: ExprId) -> CgResult<BasicValueEnum<'ctx>> {
        let Expr::Binary { op, lhs, rhs } = self.f.exprs[e] else {
            return self.expr(e);
        };
        if self.f.ty(e) != &Type::I64
            || !matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul)
            || self.f.ty(lhs) != &Type::I64
            || self.f.ty(rhs) != &Type::I64
        {
            return self.expr(e);
        }
        let a = self.index_value(lhs)?.into_int_value();
        let b = self.index_value(rhs)?.into_int_value();
        Ok(match op {
            BinaryOp::Add => self.b.build_int_nsw_add(a, b, "idx.add")?,
            BinaryOp::Sub => self.b.build_int_nsw_sub(a, b, "idx.sub")?,
            _ => self.b.build_int_nsw_mul(a, b, "idx.mul")?,
        }
        .into())
    }

    pub fn element_pointer(
        &self,
        a: &ArrayType,
        desc: StructValue<'ctx>,
        indices: &[(BasicValueEnum<'ctx>, ExprId)],
    ) -> CgResult<PointerValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        let mut offset: Option<IntValue<'ctx>> = None;
        for (k, (value, id)) in indices.iter().enumerate() {
            let signed = self.f.ty(*id).scalar().is_some_and(Scalar::is_signed);
            let raw =
                self.b
                    .build_int_cast_sign_flag(value.into_int_value(), i64t, signed, "idx")?;
            let dim = self.shape(desc, k as u32)?;
            let idx = if signed {
                let neg = self
                    .b
                    .build_int_compare(IntPredicate::SLT, raw, self.i64(0), "")?;
                let wrapped = self.b.build_int_add(raw, dim, "")?;
                self.b
                    .build_select(neg, wrapped, raw, "idx.wrap")?
                    .into_int_value()
            } else {
                raw
            };
            if self.boundscheck() {
                let outside = self.b.build_int_compare(IntPredicate::UGE, idx, dim, "")?;
                self.raise_if(
                    outside,
                    ExceptionKind::IndexError,
                    "index {} is out of bounds for axis {} with size {}",
                    &[raw, self.i64(k as i64), dim],
                )?;
            }
            let stride = self.stride(a, desc, k as u32)?;
            let term = self.b.build_int_nsw_mul(idx, stride, "")?;
            offset = Some(match offset {
                None => term,
                Some(o) => self.b.build_int_nsw_add(o, term, "")?,
            });
        }
        let data = self
            .b
            .build_extract_value(desc, 1, "data")?
            .into_pointer_value();
        let offset = offset.unwrap_or_else(|| self.i64(0));
        Ok(unsafe {
            self.b
                .build_in_bounds_gep(self.ctx.i8_type(), data, &[offset], "elem.ptr")?
        })
    }

    /// `t[i]` of a tuple for a run-time `i`: items of one type, or numbers
    /// that convert to their common type `result`.
    pub fn tuple_dynamic_item(
        &self,
        t: StructValue<'ctx>,
        items: &[Type],
        result: &Type,
        i: IntValue<'ctx>,
        signed: bool,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let n = items.len() as i64;
        let elem = self.m.llvm_type(result);
        let slot = self.entry_alloca(elem.array_type(n as u32).into(), "tuple")?;
        for k in 0..n {
            let v = self.b.build_extract_value(t, k as u32, "")?;
            // Numbers of different types convert to the item type `result`.
            let v = match (items[k as usize].scalar(), result.scalar()) {
                (Some(from), Some(to)) if from != to => self.convert_scalar(v, from, to)?,
                _ => v,
            };
            let p = unsafe { self.b.build_in_bounds_gep(elem, slot, &[self.i64(k)], "")? };
            self.b.build_store(p, v)?;
        }
        let raw = self
            .b
            .build_int_cast_sign_flag(i, self.ctx.i64_type(), signed, "")?;
        let idx = if signed {
            let neg = self
                .b
                .build_int_compare(IntPredicate::SLT, raw, self.i64(0), "")?;
            let wrapped = self.b.build_int_add(raw, self.i64(n), "")?;
            self.b.build_select(neg, wrapped, raw, "")?.into_int_value()
        } else {
            raw
        };
        let outside = self
            .b
            .build_int_compare(IntPredicate::UGE, idx, self.i64(n), "")?;
        self.raise_if(
            outside,
            ExceptionKind::IndexError,
            "tuple index {} out of range",
            &[raw],
        )?;
        let p = unsafe { self.b.build_in_bounds_gep(elem, slot, &[idx], "")? };
        Ok(self.b.build_load(elem, p, "item")?)
    }
}
