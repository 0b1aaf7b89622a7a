//! Finding and parsing a function's source.
//!
//! penna parses the whole file the function is defined in (ruff's parser is fast:
//! well under a millisecond for a typical module), so that spans are offsets into
//! the user's real file and line numbers need no adjustment. A file is parsed
//! once per [`SourceFile`] (one snapshot of its text): the functions a program
//! calls are usually in the same file, and each used to parse it again. The function is the
//! `def` named `name` whose first line (first decorator, or `def`) is `first_line`,
//! which is exactly what CPython's `co_firstlineno` holds.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use crate::error::{CompileError, ErrorKind, Result};
use crate::source::{SourceFile, Span};

/// A file's statements, or why it does not parse (the message and where).
pub(crate) type Parsed = std::result::Result<ast::Suite, (String, Span)>;

/// The statements of `file`, parsed on first use.
fn parsed(file: &SourceFile) -> &Parsed {
    file.parsed.get_or_init(|| {
        let _span = tracing::debug_span!("parse", file = %file.path).entered();
        ruff_python_parser::parse_module(&file.text)
            .map(|p| p.into_suite())
            .map_err(|e| {
                (
                    format!("cannot parse the source: {}", e.error),
                    Span::from(e.location),
                )
            })
    })
}

/// Returns a copy of the function definition of `file` that starts at
/// `first_line` and is named `name`.
pub fn find_function(
    file: &Arc<SourceFile>,
    first_line: u32,
    name: &str,
) -> Result<ast::StmtFunctionDef> {
    let suite = parsed(file).as_ref().map_err(|(message, at)| {
        CompileError::new(ErrorKind::Syntax, message.clone())
            .at(*at)
            .in_function(file, name)
    })?;
    if name == "<lambda>" {
        return find_lambda(suite, file, first_line);
    }
    let mut found = None;
    search(suite, file, first_line, name, &mut found);
    found.ok_or_else(|| {
        CompileError::new(
            ErrorKind::Unsupported,
            format!("cannot find the source of function `{name}` (line {first_line} of {})", file.path),
        )
        .with_hint("penna compiles functions defined with `def` in a file or notebook cell; lambdas and functions built with exec() have no source it can read")
    })
}

/// The lambda that starts on `line`, as the function `def <lambda>(...):
/// return body` (one lambda per line: two would be ambiguous).
fn find_lambda(body: &[Stmt], file: &Arc<SourceFile>, line: u32) -> Result<ast::StmtFunctionDef> {
    use ast::visitor::{walk_expr, Visitor};
    struct Lambdas<'f> {
        file: &'f SourceFile,
        line: u32,
        found: Vec<ast::ExprLambda>,
    }
    impl<'a> Visitor<'a> for Lambdas<'_> {
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            if let ast::Expr::Lambda(l) = expr {
                if self.file.location(l.range.start().into()).line == self.line {
                    self.found.push(l.clone());
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut lambdas = Lambdas {
        file,
        line,
        found: Vec::new(),
    };
    lambdas.visit_body(body);
    let error = |msg: String| {
        CompileError::new(ErrorKind::Unsupported, msg).with_hint("write the function with `def`")
    };
    match lambdas.found.len() {
        1 => {}
        0 => {
            return Err(error(format!(
                "cannot find the source of a lambda (line {line} of {})",
                file.path
            )))
        }
        n => {
            return Err(error(format!(
                "{n} lambdas start on line {line} of {}: penna cannot tell which one is compiled",
                file.path
            )))
        }
    }
    let lambda = lambdas.found.remove(0);
    let range = lambda.range;
    Ok(ast::StmtFunctionDef {
        node_index: Default::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new("<lambda>", range),
        type_params: None,
        parameters: lambda.parameters.unwrap_or_default(),
        returns: None,
        body: [Stmt::Return(ast::StmtReturn {
            node_index: Default::default(),
            range,
            value: Some(lambda.body),
        })]
        .into_iter()
        .collect(),
    })
}

fn search(
    body: &[Stmt],
    file: &SourceFile,
    line: u32,
    name: &str,
    found: &mut Option<ast::StmtFunctionDef>,
) {
    for stmt in body {
        if found.is_some() {
            return;
        }
        match stmt {
            Stmt::FunctionDef(def) => {
                let start = def
                    .decorator_list
                    .first()
                    .map_or(def.range.start(), |d| d.range().start());
                let def_line = file.location(def.range.start().into()).line;
                let first = file.location(start.into()).line;
                if def.name.id.as_str() == name && (first == line || def_line == line) {
                    *found = Some(def.clone());
                    return;
                }
                search(&def.body, file, line, name, found);
            }
            Stmt::ClassDef(c) => search(&c.body, file, line, name, found),
            Stmt::If(s) => {
                search(&s.body, file, line, name, found);
                for clause in &s.elif_else_clauses {
                    search(&clause.body, file, line, name, found);
                }
            }
            Stmt::With(s) => search(&s.body, file, line, name, found),
            Stmt::Try(s) => {
                search(&s.body, file, line, name, found);
                search(&s.orelse, file, line, name, found);
                search(&s.finalbody, file, line, name, found);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    search(&h.body, file, line, name, found);
                }
            }
            Stmt::For(s) => search(&s.body, file, line, name, found),
            Stmt::While(s) => search(&s.body, file, line, name, found),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_decorated_and_nested_functions() {
        let text = "import penna\n\n@penna.jit\ndef f(x):\n    return x\n\nclass C:\n    def g(self):\n        def h(y):\n            return y\n";
        let file = SourceFile::new("m.py", text);
        assert_eq!(find_function(&file, 3, "f").unwrap().name.id.as_str(), "f");
        assert_eq!(find_function(&file, 9, "h").unwrap().name.id.as_str(), "h");
        assert!(find_function(&file, 4, "g").is_err());
    }

    #[test]
    fn parses_a_file_once_and_reports_syntax_errors_each_time() {
        let file = SourceFile::new(
            "m.py",
            "def f(x):\n    return x\n\ndef g(y):\n    return f(y)\n",
        );
        assert!(file.parsed.get().is_none());
        assert_eq!(find_function(&file, 1, "f").unwrap().name.id.as_str(), "f");
        let tree: *const Parsed = file.parsed.get().unwrap();
        assert_eq!(find_function(&file, 4, "g").unwrap().name.id.as_str(), "g");
        assert!(std::ptr::eq(tree, file.parsed.get().unwrap()));
        let broken = SourceFile::new("b.py", "def f(x):\n    return (x\n");
        for _ in 0..2 {
            let e = find_function(&broken, 1, "f").unwrap_err();
            assert_eq!(e.kind, ErrorKind::Syntax);
            assert!(e.message.contains("cannot parse"), "{}", e.message);
        }
    }
}
