//! `with objmode(out="float64[:]", ...):` — Numba's object mode block: the
//! block's statements run in the interpreter, as a Python function the host
//! makes from their source text (with the function's globals). It receives
//! the function's locals the block reads (and does not assign) and returns
//! the declared outputs, converted to their declared types when the block
//! ends. An input is a local whose first use in the block (in evaluation
//! order) reads it; names the block assigns and does not declare stay in it.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr as AstExpr};
use ruff_text_size::Ranged;

use super::*;
use crate::env::ObjModeBlock;
use crate::types::Type;

/// The names a block uses, in the order Python evaluates them, each with
/// whether its first use reads it (then the block needs its value).
#[derive(Default)]
struct Names {
    first: Vec<(String, bool)>,
}

impl Names {
    fn note(&mut self, name: &str, read: bool) {
        if !self.first.iter().any(|(n, _)| n == name) {
            self.first.push((name.to_owned(), read));
        }
    }
}

impl<'a> Visitor<'a> for Names {
    fn visit_stmt(&mut self, s: &'a AstStmt) {
        // `x += v` reads `x` before it writes it.
        if let AstStmt::AugAssign(a) = s {
            if let AstExpr::Name(n) = &*a.target {
                self.visit_expr(&a.value);
                self.note(n.id.as_str(), true);
                return;
            }
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a AstExpr) {
        if let AstExpr::Name(n) = e {
            self.note(n.id.as_str(), n.ctx.is_load());
        }
        visitor::walk_expr(self, e);
    }
}

impl Lower<'_> {
    pub(super) fn objmode(
        &mut self,
        w: &ast::StmtWith,
        call: &ast::ExprCall,
        out: &mut Block,
    ) -> Result<()> {
        let span = Span::from(w.range);
        if !call.arguments.args.is_empty() {
            return Err(CompileError::typing(
                "objmode(...) takes the outputs' types as keywords: objmode(y=\"float64[:]\")",
                Span::from(call.range()),
            ));
        }
        let mut outputs = Vec::new();
        let mut output_names = Vec::new();
        for kw in call.arguments.keywords.iter() {
            let Some(name) = &kw.arg else {
                return Err(CompileError::unsupported("`**types` in objmode(...)", span));
            };
            let t = self.declared_type(&kw.value)?;
            let local = self.local(name.id.as_str(), Span::from(kw.range));
            outputs.push((local, t));
            output_names.push(name.id.to_string());
        }
        let mut names = Names::default();
        for s in &w.body {
            names.visit_stmt(s);
        }
        let mut inputs = Vec::new();
        let mut input_names = Vec::new();
        for (n, read_first) in &names.first {
            let local = self.assigned.contains(n.as_str()) || self.locals.contains_key(n.as_str());
            if local && *read_first {
                inputs.push(self.local(n, span));
                input_names.push(n.clone());
            }
        }
        let block = ObjModeBlock {
            source: self.block_source(&w.body),
            inputs: input_names,
            outputs: output_names,
            filename: self.f.source.path.clone(),
            first_line: self
                .f
                .source
                .location(
                    w.body
                        .first()
                        .map_or(w.range.start().into(), |s| s.range().start().into()),
                )
                .line,
        };
        let handle = self
            .env
            .objmode_block(&block)
            .map_err(|why| CompileError::unsupported(why, span))?;
        out.push(Statement {
            kind: Stmt::ObjMode {
                handle,
                inputs,
                outputs,
            },
            span,
        });
        Ok(())
    }

    /// An output's declared type: a type string (`"float64[:]"`) or a penna
    /// type object.
    fn declared_type(&mut self, e: &AstExpr) -> Result<Type> {
        let span = Span::from(e.range());
        match e {
            AstExpr::StringLiteral(s) => crate::signature::parse_type(s.value.to_str())
                .map_err(|err| err.at(span)),
            other => match self.resolve_global_expr(other)? {
                Some(Resolved::Type(t)) => Ok(t),
                Some(Resolved::Item(ModuleItem::Function(b), _)) if names::dtype_of(b).is_some() => {
                    Ok(Type::Scalar(names::dtype_of(b).expect("checked")))
                }
                _ => Err(CompileError::typing(
                    "an objmode output's type is a type string or a penna type (\"float64[:]\", types.int64)",
                    span,
                )),
            },
        }
    }

    /// The statements' source lines, dedented to the first one's indentation.
    fn block_source(&self, body: &[AstStmt]) -> String {
        let (Some(first), Some(last)) = (body.first(), body.last()) else {
            return "pass\n".into();
        };
        let text = &self.f.source.text;
        let start: usize = first.range().start().into();
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let end: usize = last.range().end().into();
        let indent = start - line_start;
        let mut out = String::new();
        for line in text[line_start..end].lines() {
            let cut = line
                .char_indices()
                .take_while(|(i, c)| *i < indent && c.is_whitespace())
                .count();
            out.push_str(&line[cut..]);
            out.push('\n');
        }
        out
    }
}
