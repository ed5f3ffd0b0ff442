use super::*;
use crate::number::parse_number;

fn enc(s: &str) -> Vec<f64> {
    let mut out = vec![0.0; CODEC_DIMS];
    encode(&parse_number(s).unwrap(), &mut out).unwrap();
    out
}

fn as_f32(v: &[f64]) -> Vec<f64> {
    v.iter().map(|&x| x as f32 as f64).collect()
}

/// A small deterministic generator so the tests need no extra crates.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 11
    }
    fn int(&mut self, bound: i64) -> i64 {
        (self.next() % (2 * bound as u64 + 1)) as i64 - bound
    }
}

#[test]
fn fresh_encodings_decode_exactly() {
    for s in [
        "0",
        "5",
        "-1234",
        "1000000000000000",
        "0.1",
        "-2.5e-7",
        "1e300",
        "123456789012345678",
    ] {
        let d = decode(&as_f32(&enc(s))).unwrap();
        let expect = parse_number(s).unwrap().to_short_decimal(EXACT_DIGITS);
        assert_eq!(d, Decoded::Exact(expect), "{s}");
    }
}

#[test]
fn float32_blocks_are_exact_except_flo() {
    let e = enc("-987654321.123456789");
    let f = as_f32(&e);
    for (i, (a, b)) in e.iter().zip(f.iter()).enumerate() {
        if i != LOG_FLO {
            assert_eq!(a, b, "dim {i}");
        }
    }
}

#[test]
fn linear_sums_are_exact() {
    let mut g = Lcg(7);
    for _ in 0..20000 {
        let (a, b) = (g.int(1_000_000_000_000), g.int(1_000_000_000_000));
        let (ea, eb) = (as_f32(&enc(&a.to_string())), as_f32(&enc(&b.to_string())));
        let sum: Vec<f64> = ea
            .iter()
            .zip(eb.iter())
            .map(|(x, y)| (*x as f32 + *y as f32) as f64)
            .collect();
        match decode_linear(&sum).unwrap() {
            Decoded::Linear { scaled, inexact } => {
                assert!(!inexact);
                assert_eq!(scaled, (a as i128 + b as i128) * 1_000_000_000);
            }
            other => panic!("{other:?}"),
        }
    }
}

/// A plain float32 sum of the blocks' linear parts.
fn f32_sum(blocks: &[Vec<f64>]) -> Vec<f64> {
    let mut sum = vec![0.0f32; CODEC_DIMS];
    for b in blocks {
        for (s, x) in sum.iter_mut().zip(b) {
            *s += *x as f32;
        }
    }
    sum.into_iter().map(f64::from).collect()
}

fn scaled_of(block: &[f64]) -> i128 {
    match decode_linear(block).unwrap() {
        Decoded::Linear { scaled, inexact } => {
            assert!(!inexact);
            scaled
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn linear_sums_are_exact_to_the_top_of_the_range() {
    // 35-digit multiples of 10^-9 (every limb in use) up to |x| < 10^27, any signs
    let mut g = Lcg(11);
    let top = LIN_LIMIT as u128;
    for _ in 0..20000 {
        let draw = |g: &mut Lcg| {
            let v = ((u128::from(g.next()) << 53) | u128::from(g.next())) % top;
            if g.next() % 2 == 0 {
                v as i128
            } else {
                -(v as i128)
            }
        };
        let (a, b) = (draw(&mut g), draw(&mut g));
        let blocks = [enc(&format!("{a}e-9")), enc(&format!("{b}e-9"))];
        assert_eq!(scaled_of(&f32_sum(&blocks)), a + b);
    }
    // limbs of 9999, 1,677 times: still exact in float32 (|sum of limbs| < 2^24)
    let nines = 10i128.pow(32) - 1;
    let many = vec![enc(&format!("{nines}e-9")); 1677];
    assert_eq!(scaled_of(&f32_sum(&many)), 1677 * nines);
    // a sum past i128 (about 170 values near 10^27) is an error, never a wrong value
    let many = vec![enc(&format!("{}e-9", LIN_LIMIT - 1)); 171];
    assert!(matches!(
        decode_linear(&f32_sum(&many)),
        Err(FluxemError::Decode { .. })
    ));
}

#[test]
fn the_linear_range_ends_at_10_to_the_27() {
    let below = enc("999999999999999999999999999.999999999");
    assert_eq!(below[LIN_INEXACT], 0.0);
    assert_eq!(scaled_of(&below), LIN_LIMIT - 1);
    let at = enc("1e27");
    assert_eq!(at[LIN_INEXACT], LIN_OUT_OF_RANGE);
    assert_eq!(10f64.powi(LIN_RANGE_EXP), 1e27);
}

#[test]
fn log_sums_multiply() {
    let mut g = Lcg(11);
    let mut worst: f64 = 0.0;
    for _ in 0..20000 {
        let a = (g.int(1_000_000) as f64 + 0.5) * 10f64.powi(g.int(24) as i32);
        let b = (g.int(1_000_000) as f64 - 0.25) * 10f64.powi(g.int(24) as i32);
        let (ea, eb) = (
            as_f32(&enc(&format!("{a:e}"))),
            as_f32(&enc(&format!("{b:e}"))),
        );
        let sum: Vec<f64> = ea
            .iter()
            .zip(eb.iter())
            .map(|(x, y)| (*x as f32 + *y as f32) as f64)
            .collect();
        let p = decode_log(&sum).unwrap();
        let rel = ((p - a * b) / (a * b)).abs();
        worst = worst.max(rel);
    }
    assert!(worst < 1e-12, "worst {worst}");
}

#[test]
fn sign_and_zero_are_algebraic() {
    let m6 = enc("-6");
    let p7 = enc("7");
    let z = enc("0");
    let add = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x + y).collect::<Vec<_>>();
    assert_eq!(decode_log(&add(&m6, &p7)).unwrap(), -42.0);
    assert_eq!(decode_log(&add(&m6, &m6)).unwrap(), 36.0);
    assert_eq!(decode_log(&add(&m6, &z)).unwrap(), 0.0);
    let mut out = vec![0.0; CODEC_DIMS];
    assert!(mul_scaled(&p7, &z, -1.0, &mut out).is_err());
    mul_scaled(&z, &p7, -1.0, &mut out).unwrap();
    assert_eq!(decode(&out).unwrap(), Decoded::Log(0.0));
}

#[test]
fn closed_form_ops_set_flags() {
    let (a, b) = (enc("1234"), enc("-5678"));
    let mut out = vec![0.0; CODEC_DIMS];
    add_scaled(&a, &b, 1.0, &mut out).unwrap();
    assert_eq!(
        decode(&out).unwrap(),
        Decoded::Linear {
            scaled: -4444 * 1_000_000_000,
            inexact: false
        }
    );
    let sum = out.clone();
    assert!(mul_scaled(&sum, &a, 1.0, &mut out).is_err());
    assert!(
        decode_log(&sum).is_err(),
        "a closed-form sum has no log part"
    );
    pow(&a, 2.0, &mut out).unwrap();
    assert!(
        decode_linear(&out).is_err(),
        "a closed-form power has no linear part"
    );
    match decode(&out).unwrap() {
        Decoded::Log(v) => assert!((v - 1234.0f64.powi(2)).abs() / v < 1e-13),
        other => panic!("{other:?}"),
    }
    neg(&b, &mut out);
    assert_eq!(decode(&out).unwrap().to_f64(), 5678.0);
    assert_eq!(decode_log(&out).unwrap(), 5678.0);
}

#[test]
fn out_of_range_is_an_error() {
    let mut out = vec![0.0; CODEC_DIMS];
    for s in ["1e309", "-1e400", "1e-320"] {
        assert!(matches!(
            encode(&parse_number(s).unwrap(), &mut out),
            Err(FluxemError::Encode { .. })
        ));
    }
    // beyond the linear range: the limbs hold nothing and reading them is an error, not 0
    let big = enc("1e27");
    assert_eq!(big[LIN_INEXACT], LIN_OUT_OF_RANGE);
    assert!(big[LIN..LIN + LIN_LIMBS].iter().all(|&l| l == 0.0));
    assert!(matches!(
        decode_linear(&big),
        Err(FluxemError::Decode { .. })
    ));
    let mut sum = vec![0.0; CODEC_DIMS];
    add_scaled(&enc("1"), &big, 1.0, &mut sum).unwrap();
    assert!(matches!(
        decode_linear(&sum),
        Err(FluxemError::Decode { .. })
    ));
    let fine = enc("1.0000000001");
    assert_eq!(fine[LIN_INEXACT], 1.0);
}

#[test]
fn plain_sum_is_not_silently_decoded() {
    let (a, b) = (enc("1"), enc("2"));
    let sum: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    assert!(decode(&sum).is_err());
}

#[test]
fn fractional_powers_keep_log_k_integral() {
    let mut out = vec![0.0; CODEC_DIMS];
    for (x, p) in [
        ("1000", 0.5),
        ("8", 0.5),
        ("2", -1.5),
        ("0.001", 1.0 / 3.0),
        ("12345", 2.25),
    ] {
        pow(&enc(x), p, &mut out).unwrap();
        assert_eq!((out[LOG_K] * 16.0).fract(), 0.0);
        let want = x.parse::<f64>().unwrap().powf(p);
        let got = decode_log(&out).unwrap();
        assert!(
            ((got - want) / want).abs() < 1e-13,
            "{x}^{p}: {got} vs {want}"
        );
    }
}

#[test]
fn accepts_is_check_range() {
    use crate::number::parse_number;
    let mut texts: Vec<String> = Vec::new();
    for m in [
        "1",
        "9.99",
        "1.7976931348623157",
        "1.8",
        "2.2250738585072014",
        "2.2",
        "4.9",
        "0",
    ] {
        for e in [
            -330, -324, -310, -309, -308, -307, -301, -300, -299, -1, 0, 1, 299, 300, 301, 307,
            308, 309, 330,
        ] {
            texts.push(format!("{m}e{e}"));
            texts.push(format!("-{m}e{e}"));
        }
    }
    for t in &texts {
        let n = parse_number(t).unwrap();
        assert_eq!(accepts(&n), check_range(&n).map(|_| ()), "{t}");
    }
    let third = Number::Rational(num_rational::BigRational::new(1.into(), 3.into()));
    assert_eq!(accepts(&third), Ok(()));
    assert!(accepts(&parse_number("1e309").unwrap()).is_err());
    assert!(accepts(&parse_number("1e-300").unwrap()).is_ok());
}

#[test]
fn the_range_in_messages_is_the_codec_range() {
    assert_eq!(
        RANGE_TEXT,
        format!("0 or {MIN_MAGNITUDE:e} <= |x| <= {MAX_MAGNITUDE:e}")
    );
}

#[test]
fn write_limbs_agrees_with_u128_arithmetic() {
    let mut x: u128 = 0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C834;
    for _ in 0..2000 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        for u in [x, x >> 40, x >> 64, x >> 70, x % LIN_LIMIT as u128] {
            for sign in [1.0, -1.0] {
                let (mut b4, mut b6) = ([0.0; 9], [0.0; 3]);
                write_limbs::<10_000, 9>(u, sign, 0.5, &mut b4);
                write_limbs::<1_000_000, 3>(u, sign, 0.5, &mut b6);
                for (got, base) in [(&b4[..], 10_000u128), (&b6[..], 1_000_000)] {
                    let mut w = u;
                    for &v in got {
                        let want = sign * (w % base) as f64 * 0.5;
                        assert_eq!(v.to_bits(), want.to_bits()); // -0.0 too
                        w /= base;
                    }
                }
            }
        }
    }
}
