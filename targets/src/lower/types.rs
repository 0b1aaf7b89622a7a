//! LLVM types of penna types, and moving values between registers and memory.

use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;
use penna_compiler::{Scalar, Type};

use super::{FnLowering, ModuleLowering};
use crate::error::CgResult;

impl<'ctx> ModuleLowering<'ctx, '_> {
    /// The register representation of a value of type `t`.
    pub fn llvm_type(&self, t: &Type) -> BasicTypeEnum<'ctx> {
        match t {
            Type::Scalar(s) => self.scalar_type(*s),
            Type::None
            | Type::Unknown
            | Type::DType(_)
            | Type::TypeRef(_)
            | Type::Slice
            | Type::Function(_) => self.ctx.struct_type(&[], false).into(),
            Type::Tuple(items) => {
                let fields: Vec<BasicTypeEnum> = items.iter().map(|t| self.llvm_type(t)).collect();
                self.ctx.struct_type(&fields, false).into()
            }
            Type::Array(a) => self.descriptor_type(a.ndim as u32).into(),
            Type::RecordArray(a) => self.descriptor_type(a.ndim as u32).into(),
            Type::List { .. }
            | Type::Dict(..)
            | Type::Set(_)
            | Type::Generator
            | Type::Str
            | Type::Class(_)
            | Type::Record(_)
            | Type::GeneratorOf(_) => self.ctx.ptr_type(AddressSpace::default()).into(),
            Type::Optional(_) => self.llvm_type(&t.layout()),
        }
    }

    pub fn scalar_type(&self, s: Scalar) -> BasicTypeEnum<'ctx> {
        let c = self.ctx;
        match s {
            Scalar::Bool => c.bool_type().into(),
            Scalar::I8 | Scalar::U8 => c.i8_type().into(),
            Scalar::I16 | Scalar::U16 => c.i16_type().into(),
            Scalar::I32 | Scalar::U32 => c.i32_type().into(),
            Scalar::I64 | Scalar::U64 => c.i64_type().into(),
            Scalar::F16 => c.f16_type().into(),
            Scalar::F32 => c.f32_type().into(),
            Scalar::F64 => c.f64_type().into(),
            Scalar::C64 => c
                .struct_type(&[c.f32_type().into(), c.f32_type().into()], false)
                .into(),
            Scalar::C128 => c
                .struct_type(&[c.f64_type().into(), c.f64_type().into()], false)
                .into(),
        }
    }

    /// How a scalar is stored in memory (bool as one byte).
    pub fn scalar_memory_type(&self, s: Scalar) -> BasicTypeEnum<'ctx> {
        if s == Scalar::Bool {
            self.ctx.i8_type().into()
        } else {
            self.scalar_type(s)
        }
    }

    /// `{ ptr meminfo, ptr data, [n x i64] shape, [n x i64] strides }`.
    pub fn descriptor_type(&self, ndim: u32) -> StructType<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let dims = self.ctx.i64_type().array_type(ndim);
        self.ctx
            .struct_type(&[ptr.into(), ptr.into(), dims.into(), dims.into()], false)
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// The tuple of type `t` holding `items`, in registers.
    pub fn tuple_value(
        &self,
        t: &Type,
        items: impl IntoIterator<Item = BasicValueEnum<'ctx>>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let mut agg = self.m.llvm_type(t).into_struct_type().get_undef();
        for (i, v) in items.into_iter().enumerate() {
            agg = self
                .b
                .build_insert_value(agg, v, i as u32, "")?
                .into_struct_value();
        }
        Ok(agg.into())
    }

    /// Loads a scalar from memory into its register representation.
    pub fn load_scalar(
        &self,
        s: Scalar,
        ptr: PointerValue<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let v = self
            .b
            .build_load(self.m.scalar_memory_type(s), ptr, "elem")?;
        if s == Scalar::Bool {
            let zero = self.ctx.i8_type().const_zero();
            let b = self.b.build_int_compare(
                inkwell::IntPredicate::NE,
                v.into_int_value(),
                zero,
                "bool",
            )?;
            return Ok(b.into());
        }
        Ok(v)
    }

    /// Stores a scalar register value into memory.
    pub fn store_scalar(
        &self,
        s: Scalar,
        ptr: PointerValue<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        let v = if s == Scalar::Bool {
            self.b
                .build_int_z_extend(v.into_int_value(), self.ctx.i8_type(), "byte")?
                .into()
        } else {
            v
        };
        self.b.build_store(ptr, v)?;
        Ok(())
    }

    /// Loads a value of type `t` laid out in C memory layout at `ptr`.
    pub fn load_memory(&self, t: &Type, ptr: PointerValue<'ctx>) -> CgResult<BasicValueEnum<'ctx>> {
        match t {
            Type::Optional(_) => self.load_memory(&t.layout(), ptr),
            Type::Scalar(s) => self.load_scalar(*s, ptr),
            Type::Tuple(items) => {
                let ty = self.m.llvm_type(t).into_struct_type();
                let mut agg = ty.get_undef();
                for (i, (item, off)) in items.iter().zip(Type::field_offsets(items)).enumerate() {
                    let p = self.byte_offset(ptr, off as i64)?;
                    let v = self.load_memory(item, p)?;
                    agg = self
                        .b
                        .build_insert_value(agg, v, i as u32, "")?
                        .into_struct_value();
                }
                Ok(agg.into())
            }
            Type::Array(_)
            | Type::None
            | Type::Unknown
            | Type::Function(_)
            | Type::DType(_)
            | Type::TypeRef(_)
            | Type::Slice
            | Type::List { .. }
            | Type::Dict(..)
            | Type::Set(_)
            | Type::Generator
            | Type::Str
            | Type::Class(_)
            | Type::Record(_)
            | Type::RecordArray(_)
            | Type::GeneratorOf(_) => {
                let ty = self.m.llvm_type(t);
                Ok(self.b.build_load(ty, ptr, "")?)
            }
        }
    }

    /// Stores a register value of type `t` into C memory layout at `ptr`.
    pub fn store_memory(
        &self,
        t: &Type,
        ptr: PointerValue<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) -> CgResult<()> {
        match t {
            Type::Optional(_) => self.store_memory(&t.layout(), ptr, v),
            Type::Scalar(s) => self.store_scalar(*s, ptr, v),
            Type::Tuple(items) => {
                for (i, (item, off)) in items.iter().zip(Type::field_offsets(items)).enumerate() {
                    let p = self.byte_offset(ptr, off as i64)?;
                    let field = self
                        .b
                        .build_extract_value(v.into_struct_value(), i as u32, "")?;
                    self.store_memory(item, p, field)?;
                }
                Ok(())
            }
            Type::None
            | Type::Unknown
            | Type::DType(_)
            | Type::TypeRef(_)
            | Type::Slice
            | Type::Function(_) => Ok(()),
            Type::Array(_)
            | Type::List { .. }
            | Type::Dict(..)
            | Type::Set(_)
            | Type::Generator
            | Type::Str
            | Type::Class(_)
            | Type::Record(_)
            | Type::RecordArray(_)
            | Type::GeneratorOf(_) => {
                self.b.build_store(ptr, v)?;
                Ok(())
            }
        }
    }

    pub fn byte_offset(
        &self,
        ptr: PointerValue<'ctx>,
        offset: i64,
    ) -> CgResult<PointerValue<'ctx>> {
        if offset == 0 {
            return Ok(ptr);
        }
        Ok(unsafe {
            self.b
                .build_in_bounds_gep(self.ctx.i8_type(), ptr, &[self.i64(offset)], "field")?
        })
    }

    pub fn none_value(&self) -> BasicValueEnum<'ctx> {
        self.ctx.struct_type(&[], false).const_zero().into()
    }

    pub fn zero_of(&self, t: &Type) -> BasicValueEnum<'ctx> {
        self.m.llvm_type(t).const_zero()
    }
}
