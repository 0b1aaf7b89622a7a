//! Statuses known to be zero: an internal function none of whose returns
//! can carry a nonzero status (it raises nothing, and every callee whose
//! status it passes on raises nothing either) gets its callers' reads of
//! the status replaced by 0, before `default<O3>`.
//!
//! LLVM's IPSCCP does not prove this through recursion (each recursive
//! call's status feeds the return it is tested for). Once the reads are
//! constant, the callers' failure branches fold away, dead-argument
//! elimination drops the status from the function's return type, and a
//! recursive function can have its tail recursion eliminated. With the
//! unwinding stack guard (`lower::unwind`), recursive numeric functions
//! qualify.
//!
//! The analysis is optimistic and then only ever marks functions as
//! failing, until nothing changes: a function fails when one of its `ret`s
//! returns a status that is not the constant 0 or the status of a call to
//! a function not (yet) known to fail. Invariant: only `extractvalue`s of
//! field 0 of calls to internal functions returning `{i32, ...}` change, and
//! only to the constant those functions always return.

use std::collections::HashSet;

use inkwell::module::{Linkage, Module};
use inkwell::values::{AsValueRef, FunctionValue, InstructionOpcode, InstructionValue};
use llvm_sys::core::{
    LLVMConstInt, LLVMConstIntGetZExtValue, LLVMCountIncoming, LLVMGetAggregateElement,
    LLVMGetCalledValue, LLVMGetIncomingValue, LLVMGetIndices, LLVMGetNumIndices, LLVMGetOperand,
    LLVMInstructionEraseFromParent, LLVMIsAConstantInt, LLVMIsAInstruction, LLVMIsConstant,
    LLVMReplaceAllUsesWith, LLVMTypeOf,
};
use llvm_sys::prelude::LLVMValueRef;
use llvm_sys::LLVMOpcode;

/// Folds the statuses of the internal functions of `module` that never
/// fail; returns how many reads were replaced.
pub fn fold(module: &Module<'_>) -> usize {
    let candidates: Vec<FunctionValue<'_>> = module
        .get_functions()
        .filter(|f| {
            f.get_linkage() == Linkage::Internal
                && f.count_basic_blocks() > 0
                && f.get_type().get_return_type().is_some_and(|t| {
                    t.is_struct_type()
                        && t.into_struct_type()
                            .get_field_type_at_index(0)
                            .is_some_and(|s| {
                                s.is_int_type() && s.into_int_type().get_bit_width() == 32
                            })
                })
        })
        .collect();
    let mut statuses = Statuses {
        known: candidates.iter().map(|f| f.as_value_ref()).collect(),
        failing: HashSet::new(),
    };
    loop {
        let mut changed = false;
        for f in &candidates {
            let id = f.as_value_ref();
            if !statuses.failing.contains(&id) && statuses.can_fail(*f) {
                statuses.failing.insert(id);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut reads = Vec::new();
    for f in module.get_functions() {
        for bb in f.get_basic_blocks() {
            for i in bb.get_instructions() {
                if let Some(call) = status_read(i) {
                    // SAFETY: `call` is a call instruction.
                    if statuses.never_fails(unsafe { LLVMGetCalledValue(call) }) {
                        reads.push(i);
                    }
                }
            }
        }
    }
    for &i in &reads {
        // SAFETY: `i` is an i32 `extractvalue` of this module; the constant
        // has its type; it is erased once nothing uses it.
        unsafe {
            let zero = LLVMConstInt(LLVMTypeOf(i.as_value_ref()), 0, 0);
            LLVMReplaceAllUsesWith(i.as_value_ref(), zero);
            LLVMInstructionEraseFromParent(i.as_value_ref());
        }
    }
    reads.len()
}

/// `extractvalue (call f ...), 0`: the call, else `None`.
fn status_read(i: InstructionValue<'_>) -> Option<LLVMValueRef> {
    if i.get_opcode() != InstructionOpcode::ExtractValue {
        return None;
    }
    let v = i.as_value_ref();
    // SAFETY: an extractvalue has one operand and its indices.
    unsafe {
        if LLVMGetNumIndices(v) != 1 || *LLVMGetIndices(v) != 0 {
            return None;
        }
        let agg = LLVMGetOperand(v, 0);
        is_call(agg).then_some(agg)
    }
}

fn is_call(v: LLVMValueRef) -> bool {
    // SAFETY: queries of a value.
    unsafe {
        !LLVMIsAInstruction(v).is_null()
            && llvm_sys::core::LLVMGetInstructionOpcode(v) == LLVMOpcode::LLVMCall
    }
}

/// The internal functions returning `{i32 status, ...}` and those of them
/// found to fail so far.
struct Statuses {
    known: HashSet<LLVMValueRef>,
    failing: HashSet<LLVMValueRef>,
}

/// Walks no deeper than this through phis and insertvalues.
const DEPTH: u32 = 32;

impl Statuses {
    /// `callee` is a known function not (yet) found to fail.
    fn never_fails(&self, callee: LLVMValueRef) -> bool {
        self.known.contains(&callee) && !self.failing.contains(&callee)
    }

    /// Whether some `ret` of `f` may return a nonzero status.
    fn can_fail(&self, f: FunctionValue<'_>) -> bool {
        f.get_basic_blocks().iter().any(|bb| {
            bb.get_terminator().is_some_and(|t| {
                t.get_opcode() == InstructionOpcode::Return && {
                    // SAFETY: a `ret` of a function returning a struct has its operand.
                    let value = unsafe { LLVMGetOperand(t.as_value_ref(), 0) };
                    !self.struct_status_zero(value, 0)
                }
            })
        })
    }

    /// Whether field 0 of the `{i32, ...}` value `v` is surely 0.
    fn struct_status_zero(&self, v: LLVMValueRef, depth: u32) -> bool {
        if depth > DEPTH {
            return false;
        }
        // SAFETY: queries of values of this module, by their opcodes.
        unsafe {
            if LLVMIsConstant(v) != 0 && LLVMIsAInstruction(v).is_null() {
                let field = LLVMGetAggregateElement(v, 0);
                return !field.is_null() && int_zero(field);
            }
            if LLVMIsAInstruction(v).is_null() {
                return false;
            }
            match llvm_sys::core::LLVMGetInstructionOpcode(v) {
                LLVMOpcode::LLVMInsertValue => {
                    if LLVMGetNumIndices(v) != 1 {
                        return false;
                    }
                    if *LLVMGetIndices(v) == 0 {
                        self.i32_zero(LLVMGetOperand(v, 1), depth + 1)
                    } else {
                        self.struct_status_zero(LLVMGetOperand(v, 0), depth + 1)
                    }
                }
                LLVMOpcode::LLVMPHI => (0..LLVMCountIncoming(v))
                    .all(|k| self.struct_status_zero(LLVMGetIncomingValue(v, k), depth + 1)),
                LLVMOpcode::LLVMCall => self.never_fails(LLVMGetCalledValue(v)),
                _ => false,
            }
        }
    }

    /// Whether the i32 status value `v` is surely 0.
    fn i32_zero(&self, v: LLVMValueRef, depth: u32) -> bool {
        if depth > DEPTH {
            return false;
        }
        // SAFETY: as above.
        unsafe {
            if !LLVMIsAConstantInt(v).is_null() {
                return int_zero(v);
            }
            if LLVMIsAInstruction(v).is_null() {
                return false;
            }
            match llvm_sys::core::LLVMGetInstructionOpcode(v) {
                LLVMOpcode::LLVMExtractValue => {
                    LLVMGetNumIndices(v) == 1
                        && *LLVMGetIndices(v) == 0
                        && self.struct_status_zero(LLVMGetOperand(v, 0), depth + 1)
                }
                LLVMOpcode::LLVMPHI => (0..LLVMCountIncoming(v))
                    .all(|k| self.i32_zero(LLVMGetIncomingValue(v, k), depth + 1)),
                _ => false,
            }
        }
    }
}

/// A constant integer 0 (undef and poison are not).
fn int_zero(v: LLVMValueRef) -> bool {
    // SAFETY: queries of a constant.
    unsafe { !LLVMIsAConstantInt(v).is_null() && LLVMConstIntGetZExtValue(v) == 0 }
}

#[cfg(test)]
mod tests {
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;

    fn folded(ir: &str) -> (usize, String) {
        let context = Context::create();
        let buffer = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "t");
        let module = context.create_module_from_ir(buffer).unwrap();
        let n = super::fold(&module);
        module.verify().unwrap();
        (n, module.print_to_string().to_string())
    }

    const RECURSIVE: &str = r#"
declare void @jump() noreturn
define internal { i32, i64 } @f(ptr %e, i64 %n) {
entry:
  %small = icmp slt i64 %n, 2
  br i1 %small, label %leaf, label %deep
leaf:
  %r0 = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %n, 1
  ret { i32, i64 } %r0
deep:
  %c = icmp eq ptr %e, null
  br i1 %c, label %guard, label %go
guard:
  call void @jump()
  unreachable
go:
  %m = sub i64 %n, 1
  %call = call { i32, i64 } @f(ptr %e, i64 %m)
  %s = extractvalue { i32, i64 } %call, 0
  %failed = icmp ne i32 %s, 0
  br i1 %failed, label %pass, label %ok
pass:
  %p = insertvalue { i32, i64 } undef, i32 %s, 0
  ret { i32, i64 } %p
ok:
  %v = extractvalue { i32, i64 } %call, 1
  %r = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %v, 1
  ret { i32, i64 } %r
}
define i32 @entry(ptr %e) {
  %call = call { i32, i64 } @f(ptr %e, i64 10)
  %s = extractvalue { i32, i64 } %call, 0
  ret i32 %s
}
"#;

    #[test]
    fn a_recursive_function_whose_guard_jumps_never_fails() {
        let (n, text) = folded(RECURSIVE);
        assert_eq!(n, 2, "{text}");
        assert!(text.contains("ret i32 0"), "{text}");
        assert!(text.contains("icmp ne i32 0, 0"), "{text}");
    }

    #[test]
    fn a_function_that_raises_keeps_its_status_and_so_do_its_callers() {
        let raising = RECURSIVE.replace(
            "  call void @jump()\n  unreachable",
            "  ret { i32, i64 } { i32 1, i64 undef }",
        );
        let (n, text) = folded(&raising);
        assert_eq!(n, 0, "{text}");
        assert!(text.contains("ret i32 %s"), "{text}");
    }
}
