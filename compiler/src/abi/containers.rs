//! Lists, dicts and sets as compiled code and the runtimes share them.
//!
//! A container is one heap object owned through a [`MemInfo`] header at its
//! start, so the reference counting that serves owned arrays serves containers
//! unchanged: a container value in compiled code is the pointer to its header,
//! and the header's `dtor` releases the items when the last reference goes.
//!
//! Items are stored by value in the ABI layout of their type (a tuple as a C
//! struct, an array as its descriptor, a nested container as its pointer). The
//! runtime learns what it needs about an item type from an *item descriptor*,
//! a flat array of `u32` words that compiled code emits as a constant and the
//! host builds for containers made in Python ([`item_desc`]):
//!
//! ```text
//! [size, align, nfields, nrefs, (kind, offset) * nfields, offset * nrefs]
//! ```
//!
//! `fields` are the leaves that equality, hashing and ordering look at (a
//! scalar's kind is its [`scalar_code`]); `refs` are the offsets of the
//! reference-counted pointers inside an item (array meminfos, nested
//! containers), which the container retains when it copies an item and
//! releases when it drops one. Invariants:
//! - a container holds one reference to every reference-counted item;
//! - descriptors live for the whole process (constants of loaded code, or
//!   interned by the host), so containers keep only a pointer to them.
//!
//! The list object's first fields are read by compiled code directly (length,
//! data, capacity, the "modified" flag for reflection): indexing and an append
//! that fits are inline; everything else goes through the C functions named
//! here.
//!
//! [`MemInfo`]: super::MemInfo

use super::scalar_code;
use crate::types::Type;

/// Field kind of a nested list (compared item by item with its own descriptor).
pub const FIELD_LIST: u32 = 64;
/// Field kind of an array (not comparable, not hashable).
pub const FIELD_ARRAY: u32 = 65;
/// Field kind of a nested dict or set (not hashable).
pub const FIELD_DICT: u32 = 66;
/// Field kind of a string (compared, ordered and hashed by its text).
pub const FIELD_STR: u32 = 67;

/// Byte offset of a list's length (`i64`) from its header.
pub const LIST_LEN_OFFSET: u64 = 32;
/// Byte offset of a list's item storage pointer.
pub const LIST_DATA_OFFSET: u64 = 40;
/// Byte offset of a list's capacity (`i64`, items).
pub const LIST_CAP_OFFSET: u64 = 48;
/// Byte offset of a list's "modified" flag (`i64`, nonzero once written).
pub const LIST_DIRTY_OFFSET: u64 = 64;

/// The item descriptor of `t` (see the module documentation).
pub fn item_desc(t: &Type) -> Vec<u32> {
    let (size, align) = t.size_align();
    let mut fields = Vec::new();
    let mut refs = Vec::new();
    leaves(t, 0, &mut fields, &mut refs);
    let mut words = vec![size, align, fields.len() as u32 / 2, refs.len() as u32];
    words.extend(fields);
    words.extend(refs);
    words
}

fn leaves(t: &Type, offset: u32, fields: &mut Vec<u32>, refs: &mut Vec<u32>) {
    match t {
        Type::Scalar(s) => fields.extend([scalar_code(*s), offset]),
        Type::Tuple(items) => {
            for (item, off) in items.iter().zip(Type::field_offsets(items)) {
                leaves(item, offset + off, fields, refs);
            }
        }
        Type::Array(_) | Type::RecordArray(_) => {
            fields.extend([FIELD_ARRAY, offset]);
            refs.push(offset);
        }
        // The address of a record inside an array the caller holds.
        Type::Record(_) => fields.extend([FIELD_DICT, offset]),
        Type::List { .. } => {
            fields.extend([FIELD_LIST, offset]);
            refs.push(offset);
        }
        Type::Dict(..) | Type::Set(_) => {
            fields.extend([FIELD_DICT, offset]);
            refs.push(offset);
        }
        // A `None` holds a zeroed value (null references).
        Type::Optional(_) => leaves(&t.layout(), offset, fields, refs),
        Type::Str => {
            fields.extend([FIELD_STR, offset]);
            refs.push(offset);
        }
        // Instances and generators compare by identity, as Python objects
        // without `__eq__`.
        Type::Class(_) | Type::GeneratorOf(_) => {
            fields.extend([FIELD_DICT, offset]);
            refs.push(offset);
        }
        // A generator is borrowed from Python for the call: no reference.
        Type::Generator => fields.extend([FIELD_DICT, offset]),
        Type::None
        | Type::Unknown
        | Type::DType(_)
        | Type::TypeRef(_)
        | Type::Slice
        | Type::Function(_) => {}
    }
}

/// Whether items of type `t` compare with `==` (no arrays, no dicts inside).
pub fn comparable(t: &Type) -> bool {
    match t {
        Type::Scalar(_) | Type::None | Type::Str => true,
        Type::Tuple(items) => items.iter().all(comparable),
        Type::List { item, .. } => comparable(item),
        _ => false,
    }
}

/// Whether items of type `t` can be dict keys or set items (numbers,
/// strings, tuples of them).
pub fn hashable(t: &Type) -> bool {
    match t {
        Type::Scalar(_) | Type::Str => true,
        Type::Tuple(items) => !items.is_empty() && items.iter().all(hashable),
        _ => false,
    }
}

macro_rules! symbols {
    ($($name:ident = $sym:literal;)*) => {
        $(pub const $name: &str = $sym;)*
    };
}

// Lists. `List *` values are the list's header. Item arguments point at one
// item in ABI layout; the list takes over the references of an item passed
// in (the caller retained them) and hands out those of an item it returns.
symbols! {
    // List *f(const u32 *desc, i64 capacity)
    LIST_NEW = "penna_list_new";
    // void f(List *, const void *item)
    LIST_APPEND = "penna_list_append";
    // void f(List *, i64 index, const void *item)   (index as list.insert)
    LIST_INSERT = "penna_list_insert";
    // i32 f(List *, i64 index, void *out): 0, or 1 (empty) / 2 (out of range)
    LIST_POP = "penna_list_pop";
    // i32 f(List *, const void *item): 0, or 1 when absent
    LIST_REMOVE = "penna_list_remove";
    // i64 f(const List *, const void *item, i64 start, i64 stop): -1 when absent
    LIST_INDEX = "penna_list_index";
    // i64 f(const List *, const void *item)
    LIST_COUNT = "penna_list_count";
    // void f(List *)
    LIST_CLEAR = "penna_list_clear";
    LIST_REVERSE = "penna_list_reverse";
    // void f(List *, i32 reverse)
    LIST_SORT = "penna_list_sort";
    // List *f(const List *, i64 start, i64 stop, i64 step, i32 given): a new
    // list (bit 0 of `given`: start, bit 1: stop, bit 2: step); null when step is 0
    LIST_SLICE = "penna_list_slice";
    // void f(List *, const List *other)
    LIST_EXTEND = "penna_list_extend";
    // List *f(const List *, i64 times)
    LIST_REPEAT = "penna_list_repeat";
    // i32 f(const List *, const List *)
    LIST_EQ = "penna_list_eq";
    // i32 f(const List *, i64 ndim, i64 *shape): `np.array(l)`'s shape; 1
    // when the list is ragged
    LIST_SHAPE = "penna_list_shape";
    // void f(const List *, i64 ndim, void *data, i32 dtype, i32 elem): its
    // numbers converted to `dtype` (a scalar code; `elem`: that of array items)
    LIST_FILL = "penna_list_fill";
}

// `heapq` on lists (Python's algorithms, so heaps match CPython's item for
// item). Items move in and out as in `LIST_APPEND` / `LIST_POP`.
symbols! {
    // void f(List *)
    HEAPIFY = "penna_heapify";
    // void f(List *, const void *item)
    HEAP_PUSH = "penna_heap_push";
    // i32 f(List *, void *out): 0, or 1 when empty
    HEAP_POP = "penna_heap_pop";
    // i32 f(List *, const void *item, void *out): 0, or 1 when empty (the
    // item is not taken then)
    HEAP_REPLACE = "penna_heap_replace";
    // void f(List *, const void *item, void *out)
    HEAP_PUSHPOP = "penna_heap_pushpop";
    // List *f(const List *, i64 n, i32 largest): a new list of the n
    // smallest (largest) items, in order
    HEAP_SELECT = "penna_heap_select";
}

// Dicts and sets (a set is a dict whose values take no room). Keys and
// values in ABI layout; the same ownership rules as lists.
symbols! {
    // Dict *f(const u32 *key_desc, const u32 *value_desc)
    DICT_NEW = "penna_dict_new";
    // i64 f(const Dict *)
    DICT_LEN = "penna_dict_len";
    // void *f(Dict *, const void *key): the value, null when absent (valid
    // until the next change to the dict)
    DICT_GET = "penna_dict_get";
    // void f(Dict *, const void *key, const void *value)
    DICT_SET = "penna_dict_set";
    // i32 f(Dict *, const void *key, void *out_value): 1 when it was there
    DICT_POP = "penna_dict_pop";
    // i32 f(Dict *, void *out_key, void *out_value): 0 when empty
    DICT_POPITEM = "penna_dict_popitem";
    // void f(Dict *)
    DICT_CLEAR = "penna_dict_clear";
    // Dict *f(const Dict *)
    DICT_COPY = "penna_dict_copy";
    // void f(Dict *, const Dict *other)
    DICT_UPDATE = "penna_dict_update";
    // void *f(Dict *, i64 i): the key of the i-th entry in insertion order,
    // null when the dict has fewer (iteration)
    DICT_KEY_AT = "penna_dict_key_at";
    // void *f(Dict *, i64 i): the value of the i-th entry
    DICT_VALUE_AT = "penna_dict_value_at";
    // i32 f(const Dict *, const Dict *): same keys (and values, for dicts)
    DICT_EQ = "penna_dict_eq";
    // Dict *f(const Dict *, const Dict *, i32 op): a new set (SET_OP_*)
    SET_OP = "penna_set_op";
    // void f(Dict *, const Dict *, i32 op): the same, in place
    SET_OP_INPLACE = "penna_set_op_inplace";
    // i32 f(const Dict *, const Dict *): every item of the first is in the second
    SET_SUBSET = "penna_set_subset";
}

pub const SET_OP_UNION: i32 = 0;
pub const SET_OP_INTERSECTION: i32 = 1;
pub const SET_OP_DIFFERENCE: i32 = 2;
pub const SET_OP_SYMMETRIC_DIFFERENCE: i32 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{ArrayType, Layout, Scalar};

    #[test]
    fn descriptors_list_leaves_and_references() {
        let arr = Type::Array(ArrayType {
            dtype: Scalar::F64,
            ndim: 1,
            layout: Layout::C,
            readonly: false,
        });
        let t = Type::Tuple(vec![Type::Scalar(Scalar::I32), arr, Type::F64]);
        let d = item_desc(&t);
        // (i32 @0, array @8 (32 bytes), f64 @40): 48 bytes, one reference.
        assert_eq!(&d[..4], &[48, 8, 3, 1]);
        assert_eq!(
            &d[4..10],
            &[
                scalar_code(Scalar::I32),
                0,
                FIELD_ARRAY,
                8,
                scalar_code(Scalar::F64),
                40
            ]
        );
        assert_eq!(&d[10..], &[8]);
        assert!(!comparable(&t) && !hashable(&t));
        assert!(hashable(&Type::Tuple(vec![Type::I64, Type::F64])));
    }
}
