//! Target machines, made once and reused.
//!
//! LLVM builds a subtarget's register and instruction-lowering tables when a
//! machine first generates code (about a millisecond for x86, several for
//! AMDGPU's register file), so each thread keeps its machines across
//! compilations. A machine holds no module state but is not thread-safe, so
//! a thread's machines are its own; a thread that will compile no more
//! (the import-time warm-up) hands them to the next thread that needs one
//! ([`donate`]), tables built.
//!
//! Invariant: a machine is used by one thread at a time: it lives in one
//! thread's cache, or in the spare pool, never both.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Mutex;

use inkwell::targets::TargetMachine;
use inkwell::OptimizationLevel;
use penna_compiler::CompileError;

use crate::target::Target;

/// Triple, CPU, features and code-generation level.
type Key = (String, String, String, u32);

thread_local! {
    static MACHINES: RefCell<HashMap<Key, Rc<TargetMachine>>> = RefCell::new(HashMap::new());
}

/// A machine no thread uses.
struct Spare(TargetMachine);

// SAFETY: a spare machine is referenced by nothing else; the thread that
// takes it is its only user from then on (see the module's invariant).
unsafe impl Send for Spare {}

static SPARE: Mutex<Vec<(Key, Spare)>> = Mutex::new(Vec::new());

/// This thread's machine for `target` at `level`: its own, else a spare
/// one, else a new one.
pub(crate) fn machine<T: Target + ?Sized>(
    target: &T,
    level: OptimizationLevel,
) -> Result<Rc<TargetMachine>, CompileError> {
    let key = (
        target.triple().to_owned(),
        target.cpu().to_owned(),
        target.features().to_owned(),
        level as u32,
    );
    if let Some(m) = MACHINES.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(m);
    }
    let spare = {
        let mut pool = SPARE.lock().unwrap_or_else(|p| p.into_inner());
        let found = pool.iter().position(|(k, _)| *k == key);
        found.map(|i| pool.swap_remove(i).1 .0)
    };
    let machine = match spare {
        Some(m) => Rc::new(m),
        None => {
            let _span = tracing::debug_span!("target_machine").entered();
            Rc::new(target.create_machine(level)?)
        }
    };
    MACHINES.with(|c| c.borrow_mut().insert(key, machine.clone()));
    Ok(machine)
}

/// Gives this thread's machines that nothing else holds to the spare pool,
/// for other threads (call it when this thread compiles no more for now).
pub fn donate() {
    MACHINES.with(|c| {
        let mut mine = c.borrow_mut();
        let keys: Vec<Key> = mine.keys().cloned().collect();
        for key in keys {
            let Some(rc) = mine.remove(&key) else {
                continue;
            };
            match Rc::try_unwrap(rc) {
                Ok(m) => SPARE
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push((key, Spare(m))),
                Err(rc) => {
                    mine.insert(key, rc);
                }
            }
        }
    });
}
