use super::*;

fn enc(s: &str) -> Embedding {
    f32(VectorEncoder.encode_text(s).unwrap())
}

fn f32(e: Embedding) -> Embedding {
    e.map(|x| x as f32 as f64)
}

fn floats(e: &[f64]) -> Vec<f64> {
    decode(e).unwrap().to_f64().unwrap()
}

#[test]
fn fresh_encodings_round_trip_exactly() {
    for (s, want) in [
        ("[1, 2, 3]", vec![1.0, 2.0, 3.0]),
        ("[1.5, -2e3, 0]", vec![1.5, -2000.0, 0.0]),
        ("[ 4 ; 5 ]", vec![4.0, 5.0]),
        ("[1e300, -1e-300, 0.1]", vec![1e300, -1e-300, 0.1]),
    ] {
        assert_eq!(floats(&enc(s)), want, "{s}");
        assert_eq!(decode(&enc(s)).unwrap().rounded, 0, "{s}");
    }
    let d = decode(&enc("[123456789012345678, -0.000123456789012345678]")).unwrap();
    let m = 123_456_789_012_345_678;
    assert_eq!(d.components, vec![(m, 0), (-m, -21)]);
    assert_eq!(d.rounded, 0);
}

#[test]
fn ordinary_components_share_the_anchor_exponent() {
    let d = decode(&enc("[3, -0.25, 999999999999.999999, 0]")).unwrap();
    assert!(d.components.iter().all(|&(_, e)| e == ANCHOR_EXP));
    let d = decode(&enc("[1e15, 1e-9]")).unwrap();
    assert_eq!(d.components, vec![(100_000_000_000_000_000, -2), (1, -9)]);
}

#[test]
fn more_digits_are_rounded_and_counted() {
    let d = decode(&enc("[1.2345678901234567891, 2]")).unwrap();
    assert_eq!(d.rounded, 1);
    assert_eq!(d.components[0], (123456789012345679, -17));
}

#[test]
fn limits_are_errors_not_truncations() {
    let seventeen = format!("[{}]", vec!["1"; 17].join(", "));
    match VectorEncoder.encode_text(&seventeen) {
        Err(FluxemError::Encode { message }) => assert!(message.contains("17 components")),
        other => panic!("{other:?}"),
    }
    let sixteen = format!("[{}]", vec!["1"; 16].join(", "));
    assert_eq!(floats(&enc(&sixteen)), vec![1.0; 16]);
    match VectorEncoder.encode_text("[1, 1e400]") {
        Err(FluxemError::Encode { message }) => assert!(message.contains("component 1")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn plain_sums_decode_exactly_or_fail() {
    let (a, b) = (enc("[1.5, 2, -3]"), enc("[0.25, -7, 1e6]"));
    let s: Vec<f64> = a.iter().zip(b.iter()).map(|(x, y)| x + y).collect();
    assert_eq!(floats(&s), vec![1.75, -5.0, 999997.0]);
    let tripled: Vec<f64> = a.iter().map(|x| 3.0 * x).collect();
    assert_eq!(floats(&tripled), vec![4.5, 6.0, -9.0]);
    // different exponents (1e-9 is below the anchor grid) or lengths are detected
    let c = enc("[1e-9, 1, 1]");
    let bad: Vec<f64> = a.iter().zip(c.iter()).map(|(x, y)| x + y).collect();
    assert!(decode(&bad).is_err());
    let d = enc("[1, 2]");
    let bad: Vec<f64> = a.iter().zip(d.iter()).map(|(x, y)| x + y).collect();
    assert!(decode(&bad).is_err());
    let diff: Vec<f64> = a.iter().zip(b.iter()).map(|(x, y)| x - y).collect();
    assert!(decode(&diff).is_err());
}

#[test]
fn ops_are_exact_and_canonical() {
    let (a, b) = (enc("[1.5, 2, -3]"), enc("[1e-9, -7, 1e20]"));
    assert_eq!(
        f32(add(&a, &b).unwrap()),
        enc("[1.500000001, -5, 99999999999999999997]")
    );
    assert_eq!(
        f32(sub(&a, &b).unwrap()),
        enc("[1.499999999, 9, -100000000000000000003]")
    );
    assert_eq!(f32(neg(&a).unwrap()), enc("[-1.5, -2, 3]"));
    let half = crate::number::parse_number("0.5").unwrap();
    assert_eq!(f32(scale(&a, &half).unwrap()), enc("[0.75, 1, -1.5]"));
    let (sig, exp) = dot(&a, &b).unwrap();
    let want = crate::number::parse_number("-300000000000000000013.9999999985").unwrap();
    let ten = num_bigint::BigInt::from(10);
    let got = num_rational::BigRational::new(sig, num_traits::pow(ten, (-exp) as usize));
    assert_eq!(got, want.to_rational());
    assert_eq!(norm(&enc("[3, 4]")).unwrap(), 5.0);
    assert_eq!(norm(&enc("[0, 0]")).unwrap(), 0.0);
    assert!(add(&a, &enc("[1, 2]")).is_err());
}

#[test]
fn wide_sums_round_and_count() {
    let s = add(&enc("[1e300]"), &enc("[1]")).unwrap();
    let d = decode(&s).unwrap();
    assert_eq!(d.rounded, 1);
    assert_eq!(d.to_f64().unwrap(), vec![1e300]);
}

#[test]
fn norm_of_extremes() {
    assert_eq!(norm(&enc("[3e-300, 4e-300]")).unwrap(), 5e-300);
    assert_eq!(norm(&enc("[3e300, -4e300]")).unwrap(), 5e300);
    assert!(norm(&enc("[1.7e308, 1.7e308]")).is_err());
}

#[test]
fn plain_components_are_stored_as_the_general_path_stores_them() {
    // every exponent the plain path takes, significands at its edges and in between, both
    // signs (zero included): the same canonical form and the same f64, bit for bit
    let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = || rng.next_u64();
    for e in ANCHOR_EXP - 1..=1 {
        let mut ms: Vec<u128> = vec![0, 1, 9, 10, 100, 999_999, PLAIN_BELOW - 1, PLAIN_BELOW];
        ms.extend((0..300).map(|_| u128::from(next() % 10u64.pow((next() % 13) as u32 + 1))));
        for m in ms {
            for neg in [false, true] {
                let n = Number::Decimal { neg, m, e };
                let general = store_general(0, &n).unwrap();
                match store_plain(&n) {
                    Some(plain) => {
                        assert_eq!(plain, general, "{n:?}");
                        assert_eq!(plain.value.to_bits(), general.value.to_bits(), "{n:?}");
                    }
                    None => assert!(!(ANCHOR_EXP..=0).contains(&e) || m >= PLAIN_BELOW, "{n:?}"),
                }
            }
        }
    }
}

#[test]
fn components_may_be_quotients_of_literals() {
    use num_rational::BigRational;
    let r = |n: i64, d: i64| BigRational::new(n.into(), d.into());
    let comps = parse_vector("[1/2, -1/3, 1.2/2, 4]").unwrap();
    let got: Vec<BigRational> = comps.iter().map(|c| c.to_rational()).collect();
    assert_eq!(got, [r(1, 2), r(-1, 3), r(3, 5), r(4, 1)]);
    // the same in the plain and the general grammar: spaces as separators too
    assert_eq!(parse_vector("[1/2 1/4]").unwrap()[1].to_rational(), r(1, 4));
    for bad in ["[1/0, 2]", "[1/, 2]", "[1/-2, 3]", "[1//2, 3]"] {
        assert!(parse_vector(bad).is_err(), "{bad}");
    }
}
