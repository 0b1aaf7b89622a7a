//! An append-only table read without locks: the dispatcher's specialisations.
//!
//! Compiled code is never unloaded (it stays in the JIT for the life of the
//! process), so a specialisation can be `&'static`. The table publishes an
//! immutable snapshot through an atomic pointer; a call reads it with one
//! atomic load and no reference counting. Appending (under the dispatcher's
//! compile lock) publishes a new snapshot; old snapshots are leaked, which costs
//! O(n^2) words for n specialisations of one function: nothing, for real n.

use std::sync::atomic::{AtomicPtr, Ordering};

pub struct Table<T: 'static> {
    current: AtomicPtr<Vec<&'static T>>,
}

impl<T: 'static> Table<T> {
    pub fn new(items: Vec<&'static T>) -> Self {
        Table {
            current: AtomicPtr::new(Box::into_raw(Box::new(items))),
        }
    }

    /// The items published so far.
    pub fn all(&self) -> &'static [&'static T] {
        // SAFETY: the pointer always refers to a leaked, never-mutated Vec.
        unsafe { &*self.current.load(Ordering::Acquire) }
    }

    /// Appends `item` and returns it. Callers serialise appends (a lost update
    /// would drop an item, never corrupt one).
    pub fn push(&self, item: T) -> &'static T {
        let item: &'static T = Box::leak(Box::new(item));
        let mut next = self.all().to_vec();
        next.push(item);
        self.current
            .store(Box::into_raw(Box::new(next)), Ordering::Release);
        item
    }
}
