//! Lehmer's gcd (Knuth, TAOCP vol. 2, 4.5.2, Algorithm L) on 64-bit limbs.
//!
//! num-integer's `BigUint::gcd` is binary (Stein): it removes about one bit per pass over the
//! whole number, so a gcd of two 16,384-bit integers (the expression budget, `MAX_BITS`)
//! makes ~20,000 passes over 256 limbs; a hostile expression of long quotients asked for one
//! per operator (a 2.4 KB text cost 16 ms). Lehmer's method runs Euclid on the leading 62 bits
//! in single precision and applies the accumulated 2x2 cofactor matrix to the full numbers
//! once per ~30 bits of progress: the same O(n^2) bound, with ~20x fewer passes.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::ToPrimitive;

/// Bits of the leading part run in single precision. Cofactors stay below 2^62, so a limb
/// times a cofactor stays below 2^126 and a sum of two such products, with the carry, fits
/// an i128.
const LEAD_BITS: u64 = 62;

/// gcd(a, b).
pub fn gcd(a: &BigUint, b: &BigUint) -> BigUint {
    let (mut u, mut v) = if a >= b {
        (a.to_u64_digits(), b.to_u64_digits())
    } else {
        (b.to_u64_digits(), a.to_u64_digits())
    };
    // invariant: u >= v, both normalised (no zero limb at the top)
    while v.len() > 1 {
        let shift = bits(&u) - LEAD_BITS;
        let (x, y) = (leading(&u, shift), leading(&v, shift));
        let [ca, cb, cc, cd] = cofactors(x, y);
        if cb == 0 {
            // no single-precision step was certain: one full-precision Euclid step
            let r = BigUint::from_slice_u64(&u) % BigUint::from_slice_u64(&v);
            u = std::mem::replace(&mut v, r.to_u64_digits());
        } else {
            let next_u = combine(&u, &v, ca, cb);
            v = combine(&u, &v, cc, cd);
            u = next_u;
        }
    }
    let (u, v) = (BigUint::from_slice_u64(&u), v.first().copied().unwrap_or(0));
    if v == 0 {
        return u;
    }
    // the rest fits a u64: one big remainder, then machine words
    let r = (u % v).to_u64().unwrap_or(0);
    BigUint::from(v.gcd(&r))
}

trait FromU64Slice {
    fn from_slice_u64(limbs: &[u64]) -> BigUint;
}

impl FromU64Slice for BigUint {
    fn from_slice_u64(limbs: &[u64]) -> BigUint {
        // little-endian u64 limbs into the u32 digits `BigUint::new` takes
        BigUint::new(
            limbs
                .iter()
                .flat_map(|&w| [w as u32, (w >> 32) as u32])
                .collect(),
        )
    }
}

/// Bit length of a normalised, non-empty limb vector.
fn bits(x: &[u64]) -> u64 {
    let top = x[x.len() - 1];
    x.len() as u64 * 64 - u64::from(top.leading_zeros())
}

/// `x >> shift`, truncated to its low 64 bits (only ever asked for at most 62 bits).
fn leading(x: &[u64], shift: u64) -> i128 {
    let (limb, bit) = ((shift / 64) as usize, shift % 64);
    let lo = x.get(limb).copied().unwrap_or(0);
    let hi = x.get(limb + 1).copied().unwrap_or(0);
    let v = if bit == 0 {
        lo
    } else {
        (lo >> bit) | (hi << (64 - bit))
    };
    i128::from(v)
}

/// Algorithm L's inner loop on the leading parts `x >= y`: the cofactors [A, B, C, D] such that
/// (A·u + B·v, C·u + D·v) is where Euclid on the full numbers would be after the same steps.
/// B == 0 when not even one quotient was certain.
fn cofactors(mut x: i128, mut y: i128) -> [i128; 4] {
    let (mut a, mut b, mut c, mut d) = (1i128, 0i128, 0i128, 1i128);
    while y + c != 0 && y + d != 0 {
        let q = (x + a) / (y + c);
        if q != (x + b) / (y + d) {
            break;
        }
        (a, c) = (c, a - q * c);
        (b, d) = (d, b - q * d);
        (x, y) = (y, x - q * y);
    }
    [a, b, c, d]
}

/// `p·u + q·v` for cofactors of opposite signs whose result is known to be >= 0 (a Euclid
/// remainder), normalised.
fn combine(u: &[u64], v: &[u64], p: i128, q: i128) -> Vec<u64> {
    let mut out = Vec::with_capacity(u.len());
    let mut carry: i128 = 0;
    for (i, &ui) in u.iter().enumerate() {
        let vi = v.get(i).copied().unwrap_or(0);
        let t = p * i128::from(ui) + q * i128::from(vi) + carry;
        out.push(t as u64);
        carry = t >> 64;
    }
    debug_assert_eq!(carry, 0, "a Lehmer step left a negative value");
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Zero};

    /// xorshift64*: deterministic limbs without a dev-dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn big(&mut self, limbs: usize) -> BigUint {
            BigUint::from_slice_u64(&(0..limbs).map(|_| self.next()).collect::<Vec<_>>())
        }
    }

    fn check(a: &BigUint, b: &BigUint) {
        assert_eq!(gcd(a, b), a.gcd(b), "gcd({a}, {b})");
        assert_eq!(gcd(b, a), a.gcd(b), "gcd({b}, {a})");
    }

    #[test]
    fn agrees_with_num_integer_on_random_and_shared_factors() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..400 {
            let (la, lb) = (1 + round % 40, 1 + (round * 7) % 40);
            let (a, b) = (rng.big(la), rng.big(lb));
            check(&a, &b);
            // a common factor of every size, so the answer is not almost always 1
            let g = rng.big(1 + round % 9);
            check(&(&a * &g), &(&b * &g));
            check(&(&a * &g * &g), &(&g * 3u32));
        }
    }

    #[test]
    fn edge_cases() {
        let zero = BigUint::zero();
        let one = BigUint::one();
        let big = BigUint::from(7u32).pow(5000);
        assert!(gcd(&zero, &zero).is_zero());
        check(&zero, &big);
        check(&one, &big);
        check(&big, &big);
        check(&big, &(&big + 1u32));
        check(&(BigUint::one() << 16_000), &(BigUint::one() << 9_000));
        check(
            &((BigUint::one() << 4096) - 1u32),
            &((BigUint::one() << 2048) - 1u32),
        );
        check(&(&big * 3u32), &BigUint::from(u64::MAX));
    }

    #[test]
    fn consecutive_fibonacci_numbers_the_worst_case_for_euclid() {
        let (mut f0, mut f1) = (BigUint::zero(), BigUint::one());
        for i in 0..3000 {
            (f0, f1) = (f1.clone(), f0 + &f1);
            if i % 97 == 0 {
                check(&f1, &f0);
                check(&(&f1 * &f0), &(&f0 * 5u32));
            }
        }
    }
}
