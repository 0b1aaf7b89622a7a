//! The Mersenne Twister MT19937 as NumPy seeds and reads it: `seed(s)` is
//! the reference `init_genrand`, doubles take 27 + 26 bits of two words, and
//! bounded integers use NumPy's masked rejection on 32-bit words when the
//! range fits in 32 bits.

const N: usize = 624;
const M: usize = 397;

pub struct Mt19937 {
    key: [u32; N],
    /// The tempered outputs of the current `key`, made in one pass by
    /// `generate` (a draw is then a load).
    out: [u32; N],
    pos: usize,
}

/// `pos` of a generator that was never seeded.
const UNSEEDED: usize = usize::MAX;

impl Mt19937 {
    /// A generator that seeds itself from entropy at its first draw.
    pub const fn unseeded() -> Mt19937 {
        Mt19937 {
            key: [0; N],
            out: [0; N],
            pos: UNSEEDED,
        }
    }

    pub fn new(seed: u32) -> Mt19937 {
        let mut key = [0u32; N];
        key[0] = seed;
        for i in 1..N {
            let prev = key[i - 1];
            key[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 {
            key,
            out: [0; N],
            pos: N,
        }
    }

    /// The next 624 words of state (the reference generator's three loops,
    /// without index wrapping).
    fn generate(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let twist = |upper: u32, lower: u32, far: u32| -> u32 {
            let y = (upper & UPPER) | (lower & LOWER);
            far ^ (y >> 1) ^ ((y & 1).wrapping_neg() & 0x9908_b0df)
        };
        let k = &mut self.key;
        for i in 0..N - M {
            k[i] = twist(k[i], k[i + 1], k[i + M]);
        }
        for i in N - M..N - 1 {
            k[i] = twist(k[i], k[i + 1], k[i + M - N]);
        }
        k[N - 1] = twist(k[N - 1], k[0], k[M - 1]);
        for (o, &y) in self.out.iter_mut().zip(k.iter()) {
            let mut y = y;
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c_5680;
            y ^= (y << 15) & 0xefc6_0000;
            *o = y ^ (y >> 18);
        }
        self.pos = 0;
    }

    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            if self.pos == UNSEEDED {
                *self = Mt19937::new(super::entropy_seed());
            }
            self.generate();
        }
        let y = self.out[self.pos];
        self.pos += 1;
        y
    }

    pub fn next_u64(&mut self) -> u64 {
        let hi = self.next_u32() as u64;
        (hi << 32) | self.next_u32() as u64
    }

    /// A float64 in [0, 1) from 53 random bits.
    #[inline]
    pub fn next_double(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) / 9007199254740992.0
    }

    /// A uniform integer in [0, range]: the smallest all-ones mask covering
    /// `range`, words drawn until one lands inside.
    pub fn bounded_masked(&mut self, range: u64) -> u64 {
        if range == 0 {
            return 0;
        }
        let mask = mask(range);
        if range <= 0xffff_ffff {
            if range == 0xffff_ffff {
                return self.next_u32() as u64;
            }
            loop {
                let v = (self.next_u32() as u64) & mask;
                if v <= range {
                    return v;
                }
            }
        }
        if range == u64::MAX {
            return self.next_u64();
        }
        loop {
            let v = self.next_u64() & mask;
            if v <= range {
                return v;
            }
        }
    }

    /// NumPy's `random_interval(max)`: the same rejection, used by `shuffle`.
    pub fn interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mask = mask(max);
        if max <= 0xffff_ffff {
            loop {
                let v = (self.next_u32() as u64) & mask;
                if v <= max {
                    return v;
                }
            }
        }
        loop {
            let v = self.next_u64() & mask;
            if v <= max {
                return v;
            }
        }
    }
}

/// The smallest `2^k - 1` at least `x`.
fn mask(x: u64) -> u64 {
    u64::MAX >> x.leading_zeros()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // The first outputs of init_genrand(5489), the reference seed.
        let mut mt = Mt19937::new(5489);
        assert_eq!(mt.next_u32(), 3499211612);
        assert_eq!(mt.next_u32(), 581869302);
        assert_eq!(mt.next_u32(), 3890346734);
    }

    #[test]
    fn masks() {
        assert_eq!(mask(1), 1);
        assert_eq!(mask(5), 7);
        assert_eq!(mask(8), 15);
        assert_eq!(mask(u64::MAX), u64::MAX);
    }
}
