//! Text: string literals and f-strings as string values, `print(...)`
//! (values and literal strings), and `raise Exc("message")` /
//! `assert c, "message"` (a constant message, or one computed into a string).

use ruff_python_ast::Expr as AstExpr;
use ruff_text_size::Ranged;

use super::*;
use crate::strings::{FormatSpec, StrFn};

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

    /// `raise exc` (or `assert c, message`) as a statement.
    pub(super) fn raise_statement(&mut self, exc: &AstExpr) -> Result<Stmt> {
        Ok(match self.exception(exc)? {
            (class, Message::Constant(message)) => Stmt::Raise { class, message },
            (class, Message::Value(message)) => Stmt::RaiseValue { class, message },
        })
    }

    /// The message of `assert c, message`.
    pub(super) fn assert_message(&mut self, e: Option<&AstExpr>) -> Result<Message> {
        match e {
            None => Ok(Message::Constant(String::new())),
            Some(AstExpr::StringLiteral(s)) => Ok(Message::Constant(s.value.to_str().to_owned())),
            Some(other) => self.args_message(
                std::slice::from_ref(other),
                false,
                Span::from(other.range()),
            ),
        }
    }

    /// A message computed from the exception's arguments: the text Python's
    /// `str(exc)` gives (`str(a)` of one argument, `repr(a)` for KeyError,
    /// the tuple's repr of several), then [`abi::EXCEPTION_ARGS_SEPARATOR`]
    /// and the arguments as a tuple literal, from which the host rebuilds
    /// `exc.args` (numbers, strings and bools come back as themselves).
    fn args_message(&mut self, args: &[AstExpr], key_error: bool, span: Span) -> Result<Message> {
        let mut temps = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            temps.push(self.hoist_to_temp(v, span));
        }
        let text = |this: &mut Self, t: &str| this.add(Expr::Str(t.into()), span);
        let apply = |this: &mut Self, f: StrFn, args: Vec<ExprId>| {
            this.add(
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Str(f)),
                    args,
                    keywords: vec![],
                },
                span,
            )
        };
        let join = |this: &mut Self, parts: Vec<ExprId>| {
            parts
                .into_iter()
                .reduce(|a, b| apply(this, StrFn::Concat, vec![a, b]))
                .expect("parts")
        };
        let reprs = |this: &mut Self, trailing: bool| {
            let mut parts = vec![text(this, "(")];
            for (k, &t) in temps.iter().enumerate() {
                if k > 0 {
                    parts.push(text(this, ", "));
                }
                let v = this.load(t, span);
                parts.push(apply(this, StrFn::Repr, vec![v]));
            }
            parts.push(text(this, if trailing { ",)" } else { ")" }));
            join(this, parts)
        };
        let plain = if let [t] = temps[..] {
            let v = self.load(t, span);
            apply(
                self,
                if key_error { StrFn::Repr } else { StrFn::Same },
                vec![v],
            )
        } else {
            reprs(self, false)
        };
        let separator = text(self, &crate::abi::EXCEPTION_ARGS_SEPARATOR.to_string());
        let literal = reprs(self, true);
        Ok(Message::Value(join(self, vec![plain, separator, literal])))
    }

    fn exception(&mut self, exc: &AstExpr) -> Result<(ExceptionClass, Message)> {
        let span = Span::from(exc.range());
        let (class_expr, args) = match exc {
            AstExpr::Call(call) => {
                no_keywords(call, "an exception")?;
                (&*call.func, &call.arguments.args[..])
            }
            other => (other, &[][..]),
        };
        let class = match self.resolve_global_expr(class_expr)? {
            Some(Resolved::Exception(class)) => class,
            _ => {
                return Err(CompileError::unsupported(
                    format!("`{}` is not an exception class", attr_path(class_expr)),
                    Span::from(class_expr.range()),
                )
                .with_hint(
                    "raise a builtin exception (ValueError, IndexError, ...) or a subclass of Exception defined at module level",
                ))
            }
        };
        let message = match args {
            [] => Message::Constant(String::new()),
            [AstExpr::StringLiteral(s)] => Message::Constant(s.value.to_str().to_owned()),
            args => {
                let key_error = class == ExceptionClass::Builtin(ExceptionKind::KeyError);
                self.args_message(args, key_error, span)?
            }
        };
        Ok((class, message))
    }

    /// An f-string: its literal parts and formatted values joined.
    pub(super) fn fstring(&mut self, f: &ast::ExprFString) -> Result<ExprId> {
        let span = Span::from(f.range());
        let mut pieces = Vec::new();
        let mut text = String::new();
        for part in f.value.as_slice() {
            let elements = match part {
                ast::FStringPart::Literal(s) => {
                    text.push_str(&s.value);
                    continue;
                }
                ast::FStringPart::FString(f) => &f.elements,
            };
            for element in elements {
                match element {
                    ast::InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                    ast::InterpolatedStringElement::Interpolation(x) => {
                        let mut conversion = x.conversion;
                        if let Some(debug) = &x.debug_text {
                            // `{x=}`: the source text, then the value's repr
                            // (its str with a format spec).
                            text.push_str(debug.leading());
                            text.push_str(self.f.source.slice(Span::from(x.expression.range())));
                            text.push_str(debug.trailing());
                            if conversion == ast::ConversionFlag::None && x.format_spec.is_none() {
                                conversion = ast::ConversionFlag::Repr;
                            }
                        }
                        if !text.is_empty() {
                            pieces
                                .push(self.add(Expr::Str(std::mem::take(&mut text).into()), span));
                        }
                        let piece = self.formatted(x, conversion)?;
                        pieces.push(piece);
                    }
                }
            }
        }
        Ok(self.join_pieces(pieces, text, span))
    }

    /// One `{value!conversion:spec}` of an f-string.
    fn formatted(
        &mut self,
        x: &ast::InterpolatedElement,
        conversion: ast::ConversionFlag,
    ) -> Result<ExprId> {
        let span = Span::from(x.range());
        let value = self.expr(&x.expression)?;
        let mut spec = String::new();
        for element in x.format_spec.iter().flat_map(|s| s.elements.iter()) {
            match element {
                ast::InterpolatedStringElement::Literal(l) => spec.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(inner) => {
                    return Err(CompileError::unsupported(
                        "a format spec computed at run time (`{x:{width}}`) is not supported",
                        Span::from(inner.range()),
                    )
                    .with_hint("write the spec as a constant, e.g. `{x:>10.3f}`"))
                }
            }
        }
        let conversion = match conversion {
            ast::ConversionFlag::None => None,
            ast::ConversionFlag::Str => Some('s'),
            ast::ConversionFlag::Repr => Some('r'),
            ast::ConversionFlag::Ascii => Some('a'),
        };
        self.format_value(value, conversion, &spec, span)
    }

    /// `format(value!conversion, spec)` as a string expression.
    fn format_value(
        &mut self,
        mut value: ExprId,
        conversion: Option<char>,
        spec: &str,
        span: Span,
    ) -> Result<ExprId> {
        let call = |f: StrFn, args: Vec<ExprId>| Expr::Call {
            callee: Callee::Builtin(Builtin::Str(f)),
            args,
            keywords: vec![],
        };
        match conversion {
            None => {}
            Some('s') => value = self.add(call(StrFn::Same, vec![value]), span),
            Some('r') => value = self.add(call(StrFn::Repr, vec![value]), span),
            Some(c) => {
                return Err(CompileError::unsupported(
                    format!("the `!{c}` conversion is not supported in compiled code"),
                    span,
                )
                .with_hint("use `!r`, `!s` or no conversion"))
            }
        }
        if spec.is_empty() {
            return Ok(self.add(call(StrFn::Same, vec![value]), span));
        }
        if let Err(why) = FormatSpec::parse(spec) {
            return Err(CompileError::unsupported(why, span)
                .with_hint("Python's format mini-language: [[fill]align][sign][#][0][width][,][.precision][type]"));
        }
        let spec = self.add(Expr::Str(spec.into()), span);
        Ok(self.add(call(StrFn::FormatStr, vec![value, spec]), span))
    }

    /// `"template".format(args...)` with a literal template: its fields
    /// (`{}`, `{0}`, `{name}`, each with `!r` / `!s` and `:spec`) become
    /// the pieces of an f-string.
    pub(super) fn format_method(
        &mut self,
        template: &str,
        args: &[AstExpr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> Result<ExprId> {
        let bad = |why: &str| {
            CompileError::unsupported(format!("format string {template:?}: {why}"), span)
                .with_hint("fields are {}, {0} or {name}, with !r / !s and a :spec")
        };
        // Each argument is evaluated once, in order, into a temporary that
        // every field naming it reads.
        let mut values = Vec::new();
        for a in args {
            let value = self.expr(a)?;
            values.push(self.hoist_to_temp(value, span));
        }
        let mut named = Vec::new();
        for kw in keywords {
            let name = kw
                .arg
                .as_ref()
                .ok_or_else(|| bad("`**kwargs` is not supported"))?;
            let value = self.expr(&kw.value)?;
            named.push((name.id.to_string(), self.hoist_to_temp(value, span)));
        }
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut next_auto = 0;
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '}' => return Err(bad("a single `}`")),
                '{' => {
                    let mut field = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some('{') => return Err(bad("nested fields are not supported")),
                            Some(c) => field.push(c),
                            None => return Err(bad("a `{` without its `}`")),
                        }
                    }
                    let (head, spec) = field.split_once(':').unwrap_or((&field, ""));
                    let (name, conversion) = match head.split_once('!') {
                        Some((n, c)) if c.chars().count() == 1 => (n, c.chars().next()),
                        Some(_) => return Err(bad("a conversion is one letter")),
                        None => (head, None),
                    };
                    let value = if name.is_empty() {
                        next_auto += 1;
                        next_auto - 1
                    } else if let Ok(k) = name.parse::<usize>() {
                        k
                    } else if let Some(&(_, t)) = named.iter().find(|(n, _)| n == name) {
                        if !text.is_empty() {
                            pieces
                                .push(self.add(Expr::Str(std::mem::take(&mut text).into()), span));
                        }
                        let v = self.load(t, span);
                        pieces.push(self.format_value(v, conversion, spec, span)?);
                        continue;
                    } else {
                        return Err(bad(&format!("no argument named `{name}`")));
                    };
                    let t = *values
                        .get(value)
                        .ok_or_else(|| bad(&format!("field {value} has no argument")))?;
                    if !text.is_empty() {
                        pieces.push(self.add(Expr::Str(std::mem::take(&mut text).into()), span));
                    }
                    let v = self.load(t, span);
                    pieces.push(self.format_value(v, conversion, spec, span)?);
                }
                c => text.push(c),
            }
        }
        Ok(self.join_pieces(pieces, text, span))
    }

    /// The pieces of a formatted string, then the literal `rest`, joined.
    fn join_pieces(&mut self, mut pieces: Vec<ExprId>, rest: String, span: Span) -> ExprId {
        if !rest.is_empty() || pieces.is_empty() {
            pieces.push(self.add(Expr::Str(rest.into()), span));
        }
        let mut acc = pieces[0];
        for &piece in &pieces[1..] {
            acc = self.add(
                Expr::Call {
                    callee: Callee::Builtin(Builtin::Str(StrFn::Concat)),
                    args: vec![acc, piece],
                    keywords: vec![],
                },
                span,
            );
        }
        acc
    }

    /// `value` assigned to a new temporary before the statement.
    pub(super) fn hoist_to_temp(&mut self, value: ExprId, span: Span) -> LocalId {
        let t = self.temp(span);
        self.pending.push(assign(t, value, span));
        t
    }
}

/// An exception's message.
pub(super) enum Message {
    /// Written in the source (or none: empty).
    Constant(String),
    /// Computed: a string expression.
    Value(ExprId),
}
