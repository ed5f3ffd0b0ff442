//! Conversion of a value in a unit to SI base units, with each distinct unit text parsed once
//! per thread (corpora repeat a few hundred units endlessly) and a decimal fast path.

use super::unit_expr::{self, is_hspace, Unit};
use super::units;
use crate::codec;
use crate::fnv::FnvBuild;
use crate::number::{rational_ops, Number};
use crate::Result;
use num_rational::BigRational;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

/// Distinct unit texts remembered per thread before the cache starts over.
const CACHE_CAPACITY: usize = 4096;

/// A parsed unit with its conversion factor evaluated once.
#[derive(Debug, Clone, PartialEq)]
pub struct SiUnit {
    /// The parsed unit: exact factor, dimensions and affine offset.
    pub unit: Unit,
    /// The factor when it is rational.
    pub exact: Option<BigRational>,
    /// The factor, or a 50-digit approximation of it (π, square roots).
    pub approx: BigRational,
    /// The factor and the affine offset as short decimals (m, e) when they are.
    factor_dec: Option<(u64, i32)>,
    offset_dec: Option<(u64, i32)>,
    /// log10 of the factor (to within float error), when it is positive and finite.
    log10_factor: Option<f64>,
    /// The decades k (10^k <= |number| < 10^(k+1)) that `clearly_in_range` accepts, from
    /// `in_range_decades` (None: none are, or the unit is affine).
    in_range: Option<(i64, i64)>,
    /// For an affine unit, the decimal exponents e whose every m * 10^e is, converted,
    /// certainly zero or inside the codec's range (`affine_in_range`).
    affine_in_range: Option<(i32, i32)>,
}

fn short_decimal(r: &BigRational) -> Option<(u64, i32)> {
    let d = Number::Rational(r.clone()).to_short_decimal(18);
    (!d.rounded && !d.neg).then_some((d.m, d.e))
}

impl SiUnit {
    /// Evaluates the factor of `unit` once (exact, or to 50 digits when it involves π or a root).
    pub fn new(unit: Unit) -> SiUnit {
        let exact = unit.factor.exact();
        let approx = exact.clone().unwrap_or_else(|| unit.factor.approx());
        let factor_dec = exact.as_ref().and_then(short_decimal);
        let offset_dec = unit.offset.as_ref().and_then(short_decimal);
        let f = Number::Rational(approx.clone()).to_f64();
        let log10_factor = (f.is_finite() && f > 0.0).then(|| libm::log10(f));
        let in_range = match (&unit.offset, log10_factor) {
            (None, Some(lf)) => in_range_decades(lf),
            _ => None,
        };
        let affine_in_range = unit
            .offset
            .as_ref()
            .and_then(|off| affine_in_range(&approx, off, log10_factor?));
        SiUnit {
            unit,
            exact,
            approx,
            factor_dec,
            offset_dec,
            log10_factor,
            in_range,
            affine_in_range,
        }
    }

    /// Whether `number` in this unit is, in SI base units, certainly zero or of a magnitude
    /// inside the codec's range (the binary64 normal range) by a relative margin of ~2e-9,
    /// decided from logarithms alone; false means "not decided here", not "out of range".
    pub fn clearly_in_range(&self, number: &Number) -> bool {
        let Number::Decimal { m, e, .. } = number else {
            return false;
        };
        if self.unit.offset.is_some() {
            // an offset can cancel the value: only exponents that keep any sum's digits
            // inside the range are decided here
            return self
                .affine_in_range
                .is_some_and(|(lo, hi)| (lo..=hi).contains(e));
        }
        if *m == 0 {
            return true;
        }
        let Some((kmin, kmax)) = self.in_range else {
            return false;
        };
        // 10^k <= |number| < 10^(k+1) with k = floor(log10 m) + e, and floor(log10 m) is in
        // 0..=38 (m < 2^128): most decimals are decided from e alone, without counting digits
        let e = i64::from(*e);
        if e >= kmin && e + 38 <= kmax {
            return true;
        }
        let k = e + i64::from(crate::number::ilog10_u128(*m));
        (kmin..=kmax).contains(&k)
    }

    /// Whether `number` in this unit is, in SI base units, certainly outside the codec's
    /// range, decided from decimal exponents alone (O(1), before any big number is built):
    /// "1e-99999 km/h" is refused without computing 10^99999. False means "not decided here".
    pub fn clearly_out_of_range(&self, number: &Number) -> bool {
        let Number::Decimal { m, e, .. } = number else {
            return false;
        };
        let Some(lf) = self.log10_factor.filter(|_| *m != 0) else {
            return false;
        };
        // 10^lo <= |number * factor| < 10^(lo + 1)
        let lo = *e as f64 + crate::number::ilog10_u128(*m) as f64 + lf;
        // an affine offset (a few hundred kelvin) keeps tiny temperatures in range
        codec::log10_outside(lo, lo + 1.0) && (self.unit.offset.is_none() || lo > 0.0)
    }

    /// `number` in this unit, in SI base units, and whether that is exact (it is not when the
    /// factor involves π or a square root; it is then within a relative 10^-50).
    pub fn to_si(&self, number: &Number) -> (Number, bool) {
        if let Number::Decimal { neg, m, e } = number {
            if let Some(d) = self.decimal_si(*neg, *m, *e) {
                return (d, true);
            }
        }
        // num-rational's operators reduce with a binary gcd (a third of a `5 rpm` encode);
        // rational_ops cancels cross factors first, against the decimal's small parts
        let mut si = crate::number::decimal_times_rational(number, &self.approx)
            .unwrap_or_else(|| rational_ops::mul(&number.to_rational(), &self.approx));
        if let Some(off) = &self.unit.offset {
            si = rational_ops::add(&si, off);
        }
        (
            Number::Rational(si),
            self.exact.is_some() || number.is_zero(),
        )
    }

    /// A difference of `number` in this unit, in SI base units: `to_si` without an affine
    /// unit's offset (an uncertainty of 0.5 °C is 0.5 K).
    pub fn difference_to_si(&self, number: &Number) -> (Number, bool) {
        if self.unit.offset.is_none() {
            return self.to_si(number);
        }
        (
            Number::Rational(rational_ops::mul(&number.to_rational(), &self.approx)),
            self.exact.is_some() || number.is_zero(),
        )
    }

    /// The decimal path: (m * 10^e) * factor + offset in u128 arithmetic, when it fits.
    fn decimal_si(&self, neg: bool, m: u128, e: i32) -> Option<Number> {
        let (fm, fe) = self.factor_dec?;
        let pm = m.checked_mul(fm as u128)?;
        let pe = i32::try_from(e as i64 + fe as i64).ok()?;
        let Some((om, oe)) = self.offset_dec else {
            if self.unit.offset.is_some() {
                return None;
            }
            return Some(Number::Decimal { neg, m: pm, e: pe });
        };
        let ce = pe.min(oe);
        let a = pm.checked_mul(10u128.checked_pow((pe - ce) as u32)?)?;
        let b = (om as u128).checked_mul(10u128.checked_pow((oe - ce) as u32)?)?;
        let (m, neg) = match (neg, a >= b) {
            (false, _) => (a.checked_add(b)?, false),
            (true, true) => (a - b, true),
            (true, false) => (b - a, false),
        };
        Some(Number::Decimal { neg, m, e: ce })
    }
}

/// Whether a number of decade k (10^k <= |number| < 10^(k+1)) times a factor of log10 `lf` is
/// certainly inside the codec's range: |number * factor| lies in [k, k + 1) + lf (decimal
/// logs), inside the range with a 1e-9 margin for the whole decade, so only values within
/// about a decade of its limits (`2.2250738585072014e-308 m`) are converted exactly.
fn decade_in_range(k: i64, lf: f64) -> bool {
    let lo = k as f64 + lf;
    codec::log10_inside(lo, lo + 1.0)
}

/// The decades k for which `decade_in_range(k, lf)` holds, as an interval (None when empty).
/// It is one: `lo = k + lf` rounds monotonically in k, and `log10_inside(lo, lo + 1)` holds
/// on an interval of lo. Its centre k0 = round(-lf) has |lo| <= ~0.5, inside, whenever
/// |lf| < 1e15; beyond that every decade a decimal can have (|k| < 2^32) is far outside.
fn in_range_decades(lf: f64) -> Option<(i64, i64)> {
    if lf.abs() >= 1e15 {
        return None;
    }
    let k0 = (-lf).round() as i64;
    if !decade_in_range(k0, lf) {
        return None;
    }
    let (mut kmin, mut kmax) = (k0, k0);
    while decade_in_range(kmin - 1, lf) {
        kmin -= 1;
    }
    while decade_in_range(kmax + 1, lf) {
        kmax += 1;
    }
    Some((kmin, kmax))
}

/// For an affine unit of factor `f` (as `to_si` uses it; log10 `lf`) and offset `off`: the
/// decimal exponents e for which every x = m * 10^e (m < 2^128) has x * f + off zero or of
/// magnitude in [10^-300, 10^300], well inside the codec's range. With f = p/q, off = r/s
/// (q * s < 10^d), the sum is (m p s 10^e + r q) / (q s): for e >= 0 a nonzero one is at least
/// 1/(q s), for e < 0 (numerator and denominator times 10^-e) at least 10^e/(q s); so
/// e >= d - 300 bounds it below. Above, |x| < 10^(e + 39) and f < 10^(lf + 1) (float slack),
/// so e <= 258 - ceil(lf) keeps |x * f| <= 10^299, and |off| < 10^299 is required.
fn affine_in_range(f: &BigRational, off: &BigRational, lf: f64) -> Option<(i32, i32)> {
    let digits = |n: &num_bigint::BigInt| n.to_string().len() as i64;
    let d = digits(f.denom()) + digits(off.denom());
    let off_f = Number::Rational(off.clone()).to_f64();
    if !(d <= 300 && off_f.abs() < 1e299 && lf.abs() < 1e6) {
        return None;
    }
    let lo = d - 300;
    let hi = 258 - lf.ceil() as i64;
    (lo <= hi).then_some((lo as i32, hi as i32))
}

thread_local! {
    // a const initializer: an access tests no lazy-initialisation state
    static CACHE: RefCell<UnitCache> = const {
        RefCell::new(UnitCache {
            short: PackedUnits {
                slots: Vec::new(),
                len: 0,
            },
            long: HashMap::with_hasher(BuildHasherDefault::new()),
        })
    };
}

/// This thread's parsed units: those of at most 8 bytes (nearly all) keyed by their bytes
/// packed into one word (`units::packed`, distinct texts give distinct words), found with one
/// multiply and one compare where hashing the text byte by byte and comparing it cost ~100
/// instructions after every number and unit; the rest keyed by their text.
struct UnitCache {
    short: PackedUnits,
    long: HashMap<String, Arc<SiUnit>, FnvBuild>,
}

impl UnitCache {
    #[inline(always)] // (inside `LocalKey::with`: a call there cost more than the lookup)
    fn get(&self, body: &str) -> Option<&Arc<SiUnit>> {
        match units::packed(body.as_bytes()) {
            Some(k) => self.short.get(k),
            None => self.long.get(body),
        }
    }

    fn insert(&mut self, body: &str, unit: Arc<SiUnit>) {
        if self.short.len + self.long.len() >= CACHE_CAPACITY {
            self.short = PackedUnits {
                slots: Vec::new(),
                len: 0,
            };
            self.long.clear();
        }
        match units::packed(body.as_bytes()) {
            Some(k) => self.short.insert(k, unit),
            None => {
                self.long.insert(body.to_string(), unit);
            }
        }
    }
}

/// Units by packed key: open addressing, a multiplicative hash, linear probing, at most half
/// full (a lookup is a multiply, a shift and most often one compare; a `HashMap` probed a
/// group of control bytes first). Key 0 marks an empty slot: no packed key is 0.
struct PackedUnits {
    slots: Vec<(u64, Option<Arc<SiUnit>>)>,
    len: usize,
}

impl PackedUnits {
    #[inline(always)]
    fn home(&self, k: u64) -> usize {
        // the high bits of the product: they depend on every byte of the key
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    #[inline(always)]
    fn get(&self, k: u64) -> Option<&Arc<SiUnit>> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (key, unit) = &self.slots[i];
            if *key == k {
                return unit.as_ref();
            }
            if *key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, k: u64, unit: Arc<SiUnit>) {
        debug_assert_ne!(k, 0);
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![(0, None); size]);
            self.len = 0;
            for (key, unit) in old {
                if let Some(unit) = unit {
                    self.insert(key, unit);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        while self.slots[i].0 != 0 && self.slots[i].0 != k {
            i = (i + 1) & mask;
        }
        if self.slots[i].0 == 0 {
            self.len += 1;
        }
        self.slots[i] = (k, Some(unit));
    }
}

/// The unit of `body` (all of it, no surrounding spaces), from this thread's cache when it was
/// parsed before. Errors are not cached (they are rare and carry positions).
pub fn unit_of(body: &str) -> Result<Arc<SiUnit>> {
    if let Some(hit) = cached_unit(body) {
        return Ok(hit);
    }
    let unit = Arc::new(SiUnit::new(unit_expr::parse_whole(body)?));
    CACHE.with(|c| c.borrow_mut().insert(body, unit.clone()));
    Ok(unit)
}

/// The unit of `body` when this thread has parsed it before (then all of `body` is one unit).
pub fn cached_unit(body: &str) -> Option<Arc<SiUnit>> {
    CACHE.with(|c| c.borrow().get(body).cloned())
}

/// `f` applied to the unit of `body` when this thread has it cached (no parse, no `Arc` clone):
/// the segmenter's common case, where a few hundred units repeat endlessly.
pub fn with_cached_unit<T>(body: &str, f: impl FnOnce(&SiUnit) -> T) -> Option<T> {
    CACHE.with(|c| c.borrow().get(body).map(|u| f(u)))
}

/// Like `unit_of` for a unit text with optional surrounding spaces; "" is the unit 1.
pub fn unit_of_text(text: &str) -> Result<Arc<SiUnit>> {
    let start = text.len() - text.trim_start_matches(is_hspace).len();
    let body = text[start..].trim_end_matches(is_hspace);
    if body.is_empty() {
        return Ok(Arc::new(SiUnit::new(Unit::one())));
    }
    let offset = text[..start].chars().count();
    unit_of(body).map_err(|e| e.offset_by(offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domains::quantity::factor::parse_exact;
    use crate::number::parse_number;

    /// The packed-key table finds every unit inserted (through its growth) and no other key,
    /// as a `HashMap` does.
    #[test]
    fn packed_units_agree_with_a_hash_map() {
        let unit = Arc::new(SiUnit::new(Unit::one()));
        let mut rng = crate::test_rng::XorShift::new(0x9ac4_ed00_0000_0001);
        for round in 0..20 {
            let mut table = PackedUnits {
                slots: Vec::new(),
                len: 0,
            };
            let mut map = HashMap::new();
            for _ in 0..(50 * round + 10) {
                // small keys collide in the home slot often
                let k = 1 + rng.below(if round % 2 == 0 { 300 } else { 1 << 30 }) as u64;
                if rng.below(2) == 0 {
                    table.insert(k, unit.clone());
                    map.insert(k, ());
                }
                let probe = 1 + rng.below(1 << 30) as u64;
                for key in [k, probe] {
                    assert_eq!(table.get(key).is_some(), map.contains_key(&key), "{key}");
                }
            }
            assert_eq!(table.len, map.len());
        }
    }

    #[test]
    fn decimal_path_matches_the_rational_path() {
        for unit in [
            "°C", "°F", "km/h", "in", "kWh", "psi", "eV", "°", "K", "mmHg", "lb·ft",
        ] {
            let u = unit_of(unit).unwrap();
            for x in [
                "25",
                "-40",
                "0",
                "1.5e-3",
                "-273.15",
                "123456789012345678901234567890",
            ] {
                let n = parse_number(x).unwrap();
                let (fast, exact) = u.to_si(&n);
                let mut slow = n.to_rational() * &u.approx;
                if let Some(off) = &u.unit.offset {
                    slow += off;
                }
                assert_eq!(fast.to_rational(), slow, "{x} {unit}");
                assert_eq!(exact, u.exact.is_some() || x == "0", "{x} {unit}");
            }
        }
        let c = unit_of("°C").unwrap();
        let (k, _) = c.to_si(&parse_number("25").unwrap());
        assert!(matches!(k, Number::Decimal { .. }));
        assert_eq!(k.to_rational(), parse_exact("298.15"));
    }

    #[test]
    fn in_range_decades_is_the_float_test() {
        for lf in [
            0.0, 0.3, -0.3, 3.0, -3.0, 0.5, -0.5, 2.5, 307.0, -307.0, 307.6, 308.0, 615.0, -615.0,
            616.0, 1e6, -1e6, 1e14, 1e15, 1e300,
        ] {
            let decades = in_range_decades(lf);
            for k in (-1000..=1000).chain([-(1 << 31), 1 << 31]) {
                let inside = decades.is_some_and(|(lo, hi)| (lo..=hi).contains(&k));
                assert_eq!(inside, decade_in_range(k, lf), "{lf} {k}");
            }
        }
        for unit in ["m", "km/h", "nm", "Gpc", "eV", "Qm^9", "qg^10", "°", "kWh"] {
            let u = unit_of(unit).unwrap();
            // `qg^10` (1e-330 kg^10) has no f64 factor: nothing is clearly in range
            let lf = u.log10_factor;
            for x in [
                "1",
                "9.99e300",
                "1e-300",
                "5e-310",
                "1.5e307",
                "123456789e-320",
            ] {
                let Number::Decimal { m, e, .. } = parse_number(x).unwrap() else {
                    unreachable!()
                };
                let lo = lf.map(|lf| crate::number::ilog10_u128(m) as f64 + e as f64 + lf);
                let n = parse_number(x).unwrap();
                let expected = lo.is_some_and(|lo| codec::log10_inside(lo, lo + 1.0));
                assert_eq!(u.clearly_in_range(&n), expected, "{x} {unit}");
            }
        }
    }

    #[test]
    fn affine_in_range_is_inside_the_codec_range() {
        let max_m = u128::MAX;
        for unit in ["°C", "°F", "degC", "degF"] {
            let u = unit_of(unit).unwrap();
            let (lo, hi) = u.affine_in_range.expect(unit);
            assert!(lo <= -290 && hi >= 250, "{unit} {lo} {hi}");
            for e in [lo, lo + 1, -2, -1, 0, 1, hi - 1, hi] {
                for m in [0, 1, 9, 27315, 45967, 10u128.pow(38), max_m] {
                    for neg in [false, true] {
                        let n = Number::Decimal { neg, m, e };
                        assert!(u.clearly_in_range(&n));
                        let (si, _) = u.to_si(&n);
                        assert!(codec::accepts(&si).is_ok(), "{unit} {n:?}");
                    }
                }
            }
        }
        // `-273.15 °C` is 0 K, `-459.67 °F` too: zero is in range
        for (x, unit) in [
            ("-273.15", "°C"),
            ("-459.67", "°F"),
            ("25", "°C"),
            ("98.6", "°F"),
        ] {
            let (u, n) = (unit_of(unit).unwrap(), parse_number(x).unwrap());
            assert!(u.clearly_in_range(&n) && codec::accepts(&u.to_si(&n).0).is_ok());
        }
    }

    #[test]
    fn cache_returns_the_same_unit() {
        let a = unit_of("kg·m²/s²").unwrap();
        let b = unit_of("kg·m²/s²").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(unit_of("xyz").is_err());
        assert_eq!(unit_of_text("  km ").unwrap().unit.dims.0[0], 2);
    }
}
