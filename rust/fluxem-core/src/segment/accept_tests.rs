//! The segmenter validates candidates with `DomainEncoder::accepts` (no embedding); these
//! tests hold it to "the encoder accepts": on every candidate of the labelled set and on
//! generated quantities at the edges of the codec's range, `accepts` and `encode_text` give
//! the same decision and the same error, and spans found without embeddings are exactly the
//! spans found with them.

use super::*;
use crate::domains::default_encoder;

/// Sentences of the labelled sets with their span markup removed (`{{Q:25 °C}}` -> `25 °C`).
fn labelled_sentences() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/");
    let mut out = Vec::new();
    for file in [
        "segmentation_eval.src.txt",
        "segmentation_eval_heldout.src.txt",
    ] {
        let src = std::fs::read_to_string(format!("{root}{file}")).expect("labelled set");
        for line in src.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let text = line.split('\t').nth(1).unwrap_or("");
            let mut plain = String::new();
            let mut rest = text;
            while let Some(k) = rest.find("{{") {
                plain.push_str(&rest[..k]);
                let inner = &rest[k + 2..];
                let colon = inner.find(':').expect("{{T:text}}");
                let close = inner.find("}}").expect("closing }}");
                plain.push_str(&inner[colon + 1..close]);
                rest = &inner[close + 2..];
            }
            plain.push_str(rest);
            out.push(plain);
        }
    }
    assert!(out.len() > 400, "labelled set not found or empty");
    out
}

/// Quantities near the codec's range limits, zero, huge literals, affine units, π factors.
fn edge_quantities() -> Vec<String> {
    let numbers = [
        "0",
        "-0.0",
        "1",
        "2.5",
        "-7",
        "999999999999999999999",
        "1.7976931348623157e308",
        "1.8e308",
        "2.2250738585072014e-308",
        "2.2e-308",
        "4.9e-324",
        "1e-300",
        "1e300",
        "9.99e299",
        "1e-299",
        "1e-310",
        "1e309",
        "-273.15",
        "-459.67",
        "1.000000000000000000000000000001",
        "3 × 10^305",
        "3 × 10^-305",
        "5e-302",
        "5e302",
        "twenty-five",
        "three hundred and five",
        "nine hundred ninety-nine trillion",
        "2.5 trillion",
        "12,000",
    ];
    let units = [
        "m", "km", "µm", "nm", "pm", "Tm", "rpm", "L/min", "°C", "°F", "K", "eV", "km/h", "kJ/mol",
        "g/cm^3", "mmHg", "°", "min", "h", "ly", "au", "Da", "kWh", "psi", "in", "dB", "dBm",
        "dBA", "dB/km", "ppb", "‰", "ppt", "IU", "pH", "grams", "litres",
    ];
    let mut out = Vec::new();
    for n in numbers {
        for u in units {
            out.push(format!("{n} {u}"));
        }
    }
    out
}

fn same_decision(domain: Domain, text: &str) {
    let enc = default_encoder(domain).expect("encoder");
    let full = enc.encode_text(text).map(|_| ());
    assert_eq!(enc.accepts(text), full, "{} {text:?}", domain.name());
}

#[test]
fn accepts_agrees_with_encode_on_every_candidate() {
    let texts = labelled_sentences();
    let mut checked = 0;
    for granularity in [Granularity::Expression, Granularity::Number] {
        let cfg = SegmenterConfig {
            arithmetic: granularity,
            ..SegmenterConfig::default()
        };
        let seg = Segmenter::new(cfg).unwrap();
        for text in &texts {
            for c in seg.explain(text) {
                same_decision(c.domain, &text[c.start_byte..c.end_byte]);
                checked += 1;
            }
            let plain = seg.segment(text);
            let encoded: Vec<Span> = seg.segment_encoded(text).iter().map(|p| p.0).collect();
            assert_eq!(plain, encoded, "{text:?}");
        }
    }
    assert!(checked > 1000, "only {checked} candidates");
}

#[test]
fn accepts_agrees_with_encode_on_a_paren_glued_to_the_number() {
    // the fast path reads a cached unit; `0(u u u)` is a (bad) concise uncertainty to the
    // full parser (found by the domain fuzz target)
    for text in [
        "0 (u u u)",
        "0(u u u)",
        "5 (m/s)",
        "5(m/s)",
        "1.5(2) m",
        "1.5(m)",
    ] {
        same_decision(Domain::Quantity, text);
    }
}

#[test]
fn accepts_agrees_with_encode_at_the_range_edges() {
    for text in edge_quantities() {
        same_decision(Domain::Quantity, &text);
    }
    // the edges do reach both outcomes
    let enc = default_encoder(Domain::Quantity).unwrap();
    assert!(enc.accepts("1e-300 pm").is_err());
    assert!(enc.accepts("1.7976931348623157e308 m").is_ok());
    assert!(enc.accepts("1e308 km").is_err());
    assert!(enc.accepts("-273.15 °C").is_ok());
    // surrounding Unicode whitespace is trimmed, as by `str::trim`
    for text in [
        "\u{b}5 m",
        "5 m\u{b}",
        " 5 m",
        "5 m ",
        "\u{a0}5 m",
        "\u{2003}5 m\u{2003}",
    ] {
        assert!(enc.accepts(text).is_ok(), "{text:?}");
        same_decision(Domain::Quantity, text);
    }
}

#[test]
fn arithmetic_accepts_agrees_with_encode_at_the_range_edges() {
    let cases = [
        "1 + 2",
        "1/3",
        "1e300 * 1e10",
        "1e300 * 1e8",
        "1e-300 / 1e10",
        "1e-300 / 1e7",
        "2^1000",
        "2^1030",
        "2^-1030",
        "1/0",
        "0 * 1e400",
        "1.7976931348623157e308 + 1e292",
        "(1 + 2",
    ];
    for text in cases {
        same_decision(Domain::Arithmetic, text);
    }
    let enc = default_encoder(Domain::Arithmetic).unwrap();
    assert!(enc.accepts("2^1000").is_ok());
    assert!(enc.accepts("2^1030").is_err());
}

#[test]
fn complex_and_vector_accepts_agree_with_encode_at_the_range_edges() {
    for text in [
        "3 + 4i",
        "1e309 + 2i",
        "1 - 1e-320j",
        "(2.5e-308 + 1e308i)",
        "4i",
        "3 +",
    ] {
        same_decision(Domain::Complex, text);
    }
    let long = format!("[{}]", vec!["1"; 40].join(", "));
    for text in [
        "[1, 2]",
        "[1e309, 2]",
        "[1, 2e-320]",
        "[]",
        "(1, 2, 3)",
        long.as_str(),
    ] {
        same_decision(Domain::Vector, text);
    }
    let enc = default_encoder(Domain::Vector).unwrap();
    assert!(enc.accepts("[1, 2e-320]").is_err());
    assert!(default_encoder(Domain::Complex)
        .unwrap()
        .accepts("1e309 + 2i")
        .is_err());
}

#[test]
fn pitch_accepts_agrees_with_encode_at_the_midi_range() {
    for text in [
        "C4",
        "C-1",
        "B-2",
        "G9",
        "G#9",
        "Ab9",
        "Cb-1",
        "A4",
        "H4",
        "C99999999",
    ] {
        same_decision(Domain::Pitch, text);
    }
    let enc = default_encoder(Domain::Pitch).unwrap();
    assert!(enc.accepts("G9").is_ok());
    assert!(enc.accepts("G#9").is_err());
}

#[test]
fn formula_accepts_agrees_with_encode_at_capacity() {
    let cases = [
        "H2O",
        "C16777215",
        "C16777216",
        "(C1000000)17",
        "(CH2)5000000",
        "Og999",
        "Og9999999",
        "Fe^3+",
        "SO4^16777216-",
        "Xx2",
        "",
    ];
    for text in cases {
        same_decision(Domain::Formula, text);
    }
    let enc = default_encoder(Domain::Formula).unwrap();
    assert!(enc.accepts("C16777215").is_ok());
    assert!(enc.accepts("C16777216").is_err());
}

#[test]
fn explain_keeps_exactly_what_segment_emits() {
    // `explain` traces every refusal, so it takes no shortcut (a lone word-like symbol such
    // as `In` is decided early only without tracing): both must keep the same spans
    let mut texts = labelled_sentences();
    for t in [
        "In this case It was As good as He said, and I agree.",
        "He gas and Ar gas; helium (He) and argon (Ar) in the cell.",
        "Mix 1 mol of He with 2 mol of Ar, then In and Ga.",
        "The lattice of fcc Ni and bcc Li differs; 2 Li from Li2CO3.",
        "He, Ne and Ar are noble gases, In, Ga and As are not.",
        "C + O2 -> CO2 and He + H -> Li in the star.",
        "indium In melts; the first K atoms; I atoms; As atoms.",
        "In\nAs\nHe",
    ] {
        texts.push(t.to_string());
    }
    let seg = Segmenter::new(SegmenterConfig::default()).unwrap();
    for text in &texts {
        let kept: Vec<(usize, usize, Domain)> = seg
            .explain(text)
            .iter()
            .filter(|c| c.kept)
            .map(|c| (c.start_byte, c.end_byte, c.domain))
            .collect();
        let emitted: Vec<(usize, usize, Domain)> = seg
            .segment(text)
            .iter()
            .map(|s| (s.start_byte, s.end_byte, s.domain))
            .collect();
        assert_eq!(kept, emitted, "{text:?}");
    }
}
