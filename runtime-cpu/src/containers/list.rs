//! Lists: a growable array of items behind a `MemInfo` header.
//!
//! Compiled code reads `len`, `data` and `cap` itself (indexing, iteration,
//! `len`, appends that fit) and sets `dirty` when it writes an item; every call that changes the list
//! sets `dirty` too, which tells the host whether a Python list passed in
//! must be written back (reflection).

use std::sync::atomic::AtomicI64;

use penna_compiler::abi::containers as abi;
use penna_compiler::abi::MemInfo;
use penna_compiler::Scalar;
use std::cmp::Ordering;

use super::{copy_item, Buffer, Desc};
use crate::nrt;

#[repr(C)]
pub struct List {
    mi: MemInfo,
    pub len: i64,
    data: *mut u8,
    cap: i64,
    desc: *const u32,
    pub dirty: i64,
    buf: Buffer,
}

// The offsets compiled code uses.
const _: () = {
    assert!(std::mem::offset_of!(List, len) == abi::LIST_LEN_OFFSET as usize);
    assert!(std::mem::offset_of!(List, data) == abi::LIST_DATA_OFFSET as usize);
    assert!(std::mem::offset_of!(List, cap) == abi::LIST_CAP_OFFSET as usize);
    assert!(std::mem::offset_of!(List, dirty) == abi::LIST_DIRTY_OFFSET as usize);
};

impl List {
    pub fn desc(&self) -> Desc {
        // SAFETY: set from a process-lifetime descriptor at creation.
        unsafe { Desc::new(self.desc) }
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The i-th item (no bounds check).
    pub fn item(&self, i: usize) -> *mut u8 {
        // SAFETY: callers stay below the capacity.
        unsafe { self.data.add(i * self.desc().size()) }
    }

    /// Makes room for `n` items in all.
    pub fn reserve(&mut self, n: usize) {
        if n <= self.cap as usize {
            return;
        }
        let cap = n.max(2 * self.cap as usize).max(4);
        self.buf.grow(cap * self.desc().size());
        self.data = self.buf.ptr();
        self.cap = cap as i64;
    }

    /// Appends the item at `p`, taking over its references.
    ///
    /// # Safety
    /// `p` holds an item of this list's type.
    pub unsafe fn push(&mut self, p: *const u8) {
        let n = self.len();
        self.reserve(n + 1);
        // SAFETY: room for one more item; `p` holds `size` bytes.
        unsafe { copy_item(p, self.item(n), self.desc().size()) };
        self.len += 1;
        self.dirty = 1;
    }
}

unsafe extern "C" fn drop_list(mi: *mut MemInfo) {
    // SAFETY: `mi` is the header of a `List` made by `new_list`; nobody holds
    // it any more.
    unsafe {
        let list = Box::from_raw(mi as *mut List);
        let d = list.desc();
        if d.has_refs() {
            for i in 0..list.len() {
                d.release(list.item(i));
            }
        }
    }
    nrt::count_free();
}

/// A new empty list (refcount 1).
///
/// # Safety
/// `desc` is a descriptor that lives for the process.
pub unsafe fn new_list(desc: *const u32, capacity: usize) -> *mut List {
    // SAFETY: guaranteed by the caller.
    let d = unsafe { Desc::new(desc) };
    let buf = Buffer::new(capacity * d.size(), d.align());
    let list = Box::new(List {
        mi: MemInfo {
            refcount: AtomicI64::new(1),
            data: std::ptr::null_mut(),
            size: 0,
            dtor: Some(drop_list),
        },
        len: 0,
        data: buf.ptr(),
        cap: capacity as i64,
        desc,
        dirty: 0,
        buf,
    });
    nrt::count_alloc();
    Box::into_raw(list)
}

/// Python's index normalisation for `insert`: clamped into `0..=len`.
fn clamp_index(i: i64, len: i64) -> i64 {
    if i < 0 {
        (i + len).max(0)
    } else {
        i.min(len)
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_new(desc: *const u32, capacity: i64) -> *mut List {
    // SAFETY: compiled code passes its constant descriptor.
    unsafe { new_list(desc, capacity.max(0) as usize) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_append(l: *mut List, item: *const u8) {
    // SAFETY: a live list and an item of its type.
    unsafe { (*l).push(item) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_insert(l: *mut List, index: i64, item: *const u8) {
    // SAFETY: a live list and an item of its type.
    unsafe {
        let list = &mut *l;
        let i = clamp_index(index, list.len) as usize;
        let n = list.len();
        let size = list.desc().size();
        list.reserve(n + 1);
        std::ptr::copy(list.item(i), list.item(i + 1), (n - i) * size);
        copy_item(item, list.item(i), size);
        list.len += 1;
        list.dirty = 1;
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_pop(l: *mut List, index: i64, out: *mut u8) -> i32 {
    // SAFETY: a live list; `out` has room for one item.
    unsafe {
        let list = &mut *l;
        if list.len == 0 {
            return 1;
        }
        let i = if index < 0 { index + list.len } else { index };
        if i < 0 || i >= list.len {
            return 2;
        }
        let (i, n, size) = (i as usize, list.len(), list.desc().size());
        copy_item(list.item(i), out, size);
        std::ptr::copy(list.item(i + 1), list.item(i), (n - i - 1) * size);
        list.len -= 1;
        list.dirty = 1;
        0
    }
}

unsafe fn find(list: &List, item: *const u8, start: i64, stop: i64) -> i64 {
    let n = list.len;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let d = list.desc();
    for i in norm(start)..norm(stop) {
        // SAFETY: i < len.
        if unsafe { d.eq(list.item(i as usize), item) } {
            return i;
        }
    }
    -1
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_index(
    l: *const List,
    item: *const u8,
    start: i64,
    stop: i64,
) -> i64 {
    // SAFETY: a live list and an item of its type.
    unsafe { find(&*l, item, start, stop) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_count(l: *const List, item: *const u8) -> i64 {
    // SAFETY: a live list and an item of its type.
    unsafe {
        let list = &*l;
        let d = list.desc();
        (0..list.len())
            .filter(|&i| d.eq(list.item(i), item))
            .count() as i64
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_remove(l: *mut List, item: *const u8) -> i32 {
    // SAFETY: a live list and an item of its type.
    unsafe {
        let list = &mut *l;
        let i = find(list, item, 0, list.len);
        if i < 0 {
            return 1;
        }
        let size = list.desc().size();
        let mut removed = vec![0u8; size];
        penna_list_pop(l, i, removed.as_mut_ptr());
        (*l).desc().release(removed.as_ptr());
        0
    }
}

/// Drops every item.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn penna_list_clear(l: *mut List) {
    // SAFETY: a live list.
    unsafe {
        let list = &mut *l;
        let d = list.desc();
        if d.has_refs() {
            for i in 0..list.len() {
                d.release(list.item(i));
            }
        }
        list.len = 0;
        list.dirty = 1;
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_reverse(l: *mut List) {
    // SAFETY: a live list.
    unsafe {
        let list = &mut *l;
        let (n, size) = (list.len(), list.desc().size());
        let bytes = std::slice::from_raw_parts_mut(list.data, n * size);
        for i in 0..n / 2 {
            let (a, b) = bytes.split_at_mut((n - 1 - i) * size);
            a[i * size..(i + 1) * size].swap_with_slice(&mut b[..size]);
        }
        list.dirty = 1;
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_sort(l: *mut List, reverse: i32) {
    // SAFETY: a live list.
    unsafe {
        let list = &mut *l;
        let (n, size, d) = (list.len(), list.desc().size(), list.desc());
        if sort_numbers(list.data, n, d, reverse != 0) {
            list.dirty = 1;
            return;
        }
        let mut order: Vec<usize> = (0..n).collect();
        // Stable, as Python's sort; `reverse` keeps equal items in order.
        order.sort_by(|&a, &b| {
            let o = d.cmp(list.item(a), list.item(b));
            if reverse != 0 {
                o.reverse()
            } else {
                o
            }
        });
        let old = std::slice::from_raw_parts(list.data, n * size).to_vec();
        for (dst, &src) in order.iter().enumerate() {
            std::ptr::copy_nonoverlapping(old.as_ptr().add(src * size), list.item(dst), size);
        }
        list.dirty = 1;
    }
}

/// Sorts a list of plain numbers in place as a typed slice (the common
/// case, without the item-by-item comparisons of the general sort); false
/// for other items. Equal integers are indistinguishable, so they need no
/// stable sort; floats keep their order among equals (`-0.0`, `0.0`) as
/// Python's stable sort does, NaN last as in the general order.
///
/// # Safety
/// `data` holds `n` items described by `d`.
unsafe fn sort_numbers(data: *mut u8, n: usize, d: Desc, reverse: bool) -> bool {
    macro_rules! ints {
        ($t:ty) => {{
            // SAFETY: `n` items of this type.
            let v = unsafe { std::slice::from_raw_parts_mut(data as *mut $t, n) };
            v.sort_unstable();
            if reverse {
                v.reverse();
            }
        }};
    }
    macro_rules! floats {
        ($t:ty) => {{
            // SAFETY: `n` items of this type.
            let v = unsafe { std::slice::from_raw_parts_mut(data as *mut $t, n) };
            let order = |a: &$t, b: &$t| match (a.is_nan(), b.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => a.partial_cmp(b).unwrap_or(Ordering::Equal),
            };
            if reverse {
                v.sort_by(|a, b| order(b, a));
            } else {
                v.sort_by(order);
            }
        }};
    }
    match d.single_scalar() {
        Some(Scalar::Bool | Scalar::U8) => ints!(u8),
        Some(Scalar::I8) => ints!(i8),
        Some(Scalar::I16) => ints!(i16),
        Some(Scalar::U16) => ints!(u16),
        Some(Scalar::I32) => ints!(i32),
        Some(Scalar::U32) => ints!(u32),
        Some(Scalar::I64) => ints!(i64),
        Some(Scalar::U64) => ints!(u64),
        Some(Scalar::F32) => floats!(f32),
        Some(Scalar::F64) => floats!(f64),
        _ => return false,
    }
    true
}

/// A new list with the items of `l` at `indices`, retained.
unsafe fn gather(l: &List, indices: impl Iterator<Item = usize>, hint: usize) -> *mut List {
    // SAFETY: the descriptor of a live list; indices below its length.
    unsafe {
        let out = new_list(l.desc, hint);
        let d = l.desc();
        for i in indices {
            let p = l.item(i);
            d.retain(p);
            (*out).push(p);
        }
        (*out).dirty = 0;
        out
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_slice(
    l: *const List,
    start: i64,
    stop: i64,
    step: i64,
    given: i32,
) -> *mut List {
    // SAFETY: a live list.
    unsafe {
        let list = &*l;
        let step = if given & 4 != 0 { step } else { 1 };
        if step == 0 {
            return std::ptr::null_mut();
        }
        let n = list.len;
        // Python's slice.indices.
        let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let norm = |v: i64| {
            if v < 0 {
                (v + n).max(lo)
            } else {
                v.min(hi)
            }
        };
        let s = if given & 1 != 0 {
            norm(start)
        } else if step < 0 {
            hi
        } else {
            lo
        };
        let e = if given & 2 != 0 {
            norm(stop)
        } else if step < 0 {
            lo
        } else {
            hi
        };
        let mut idx = Vec::new();
        let mut i = s;
        while (step > 0 && i < e) || (step < 0 && i > e) {
            idx.push(i as usize);
            i += step;
        }
        let count = idx.len();
        gather(list, idx.into_iter(), count)
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_extend(l: *mut List, other: *const List) {
    // SAFETY: live lists of the same item type (possibly the same list).
    unsafe {
        let n = (*other).len();
        let d = (*l).desc();
        (*l).reserve((*l).len() + n);
        for i in 0..n {
            let p = (*other).item(i);
            d.retain(p);
            (*l).push(p);
        }
        (*l).dirty = 1;
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_repeat(l: *const List, times: i64) -> *mut List {
    // SAFETY: a live list.
    unsafe {
        let list = &*l;
        let n = list.len();
        let times = times.max(0) as usize;
        gather(list, (0..times).flat_map(|_| 0..n), n * times)
    }
}

/// Whether two lists hold equal items.
///
/// # Safety
/// Both are live lists of the same item type.
pub unsafe fn lists_equal(a: *const List, b: *const List) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let (a, b) = (&*a, &*b);
        a.len == b.len && (0..a.len()).all(|i| a.desc().eq(a.item(i), b.item(i)))
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_list_eq(a: *const List, b: *const List) -> i32 {
    // SAFETY: live lists of the same item type.
    unsafe { lists_equal(a, b) as i32 }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::LIST_NEW, penna_list_new as *const () as usize),
        (abi::LIST_APPEND, penna_list_append as *const () as usize),
        (abi::LIST_INSERT, penna_list_insert as *const () as usize),
        (abi::LIST_POP, penna_list_pop as *const () as usize),
        (abi::LIST_REMOVE, penna_list_remove as *const () as usize),
        (abi::LIST_INDEX, penna_list_index as *const () as usize),
        (abi::LIST_COUNT, penna_list_count as *const () as usize),
        (abi::LIST_CLEAR, penna_list_clear as *const () as usize),
        (abi::LIST_REVERSE, penna_list_reverse as *const () as usize),
        (abi::LIST_SORT, penna_list_sort as *const () as usize),
        (abi::LIST_SLICE, penna_list_slice as *const () as usize),
        (abi::LIST_EXTEND, penna_list_extend as *const () as usize),
        (abi::LIST_REPEAT, penna_list_repeat as *const () as usize),
        (abi::LIST_EQ, penna_list_eq as *const () as usize),
    ]
}
