//! What differs between targets, and nothing else.
//!
//! The shared lowering asks a [`Target`] for the triple, CPU and features (set
//! on every function), the symbol of a math function, and a configured
//! `TargetMachine`. GPU targets add their index/barrier/atomic hooks here.

use inkwell::targets::TargetMachine;
use penna_compiler::builtins::MathFn;
use penna_compiler::{CompileError, Scalar};

/// What a target can do; checked before lowering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub float64: bool,
    pub exceptions: bool,
    pub recursion: bool,
}

pub trait Target {
    /// A short name for messages (`cpu`, `cuda`, `hip`).
    fn name(&self) -> &str;
    fn triple(&self) -> &str;
    fn cpu(&self) -> &str;
    fn features(&self) -> &str;
    fn capabilities(&self) -> Capabilities;
    /// The symbol implementing `f` for `ty` (`sin`/`sinf` on the CPU).
    fn math_symbol(&self, f: MathFn, ty: Scalar) -> String;
    /// The stack pointer's name for `llvm.read_register`, if the target has one
    /// penna can read (used by the recursion stack check).
    fn stack_pointer(&self) -> Option<&str> {
        None
    }
    /// A target machine at the highest optimisation level.
    fn machine(&self) -> Result<TargetMachine, CompileError>;
    /// The GPU operations of a GPU target; `None` on the CPU.
    fn gpu(&self) -> Option<&GpuIntrinsics> {
        None
    }
}

/// How a GPU target spells the kernel API's operations: LLVM intrinsic names
/// (each declared by name, not overloaded) and the warp width. Operations that
/// are plain LLVM (atomics, bit counts, `fma`) need no entry.
#[derive(Debug)]
pub struct GpuIntrinsics {
    /// `i32 ()` per axis: thread index, block index, block size, grid size.
    pub thread_idx: [&'static str; 3],
    pub block_idx: [&'static str; 3],
    pub block_dim: [&'static str; 3],
    pub grid_dim: [&'static str; 3],
    /// `i32 ()`.
    pub lane_id: &'static str,
    pub warp_size: u32,
    /// `void ()`: the block barrier.
    pub barrier: &'static str,
    /// `i32 (i32 predicate)`: barriers that count, and, or the predicates.
    pub barrier_count: &'static str,
    pub barrier_and: &'static str,
    pub barrier_or: &'static str,
    /// `void (i32 mask)`.
    pub warp_barrier: &'static str,
    /// `void ()` fences: block, device, system scope.
    pub fences: [&'static str; 3],
    /// `T (i32 mask, T value, i32 lane, i32 clamp)` for T = i32 and f32, per
    /// kind (index, up, down, xor): `[i32 form, f32 form]`.
    pub shuffles: [[&'static str; 2]; 4],
    /// `i1 (i32 mask, i1 p)` all/any; `i32 (i32 mask, i1 p)` ballot.
    pub votes: [&'static str; 3],
    /// `i32 ()`.
    pub active_mask: &'static str,
    /// The LLVM address space of shared memory.
    pub shared_space: u16,
    /// The LLVM address space of constant memory (frozen global arrays).
    pub constant_space: u16,
    /// Bytes of constant memory a module may use; frozen arrays past it go
    /// to read-only global memory.
    pub constant_bytes: usize,
    /// The LLVM address space of global memory.
    pub global_space: u16,
    /// Inline assembly (template, constraints) reading the launch's bytes of
    /// dynamic shared memory as an `i32`.
    pub dynamic_shared_bytes: (&'static str, &'static str),
}
