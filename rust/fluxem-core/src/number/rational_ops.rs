//! Sums, products and quotients of rationals in lowest terms, cancelling with a gcd that
//! reduces modulo the smaller side first when it fits 64 bits and is Lehmer's otherwise
//! (`lehmer.rs`). num-rational's operators use a binary gcd, quadratic in the bits even
//! against 7 (`1e999 / 7` cost 40 µs), and its sum reduces the whole result (`1/7^5000 + 1`
//! cost 2 ms); a hostile text would repeat that at every operator.

use super::lehmer;
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// gcd(a, b) >= 0; O(bits) when either side fits 64 bits.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let small = |x: &BigInt, y: &BigInt| -> Option<BigInt> {
        let s = x.abs().to_u64()?;
        if s == 0 {
            return Some(y.abs());
        }
        let r = (y % BigInt::from(s)).abs().to_u64()?;
        Some(BigInt::from(r.gcd(&s)))
    };
    small(a, b)
        .or_else(|| small(b, a))
        .unwrap_or_else(|| BigInt::from(lehmer::gcd(a.magnitude(), b.magnitude())))
}

fn divide(x: &BigInt, g: &BigInt) -> BigInt {
    if g.is_one() {
        x.clone()
    } else {
        x / g
    }
}

/// `a + b`, both in lowest terms, in lowest terms (Henrici's sum: only the gcd of the
/// denominators and of the result with it are taken, never a gcd of the whole numerator and
/// denominator). With an integer on either side no gcd is needed at all: gcd(n + k·d, d) =
/// gcd(n, d) = 1.
pub fn add(a: &BigRational, b: &BigRational) -> BigRational {
    if b.denom().is_one() {
        return BigRational::new_raw(a.numer() + b.numer() * a.denom(), a.denom().clone());
    }
    if a.denom().is_one() {
        return add(b, a);
    }
    let g = gcd(a.denom(), b.denom());
    if g.is_one() {
        return BigRational::new_raw(
            a.numer() * b.denom() + b.numer() * a.denom(),
            a.denom() * b.denom(),
        );
    }
    let (ad, bd) = (a.denom() / &g, b.denom() / &g);
    let t = a.numer() * &bd + b.numer() * &ad;
    if t.is_zero() {
        return BigRational::zero();
    }
    // gcd(t, a.d·b.d/g) = gcd(t, g): ad and bd are coprime to t
    let g2 = gcd(&t, &g);
    BigRational::new_raw(divide(&t, &g2), ad * divide(b.denom(), &g2))
}

/// `a * b`, both in lowest terms, in lowest terms.
pub fn mul(a: &BigRational, b: &BigRational) -> BigRational {
    if a.is_zero() || b.is_zero() {
        return BigRational::zero();
    }
    let g1 = gcd(a.numer(), b.denom());
    let g2 = gcd(b.numer(), a.denom());
    BigRational::new_raw(
        divide(a.numer(), &g1) * divide(b.numer(), &g2),
        divide(a.denom(), &g2) * divide(b.denom(), &g1),
    )
}

/// `n / d` (d not zero) in lowest terms, as `BigRational::new` but with this module's gcd.
pub fn reduced(n: BigInt, d: BigInt) -> BigRational {
    let (n, d) = if d.is_negative() { (-n, -d) } else { (n, d) };
    let g = gcd(&n, &d);
    if g.is_zero() {
        // n = 0: new panics only for d = 0, which the caller rules out
        return BigRational::new(n, d);
    }
    BigRational::new_raw(divide(&n, &g), divide(&d, &g))
}

/// `a / b` (b not zero), both in lowest terms, in lowest terms.
pub fn div(a: &BigRational, b: &BigRational) -> BigRational {
    let (n, d) = (b.denom().clone(), b.numer().clone());
    let recip = if d.is_negative() {
        BigRational::new_raw(-n, -d)
    } else {
        BigRational::new_raw(n, d)
    };
    mul(a, &recip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduced_matches_num_rational() {
        for (n, d) in [
            (0, 5),
            (6, 4),
            (-6, 4),
            (6, -4),
            (-6, -4),
            (7, 1),
            (12, 18),
            (1i64 << 40, 6),
        ] {
            let (n, d) = (BigInt::from(n), BigInt::from(d));
            let ours = reduced(n.clone(), d.clone());
            let theirs = BigRational::new(n, d);
            assert_eq!(
                (ours.numer(), ours.denom()),
                (theirs.numer(), theirs.denom())
            );
        }
    }

    #[test]
    fn sums_products_and_quotients_match_num_rational() {
        let vals: Vec<BigRational> = [
            (0, 1),
            (1, 1),
            (-7, 3),
            (10, 7),
            (6, 35),
            (-1, 1 << 20),
            (u64::MAX as i128, 3),
            (5, 1),
            (7, 6),
            (-5, 6),
            (1, 6),
            (5, 12),
            (-1, 12),
        ]
        .iter()
        .map(|&(n, d)| BigRational::new(BigInt::from(n), BigInt::from(d)))
        .chain([BigRational::new(
            num_traits::pow(BigInt::from(10), 300),
            BigInt::from(21),
        )])
        .collect();
        for a in &vals {
            for b in &vals {
                let (s, want) = (add(a, b), a + b);
                assert_eq!(
                    (s.numer(), s.denom()),
                    (want.numer(), want.denom()),
                    "{a} + {b}"
                );
                let (m, want) = (mul(a, b), a * b);
                assert_eq!(
                    (m.numer(), m.denom()),
                    (want.numer(), want.denom()),
                    "{a} * {b}"
                );
                if !b.is_zero() {
                    let (q, want) = (div(a, b), a / b);
                    assert_eq!(
                        (q.numer(), q.denom()),
                        (want.numer(), want.denom()),
                        "{a} / {b}"
                    );
                }
            }
        }
    }
}
