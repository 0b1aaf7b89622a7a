//! Removes reference count operations that cancel (the role of Numba's
//! `refprune` pass, per basic block).
//!
//! Lowering emits every reference count change as one call,
//! `penna.incref(mi)` or `penna.decref(mi)` (see
//! `lower::refcount::RefOp`), kept out of line while LLVM optimises. In the
//! optimised code (user functions inlined, locals and temporaries SSA
//! values, loads merged) this pass walks each basic block and removes an
//! `incref(p)` together with a later `decref(p)` of the same SSA value `p`,
//! then [`inline`] puts the remaining operations in line. The typical
//! pairs: a fresh object assigned to a local (the local's reference) and
//! the statement's temporary released at its end; a local's reference
//! moved into a field (`head = Node(i, head)`).
//!
//! Why this is sound: removing a pair lowers the count by one only between
//! the two calls and leaves every count after the block unchanged. Inside
//! the window an object could reach zero early only through a `decref` of
//! another SSA value (an alias, or an object whose destructor releases
//! this one); after such a `decref` the window may hold no memory access
//! before its end (nothing can touch memory freed early). Any call other
//! than the two and LLVM intrinsics ends every window (it could release
//! references this pass cannot see), as does the end of the block.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::Module;
use inkwell::values::{AsValueRef, InstructionOpcode, InstructionValue};
use llvm_sys::prelude::LLVMValueRef;

use crate::lower::RefOp;

/// What one instruction means to the pass.
enum Op {
    Inc(LLVMValueRef),
    Dec(LLVMValueRef),
    /// A call that may change reference counts out of sight.
    Barrier,
    /// A load, a store or another access to memory.
    Memory,
    Other,
}

/// Prunes every function of `module`; returns the number of pairs removed.
pub fn prune(module: &Module<'_>) -> usize {
    let (Some(inc), Some(dec)) = (
        module.get_function(RefOp::Inc.symbol()),
        module.get_function(RefOp::Dec.symbol()),
    ) else {
        return 0;
    };
    let (inc, dec) = (inc.as_value_ref(), dec.as_value_ref());
    let classify = |i: InstructionValue<'_>| -> Op {
        match i.get_opcode() {
            InstructionOpcode::Call => {}
            InstructionOpcode::Load
            | InstructionOpcode::Store
            | InstructionOpcode::AtomicRMW
            | InstructionOpcode::AtomicCmpXchg
            | InstructionOpcode::Fence => return Op::Memory,
            _ => return Op::Other,
        }
        // SAFETY: `i` is a call instruction of a live module.
        let callee = unsafe { llvm_sys::core::LLVMGetCalledValue(i.as_value_ref()) };
        // SAFETY: as above; the refcount functions take one argument.
        let arg = || unsafe { llvm_sys::core::LLVMGetOperand(i.as_value_ref(), 0) };
        if callee == inc {
            return Op::Inc(arg());
        }
        if callee == dec {
            return Op::Dec(arg());
        }
        // SAFETY: a live value; `LLVMIsAFunction` is null for indirect calls.
        let intrinsic = unsafe {
            let f = llvm_sys::core::LLVMIsAFunction(callee);
            !f.is_null() && llvm_sys::core::LLVMGetIntrinsicID(f) != 0
        };
        if intrinsic {
            Op::Memory
        } else {
            Op::Barrier
        }
    };
    let mut removed = 0;
    for f in module.get_functions() {
        for bb in f.get_basic_blocks() {
            // Open windows: the incref's pointer and instruction, and
            // whether a decref of another value happened since.
            let mut open: Vec<(LLVMValueRef, InstructionValue<'_>, bool)> = Vec::new();
            let mut dead = Vec::new();
            for i in bb.get_instructions() {
                match classify(i) {
                    Op::Inc(p) => open.push((p, i, false)),
                    Op::Dec(p) => match open.iter().rposition(|(q, _, _)| *q == p) {
                        Some(k) => {
                            dead.push(open.remove(k).1);
                            dead.push(i);
                        }
                        None => open.iter_mut().for_each(|w| w.2 = true),
                    },
                    Op::Barrier => open.clear(),
                    Op::Memory => open.retain(|w| !w.2),
                    Op::Other => {}
                }
            }
            removed += dead.len() / 2;
            for i in dead {
                i.erase_from_basic_block();
            }
        }
    }
    removed
}

/// After [`prune`]: the reference count functions become ordinary
/// always-inlined functions (the caller runs LLVM's `always-inline`);
/// returns whether the module has any.
pub fn inline(module: &Module<'_>) -> bool {
    let ctx = module.get_context();
    let mut any = false;
    for op in [RefOp::Inc, RefOp::Dec] {
        if let Some(f) = module.get_function(op.symbol()) {
            any = true;
            let kind = |name| Attribute::get_named_enum_kind_id(name);
            f.remove_enum_attribute(AttributeLoc::Function, kind("noinline"));
            f.add_attribute(
                AttributeLoc::Function,
                ctx.create_enum_attribute(kind("alwaysinline"), 0),
            );
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;
    use inkwell::values::AnyValue;

    /// Prunes a function whose body is `body` and returns the pairs removed
    /// and the refcount calls left, in order (`+p` / `-q`).
    fn run(body: &str) -> (usize, Vec<String>) {
        let ir = format!(
            "declare void @other()\n\
             declare void @llvm.assume(i1)\n\
             define private void @penna.incref(ptr %m) {{ ret void }}\n\
             define private void @penna.decref(ptr %m) {{ ret void }}\n\
             define void @f(ptr %p, ptr %q, ptr %r, i1 %c) {{\n{body}\n}}\n"
        );
        let ctx = Context::create();
        let buffer = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "t");
        let module = ctx.create_module_from_ir(buffer).expect("valid IR");
        let removed = super::prune(&module);
        let text = module
            .get_function("f")
            .unwrap()
            .print_to_string()
            .to_string();
        let left = text
            .lines()
            .filter_map(|l| {
                let sign = if l.contains("@penna.incref(") {
                    "+"
                } else if l.contains("@penna.decref(") {
                    "-"
                } else {
                    return None;
                };
                let arg = l.rsplit("ptr %").next()?.trim_end_matches(')');
                Some(format!("{sign}{arg}"))
            })
            .collect();
        (removed, left)
    }

    fn inc(v: &str) -> String {
        format!("call void @penna.incref(ptr %{v})\n")
    }

    fn dec(v: &str) -> String {
        format!("call void @penna.decref(ptr %{v})\n")
    }

    #[test]
    fn a_pair_of_the_same_value_goes() {
        let body = format!("{}{}ret void", inc("p"), dec("p"));
        assert_eq!(run(&body), (1, vec![]));
    }

    #[test]
    fn a_decref_before_the_incref_stays() {
        let body = format!("{}{}ret void", dec("p"), inc("p"));
        assert_eq!(run(&body), (0, vec!["-p".into(), "+p".into()]));
    }

    #[test]
    fn another_call_ends_the_window() {
        let body = format!("{}call void @other()\n{}ret void", inc("p"), dec("p"));
        assert_eq!(run(&body).0, 0);
        // An intrinsic does not.
        let body = format!(
            "{}call void @llvm.assume(i1 %c)\n{}ret void",
            inc("p"),
            dec("p")
        );
        assert_eq!(run(&body).0, 1);
    }

    #[test]
    fn memory_after_a_decref_of_another_value_ends_the_window() {
        // q may alias p and free it early: p must not be touched after.
        let body = format!(
            "{}{}%x = load i64, ptr %r\n{}ret void",
            inc("p"),
            dec("q"),
            dec("p")
        );
        assert_eq!(run(&body), (0, vec!["+p".into(), "-q".into(), "-p".into()]));
        // Without a memory access in between, the pair goes.
        let body = format!("{}{}{}ret void", inc("p"), dec("q"), dec("p"));
        assert_eq!(run(&body), (1, vec!["-q".into()]));
        // A memory access before the other decref is harmless.
        let body = format!(
            "{}%x = load i64, ptr %r\n{}{}ret void",
            inc("p"),
            dec("q"),
            dec("p")
        );
        assert_eq!(run(&body).0, 1);
    }

    #[test]
    fn pairs_nest_and_never_cross_blocks() {
        let body = format!("{}{}{}{}ret void", inc("p"), inc("p"), dec("p"), dec("p"));
        assert_eq!(run(&body), (2, vec![]));
        let body = format!("{}br label %next\nnext:\n{}ret void", inc("p"), dec("p"));
        assert_eq!(run(&body).0, 0);
    }
}
