//! A Python module read statically, for tests and golden files without Python.
//!
//! [`ModuleEnv`] understands what golden inputs need: `import math`,
//! `import numpy as np`, `from math import sqrt`, module-level numeric constants
//! (`N = 10`, `SCALE = -2.5`), and the module's functions, each callable as a
//! jitted function. Everything else at module level is ignored.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use ruff_python_ast::{self as ast, Expr, Number, Stmt};
use ruff_text_size::Ranged;

use crate::env::{Const, Env, FunctionSource, Global, JitFunction, ModuleId};
use crate::error::{CompileError, ErrorKind, Result};
use crate::source::SourceFile;

pub struct ModuleEnv {
    file: Arc<SourceFile>,
    names: HashMap<String, Global>,
}

struct ModuleFunction {
    module: OnceLock<Arc<ModuleEnv>>,
    name: String,
    first_line: u32,
    defaults: Vec<Option<Const>>,
    key: usize,
}

impl JitFunction for ModuleFunction {
    fn key(&self) -> usize {
        self.key
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn source(&self) -> Result<FunctionSource> {
        Ok(FunctionSource {
            file: self.module.get().expect("module set").file.clone(),
            first_line: self.first_line,
            name: self.name.clone(),
        })
    }
    fn env(&self) -> &dyn Env {
        self.module.get().expect("module set").as_ref()
    }
    fn defaults(&self) -> Vec<Option<Const>> {
        self.defaults.clone()
    }
}

impl Env for ModuleEnv {
    fn lookup(&self, name: &str) -> Option<Global> {
        if let Some(g) = self.names.get(name) {
            return Some(g.clone());
        }
        crate::builtins::lookup(ModuleId::Builtins, name)
            .map(|_| Global::Attr(ModuleId::Builtins, name.to_owned()))
    }
}

fn literal(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => i.as_i64().map(Const::Int),
            Number::Float(f) => Some(Const::Float(*f)),
            Number::Complex { real, imag } => Some(Const::Complex(*real, *imag)),
        },
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match literal(&u.operand)? {
            Const::Int(i) => Some(Const::Int(-i)),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

fn module_id(name: &str) -> Option<ModuleId> {
    match name {
        "math" => Some(ModuleId::Math),
        "numpy" => Some(ModuleId::Numpy),
        "penna" => Some(ModuleId::Penna),
        "penna.omp" => Some(ModuleId::Omp),
        "builtins" => Some(ModuleId::Builtins),
        _ => None,
    }
}

impl ModuleEnv {
    /// Reads the module-level names of `text`.
    pub fn new(path: &str, text: &str) -> Result<Arc<ModuleEnv>> {
        let file = SourceFile::new(path, text);
        let parsed = ruff_python_parser::parse_module(text)
            .map_err(|e| CompileError::new(ErrorKind::Syntax, e.error.to_string()))?;
        let mut names = HashMap::new();
        let mut functions = Vec::new();
        for stmt in parsed.suite() {
            match stmt {
                Stmt::Import(i) => {
                    for alias in &i.names {
                        if let Some(m) = module_id(alias.name.id.as_str()) {
                            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                            names.insert(bound.id.to_string(), Global::Module(m));
                        }
                    }
                }
                Stmt::ImportFrom(i) => {
                    let Some(m) = i.module.as_ref().and_then(|m| module_id(m.id.as_str())) else {
                        continue;
                    };
                    for alias in &i.names {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        names.insert(
                            bound.id.to_string(),
                            Global::Attr(m, alias.name.id.to_string()),
                        );
                    }
                }
                Stmt::Assign(a) => {
                    if let ([Expr::Name(n)], Some(c)) = (a.targets.as_slice(), literal(&a.value)) {
                        names.insert(n.id.to_string(), Global::Const(c));
                    }
                }
                Stmt::FunctionDef(def) => {
                    let start = def
                        .decorator_list
                        .first()
                        .map_or(def.range.start(), |d| d.range().start());
                    let defaults = def
                        .parameters
                        .args
                        .iter()
                        .filter_map(|p| p.default.as_deref().map(literal))
                        .collect();
                    let f = Arc::new(ModuleFunction {
                        module: OnceLock::new(),
                        name: def.name.id.to_string(),
                        first_line: file.location(start.into()).line,
                        defaults,
                        key: functions.len() + 1,
                    });
                    names.insert(
                        def.name.id.to_string(),
                        Global::Function(f.clone() as Arc<dyn JitFunction>),
                    );
                    functions.push(f);
                }
                _ => {}
            }
        }
        let env = Arc::new(ModuleEnv { file, names });
        for f in functions {
            let _ = f.module.set(env.clone());
        }
        Ok(env)
    }

    /// The module's function `name` as a jitted function.
    pub fn function(&self, name: &str) -> Option<Arc<dyn JitFunction>> {
        match self.names.get(name)? {
            Global::Function(f) => Some(f.clone()),
            _ => None,
        }
    }
}
