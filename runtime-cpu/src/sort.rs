//! Sorting for compiled code: `np.sort`, `argsort` and `unique` on
//! C-contiguous rows (see `penna_compiler::abi::SORT_SYMBOL`).
//!
//! Every sort is stable (NumPy's `kind="stable"`; its default quicksort
//! orders equal elements arbitrarily, so stable is one of its valid answers).
//! Floats follow NumPy's order: NaN after everything, and `unique` keeps one
//! NaN. Complex arrays are rejected at compile time.

use std::cmp::Ordering;

use penna_compiler::abi;
use penna_compiler::Scalar;

/// NumPy's order for floats: NaN is greater than everything else.
fn float_order<T: PartialOrd>(a: &T, b: &T, a_nan: bool, b_nan: bool) -> Ordering {
    a.partial_cmp(b).unwrap_or_else(|| a_nan.cmp(&b_nan))
}

trait Sortable: Copy {
    fn order(&self, other: &Self) -> Ordering;
    fn same(&self, other: &Self) -> bool {
        self.order(other) == Ordering::Equal
    }
}

macro_rules! sortable_int {
    ($($t:ty),*) => {$(
        impl Sortable for $t {
            fn order(&self, other: &Self) -> Ordering {
                self.cmp(other)
            }
        }
    )*};
}
sortable_int!(u8, i8, i16, i32, i64, u16, u32, u64);

macro_rules! sortable_float {
    ($($t:ty),*) => {$(
        impl Sortable for $t {
            fn order(&self, other: &Self) -> Ordering {
                float_order(self, other, self.is_nan(), other.is_nan())
            }
        }
    )*};
}
sortable_float!(half::f16, f32, f64);

/// Runs `body` with the rows viewed as slices of the element type of `code`.
macro_rules! with_type {
    ($code:expr, $t:ident => $body:expr) => {
        match Scalar::ALL.get($code as usize) {
            Some(Scalar::Bool | Scalar::U8) => {
                type $t = u8;
                $body
            }
            Some(Scalar::I8) => {
                type $t = i8;
                $body
            }
            Some(Scalar::I16) => {
                type $t = i16;
                $body
            }
            Some(Scalar::I32) => {
                type $t = i32;
                $body
            }
            Some(Scalar::I64) => {
                type $t = i64;
                $body
            }
            Some(Scalar::U16) => {
                type $t = u16;
                $body
            }
            Some(Scalar::U32) => {
                type $t = u32;
                $body
            }
            Some(Scalar::U64) => {
                type $t = u64;
                $body
            }
            Some(Scalar::F16) => {
                type $t = half::f16;
                $body
            }
            Some(Scalar::F32) => {
                type $t = f32;
                $body
            }
            Some(Scalar::F64) => {
                type $t = f64;
                $body
            }
            // Complex and unknown codes: typing never emits them.
            _ => {}
        }
    };
}

/// # Safety
/// `data` holds `rows * len` elements of the type `dtype` names.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_sort(dtype: u32, data: *mut u8, rows: i64, len: i64) {
    if rows <= 0 || len <= 1 {
        return;
    }
    with_type!(dtype, T => {
        // SAFETY: guaranteed by the caller.
        let all = unsafe { std::slice::from_raw_parts_mut(data as *mut T, (rows * len) as usize) };
        for row in all.chunks_exact_mut(len as usize) {
            row.sort_by(Sortable::order);
        }
    });
}

/// # Safety
/// `data` holds `rows * len` elements of the type `dtype` names; `out` has
/// room for as many `i64`.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_argsort(
    dtype: u32,
    data: *const u8,
    rows: i64,
    len: i64,
    out: *mut i64,
) {
    if rows <= 0 || len <= 0 {
        return;
    }
    let n = (rows * len) as usize;
    with_type!(dtype, T => {
        // SAFETY: guaranteed by the caller.
        let all = unsafe { std::slice::from_raw_parts(data as *const T, n) };
        let out = unsafe { std::slice::from_raw_parts_mut(out, n) };
        for (row, idx) in all.chunks_exact(len as usize).zip(out.chunks_exact_mut(len as usize)) {
            for (k, slot) in idx.iter_mut().enumerate() {
                *slot = k as i64;
            }
            idx.sort_by(|&i, &j| row[i as usize].order(&row[j as usize]));
        }
    });
}

/// # Safety
/// `data` holds `n` elements of the type `dtype` names.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_unique(dtype: u32, data: *mut u8, n: i64) -> i64 {
    if n <= 1 {
        return n.max(0);
    }
    let mut count = n;
    with_type!(dtype, T => {
        // SAFETY: guaranteed by the caller.
        let all = unsafe { std::slice::from_raw_parts_mut(data as *mut T, n as usize) };
        all.sort_by(Sortable::order);
        let mut kept = 1;
        for i in 1..all.len() {
            if !all[i].same(&all[kept - 1]) {
                all[kept] = all[i];
                kept += 1;
            }
        }
        count = kept as i64;
    });
    count
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![
        (abi::SORT_SYMBOL, penna_rt_sort as *const () as usize),
        (abi::ARGSORT_SYMBOL, penna_rt_argsort as *const () as usize),
        (abi::UNIQUE_SYMBOL, penna_rt_unique as *const () as usize),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: Scalar) -> u32 {
        abi::scalar_code(s)
    }

    #[test]
    fn floats_sort_with_nan_last_and_rows_independent() {
        let mut v = [3.0f64, f64::NAN, -1.0, 2.0, 0.5, f64::NAN, -7.0, 1.0];
        unsafe { penna_rt_sort(code(Scalar::F64), v.as_mut_ptr() as *mut u8, 2, 4) };
        assert_eq!(&v[..3], &[-1.0, 2.0, 3.0]);
        assert!(v[3].is_nan());
        assert_eq!(&v[4..7], &[-7.0, 0.5, 1.0]);
        assert!(v[7].is_nan());
    }

    #[test]
    fn halves_sort_as_numbers() {
        let mut v = [2.5f32, f32::NAN, -1.0, 0.25].map(half::f16::from_f32);
        unsafe { penna_rt_sort(code(Scalar::F16), v.as_mut_ptr() as *mut u8, 1, 4) };
        assert_eq!(
            v[..3].iter().map(|h| h.to_f32()).collect::<Vec<_>>(),
            [-1.0, 0.25, 2.5]
        );
        assert!(v[3].is_nan());
    }

    #[test]
    fn argsort_is_stable() {
        let v = [2i32, 1, 2, 1, 0];
        let mut out = [0i64; 5];
        unsafe {
            penna_rt_argsort(
                code(Scalar::I32),
                v.as_ptr() as *const u8,
                1,
                5,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(out, [4, 1, 3, 0, 2]);
    }

    #[test]
    fn unique_collapses_duplicates_and_nans() {
        let mut v = [3.0f32, f32::NAN, 1.0, 3.0, f32::NAN, 1.0, 2.0];
        let n = unsafe { penna_rt_unique(code(Scalar::F32), v.as_mut_ptr() as *mut u8, 7) };
        assert_eq!(n, 4);
        assert_eq!(&v[..3], &[1.0, 2.0, 3.0]);
        assert!(v[3].is_nan());
    }
}
