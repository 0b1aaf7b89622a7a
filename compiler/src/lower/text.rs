//! Statements that carry text: `print(...)` (values and literal strings)
//! and `raise Exc("message")` / `assert c, "message"`.

use ruff_python_ast::Expr as AstExpr;
use ruff_text_size::Ranged;

use super::*;

impl Lower<'_> {
    /// `print(a, "text", b, sep=..., end=...)` as a statement, if `e` is one.
    pub(super) fn print_statement(&mut self, e: &AstExpr) -> Result<Option<Stmt>> {
        let AstExpr::Call(call) = e else {
            return Ok(None);
        };
        match self.resolve_global_expr(&call.func)? {
            Some(Resolved::Item(ModuleItem::Function(Builtin::Print), _)) => {}
            _ => return Ok(None),
        }
        let mut items = Vec::new();
        for arg in call.arguments.args.iter() {
            items.push(match arg {
                AstExpr::StringLiteral(s) => PrintItem::Text(s.value.to_str().to_owned()),
                other => PrintItem::Value(self.expr(other)?),
            });
        }
        let (mut sep, mut end) = (" ".to_owned(), "\n".to_owned());
        for kw in call.arguments.keywords.iter() {
            let name = kw.arg.as_ref().map(|a| a.id.as_str());
            let slot = match name {
                Some("sep") => &mut sep,
                Some("end") => &mut end,
                _ => {
                    return Err(CompileError::unsupported(
                        "print() in compiled code takes only `sep=` and `end=`",
                        Span::from(kw.range),
                    ))
                }
            };
            *slot = match &kw.value {
                AstExpr::StringLiteral(s) => s.value.to_str().to_owned(),
                other => {
                    return Err(CompileError::unsupported(
                        "`sep=` and `end=` must be string literals",
                        Span::from(other.range()),
                    ))
                }
            };
        }
        Ok(Some(Stmt::Print { items, sep, end }))
    }

    pub(super) fn exception(&mut self, exc: &AstExpr) -> Result<(ExceptionClass, String)> {
        let span = Span::from(exc.range());
        let (class, message) = match exc {
            AstExpr::Call(call) => {
                no_keywords(call, "an exception")?;
                let message = match &*call.arguments.args {
                    [] => String::new(),
                    [m] => self.constant_string(m)?,
                    _ => {
                        return Err(CompileError::unsupported(
                            "exceptions with more than one argument are not supported",
                            span,
                        ))
                    }
                };
                (&*call.func, message)
            }
            other => (other, String::new()),
        };
        match self.resolve_global_expr(class)? {
            Some(Resolved::Exception(class)) => Ok((class, message)),
            _ => Err(CompileError::unsupported(
                format!("`{}` is not an exception class", attr_path(class)),
                Span::from(class.range()),
            )
            .with_hint(
                "raise a builtin exception (ValueError, IndexError, ...) or a subclass of Exception defined at module level",
            )),
        }
    }

    pub(super) fn constant_string(&mut self, e: &AstExpr) -> Result<String> {
        match e {
            AstExpr::StringLiteral(s) => Ok(s.value.to_str().to_owned()),
            other => Err(CompileError::unsupported(
                "exception messages must be string literals",
                Span::from(other.range()),
            )
            .with_hint("formatted messages (f-strings) are not supported in compiled code yet")),
        }
    }
}
