//! Dicts and sets: insertion-ordered hash tables (a set is a dict whose
//! values take no room).
//!
//! Entries live in one buffer in insertion order (key, then value, each
//! padded to 8 bytes); an open-addressing [`Index`] maps a key's hash to its
//! entry (profiled: hashbrown's table cost ~110 instructions per insert,
//! this one ~40).
//! Removing an entry only marks it dead; iteration by position compacts the
//! entries first, so the i-th live entry is entry i. Invariants: `len` counts
//! live entries; the index holds exactly the live entries' slots.

use std::sync::atomic::AtomicI64;

use penna_compiler::abi::containers as abi;
use penna_compiler::abi::MemInfo;

use super::index::{Index, Probe};
use super::{copy_item, normal_bits, spread, Buffer, Desc};
use crate::nrt;

#[repr(C)]
pub struct Dict {
    mi: MemInfo,
    inner: Inner,
}

/// How keys hash and compare: int64 and float64 keys directly (the common
/// case, and the same results as the descriptor's walk), others through
/// their descriptor.
#[derive(Clone, Copy)]
enum Keys {
    I64,
    F64,
    Items(Desc),
}

impl Keys {
    fn of(d: Desc) -> Keys {
        match d.single_scalar() {
            Some(penna_compiler::Scalar::I64) => Keys::I64,
            Some(penna_compiler::Scalar::F64) => Keys::F64,
            _ => Keys::Items(d),
        }
    }

    /// # Safety
    /// A live key.
    #[inline(always)]
    unsafe fn hash(self, p: *const u8) -> u64 {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self {
                // Integers hash as themselves, as in CPython (see `index`).
                Keys::I64 => *(p as *const u64),
                Keys::F64 => spread(normal_bits(*(p as *const f64))),
                Keys::Items(d) => d.hash(p),
            }
        }
    }

    /// # Safety
    /// Live keys.
    #[inline(always)]
    unsafe fn eq(self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self {
                Keys::I64 => *(a as *const i64) == *(b as *const i64),
                Keys::F64 => *(a as *const f64) == *(b as *const f64),
                Keys::Items(d) => d.eq(a, b),
            }
        }
    }
}

/// The hash of the entry in `slot`: an int key is its own hash.
fn hash_at(keys: Keys, entries: &Buffer, stride: usize, hashes: &[u64], slot: usize) -> u64 {
    match keys {
        // SAFETY: a slot below the number of entries made.
        Keys::I64 => unsafe { *(entries.ptr().add(slot * stride) as *const u64) },
        _ => hashes[slot],
    }
}

struct Inner {
    keys: Keys,
    kd: Desc,
    vd: Desc,
    /// Bytes of one entry; the value starts at `voff`.
    stride: usize,
    voff: usize,
    entries: Buffer,
    cap: usize,
    /// Entries made so far (live or removed).
    slots: usize,
    /// The entries' hashes (empty for int keys, which are their own hash).
    hashes: Vec<u64>,
    /// Which slots were removed; slots past its end are all live (so an
    /// insert-only dict never touches it).
    dead: Vec<bool>,
    len: usize,
    index: Index,
}

impl Inner {
    fn slots(&self) -> usize {
        self.slots
    }

    fn key(&self, slot: usize) -> *mut u8 {
        // SAFETY: slot < capacity.
        unsafe { self.entries.ptr().add(slot * self.stride) }
    }

    fn value(&self, slot: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { self.key(slot).add(self.voff) }
    }

    fn find(&self, key: *const u8) -> Option<usize> {
        // SAFETY: a key of this dict's type.
        self.find_hashed(unsafe { self.keys.hash(key) }, key)
    }

    fn find_hashed(&self, h: u64, key: *const u8) -> Option<usize> {
        match self.probe(h, key) {
            Probe::Found { slot, .. } => Some(slot),
            Probe::Vacant(_) => None,
        }
    }

    /// The entry holding `key` (hash `h`), or where it would go.
    #[inline(always)]
    fn probe(&self, h: u64, key: *const u8) -> Probe {
        let (keys, hashes) = (self.keys, &self.hashes);
        // SAFETY: every slot in the index holds a live key.
        match keys {
            // An int key is its hash: compare it alone (one memory read).
            Keys::I64 => self
                .index
                .probe(h, |s| unsafe { keys.eq(self.key(s), key) }),
            _ => self.index.probe(h, |s| {
                hashes[s] == h && unsafe { keys.eq(self.key(s), key) }
            }),
        }
    }

    /// Inserts or replaces; takes over the references of key and value.
    /// One probe of the index finds the key or the place for it.
    #[inline(always)]
    unsafe fn set(&mut self, key: *const u8, value: *const u8) {
        // SAFETY (all): items of this dict's types; slots below capacity.
        unsafe {
            let h = self.keys.hash(key);
            let (keys, entries, stride, hashes) =
                (self.keys, &self.entries, self.stride, &self.hashes);
            let hash_of = |s: usize| hash_at(keys, entries, stride, hashes, s);
            self.index
                .reserve_one(self.slots, hash_of, &self.dead, self.len);
            let cell = match self.probe(h, key) {
                Probe::Found { slot, .. } => {
                    self.vd.release(self.value(slot));
                    copy_item(value, self.value(slot), self.vd.size());
                    self.kd.release(key);
                    return;
                }
                Probe::Vacant(cell) => cell,
            };
            let slot = self.slots();
            self.index.place(cell, slot);
            if slot == self.cap {
                let cap = (2 * self.cap).max(8);
                self.entries.grow(cap * self.stride);
                self.cap = cap;
            }
            copy_item(key, self.key(slot), self.kd.size());
            copy_item(value, self.value(slot), self.vd.size());
            if !matches!(self.keys, Keys::I64) {
                self.hashes.push(h);
            }
            self.slots += 1;
            self.len += 1;
        }
    }

    /// Removes `key`, moving its value to `out` (whose references the caller
    /// then owns); false when absent.
    unsafe fn remove(&mut self, key: *const u8, out: *mut u8) -> bool {
        // SAFETY: a key of this dict's type.
        let h = unsafe { self.keys.hash(key) };
        let Probe::Found { cell, slot } = self.probe(h, key) else {
            return false;
        };
        self.index.remove(cell);
        self.take(slot, None, out);
        true
    }

    /// Marks `slot` dead, moving its key and value out (or dropping the key
    /// when `key_out` is None).
    fn take(&mut self, slot: usize, key_out: Option<*mut u8>, value_out: *mut u8) {
        // SAFETY: a live slot; outputs have room for one key / value.
        unsafe {
            match key_out {
                Some(k) => copy_item(self.key(slot), k, self.kd.size()),
                None => self.kd.release(self.key(slot)),
            }
            copy_item(self.value(slot), value_out, self.vd.size());
        }
        if self.dead.len() <= slot {
            self.dead.resize(slot + 1, false);
        }
        self.dead[slot] = true;
        self.len -= 1;
    }

    /// Moves the live entries to the front, so that position i is the i-th
    /// entry in insertion order.
    fn compact(&mut self) {
        if self.len == self.slots() {
            return;
        }
        let mut next = 0;
        for s in 0..self.slots() {
            if self.is_live(s) {
                if s != next {
                    // SAFETY: distinct slots below capacity.
                    unsafe {
                        std::ptr::copy_nonoverlapping(self.key(s), self.key(next), self.stride)
                    };
                    if !self.hashes.is_empty() {
                        self.hashes[next] = self.hashes[s];
                    }
                }
                next += 1;
            }
        }
        self.hashes.truncate(next);
        self.slots = next;
        self.dead.clear();
        let size = (4 * (next + 1)).next_power_of_two().max(8);
        let (keys, entries, stride, hashes) = (self.keys, &self.entries, self.stride, &self.hashes);
        let hash_of = |s: usize| hash_at(keys, entries, stride, hashes, s);
        self.index.rebuild(next, hash_of, &self.dead, size);
    }

    fn is_live(&self, slot: usize) -> bool {
        !self.dead.get(slot).copied().unwrap_or(false)
    }

    fn live_slots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.slots()).filter(|&s| self.is_live(s))
    }

    fn clear(&mut self) {
        let owns_refs = self.kd.has_refs() || self.vd.has_refs();
        for s in (0..self.slots()).filter(|_| owns_refs) {
            if self.is_live(s) {
                // SAFETY: live entries own their references.
                unsafe {
                    self.kd.release(self.key(s));
                    self.vd.release(self.value(s));
                }
            }
        }
        self.hashes.clear();
        self.slots = 0;
        self.dead.clear();
        self.index.clear();
        self.len = 0;
    }
}

impl Dict {
    pub fn key_desc(&self) -> Desc {
        self.inner.kd
    }

    pub fn value_desc(&self) -> Desc {
        self.inner.vd
    }

    /// `(key, value)` pointers of the live entries, in insertion order.
    pub fn entries(&self) -> Vec<(*mut u8, *mut u8)> {
        self.inner
            .live_slots()
            .map(|s| (self.inner.key(s), self.inner.value(s)))
            .collect()
    }

    /// Inserts or replaces, taking over the references of key and value.
    ///
    /// # Safety
    /// Items of this dict's types.
    pub unsafe fn set(&mut self, key: *const u8, value: *const u8) {
        // SAFETY: guaranteed by the caller.
        unsafe { self.inner.set(key, value) }
    }
}

unsafe extern "C" fn drop_dict(mi: *mut MemInfo) {
    // SAFETY: the header of a `Dict` made by `new_dict`, no longer referenced.
    unsafe {
        let mut dict = Box::from_raw(mi as *mut Dict);
        dict.inner.clear();
    }
    nrt::count_free();
}

/// A new empty dict (refcount 1).
///
/// # Safety
/// Both descriptors live for the process.
pub unsafe fn new_dict(key_desc: *const u32, value_desc: *const u32) -> *mut Dict {
    // SAFETY: guaranteed by the caller.
    let (kd, vd) = unsafe { (Desc::new(key_desc), Desc::new(value_desc)) };
    let voff = kd.size().next_multiple_of(8);
    let stride = (voff + vd.size()).next_multiple_of(8).max(8);
    let align = kd.align().max(vd.align());
    let dict = Box::new(Dict {
        mi: MemInfo {
            refcount: AtomicI64::new(1),
            data: std::ptr::null_mut(),
            size: 0,
            dtor: Some(drop_dict),
        },
        inner: Inner {
            keys: Keys::of(kd),
            kd,
            vd,
            stride,
            voff,
            entries: Buffer::new(0, align),
            cap: 0,
            slots: 0,
            hashes: Vec::new(),
            dead: Vec::new(),
            len: 0,
            index: Index::default(),
        },
    });
    nrt::count_alloc();
    Box::into_raw(dict)
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_new(kd: *const u32, vd: *const u32) -> *mut Dict {
    // SAFETY: constant descriptors of compiled code.
    unsafe { new_dict(kd, vd) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_len(d: *const Dict) -> i64 {
    // SAFETY: a live dict.
    unsafe { (*d).inner.len as i64 }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_get(d: *mut Dict, key: *const u8) -> *mut u8 {
    // SAFETY: a live dict and a key of its type.
    unsafe {
        let inner = &(*d).inner;
        inner
            .find(key)
            .map_or(std::ptr::null_mut(), |s| inner.value(s))
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_set(d: *mut Dict, key: *const u8, value: *const u8) {
    // SAFETY: a live dict and items of its types.
    unsafe { (*d).inner.set(key, value) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_pop(d: *mut Dict, key: *const u8, out: *mut u8) -> i32 {
    // SAFETY: a live dict, a key of its type, room for a value.
    unsafe { (*d).inner.remove(key, out) as i32 }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_popitem(d: *mut Dict, key: *mut u8, value: *mut u8) -> i32 {
    // SAFETY: a live dict; room for a key and a value.
    unsafe {
        let inner = &mut (*d).inner;
        let Some(slot) = (0..inner.slots()).rev().find(|&s| inner.is_live(s)) else {
            return 0;
        };
        let h = hash_at(
            inner.keys,
            &inner.entries,
            inner.stride,
            &inner.hashes,
            slot,
        );
        if let Some(cell) = inner.index.cell_of(h, slot) {
            inner.index.remove(cell);
        }
        inner.take(slot, Some(key), value);
        1
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_clear(d: *mut Dict) {
    // SAFETY: a live dict.
    unsafe { (*d).inner.clear() }
}

/// A new dict with the entries of `d`, retained.
unsafe fn copy_of(d: *const Dict) -> *mut Dict {
    // SAFETY: a live dict.
    unsafe {
        let src = &(*d).inner;
        let out = new_dict(src.kd.words(), src.vd.words());
        for s in src.live_slots() {
            src.kd.retain(src.key(s));
            src.vd.retain(src.value(s));
            (*out).inner.set(src.key(s), src.value(s));
        }
        out
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_copy(d: *const Dict) -> *mut Dict {
    // SAFETY: a live dict.
    unsafe { copy_of(d) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_update(d: *mut Dict, other: *const Dict) {
    // SAFETY: live dicts of the same types (possibly the same dict).
    unsafe {
        if std::ptr::eq(d, other) {
            return;
        }
        let src = &(*other).inner;
        for s in src.live_slots().collect::<Vec<_>>() {
            src.kd.retain(src.key(s));
            src.vd.retain(src.value(s));
            (*d).inner.set(src.key(s), src.value(s));
        }
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_key_at(d: *mut Dict, i: i64) -> *mut u8 {
    // SAFETY: a live dict.
    unsafe {
        let inner = &mut (*d).inner;
        inner.compact();
        if i < 0 || i as usize >= inner.len {
            return std::ptr::null_mut();
        }
        inner.key(i as usize)
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_value_at(d: *mut Dict, i: i64) -> *mut u8 {
    // SAFETY: a live dict.
    unsafe {
        let inner = &mut (*d).inner;
        inner.compact();
        if i < 0 || i as usize >= inner.len {
            return std::ptr::null_mut();
        }
        inner.value(i as usize)
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_dict_eq(a: *const Dict, b: *const Dict) -> i32 {
    // SAFETY: live dicts of the same types.
    unsafe {
        let (a, b) = (&(*a).inner, &(*b).inner);
        if a.len != b.len {
            return 0;
        }
        a.live_slots().all(|s| match b.find(a.key(s)) {
            Some(t) => a.vd.eq(a.value(s), b.value(t)),
            None => false,
        }) as i32
    }
}

/// Whether every key of `a` is in `b`.
unsafe fn subset(a: &Inner, b: &Inner) -> bool {
    a.live_slots().all(|s| b.find(a.key(s)).is_some())
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_set_subset(a: *const Dict, b: *const Dict) -> i32 {
    // SAFETY: live sets of the same type.
    unsafe { subset(&(*a).inner, &(*b).inner) as i32 }
}

/// The keys of `a` and `b` that `op` keeps, retained, into a new set.
unsafe fn set_op(a: *const Dict, b: *const Dict, op: i32) -> *mut Dict {
    // SAFETY: live sets of the same type.
    unsafe {
        let (x, y) = (&(*a).inner, &(*b).inner);
        let out = new_dict(x.kd.words(), x.vd.words());
        let add = |from: &Inner, s: usize| {
            from.kd.retain(from.key(s));
            (*out).inner.set(from.key(s), from.value(s));
        };
        match op {
            abi::SET_OP_UNION => {
                x.live_slots().for_each(|s| add(x, s));
                y.live_slots().for_each(|s| add(y, s));
            }
            abi::SET_OP_INTERSECTION => x
                .live_slots()
                .filter(|&s| y.find(x.key(s)).is_some())
                .for_each(|s| add(x, s)),
            abi::SET_OP_DIFFERENCE => x
                .live_slots()
                .filter(|&s| y.find(x.key(s)).is_none())
                .for_each(|s| add(x, s)),
            _ => {
                x.live_slots()
                    .filter(|&s| y.find(x.key(s)).is_none())
                    .for_each(|s| add(x, s));
                y.live_slots()
                    .filter(|&s| x.find(y.key(s)).is_none())
                    .for_each(|s| add(y, s));
            }
        }
        out
    }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_set_op(a: *const Dict, b: *const Dict, op: i32) -> *mut Dict {
    // SAFETY: live sets of the same type.
    unsafe { set_op(a, b, op) }
}

/// The entry point compiled code calls (also used by the host).
///
/// # Safety
/// Live containers, and items of their types, as `penna_compiler::abi::containers` specifies.
#[no_mangle]
pub unsafe extern "C" fn penna_set_op_inplace(a: *mut Dict, b: *const Dict, op: i32) {
    // SAFETY: live sets of the same type: the result replaces `a`'s contents.
    unsafe {
        let result = set_op(a, b, op);
        let (old, new) = (&mut (*a).inner, &mut (*result).inner);
        std::mem::swap(old, new);
        nrt::release(result as *mut MemInfo);
    }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::DICT_NEW, penna_dict_new as *const () as usize),
        (abi::DICT_LEN, penna_dict_len as *const () as usize),
        (abi::DICT_GET, penna_dict_get as *const () as usize),
        (abi::DICT_SET, penna_dict_set as *const () as usize),
        (abi::DICT_POP, penna_dict_pop as *const () as usize),
        (abi::DICT_POPITEM, penna_dict_popitem as *const () as usize),
        (abi::DICT_CLEAR, penna_dict_clear as *const () as usize),
        (abi::DICT_COPY, penna_dict_copy as *const () as usize),
        (abi::DICT_UPDATE, penna_dict_update as *const () as usize),
        (abi::DICT_KEY_AT, penna_dict_key_at as *const () as usize),
        (
            abi::DICT_VALUE_AT,
            penna_dict_value_at as *const () as usize,
        ),
        (abi::DICT_EQ, penna_dict_eq as *const () as usize),
        (abi::SET_OP, penna_set_op as *const () as usize),
        (
            abi::SET_OP_INPLACE,
            penna_set_op_inplace as *const () as usize,
        ),
        (abi::SET_SUBSET, penna_set_subset as *const () as usize),
    ]
}
