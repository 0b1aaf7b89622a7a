//! OpenMP-style directive strings: the argument of `with omp("...")`.
//!
//! ```text
//! directive := "parallel" ["for"] clause* | "for" clause*
//!            | "critical" ["(" name ")"] | "barrier" | "single" | "master"
//! clause    := "reduction" "(" op ":" names ")" | "private" "(" names ")"
//!            | "firstprivate" "(" names ")" | "shared" "(" names ")"
//!            | "schedule" "(" ("static"|"dynamic"|"guided") ["," int] ")"
//!            | "num_threads" "(" int | name ")" | "default" "(" "shared" ")"
//! op        := "+" | "-" | "*" | "&" | "|" | "^" | "min" | "max"
//! ```
//!
//! Errors carry a byte range inside the string, which lowering maps into the
//! source so that the message points at the offending word.

use std::ops::Range;

use crate::abi::Schedule;
use crate::ir::ReduceOp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    Parallel,
    ParallelFor,
    /// A worksharing `for` inside a region (not supported yet).
    For,
    Critical,
    Barrier,
    Single,
    Master,
}

/// A variable named in a clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub range: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumThreadsArg {
    Const(u32),
    Name(Name),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    Reduction(ReduceOp, Vec<Name>),
    Private(Vec<Name>),
    Shared(Vec<Name>),
    Schedule(Schedule),
    NumThreads(NumThreadsArg),
    /// `default(shared)`: what penna does anyway.
    DefaultShared,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    pub clauses: Vec<(Clause, Range<usize>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectiveError {
    pub message: String,
    pub range: Range<usize>,
    pub hint: Option<&'static str>,
}

type Result<T> = std::result::Result<T, DirectiveError>;

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    Int(u64),
    Punct(char),
}

fn tokenize(text: &str) -> Result<Vec<(Tok, Range<usize>)>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push((Tok::Word(text[start..i].to_owned()), start..i));
        } else if c.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let v = text[start..i].parse().map_err(|_| DirectiveError {
                message: "this number is too large".into(),
                range: start..i,
                hint: None,
            })?;
            out.push((Tok::Int(v), start..i));
        } else if "(),:+-*&|^".contains(c) {
            i += 1;
            out.push((Tok::Punct(c), start..i));
        } else {
            let len = text[start..].chars().next().map_or(1, char::len_utf8);
            return Err(DirectiveError {
                message: format!(
                    "unexpected character `{}` in the directive",
                    &text[start..start + len]
                ),
                range: start..start + len,
                hint: None,
            });
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(Tok, Range<usize>)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn range(&self) -> Range<usize> {
        self.toks
            .get(self.pos)
            .map_or(self.end..self.end, |(_, r)| r.clone())
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T> {
        Err(DirectiveError {
            message: message.into(),
            range: self.range(),
            hint: None,
        })
    }

    fn next(&mut self) -> Option<(Tok, Range<usize>)> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn punct(&mut self, c: char, what: &str) -> Result<()> {
        match self.peek() {
            Some(Tok::Punct(p)) if *p == c => {
                self.pos += 1;
                Ok(())
            }
            _ => self.error(format!("expected `{c}` {what}")),
        }
    }

    fn word(&mut self, what: &str) -> Result<(String, Range<usize>)> {
        match self.next() {
            Some((Tok::Word(w), r)) => Ok((w, r)),
            _ => {
                self.pos -= 1;
                self.error(format!("expected {what}"))
            }
        }
    }

    /// `name, name, ...` up to (not including) `)`.
    fn names(&mut self) -> Result<Vec<Name>> {
        let mut names = Vec::new();
        loop {
            let (text, range) = self.word("a variable name")?;
            names.push(Name { text, range });
            if self.peek() == Some(&Tok::Punct(',')) {
                self.pos += 1;
            } else {
                return Ok(names);
            }
        }
    }

    fn clause(&mut self) -> Result<(Clause, Range<usize>)> {
        let (word, start) = self.word("a clause")?;
        let clause = match word.as_str() {
            "private" | "firstprivate" | "lastprivate" | "shared" | "reduction" | "schedule"
            | "num_threads" | "default" => {
                self.punct('(', &format!("after `{word}`"))?;
                let c = match word.as_str() {
                    "private" | "firstprivate" => Clause::Private(self.names()?),
                    "lastprivate" => {
                        return Err(DirectiveError {
                            message: "`lastprivate` is not supported".into(),
                            range: start,
                            hint: Some("assign the value you need after the loop to a shared variable inside it, or compute it after the loop"),
                        })
                    }
                    "shared" => Clause::Shared(self.names()?),
                    "reduction" => self.reduction()?,
                    "schedule" => Clause::Schedule(self.schedule()?),
                    "num_threads" => Clause::NumThreads(match self.next() {
                        Some((Tok::Int(n), r)) => u32::try_from(n)
                            .ok()
                            .filter(|&n| n > 0)
                            .map(NumThreadsArg::Const)
                            .ok_or(DirectiveError {
                                message: "num_threads needs a positive number".into(),
                                range: r,
                                hint: None,
                            })?,
                        Some((Tok::Word(w), r)) => NumThreadsArg::Name(Name { text: w, range: r }),
                        _ => {
                            self.pos -= 1;
                            return self.error("expected a number of threads or a variable");
                        }
                    }),
                    _ => {
                        let (kind, r) = self.word("`shared`")?;
                        if kind != "shared" {
                            return Err(DirectiveError {
                                message: format!("`default({kind})` is not supported"),
                                range: r,
                                hint: Some("penna supports default(shared), which is also the default"),
                            });
                        }
                        Clause::DefaultShared
                    }
                };
                self.punct(')', &format!("to close `{word}(`"))?;
                c
            }
            other => {
                return Err(DirectiveError {
                    message: format!("unknown clause `{other}`"),
                    range: start,
                    hint: Some("clauses: private, firstprivate, shared, reduction, schedule, num_threads, default(shared)"),
                })
            }
        };
        let end = self.toks[self.pos - 1].1.end;
        Ok((clause, start.start..end))
    }

    fn reduction(&mut self) -> Result<Clause> {
        let r = self.range();
        let op = match self.next() {
            Some((Tok::Punct('+'), _)) => ReduceOp::Add,
            Some((Tok::Punct('-'), _)) => ReduceOp::Sub,
            Some((Tok::Punct('*'), _)) => ReduceOp::Mul,
            Some((Tok::Punct('&'), _)) => ReduceOp::BitAnd,
            Some((Tok::Punct('|'), _)) => ReduceOp::BitOr,
            Some((Tok::Punct('^'), _)) => ReduceOp::BitXor,
            Some((Tok::Word(w), _)) if w == "min" => ReduceOp::Min,
            Some((Tok::Word(w), _)) if w == "max" => ReduceOp::Max,
            _ => {
                return Err(DirectiveError {
                    message: "expected a reduction operator".into(),
                    range: r,
                    hint: Some("operators: + - * & | ^ min max, as in reduction(+:s)"),
                })
            }
        };
        self.punct(':', "after the reduction operator")?;
        Ok(Clause::Reduction(op, self.names()?))
    }

    fn schedule(&mut self) -> Result<Schedule> {
        let (kind, r) = self.word("a schedule kind (static, dynamic or guided)")?;
        let chunk = if self.peek() == Some(&Tok::Punct(',')) {
            self.pos += 1;
            match self.next() {
                Some((Tok::Int(n), _)) if n > 0 => Some(n),
                _ => {
                    self.pos -= 1;
                    return self.error("expected a positive chunk size");
                }
            }
        } else {
            None
        };
        Ok(match kind.as_str() {
            "static" => chunk.map_or(Schedule::StaticBlocks, Schedule::Static),
            "dynamic" => Schedule::Dynamic(chunk.unwrap_or(1)),
            "guided" => Schedule::Guided(chunk.unwrap_or(1)),
            "auto" | "runtime" => Schedule::StaticBlocks,
            other => {
                return Err(DirectiveError {
                    message: format!("unknown schedule `{other}`"),
                    range: r,
                    hint: Some("schedules: static, dynamic, guided (with an optional chunk size)"),
                })
            }
        })
    }
}

/// Parses a directive string.
pub fn parse_directive(text: &str) -> Result<Directive> {
    let toks = tokenize(text)?;
    let mut p = Parser {
        toks,
        pos: 0,
        end: text.len(),
    };
    let (first, range) = p.word("a directive (parallel, parallel for, critical, barrier)")?;
    let kind = match first.as_str() {
        "parallel" => match p.peek() {
            Some(Tok::Word(w)) if w == "for" => {
                p.pos += 1;
                DirectiveKind::ParallelFor
            }
            _ => DirectiveKind::Parallel,
        },
        "for" => DirectiveKind::For,
        "critical" => {
            // A named critical section: penna has one lock for all of them.
            if p.peek() == Some(&Tok::Punct('(')) {
                p.pos += 1;
                p.word("the name of the critical section")?;
                p.punct(')', "after the critical section's name")?;
            }
            DirectiveKind::Critical
        }
        "barrier" => DirectiveKind::Barrier,
        "single" => DirectiveKind::Single,
        "master" | "masked" => DirectiveKind::Master,
        other => {
            return Err(DirectiveError {
                message: format!("unknown directive `{other}`"),
                range,
                hint: Some("directives: parallel, parallel for, critical, barrier, single, master"),
            })
        }
    };
    let mut clauses = Vec::new();
    while p.peek().is_some() {
        let (clause, r) = p.clause()?;
        let allowed = match (&clause, kind) {
            (_, DirectiveKind::ParallelFor | DirectiveKind::For) => true,
            (Clause::Schedule(_), _) => false,
            (_, DirectiveKind::Parallel) => true,
            _ => false,
        };
        if !allowed {
            let name = match kind {
                DirectiveKind::Parallel => "parallel",
                _ => first.as_str(),
            };
            return Err(DirectiveError {
                message: format!("this clause does not apply to `{name}`"),
                range: r,
                hint: None,
            });
        }
        clauses.push((clause, r));
    }
    Ok(Directive { kind, clauses })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_parallel_for_with_clauses() {
        let d = parse_directive(
            "parallel for reduction(+:s, t) schedule(dynamic, 64) private(x) num_threads(4)",
        )
        .unwrap();
        assert_eq!(d.kind, DirectiveKind::ParallelFor);
        let clauses: Vec<_> = d.clauses.into_iter().map(|(c, _)| c).collect();
        assert!(
            matches!(&clauses[0], Clause::Reduction(ReduceOp::Add, v) if v.len() == 2 && v[1].text == "t")
        );
        assert_eq!(clauses[1], Clause::Schedule(Schedule::Dynamic(64)));
        assert!(matches!(&clauses[2], Clause::Private(v) if v[0].text == "x"));
        assert_eq!(clauses[3], Clause::NumThreads(NumThreadsArg::Const(4)));
    }

    #[test]
    fn schedules_and_simple_directives() {
        let sched = |t: &str| match &parse_directive(t).unwrap().clauses[0].0 {
            Clause::Schedule(s) => *s,
            _ => panic!(),
        };
        assert_eq!(
            sched("parallel for schedule(static)"),
            Schedule::StaticBlocks
        );
        assert_eq!(
            sched("parallel for schedule(static, 8)"),
            Schedule::Static(8)
        );
        assert_eq!(sched("parallel for schedule(guided)"), Schedule::Guided(1));
        assert_eq!(
            parse_directive("critical").unwrap().kind,
            DirectiveKind::Critical
        );
        assert_eq!(
            parse_directive("critical(lock)").unwrap().kind,
            DirectiveKind::Critical
        );
        assert_eq!(
            parse_directive(" barrier ").unwrap().kind,
            DirectiveKind::Barrier
        );
        assert_eq!(
            parse_directive("parallel default(shared) private(a)")
                .unwrap()
                .clauses
                .len(),
            2
        );
    }

    #[test]
    fn errors_point_into_the_string() {
        let e = parse_directive("parallel for reduction(%:s)").unwrap_err();
        assert_eq!(e.range, 23..24);
        assert!(e.message.contains("character"), "{}", e.message);
        let e = parse_directive("parallel for schedule(sometimes)").unwrap_err();
        assert_eq!(e.message, "unknown schedule `sometimes`");
        assert_eq!(e.range, 22..31);
        let e = parse_directive("paralel for").unwrap_err();
        assert_eq!(e.range, 0..7);
        let e = parse_directive("parallel for private(x").unwrap_err();
        assert!(e.message.contains("close"), "{}", e.message);
        assert_eq!(e.range, 22..22);
        let e = parse_directive("critical schedule(static)").unwrap_err();
        assert!(e.message.contains("does not apply"), "{}", e.message);
        let e = parse_directive("parallel schedule(static)").unwrap_err();
        assert!(e.message.contains("does not apply"), "{}", e.message);
    }
}
