//! `heapq` on lists: CPython's algorithms (`_siftdown` / `_siftup`), so a
//! heap built by compiled code is the same list CPython would build.
//!
//! Order is Python's `<`: for lists of plain numbers the machine comparison
//! (NaN is never less), otherwise the items' lexicographic order
//! ([`Desc::cmp`]).

use penna_compiler::abi::containers as abi;
use penna_compiler::Scalar;
use std::cmp::Ordering;

use super::list::{new_list, List};
use super::{copy_item, Desc};

/// `a < b` for the items of one list.
#[derive(Clone, Copy)]
enum Less {
    F64,
    I64,
    Items(Desc),
}

impl Less {
    fn of(d: Desc) -> Less {
        match d.single_scalar() {
            Some(Scalar::F64) => Less::F64,
            Some(Scalar::I64) => Less::I64,
            _ => Less::Items(d),
        }
    }

    /// # Safety
    /// Both point at live items of the list's type.
    unsafe fn lt(self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self {
                Less::F64 => *(a as *const f64) < *(b as *const f64),
                Less::I64 => *(a as *const i64) < *(b as *const i64),
                Less::Items(d) => d.cmp(a, b) == Ordering::Less,
            }
        }
    }
}

/// Swaps items `i` and `j` (both below the length).
unsafe fn swap(l: &List, i: usize, j: usize, size: usize) {
    // SAFETY: distinct live items of `size` bytes.
    unsafe { std::ptr::swap_nonoverlapping(l.item(i), l.item(j), size) }
}

/// CPython's `_siftdown`: the item at `pos` moves up towards `start`.
unsafe fn sift_down(l: &List, lt: Less, start: usize, mut pos: usize, size: usize) {
    while pos > start {
        let parent = (pos - 1) >> 1;
        // SAFETY: both below the length.
        unsafe {
            if !lt.lt(l.item(pos), l.item(parent)) {
                break;
            }
            swap(l, pos, parent, size);
        }
        pos = parent;
    }
}

/// CPython's `_siftup`: the item at `pos` sinks to a leaf along the smaller
/// children, then moves up to its place.
unsafe fn sift_up(l: &List, lt: Less, mut pos: usize, size: usize) {
    let (end, start) = (l.len(), pos);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        // SAFETY: indices below the length.
        unsafe {
            if right < end && !lt.lt(l.item(child), l.item(right)) {
                child = right;
            }
            swap(l, pos, child, size);
        }
        pos = child;
        child = 2 * pos + 1;
    }
    // SAFETY: as above.
    unsafe { sift_down(l, lt, start, pos, size) }
}

/// The entry point compiled code calls.
///
/// # Safety
/// A live list.
#[no_mangle]
pub unsafe extern "C" fn penna_heapify(l: *mut List) {
    // SAFETY: a live list.
    unsafe {
        let list = &mut *l;
        let (d, n) = (list.desc(), list.len());
        for i in (0..n / 2).rev() {
            sift_up(list, Less::of(d), i, d.size());
        }
        list.dirty = 1;
    }
}

/// The entry point compiled code calls.
///
/// # Safety
/// A live list and an item of its type, whose references it takes.
#[no_mangle]
pub unsafe extern "C" fn penna_heap_push(l: *mut List, item: *const u8) {
    // SAFETY: a live list and an item of its type.
    unsafe {
        let list = &mut *l;
        list.push(item);
        let d = list.desc();
        sift_down(list, Less::of(d), 0, list.len() - 1, d.size());
    }
}

/// The entry point compiled code calls: 1 when the heap is empty.
///
/// # Safety
/// A live list; `out` has room for one item (its references go with it).
#[no_mangle]
pub unsafe extern "C" fn penna_heap_pop(l: *mut List, out: *mut u8) -> i32 {
    // SAFETY: a live list; items below the length.
    unsafe {
        let list = &mut *l;
        let n = list.len();
        if n == 0 {
            return 1;
        }
        let d = list.desc();
        let size = d.size();
        copy_item(list.item(n - 1), out, size);
        list.len -= 1;
        list.dirty = 1;
        if n > 1 {
            // `out` holds the last item: swap it with the smallest, which
            // `out` returns, and sift the moved item down from the root.
            std::ptr::swap_nonoverlapping(out, list.item(0), size);
            sift_up(list, Less::of(d), 0, size);
        }
        0
    }
}

/// The entry point compiled code calls: 1 (and the item not taken) when
/// the heap is empty.
///
/// # Safety
/// A live list, an item of its type, room for one item at `out`.
#[no_mangle]
pub unsafe extern "C" fn penna_heap_replace(l: *mut List, item: *const u8, out: *mut u8) -> i32 {
    // SAFETY: a live list; item 0 exists when not empty.
    unsafe {
        let list = &mut *l;
        if list.is_empty() {
            return 1;
        }
        let d = list.desc();
        copy_item(list.item(0), out, d.size());
        copy_item(item, list.item(0), d.size());
        list.dirty = 1;
        sift_up(list, Less::of(d), 0, d.size());
        0
    }
}

/// The entry point compiled code calls: pushes `item`, pops the smallest.
///
/// # Safety
/// A live list, an item of its type, room for one item at `out`.
#[no_mangle]
pub unsafe extern "C" fn penna_heap_pushpop(l: *mut List, item: *const u8, out: *mut u8) {
    // SAFETY: a live list; item 0 exists when not empty.
    unsafe {
        let list = &mut *l;
        let d = list.desc();
        let lt = Less::of(d);
        if list.is_empty() || !lt.lt(list.item(0), item) {
            copy_item(item, out, d.size());
            return;
        }
        penna_heap_replace(l, item, out);
    }
}

/// The entry point compiled code calls: `heapq.nsmallest(n, l)` (or
/// `nlargest`) as a new list, sorted (stable, as CPython's).
///
/// # Safety
/// A live list.
#[no_mangle]
pub unsafe extern "C" fn penna_heap_select(l: *const List, n: i64, largest: i32) -> *mut List {
    // SAFETY: a live list; items below the length.
    unsafe {
        let list = &*l;
        let d = list.desc();
        let lt = Less::of(d);
        let mut order: Vec<usize> = (0..list.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (list.item(a), list.item(b));
            let (a, b) = if largest != 0 { (b, a) } else { (a, b) };
            if lt.lt(a, b) {
                Ordering::Less
            } else if lt.lt(b, a) {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        });
        let keep = (n.max(0) as usize).min(order.len());
        let out = new_list(d.words(), keep);
        for &i in &order[..keep] {
            d.retain(list.item(i));
            (*out).push(list.item(i));
        }
        (*out).dirty = 0;
        out
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::HEAPIFY, penna_heapify as *const () as usize),
        (abi::HEAP_PUSH, penna_heap_push as *const () as usize),
        (abi::HEAP_POP, penna_heap_pop as *const () as usize),
        (abi::HEAP_REPLACE, penna_heap_replace as *const () as usize),
        (abi::HEAP_PUSHPOP, penna_heap_pushpop as *const () as usize),
        (abi::HEAP_SELECT, penna_heap_select as *const () as usize),
    ]
}
