//! Atomics and fences with an LLVM sync scope (`syncscope("agent")`), which
//! LLVM 19's C API cannot build.
//!
//! The lowering calls a declared helper whose name spells the operation
//! (`penna.amdgpu.rmw.fadd.f32`, `penna.amdgpu.cas.i64`,
//! `penna.amdgpu.fence.workgroup.release`); [`define_helpers`] writes the
//! bodies of the helpers a module declares as LLVM IR text, parses and links
//! them, and `default<O3>` inlines them (`alwaysinline`; internalized with
//! the rest of the module).
//!
//! Scopes: device-wide atomics are `agent` scoped, as HIP's are. (LLVM
//! expands float atomics of system scope into compare-and-swap loops on
//! every AMD GPU; agent scope lets CDNA use its native instructions.)

use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;
use inkwell::AtomicRMWBinOp;
use penna_compiler::CompileError;

pub const PREFIX: &str = "penna.amdgpu.";

/// The helper name of `atomicrmw op` on `ty` (`i32`, `i64`, `float`,
/// `double` as LLVM spells them).
pub fn rmw_name(op: AtomicRMWBinOp, ty: &str) -> String {
    format!("{PREFIX}rmw.{}.{ty}", rmw_keyword(op))
}

pub fn cas_name(ty: &str) -> String {
    format!("{PREFIX}cas.{ty}")
}

/// The helper name of a fence at `scope` (`workgroup`, `agent`, `wavefront`,
/// `system`) with `ordering` (`acquire`, `release`, `acq_rel`, `seq_cst`).
pub fn fence_name(scope: &str, ordering: &str) -> String {
    format!("{PREFIX}fence.{scope}.{ordering}")
}

fn rmw_keyword(op: AtomicRMWBinOp) -> &'static str {
    use AtomicRMWBinOp as R;
    match op {
        R::Xchg => "xchg",
        R::Add => "add",
        R::Sub => "sub",
        R::And => "and",
        R::Nand => "nand",
        R::Or => "or",
        R::Xor => "xor",
        R::Max => "max",
        R::Min => "min",
        R::UMax => "umax",
        R::UMin => "umin",
        R::FAdd => "fadd",
        R::FSub => "fsub",
        R::FMax => "fmax",
        R::FMin => "fmin",
        R::UIncWrap => "uinc_wrap",
        R::UDecWrap => "udec_wrap",
    }
}

fn size_of(ty: &str) -> u32 {
    match ty {
        "i64" | "double" => 8,
        "i16" | "half" => 2,
        _ => 4,
    }
}

/// The definition of helper `name`, or `None` if it is not one of ours.
fn definition(name: &str) -> Option<String> {
    let rest = name.strip_prefix(PREFIX)?;
    let parts: Vec<&str> = rest.split('.').collect();
    let body = match parts.as_slice() {
        ["rmw", op, ty] => format!(
            "define {ty} @\"{name}\"(ptr %p, {ty} %v) alwaysinline {{\n  \
             %r = atomicrmw {op} ptr %p, {ty} %v syncscope(\"agent\") monotonic, align {a}\n  \
             ret {ty} %r\n}}\n",
            a = size_of(ty)
        ),
        ["cas", ty] => format!(
            "define {ty} @\"{name}\"(ptr %p, {ty} %e, {ty} %n) alwaysinline {{\n  \
             %pair = cmpxchg ptr %p, {ty} %e, {ty} %n syncscope(\"agent\") monotonic monotonic, align {a}\n  \
             %r = extractvalue {{ {ty}, i1 }} %pair, 0\n  \
             ret {ty} %r\n}}\n",
            a = size_of(ty)
        ),
        ["fence", scope, ordering] => {
            let scope = match *scope {
                "system" => String::new(),
                s => format!(" syncscope(\"{s}\")"),
            };
            format!(
                "define void @\"{name}\"() alwaysinline {{\n  \
                 fence{scope} {ordering}\n  ret void\n}}\n"
            )
        }
        _ => return None,
    };
    Some(body)
}

/// Defines every helper `module` declares.
pub fn define_helpers(module: &Module<'_>) -> Result<(), CompileError> {
    let mut text = String::new();
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if f.count_basic_blocks() == 0 {
            if let Some(def) = definition(&name) {
                text.push_str(&def);
            }
        }
    }
    if text.is_empty() {
        return Ok(());
    }
    let header = format!(
        "target datalayout = \"{}\"\ntarget triple = \"{}\"\n",
        module.get_data_layout().as_str().to_string_lossy(),
        module.get_triple().as_str().to_string_lossy()
    );
    let source = header + &text;
    let buffer = MemoryBuffer::create_from_memory_range_copy(source.as_bytes(), "penna.amdgpu");
    let helpers = module
        .get_context()
        .create_module_from_ir(buffer)
        .map_err(|e| {
            CompileError::internal(format!(
                "penna's AMDGPU helpers do not parse: {}\n{source}",
                e.to_string_lossy()
            ))
        })?;
    module.link_in_module(helpers).map_err(|e| {
        CompileError::internal(format!(
            "linking penna's AMDGPU helpers failed: {}",
            e.to_string_lossy()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_spell_their_definitions() {
        let add = definition(&rmw_name(AtomicRMWBinOp::FAdd, "float")).unwrap();
        assert!(
            add.contains("atomicrmw fadd ptr %p, float %v syncscope(\"agent\") monotonic, align 4")
        );
        let cas = definition(&cas_name("i64")).unwrap();
        assert!(cas.contains("cmpxchg ptr %p, i64 %e, i64 %n syncscope(\"agent\")"));
        let fence = definition(&fence_name("system", "seq_cst")).unwrap();
        assert!(fence.contains("  fence seq_cst\n"));
        assert!(definition("penna.other").is_none());
    }
}
