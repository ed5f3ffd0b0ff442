use super::*;

fn enc(s: &str) -> Embedding {
    let mut e = ComplexEncoder.encode_text(s).unwrap();
    e.iter_mut().for_each(|x| *x = *x as f32 as f64); // what Python sees by default
    e
}

fn value(e: &[f64]) -> (f64, f64) {
    decode(e).unwrap().to_f64_pair()
}

fn close(a: (f64, f64), b: (f64, f64), tol: f64) -> bool {
    let scale = b.0.hypot(b.1).max(1e-300);
    (a.0 - b.0).hypot(a.1 - b.1) / scale <= tol
}

#[test]
fn fresh_encodings_decode_exactly() {
    for (s, want) in [
        ("3+4j", (3.0, 4.0)),
        ("-2-5i", (-2.0, -5.0)),
        ("2.5e3-1.2j", (2500.0, -1.2)),
        ("4i", (0.0, 4.0)),
        ("-j", (0.0, -1.0)),
        ("0.5+0j", (0.5, 0.0)),
        ("(1+2i)", (1.0, 2.0)),
        ("0", (0.0, 0.0)),
        (
            "123456789012345.6-0.000000000000001j",
            (123456789012345.6, -1e-15),
        ),
    ] {
        assert_eq!(value(&enc(s)), want, "{s}");
        assert!(matches!(
            decode(&enc(s)).unwrap(),
            ComplexDecoded::Exact { .. }
        ));
    }
}

#[test]
fn every_part_agrees_on_a_fresh_encoding() {
    for s in ["3+4j", "-1e-200+7e250j", "-0.75-0.75i", "-5"] {
        let e = enc(s);
        let exact = value(&e);
        // 7e250 is beyond the linear range: its linear part is unreadable, never a wrong value
        match decode_linear(&e) {
            Ok(lin @ ComplexDecoded::Linear { inexact: false, .. }) => {
                assert_eq!(lin.to_f64_pair(), exact, "{s}")
            }
            Ok(_) => {}
            Err(err) => assert!(exact.0.abs().max(exact.1.abs()) >= 1e27, "{s}: {err}"),
        }
        let (r, t) = decode_polar(&e).unwrap();
        assert!(close(polar::to_cartesian(r, t), exact, 1e-12), "{s}");
    }
}

#[test]
fn closed_form_ops_match_complex_arithmetic() {
    let (a, b) = (enc("3+4j"), enc("1-2j"));
    assert_eq!(value(&binary(&a, &b, BinOp::Add).unwrap()), (4.0, 2.0));
    assert_eq!(value(&binary(&a, &b, BinOp::Sub).unwrap()), (2.0, 6.0));
    let p = value(&binary(&a, &b, BinOp::Mul).unwrap());
    assert!(close(p, (11.0, -2.0), 1e-12), "{p:?}");
    let q = value(&binary(&a, &b, BinOp::Div).unwrap());
    assert!(close(q, (-1.0, 2.0), 1e-12), "{q:?}");
    let c = value(&conjugate(&a).unwrap());
    assert_eq!(c, (3.0, -4.0));
    assert_eq!(value(&negate(&a).unwrap()), (-3.0, -4.0));
    let sq = value(&power(&a, 2.0).unwrap());
    assert!(close(sq, (-7.0, 24.0), 1e-12), "{sq:?}");
    let root = value(&power(&enc("-4"), 0.5).unwrap());
    assert!(close(root, (0.0, 2.0), 1e-12), "{root:?}");
}

#[test]
fn unit_products_are_exact() {
    let i = enc("i");
    assert_eq!(value(&binary(&i, &i, BinOp::Mul).unwrap()), (-1.0, 0.0));
    assert_eq!(value(&power(&i, 3.0).unwrap()), (0.0, -1.0));
    let z = enc("3+4i");
    let zz = binary(&z, &conjugate(&z).unwrap(), BinOp::Mul).unwrap();
    let (re, im) = value(&zz);
    assert_eq!(im, 0.0);
    assert!((re - 25.0).abs() < 1e-12);
}

#[test]
fn flags_stay_consistent() {
    let (a, b) = (enc("3+4j"), enc("1-2j"));
    let sum = binary(&a, &b, BinOp::Add).unwrap();
    assert!(sum[POLAR].iter().all(|&x| x == 0.0));
    assert!(matches!(
        decode(&sum).unwrap(),
        ComplexDecoded::Linear { .. }
    ));
    let prod = binary(&a, &b, BinOp::Mul).unwrap();
    assert!(prod[RE].iter().chain(prod[IM].iter()).all(|&x| x == 0.0));
    assert!(matches!(
        decode(&prod).unwrap(),
        ComplexDecoded::Polar { .. }
    ));
    // a product has no cartesian part to add, a sum no polar part to multiply
    assert!(binary(&prod, &a, BinOp::Add).is_err());
    assert!(binary(&sum, &a, BinOp::Mul).is_err());
    // conj/neg of either keep exactly the parts they had, and cleared parts stay zero
    for e in [&sum, &prod] {
        let c = conjugate(e).unwrap();
        let n = negate(e).unwrap();
        let cleared = if std::ptr::eq(e, &sum) {
            POLAR
        } else {
            RE_START..POLAR_START
        };
        for out in [&c, &n] {
            assert!(out[cleared.clone()].iter().all(|&x| x == 0.0));
        }
        assert_eq!(decode(&c).is_ok(), decode(e).is_ok());
        assert!(matches!(
            (decode(e).unwrap(), decode(&n).unwrap()),
            (ComplexDecoded::Linear { .. }, ComplexDecoded::Linear { .. })
                | (ComplexDecoded::Polar { .. }, ComplexDecoded::Polar { .. })
        ));
    }
}

#[test]
fn zero_is_absorbing_and_division_by_zero_fails() {
    let (z, a) = (enc("0"), enc("2-3j"));
    assert_eq!(value(&binary(&z, &a, BinOp::Mul).unwrap()), (0.0, 0.0));
    assert_eq!(value(&binary(&z, &a, BinOp::Div).unwrap()), (0.0, 0.0));
    assert!(binary(&a, &z, BinOp::Div).is_err());
    assert_eq!(value(&power(&z, 0.0).unwrap()), (1.0, 0.0));
    assert_eq!(value(&power(&z, 2.5).unwrap()), (0.0, 0.0));
    assert!(power(&z, -1.0).is_err());
}

#[test]
fn plain_sums_add_and_multiply() {
    let (a, b) = (enc("3+4j"), enc("-1.5+2j"));
    let s: Vec<f64> = a.iter().zip(b.iter()).map(|(x, y)| x + y).collect();
    assert!(decode(&s).is_err(), "a plain sum names no single part");
    assert_eq!(decode_linear(&s).unwrap().to_f64_pair(), (1.5, 6.0));
    let (r, t) = decode_polar(&s).unwrap();
    assert!(close(polar::to_cartesian(r, t), (-12.5, -0.0), 1e-12));
}

#[test]
fn long_product_chains_stay_on_the_unit_circle() {
    let step = enc("0.99500416527802577+0.099833416646828155j"); // e^{0.1i}
    let mut acc = step;
    for _ in 0..999 {
        acc = binary(&acc, &step, BinOp::Mul).unwrap();
        acc.iter_mut().for_each(|x| *x = *x as f32 as f64);
    }
    let (r, t) = decode_polar(&acc).unwrap();
    assert!((r - 1.0).abs() < 1e-9, "{r}");
    let want = 100.0 / std::f64::consts::TAU;
    let dt = (t - (want - want.round())).abs();
    assert!(dt < 1e-9, "{t} vs {want}");
}

#[test]
fn out_of_range_parts_are_encode_errors() {
    for s in ["1e400+1j", "1-1e-400j", "1e-320"] {
        match ComplexEncoder.encode_text(s) {
            Err(FluxemError::Encode { message }) => assert!(message.contains("part"), "{s}"),
            other => panic!("{s}: {other:?}"),
        }
    }
}

#[test]
fn reads_never_take_a_missing_part_for_zero() {
    let (a, b) = (enc("3+4j"), enc("1-2j"));
    let prod = binary(&a, &b, BinOp::Mul).unwrap();
    let sum = binary(&a, &b, BinOp::Add).unwrap();
    assert!(decode_linear(&prod).is_err());
    assert!(decode_polar(&sum).is_err());
    // a plain sum of a product and a fresh encoding has no complete part
    let mixed: Vec<f64> = prod.iter().zip(a.iter()).map(|(x, y)| x + y).collect();
    assert!(decode(&mixed).is_err());
    assert!(decode_exact(&mixed).is_err());
    assert!(decode_linear(&mixed).is_err());
    assert!(binary(&mixed, &a, BinOp::Add).is_err());
    let tripled: Vec<f64> = a.iter().map(|x| 3.0 * x).collect();
    assert_eq!(decode_linear(&tripled).unwrap().to_f64_pair(), (9.0, 12.0));
    let (r, t) = decode_polar(&tripled).unwrap();
    assert!(close(polar::to_cartesian(r, t), (-117.0, 44.0), 1e-13));
    let halved: Vec<f64> = a.iter().map(|x| 0.5 * x).collect();
    assert!(decode_linear(&halved).is_err());
}
