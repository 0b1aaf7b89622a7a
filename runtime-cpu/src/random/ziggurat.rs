//! `Generator.normal` / `standard_normal` draws without a call into NumPy:
//! NumPy's ziggurat (Marsaglia and Tsang's method with a 256-layer table),
//! run here on NumPy's own tables, so that a draw is the same number and
//! consumes the same words of the bit generator as NumPy's
//! `random_standard_normal`, at about three times its speed (NumPy's
//! compiled function costs ~14 ns per draw on the benchmark machine).
//!
//! The tables (`ki_double`, `wi_double`, `fi_double`) are NumPy's, read
//! from the loaded `_generator` extension through its ELF symbol table
//! (they are not exported for `dlsym`). penna carries no copy of them.
//!
//! Invariant: [`Ziggurat::find`] hands out tables only after this sampler
//! drew, bit for bit, what NumPy's function draws from the same stream
//! (2^15 draws, the tail and wedge paths included; done at the first normal
//! drawn); otherwise, and where the extension has no symbol table, draws go
//! to NumPy's function.

use std::ffi::c_void;

use super::generator::BitGen;

/// The ziggurat's rightmost layer edge and its reciprocal (NumPy's
/// `ziggurat_nor_r`, `ziggurat_nor_inv_r`).
const R: f64 = 3.654_152_885_361_009;
const INV_R: f64 = 0.273_661_237_329_758_3;

/// NumPy's ziggurat tables, in the loaded extension.
pub struct Ziggurat {
    ki: &'static [u64; 256],
    wi: &'static [f64; 256],
    fi: &'static [f64; 256],
}

impl Ziggurat {
    /// The tables of the extension at `path`, whose exported
    /// `random_standard_normal` is at `exported` in this process, if they
    /// are there and draw what `numpy_normal` draws.
    pub fn find(
        path: &str,
        exported: usize,
        numpy_normal: unsafe extern "C" fn(*mut BitGen) -> f64,
    ) -> Option<Ziggurat> {
        let data = std::fs::read(path).ok()?;
        let file = object::File::parse(&*data).ok()?;
        let address = |name: &str, size: u64| {
            use object::{Object, ObjectSymbol};
            file.symbols()
                .find(|s| s.name() == Ok(name))
                .filter(|s| size == 0 || s.size() == size)
                .map(|s| s.address())
        };
        // The load bias: where the exported function is, less its address
        // in the file.
        let bias = exported.checked_sub(address("random_standard_normal", 0)? as usize)?;
        // A table must lie, first byte to last, in the object the exported
        // function is in (the file on disk could differ from what was
        // loaded): what `dladdr` says maps it.
        let base = object_base(exported)?;
        let table = |name| {
            let start = bias + address(name, 256 * 8)? as usize;
            let inside =
                object_base(start) == Some(base) && object_base(start + 2047) == Some(base);
            inside.then_some(start)
        };
        let (ki, wi, fi) = (
            table("ki_double")?,
            table("wi_double")?,
            table("fi_double")?,
        );
        // SAFETY: 256 eight-byte entries of mapped data in a library that
        // stays loaded (NumPy's extension modules are never unloaded), read
        // only; checked below before use.
        let z = unsafe {
            Ziggurat {
                ki: &*(ki as *const [u64; 256]),
                wi: &*(wi as *const [f64; 256]),
                fi: &*(fi as *const [f64; 256]),
            }
        };
        z.agrees_with(numpy_normal).then_some(z)
    }

    /// One standard normal from `g`, as NumPy's `random_standard_normal`.
    ///
    /// # Safety
    /// `g` is a live `bitgen_t`.
    #[inline]
    pub unsafe fn normal(&self, g: *mut BitGen) -> f64 {
        // SAFETY: guaranteed by the caller.
        let g = unsafe { &*g };
        loop {
            // SAFETY: a live bit generator.
            let word = unsafe { (g.next_uint64)(g.state) };
            let layer = (word & 0xff) as usize;
            let word = word >> 8;
            let magnitude = (word >> 1) & 0x000f_ffff_ffff_ffff;
            // Below 2^52: the signed conversion is exact and one instruction.
            let x = magnitude as i64 as f64 * self.wi[layer];
            // The sign from the word's low bit, without a branch: one on a
            // random bit mispredicts every other draw, which made NumPy's
            // compiled function (it branches) three times slower than
            // Numba's (it selects). Flipping the sign bit is `-x` exactly.
            let x = f64::from_bits(x.to_bits() ^ ((word & 1) << 63));
            if magnitude < self.ki[layer] {
                // Inside the layer's rectangle: most draws end here.
                return x;
            }
            // SAFETY: as above.
            if let Some(x) = unsafe { self.outside(g, layer, magnitude, x) } {
                return x;
            }
        }
    }

    /// A draw outside the rectangles: the tail beyond R (layer 0), by
    /// Marsaglia's method, or the wedge between a layer and the curve;
    /// `None` when rejected (draw again). Out of line: about 1 draw in 100.
    ///
    /// # Safety
    /// `g` is a live `bitgen_t`.
    #[cold]
    #[inline(never)]
    unsafe fn outside(&self, g: &BitGen, layer: usize, magnitude: u64, x: f64) -> Option<f64> {
        // SAFETY: guaranteed by the caller.
        let next_f64 = || unsafe { (g.next_double)(g.state) };
        if layer == 0 {
            loop {
                let xx = -INV_R * (-next_f64()).ln_1p();
                let yy = -(-next_f64()).ln_1p();
                if yy + yy > xx * xx {
                    let tail = R + xx;
                    return Some(if (magnitude >> 8) & 1 == 1 {
                        -tail
                    } else {
                        tail
                    });
                }
            }
        }
        let height = (self.fi[layer - 1] - self.fi[layer]) * next_f64() + self.fi[layer];
        (height < (-0.5 * x * x).exp()).then_some(x)
    }

    /// Whether this sampler and `numpy_normal` draw the same numbers from
    /// the same words and use as many of them (2^15 draws from SplitMix64:
    /// hundreds through the wedges, dozens through the tail).
    fn agrees_with(&self, numpy_normal: unsafe extern "C" fn(*mut BitGen) -> f64) -> bool {
        let (mut ours, mut theirs) = (SplitMix(0x5eed), SplitMix(0x5eed));
        let (mut a, mut b) = (ours.bitgen(), theirs.bitgen());
        let mut drawn = 0;
        while ours.0 == theirs.0 && drawn < 1 << 15 {
            // SAFETY: bit generators over live SplitMix states.
            let (x, y) = unsafe { (self.normal(&mut a), numpy_normal(&mut b)) };
            if x.to_bits() != y.to_bits() {
                return false;
            }
            drawn += 1;
        }
        ours.0 == theirs.0
    }
}

/// The base address of the loaded object `address` lies in, if any.
fn object_base(address: usize) -> Option<usize> {
    // SAFETY: dladdr only reads the loader's tables; `info` is plain data.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    let found = unsafe { libc::dladdr(address as *const c_void, &mut info) };
    (found != 0 && !info.dli_fbase.is_null()).then_some(info.dli_fbase as usize)
}

/// A stand-in bit generator for [`Ziggurat::agrees_with`]: SplitMix64, with
/// NumPy's conversion of a word to a double.
struct SplitMix(u64);

impl SplitMix {
    fn bitgen(&mut self) -> BitGen {
        unsafe extern "C" fn next_u64(state: *mut c_void) -> u64 {
            // SAFETY: the state is the SplitMix this bit generator was made of.
            let s = unsafe { &mut *state.cast::<SplitMix>() };
            s.0 = s.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = s.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }
        unsafe extern "C" fn next_u32(state: *mut c_void) -> u32 {
            // SAFETY: as `next_u64`.
            (unsafe { next_u64(state) } >> 32) as u32
        }
        unsafe extern "C" fn next_f64(state: *mut c_void) -> f64 {
            // SAFETY: as `next_u64`.
            (unsafe { next_u64(state) } >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
        }
        BitGen {
            state: (self as *mut SplitMix).cast(),
            next_uint64: next_u64,
            next_uint32: next_u32,
            next_double: next_f64,
            next_raw: next_u64,
        }
    }
}
