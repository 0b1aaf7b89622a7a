//! `np.array(list)`: the shape of a (nested) list, then its numbers written
//! into a new C-contiguous array, converted as NumPy's `astype` converts.
//!
//! Items are numbers, tuples of numbers, lists of those, or arrays; the
//! compiled caller knows the result's rank and dtype statically and passes
//! them (and the dtype of array items, which item descriptors do not
//! record). A ragged list is reported, not read past. An empty list has
//! the static rank (`np.array([(1, 2)][:0])` is `(0, 2)` where NumPy says
//! `(0,)`).

use penna_compiler::abi::containers::{self as abi, FIELD_ARRAY, FIELD_LIST};
use penna_compiler::Scalar;

use super::list::List;
use super::{imag_offset, read_f64, read_int, scalar, Desc};

/// What an item with `dims` dimensions of its own is.
enum Item {
    Number(Scalar),
    /// A tuple of numbers: its leaves.
    Tuple,
    List,
    /// An array of this many dimensions.
    Array(usize),
}

fn classify(d: Desc, dims: usize) -> Item {
    let fields: Vec<(u32, usize)> = d.fields().collect();
    match fields.as_slice() {
        [(k, 0)] if *k == FIELD_LIST => Item::List,
        [(k, 0)] if *k == FIELD_ARRAY => Item::Array((d.size() - 16) / 16),
        [(k, 0)] if dims == 0 => Item::Number(scalar(*k).expect("a number leaf")),
        _ => Item::Tuple,
    }
}

/// An array item's descriptor: data, shape, strides.
unsafe fn array_parts(p: *const u8, ndim: usize) -> (*const u8, Vec<i64>, Vec<i64>) {
    // SAFETY: an array descriptor of `ndim` dimensions.
    unsafe {
        let w = p as *const i64;
        let data = *w.add(1) as *const u8;
        let shape = (0..ndim).map(|k| *w.add(2 + k)).collect();
        let strides = (0..ndim).map(|k| *w.add(2 + ndim + k)).collect();
        (data, shape, strides)
    }
}

/// Writes the shape of `l` (rank `ndim`) into `shape`; false if ragged.
unsafe fn list_shape(l: &List, ndim: usize, shape: &mut [i64]) -> bool {
    shape[0] = l.len;
    if ndim == 1 {
        return true;
    }
    let d = l.desc();
    let mut first: Option<Vec<i64>> = None;
    for i in 0..l.len() {
        let mut sub = vec![0i64; ndim - 1];
        // SAFETY: a live item.
        if !unsafe { item_shape(d, l.item(i), ndim - 1, &mut sub) } {
            return false;
        }
        match &first {
            None => first = Some(sub),
            Some(f) if *f == sub => {}
            Some(_) => return false,
        }
    }
    // An empty list of tuples still has their length (NumPy's shape would
    // be `(0,)`, which a static rank cannot be).
    let empty = || match classify(d, ndim - 1) {
        Item::Tuple => vec![d.fields().count() as i64],
        _ => vec![0; ndim - 1],
    };
    shape[1..].copy_from_slice(&first.unwrap_or_else(empty));
    true
}

unsafe fn item_shape(d: Desc, p: *const u8, dims: usize, shape: &mut [i64]) -> bool {
    // SAFETY: a live item described by `d`.
    unsafe {
        match classify(d, dims) {
            Item::Number(_) => true,
            Item::Tuple => {
                shape[0] = d.fields().count() as i64;
                dims == 1
            }
            Item::List => list_shape(&**(p as *const *const List), dims, shape),
            Item::Array(n) => {
                let (_, s, _) = array_parts(p, n);
                shape.copy_from_slice(&s);
                n == dims
            }
        }
    }
}

/// Converts the number of type `from` at `src` to `to` at `dst`.
unsafe fn convert(from: Scalar, src: *const u8, to: Scalar, dst: *mut u8) {
    // SAFETY: a leaf of `from` at `src`, room for a `to` at `dst`.
    unsafe {
        let (re, im, int) = if from.is_float() {
            (read_f64(from, src), 0.0, None)
        } else if from.is_complex() {
            let k = imag_offset(from);
            (read_f64(from, src), read_f64(from, src.add(k)), None)
        } else {
            let i = read_int(from, src);
            (i as f64, 0.0, Some(i))
        };
        let int = int.unwrap_or(re as i128);
        match to {
            Scalar::Bool => *dst = (re != 0.0 || im != 0.0) as u8,
            Scalar::I8 | Scalar::U8 => *dst = int as u8,
            Scalar::I16 | Scalar::U16 => *(dst as *mut u16) = int as u16,
            Scalar::I32 | Scalar::U32 => *(dst as *mut u32) = int as u32,
            Scalar::I64 | Scalar::U64 => *(dst as *mut u64) = int as u64,
            Scalar::F16 => *(dst as *mut u16) = half::f16::from_f64(re).to_bits(),
            Scalar::F32 => *(dst as *mut f32) = re as f32,
            Scalar::F64 => *(dst as *mut f64) = re,
            Scalar::C64 => {
                *(dst as *mut f32) = re as f32;
                *(dst as *mut f32).add(1) = im as f32;
            }
            Scalar::C128 => {
                *(dst as *mut f64) = re;
                *(dst as *mut f64).add(1) = im;
            }
        }
    }
}

struct Fill {
    to: Scalar,
    /// The dtype of array items' elements.
    elem: Scalar,
    next: *mut u8,
}

impl Fill {
    unsafe fn put(&mut self, from: Scalar, src: *const u8) {
        // SAFETY: the caller's leaf; the array has room (its shape was measured).
        unsafe {
            convert(from, src, self.to, self.next);
            self.next = self.next.add(self.to.size() as usize);
        }
    }

    unsafe fn list(&mut self, l: &List, dims: usize) {
        let d = l.desc();
        for i in 0..l.len() {
            // SAFETY: live items.
            unsafe { self.item(d, l.item(i), dims - 1) };
        }
    }

    unsafe fn item(&mut self, d: Desc, p: *const u8, dims: usize) {
        // SAFETY: a live item described by `d`, of the measured shape.
        unsafe {
            match classify(d, dims) {
                Item::Number(s) => self.put(s, p),
                Item::Tuple => {
                    for (kind, off) in d.fields() {
                        self.put(scalar(kind).expect("a number leaf"), p.add(off));
                    }
                }
                Item::List => self.list(&**(p as *const *const List), dims),
                Item::Array(n) => {
                    let (data, shape, strides) = array_parts(p, n);
                    self.array(data, &shape, &strides);
                }
            }
        }
    }

    unsafe fn array(&mut self, data: *const u8, shape: &[i64], strides: &[i64]) {
        let Some((&n, rest)) = shape.split_first() else {
            // SAFETY: an element of the array.
            return unsafe { self.put(self.elem, data) };
        };
        for i in 0..n {
            // SAFETY: inside the array by its shape and strides.
            unsafe { self.array(data.offset((i * strides[0]) as isize), rest, &strides[1..]) };
        }
    }
}

/// The entry point compiled code calls: the shape of `l` as an array of
/// rank `ndim` into `shape`; 1 when the list is ragged.
///
/// # Safety
/// A live list whose items have `ndim - 1` dimensions; room for `ndim` words.
#[no_mangle]
pub unsafe extern "C" fn penna_list_shape(l: *const List, ndim: i64, shape: *mut i64) -> i32 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let out = std::slice::from_raw_parts_mut(shape, ndim as usize);
        !list_shape(&*l, ndim as usize, out) as i32
    }
}

/// The entry point compiled code calls: writes the numbers of `l` (of the
/// shape `penna_list_shape` measured) as `dtype` (a scalar code) at `data`;
/// `elem` is the scalar code of array items' elements.
///
/// # Safety
/// A live, rectangular list; room for all its numbers at `data`.
#[no_mangle]
pub unsafe extern "C" fn penna_list_fill(
    l: *const List,
    ndim: i64,
    data: *mut u8,
    dtype: i32,
    elem: i32,
) {
    let mut fill = Fill {
        to: scalar(dtype as u32).expect("a dtype code"),
        elem: scalar(elem as u32).unwrap_or(Scalar::F64),
        next: data,
    };
    // SAFETY: guaranteed by the caller.
    unsafe { fill.list(&*l, ndim as usize) }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::LIST_SHAPE, penna_list_shape as *const () as usize),
        (abi::LIST_FILL, penna_list_fill as *const () as usize),
    ]
}
