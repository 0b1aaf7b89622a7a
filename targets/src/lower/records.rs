//! Records of structured arrays (see `penna_compiler::infer::records`): a
//! record is the address of its bytes in the array; fields are scalars at
//! fixed offsets from it; a field of a record array is a view with the
//! records' strides.

use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use penna_compiler::ir::ExprId;
use penna_compiler::types::RecordArrayType;
use penna_compiler::Type;

use super::FnLowering;
use crate::error::{bug, CgResult};

impl<'ctx> FnLowering<'_, 'ctx, '_> {
    /// `a[i, j]`: the address of the record.
    pub fn record_at(
        &mut self,
        a: &RecordArrayType,
        array: BasicValueEnum<'ctx>,
        indices: &[ExprId],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let idx = indices
            .iter()
            .map(|&i| self.index_value(i).map(|v| (v, i)))
            .collect::<CgResult<Vec<_>>>()?;
        let bytes = a.as_byte_array();
        Ok(self
            .element_pointer(&bytes, array.into_struct_value(), &idx)?
            .into())
    }

    /// The address and type of field `name` of the record at `record`.
    pub fn record_field_ptr(
        &self,
        t: &Type,
        record: BasicValueEnum<'ctx>,
        name: &str,
    ) -> CgResult<(PointerValue<'ctx>, Type)> {
        let Type::Record(r) = t else {
            return Err(bug(format!("a record field of {t}")));
        };
        let (s, offset) = r
            .field(name)
            .ok_or_else(|| bug(format!("no field {name}")))?;
        let at = self.byte_offset(record.into_pointer_value(), offset as i64)?;
        Ok((at, Type::Scalar(s)))
    }

    /// `a['x']`: the view of field `name` of every record (the records'
    /// memory, shape and strides; the data address moved to the field).
    pub fn field_view(
        &self,
        a: &RecordArrayType,
        array: BasicValueEnum<'ctx>,
        name: &str,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let (_, offset) = a
            .field_view(name)
            .ok_or_else(|| bug(format!("no field {name}")))?;
        let desc = array.into_struct_value();
        let data = self
            .b
            .build_extract_value(desc, 1, "data")?
            .into_pointer_value();
        let moved = self.byte_offset(data, offset as i64)?;
        Ok(self
            .b
            .build_insert_value(desc, moved, 1, "field.view")?
            .into_struct_value()
            .into())
    }

    /// `np.empty(shape, dtype=rec)` (`zeroed`: `np.zeros`): a new
    /// C-contiguous array of records.
    pub fn new_records(
        &mut self,
        a: &RecordArrayType,
        zeroed: bool,
        shape: &[IntValue<'ctx>],
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let size = a.record.size as i64;
        let dst = self.allocate_items(size, shape, &Type::RecordArray(a.clone()))?;
        if zeroed {
            let n = self.product(&dst.shape)?;
            let nbytes = self.b.build_int_nsw_mul(n, self.i64(size), "")?;
            self.b
                .build_memset(dst.data, 8, self.ctx.i8_type().const_zero(), nbytes)?;
        }
        Ok(self.descriptor(&dst)?.into())
    }

    /// A record returned to Python: its bytes copied into a new 0-d record
    /// array (the record itself is an address into an array that may be
    /// freed on return).
    pub fn record_copy(
        &mut self,
        a: &RecordArrayType,
        record: BasicValueEnum<'ctx>,
    ) -> CgResult<BasicValueEnum<'ctx>> {
        let size = a.record.size as i64;
        let dst = self.allocate_items(size, &[], &Type::RecordArray(a.clone()))?;
        self.b
            .build_memcpy(dst.data, 8, record.into_pointer_value(), 1, self.i64(size))
            .map_err(|e| bug(format!("memcpy: {e}")))?;
        Ok(self.descriptor(&dst)?.into())
    }
}
