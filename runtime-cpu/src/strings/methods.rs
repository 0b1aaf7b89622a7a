//! The methods of `str` (`penna_compiler::strings::StrFn` rows), with
//! Python's semantics on code points.

use penna_compiler::abi::{ExceptionKind, ExceptionRecord, MemInfo};

use super::{is_space, new_str, ok, raise, same, slice_indices, str_list, text, Arg};
use crate::containers::list::List;

/// A method from text to text.
macro_rules! mapping {
    ($($name:ident |$s:ident| $body:expr;)*) => {$(
        #[no_mangle]
        unsafe extern "C" fn $name(s: *mut MemInfo) -> *mut MemInfo {
            // SAFETY: a live string.
            let $s = unsafe { text(s) };
            let t: String = $body;
            if t == $s { same(s) } else { new_str(&t) }
        }
    )*};
}

/// Upper or lower case: ASCII text in place in the new string (or the
/// same string when nothing changes), other text through Unicode's mappings.
fn change_case(s: *mut MemInfo, upper: bool) -> *mut MemInfo {
    // SAFETY: a live string.
    let x = unsafe { Arg::new(s) };
    if !x.is_ascii() {
        let t = if upper {
            x.text.to_uppercase()
        } else {
            x.text.to_lowercase()
        };
        return if t == x.text { same(s) } else { new_str(&t) };
    }
    let b = x.text.as_bytes();
    let changes = |c: &u8| {
        if upper {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    };
    if !b.iter().any(changes) {
        return same(s);
    }
    let (mi, at) = super::alloc_str(b.len(), b.len());
    if !mi.is_null() {
        for (k, c) in b.iter().enumerate() {
            let c = if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
            // SAFETY: room for `b.len()` bytes.
            unsafe { *at.add(k) = c };
        }
    }
    mi
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_upper(s: *mut MemInfo) -> *mut MemInfo {
    change_case(s, true)
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_lower(s: *mut MemInfo) -> *mut MemInfo {
    change_case(s, false)
}

mapping! {
    penna_rt_str_casefold |s| s.to_lowercase();
    penna_rt_str_swapcase |s| s.chars().map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<String>()
    } else {
        c.to_uppercase().collect()
    }).collect();
    penna_rt_str_title |s| title(s);
    penna_rt_str_capitalize |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) => titlecase(c).chain(cs.flat_map(char::to_lowercase)).collect(),
            None => String::new(),
        }
    };
    penna_rt_str_strip |s| s.trim_matches(is_space).to_owned();
    penna_rt_str_lstrip |s| s.trim_start_matches(is_space).to_owned();
    penna_rt_str_rstrip |s| s.trim_end_matches(is_space).to_owned();
}

/// A character's title case: its upper case, with a multi-character
/// mapping's tail in lower case (`ß` is `Ss`, as Python's `str.title`).
fn titlecase(c: char) -> impl Iterator<Item = char> {
    c.to_uppercase()
        .enumerate()
        .flat_map(|(i, u)| -> Box<dyn Iterator<Item = char>> {
            if i == 0 {
                Box::new(std::iter::once(u))
            } else {
                Box::new(u.to_lowercase())
            }
        })
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        let cased = c.is_uppercase() || c.is_lowercase();
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(titlecase(c));
        }
        previous_cased = cased;
    }
    out
}

/// A method from text and a second string to text.
macro_rules! with_chars {
    ($($name:ident |$s:ident, $c:ident| $body:expr;)*) => {$(
        #[no_mangle]
        unsafe extern "C" fn $name(s: *mut MemInfo, chars: *const MemInfo) -> *mut MemInfo {
            // SAFETY: live strings.
            let ($s, set) = unsafe { (text(s), text(chars)) };
            let $c = |c: char| set.contains(c);
            let t: &str = $body;
            if t.len() == $s.len() { same(s) } else { new_str(t) }
        }
    )*};
}

with_chars! {
    penna_rt_str_strip_chars |s, c| s.trim_matches(c);
    penna_rt_str_lstrip_chars |s, c| s.trim_start_matches(c);
    penna_rt_str_rstrip_chars |s, c| s.trim_end_matches(c);
}

/// A predicate over code points, false on the empty string.
macro_rules! predicates {
    ($($name:ident |$s:ident| $body:expr;)*) => {$(
        #[no_mangle]
        unsafe extern "C" fn $name(s: *const MemInfo) -> i64 {
            // SAFETY: a live string.
            let $s = unsafe { text(s) };
            (!$s.is_empty() && $body) as i64
        }
    )*};
}

fn cased(s: &str) -> bool {
    s.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

predicates! {
    penna_rt_str_isdigit |s| s.chars().all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()));
    penna_rt_str_isdecimal |s| s.chars().all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()));
    penna_rt_str_isnumeric |s| s.chars().all(char::is_numeric);
    penna_rt_str_isalpha |s| s.chars().all(char::is_alphabetic);
    penna_rt_str_isalnum |s| s.chars().all(char::is_alphanumeric);
    penna_rt_str_isspace |s| s.chars().all(is_space);
    penna_rt_str_isupper |s| cased(s) && !s.chars().any(char::is_lowercase);
    penna_rt_str_islower |s| cased(s) && !s.chars().any(char::is_uppercase);
    penna_rt_str_istitle |s| cased(s) && title(s) == s;
    penna_rt_str_isidentifier |s| {
        let mut cs = s.chars();
        cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric())
    };
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_isascii(s: *const MemInfo) -> i64 {
    // SAFETY: a live string.
    unsafe { text(s).is_ascii() as i64 }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_startswith(s: *const MemInfo, p: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe { text(s).starts_with(text(p)) as i64 }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_endswith(s: *const MemInfo, p: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe { text(s).ends_with(text(p)) as i64 }
}

/// `s.find(sub, start, end)` in code points (-1: absent).
///
/// # Safety
/// Live strings.
unsafe fn find_in(s: *const MemInfo, sub: *const MemInfo, start: i64, end: i64) -> i64 {
    // SAFETY: guaranteed by the caller.
    let (x, y) = unsafe { (Arg::new(s), text(sub)) };
    let n = x.chars as i64;
    let first = match start {
        i64::MIN => 0,
        s if s < 0 => (s + n).max(0),
        s => s,
    };
    let (a, b, _) = slice_indices(n, start, end, 1);
    if first > n || a > b {
        return -1;
    }
    if y.is_empty() {
        return a;
    }
    let (lo, hi) = (x.byte_at(a as usize), x.byte_at(b as usize));
    match x.text[lo..hi].find(y) {
        Some(at) => x.char_at(lo + at) as i64,
        None => -1,
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_find(s: *const MemInfo, sub: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe { find_in(s, sub, i64::MIN, i64::MIN) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_find_from(
    s: *const MemInfo,
    sub: *const MemInfo,
    start: i64,
) -> i64 {
    // SAFETY: live strings.
    unsafe { find_in(s, sub, start, i64::MIN) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_find_range(
    s: *const MemInfo,
    sub: *const MemInfo,
    start: i64,
    end: i64,
) -> i64 {
    // SAFETY: live strings.
    unsafe { find_in(s, sub, start, end) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_rfind(s: *const MemInfo, sub: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe {
        let x = Arg::new(s);
        x.text.rfind(text(sub)).map_or(-1, |b| x.char_at(b) as i64)
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_index(
    exc: *mut ExceptionRecord,
    out: *mut i64,
    s: *const MemInfo,
    sub: *const MemInfo,
) -> i32 {
    // SAFETY: live strings; the caller's record and slot.
    unsafe {
        match penna_rt_str_find(s, sub) {
            -1 => raise(exc, ExceptionKind::ValueError, "substring not found".into()),
            i => ok(out, i),
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_rindex(
    exc: *mut ExceptionRecord,
    out: *mut i64,
    s: *const MemInfo,
    sub: *const MemInfo,
) -> i32 {
    // SAFETY: live strings; the caller's record and slot.
    unsafe {
        match penna_rt_str_rfind(s, sub) {
            -1 => raise(exc, ExceptionKind::ValueError, "substring not found".into()),
            i => ok(out, i),
        }
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_count(s: *const MemInfo, sub: *const MemInfo) -> i64 {
    // SAFETY: live strings.
    unsafe {
        let (x, y) = (Arg::new(s), text(sub));
        if y.is_empty() {
            return x.chars as i64 + 1;
        }
        x.text.matches(y).count() as i64
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_replace(
    s: *mut MemInfo,
    old: *const MemInfo,
    new: *const MemInfo,
) -> *mut MemInfo {
    // SAFETY: live strings.
    unsafe { penna_rt_str_replace_count(s, old, new, -1) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_replace_count(
    s: *mut MemInfo,
    old: *const MemInfo,
    new: *const MemInfo,
    count: i64,
) -> *mut MemInfo {
    // SAFETY: live strings.
    let (t, a, b) = unsafe { (text(s), text(old), text(new)) };
    let n = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if n == 0 || (!a.is_empty() && !t.contains(a)) {
        return same(s);
    }
    new_str(&t.replacen(a, b, n))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_split(s: *const MemInfo) -> *mut List {
    // SAFETY: a live string.
    str_list(unsafe { text(s) }.split(is_space).filter(|w| !w.is_empty()))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_split_sep(
    exc: *mut ExceptionRecord,
    out: *mut *mut List,
    s: *const MemInfo,
    sep: *const MemInfo,
) -> i32 {
    // SAFETY: live strings; the caller's record and slot.
    unsafe { penna_rt_str_split_sep_max(exc, out, s, sep, -1) }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_split_sep_max(
    exc: *mut ExceptionRecord,
    out: *mut *mut List,
    s: *const MemInfo,
    sep: *const MemInfo,
    max: i64,
) -> i32 {
    // SAFETY: live strings; the caller's record and slot.
    unsafe {
        let (t, p) = (text(s), text(sep));
        if p.is_empty() {
            return raise(exc, ExceptionKind::ValueError, "empty separator".into());
        }
        let l = if max < 0 {
            str_list(t.split(p))
        } else {
            str_list(t.splitn(max as usize + 1, p))
        };
        ok(out, l)
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_splitlines(s: *const MemInfo) -> *mut List {
    // SAFETY: a live string.
    let t = unsafe { text(s) };
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if breaks(c) {
            lines.push(&t[start..i]);
            start = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|&(_, d)| d == '\n') {
                it.next();
                start += 1;
            }
        }
    }
    if start < t.len() {
        lines.push(&t[start..]);
    }
    str_list(lines.into_iter())
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_join(sep: *const MemInfo, items: *const List) -> *mut MemInfo {
    // SAFETY: a live string and a live list of strings.
    unsafe {
        let sep = Arg::new(sep);
        let l = &*items;
        let item = |i: usize| Arg::new(*(l.item(i) as *const *const MemInfo));
        let n = l.len();
        let gaps = n.saturating_sub(1);
        let (mut bytes, mut chars) = (gaps * sep.text.len(), gaps * sep.chars);
        for i in 0..n {
            let x = item(i);
            bytes += x.text.len();
            chars += x.chars;
        }
        let (mi, mut at) = super::alloc_str(bytes, chars);
        if mi.is_null() {
            return mi;
        }
        for i in 0..n {
            if i > 0 {
                std::ptr::copy_nonoverlapping(sep.text.as_ptr(), at, sep.text.len());
                at = at.add(sep.text.len());
            }
            let x = item(i).text;
            std::ptr::copy_nonoverlapping(x.as_ptr(), at, x.len());
            at = at.add(x.len());
        }
        mi
    }
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_zfill(s: *mut MemInfo, width: i64) -> *mut MemInfo {
    // SAFETY: a live string.
    let x = unsafe { Arg::new(s) };
    let pad = (width.max(0) as usize).saturating_sub(x.chars);
    if pad == 0 {
        return same(s);
    }
    let (sign, rest) = match x.text.strip_prefix(['+', '-']) {
        Some(rest) => (&x.text[..1], rest),
        None => ("", x.text),
    };
    new_str(&format!("{sign}{}{rest}", "0".repeat(pad)))
}

/// `s` padded to `width` code points with `fill`: `left` of them before it.
fn pad(s: *mut MemInfo, width: i64, fill: char, left: impl Fn(usize) -> usize) -> *mut MemInfo {
    // SAFETY: a live string.
    let x = unsafe { Arg::new(s) };
    let total = (width.max(0) as usize).saturating_sub(x.chars);
    if total == 0 {
        return same(s);
    }
    let l = left(total);
    let mut t = String::with_capacity(x.text.len() + total * fill.len_utf8());
    t.extend(std::iter::repeat_n(fill, l));
    t.push_str(x.text);
    t.extend(std::iter::repeat_n(fill, total - l));
    new_str(&t)
}

/// CPython's centring: the odd pad goes left when the width is odd.
fn centre(width: i64) -> impl Fn(usize) -> usize {
    move |total| total / 2 + (total & width as usize & 1)
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_center(s: *mut MemInfo, width: i64) -> *mut MemInfo {
    pad(s, width, ' ', centre(width))
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_ljust(s: *mut MemInfo, width: i64) -> *mut MemInfo {
    pad(s, width, ' ', |_| 0)
}

#[no_mangle]
unsafe extern "C" fn penna_rt_str_rjust(s: *mut MemInfo, width: i64) -> *mut MemInfo {
    pad(s, width, ' ', |t| t)
}

/// The single character of a fill argument, or the failure status.
///
/// # Safety
/// `fill` is a live string; `exc` the caller's record.
unsafe fn fill_char(exc: *mut ExceptionRecord, fill: *const MemInfo) -> Result<char, i32> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let f = Arg::new(fill);
        if f.chars != 1 {
            return Err(raise(
                exc,
                ExceptionKind::TypeError,
                "The fill character must be exactly one character long".into(),
            ));
        }
        Ok(f.text.chars().next().expect("one"))
    }
}

macro_rules! filled {
    ($($name:ident $left:expr;)*) => {$(
        #[no_mangle]
        unsafe extern "C" fn $name(
            exc: *mut ExceptionRecord,
            out: *mut *mut MemInfo,
            s: *mut MemInfo,
            width: i64,
            fill: *const MemInfo,
        ) -> i32 {
            // SAFETY: live strings; the caller's record and slot.
            unsafe {
                match fill_char(exc, fill) {
                    Ok(c) => ok(out, pad(s, width, c, $left(width))),
                    Err(status) => status,
                }
            }
        }
    )*};
}

filled! {
    penna_rt_str_center_fill centre;
    penna_rt_str_ljust_fill |_| |_| 0;
    penna_rt_str_rjust_fill |_| |t| t;
}

pub(super) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![
        penna_rt_str_upper,
        penna_rt_str_lower,
        penna_rt_str_casefold,
        penna_rt_str_swapcase,
        penna_rt_str_title,
        penna_rt_str_capitalize,
        penna_rt_str_strip,
        penna_rt_str_lstrip,
        penna_rt_str_rstrip,
        penna_rt_str_strip_chars,
        penna_rt_str_lstrip_chars,
        penna_rt_str_rstrip_chars,
        penna_rt_str_isdigit,
        penna_rt_str_isdecimal,
        penna_rt_str_isnumeric,
        penna_rt_str_isalpha,
        penna_rt_str_isalnum,
        penna_rt_str_isspace,
        penna_rt_str_isupper,
        penna_rt_str_islower,
        penna_rt_str_istitle,
        penna_rt_str_isidentifier,
        penna_rt_str_isascii,
        penna_rt_str_startswith,
        penna_rt_str_endswith,
        penna_rt_str_find,
        penna_rt_str_find_from,
        penna_rt_str_find_range,
        penna_rt_str_rfind,
        penna_rt_str_index,
        penna_rt_str_rindex,
        penna_rt_str_count,
        penna_rt_str_replace,
        penna_rt_str_replace_count,
        penna_rt_str_split,
        penna_rt_str_split_sep,
        penna_rt_str_split_sep_max,
        penna_rt_str_splitlines,
        penna_rt_str_join,
        penna_rt_str_zfill,
        penna_rt_str_center,
        penna_rt_str_ljust,
        penna_rt_str_rjust,
        penna_rt_str_center_fill,
        penna_rt_str_ljust_fill,
        penna_rt_str_rjust_fill,
    ]
}
