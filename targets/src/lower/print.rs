//! `print(...)`: an array of `PrintRecord`s (see `penna_compiler::abi`) built on
//! the stack and handed to the host runtime's `penna_rt_print`, which formats
//! each value exactly as Python does.

use inkwell::types::StructType;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::AddressSpace;
use penna_compiler::abi::{PrintKind, PRINT_SYMBOL};
use penna_compiler::ir::PrintItem;
use penna_compiler::{Scalar, Type};

use super::FnLowering;
use crate::error::{bug, CgResult};

/// How many records a value of type `t` takes.
fn record_count(t: &Type) -> u32 {
    match t {
        Type::Tuple(items) => 1 + items.iter().map(record_count).sum::<u32>(),
        Type::Optional(inner) => 1 + record_count(inner),
        _ => 1,
    }
}

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    pub fn print(&mut self, items: &[PrintItem], sep: &str, end: &str) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let record = self
            .ctx
            .struct_type(&[i64t.into(), i64t.into(), i64t.into()], false);
        // Evaluate the values first, in order, as Python does.
        let mut values = Vec::new();
        for item in items {
            if let PrintItem::Value(e) = item {
                values.push((self.expr(*e)?, self.f.ty(*e).clone()));
            }
        }
        let count: u32 = items
            .iter()
            .map(|item| match item {
                PrintItem::Value(e) => record_count(self.f.ty(*e)),
                PrintItem::Text(_) => 1,
            })
            .sum();
        let array = self.entry_alloca(record.array_type(count.max(1)).into(), "print.records")?;
        let mut next = 0;
        let mut values = values.into_iter();
        for item in items {
            match item {
                PrintItem::Value(_) => {
                    let (v, t) = values.next().ok_or_else(|| bug("print value"))?;
                    self.write_records(array, record, &mut next, v, &t)?;
                }
                PrintItem::Text(text) => {
                    let (ptr, len) = self.text(text);
                    let address = self.b.build_ptr_to_int(ptr, i64t, "text")?;
                    self.write_record(
                        array,
                        record,
                        &mut next,
                        PrintKind::Text.code(0),
                        address,
                        len,
                    )?;
                }
            }
        }
        let (sep_ptr, sep_len) = self.text(sep);
        let (end_ptr, end_len) = self.text(end);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let fn_type = self.ctx.void_type().fn_type(
            &[
                ptr.into(),
                i64t.into(),
                ptr.into(),
                i64t.into(),
                ptr.into(),
                i64t.into(),
            ],
            false,
        );
        let decl = self.m.runtime_function(PRINT_SYMBOL, fn_type);
        let n = i64t.const_int(count as u64, false);
        let args = [
            array.into(),
            n.into(),
            sep_ptr.into(),
            sep_len.into(),
            end_ptr.into(),
            end_len.into(),
        ];
        self.b.build_call(decl, &args, "")?;
        Ok(())
    }

    /// A constant string's address and length.
    fn text(&self, text: &str) -> (PointerValue<'ctx>, IntValue<'ctx>) {
        (
            self.m.string(text).as_pointer_value(),
            self.i64(text.len() as i64),
        )
    }

    fn write_record(
        &self,
        array: PointerValue<'ctx>,
        record: StructType<'ctx>,
        next: &mut u32,
        kind: u64,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let slot = unsafe {
            self.b
                .build_in_bounds_gep(record, array, &[self.i64(*next as i64)], "record")?
        };
        let fields = [i64t.const_int(kind, false), a, b];
        for (i, value) in fields.into_iter().enumerate() {
            let p = self.b.build_struct_gep(record, slot, i as u32, "")?;
            self.b.build_store(p, value)?;
        }
        *next += 1;
        Ok(())
    }

    fn write_records(
        &self,
        array: PointerValue<'ctx>,
        record: StructType<'ctx>,
        next: &mut u32,
        v: BasicValueEnum<'ctx>,
        t: &Type,
    ) -> CgResult<()> {
        let i64t = self.ctx.i64_type();
        let zero = self.i64(0);
        let float_bits = |x: BasicValueEnum<'ctx>, s: Scalar| -> CgResult<IntValue<'ctx>> {
            let wide = self.convert_scalar(x, s, Scalar::F64)?.into_float_value();
            Ok(self.b.build_bit_cast(wide, i64t, "bits")?.into_int_value())
        };
        match t {
            Type::None
            | Type::Unknown
            | Type::DType(_)
            | Type::TypeRef(_)
            | Type::Slice
            | Type::Function(_)
            | Type::Class(_)
            | Type::GeneratorOf(_)
            | Type::Record(_)
            | Type::RecordArray(_)
            | Type::Generator => {
                self.write_record(array, record, next, PrintKind::None.code(0), zero, zero)
            }
            Type::Str => {
                // The text (the host quotes it inside a tuple, as Python).
                let mi = v.into_pointer_value();
                let ptr_t = self.ctx.ptr_type(AddressSpace::default());
                let data_at = self.byte_offset(mi, 8)?;
                let data = self
                    .b
                    .build_load(ptr_t, data_at, "str.data")?
                    .into_pointer_value();
                let size_at = self.byte_offset(mi, 16)?;
                let size = self
                    .b
                    .build_load(i64t, size_at, "str.size")?
                    .into_int_value();
                let bytes = unsafe {
                    self.b.build_in_bounds_gep(
                        self.ctx.i8_type(),
                        data,
                        &[self.i64(8)],
                        "str.bytes",
                    )?
                };
                let len = self.b.build_int_sub(size, self.i64(8), "str.len")?;
                let address = self.b.build_ptr_to_int(bytes, i64t, "text")?;
                self.write_record(array, record, next, PrintKind::Text.code(0), address, len)
            }
            Type::List { .. } | Type::Dict(..) | Type::Set(_) => {
                // The host reads the container by its type's text.
                let text = t.to_string();
                let (ptr, _) = self.text(&text);
                let type_text = self.b.build_ptr_to_int(ptr, i64t, "type")?;
                let c = self.b.build_ptr_to_int(v.into_pointer_value(), i64t, "c")?;
                let kind = PrintKind::container_code(text.len());
                self.write_record(array, record, next, kind, c, type_text)
            }
            Type::Optional(inner) => {
                let s = v.into_struct_value();
                let present = self
                    .b
                    .build_extract_value(s, 1, "present")?
                    .into_int_value();
                let present = self.b.build_int_z_extend(present, i64t, "")?;
                let count = self.i64(record_count(inner) as i64);
                self.write_record(
                    array,
                    record,
                    next,
                    PrintKind::Optional.code(0),
                    present,
                    count,
                )?;
                let value = self.b.build_extract_value(s, 0, "value")?;
                self.write_records(array, record, next, value, inner)
            }
            Type::Scalar(s) => {
                let (kind, a, b) = match s {
                    Scalar::Bool => (
                        PrintKind::Bool,
                        self.b.build_int_z_extend(v.into_int_value(), i64t, "")?,
                        zero,
                    ),
                    s if s.is_signed() => (
                        PrintKind::Int,
                        self.b
                            .build_int_s_extend_or_bit_cast(v.into_int_value(), i64t, "")?,
                        zero,
                    ),
                    s if s.is_unsigned() => (
                        PrintKind::UInt,
                        self.b
                            .build_int_z_extend_or_bit_cast(v.into_int_value(), i64t, "")?,
                        zero,
                    ),
                    s if s.is_float() => (PrintKind::Float, float_bits(v, *s)?, zero),
                    s => {
                        let (re, im) = self.parts(v.into_struct_value())?;
                        let part = s.real_part();
                        (
                            PrintKind::Complex,
                            float_bits(re.into(), part)?,
                            float_bits(im.into(), part)?,
                        )
                    }
                };
                let width = match s.real_part() {
                    Scalar::F32 => 4,
                    Scalar::F16 => 2,
                    _ => 0,
                };
                self.write_record(array, record, next, kind.code(width), a, b)
            }
            Type::Tuple(items) => {
                let n = self.i64(items.len() as i64);
                self.write_record(array, record, next, PrintKind::Tuple.code(0), n, zero)?;
                for (i, item) in items.iter().enumerate() {
                    let x = self
                        .b
                        .build_extract_value(v.into_struct_value(), i as u32, "")?;
                    self.write_records(array, record, next, x, item)?;
                }
                Ok(())
            }
            Type::Array(_) => Err(bug("printing an array")),
        }
    }
}
