//! User-facing compile errors, rendered Python-style with a code frame.
//!
//! Every error a user can cause carries a [`Span`] into the [`SourceFile`] it came
//! from, a one-line message, and optionally labels (secondary spans with text), a
//! hint and notes. [`CompileError::render`] produces the text that the Python
//! exception shows:
//!
//! ```text
//! penna.TypingError: cannot add float64 and tuple(int64, int64)
//!   File "model.py", line 12, in step
//!     y = x + t
//!         ^^^^^
//!   x: float64
//!   t: tuple(int64, int64)
//! hint: ...
//! ```
//!
//! Internal errors (a penna bug, e.g. the LLVM verifier rejecting a module) are a
//! separate kind so they are never mistaken for the user's mistake.

use std::fmt::Write;
use std::sync::Arc;

use crate::source::{SourceFile, Span};

/// Which Python exception class an error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source does not parse.
    Syntax,
    /// Types do not fit an operation, a variable has incompatible types, ...
    Typing,
    /// Valid Python that penna does not compile (yet).
    Unsupported,
    /// The construct exists, but not on the chosen target.
    Target,
    /// A penna bug.
    Internal,
}

impl ErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Typing => "TypingError",
            ErrorKind::Unsupported => "UnsupportedError",
            ErrorKind::Target => "TargetError",
            ErrorKind::Internal => "InternalError",
        }
    }
}

/// A secondary location with a short explanation.
#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// A user-facing error. Boxed, so that `Result<T, CompileError>` stays one
/// pointer wide on the happy path; fields are reached through `Deref`.
#[derive(Clone, Debug)]
pub struct CompileError(Box<ErrorData>);

#[derive(Clone, Debug)]
pub struct ErrorData {
    pub kind: ErrorKind,
    pub message: String,
    /// Where the error is; `None` only for errors that have no source position
    /// (internal errors, bad signature strings).
    pub span: Option<Span>,
    pub source: Option<Arc<SourceFile>>,
    /// The function being compiled, for the `in f` of the frame line.
    pub function: Option<String>,
    pub labels: Vec<Label>,
    /// Facts shown under the frame, e.g. `x: float64`.
    pub notes: Vec<String>,
    pub hint: Option<String>,
}

impl std::ops::Deref for CompileError {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for CompileError {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

pub type Result<T, E = CompileError> = std::result::Result<T, E>;

impl CompileError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CompileError(Box::new(ErrorData {
            kind,
            message: message.into(),
            span: None,
            source: None,
            function: None,
            labels: Vec::new(),
            notes: Vec::new(),
            hint: None,
        }))
    }

    pub fn typing(message: impl Into<String>, span: Span) -> Self {
        Self::new(ErrorKind::Typing, message).at(span)
    }

    pub fn unsupported(message: impl Into<String>, span: Span) -> Self {
        Self::new(ErrorKind::Unsupported, message).at(span)
    }

    /// The target cannot do what was asked (no span: a whole-program matter).
    pub fn target(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Target, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message).with_hint(
            "this is a bug in penna, not in your code; please report it with the function",
        )
    }

    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// Attaches the file and function, unless an inner frame already did.
    pub fn in_function(mut self, source: &Arc<SourceFile>, function: &str) -> Self {
        if self.source.is_none() {
            self.source = Some(source.clone());
            self.function = Some(function.to_owned());
        }
        self
    }

    /// 1-based line and column of the primary span.
    pub fn location(&self) -> Option<(u32, u32)> {
        let (src, span) = (self.source.as_ref()?, self.span?);
        let loc = src.location(span.start);
        Some((loc.line, loc.col))
    }

    pub fn filename(&self) -> Option<&str> {
        self.source.as_deref().map(|s| s.path.as_str())
    }

    /// The full multi-line message with code frame, labels, notes and hint.
    pub fn render(&self) -> String {
        let mut out = self.message.clone();
        if let (Some(src), Some(span)) = (&self.source, self.span) {
            let loc = src.location(span.start);
            let _ = write!(out, "\n  File \"{}\", line {}", src.path, loc.line);
            if let Some(f) = &self.function {
                let _ = write!(out, ", in {f}");
            }
            frame(&mut out, src, span, None);
            for label in &self.labels {
                frame(&mut out, src, label.span, Some(&label.text));
            }
        }
        for note in &self.notes {
            let _ = write!(out, "\n  {note}");
        }
        if let Some(hint) = &self.hint {
            let _ = write!(out, "\nhint: {hint}");
        }
        out
    }
}

/// Appends the source line of `span` and a caret line under it.
fn frame(out: &mut String, src: &SourceFile, span: Span, label: Option<&str>) {
    let start = src.location(span.start);
    let end = src.location(span.end.max(span.start));
    let text = src.line_text(start.line);
    let indent = text.len() - text.trim_start().len();
    let shown = text.trim_start();
    let first = start.col as usize - 1 - indent.min(start.col as usize - 1);
    let width = if end.line == start.line {
        (end.col.saturating_sub(start.col) as usize).max(1)
    } else {
        shown.chars().count().saturating_sub(first).max(1)
    };
    if let Some(label) = label {
        let _ = write!(out, "\n  line {}:", start.line);
        let _ = write!(
            out,
            "\n    {shown}\n    {}{} {label}",
            " ".repeat(first),
            "-".repeat(width)
        );
    } else {
        let _ = write!(
            out,
            "\n    {shown}\n    {}{}",
            " ".repeat(first),
            "^".repeat(width)
        );
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for CompileError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_code_frame_with_caret() {
        let src = SourceFile::new("m.py", "def f(x):\n    return x + (1, 2)\n");
        let err = CompileError::typing(
            "cannot add int64 and tuple(int64, int64)",
            Span::new(21, 31),
        )
        .in_function(&src, "f")
        .with_hint("convert the tuple first");
        let text = err.render();
        assert!(text.contains("File \"m.py\", line 2, in f"), "{text}");
        assert!(
            text.contains("    return x + (1, 2)\n           ^^^^^^^^^^"),
            "{text}"
        );
        assert!(text.ends_with("hint: convert the tuple first"));
        assert_eq!(err.location(), Some((2, 12)));
    }
}
