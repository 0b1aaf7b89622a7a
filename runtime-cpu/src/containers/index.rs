//! The hash index of dicts and sets: open addressing over entry slots
//! (CPython's compact-dict design: the entries stay in insertion order in
//! their own buffer, the index only maps hashes to them). Probing is
//! CPython's too: the first cell is the hash's low bits (so that integer
//! keys, hashed as themselves, that come in order touch neighbouring
//! cells), later cells mix in the high bits (`perturb`), so keys that agree
//! in their low bits do not pile up.
//!
//! Invariants:
//! - `cells.len()` is 0 or a power of two; a cell is [`EMPTY`], [`DELETED`]
//!   or `slot + 1`;
//! - at most half the cells are used (live or deleted), so every probe
//!   sequence reaches an empty cell;
//! - every live entry's slot is in exactly one cell, on its hash's probe
//!   sequence before any empty cell.

const EMPTY: u32 = 0;
const DELETED: u32 = u32::MAX;

#[derive(Default)]
pub struct Index {
    cells: Vec<u32>,
    /// Cells that are not empty (live or deleted).
    used: usize,
}

/// Where a probe ended.
pub enum Probe {
    /// The key is at this slot, held by this cell.
    Found { cell: usize, slot: usize },
    /// The key is absent; this cell takes it.
    Vacant(usize),
}

impl Index {
    fn mask(&self) -> usize {
        self.cells.len() - 1
    }

    /// Makes room for one more entry (rebuilding from the `slots` entries,
    /// `len` of them live, when half the cells would be used).
    #[inline(always)]
    pub fn reserve_one(
        &mut self,
        slots: usize,
        hash_of: impl Fn(usize) -> u64,
        dead: &[bool],
        len: usize,
    ) {
        if 2 * (self.used + 1) > self.cells.len() {
            self.rebuild(
                slots,
                hash_of,
                dead,
                // A sixth to a third used after the rebuild (half the cells
                // of growing by 4: less memory to zero and fault in).
                (3 * (len + 1)).next_power_of_two().max(8),
            );
        }
    }

    /// Finds the key with hash `h` for which `eq(slot)` holds.
    #[inline(always)]
    pub fn probe(&self, h: u64, mut eq: impl FnMut(usize) -> bool) -> Probe {
        if self.cells.is_empty() {
            return Probe::Vacant(usize::MAX);
        }
        let mask = self.mask();
        let mut i = h as usize & mask;
        let mut perturb = h;
        let mut vacant = None;
        loop {
            match self.cells[i] {
                EMPTY => return Probe::Vacant(vacant.unwrap_or(i)),
                DELETED => {
                    vacant.get_or_insert(i);
                }
                c => {
                    let slot = (c - 1) as usize;
                    if eq(slot) {
                        return Probe::Found { cell: i, slot };
                    }
                }
            }
            (i, perturb) = next(i, perturb, mask);
        }
    }

    /// Puts `slot` into the vacant `cell` a probe returned (after
    /// [`Index::reserve_one`]).
    #[inline(always)]
    pub fn place(&mut self, cell: usize, slot: usize) {
        if self.cells[cell] == EMPTY {
            self.used += 1;
        }
        self.cells[cell] = slot as u32 + 1;
    }

    /// Forgets the entry in `cell`.
    pub fn remove(&mut self, cell: usize) {
        self.cells[cell] = DELETED;
    }

    /// The cell that holds `slot` (whose hash is `h`).
    pub fn cell_of(&self, h: u64, slot: usize) -> Option<usize> {
        match self.probe(h, |s| s == slot) {
            Probe::Found { cell, .. } => Some(cell),
            Probe::Vacant(_) => None,
        }
    }

    /// Indexes the live slots among the first `slots` anew in `size` cells
    /// (`hash_of(s)`: slot `s`'s hash; `dead[s]`: slot `s` was removed;
    /// slots past `dead`'s end are live).
    pub fn rebuild(
        &mut self,
        slots: usize,
        hash_of: impl Fn(usize) -> u64,
        dead: &[bool],
        size: usize,
    ) {
        // A fresh zeroed block (no copy of the old cells).
        self.cells = vec![EMPTY; size];
        self.used = 0;
        let mask = self.mask();
        for slot in 0..slots {
            if dead.get(slot).copied().unwrap_or(false) {
                continue;
            }
            let h = hash_of(slot);
            let (mut i, mut perturb) = (h as usize & mask, h);
            while self.cells[i] != EMPTY {
                (i, perturb) = next(i, perturb, mask);
            }
            self.cells[i] = slot as u32 + 1;
            self.used += 1;
        }
    }

    pub fn clear(&mut self) {
        self.cells.clear();
        self.used = 0;
    }
}

/// The cell after `i` in a probe sequence (CPython's recurrence: it visits
/// every cell once `perturb` has run out).
#[inline(always)]
fn next(i: usize, perturb: u64, mask: usize) -> (usize, u64) {
    let perturb = perturb >> 5;
    let i = i
        .wrapping_mul(5)
        .wrapping_add(perturb as usize)
        .wrapping_add(1)
        & mask;
    (i, perturb)
}
