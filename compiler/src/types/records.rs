//! Record types: structured NumPy dtypes and arrays of them (see
//! `infer::records`).

use std::fmt;

use super::{ArrayType, Layout, Scalar};

/// A structured dtype: named scalar fields at byte offsets, `size` bytes
/// per record (NumPy's `itemsize`). `readonly`: a record of an array whose
/// WRITEABLE flag is off (its fields cannot be assigned).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordType {
    pub fields: Vec<(String, Scalar, u32)>,
    pub size: u32,
    pub readonly: bool,
}

impl RecordType {
    /// The type and byte offset of field `name`.
    pub fn field(&self, name: &str) -> Option<(Scalar, u32)> {
        self.fields
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, s, off)| (*s, *off))
    }
}

impl fmt::Display for RecordType {
    /// Numba's notation: `Record(x[type=float64;offset=0],n[type=int32;offset=8];12;False)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.readonly {
            f.write_str("readonly ")?;
        }
        f.write_str("Record(")?;
        for (i, (name, s, off)) in self.fields.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{name}[type={};offset={off}]", s.name())?;
        }
        write!(f, ";{};False)", self.size)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordArrayType {
    pub record: std::sync::Arc<RecordType>,
    pub ndim: u8,
    pub readonly: bool,
}

impl RecordArrayType {
    /// The array type of field `name` of every record: a view with the
    /// records' strides.
    pub fn field_view(&self, name: &str) -> Option<(ArrayType, u32)> {
        let (dtype, offset) = self.record.field(name)?;
        let view = ArrayType {
            dtype,
            ndim: self.ndim,
            layout: Layout::Any,
            readonly: self.readonly,
        };
        Some((view, offset))
    }

    /// The record array as an array of bytes with its strides, for the
    /// address arithmetic arrays share.
    pub fn as_byte_array(&self) -> ArrayType {
        ArrayType {
            dtype: Scalar::U8,
            ndim: self.ndim,
            layout: Layout::Any,
            readonly: self.readonly,
        }
    }
}
