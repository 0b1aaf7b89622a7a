//! Lists, dicts and sets: the runtime half of `penna_compiler::abi::containers`.
//!
//! Items are raw bytes in the ABI layout of their type; an item descriptor
//! says where the comparable leaves and the reference-counted pointers are.
//! Invariants:
//! - a container holds one reference to every reference-counted pointer in
//!   its items, taken over from the caller on insertion and released on
//!   removal or when the container is freed;
//! - every container is counted in the live allocations of [`crate::nrt`].

pub mod dict;
pub mod heap;
mod index;
pub mod list;
pub mod to_array;

use std::cmp::Ordering;
use std::hash::Hasher;

use penna_compiler::abi::containers::{FIELD_ARRAY, FIELD_DICT, FIELD_LIST, FIELD_STR};
use penna_compiler::abi::MemInfo;
use penna_compiler::Scalar;

use crate::nrt;

/// A parsed item descriptor (`abi::containers::item_desc`).
#[derive(Clone, Copy)]
pub struct Desc {
    words: *const u32,
}

impl Desc {
    /// # Safety
    /// `words` is a well-formed descriptor that lives for the process.
    pub unsafe fn new(words: *const u32) -> Desc {
        Desc { words }
    }

    pub fn words(self) -> *const u32 {
        self.words
    }

    fn word(self, i: usize) -> u32 {
        // SAFETY: the descriptor holds its header and the counted entries.
        unsafe { *self.words.add(i) }
    }

    pub fn size(self) -> usize {
        self.word(0) as usize
    }

    pub fn align(self) -> usize {
        (self.word(1) as usize).max(1)
    }

    /// `(kind, offset)` of each comparable leaf.
    pub fn fields(self) -> impl Iterator<Item = (u32, usize)> {
        let n = self.word(2) as usize;
        (0..n).map(move |i| (self.word(4 + 2 * i), self.word(5 + 2 * i) as usize))
    }

    /// Offsets of the reference-counted pointers.
    pub fn refs(self) -> impl Iterator<Item = usize> {
        let (nf, nr) = (self.word(2) as usize, self.word(3) as usize);
        (0..nr).map(move |i| self.word(4 + 2 * nf + i) as usize)
    }

    /// The number type of an item that is one number and nothing else.
    pub fn single_scalar(self) -> Option<Scalar> {
        let s = scalar(self.word(4)).filter(|_| self.word(2) == 1 && self.word(5) == 0)?;
        (s.size() as usize == self.size()).then_some(s)
    }

    pub fn has_refs(self) -> bool {
        self.word(3) != 0
    }

    /// Adds a reference to every pointer in the item at `p`.
    ///
    /// # Safety
    /// `p` holds a live item of this type.
    pub unsafe fn retain(self, p: *const u8) {
        for off in self.refs() {
            // SAFETY: a pointer field of a live item.
            unsafe { nrt::retain(*(p.add(off) as *const *mut MemInfo)) };
        }
    }

    /// Drops the references of the item at `p`.
    ///
    /// # Safety
    /// `p` holds a live item whose references the caller owns.
    pub unsafe fn release(self, p: *const u8) {
        for off in self.refs() {
            // SAFETY: as above.
            unsafe { nrt::release(*(p.add(off) as *const *mut MemInfo)) };
        }
    }

    /// `a == b` as Python compares the values (NaN is unequal to itself).
    ///
    /// # Safety
    /// Both point at live items of this type.
    pub unsafe fn eq(self, a: *const u8, b: *const u8) -> bool {
        self.fields().all(|(kind, off)| {
            // SAFETY: fields of live items.
            unsafe { leaf_eq(kind, a.add(off), b.add(off)) }
        })
    }

    /// Lexicographic order over the leaves; NaN sorts last (a total order,
    /// as NumPy sorts).
    ///
    /// # Safety
    /// Both point at live items of this type.
    pub unsafe fn cmp(self, a: *const u8, b: *const u8) -> Ordering {
        for (kind, off) in self.fields() {
            // SAFETY: fields of live items.
            let o = unsafe { leaf_cmp(kind, a.add(off), b.add(off)) };
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    }

    /// A hash consistent with [`Desc::eq`] (`-0.0` hashes as `0.0`).
    ///
    /// # Safety
    /// `p` points at a live item of this type.
    pub unsafe fn hash(self, p: *const u8) -> u64 {
        if self.word(2) == 1 {
            // One leaf (a number key): no hasher state to feed.
            // SAFETY: the leaf of a live item.
            let x = unsafe { leaf_bits(self.word(4), p.add(self.word(5) as usize)) };
            return spread(x);
        }
        let mut h = rustc_hash::FxHasher::default();
        for (kind, off) in self.fields() {
            // SAFETY: a field of a live item.
            let bits = unsafe { leaf_bits(kind, p.add(off)) };
            h.write_u64(bits);
        }
        spread(h.finish())
    }
}

/// Mixes all bits into the low ones the table uses (multiply-xorshift).
pub(crate) fn spread(x: u64) -> u64 {
    let x = (x ^ (x >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

fn scalar(kind: u32) -> Option<Scalar> {
    Scalar::ALL.get(kind as usize).copied()
}

/// A leaf as a number: integers exactly, floats as f64 (complex: real part,
/// then `leaf_imag`).
unsafe fn read_f64(s: Scalar, p: *const u8) -> f64 {
    // SAFETY: the caller's leaf.
    unsafe {
        match s {
            Scalar::F16 => half::f16::from_bits(*(p as *const u16)).to_f64(),
            Scalar::F32 | Scalar::C64 => *(p as *const f32) as f64,
            Scalar::F64 | Scalar::C128 => *(p as *const f64),
            _ => unreachable!("floats only"),
        }
    }
}

unsafe fn read_int(s: Scalar, p: *const u8) -> i128 {
    // SAFETY: the caller's leaf.
    unsafe {
        match s {
            Scalar::Bool => (*p != 0) as i128,
            Scalar::I8 => *(p as *const i8) as i128,
            Scalar::I16 => *(p as *const i16) as i128,
            Scalar::I32 => *(p as *const i32) as i128,
            Scalar::I64 => *(p as *const i64) as i128,
            Scalar::U8 => *p as i128,
            Scalar::U16 => *(p as *const u16) as i128,
            Scalar::U32 => *(p as *const u32) as i128,
            Scalar::U64 => *(p as *const u64) as i128,
            _ => unreachable!("integers only"),
        }
    }
}

fn imag_offset(s: Scalar) -> usize {
    if s == Scalar::C64 {
        4
    } else {
        8
    }
}

unsafe fn leaf_eq(kind: u32, a: *const u8, b: *const u8) -> bool {
    // SAFETY (all reads): leaves of live items of the same type.
    unsafe {
        match (kind, scalar(kind)) {
            (_, Some(s)) if s.is_float() => read_f64(s, a) == read_f64(s, b),
            (_, Some(s)) if s.is_complex() => {
                let k = imag_offset(s);
                read_f64(s, a) == read_f64(s, b) && read_f64(s, a.add(k)) == read_f64(s, b.add(k))
            }
            (_, Some(s)) => read_int(s, a) == read_int(s, b),
            (FIELD_LIST, _) => list::lists_equal(
                *(a as *const *const list::List),
                *(b as *const *const list::List),
            ),
            (FIELD_STR, _) => crate::strings::item_text(a) == crate::strings::item_text(b),
            (FIELD_DICT | FIELD_ARRAY, _) => {
                std::ptr::eq(*(a as *const *const u8), *(b as *const *const u8))
            }
            _ => false,
        }
    }
}

unsafe fn leaf_cmp(kind: u32, a: *const u8, b: *const u8) -> Ordering {
    // SAFETY (all reads): leaves of live items of the same type.
    unsafe {
        match scalar(kind) {
            Some(s) if s.is_float() || s.is_complex() => {
                let (x, y) = (read_f64(s, a), read_f64(s, b));
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Greater,
                    (false, true) => Ordering::Less,
                    _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                }
            }
            Some(s) => read_int(s, a).cmp(&read_int(s, b)),
            None if kind == FIELD_STR => {
                crate::strings::item_text(a).cmp(crate::strings::item_text(b))
            }
            None => Ordering::Equal,
        }
    }
}

unsafe fn leaf_bits(kind: u32, p: *const u8) -> u64 {
    // SAFETY (all reads): a leaf of a live item.
    unsafe {
        match scalar(kind) {
            Some(s) if s.is_float() => normal_bits(read_f64(s, p)),
            Some(s) if s.is_complex() => {
                normal_bits(read_f64(s, p))
                    ^ normal_bits(read_f64(s, p.add(imag_offset(s)))).rotate_left(17)
            }
            Some(s) => read_int(s, p) as u64,
            None if kind == FIELD_STR => crate::strings::hash_text(crate::strings::item_text(p)),
            None => *(p as *const u64),
        }
    }
}

/// The bits of a float with `-0.0` as `0.0` (they are equal keys).
pub(crate) fn normal_bits(x: f64) -> u64 {
    if x == 0.0 {
        0
    } else {
        x.to_bits()
    }
}

/// Copies one item of `size` bytes: the common sizes as single moves, so
/// that the hot paths make no `memcpy` call.
///
/// # Safety
/// Both point at `size` valid bytes that do not overlap.
#[inline(always)]
pub(crate) unsafe fn copy_item(src: *const u8, dst: *mut u8, size: usize) {
    // SAFETY (all): guaranteed by the caller; unaligned moves of exact sizes.
    unsafe {
        match size {
            0 => {}
            4 => (dst as *mut u32).write_unaligned((src as *const u32).read_unaligned()),
            8 => (dst as *mut u64).write_unaligned((src as *const u64).read_unaligned()),
            16 => (dst as *mut u128).write_unaligned((src as *const u128).read_unaligned()),
            n => std::ptr::copy_nonoverlapping(src, dst, n),
        }
    }
}

/// An aligned byte buffer of `n` items (`Vec<u8>` cannot promise 16-byte
/// alignment for complex items).
pub(crate) struct Buffer {
    ptr: *mut u8,
    bytes: usize,
    align: usize,
}

impl Buffer {
    pub fn new(bytes: usize, align: usize) -> Buffer {
        let align = align.clamp(8, 16);
        if bytes == 0 {
            return Buffer {
                ptr: align as *mut u8,
                bytes: 0,
                align,
            };
        }
        let layout = std::alloc::Layout::from_size_align(bytes, align).expect("item layout");
        // SAFETY: non-zero size.
        let ptr = unsafe { std::alloc::alloc(layout) };
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        Buffer { ptr, bytes, align }
    }

    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// Grows to at least `bytes`, keeping the contents (in place when the
    /// allocator can).
    pub fn grow(&mut self, bytes: usize) {
        if bytes <= self.bytes {
            return;
        }
        if self.bytes == 0 {
            *self = Buffer::new(bytes, self.align);
            return;
        }
        let layout =
            std::alloc::Layout::from_size_align(self.bytes, self.align).expect("item layout");
        // SAFETY: allocated with `layout`; the new size is non-zero.
        let ptr = unsafe { std::alloc::realloc(self.ptr, layout, bytes) };
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        self.ptr = ptr;
        self.bytes = bytes;
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        if self.bytes > 0 {
            let layout =
                std::alloc::Layout::from_size_align(self.bytes, self.align).expect("item layout");
            // SAFETY: allocated with this layout.
            unsafe { std::alloc::dealloc(self.ptr, layout) };
        }
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    let mut all = list::symbols();
    all.extend(dict::symbols());
    all.extend(heap::symbols());
    all.extend(to_array::symbols());
    all
}
