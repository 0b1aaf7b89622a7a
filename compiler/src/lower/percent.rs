//! `"..." % values`: printf-style formatting of a literal template, made
//! the `str.format` call it means (`text::format_method`), so that the
//! f-string machinery (and its compile-time checks of specs) serves both.
//!
//! `%s %r %a %d %i %u %c %o %x %X %e %E %f %F %g %G %%` with the flags
//! `- + space # 0`, a width and a precision map to `{!s}`, `{!r}` and
//! `{:[<][+| ][#][0][width][.precision]type}`. The values are a tuple
//! display (`(a, b)`) or one expression. A template held in a variable,
//! `%(name)s` mappings and `*` widths are refused with a clear error.

use ruff_python_ast::Expr as AstExpr;

use super::Lower;
use crate::error::{CompileError, Result};
use crate::ir::ExprId;
use crate::source::Span;

impl Lower<'_> {
    /// `template % values`, when `template` is a string literal.
    pub(super) fn percent_format(
        &mut self,
        template: &str,
        values: &AstExpr,
        span: Span,
    ) -> Result<ExprId> {
        let converted = braces_template(template).map_err(|why| {
            CompileError::unsupported(format!("`%` format {template:?}: {why}"), span)
                .with_hint("use an f-string: f\"{x:.3f}\"")
        })?;
        let args: Vec<AstExpr> = match values {
            AstExpr::Tuple(t) => t.elts.clone(),
            one => vec![one.clone()],
        };
        if args.len() != converted.fields {
            return Err(CompileError::typing(
                format!(
                    "`%` format {template:?} has {} fields, but {} values are given",
                    converted.fields,
                    args.len()
                ),
                span,
            ));
        }
        self.format_method(&converted.text, &args, &[], span)
    }
}

/// A printf-style template as a `str.format` one.
struct Braces {
    text: String,
    fields: usize,
}

fn braces_template(template: &str) -> std::result::Result<Braces, String> {
    let mut text = String::new();
    let mut fields = 0;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => text.push_str("{{"),
            '}' => text.push_str("}}"),
            '%' => {
                if chars.peek() == Some(&'%') {
                    chars.next();
                    text.push('%');
                    continue;
                }
                let mut flags = String::new();
                while let Some(&f) = chars.peek() {
                    if !"-+ #0".contains(f) {
                        break;
                    }
                    flags.push(f);
                    chars.next();
                }
                let mut width = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    width.push(d);
                    chars.next();
                }
                let mut precision = None;
                if chars.peek() == Some(&'.') {
                    chars.next();
                    let mut p = String::new();
                    while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                        p.push(d);
                        chars.next();
                    }
                    precision = Some(if p.is_empty() { "0".into() } else { p });
                }
                // Length modifiers (`%ld`) mean nothing in Python.
                while chars.peek().is_some_and(|c| "hlL".contains(*c)) {
                    chars.next();
                }
                let kind = chars
                    .next()
                    .ok_or_else(|| "a `%` at the end has no conversion".to_string())?;
                if matches!(kind, '(' | '*') {
                    return Err(format!(
                        "`%{kind}` (mappings and `*` widths) is not supported"
                    ));
                }
                fields += 1;
                text.push_str(&field(kind, &flags, &width, precision.as_deref())?);
            }
            c => text.push(c),
        }
    }
    Ok(Braces { text, fields })
}

/// One `{...}` field for the conversion `kind` and its flags.
fn field(
    kind: char,
    flags: &str,
    width: &str,
    precision: Option<&str>,
) -> std::result::Result<String, String> {
    let align = if flags.contains('-') { "<" } else { "" };
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let alt = if flags.contains('#') { "#" } else { "" };
    // `-` wins over `0`, as in C and Python.
    let zero = if flags.contains('0') && align.is_empty() {
        "0"
    } else {
        ""
    };
    let precision = precision.map(|p| format!(".{p}")).unwrap_or_default();
    let (conversion, ty) = match kind {
        's' => ("!s", ""),
        'r' | 'a' => ("!r", ""),
        'd' | 'i' | 'u' => ("", "d"),
        'c' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => ("", ""),
        other => return Err(format!("`%{other}` is not a conversion")),
    };
    let ty = if ty.is_empty() && conversion.is_empty() {
        kind.to_string()
    } else {
        ty.to_string()
    };
    // `%5s` pads text on the right, as `{:>5}` (strings align left by default).
    let align = if conversion.is_empty() || !align.is_empty() || width.is_empty() {
        align
    } else {
        ">"
    };
    let spec = format!("{align}{sign}{alt}{zero}{width}{precision}{ty}");
    if conversion.is_empty() {
        Ok(format!("{{:{spec}}}"))
    } else if spec.is_empty() {
        Ok(format!("{{{conversion}}}"))
    } else {
        Ok(format!("{{{conversion}:{spec}}}"))
    }
}
