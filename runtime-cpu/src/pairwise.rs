//! NumPy's summation order for float16 means: the values widen to float32 in
//! buffers of 8192 (NumPy's casting buffer), each buffer is summed pairwise
//! (blocks of 8 partial sums below 128 elements, halves above, as NumPy's
//! `pairwise_sum`) and added to a float32 accumulator. Reproducing the order
//! gives NumPy's result bit for bit.

use penna_compiler::abi;

/// NumPy's casting buffer, in elements.
const BUFFER: usize = 8192;

fn pairwise(a: &[f32]) -> f32 {
    let n = a.len();
    if n < 8 {
        return a.iter().fold(-0.0f32, |s, &x| s + x);
    }
    if n <= 128 {
        let mut r = [0f32; 8];
        r.copy_from_slice(&a[..8]);
        let full = n - n % 8;
        for block in a[8..full].chunks_exact(8) {
            for (acc, &x) in r.iter_mut().zip(block) {
                *acc += x;
            }
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &a[full..] {
            res += x;
        }
        return res;
    }
    let half = n / 2;
    let half = half - half % 8;
    pairwise(&a[..half]) + pairwise(&a[half..])
}

/// # Safety
/// `data` holds `n` contiguous float16 values.
#[no_mangle]
pub unsafe extern "C" fn penna_rt_sum_f16_as_f32(data: *const u16, n: i64) -> f32 {
    if n <= 0 {
        return 0.0;
    }
    // SAFETY: guaranteed by the caller.
    let bits = unsafe { std::slice::from_raw_parts(data, n as usize) };
    let mut buffer = Vec::with_capacity(BUFFER.min(bits.len()));
    let mut total = 0f32;
    for chunk in bits.chunks(BUFFER) {
        buffer.clear();
        buffer.extend(chunk.iter().map(|&b| half::f16::from_bits(b).to_f32()));
        total += pairwise(&buffer);
    }
    total
}

pub(crate) fn symbols() -> Vec<(&'static str, usize)> {
    vec![(
        abi::SUM_F16_SYMBOL,
        penna_rt_sum_f16_as_f32 as *const () as usize,
    )]
}
