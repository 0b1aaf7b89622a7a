//! Finding and parsing a function's source.
//!
//! The function is the `def` named `name` whose first line (first
//! decorator, or `def`) is `first_line`, which is exactly what CPython's
//! `co_firstlineno` holds. Spans are offsets into the user's real file, so
//! line numbers need no adjustment.
//!
//! A function defined at the top level of its file is parsed alone: its
//! lines, from `first_line` to the next line that starts at column 0, in a
//! copy of the file whose other bytes are blanks (the same length, so
//! offsets stay the file's). A first call in a fresh process then parses a
//! few hundred bytes, not the module (half a millisecond for a 5 KB file,
//! cold; more for a large library module). Whatever that cannot handle
//! (nested functions, lambdas, a column-0 line inside a string or brackets,
//! which leaves the copy unparsable) parses the whole file, once per
//! [`SourceFile`] (one snapshot of its text).

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
    if let Some(def) = parse_alone(file, first_line, name) {
        return Ok(def);
    }
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

/// The top-level function of `file` at `first_line`, parsed from its own
/// lines (see the module docs); `None` where that does not find it.
fn parse_alone(file: &SourceFile, first_line: u32, name: &str) -> Option<ast::StmtFunctionDef> {
    if name == "<lambda>" {
        return None;
    }
    let _span = tracing::debug_span!("parse_alone", name).entered();
    let text = file.text.as_bytes();
    let start = file.line_range(first_line)?.start;
    if !matches!(text.get(start), Some(b'@' | b'd' | b'a')) {
        return None; // indented (nested), or not a definition
    }
    // Past the decorators and the `def` line, to the next line that starts
    // at column 0 and is not blank or a comment.
    let mut line = first_line;
    let mut seen_def = false;
    let end = loop {
        let Some(range) = file.line_range(line) else {
            break text.len();
        };
        let l = &text[range.clone()];
        let starts_def = l.starts_with(b"def ") || l.starts_with(b"async def ");
        let top = l
            .first()
            .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'#');
        if top && line > first_line && (seen_def || !(starts_def || l.starts_with(b"@"))) {
            break range.start;
        }
        seen_def |= starts_def;
        line += 1;
    };
    // Blanks outside the function: ASCII, and the function's range starts
    // and ends at line starts, so the copy is UTF-8 whatever the file holds.
    let mut bytes: Vec<u8> = text
        .iter()
        .map(|&b| if b == b'\n' { b } else { b' ' })
        .collect();
    bytes[start..end].copy_from_slice(&text[start..end]);
    let alone = String::from_utf8(bytes).ok()?;
    let suite = ruff_python_parser::parse_module(&alone).ok()?.into_suite();
    let mut found = None;
    search(&suite, file, first_line, name, &mut found);
    found
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
    fn a_top_level_function_parses_alone_with_the_file_s_offsets() {
        let text = "import penna\nX = '''\nnot python: ( [\n'''\n\n@penna.jit\n@other\ndef f(x):\n    # \u{e9}t\u{e9}\n    s = \"\"\"\ncolumn 0 inside a string\n\"\"\"\n    return x\n\nasync def h():\n    pass\ndef k(a,\nb):\n    return a\n";
        let file = SourceFile::new("m.py", text);
        let f = find_function(&file, 6, "f").unwrap();
        // The string's column-0 line made the copy unparsable: the whole
        // file was parsed instead, and offsets are the file's either way.
        assert!(file.parsed.get().is_some());
        assert_eq!(file.location(f.name.range.start().into()).line, 8);
        assert_eq!(file.location(f.body[1].range().start().into()).line, 13);
        let file = SourceFile::new("m.py", text);
        assert_eq!(find_function(&file, 15, "h").unwrap().name.id.as_str(), "h");
        assert!(file.parsed.get().is_none(), "h parsed alone");
        assert_eq!(
            find_function(&file, 17, "k").unwrap().parameters.args.len(),
            2
        );
        let file = SourceFile::new(
            "m.py",
            "x = 1\n\n@jit\ndef f(x):\n    return x  # \u{e9}\n\ny = (\n",
        );
        let f = find_function(&file, 3, "f").unwrap();
        assert!(
            file.parsed.get().is_none(),
            "parsed alone, though the file does not parse"
        );
        assert_eq!(file.location(f.body[0].range().start().into()).line, 5);
    }

    #[test]
    fn parses_a_file_once_and_reports_syntax_errors_each_time() {
        let file = SourceFile::new(
            "m.py",
            "def f(x):\n    def inner(z):\n        return z\n    return x\n\ndef g(y):\n    def inner2(z):\n        return z\n    return f(y)\n",
        );
        assert!(file.parsed.get().is_none());
        assert_eq!(
            find_function(&file, 2, "inner").unwrap().name.id.as_str(),
            "inner"
        );
        let tree: *const Parsed = file.parsed.get().unwrap();
        assert_eq!(
            find_function(&file, 7, "inner2").unwrap().name.id.as_str(),
            "inner2"
        );
        assert!(std::ptr::eq(tree, file.parsed.get().unwrap()));
        let broken = SourceFile::new("b.py", "def f(x):\n    return (x\n");
        for _ in 0..2 {
            let e = find_function(&broken, 1, "f").unwrap_err();
            assert_eq!(e.kind, ErrorKind::Syntax);
            assert!(e.message.contains("cannot parse"), "{}", e.message);
        }
    }
}
