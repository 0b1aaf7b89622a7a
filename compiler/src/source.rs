//! Source text and spans.
//!
//! A [`SourceFile`] is the text penna parsed for one function: usually the whole
//! file the function lives in, so that byte offsets, line numbers and columns are
//! exactly the user's. A [`Span`] is a byte range into that text; every IR node
//! carries one, and every user-facing error points at one.

use std::sync::Arc;

/// A byte range `start..end` into a [`SourceFile`]'s text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<ruff_text_size::TextRange> for Span {
    fn from(r: ruff_text_size::TextRange) -> Self {
        Span::new(r.start().into(), r.end().into())
    }
}

/// One source file (or notebook cell) as the user wrote it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path shown in error messages (`co_filename` for Python functions).
    pub path: String,
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
    /// The text's syntax tree, parsed on first use and shared by every
    /// function found in it (see `crate::parse`).
    pub(crate) parsed: std::sync::OnceLock<crate::parse::Parsed>,
}

/// A 1-based line and column, as Python tracebacks print them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub col: u32,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        Arc::new(SourceFile {
            path: path.into(),
            text,
            line_starts,
            parsed: std::sync::OnceLock::new(),
        })
    }

    /// Line and column (both 1-based, column in characters) of a byte offset.
    pub fn location(&self, offset: u32) -> Location {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self.text.get(start..end).map_or(0, |s| s.chars().count());
        Location {
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }

    /// The byte range of a 1-based line, its newline included.
    pub fn line_range(&self, line: u32) -> Option<std::ops::Range<usize>> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(i)? as usize;
        if start >= self.text.len() {
            return None;
        }
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.text.len(), |&e| e as usize);
        Some(start..end)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = line.saturating_sub(1) as usize;
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_one_based() {
        let f = SourceFile::new("x.py", "a = 1\nbb = 2\n");
        assert_eq!(f.location(0), Location { line: 1, col: 1 });
        assert_eq!(f.location(6), Location { line: 2, col: 1 });
        assert_eq!(f.location(9), Location { line: 2, col: 4 });
        assert_eq!(f.line_text(2), "bb = 2");
    }
}
