//! Errors inside code generation. Every one of them is a penna bug: the IR was
//! validated before lowering. They become internal `CompileError`s.

use inkwell::builder::BuilderError;
use penna_compiler::CompileError;

#[derive(Debug)]
pub enum CodegenError {
    Builder(BuilderError),
    Compile(CompileError),
}

impl From<BuilderError> for CodegenError {
    fn from(e: BuilderError) -> Self {
        CodegenError::Builder(e)
    }
}

impl From<CompileError> for CodegenError {
    fn from(e: CompileError) -> Self {
        CodegenError::Compile(e)
    }
}

impl From<CodegenError> for CompileError {
    fn from(e: CodegenError) -> Self {
        match e {
            CodegenError::Builder(b) => CompileError::internal(format!("LLVM builder error: {b}")),
            CodegenError::Compile(c) => c,
        }
    }
}

pub type CgResult<T> = Result<T, CodegenError>;

/// An internal error for a state lowering should never reach.
pub fn bug(msg: impl Into<String>) -> CodegenError {
    CodegenError::Compile(CompileError::internal(msg))
}
