//! `hash()` in compiled code, with CPython's values (Numba's are CPython's
//! too): numbers modulo the Mersenne prime 2**61 - 1, so that equal
//! numbers of any type hash alike (`hash(2.0) == hash(2)`); tuples by
//! CPython's xxHash-based combination; strings by SipHash-1-3 keyed with
//! the interpreter's own secret, which the host hands over
//! ([`set_hash_secret`]), over the code units CPython stores (1, 2 or 4
//! bytes per character). A NaN hashes to 0 (CPython before 3.10 and Numba;
//! CPython 3.10 hashes each NaN object by its identity).

use std::sync::atomic::{AtomicU64, Ordering};

use penna_compiler::abi::MemInfo;

const BITS: u32 = 61;
const MODULUS: u64 = (1 << BITS) - 1;
const INF: i64 = 314_159;

/// `-1` is CPython's error value: no hash is ever -1.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[no_mangle]
pub extern "C" fn penna_rt_hash_int(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    fix(if v < 0 { -m } else { m })
}

#[no_mangle]
pub extern "C" fn penna_rt_hash_uint(v: u64) -> i64 {
    (v % MODULUS) as i64
}

#[no_mangle]
pub extern "C" fn penna_rt_hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // 28 bits of the mantissa at a time, reduced modulo 2**61 - 1.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// `(m, e)` with `v == m * 2**e` and `0.5 <= |m| < 1` (C's `frexp`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[no_mangle]
pub extern "C" fn penna_rt_hash_complex(re: f64, im: f64) -> i64 {
    let h = (penna_rt_hash_float(re) as u64)
        .wrapping_add((penna_rt_hash_float(im) as u64).wrapping_mul(1_000_003));
    fix(h as i64)
}

/// CPython's tuple hash of the items' hashes `lanes[..n]`.
///
/// # Safety
/// `lanes` points to `n` hashes.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_hash_tuple(lanes: *const i64, n: i64) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let n = n.max(0) as usize;
    // SAFETY: guaranteed by the caller.
    let lanes = unsafe { std::slice::from_raw_parts(lanes, n) };
    let mut acc = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(n as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

static SECRET: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

/// The interpreter's SipHash key (`_Py_HashSecret.siphash`), so that
/// strings hash as they do in Python.
pub fn set_hash_secret(k0: u64, k1: u64) {
    SECRET[0].store(k0, Ordering::Relaxed);
    SECRET[1].store(k1, Ordering::Relaxed);
}

/// `hash(s)` of a string object.
///
/// # Safety
/// `mi` is a live string of the runtime.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_hash_str(mi: *const MemInfo) -> i64 {
    // SAFETY: guaranteed by the caller.
    let text = unsafe { crate::strings::text(mi) };
    if text.is_empty() {
        return 0;
    }
    // CPython hashes its compact representation: the narrowest code unit
    // that holds every character.
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(text.len() * 4);
    for c in text.chars() {
        let c = c as u32;
        match widest {
            0..=0xff => bytes.push(c as u8),
            0x100..=0xffff => bytes.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => bytes.extend_from_slice(&c.to_le_bytes()),
        }
    }
    let k0 = SECRET[0].load(Ordering::Relaxed);
    let k1 = SECRET[1].load(Ordering::Relaxed);
    fix(siphash13(k0, k1, &bytes) as i64)
}

/// SipHash-1-3 (one compression round, three finalisation rounds), as
/// CPython's `Python/pyhash.c` computes it.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let m = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in tail.iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    symbol_table![
        penna_rt_hash_int,
        penna_rt_hash_uint,
        penna_rt_hash_float,
        penna_rt_hash_complex,
        penna_rt_hash_tuple,
        penna_rt_hash_str,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_as_in_cpython() {
        // Values printed by CPython 3.11.
        assert_eq!(penna_rt_hash_int(-1), -2);
        assert_eq!(penna_rt_hash_int(1 << 62), 2);
        assert_eq!(penna_rt_hash_float(2.0), 2);
        assert_eq!(penna_rt_hash_float(0.5), 1152921504606846976);
        assert_eq!(penna_rt_hash_float(-2.5), -1152921504606846978);
        assert_eq!(penna_rt_hash_float(1e300), 1224995262755759164);
        assert_eq!(penna_rt_hash_float(f64::INFINITY), 314159);
        let lanes = [1i64, 2];
        // hash((1, 2))
        assert_eq!(
            unsafe { penna_rt_hash_tuple(lanes.as_ptr(), 2) },
            -3550055125485641917
        );
    }
}
