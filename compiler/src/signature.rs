//! Type and signature strings in Numba's notation.
//!
//! ```text
//! float64(float64[:], int64)      return type and arguments
//! (float64[:, ::1], int32)        arguments only (the return type is inferred)
//! void(float32[::1, :])           Fortran-order 2-D array, returns None
//! UniTuple(int64, 2)  Tuple(int64, float64)  Tuple((int64, float64))  tuple(int64, float64)
//! ```
//! `[:, ::1]` is C-contiguous, `[::1, :]` Fortran-contiguous, `[:, :]` any layout;
//! a 1-D `[::1]` is contiguous and `[:]` is any stride. Scalar names accept NumPy's
//! aliases (`f8`, `i4`, `double`, `intp`).

use crate::error::{CompileError, ErrorKind, Result};
use crate::types::{ArrayType, Layout, Scalar, Type};

/// A parsed signature: the return type if given, and the argument types.
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    pub ret: Option<Type>,
    pub args: Vec<Type>,
}

pub fn parse_signature(text: &str) -> Result<Signature> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        text,
    };
    p.ws();
    let ret = if p.peek() == Some(b'(') {
        None
    } else {
        Some(p.ty()?)
    };
    p.expect(b'(')?;
    let args = p.list(b')')?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.error("unexpected text after the signature"));
    }
    Ok(Signature { ret, args })
}

/// A comma-separated list of types (`"float64[:], int64"`).
pub fn parse_type_list(text: &str) -> Result<Vec<Type>> {
    parse_signature(&format!("({text})")).map(|s| s.args)
}

pub fn parse_type(text: &str) -> Result<Type> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        text,
    };
    let t = p.ty()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.error("unexpected text after the type"));
    }
    Ok(t)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    text: &'a str,
}

impl Parser<'_> {
    fn error(&self, msg: &str) -> CompileError {
        CompileError::new(
            ErrorKind::Typing,
            format!(
                "invalid signature {:?}: {msg} at column {}",
                self.text,
                self.i + 1
            ),
        )
        .with_hint("write signatures as in Numba, e.g. \"float64(float64[:], int64)\"")
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8) -> Result<()> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", c as char)))
        }
    }

    fn word(&mut self) -> String {
        self.ws();
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.i += 1;
        }
        self.text[start..self.i].to_owned()
    }

    fn list(&mut self, close: u8) -> Result<Vec<Type>> {
        let mut items = Vec::new();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(self.ty()?);
            if self.eat(close) {
                return Ok(items);
            }
            self.expect(b',')?;
            if self.eat(close) {
                return Ok(items);
            }
        }
    }

    fn ty(&mut self) -> Result<Type> {
        let mut name = self.word();
        let readonly = name == "readonly";
        if readonly {
            name = self.word();
        }
        let base = match name.as_str() {
            "" => return Err(self.error("expected a type")),
            "void" | "none" | "None" => return Ok(Type::None),
            "unicode_type" | "string" | "str" => return Ok(Type::Str),
            "UniTuple" => {
                self.expect(b'(')?;
                let item = self.ty()?;
                self.expect(b',')?;
                let n: usize = self
                    .word()
                    .parse()
                    .map_err(|_| self.error("expected a tuple length"))?;
                self.expect(b')')?;
                return Ok(Type::Tuple(vec![item; n]));
            }
            "Tuple" | "tuple" => {
                self.expect(b'(')?;
                self.ws();
                // Numba's `Tuple((int64, float64))` (one iterable of types)
                // and penna's `Tuple(int64, float64)`.
                if self.peek() == Some(b'(') {
                    self.expect(b'(')?;
                    let items = self.list(b')')?;
                    self.expect(b')')?;
                    return Ok(Type::Tuple(items));
                }
                return Ok(Type::Tuple(self.list(b')')?));
            }
            // Containers, in the notation `Type`'s Display writes (Numba's).
            "ListType" | "DictType" => {
                self.expect(b'[')?;
                let items = self.list(b']')?;
                return match (name.as_str(), items.as_slice()) {
                    ("ListType", [item]) => Ok(Type::List {
                        item: Box::new(item.clone()),
                        typed: true,
                    }),
                    ("DictType", [k, v]) => {
                        Ok(Type::Dict(Box::new(k.clone()), Box::new(v.clone())))
                    }
                    _ => Err(self.error("expected ListType[item] or DictType[key, value]")),
                };
            }
            "optional" | "Optional" | "OptionalType" => {
                self.expect(b'(')?;
                let inner = self.ty()?;
                self.expect(b')')?;
                return Ok(Type::Optional(Box::new(inner)));
            }
            "list" | "reflected" | "set" => {
                if name == "reflected" && self.word() != "list" {
                    return Err(self.error("expected `reflected list(...)`"));
                }
                self.expect(b'(')?;
                let item = self.ty()?;
                self.expect(b')')?;
                return Ok(if name == "set" {
                    Type::Set(Box::new(item))
                } else {
                    Type::list(item)
                });
            }
            other => Scalar::from_name(other)
                .ok_or_else(|| self.error(&format!("unknown type `{other}`")))?,
        };
        if !self.eat(b'[') {
            return Ok(Type::Scalar(base));
        }
        let mut contiguous = Vec::new();
        loop {
            self.expect(b':')?;
            let unit = if self.eat(b':') {
                if self.word() != "1" {
                    return Err(self.error("expected `::1`"));
                }
                true
            } else {
                false
            };
            contiguous.push(unit);
            if self.eat(b']') {
                break;
            }
            self.expect(b',')?;
        }
        let n = contiguous.len();
        let layout = match contiguous.iter().position(|&c| c) {
            None => Layout::Any,
            Some(i) if i == n - 1 => Layout::C,
            Some(0) => Layout::F,
            Some(_) => return Err(self.error("`::1` must be on the first or the last dimension")),
        };
        if contiguous.iter().filter(|&&c| c).count() > 1 {
            return Err(self.error("only one dimension can be `::1`"));
        }
        Ok(Type::Array(ArrayType {
            dtype: base,
            ndim: n as u8,
            layout,
            readonly,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numba_signatures() {
        let s = parse_signature("float64(float64[:], i8)").unwrap();
        assert_eq!(s.ret, Some(Type::F64));
        assert_eq!(
            s.args,
            vec![
                Type::Array(ArrayType {
                    dtype: Scalar::F64,
                    ndim: 1,
                    layout: Layout::Any,
                    readonly: false
                }),
                Type::I64
            ]
        );
        let s = parse_signature("(f4[:, ::1], UniTuple(int64, 2))").unwrap();
        assert_eq!(s.ret, None);
        assert_eq!(
            s.args[0],
            Type::Array(ArrayType {
                dtype: Scalar::F32,
                ndim: 2,
                layout: Layout::C,
                readonly: false
            })
        );
        assert_eq!(s.args[1], Type::Tuple(vec![Type::I64, Type::I64]));
        let numba = parse_signature("Tuple((float64, int64))(float64[:])").unwrap();
        assert_eq!(numba.ret, Some(Type::Tuple(vec![Type::F64, Type::I64])));
        assert!(parse_signature("float64(float65)").is_err());
        assert_eq!(
            parse_type("float32[::1, :]").unwrap().to_string(),
            "float32[::1, :]"
        );
    }

    #[test]
    fn container_types_round_trip() {
        for text in [
            "ListType[float64]",
            "ListType[ListType[int64]]",
            "DictType[int64,float64[::1]]",
            "DictType[tuple(int64, int64),ListType[float32]]",
            "list(tuple(int64, float64))",
            "set(int32)",
            "optional(float64)",
            "optional(tuple(int64, float64[:]))",
        ] {
            assert_eq!(parse_type(text).unwrap().to_string(), text);
        }
        assert_eq!(
            parse_type("reflected list(int64)").unwrap(),
            Type::list(Type::I64)
        );
        assert!(parse_type("DictType[int64]").is_err());
        assert!(parse_type("reflected set(int64)").is_err());
    }
}
