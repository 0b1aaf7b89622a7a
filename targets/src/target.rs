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
}
