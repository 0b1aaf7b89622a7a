//! Strings: the runtime half of `penna_compiler::strings`.
//!
//! A string is a [`MemInfo`] allocation of [`crate::nrt`] whose data holds
//! the number of code points (`i64`) and then the UTF-8 text; the header's
//! `size` is 8 plus the byte length. Invariants:
//! - the text is valid UTF-8 and the count is its number of code points;
//! - strings are immutable: every operation makes a new one (or returns its
//!   argument with a new reference), so they are shared freely across threads;
//! - every function returning a string returns a reference the caller owns.
//!
//! Operations work on code points, as Python's do; a string whose count
//! equals its byte length is ASCII, and indexing it needs no scan.

mod format;
mod methods;

use std::alloc::{alloc, dealloc, Layout};
use std::sync::atomic::{AtomicI64, Ordering};

use penna_compiler::abi::containers::FIELD_STR;
use penna_compiler::abi::{ExceptionKind, ExceptionRecord, MemInfo, STATUS_EXCEPTION, STATUS_OK};

use crate::containers::list::{new_list, List};
use crate::nrt;

/// The item descriptor of `list(unicode_type)` (`abi::containers::item_desc`).
pub(crate) static STR_DESC: [u32; 7] = [8, 8, 1, 1, FIELD_STR, 0, 0];

/// Bytes before a string's text in its block: the header and the count.
const PREFIX: usize = std::mem::size_of::<MemInfo>() + 8;

fn block_layout(nbytes: usize) -> Option<Layout> {
    Layout::from_size_align(PREFIX.checked_add(nbytes)?, 8).ok()
}

/// Frees a string block (its header's `dtor`).
unsafe extern "C" fn drop_str(mi: *mut MemInfo) {
    // SAFETY: a block made by `alloc_str`, whose size says its length.
    unsafe {
        let nbytes = (*mi).size as usize - 8;
        dealloc(
            mi as *mut u8,
            block_layout(nbytes).expect("allocated with it"),
        );
    }
    nrt::count_free();
}

/// A new string of `nbytes` bytes and `chars` code points, the text left
/// for the caller to write at the returned pointer; null when memory is
/// exhausted. One block: the header, the count, the text.
fn alloc_str(nbytes: usize, chars: usize) -> (*mut MemInfo, *mut u8) {
    let Some(layout) = block_layout(nbytes) else {
        return (std::ptr::null_mut(), std::ptr::null_mut());
    };
    // SAFETY: a non-zero size (the prefix).
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        return (std::ptr::null_mut(), std::ptr::null_mut());
    }
    let mi = block as *mut MemInfo;
    // SAFETY: the block holds the header, the count and `nbytes`.
    unsafe {
        let data = block.add(std::mem::size_of::<MemInfo>());
        mi.write(MemInfo {
            refcount: AtomicI64::new(1),
            data,
            size: 8 + nbytes as u64,
            dtor: Some(drop_str),
        });
        *(data as *mut i64) = chars as i64;
        nrt::count_alloc();
        (mi, data.add(8))
    }
}

/// A new string holding `text`; null when memory is exhausted.
pub fn new_str(text: &str) -> *mut MemInfo {
    let chars = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    };
    new_str_counted(text, chars)
}

fn new_str_counted(text: &str, chars: usize) -> *mut MemInfo {
    new_str_parts(&[text], chars)
}

/// A new string of `parts` one after another (`chars` code points in all).
fn new_str_parts(parts: &[&str], chars: usize) -> *mut MemInfo {
    let n = parts.iter().map(|p| p.len()).sum();
    let (mi, mut at) = alloc_str(n, chars);
    if !mi.is_null() {
        for p in parts {
            // SAFETY: the block has room for all parts.
            unsafe {
                std::ptr::copy_nonoverlapping(p.as_ptr(), at, p.len());
                at = at.add(p.len());
            }
        }
    }
    mi
}

/// The one-character ASCII strings, made once and never freed (`s[i]` and
/// `for c in s` on ASCII text allocate nothing).
fn ascii_char(b: u8) -> *mut MemInfo {
    static TABLE: std::sync::OnceLock<Vec<usize>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0u8..128)
            .map(|c| {
                let mi = new_str_counted(std::str::from_utf8(&[c]).expect("ascii"), 1);
                // SAFETY: a fresh string; it stays alive for the process.
                unsafe { (*mi).refcount.store(1 << 62, Ordering::Relaxed) };
                nrt::count_free();
                mi as usize
            })
            .collect()
    });
    let mi = table[b as usize] as *mut MemInfo;
    same(mi)
}

/// The text of a live string.
///
/// # Safety
/// `mi` is a live string; the text lives as long as the caller's reference.
pub unsafe fn text<'a>(mi: *const MemInfo) -> &'a str {
    // SAFETY: the layout of the module documentation; valid UTF-8 by construction.
    unsafe {
        let data = (*mi).data;
        let len = (*mi).size as usize - 8;
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(data.add(8), len))
    }
}

/// The number of code points of a live string.
///
/// # Safety
/// `mi` is a live string.
pub unsafe fn char_count(mi: *const MemInfo) -> usize {
    // SAFETY: the count is the first word of the data.
    unsafe { *((*mi).data as *const i64) as usize }
}

/// A string argument: its text and code point count.
struct Arg<'a> {
    text: &'a str,
    chars: usize,
}

impl<'a> Arg<'a> {
    /// # Safety
    /// `mi` is a live string the caller holds for `'a`.
    unsafe fn new(mi: *const MemInfo) -> Arg<'a> {
        // SAFETY: guaranteed by the caller.
        unsafe {
            Arg {
                text: text(mi),
                chars: char_count(mi),
            }
        }
    }

    fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The byte offset of code point `i` (`0 <= i <= chars`).
    fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        self.text
            .char_indices()
            .nth(i)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The code point index of byte offset `b` (a char boundary).
    fn char_at(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        self.text[..b].chars().count()
    }
}

/// A new reference to `mi`.
fn same(mi: *mut MemInfo) -> *mut MemInfo {
    // SAFETY: a live string the caller holds.
    unsafe { nrt::retain(mi) };
    mi
}

/// Fills `exc` with `kind` and `message` and returns the failure status.
///
/// # Safety
/// `exc` is the caller's exception record.
pub(crate) unsafe fn raise(exc: *mut ExceptionRecord, kind: ExceptionKind, message: String) -> i32 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*exc).set_owned_message(kind as u32, message) };
    STATUS_EXCEPTION
}

/// Writes a successful result.
///
/// # Safety
/// `out` is the caller's result slot.
unsafe fn ok<T>(out: *mut T, value: T) -> i32 {
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(value) };
    STATUS_OK
}

/// A new list of strings.
fn str_list<'a>(items: impl Iterator<Item = &'a str>) -> *mut List {
    // SAFETY: a descriptor that lives for the process.
    let l = unsafe { new_list(STR_DESC.as_ptr(), 0) };
    for s in items {
        let item = new_str(s);
        // SAFETY: the list takes over the new reference.
        unsafe { (*l).push(&item as *const *mut MemInfo as *const u8) };
    }
    l
}

/// The raise-with-message entry: `raise Cls(s)` with a computed message.
///
/// # Safety
/// `exc` is the record of the raising function, `s` a live string.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_raise_str(
    exc: *mut ExceptionRecord,
    kind: u32,
    s: *const MemInfo,
) {
    // SAFETY: guaranteed by the caller.
    unsafe { (*exc).set_owned_message(kind, text(s).to_owned()) };
}

/// Python's `repr` of a string.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's whitespace (`str.isspace`, `str.split()`).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

// ---- operators and builtins ------------------------------------------------

#[no_mangle]
unsafe extern "C" fn penna_rt_str_same(s: *mut MemInfo) -> *mut MemInfo {
    same(s)
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_concat(a: *mut MemInfo, b: *mut MemInfo) -> *mut MemInfo {
    // SAFETY: live strings.
    let (x, y) = unsafe { (Arg::new(a), Arg::new(b)) };
    if y.chars == 0 {
        return same(a);
    }
    if x.chars == 0 {
        return same(b);
    }
    new_str_parts(&[x.text, y.text], x.chars + y.chars)
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_repeat(s: *mut MemInfo, n: i64) -> *mut MemInfo {
    // SAFETY: a live string.
    let x = unsafe { Arg::new(s) };
    let n = n.max(0) as usize;
    let (mi, at) = alloc_str(x.text.len() * n, x.chars * n);
    if !mi.is_null() {
        for k in 0..n {
            // SAFETY: room for `n` copies.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    x.text.as_ptr(),
                    at.add(k * x.text.len()),
                    x.text.len(),
                )
            };
        }
    }
    mi
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_repeat_left(n: i64, s: *mut MemInfo) -> *mut MemInfo {
    // SAFETY: as above.
    unsafe { penna_rt_str_repeat(s, n) }
}

macro_rules! comparisons {
    ($($name:ident $op:tt,)*) => {$(
        #[no_mangle]
        unsafe extern "C" fn $name(a: *const MemInfo, b: *const MemInfo) -> i64 {
            // SAFETY: live strings; UTF-8 byte order is code point order.
            unsafe { (text(a) $op text(b)) as i64 }
        }
    )*};
}

comparisons! {
    penna_rt_str_eq ==,
    penna_rt_str_ne !=,
    penna_rt_str_lt <,
    penna_rt_str_le <=,
    penna_rt_str_gt >,
    penna_rt_str_ge >=,
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_contains(needle: *const MemInfo, hay: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    let (n, h) = unsafe { (text(needle), text(hay)) };
    match n.as_bytes() {
        // One byte (an ASCII character): a byte scan, not a searcher.
        [b] => h.as_bytes().contains(b) as i64,
        _ => h.contains(n) as i64,
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_not_contains(needle: *const MemInfo, hay: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe { 1 - penna_rt_str_contains(needle, hay) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_len(s: *const MemInfo) -> i64 {
    // SAFETY: a live string.
    unsafe { char_count(s) as i64 }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_truth(s: *const MemInfo) -> i64 {
    // SAFETY: a live string.
    unsafe { (char_count(s) != 0) as i64 }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_getitem(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    s: *const MemInfo,
    i: i64,
) -> i32 {
    // SAFETY: a live string; the caller's record and slot.
    unsafe {
        let x = Arg::new(s);
        let k = if i < 0 { i + x.chars as i64 } else { i };
        if k < 0 || k >= x.chars as i64 {
            return raise(
                exc,
                ExceptionKind::IndexError,
                "string index out of range".into(),
            );
        }
        if x.is_ascii() {
            return ok(out, ascii_char(x.text.as_bytes()[k as usize]));
        }
        let b = x.byte_at(k as usize);
        let c = x.text[b..].chars().next().expect("in range");
        ok(out, new_str_counted(c.encode_utf8(&mut [0; 4]), 1))
    }
}

/// Python's `slice.indices`: `(start, stop, step)` clamped to `n`, with
/// `i64::MIN` for an omitted bound.
pub(crate) fn slice_indices(n: i64, start: i64, stop: i64, step: i64) -> (i64, i64, i64) {
    let step = if step == i64::MIN { 1 } else { step };
    let clamp = |v: i64, default: i64| -> i64 {
        if v == i64::MIN {
            return default;
        }
        let v = if v < 0 { v + n } else { v };
        if step > 0 {
            v.clamp(0, n)
        } else {
            v.clamp(-1, n - 1)
        }
    };
    if step > 0 {
        (clamp(start, 0), clamp(stop, n), step)
    } else {
        (clamp(start, n - 1), clamp(stop, -1), step)
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_slice(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    s: *mut MemInfo,
    start: i64,
    stop: i64,
    step: i64,
) -> i32 {
    // SAFETY: a live string; the caller's record and slot.
    unsafe {
        if step == 0 {
            return raise(
                exc,
                ExceptionKind::ValueError,
                "slice step cannot be zero".into(),
            );
        }
        let x = Arg::new(s);
        let (a, b, step) = slice_indices(x.chars as i64, start, stop, step);
        if step == 1 {
            if a >= b {
                return ok(out, new_str(""));
            }
            if a == 0 && b == x.chars as i64 {
                return ok(out, same(s));
            }
            let (lo, hi) = (x.byte_at(a as usize), x.byte_at(b as usize));
            return ok(out, new_str_counted(&x.text[lo..hi], (b - a) as usize));
        }
        let chars: Vec<char> = x.text.chars().collect();
        let mut t = String::new();
        let mut i = a;
        while (step > 0 && i < b) || (step < 0 && i > b) {
            t.push(chars[i as usize]);
            i += step;
        }
        ok(out, new_str(&t))
    }
}

/// The decimal digits of `v` (with a sign) in `buf`, written from the end.
fn decimal(mut v: u64, negative: bool, buf: &mut [u8; 24]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if negative {
        i -= 1;
        buf[i] = b'-';
    }
    std::str::from_utf8(&buf[i..]).expect("ascii digits")
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_from_int(v: i64) -> *mut MemInfo {
    let mut buf = [0; 24];
    let t = decimal(v.unsigned_abs(), v < 0, &mut buf);
    new_str_counted(t, t.len())
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_from_uint(v: i64) -> *mut MemInfo {
    let mut buf = [0; 24];
    let t = decimal(v as u64, false, &mut buf);
    new_str_counted(t, t.len())
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_from_bool(v: i64) -> *mut MemInfo {
    new_str(if v != 0 { "True" } else { "False" })
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_from_float(v: f64) -> *mut MemInfo {
    new_str(&crate::floatrepr::float_str(v, 8))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_from_float32(v: f64) -> *mut MemInfo {
    new_str(&crate::floatrepr::float_str(v, 4))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_repr(s: *const MemInfo) -> *mut MemInfo {
    // SAFETY: a live string.
    new_str(&repr(unsafe { text(s) }))
}

/// `s` without Python's underscores between digits, if they are all there.
fn without_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let digit = |j: Option<&u8>| j.is_some_and(|c| c.is_ascii_hexdigit());
            if !digit(i.checked_sub(1).and_then(|j| b.get(j))) || !digit(b.get(i + 1)) {
                return None;
            }
        }
    }
    Some(s.replace('_', ""))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_to_int(
    exc: *mut ExceptionRecord,
    out: *mut i64,
    s: *const MemInfo,
) -> i32 {
    // SAFETY: a live string; the caller's record and slot.
    unsafe {
        let t = text(s);
        let trimmed = t.trim_matches(is_space);
        let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
        let clean = without_underscores(trimmed).filter(|_| {
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
        });
        match clean.map(|c| c.parse::<i64>()) {
            Some(Ok(v)) => ok(out, v),
            Some(Err(_)) => raise(
                exc,
                ExceptionKind::OverflowError,
                format!("int too large to convert to int64: {}", repr(t)),
            ),
            None => raise(
                exc,
                ExceptionKind::ValueError,
                format!("invalid literal for int() with base 10: {}", repr(t)),
            ),
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_to_float(
    exc: *mut ExceptionRecord,
    out: *mut f64,
    s: *const MemInfo,
) -> i32 {
    // SAFETY: a live string; the caller's record and slot.
    unsafe {
        let t = text(s);
        let trimmed = t.trim_matches(is_space);
        let lower = trimmed.to_ascii_lowercase();
        let word = lower.trim_start_matches(['+', '-']);
        let numeric = word.starts_with(|c: char| c.is_ascii_digit() || c == '.');
        let special = matches!(word, "inf" | "infinity" | "nan");
        let value = without_underscores(trimmed)
            .filter(|_| numeric || special)
            .and_then(|c| c.parse::<f64>().ok());
        match value {
            Some(v) => ok(out, v),
            None => raise(
                exc,
                ExceptionKind::ValueError,
                format!("could not convert string to float: {}", repr(t)),
            ),
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_ord(
    exc: *mut ExceptionRecord,
    out: *mut i64,
    s: *const MemInfo,
) -> i32 {
    // SAFETY: a live string; the caller's record and slot.
    unsafe {
        let x = Arg::new(s);
        if x.chars != 1 {
            return raise(
                exc,
                ExceptionKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    x.chars
                ),
            );
        }
        ok(out, x.text.chars().next().expect("one") as i64)
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_chr(
    exc: *mut ExceptionRecord,
    out: *mut *mut MemInfo,
    v: i64,
) -> i32 {
    // SAFETY: the caller's record and slot.
    unsafe {
        match u32::try_from(v).ok().and_then(char::from_u32) {
            Some(c) => ok(out, new_str_counted(c.encode_utf8(&mut [0; 4]), 1)),
            None if (0xd800..0xe000).contains(&v) => raise(
                exc,
                ExceptionKind::ValueError,
                "chr() of a surrogate code point is not supported in compiled code".into(),
            ),
            None => raise(
                exc,
                ExceptionKind::ValueError,
                "chr() arg not in range(0x110000)".into(),
            ),
        }
    }
}

/// Compares two string items of a container (`abi::containers::FIELD_STR`).
///
/// # Safety
/// Both point at live string pointers.
pub(crate) unsafe fn item_text<'a>(p: *const u8) -> &'a str {
    // SAFETY: guaranteed by the caller.
    unsafe { text(*(p as *const *const MemInfo)) }
}

/// A hash of a string's text for containers.
pub(crate) fn hash_text(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

/// The live reference count of a string (for tests).
///
/// # Safety
/// `mi` is a live string.
pub unsafe fn refcount(mi: *const MemInfo) -> i64 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*mi).refcount.load(Ordering::Relaxed) }
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    let mut all = symbol_table![
        penna_rt_raise_str,
        penna_rt_str_same,
        penna_rt_str_concat,
        penna_rt_str_repeat,
        penna_rt_str_repeat_left,
        penna_rt_str_eq,
        penna_rt_str_ne,
        penna_rt_str_lt,
        penna_rt_str_le,
        penna_rt_str_gt,
        penna_rt_str_ge,
        penna_rt_str_contains,
        penna_rt_str_not_contains,
        penna_rt_str_len,
        penna_rt_str_truth,
        penna_rt_str_getitem,
        penna_rt_str_slice,
        penna_rt_str_from_int,
        penna_rt_str_from_uint,
        penna_rt_str_from_bool,
        penna_rt_str_from_float,
        penna_rt_str_from_float32,
        penna_rt_str_repr,
        penna_rt_str_to_int,
        penna_rt_str_to_float,
        penna_rt_str_ord,
        penna_rt_str_chr,
    ];
    all.extend(format::symbols());
    all.extend(methods::symbols());
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use penna_compiler::strings::StrFn;

    #[test]
    fn every_string_function_has_a_symbol() {
        let have: std::collections::HashSet<&str> = symbols().iter().map(|(n, _)| *n).collect();
        for f in StrFn::ALL {
            assert!(have.contains(f.symbol()), "{} is missing", f.symbol());
        }
    }

    #[test]
    fn the_list_descriptor_is_the_compilers() {
        let words = penna_compiler::abi::containers::item_desc(&penna_compiler::Type::Str);
        assert_eq!(words, STR_DESC.to_vec());
    }

    #[test]
    fn slices_follow_python() {
        assert_eq!(slice_indices(5, i64::MIN, i64::MIN, -1), (4, -1, -1));
        assert_eq!(slice_indices(5, -2, i64::MIN, 1), (3, 5, 1));
        assert_eq!(slice_indices(5, 10, 1, -2), (4, 1, -2));
    }

    #[test]
    fn repr_quotes_as_python() {
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a\nb"), "'a\\nb'");
        assert_eq!(repr("é"), "'é'");
    }
}
