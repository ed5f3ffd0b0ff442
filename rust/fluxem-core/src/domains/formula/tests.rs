use super::*;

fn counts(text: &str) -> Vec<(&'static str, u64)> {
    let f = parse_formula(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    f.elements().map(|(z, n)| (element(z).symbol, n)).collect()
}

fn charge(text: &str) -> i64 {
    parse_formula(text).unwrap().charge()
}

fn parse_err(text: &str) -> (String, usize) {
    match parse_formula(text) {
        Err(FluxemError::Parse { message, position }) => (message, position),
        other => panic!("{text:?}: expected a parse error, got {other:?}"),
    }
}

#[test]
fn element_table_is_complete_and_ordered() {
    for (i, e) in ELEMENTS[..ELEMENT_COUNT].iter().enumerate() {
        assert_eq!(e.z as usize, i + 1);
        assert_eq!(lookup_symbol(e.symbol), Some(e.z), "{}", e.symbol);
        assert!(e.weight > 0.9 && e.weight < 300.0);
    }
    let mut symbols: Vec<_> = ELEMENTS.iter().map(|e| e.symbol).collect();
    symbols.sort_unstable();
    symbols.dedup();
    assert_eq!(symbols.len(), ATOM_KINDS);
    for bad in ["", "X", "Xx", "J", "Q", "h", "CO", "Uue", "co", "D", "T"] {
        assert_eq!(lookup_symbol(bad), None, "{bad}");
    }
    // D and T are hydrogen isotopes with ids of their own; `Ds`, `Ts`, `Tb` stay elements
    for (id, sym, z) in [(DEUTERIUM, "D", 1), (TRITIUM, "T", 1)] {
        assert_eq!((element(id).symbol, element(id).z), (sym, z));
        assert_eq!(lookup_atom(sym.as_bytes()[0], None), Some(id));
    }
    assert_eq!(lookup_atom(b'D', Some(b's')), Some(110));
    assert_eq!(lookup_atom(b'T', Some(b'b')), Some(65));
}

#[test]
fn deuterated_and_tritiated_formulas() {
    assert_eq!(counts("D2O"), [("O", 1), ("D", 2)]);
    assert_eq!(counts("HDO"), [("H", 1), ("O", 1), ("D", 1)]);
    assert_eq!(counts("CD3OD"), [("C", 1), ("O", 1), ("D", 4)]);
    assert_eq!(counts("CDCl3"), [("C", 1), ("Cl", 3), ("D", 1)]);
    assert_eq!(counts("HTO"), [("H", 1), ("O", 1), ("T", 1)]);
    // atomic masses (AME2020): D2O is 20.0276 g/mol, not water's 18.015
    let d2o = parse_formula("D2O").unwrap().molar_mass();
    assert_eq!(d2o, 2.0 * 2.01410177812 + 15.999);
    assert_eq!(parse_formula("CD3OD").unwrap().hill(), "CD4O");
    for text in ["D2O", "HDO", "CD3OD", "T2O", "C6D6"] {
        let f = parse_formula(text).unwrap();
        let emb = encode(&f).unwrap();
        assert_eq!(decode(&emb).unwrap(), f, "{text}");
        assert_eq!(parse_formula(&f.hill()).unwrap(), f, "{text}");
    }
    let e = encode(&parse_formula("HDO").unwrap()).unwrap();
    assert_eq!(
        (e[COUNT_START], e[ISOTOPE_START], e[ISOTOPE_START + 1]),
        (COUNT_SCALE, COUNT_SCALE, 0.0)
    );
    // the segmenter's probe does not read them: a lone D or T is a label far more often
    assert_eq!(formula_len("D2O is"), 3);
    assert_eq!(element_formula_len("D2O"), 0);
    assert_eq!(element_formula_len("OD600"), 1);
}

#[test]
fn plain_formulas_and_groups() {
    assert_eq!(counts("H2O"), [("H", 2), ("O", 1)]);
    assert_eq!(counts("Ca(OH)2"), [("H", 2), ("O", 2), ("Ca", 1)]);
    assert_eq!(counts("Al2(SO4)3"), [("O", 12), ("Al", 2), ("S", 3)]);
    assert_eq!(counts("((CH3)3C)2O"), [("H", 18), ("C", 8), ("O", 1)]);
    assert_eq!(
        counts("K4[Fe(CN)6]"),
        [("C", 6), ("N", 6), ("K", 4), ("Fe", 1)]
    );
    assert_eq!(counts("Co"), [("Co", 1)]);
    assert_eq!(counts("CO"), [("C", 1), ("O", 1)]);
    assert_eq!(counts("C₆H₁₂O₆"), [("H", 12), ("C", 6), ("O", 6)]);
    assert_eq!(counts("MgO"), [("O", 1), ("Mg", 1)]);
    assert_eq!(counts("NaN"), [("N", 1), ("Na", 1)]);
    // Hill formulas as programs write them, every count explicit
    assert_eq!(counts("H2O1"), counts("H2O"));
    assert_eq!(counts("C47H83N1O8P1"), counts("C47H83NO8P"));
}

#[test]
fn hydrates_and_coefficients() {
    let truth = [("H", 10), ("O", 9), ("S", 1), ("Cu", 1)];
    for text in [
        "CuSO4·5H2O",
        "CuSO4.5H2O",
        "CuSO4*5H2O",
        "CuSO4⋅5H2O",
        "CuSO4 · 5H2O",
        "CuSO4:5H2O",
    ] {
        assert_eq!(counts(text), truth, "{text}");
    }
    assert_eq!(counts("2H2O"), [("H", 4), ("O", 2)]);
    assert_eq!(
        counts("3CdSO4·8H2O"),
        [("H", 16), ("O", 20), ("S", 3), ("Cd", 3)]
    );
    assert_eq!(
        counts("CaSO4·H2O"),
        [("H", 2), ("O", 5), ("S", 1), ("Ca", 1)]
    );
}

#[test]
fn charges() {
    for (text, q) in [
        ("SO4^2-", -2),
        ("SO4 2-", -2),
        ("SO4^-2", -2),
        ("SO4²⁻", -2),
        ("SO4^2−", -2),
        ("Fe3+", 3),
        ("Fe³⁺", 3),
        ("[Fe(CN)6]4-", -4),
        ("NH4+", 1),
        ("NH₄⁺", 1),
        ("Cl-", -1),
        ("Ca++", 2),
        ("Na+", 1),
        ("OH-", -1),
        ("Hg2 2+", 2),
        ("2H+", 2),
        ("2Fe3+", 6),
        ("H2O", 0),
        // pyEQL's bracketed charge, sign first or last
        ("NaSO4[-1]", -1),
        ("Fe2(OH)2[+4]", 4),
        ("Mg[2+]", 2),
        ("Na[+]", 1),
        ("SO4[2-]", -2),
        // pyEQL's and PHREEQC's sign-then-magnitude suffix: the count before it stays a count
        ("Mg+2", 2),
        ("SO4-2", -2),
        ("Fe+3", 3),
        ("PO4−3", -3),
        ("Cl-1", -1),
        // `+` and a digit after a formula with a two-letter symbol (complicator, chemcompute)
        ("MgCl+2", 2),
        ("FeSCN+2", 2),
        ("CaOH+1", 1),
    ] {
        assert_eq!(charge(text), q, "{text}");
    }
    assert_eq!(counts("SO4-2"), [("O", 4), ("S", 1)]);
    // one digit 1-9, then no digit or letter: a label or a reaction goes on without a charge
    assert_eq!(formula_len("CO2-10 sensor"), 3);
    assert_eq!(formula_len("CO2-0 x"), 3);
    assert_eq!(formula_len("CH4+2O2"), 3);
    assert_eq!(formula_len("HIV-1 cases"), 3);
    // capitals only, or a hyphen: an acronym's or a label's number, not a charge
    assert_eq!(formula_len("CPU+1 x"), 3);
    assert_eq!(formula_len("NaCl-2 x"), 4);
    assert_eq!(counts("Fe2(OH)2[+4]"), [("H", 2), ("O", 2), ("Fe", 2)]);
    // a bracket with no sign is a group (or a citation after the formula), never a charge
    assert_eq!(formula_len("NaCl[2] is"), 4);
    assert_eq!(formula_len("Na[+-]"), 2);
    assert_eq!(
        counts("K4[Fe(CN)6]"),
        [("C", 6), ("N", 6), ("K", 4), ("Fe", 1)]
    );
    assert_eq!(counts("Fe3+"), [("Fe", 1)]);
    assert_eq!(counts("NH4+"), [("H", 4), ("N", 1)]);
    assert_eq!(counts("[Fe(CN)6]4-"), [("C", 6), ("N", 6), ("Fe", 1)]);
    assert_eq!(counts("2Fe3+"), [("Fe", 2)]);
    assert_eq!(counts("Hg2 2+"), [("Hg", 2)]);
    // two digits on a last O: an oxyanion's count and charge
    for (text, want, q) in [
        ("SO42-", vec![("O", 4), ("S", 1)], -2),
        ("PO43-", vec![("O", 4), ("P", 1)], -3),
        ("HPO42-", vec![("H", 1), ("O", 4), ("P", 1)], -2),
        ("Cr2O72-", vec![("O", 7), ("Cr", 2)], -2),
    ] {
        assert_eq!(counts(text), want, "{text}");
        assert_eq!(parse_formula(text).unwrap().charge(), q, "{text}");
    }
}

#[test]
fn bad_input_is_a_parse_error_with_position() {
    for (text, pos) in [
        ("", 0),
        ("h2o", 0),
        ("Xx2", 0),
        ("HJ", 1),
        ("Q", 0),
        ("H0", 1),
        ("H02", 1),
        ("(H2O", 4),
        ("H2O)", 3),
        ("(H2O]", 4),
        ("()", 0),
        ("Hg22+", 2),
        ("H2O ", 3),
        (" H2O", 0),
        ("Н2О", 0),
        ("H２O", 1),
        ("H٢O", 1),
        ("CaSO4·0.5H2O", 6),
        ("2", 1),
        ("H2O.", 3),
        ("SO4^", 4),
        ("nan", 0),
        ("inf", 0),
    ] {
        assert_eq!(parse_err(text).1, pos, "{text:?}: {:?}", parse_err(text));
    }
}

#[test]
fn bounded_on_huge_and_deep_input() {
    let deep = "(".repeat(MAX_DEPTH + 1) + "H" + &")".repeat(MAX_DEPTH + 1);
    assert_eq!(parse_err(&deep).1, MAX_DEPTH);
    let ok = "(".repeat(MAX_DEPTH) + "H" + &")2".repeat(MAX_DEPTH);
    assert_eq!(counts(&ok), [("H", 1u64 << MAX_DEPTH)]);
    let long = "H".repeat(MAX_FORMULA_CHARS + 1);
    assert_eq!(parse_err(&long).1, MAX_FORMULA_CHARS);
    assert_eq!(counts(&"H".repeat(1000)), [("H", 1000)]);
    assert!(parse_err("H1234567890123456789").0.contains("digits"));
    let overflow = "((H99999999)99999999)99999999";
    assert!(parse_err(overflow).0.contains("out of range"));
}

#[test]
fn prefix_length() {
    for (text, n) in [
        ("H2O is", "H2O".len()),
        ("CO2-rich", 3),
        ("Cl- ion", 3),
        ("Fe3+ and", 4),
        ("SO4 2- ion", 6),
        ("H2O 2 times", 3),
        ("NaCl(aq)", 4),
        ("H2O.", 3),
        ("H2O.The", 3),
        ("CuSO4.5H2O crystals", 10),
        ("Ca(OH", 2),
        ("SO42- ion", 5),
        ("Hg22+ ion", 4),
        ("He said", 2),
        ("hello", 0),
        ("", 0),
        ("C₆H₁₂O₆ is", "C₆H₁₂O₆".len()),
        ("Na+Cl-", 2),
    ] {
        assert_eq!(formula_len(text), n, "{text:?}");
    }
}

#[test]
fn encode_decode_round_trip_and_capacity() {
    for text in [
        "H2O",
        "CuSO4·5H2O",
        "[Fe(CN)6]4-",
        "Og2Ts3Md255No255Lr255",
        "Md255D7T3",
        "H16777214C",
    ] {
        let f = parse_formula(text).unwrap();
        let emb = encode(&f).unwrap();
        let f32_emb: Vec<f64> = emb.iter().map(|&v| v as f32 as f64).collect();
        assert_eq!(decode(&f32_emb).unwrap(), f, "{text}");
    }
    for text in ["H16777216", "H16777215C", "Md256", "Og256", "H^16777216+"] {
        let err = FormulaEncoder.encode_text(text).unwrap_err();
        assert!(matches!(err, FluxemError::Encode { .. }), "{text}: {err:?}");
    }
}

#[test]
fn mass_is_the_weight_sum() {
    let water = parse_formula("H2O").unwrap().molar_mass();
    assert_eq!(water, 2.0 * 1.008 + 15.999);
    let emb = FormulaEncoder.encode_text("H2O").unwrap();
    assert_eq!(emb[MASS_DIM], water / 1024.0);
}

#[test]
fn closed_form_operations() {
    let e = |t: &str| FormulaEncoder.encode_text(t).unwrap();
    let sum = combine(&e("Na+"), &e("Cl-")).unwrap();
    assert_eq!(sum, e("NaCl"));
    assert_eq!(scale(&e("H2O"), 5).unwrap(), e("H10O5"));
    assert_eq!(subtract(&e("CuSO4·5H2O"), &e("5H2O")).unwrap(), e("CuSO4"));
    assert!(subtract(&e("H2O"), &e("CO2")).is_err());
    assert!(scale(&e("H2O"), 0).is_err());
    let c = compare(&e("H2O"), &e("H2O2")).unwrap();
    assert_eq!(c.relation, Relation::Subset);
    assert_eq!(c.difference[7], -1);
    assert_eq!(
        compare(&e("CO2"), &e("H2O")).unwrap().relation,
        Relation::Incomparable
    );
    // A plain vector sum decodes to the combined formula, and a packed carry is caught.
    let raw: Vec<f64> = e("H2O")
        .iter()
        .zip(e("CO2").iter())
        .map(|(x, y)| x + y)
        .collect();
    assert_eq!(decode(&raw).unwrap(), parse_formula("CH2O3").unwrap());
    let carry: Vec<f64> = e("Md255")
        .iter()
        .zip(e("Md").iter())
        .map(|(x, y)| x + y)
        .collect();
    assert!(matches!(decode(&carry), Err(FluxemError::Decode { .. })));
    assert!(matches!(
        combine(&e("Md255"), &e("Md")),
        Err(FluxemError::Encode { .. })
    ));
}

#[test]
fn decode_rejects_foreign_and_edited_vectors() {
    let mut emb = FormulaEncoder.encode_text("H2O").unwrap();
    emb[COUNT_START] += 0.01;
    assert!(decode(&emb).is_err());
    let arith = crate::domains::arithmetic::ArithmeticEncoder
        .encode_text("2")
        .unwrap();
    assert!(decode(&arith).is_err());
    let mut neg = FormulaEncoder.encode_text("H2O").unwrap();
    neg[COUNT_START] = -COUNT_SCALE;
    neg[TOTAL_DIM] = 0.0;
    assert!(decode(&neg).is_err());
    let mut reserved = FormulaEncoder.encode_text("H2O").unwrap();
    reserved[RESERVED_DIM] = 1.0;
    assert!(decode(&reserved).is_err());
}

#[test]
fn hill_text_round_trips() {
    for text in ["C6H12O6", "SO4^2-", "NaCl", "CH4", "Fe3+", "[Fe(CN)6]4-"] {
        let f = parse_formula(text).unwrap();
        assert_eq!(
            parse_formula(&f.hill()).unwrap(),
            f,
            "{text} -> {}",
            f.hill()
        );
    }
    assert_eq!(parse_formula("NaCl").unwrap().hill(), "ClNa");
    assert_eq!(parse_formula("SO4^2-").unwrap().hill(), "O4S^2-");
    assert_eq!(parse_formula("C2H5OH").unwrap().hill(), "C2H6O");
}

/// Where the encoder's shortcut accepts a text, the parser and the capacity check accept it too.
#[test]
fn plain_formulas_the_encoder_accepts_unparsed_parse_and_fit() {
    let fits = |t: &str| parser::with_formula(t, |f| check_capacity(f).map(|_| ())).is_ok();
    for t in [
        "H2O",
        "CaCO3",
        "C2H5OH",
        "Co",
        "CO",
        "Fm999",
        "NaCl",
        "He",
        "Ca(OH)2",
        "(NH4)2SO4",
        "Al2(SO4)3",
        "(CH3)",
    ] {
        assert!(parser::plain_within_capacity(t) && fits(t), "{t}");
    }
    for t in [
        "", "D2O", "T", "Md2", "Og", "H0", "H1000", "Cx", "H2O+", "h2o", "H2 O", "()", "(OH",
        "OH)", "((OH)2)", "(OH)0", "(OH)1000", "[OH]2", "(OH)2+",
    ] {
        assert!(!parser::plain_within_capacity(t), "{t}");
    }
    let alphabet = [
        "C", "O", "H", "N", "Na", "Cl", "Fe", "Co", "Fm", "Md", "Og", "D", "T", "Cx", "x", "0",
        "1", "2", "9", "12", "999", "0", " ", "+", "-", "(", ")", "(OH)", "(NH4)", "(Fe", "[", "]",
        "^", "\u{b7}", ".", "\u{2082}",
    ];
    let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
    let (mut plain, mut grouped) = (0, 0);
    for _ in 0..200_000 {
        let mut t = String::new();
        let mut r = rng.next_u64();
        for _ in 0..1 + r % 12 {
            r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            t.push_str(alphabet[(r >> 33) as usize % alphabet.len()]);
        }
        if parser::plain_within_capacity(&t) {
            plain += 1;
            grouped += usize::from(t.contains('('));
            assert!(fits(&t), "{t:?}");
        }
    }
    assert!(plain > 2_000 && grouped > 200, "{plain} {grouped}");
    // the largest plain texts: 16 symbols of 999 atoms each, a group of 14 of them 999 times
    let long = "C999".repeat(16);
    assert!(parser::plain_within_capacity(&long) && fits(&long));
    let group = format!("({})999", "C999".repeat(14));
    assert!(parser::plain_within_capacity(&group) && fits(&group));
}

/// The parser keeps why it failed and formats the message only when the error is returned
/// (the segmenter's probe discards it): every message and position is the one formatted at
/// the failure before.
#[test]
fn parse_error_messages_are_formatted_as_before() {
    let deep = format!("{}H", "(".repeat(MAX_DEPTH + 1));
    let cases: [(&str, &str, usize); 21] = [
        (
            "h2o",
            "unexpected lowercase 'h': element symbols start with a capital",
            0,
        ),
        (")", "unexpected ')' with no matching opening bracket", 0),
        (" H", "unexpected whitespace", 0),
        (
            ".5H2O",
            "unexpected '.': a '.' hydrate separator must be followed by a coefficient digit \
             (CuSO4.5H2O)",
            0,
        ),
        ("H2O!", "unexpected character '!'", 3),
        ("2", "expected an element symbol or '(' / '['", 1),
        ("H0", "a count may not be zero or start with 0", 1),
        ("0H", "a coefficient may not be zero or start with 0", 0),
        ("H1234567890123456789", "a count has more than 18 digits", 1),
        (&deep, "brackets nested deeper than 32 levels", MAX_DEPTH),
        ("()", "empty group", 0),
        ("(H]", "'(' at position 0 closed by ']'", 2),
        (
            "(H!",
            "expected ')' to close '(' at position 0, found '!'",
            2,
        ),
        ("(H", "unclosed '(' at position 0", 2),
        ("Xx", "unknown element symbol \"Xx\"", 0),
        ("J2", "unknown element symbol \"J\"", 0),
        ("H^x", "expected '+' or '-' in the charge", 2),
        ("Fe²", "expected '⁺' or '⁻' after a superscript charge", 3),
        (
            "C84-",
            "ambiguous charge: digits directly before a sign could be a count or the charge; \
             write the charge apart: C60^-, Hg2 2+ or Hg₂²⁺",
            1,
        ),
        ("999999999999999999Fe^99+", "charge out of range", 20),
        ("H^0+", "a charge may not be zero or start with 0", 2),
    ];
    for (text, message, position) in cases {
        assert_eq!(parse_err(text), (message.to_string(), position), "{text:?}");
    }
}
