//! What differs between targets, and nothing else.
//!
//! The shared lowering asks a [`Target`] for the triple, CPU and features (set
//! on every function), the symbol of a math function, and a configured
//! `TargetMachine`. A GPU target also implements [`GpuTarget`]: the hooks
//! through which the shared lowering emits the kernel API (index reads,
//! barriers, fences, warp operations, dynamic shared memory), finishes a
//! kernel, links the target's math library and emits the loadable form.
//!
//! Invariants: the shared lowering never names a target's intrinsics or
//! triple; everything a GPU back end needs differently goes through a hook
//! here. Warps are 32 lanes on every GPU target, whatever the hardware does
//! (see `amdgpu` for 64-wide hardware).

use std::rc::Rc;

use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::targets::TargetMachine;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{AsValueRef, BasicValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::{AtomicOrdering, AtomicRMWBinOp, OptimizationLevel};
use penna_compiler::builtins::MathFn;
use penna_compiler::gpu::{Barrier, FenceScope, Shuffle, SpecialReg, Vote};
use penna_compiler::{CompileError, Scalar};

use crate::error::{bug, CodegenError};
use crate::{KernelOptions, Options, Stage};

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
    /// A new target machine generating code at `level`.
    fn create_machine(&self, level: OptimizationLevel) -> Result<TargetMachine, CompileError>;
    /// This thread's target machine for the triple, CPU and features at
    /// `level`, made once (see [`crate::machines`]).
    fn machine(&self, level: OptimizationLevel) -> Result<Rc<TargetMachine>, CompileError> {
        crate::machines::machine(self, level)
    }
    /// The GPU hooks of a GPU target; `None` on the CPU.
    fn gpu(&self) -> Option<&dyn GpuTarget> {
        None
    }
}

/// Results of the GPU hooks.
pub type GpuResult<T> = Result<T, CodegenError>;

/// The LLVM address spaces of a GPU target's memories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spaces {
    pub shared: u16,
    /// Constant memory (frozen global arrays).
    pub constant: u16,
    pub global: u16,
    /// Where `alloca` creates its slots (5 on AMDGPU); slots are cast to the
    /// generic space, which the shared lowering uses everywhere.
    pub private: u16,
    /// Bytes of constant memory a module may use; frozen arrays past it go to
    /// read-only global memory.
    pub constant_bytes: usize,
}

/// The operations of a GPU target that the shared lowering cannot spell.
///
/// Values crossing these hooks: predicates are `i1`, masks and lane numbers
/// `i32`, shuffled values `i32` or `f32` (wider values are shuffled in
/// halves by the caller).
pub trait GpuTarget {
    /// Lanes per warp as kernels see it: 32 on every target.
    fn warp_size(&self) -> u32 {
        32
    }
    fn spaces(&self) -> Spaces;
    /// The most static shared memory one block may declare.
    fn max_static_shared(&self) -> u64;
    /// `threadIdx`, `blockIdx`, `blockDim`, `gridDim` along `axis`, as `i32`.
    fn special_register<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        reg: SpecialReg,
        axis: u8,
    ) -> GpuResult<IntValue<'ctx>>;
    /// The lane in the (32-lane) warp.
    fn lane_id<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>>;
    /// `syncthreads()`.
    fn barrier(&self, g: &GpuBuilder<'_, '_>) -> GpuResult<()>;
    /// `syncthreads_count/and/or(p)` with `p` an `i32` 0 or 1; the `i32` result.
    fn barrier_reduce<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Barrier,
        p: IntValue<'ctx>,
    ) -> GpuResult<IntValue<'ctx>>;
    /// `syncwarp(mask)`.
    fn warp_barrier<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>, mask: IntValue<'ctx>) -> GpuResult<()>;
    fn fence(&self, g: &GpuBuilder<'_, '_>, scope: FenceScope) -> GpuResult<()>;
    /// `shfl_*_sync(mask, value, lane_or_delta)` of an `i32` or `f32`.
    fn shuffle<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        kind: Shuffle,
        mask: IntValue<'ctx>,
        value: BasicValueEnum<'ctx>,
        lane: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>>;
    /// `all_sync`/`any_sync` (an `i1`) and `ballot_sync` (an `i32`).
    fn vote<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        vote: Vote,
        mask: IntValue<'ctx>,
        p: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>>;
    fn active_mask<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>>;
    /// The launch's bytes of dynamic shared memory, as an `i32`.
    fn dynamic_shared_bytes<'ctx>(&self, g: &GpuBuilder<'_, 'ctx>) -> GpuResult<IntValue<'ctx>>;
    /// Whether the back end lowers `llvm.<f>` exactly; other math functions
    /// call [`Target::math_symbol`]. By default the operations that are exact
    /// in every GPU instruction set (square root, rounding, sign).
    fn native_math(&self, f: MathFn) -> bool {
        matches!(
            f,
            MathFn::Sqrt
                | MathFn::Floor
                | MathFn::Ceil
                | MathFn::Trunc
                | MathFn::Fabs
                | MathFn::Copysign
        )
    }
    /// Attributes every function of the module gets (beyond CPU and features).
    fn function_attributes(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// `atomicrmw op` on `ptr` (an integer or float `value`), monotonic; the
    /// old value. By default device-wide as LLVM spells it.
    fn atomic_rmw<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        op: AtomicRMWBinOp,
        ptr: PointerValue<'ctx>,
        value: BasicValueEnum<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        g.atomic_rmw(op, ptr, value)
    }
    /// `cmpxchg` of integers on `ptr`, monotonic; the old value.
    fn atomic_cas<'ctx>(
        &self,
        g: &GpuBuilder<'_, 'ctx>,
        ptr: PointerValue<'ctx>,
        expected: IntValue<'ctx>,
        new: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        g.atomic_cas(ptr, expected, new)
    }
    /// Makes `kernel` an entry point with `options`' launch bounds; refuses
    /// bounds the target cannot have.
    fn finish_kernel<'ctx>(
        &self,
        module: &Module<'ctx>,
        kernel: FunctionValue<'ctx>,
        options: &KernelOptions,
    ) -> Result<(), CompileError>;
    /// Readies a lowered module for optimisation: links the target's
    /// libraries if it calls into them, sets module-level settings, and gives
    /// every defined function but `keep` internal linkage.
    fn finish_module(&self, module: &Module<'_>, keep: &str) -> Result<(), CompileError>;
    /// The loadable form (or assembly, for [`Stage::Asm`]) of an optimised
    /// module.
    fn emit(
        &self,
        machine: &TargetMachine,
        module: &Module<'_>,
        stage: Stage,
        options: &Options,
    ) -> Result<Vec<u8>, CompileError>;
}

/// What a GPU hook builds with: the context, the builder positioned where the
/// operation goes, and the module (for declarations).
pub struct GpuBuilder<'a, 'ctx> {
    pub ctx: &'ctx Context,
    pub b: &'a Builder<'ctx>,
    pub module: &'a Module<'ctx>,
}

impl<'ctx> GpuBuilder<'_, 'ctx> {
    /// Calls the function `name` (an intrinsic that is not overloaded, or a
    /// library function), declaring it on first use.
    pub fn call(
        &self,
        name: &str,
        ret: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicValueEnum<'ctx>],
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        use inkwell::types::BasicType;
        let params: Vec<_> = args.iter().map(|a| a.get_type().into()).collect();
        let fn_type = match ret {
            Some(r) => r.fn_type(&params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let decl = self.module.get_function(name).unwrap_or_else(|| {
            self.module
                .add_function(name, fn_type, Some(Linkage::External))
        });
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let call = self.b.build_call(decl, &args, "")?;
        Ok(call
            .try_as_basic_value()
            .basic()
            .unwrap_or_else(|| self.ctx.struct_type(&[], false).const_zero().into()))
    }

    /// Calls `name` returning an `i32`.
    pub fn call_i32(&self, name: &str, args: &[BasicValueEnum<'ctx>]) -> GpuResult<IntValue<'ctx>> {
        match self.call(name, Some(self.ctx.i32_type().into()), args)? {
            BasicValueEnum::IntValue(v) => Ok(v),
            _ => Err(bug(format!("{name} returned a non-integer"))),
        }
    }

    /// `atomicrmw op ptr, value monotonic` (system scope); the old value.
    pub fn atomic_rmw(
        &self,
        op: AtomicRMWBinOp,
        ptr: PointerValue<'ctx>,
        value: BasicValueEnum<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let ordering = AtomicOrdering::Monotonic;
        if let BasicValueEnum::IntValue(v) = value {
            return Ok(self.b.build_atomicrmw(op, ptr, v, ordering)?.into());
        }
        // inkwell's build_atomicrmw takes integers only.
        // SAFETY: a live builder positioned in a block, a pointer and a float
        // value of the element type; LLVM returns the old value.
        let old = unsafe {
            llvm_sys::core::LLVMBuildAtomicRMW(
                self.b.as_mut_ptr(),
                op.into(),
                ptr.as_value_ref(),
                value.as_value_ref(),
                ordering.into(),
                0,
            )
        };
        // SAFETY: the result of an atomicrmw on a float is that float.
        Ok(unsafe { inkwell::values::FloatValue::new(old) }.into())
    }

    /// `cmpxchg ptr, expected, new monotonic monotonic` (system scope); the
    /// old value.
    pub fn atomic_cas(
        &self,
        ptr: PointerValue<'ctx>,
        expected: IntValue<'ctx>,
        new: IntValue<'ctx>,
    ) -> GpuResult<BasicValueEnum<'ctx>> {
        let ordering = AtomicOrdering::Monotonic;
        let pair = self
            .b
            .build_cmpxchg(ptr, expected, new, ordering, ordering)?;
        Ok(self.b.build_extract_value(pair, 0, "old")?)
    }

    pub fn i32(&self, v: i64) -> IntValue<'ctx> {
        self.ctx.i32_type().const_int(v as u64, true)
    }

    /// An `i32` read by inline assembly without operands.
    pub fn asm_i32(&self, template: &str, constraints: &str) -> GpuResult<IntValue<'ctx>> {
        let i32t = self.ctx.i32_type();
        let asm = self.ctx.create_inline_asm(
            i32t.fn_type(&[], false),
            template.into(),
            constraints.into(),
            false,
            false,
            None,
            false,
        );
        self.b
            .build_indirect_call(i32t.fn_type(&[], false), asm, &[], "asm")?
            .try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .ok_or_else(|| bug("inline asm returned void"))
    }
}
