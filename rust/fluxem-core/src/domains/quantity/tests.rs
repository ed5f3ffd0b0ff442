use super::*;
use crate::domains::quantity::factor::parse_exact;

fn q(text: &str) -> Quantity {
    parse_quantity(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn si(text: &str) -> BigRational {
    q(text).si.to_rational()
}

fn whole(d: &Dims) -> [i64; N_DIMS] {
    d.0.map(|e| e / 2)
}

fn enc(text: &str) -> Embedding {
    QuantityEncoder.encode_text(text).unwrap()
}

fn decoded(emb: &[f64], unit: Option<&str>) -> Converted {
    convert(&decode(emb).unwrap(), unit, false).unwrap()
}

#[test]
fn issue_examples_parse_to_exact_si_values() {
    let cases = [
        ("9.8 m/s^2", "9.8", [1, 0, -2, 0, 0, 0, 0, 0]),
        ("373.15 K", "373.15", [0, 0, 0, 0, 1, 0, 0, 0]),
        ("2 mol", "2", [0, 0, 0, 0, 0, 1, 0, 0]),
        ("25 °C", "298.15", [0, 0, 0, 0, 1, 0, 0, 0]),
        ("-40 °F", "233.15", [0, 0, 0, 0, 1, 0, 0, 0]),
        ("5 km/h", "5000/3600", [1, 0, -1, 0, 0, 0, 0, 0]),
        ("1.2e-3 kg·m²/s²", "1.2e-3", [2, 1, -2, 0, 0, 0, 0, 0]),
        ("3 \u{b5}m", "3e-6", [1, 0, 0, 0, 0, 0, 0, 0]),
        ("3 \u{3bc}m", "3e-6", [1, 0, 0, 0, 0, 0, 0, 0]),
        ("100 kPa", "100000", [-1, 1, -2, 0, 0, 0, 0, 0]),
        ("6.022e23 mol^-1", "6.022e23", [0, 0, 0, 0, 0, -1, 0, 0]),
        ("4.7 k\u{2126}", "4700", [2, 1, -3, -2, 0, 0, 0, 0]),
        ("4.7 k\u{3a9}", "4700", [2, 1, -3, -2, 0, 0, 0, 0]),
        ("12 V", "12", [2, 1, -3, -1, 0, 0, 0, 0]),
        ("1 atm", "101325", [-1, 1, -2, 0, 0, 0, 0, 0]),
        ("3 h", "10800", [0, 0, 1, 0, 0, 0, 0, 0]),
        ("2.5 L", "0.0025", [3, 0, 0, 0, 0, 0, 0, 0]),
        (
            "1 psi",
            "4.4482216152605/0.00064516",
            [-1, 1, -2, 0, 0, 0, 0, 0],
        ),
        ("3 × 10^8 m/s", "3e8", [1, 0, -1, 0, 0, 0, 0, 0]),
        ("6.022×10²³ mol⁻¹", "6.022e23", [0, 0, 0, 0, 0, -1, 0, 0]),
        ("−3 kg", "-3", [0, 1, 0, 0, 0, 0, 0, 0]),
        ("60 rpm", "0", [0, 0, -1, 0, 0, 0, 0, 1]), // value checked below
    ];
    for (text, value, dims) in cases {
        let parsed = q(text);
        assert_eq!(whole(&parsed.dims()), dims, "{text}");
        if value != "0" {
            assert!(parsed.exact, "{text}");
            assert_eq!(parsed.si.to_rational(), parse_exact(value), "{text}");
        }
    }
    assert!(q("25 °C").is_affine() && !q("298.15 K").is_affine());
}

/// A power of ten written alone is the number (`microns (10^-6 m)`, `10^12 Pa.s`): the same
/// exact value, and the same embedding bit for bit, as the number in e-notation; an exponent
/// that is no integer, a power of another base, or a second number after it is refused.
#[test]
fn a_power_of_ten_alone_is_the_number() {
    for (power, e_notation) in [
        ("10^-6 m", "1e-6 m"),
        ("10^12 Pa.s", "1e12 Pa.s"),
        ("10**5 Pa", "1e5 Pa"),
        ("10^+3 g", "1e3 g"),
        ("10\u{2075} Pa", "1e5 Pa"),
        ("10\u{207b}\u{00b3} mol/L", "1e-3 mol/L"),
        ("\u{2212}10^3 m", "-1e3 m"),
        ("10^0 s", "1 s"),
        ("10^-6m", "1e-6 m"),
        ("10^(-6) m", "1e-6 m"),
        ("10**(-3) m", "1e-3 m"),
        ("6.674 \u{d7} 10^(-11) m^3", "6.674e-11 m^3"),
    ] {
        assert_eq!(si(power), si(e_notation), "{power}");
        assert_eq!(enc(power), enc(e_notation), "{power}");
    }
    for refused in [
        "10^-8.1 A/cm^2",
        "10^2.5 m",
        "100^2 m",
        "2^10 m",
        "10^ 5 m",
        "10^5 \u{b1} 10^4 Pa",
        "10^5 to 10^6 Pa",
        "10^99999 m",
        "10^",
        "10^(-6 m",
        "10^(-6.5) m",
        "10^((-6)) m",
    ] {
        assert!(QuantityEncoder.encode_text(refused).is_err(), "{refused}");
        assert!(QuantityEncoder.accepts(refused).is_err(), "{refused}");
    }
}

#[test]
fn predecessor_defect_373_vs_1_5_kelvin() {
    let a = decoded(&enc("373.15 K"), None);
    let b = decoded(&enc("1.5 K"), None);
    assert_eq!(a.value, 373.15);
    assert_eq!(b.value, 1.5);
    assert_eq!(a.unit, "K");
}

#[test]
fn angles_keep_their_own_exponent_and_are_flagged_rounded() {
    let deg = q("90 °");
    assert!(!deg.exact);
    let half_pi = std::f64::consts::FRAC_PI_2;
    assert_eq!(deg.si.to_f64(), half_pi);
    let emb = enc("90 °");
    match decode(&emb).unwrap().value {
        Decoded::Exact(d) => assert!(d.rounded),
        other => panic!("{other:?}"),
    }
    assert_eq!(decoded(&emb, Some("°")).value, 90.0);
    assert_eq!(decoded(&emb, Some("rad")).value, half_pi);
    let rpm = decoded(&enc("60 rpm"), Some("rad/s"));
    assert!((rpm.value - 2.0 * std::f64::consts::PI).abs() < 1e-15);
    assert!(matches!(
        convert(&decode(&enc("60 rpm")).unwrap(), Some("Hz"), false),
        Err(FluxemError::Dimension { .. })
    ));
}

#[test]
fn affine_round_trips_exactly() {
    assert_eq!(
        decoded(&enc("25 °C"), Some("°C")).exact,
        Some(parse_exact("25"))
    );
    assert_eq!(
        decoded(&enc("-40 °F"), Some("°F")).exact,
        Some(parse_exact("-40"))
    );
    assert_eq!(
        decoded(&enc("-40 °F"), Some("°C")).exact,
        Some(parse_exact("-40"))
    );
    assert_eq!(
        decoded(&enc("300 K"), Some("°C")).exact,
        Some(parse_exact("26.85"))
    );
    // inside a compound unit °C is an interval: no offset
    assert_eq!(si("4.2 J/(kg·°C)"), parse_exact("4.2"));
    assert_eq!(si("9 °F/s"), parse_exact("5"));
    let emb = enc("25 °C");
    assert_eq!(emb[AFFINE], 1.0);
    // below absolute zero: kept as written, a negative kelvin value
    assert_eq!(si("-300 °C"), parse_exact("-26.85"));
}

#[test]
fn conversions_on_decode() {
    let emb = enc("5 km/h");
    // 5000/3600 m/s has no terminating decimal: stored rounded to 18 digits and flagged
    let c = decoded(&emb, Some("km/h"));
    assert_eq!((c.value, c.exact), (5.0, None));
    assert!(matches!(decode(&emb).unwrap().value, Decoded::Exact(d) if d.rounded));
    let c = decoded(&enc("36 km/h"), Some("km/h"));
    assert_eq!((c.value, c.exact), (36.0, Some(parse_exact("36"))));
    assert!(matches!(
        convert(&decode(&emb).unwrap(), Some("kg"), false),
        Err(FluxemError::Dimension { .. })
    ));
    assert_eq!(
        decoded(&enc("1 mi"), Some("ft")).exact,
        Some(parse_exact("5280"))
    );
    assert_eq!(
        decoded(&enc("1 atm"), Some("mmHg")).exact,
        Some(parse_exact("101325/133.322387415"))
    );
    assert_eq!(
        decoded(&enc("1 kWh"), Some("J")).exact,
        Some(parse_exact("3.6e6"))
    );
    assert_eq!(decoded(&enc("2 kg·m²/s²"), None).unit, "kg·m²/s²");
}

#[test]
fn closed_form_ops() {
    let v = enc("3 m/s");
    let t = enc("2 s");
    let d = binary(&v, &t, BinOp::Mul).unwrap();
    let c = decoded(&d, None);
    assert!((c.value - 6.0).abs() < 1e-12);
    assert_eq!(c.unit, "m");
    let a = binary(&v, &t, BinOp::Div).unwrap();
    assert_eq!(decoded(&a, None).unit, "m/s²");
    let sum = binary(&enc("1 km"), &enc("250 m"), BinOp::Add).unwrap();
    assert_eq!(decoded(&sum, None).exact, Some(parse_exact("1250")));
    let diff = binary(&enc("25 °C"), &enc("20 °C"), BinOp::Sub).unwrap();
    assert_eq!(decoded(&diff, Some("K")).exact, Some(parse_exact("5")));
    assert!(matches!(
        binary(&enc("1 m"), &enc("1 s"), BinOp::Add),
        Err(FluxemError::Dimension { .. })
    ));
    let sq = power(&enc("3 m"), 2.0).unwrap();
    let c = decoded(&sq, None);
    assert!((c.value - 9.0).abs() < 1e-12 && c.unit == "m²");
    let root = power(&enc("4 Hz"), 0.5).unwrap();
    let c = decoded(&root, None);
    assert!((c.value - 2.0).abs() < 1e-12 && c.unit == "s^-0.5");
    assert!(power(&root, 0.5).is_err());
    for (text, p, want) in [
        ("1000 m", 0.5, 1000f64.sqrt()),
        ("8 m", -1.5, 8f64.powf(-1.5)),
    ] {
        let got = decoded(&power(&enc(text), p).unwrap(), None).value;
        assert!((got - want).abs() < 1e-13 * want, "{text} ^ {p} = {got}");
    }
    assert!(power(&enc("4 Hz"), 1.0 / 3.0).is_err());
    let n = negate(&enc("2 N")).unwrap();
    assert_eq!(decoded(&n, None).exact, Some(parse_exact("-2")));
}

#[test]
fn bad_input_is_typed() {
    for bad in [
        "",
        "5",
        "m",
        "nan K",
        "inf m",
        "5 xyz",
        "5 мм",
        "5 m m m/",
        "5 N2",
        "5 m5",
        "25 ° C",
        "5 kt",
        "5 J/kg·K",
        "--5 m",
        "−-5 m",
        "5 m)",
        "1.2.3 m",
        "5 K K K ^",
    ] {
        assert!(
            matches!(parse_quantity(bad), Err(FluxemError::Parse { .. })),
            "{bad:?} -> {:?}",
            parse_quantity(bad)
        );
    }
    match parse_quantity("  5 kg·xyz") {
        Err(FluxemError::Parse { position, .. }) => assert_eq!(position, 7),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse_quantity("5 m^(1/3)"),
        Err(FluxemError::Encode { .. })
    ));
    assert!(matches!(
        QuantityEncoder.encode_text("1e400 m"),
        Err(FluxemError::Encode { .. })
    ));
    assert!(QuantityEncoder.encode_text("0 K").is_ok());
    let huge = "9".repeat(2000) + " m";
    assert!(matches!(
        parse_quantity(&huge),
        Err(FluxemError::Encode { .. })
    ));
}

#[test]
fn layout_is_f32_exact_and_zero_beyond_content() {
    let emb = enc("-2.5 kg·m^1.5/s");
    assert!(emb[CONTENT_END..].iter().all(|&x| x == 0.0));
    for x in &emb[DIMS_START..CONTENT_END] {
        assert_eq!(*x as f32 as f64, *x);
    }
    assert_eq!(read_dims(&emb).unwrap(), Dims([3, 2, -2, 0, 0, 0, 0, 0]));
}

#[test]
fn si_spelling_reparses_to_the_same_dims() {
    for text in [
        "1 kg·m²/s²",
        "1 Pa",
        "1 Hz",
        "1 V",
        "1 F",
        "1 lx",
        "1 Hz^0.5",
        "1 m^-1.5",
        "1 %",
    ] {
        let d = q(text).dims();
        let spelled = d.si_unit();
        assert_eq!(parse_unit(&spelled).unwrap().dims, d, "{text} -> {spelled}");
    }
}

#[test]
fn common_case_of_accepts_is_the_full_check() {
    let units = [
        "m", "km/h", "°C", "°F", "K", "pm", "Tm", "rpm", "L/min", "eV", "x", "xyz", "mg",
    ];
    let numbers = [
        "0",
        "0.0",
        "25",
        "2.5",
        "-273.15",
        "-500",
        "500",
        "5.",
        ".5",
        "1e5",
        "007",
        // a power of ten alone, and what is not one
        "10^5",
        "10^-6",
        "10**3",
        "10\u{207b}\u{2076}",
        "\u{2212}10^3",
        "10^2.5",
        "10^99999",
        "100^2",
        "99999999999999999999999999999999999999", // 38 digits: the fast form's limit
        "999999999999999999999999999999999999999", // 39: the full path
        "0.00000000000000000000000000000000000001",
        "1.7976931348623157",
        // e-notation, at the codec's limits and past them
        "1.5e3",
        "2E-5",
        "9.99e307",
        "1.8e308",
        "2.2e-308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "1e-1000",
        "1e1001",
    ];
    let seps = [
        "",
        " ",
        "  ",
        "\u{a0}",
        "\u{202f}",
        " × 10^3 ",
        " x 10^-3 ",
        "* 10^2 ",
    ];
    let mut decided = 0;
    for _warm in 0..2 {
        for n in numbers {
            for sep in seps {
                for u in units {
                    for tail in ["", " ", "\u{2003}"] {
                        let text = format!("{n}{sep}{u}{tail}");
                        let full = parse_parts(&text).and_then(|p| accepts_parts(&p));
                        let encoded = QuantityEncoder.encode_text(&text).map(|_| ());
                        assert_eq!(full, encoded, "{text:?}");
                        if let Some(fast) = accepts_common(&text) {
                            assert_eq!(fast, full, "{text:?}");
                            decided += 1;
                        }
                        assert_eq!(QuantityEncoder.accepts(&text), full, "{text:?}");
                    }
                }
            }
        }
    }
    assert!(decided > 500, "{decided}");
    // signs and `× 10^k` tails take the full path; e-notation and cached affine units do not
    assert!(accepts_common("-500 °C").is_none());
    assert_eq!(accepts_common("1.5e3 m"), Some(Ok(())));
    assert!(accepts_common("3 × 10^3 m").is_none());
    assert_eq!(accepts_common("25 °C"), Some(Ok(())));
}

#[test]
fn ranges_in_words_equal_ranges_in_digits_and_accepts_agrees() {
    let enc_ = QuantityEncoder;
    for (words, digits) in [
        ("two to three litres", "2 to 3 litres"),
        ("two and three litres", "2 and 3 litres"),
        ("twenty-five to thirty grams", "25 to 30 grams"),
        ("two hundred to three hundred grams", "200 to 300 grams"),
    ] {
        assert_eq!(enc(words), enc(digits), "{words}");
        assert!(enc_.accepts(words).is_ok(), "{words}");
    }
    for text in [
        "two to three hundred grams", // 2-300 or 200-300?
        "two to 3 grams",
        "2 to three grams",
        "two or three grams",
        "two - three grams",
    ] {
        assert!(enc_.encode_text(text).is_err(), "{text}");
        assert!(enc_.accepts(text).is_err(), "{text}");
    }
}

#[test]
fn a_cached_unit_is_never_the_tail_of_a_pair() {
    // finish_parts skips the second-unit pair probe when the rest is a cached whole unit:
    // sound only if what follows a pair's first number never parses as one unit
    let pairs = [
        "10 K to 20 K",
        "0.1 mm and 10 km",
        "5 mg ± 0.3 mg",
        "5 mg +/- 0.3 mg",
        "10 °C–20 °C",
        "1 s^-1 to 2 s^-1",
        "3 m/s and 4 m/s",
    ];
    for text in pairs {
        let tail = text.split_once(' ').unwrap().1;
        assert!(si::unit_of(tail).is_err(), "{tail:?}");
        let cold = enc(text);
        for unit in ["K", "mm", "km", "mg", "°C", "s^-1", "m/s"] {
            si::unit_of(unit).unwrap(); // now cached on this thread
        }
        assert_eq!(enc(text), cold, "{text}");
        assert!(parse_parts(text).unwrap().pair.is_some(), "{text}");
    }
}

#[test]
fn a_bare_degree_sign_abbreviates_the_temperature_of_the_pair() {
    // `0° to 150°C` is the range 0..150 °C (never an angle of 0°)
    for (short, full) in [
        ("0° to 150°C", "0 °C to 150 °C"),
        ("10°–20°F", "10 °F–20 °F"),
        ("25° ± 2°C", "25 °C ± 2 °C"),
    ] {
        assert_eq!(enc(short), enc(full), "{short}");
        assert!(parse_parts(short).unwrap().pair.is_some(), "{short}");
    }
    // degrees of angle on both ends stay angles; degrees against another unit are refused
    assert!(parse_parts("10° to 20°").unwrap().pair.is_some());
    assert!(parse_parts("0° to 150 K").is_err());
}

#[test]
fn a_double_hyphen_joins_a_range_as_an_en_dash_does() {
    let enc_ = QuantityEncoder;
    for (latex, dash) in [("800--2200 K", "800–2200 K"), ("1--5000 bar", "1–5000 bar")] {
        assert_eq!(enc(latex), enc(dash), "{latex}");
        assert!(enc_.accepts(latex).is_ok(), "{latex}");
    }
    // descending, spaced or tripled: no range
    for text in ["10--5 K", "5 --3 K", "5---3 K"] {
        assert!(enc_.encode_text(text).is_err(), "{text}");
        assert!(enc_.accepts(text).is_err(), "{text}");
    }
}

#[test]
fn an_ellipsis_glued_between_two_numbers_joins_a_range() {
    // `-100...+100 °C` in a humidity sensor's validity note, `0…5 V` in an ADC's
    let enc_ = QuantityEncoder;
    for (ellipsis, dash) in [
        ("-100...+100 °C", "-100 to 100 °C"),
        ("-40...0 °C", "-40 to 0 °C"),
        ("1.5...2.5 mm", "1.5–2.5 mm"),
        ("0\u{2026}5 V", "0–5 V"),
        ("-40...+85°C", "-40 to 85 °C"),
        // two dots (dev148: a soil model's valid range `[0..1000 cm, R]`)
        ("10..30 s", "10 to 30 s"),
        ("0..1000 cm", "0–1000 cm"),
        ("1.5..2.5 mm", "1.5–2.5 mm"),
        ("-5..-1 m", "-5 to -1 m"),
        ("-40..+85°C", "-40 to 85 °C"),
        // two dots, the interval notation of modelling docs (dev154)
        ("-40..0 \u{b0}C", "-40 to 0 °C"),
        ("20..25\u{b0}C", "20–25 °C"),
        ("-50..+100 \u{b0}C", "-50 to 100 °C"),
    ] {
        assert_eq!(enc(ellipsis), enc(dash), "{ellipsis}");
        assert!(enc_.accepts(ellipsis).is_ok(), "{ellipsis}");
        assert!(parse_parts(ellipsis).unwrap().pair.is_some(), "{ellipsis}");
    }
    // one dot too many or too few (four), spaced, descending or a chain: no range
    for text in [
        "10....30 s",
        "10 .. 30 s",
        "30..10 s",
        "5..6..7 m",
        "10 ... 30 s",
        "10 .. 30 s",
        "30...10 s",
        "30..10 s",
        "-1..-254 dBm",
        "5...6...7 m",
        "5..6..7 m",
    ] {
        assert!(enc_.encode_text(text).is_err(), "{text}");
        assert!(enc_.accepts(text).is_err(), "{text}");
    }
}

#[test]
fn a_power_on_a_second_number_with_its_own_unit_is_its_own() {
    // `1 keV and 1E8 keV`: each number has its unit, so the exponent cannot reach back
    for (written, plain) in [
        ("1 keV to 1E8 keV", "1 keV to 100000000 keV"),
        ("2 mm to 3e3 mm", "2 mm to 3000 mm"),
        ("1 keV and 1e2 MeV", "1 keV and 100 MeV"),
    ] {
        assert_eq!(enc(written), enc(plain), "{written}");
        assert!(parse_parts(written).unwrap().pair.is_some(), "{written}");
    }
    // with the unit written once the power's reach is ambiguous: refused as before
    assert!(parse_parts("1 to 5e3 keV").is_err());
}

/// `unit_text_after` and `ends_in_whitespace` (byte tests) give what the char reads they stand
/// for give, on random texts of spaces, the chars `is_hspace` or `char::is_whitespace` holds,
/// their neighbours and the first bytes `accepts_common` tests.
#[test]
fn byte_reads_of_the_unit_text_match_the_char_reads() {
    let pieces = [
        " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{1f}", "\u{a0}", "\u{2009}",
        "\u{202f}", "\u{85}", "\u{3000}", "\u{2028}", "m", "x", "*", "(", "\u{d7}", "\u{b7}",
        "\u{b0}C", "k", "/", "2", "\u{e9}", "\u{c3}",
    ];
    let mut rng = crate::test_rng::XorShift::new(0x0a11_7e87_5e1e_0001);
    for _ in 0..20000 {
        let count = rng.below(6);
        let text = rng.join(&pieces, count);
        assert_eq!(
            super::unit_text_after(&text),
            text.trim_start_matches(is_hspace),
            "{text:?}"
        );
        assert_eq!(
            super::ends_in_whitespace(&text),
            text.ends_with(char::is_whitespace),
            "{text:?}"
        );
        let u = text.as_bytes();
        assert_eq!(
            matches!(u, [b'x' | b'*', ..] | [0xC3, 0x97, ..] | [0xC2, 0xB7, ..]),
            text.starts_with(['\u{d7}', 'x', '*', '\u{b7}']),
            "{text:?}"
        );
    }
}

#[test]
fn a_hyphen_between_number_and_unit_reads_as_the_space() {
    // dev167: `a 2-m tall volume`, `a 10-ft wall`: adjectives of measure
    for (hyphen, spaced) in [("2-m", "2 m"), ("10-ft", "10 ft"), ("250-ms", "250 ms")] {
        assert_eq!(enc(hyphen), enc(spaced), "{hyphen}");
    }
    // a range keeps its pair reading
    assert!(parse_quantity("5-10 mg").is_err());
    assert!(parse_measured("5-10 mg").unwrap().pair.is_some());
}
