//! Segmenter tests against stand-in encoders that accept every candidate (so the scanner's
//! and context rules' own behaviour is what is tested) or reject chosen texts.

use super::*;
use crate::layout::{tagged, EMBED_DIM};

struct Accept(Domain, &'static [&'static str]);

impl DomainEncoder for Accept {
    fn domain(&self) -> Domain {
        self.0
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        if self.1.contains(&text) {
            return Err(FluxemError::parse("refused by the test encoder", 0));
        }
        *out = tagged(self.0);
        Ok(())
    }
}

fn seg_with(cfg: SegmenterConfig, refuse: &'static [&'static str]) -> Segmenter {
    let encs: Vec<Box<dyn DomainEncoder>> = Domain::ENCODED
        .iter()
        .map(|&d| Box::new(Accept(d, refuse)) as Box<dyn DomainEncoder>)
        .collect();
    Segmenter::with_encoders(cfg, encs).unwrap()
}

fn spans(text: &str) -> Vec<(String, &'static str)> {
    spans_cfg(text, SegmenterConfig::default())
}

fn spans_cfg(text: &str, cfg: SegmenterConfig) -> Vec<(String, &'static str)> {
    seg_with(cfg, &[])
        .segment(text)
        .iter()
        .map(|s| (text[s.start_byte..s.end_byte].to_string(), s.domain.name()))
        .collect()
}

fn pairs(v: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    v.iter().map(|(a, b)| (a.to_string(), *b)).collect()
}

#[test]
fn seed_examples() {
    assert_eq!(
        spans("Combine 2 mol H2O with 1 mol NaCl"),
        pairs(&[
            ("2 mol", "QUANTITY"),
            ("H2O", "FORMULA"),
            ("1 mol", "QUANTITY"),
            ("NaCl", "FORMULA")
        ])
    );
    assert_eq!(
        spans("Water (H2O) boils at 373.15 K under standard pressure."),
        pairs(&[("H2O", "FORMULA"), ("373.15 K", "QUANTITY")])
    );
}

#[test]
fn each_domain() {
    assert_eq!(
        spans("Compute 1234 + 5678 now."),
        pairs(&[("1234 + 5678", "ARITHMETIC")])
    );
    assert_eq!(
        spans("z = 3 + 4i is complex"),
        pairs(&[("3 + 4i", "COMPLEX")])
    );
    assert_eq!(
        spans("let v = [1, 2, 3]"),
        pairs(&[("[1, 2, 3]", "VECTOR")])
    );
    assert_eq!(
        spans("primer ATGCGTACGTTAG binds"),
        pairs(&[("ATGCGTACGTTAG", "DNA")])
    );
    assert_eq!(spans("she sang a C#5 there"), pairs(&[("C#5", "PITCH")]));
    assert_eq!(
        spans("tune the A4 string of the violin"),
        pairs(&[("A4", "PITCH")])
    );
    assert_eq!(spans("g = 9.8 m/s^2"), pairs(&[("9.8 m/s^2", "QUANTITY")]));
    assert_eq!(
        spans("(1 + 2) * 3 = 9"),
        pairs(&[("(1 + 2) * 3", "ARITHMETIC")])
    );
    assert_eq!(spans("-3 + 5"), pairs(&[("-3 + 5", "ARITHMETIC")]));
    // parentheses of the prose around a whole expression are not part of it
    assert_eq!(
        spans("binary ops (3 + 4), implicit ops"),
        pairs(&[("3 + 4", "ARITHMETIC")])
    );
    assert_eq!(
        spans("so (1 + 2) * (3 + 4) is 21"),
        pairs(&[("(1 + 2) * (3 + 4)", "ARITHMETIC")])
    );
    assert_eq!(spans("((2 + 3))"), pairs(&[("(2 + 3)", "ARITHMETIC")]));
    // a noun of counted things after the unit's `/` is prose: the quantity is before it
    assert_eq!(
        spans("trace collection is fast (~50ns/frame) and 3 ms/step"),
        pairs(&[("50ns", "QUANTITY"), ("3 ms", "QUANTITY")])
    );
    assert_eq!(spans("it turns at 1 rad/sek"), pairs(&[]));
    // `0/1` is the pair of binary values, not a fraction
    assert_eq!(spans("a binary (0/1) matrix and the 0/1 loss"), pairs(&[]));
    assert_eq!(spans("1/2 + 0/1"), pairs(&[("1/2 + 0/1", "ARITHMETIC")]));
    assert_eq!(
        spans("Ca(OH)2 and CuSO4\u{b7}5H2O"),
        pairs(&[("Ca(OH)2", "FORMULA"), ("CuSO4\u{b7}5H2O", "FORMULA")])
    );
    assert_eq!(
        spans("CH4 + 2 O2 \u{2192} CO2 + 2 H2O"),
        pairs(&[
            ("CH4", "FORMULA"),
            ("O2", "FORMULA"),
            ("CO2", "FORMULA"),
            ("H2O", "FORMULA")
        ])
    );
    // a coefficient written against its formula belongs to the span (span conventions)
    assert_eq!(
        spans("the code CO2024 and 2H2O"),
        pairs(&[("2H2O", "FORMULA")])
    );
}

#[test]
fn look_alikes_stay_text() {
    for t in [
        "I think A is right and In the end He said No.",
        "NASA and the DNA lab use UV and PCR daily.",
        "Print it on A4 paper with vitamin B12 and an F1 score.",
        "The original S22 set of dimers and the G2 sets of molecules.",
        "COVID-19 cases rose in 2021 and CO voters agreed.",
        "See pp. 113-127 and Fig. 3 for details.",
        "Python 3.11.2 was released on 2023-02-08 at 14:30.",
        "Call 555-123-4567 or see ORCID 0000-0002-1825-0097.",
        "as shown previously [3, 4], we used 12 samples.",
        "Visit https://example.com/a/1-2 with 24 people.",
        "The E3 ligase binds; H1N1 and Y2K were news.",
        "He won 3-1 in the final.",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
}

#[test]
fn context_makes_weak_candidates_clear() {
    assert_eq!(spans("He said CO was toxic"), pairs(&[("CO", "FORMULA")]));
    assert_eq!(spans("I live in CO now"), vec![]);
    // `5 ft 9 in` is one measure whose parts are no values of their own (thirty-third
    // session); apart, each is a length, and `1 in 10` is no inch either way
    assert_eq!(spans("I am 5 ft 9 in tall, 1 in 10 agree."), vec![]);
    assert_eq!(
        spans("It is 5 ft tall and 9 in thick, 1 in 10 agree."),
        pairs(&[("5 ft", "QUANTITY"), ("9 in", "QUANTITY")])
    );
    assert_eq!(spans("The soprano held an E5."), pairs(&[("E5", "PITCH")]));
    assert_eq!(spans("The E5 road is long."), vec![]);
    assert_eq!(
        spans("Add NaCl to the water."),
        pairs(&[("NaCl", "FORMULA")])
    );
    assert_eq!(
        spans("The roots are 2i and -2i."),
        pairs(&[("2i", "COMPLEX"), ("-2i", "COMPLEX")])
    );
}

#[test]
fn unicode_offsets() {
    let text = "😀 At 25 °C the µ-probe read 3 µm; 水 H2O\u{301} CO2.";
    let seg = seg_with(SegmenterConfig::default(), &[]);
    let out = seg.segment(text);
    let chars: Vec<char> = text.chars().collect();
    for s in &out {
        let by_char: String = chars[s.start_char..s.end_char].iter().collect();
        assert_eq!(by_char, &text[s.start_byte..s.end_byte]);
    }
    let got: Vec<&str> = out
        .iter()
        .map(|s| &text[s.start_byte..s.end_byte])
        .collect();
    assert_eq!(got, vec!["25 °C", "3 µm", "CO2"]);
}

#[test]
fn number_granularity() {
    let cfg = SegmenterConfig {
        arithmetic: Granularity::Number,
        ..SegmenterConfig::default()
    };
    assert_eq!(
        spans_cfg("1234 + 5678 = 6912", cfg.clone()),
        pairs(&[
            ("1234", "ARITHMETIC"),
            ("5678", "ARITHMETIC"),
            ("6912", "ARITHMETIC")
        ])
    );
    assert_eq!(
        spans_cfg("5 * -3 - (2 - 1)", cfg),
        pairs(&[
            ("5", "ARITHMETIC"),
            ("-3", "ARITHMETIC"),
            ("2", "ARITHMETIC"),
            ("1", "ARITHMETIC")
        ])
    );
}

#[test]
fn fallbacks_priority_and_options() {
    // encoder failure -> TEXT
    let seg = seg_with(SegmenterConfig::default(), &["H2O"]);
    let out = seg.segment("H2O and CO2");
    assert_eq!(out.len(), 1);
    // no encoder -> TEXT, and explain says so
    let only_q = Segmenter::with_encoders(
        SegmenterConfig::default(),
        vec![Box::new(Accept(Domain::Quantity, &[]))],
    )
    .unwrap();
    assert_eq!(only_q.segment("5 m of H2O").len(), 1);
    let ex = only_q.explain("5 m of H2O");
    assert!(
        ex.iter()
            .any(|c| !c.kept && c.reason.contains("no encoder")),
        "{ex:?}"
    );
    // disabled domain
    let cfg = SegmenterConfig {
        domains: vec![Domain::Formula],
        ..SegmenterConfig::default()
    };
    assert_eq!(spans_cfg("5 m of H2O", cfg), pairs(&[("H2O", "FORMULA")]));
    // priority: C2 in a text with both music and chemistry cues
    let text = "The piano note C2 and carbon atoms.";
    assert_eq!(spans(text), pairs(&[("C2", "PITCH")]));
    let cfg = SegmenterConfig {
        priority: vec![Domain::Formula],
        ..SegmenterConfig::default()
    };
    assert_eq!(spans_cfg(text, cfg), pairs(&[("C2", "FORMULA")]));
}

#[test]
fn explain_lists_reasons() {
    let seg = seg_with(SegmenterConfig::default(), &[]);
    let ex = seg.explain("See pp. 113-127; print on A4 paper; add 2 mol.");
    let reasons: Vec<(&str, bool, &str)> = ex
        .iter()
        .map(|c| (c.domain.name(), c.kept, c.reason.as_str()))
        .collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.0 == "ARITHMETIC" && !r.1 && r.2.contains("label")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.0 == "PITCH" && !r.1 && r.2.contains("A4 paper")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.0 == "QUANTITY" && r.1),
        "{reasons:?}"
    );
}

#[test]
fn adversarial_inputs_terminate_and_cover() {
    let seg = seg_with(SegmenterConfig::default(), &[]);
    for text in [
        "1".repeat(100_000),
        format!("[{}", "1, ".repeat(30_000)),
        "H2O".repeat(30_000),
        "A4 ".repeat(30_000),
        "(".repeat(50_000) + "1",
        "(".repeat(20_000) + &"1 + ".repeat(100) + "x" + &")".repeat(20_000),
        "1+".repeat(50_000),
        "-".repeat(50_000) + "1",
        "1.".repeat(50_000),
        "[[".repeat(30_000),
        "0-".repeat(50_000),
        "ACGT".repeat(30_000),
        // look-alike rules: list walks, label windows, code names
        "Kr, ".repeat(30_000),
        "M3, P5 and ".repeat(10_000),
        "0s and 1s and ".repeat(10_000),
        "a time signature of 4/4 ".repeat(5_000),
        "0-127, ".repeat(20_000),
        "``[7, 6, 1]`` x[0, 0] ".repeat(5_000),
        "O(N) FP32 H100 C++ ".repeat(5_000),
        "c(".to_string(),
        "x(1".to_string(),
        "a[".to_string(),
        "5(".to_string(),
    ] {
        let out = seg.segment(&text);
        let mut last = 0;
        for s in &out {
            assert!(s.start_byte >= last && s.end_byte > s.start_byte);
            last = s.end_byte;
        }
        assert!(last <= text.len());
    }
    assert_eq!(EMBED_DIM, 128);
}

#[test]
fn random_texts_make_progress_and_spans_are_ordered() {
    // a small LCG over an alphabet of the characters the recognizers react to
    let alphabet: Vec<char> = "aAcCgGtTbB HOK24mol+-=[], .()°µ#x:/5e9iE\u{2212}\u{b7}😀\n"
        .chars()
        .collect();
    let seg = seg_with(SegmenterConfig::default(), &[]);
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20_000 {
        let mut text = String::new();
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
        let len = (state >> 59) as usize * 3;
        for _ in 0..len {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            text.push(alphabet[(state >> 33) as usize % alphabet.len()]);
        }
        let mut last = 0;
        for s in seg.segment(&text) {
            assert!(
                s.start_byte >= last && s.end_byte > s.start_byte,
                "{text:?}"
            );
            assert_eq!(text[..s.start_byte].chars().count(), s.start_char);
            last = s.end_byte;
        }
        let _ = seg.explain(&text);
    }
}

/// Rules step back over the spaces before a list, then back over what they expect there (a
/// comma, a colon, a word) as ASCII; behind a run of multi-byte spaces (U+00A0, U+2009,
/// U+202F, U+3000) longer than their window that step landed inside a space, and reading a
/// char there panicked (`x,` + four U+202F + ` [1, 4]`; `:` + NBSP, two thin spaces, NBSP +
/// `[1\t2]`). A position inside a char reads as no char now, so the rule sees nothing.
#[test]
fn multibyte_space_runs_before_lists_never_panic() {
    let seg = seg_with(SegmenterConfig::default(), &[]);
    let shapes = [
        "x,_[1, 4]",
        ":_[1\t2]",
        "if bins is:_[1, 2, 3]",
        "for s_in_[3, 4, 5] do",
        "Defaults to_[10, 20]",
        "Pass_[0, 2] to keep",
        "e.g._[1,2,3]",
        "([2, 3],_[6, 7])",
        "x,_[1, 2],_[3, 4]",
        "choose `n`_in_[10, 20, 40]",
        "of:_[4,['a','b'],[11,22]] which",
        "by 3 to_5 m, 2 of_7",
    ];
    let spaces = ["\u{a0}", "\u{2009}", "\u{202f}", "\u{3000}"];
    for shape in shapes {
        for space in spaces {
            for run in 1..=9 {
                let text = shape.replace('_', &space.repeat(run));
                let _ = seg.segment(&text);
                let _ = seg.explain(&text);
            }
        }
    }
}

#[test]
fn bad_options_are_config_errors() {
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let bad = [
        SegmenterConfig::from_names(Some(&names(&["CHORD"])), None, "expression"),
        SegmenterConfig::from_names(Some(&names(&["TEXT"])), None, "expression"),
        SegmenterConfig::from_names(None, Some(&names(&["DNA", "dna"])), "expression"),
        SegmenterConfig::from_names(None, None, "digits"),
    ];
    for r in bad {
        assert_eq!(r.unwrap_err().status(), crate::error::Status::ConfigError);
    }
    let two: Vec<Box<dyn DomainEncoder>> = vec![
        Box::new(Accept(Domain::Dna, &[])),
        Box::new(Accept(Domain::Dna, &[])),
    ];
    let err = Segmenter::with_encoders(SegmenterConfig::default(), two).unwrap_err();
    assert_eq!(err.status(), crate::error::Status::ConfigError);
}

#[test]
fn a_rising_pair_before_a_scale_word_is_a_range_of_counts() {
    // `4-8 million`: the scale word belongs to the upper end, whose value (8e6) is larger, so
    // the pair rises and is a range, in a math context too (dev143: a geoid-grid reader's
    // throughput for linear and cubic interpolation)
    for t in [
        "For linear interpolation the solver reads 2-3 million cells per second.",
        "The integral over the grid takes 10-20 billion samples in the equation.",
        "With linear interpolation, 1-5 thousand nodes are evaluated per call.",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
    // a pair that falls stays a difference in a math context; `=` still makes an equation
    assert_eq!(
        spans("Solve x = 3-5 for the sum."),
        pairs(&[("3-5", "ARITHMETIC")])
    );
}

#[test]
fn increasing_number_pairs_are_ranges_not_differences() {
    // a hyphen between a smaller and a larger number is a range in prose, in any context
    for t in [
        "The value is an integer (0-127, with middle C at 60).",
        "The solver is 2-6 times slower for a sparse matrix.",
        "Compute the integral; the integer n runs over 1-10.",
        "The class interval 0.5-1.5 holds most of the samples.",
        "See ISO 5167-6 for the flow nozzle.",
        // standards bodies' numbers with a part or a year (real text: mosqito, luxpy)
        "The ratio is computed according to ECMA 418-1.",
        "The sum is computed as in BS 5950-1.",
        "The ratio is computed as in NEMA 250-4 and JIS 8-2.",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
    // spaced, it is a range too, in mathematics as well (real text: PDB columns, percentiles),
    // unless a word asks for the difference or an `=` makes an equation
    for t in [
        "The purity was 0.98 - 1.000 in the batch.",
        "Percentile (0 - 100) of the bins to compute.",
        "The vector norm had errors of one part in 1e4 - 1e5.",
        "31 - 38 Real(8.3) Orthogonal coordinates for X",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
    // a text that is nothing but the pair is a difference to compute
    for t in ["513 - 693", "What: 513 - 693 ?", " 513 - 693 = "] {
        let want = if t.starts_with("What") {
            vec![]
        } else {
            pairs(&[("513 - 693", "ARITHMETIC")])
        };
        assert_eq!(spans(t), want, "{t}");
    }
    assert_eq!(
        spans("In the equation, compute 3 - 5 first."),
        pairs(&[("3 - 5", "ARITHMETIC")])
    );
    // an `=` makes an equation; a decreasing pair stays a difference in math; a sign or a
    // second operator takes the pair out of the rule
    assert_eq!(
        spans("Solve x = 3-5 for the sum."),
        pairs(&[("3-5", "ARITHMETIC")])
    );
    assert_eq!(
        spans("Compute the sum 12-7 in the equation."),
        pairs(&[("12-7", "ARITHMETIC")])
    );
    assert_eq!(
        spans("Compute 1 - 2 + 3 now."),
        pairs(&[("1 - 2 + 3", "ARITHMETIC")])
    );
    // a name glued to `=` and a tight rising pair is a range of values; so is a member of a
    // list of ranges, even a falling one (a typo); a spaced `x = 3-5` stays an equation
    for t in [
        "In the equation, one of the 30 Lanthanides (Z=57-71) or Actinides (Z=89-103).",
        "In the equation, codes 901-930, 1901-1930, 2901-2930, and 3901-393 are extra.",
        "Compute the sum where codes 11-20, 31-29 are listed.",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
    assert_eq!(
        spans("Solve x=5-3 = 2 in the equation."),
        pairs(&[("5-3", "ARITHMETIC")])
    );
    // a fraction with an ordinal suffix before `of` ends before the suffix
    assert_eq!(
        spans("The main note will have an onset that is 1/4th of a quarter note after it."),
        pairs(&[("1/4", "ARITHMETIC")])
    );
    assert_eq!(
        spans("Only 1/3rd of the budget and 1/10th of the staff remain."),
        pairs(&[("1/3", "ARITHMETIC"), ("1/10", "ARITHMETIC")])
    );
    assert_eq!(spans("Build 1/4th as told."), vec![]);
    // a number times a power of ten written with a letter x or a dot is one value, as with ×
    // (never the power alone: `10**-28` was a wrong value for `2 x 10**-28`)
    for (t, want) in [
        ("The error is about 2 x 10**-28.", "2 x 10**-28"),
        ("The error is about 2 x 10^-28.", "2 x 10^-28"),
        ("The error is about 2 × 10^-28.", "2 × 10^-28"),
        ("The rate is 3·10^8 here.", "3·10^8"),
    ] {
        assert_eq!(spans(t), pairs(&[(want, "ARITHMETIC")]), "{t}");
    }
    // a rank after `index` is an identifier
    assert_eq!(
        spans("In the equation, the best was index 25/38 of them."),
        vec![]
    );
    // a unary plus stays out of the span (a unary minus is part of it)
    assert_eq!(
        spans("Quarks carry a baryon number of :math:`+1/3` (antiquarks :math:`-1/3`)."),
        pairs(&[("1/3", "ARITHMETIC"), ("-1/3", "ARITHMETIC")])
    );
    assert_eq!(
        spans("Compute the sum 12-7, 30-9 in the equation."),
        pairs(&[("12-7", "ARITHMETIC"), ("30-9", "ARITHMETIC")])
    );
}

#[test]
fn integer_lists_in_code_text() {
    // a list that is not sorted and distinct is data, not a reference list
    assert_eq!(
        spans("Polynomial taps to use (e.g. [7, 6, 1] for an 8-bit sequence)."),
        pairs(&[("[7, 6, 1]", "VECTOR")])
    );
    assert_eq!(
        spans("Equal adjacent values count as monotonic, as in [1, 2, 2, 3] here."),
        pairs(&[("[1, 2, 2, 3]", "VECTOR")])
    );
    // a list literal in code markup is a value
    assert_eq!(
        spans("The polynomial is represented as ``[1, 3, 5]`` in the call."),
        pairs(&[("[1, 3, 5]", "VECTOR")])
    );
    // subscripts of a name are not a list; a sorted list after a claim stays a citation
    assert_eq!(spans("The mean is ``table[0, 0]`` for the odds."), vec![]);
    assert_eq!(
        spans("as shown previously [3, 4, 7], we used 12 samples."),
        vec![]
    );
}

#[test]
fn time_signature_named_before_of() {
    assert_eq!(
        spans("A default time signature of 4/4 is returned."),
        vec![]
    );
    assert_eq!(
        spans("Set a TimeSignature of 6/8 if none is present."),
        vec![]
    );
    // `of` alone names nothing: a fraction of a quantity stays a fraction
    assert_eq!(
        spans("Compute the sum of 3/4 in the equation."),
        pairs(&[("3/4", "ARITHMETIC")])
    );
}

#[test]
fn lone_symbols_in_code_markup_and_before_mass_fractions() {
    assert_eq!(
        spans("The chemical model runs from `Tb` to below `Tc` for the compound."),
        vec![]
    );
    assert_eq!(
        spans("The chemical data had C mass fractions up to 0.9."),
        pairs(&[("C", "FORMULA")])
    );
    // a formula in code markup stays a formula
    assert_eq!(
        spans("Pass ``H2O`` as the solvent."),
        pairs(&[("H2O", "FORMULA")])
    );
}

#[test]
fn lists_of_quotients_are_one_object() {
    for (t, want) in [
        (
            "returns [1.2/2, 0.5, 1.2/2]",
            &[("[1.2/2, 0.5, 1.2/2]", "VECTOR")][..],
        ),
        (
            "probabilities [1/4, 3/4] sum to one",
            &[("[1/4, 3/4]", "VECTOR")],
        ),
        // one quotient in brackets stays a quotient
        ("results [2/3] here", &[("2/3", "ARITHMETIC")]),
        // a parenthesised tuple of three or more is the object, not each quotient; two may
        // be an interval whose ends are values
        ("close to the (1/3, 1/3, 1/3) vector.", &[]),
        ("at f(1/2, 3, 4) exactly", &[]),
        ("on t in (0, 1/2) only", &[("1/2", "ARITHMETIC")]),
        (
            "a domain of [0, 2**16-1] here",
            &[("2**16-1", "ARITHMETIC")],
        ),
        // an interval in brackets whose end is a quotient: the quotient (real text: komm,
        // surpyval), the interval no span
        (
            "the value of p in [0, 1/2] such that",
            &[("1/2", "ARITHMETIC")],
        ),
        (
            "the interval [-0.1817, 1/3] holds it",
            &[("1/3", "ARITHMETIC")],
        ),
        // imaginaries in a list of two or more: the list is the object
        ("coefficients from [1, -1, 1j, -1j].", &[]),
        ("np.array([[0, 1j], [1, 0]])", &[]),
        ("the roots [1+2j, 1-2j] of p", &[]),
        (
            "the values 1/2, 2/3 and 3/4",
            &[
                ("1/2", "ARITHMETIC"),
                ("2/3", "ARITHMETIC"),
                ("3/4", "ARITHMETIC"),
            ],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn hyphen_ranges_that_repeat_a_unit_are_one_value() {
    // `2 s-3 s` once gave `2 s` alone: the lower end of a range, and the upper end was
    // skipped as the digits of a hyphenated word
    for (t, want) in [
        ("The pulse lasted 2 s-3 s.", &[("2 s-3 s", "QUANTITY")][..]),
        ("a 10 kg-20 kg load", &[("10 kg-20 kg", "QUANTITY")]),
        ("at 5 V-10 V bias", &[("5 V-10 V", "QUANTITY")]),
        ("The window is 2s-3s.", &[("2s-3s", "QUANTITY")]),
        // no pair of one unit: the first value as written, no second one
        ("at 5 V-10 A bias", &[("5 V", "QUANTITY")]),
        ("a 20 kg-10 kg drop", &[("20 kg", "QUANTITY")]),
        // hyphenated words and compounds are untouched
        ("a 3 mm-thick plate", &[("3 mm", "QUANTITY")]),
        ("a 2 s-long pulse", &[("2 s", "QUANTITY")]),
        ("COVID-19 cases", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_common_formula_after_a_label_word_is_a_formula() {
    // `volume` labels a number (`volume 6`), but `volume H2O` is the volume of water
    for (t, want) in [
        (
            "The mixing ratio is in ppm (volume H2O/volume wet gas).",
            &[("H2O", "FORMULA")][..],
        ),
        (
            "The volume NH3 in the flask was measured.",
            &[("NH3", "FORMULA")],
        ),
        // naming nouns still name codes; labels still name numbers
        ("Print it on A4 paper with vitamin B12.", &[]),
        ("See volume 6 of the series.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn european_and_engineering_standards_numbers_are_no_differences() {
    // `BS EN 771-1` was the difference 771 - 1 in a sentence about calculation models: `EN`
    // (and the structural, water and engineers' bodies) name a standard, as `ISO` and `BS` do
    for t in [
        "Mathematical models are calibrated to British Standards (BS 8500, BS EN 771-1).",
        "Compute the sum as the code asks: loads from ASCE 7-16 and ACI 318-19.",
        "Solve the equation for the bolts of VDI 2230 and AISC 360-16 joints.",
        "In the formula, steel to CSA S16-19 and NEN 3140 applies.",
    ] {
        assert_eq!(spans(t), vec![], "{t}");
    }
    // the quantity after a standard's number stays, and arithmetic elsewhere is read
    assert_eq!(
        spans("Steel to EN 10025-2 is tested at 16 mm."),
        pairs(&[("16 mm", "QUANTITY")])
    );
    assert_eq!(
        spans("Per ASCE 7-16, compute 7 - 16 in the equation."),
        pairs(&[("7 - 16", "ARITHMETIC")])
    );
}

#[test]
fn ranges_written_with_an_ellipsis_are_one_value() {
    // `-100...0 °C` once gave `.0 °C` (the ellipsis' last dot read as a decimal point) and
    // `-100...+100 °C` gave `100 °C`: pieces of a range, each a value nobody wrote
    for (t, want) in [
        (
            "The sensor is valid -100...0 °C only.",
            &[("-100...0 °C", "QUANTITY")][..],
        ),
        (
            "Valid -100...+100 °C over ice.",
            &[("-100...+100 °C", "QUANTITY")],
        ),
        (
            "It runs at -40...+85°C ambient.",
            &[("-40...+85°C", "QUANTITY")],
        ),
        (
            "An input of 0\u{2026}5 V is read.",
            &[("0\u{2026}5 V", "QUANTITY")],
        ),
        // a series' ellipsis after a comma is no range: the last value stands alone
        ("Lengths 1, 2, ..., 10 m are cut.", &[("10 m", "QUANTITY")]),
        // bare numbers and a lower end glued to a word: no span; decimals at both ends are
        // read as a dotted number (`.2.5`), so no span there either (not yet a range)
        ("The digits 0...9 are allowed.", &[]),
        ("The codes v2...5 mm are odd.", &[]),
        ("The steps 1.5...2.5 mm are fixed.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn ranges_written_with_two_dots_are_one_value() {
    // dev148: `[0..1000 cm, R]` gave nothing (the second dot glued `.1000` to a dotted
    // number) and `-5..-10 m` gave `10 m` (the upper end without its sign, a value nobody
    // wrote); two dots glued between two numbers join a range like an ellipsis
    for (t, want) in [
        (
            "Pipe depth [0..250 m, R] as a function of age.",
            &[("0..250 m", "QUANTITY")][..],
        ),
        (
            "Set the height to 2..15 cm here.",
            &[("2..15 cm", "QUANTITY")],
        ),
        (
            "Tides of -3..-1 m were logged.",
            &[("-3..-1 m", "QUANTITY")],
        ),
        (
            "It runs at -40..+85°C ambient.",
            &[("-40..+85°C", "QUANTITY")],
        ),
        // descending ends: one candidate, the whole pair (no end stands alone with its sign
        // lost, as `254 dBm` did); QUANTITY's encoder then refuses it (its tests)
        (
            "RSSI of -1..-254 dBm is raw.",
            &[("-1..-254 dBm", "QUANTITY")],
        ),
        // bare numbers, a lower end glued to a word, three numbers: no span
        ("Months 1..12 are allowed.", &[]),
        ("The codes v2..5 mm are odd.", &[]),
        ("Depths 1..2..3 m are odd.", &[]),
        // decimals at both ends: `.2.5` is read as a dotted number, as after an ellipsis
        // (not yet a range; no span rather than a piece)
        ("A step of 1.5..2.5 mm is kept.", &[]),
        // dev154's helper, for the same shape: `-40..0 °C` in modelling docs
        (
            "The freezer model holds over -30..0 °C only.",
            &[("-30..0 °C", "QUANTITY")],
        ),
        (
            "Keep the dough at 24..27°C overnight.",
            &[("24..27°C", "QUANTITY")],
        ),
        (
            "A probe reads -20..+120 °C in the kettle.",
            &[("-20..+120 °C", "QUANTITY")],
        ),
        (
            "Rest the mash for 10..15 min before sparging.",
            &[("10..15 min", "QUANTITY")],
        ),
        // no unit, a chain, a version-like tail: no span (a descending pair, `30..10 s`, is
        // the encoder's to refuse: domains/quantity/tests.rs)
        ("Loop over 1..10 and stop.", &[]),
        ("Steps 1..2..3 m apart.", &[]),
        ("The tags 0..5.3.1 mm are odd.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn lengths_before_mercury_or_water_are_pressures_not_lengths() {
    // dev154: `35 mm Hg` gave `35 mm`, a length; millimetres of mercury (or centimetres of
    // water) written with a space are a pressure the unit grammar cannot read: no span
    for t in [
        "The cuff held 120 mm Hg during the test.",
        "Ventilate at 5 cm H2O of end-expiratory pressure.",
        "A barometer at 29.9 in Hg is normal.",
    ] {
        let got = spans(t);
        assert!(got.iter().all(|(_, d)| *d != "QUANTITY"), "{t}: {got:?}");
    }
    // glued, the symbol is read; a length before another capital word stays a length
    assert_eq!(
        spans("It held 120 mmHg."),
        pairs(&[("120 mmHg", "QUANTITY")])
    );
    assert_eq!(
        spans("A 35 mm Hasselblad lens."),
        pairs(&[("35 mm", "QUANTITY")])
    );
}

#[test]
fn values_after_a_plural_of_defaults_are_side_by_side() {
    // dev154: `(ISO 6946 defaults 7.7 / 23)` gave the quotient `7.7 / 23`: the plural names
    // two film coefficients listed with a spaced slash
    for t in [
        "Film coefficients (defaults 8.0 / 25) apply.",
        "The tolerances use default values 0.5 / 0.3 here.",
    ] {
        let got = spans(t);
        assert!(got.iter().all(|(_, d)| *d != "ARITHMETIC"), "{t}: {got:?}");
    }
    // a quotient after another word stays a quotient
    assert_eq!(
        spans("The ratio is 7.5 / 2.5 here."),
        pairs(&[("7.5 / 2.5", "ARITHMETIC")])
    );
}

#[test]
fn percent_ranges_are_one_value_and_never_a_negative_end() {
    // a hyphen glued to `%` is a range dash, never the sign of the upper end (`-20%` would
    // be a value nobody wrote)
    for (t, want) in [
        ("a 10%-20% gain", &[("10%-20%", "QUANTITY")][..]),
        ("10%–20% of cases", &[("10%–20%", "QUANTITY")]),
        (
            "C fractions from 61.3% to 95.2%.",
            &[("61.3% to 95.2%", "QUANTITY")],
        ),
        (
            "N fractions from 0 to 15.4%.",
            &[("0 to 15.4%", "QUANTITY")],
        ),
        (
            "between 5% and 10% of the mass",
            &[("5% and 10%", "QUANTITY")],
        ),
        ("It held 25°C–30°C all day.", &[("25°C–30°C", "QUANTITY")]),
        // a descending pair is no range: two values, each as written
        (
            "profit 10%-5% later",
            &[("10%", "QUANTITY"), ("5%", "QUANTITY")],
        ),
        (
            "with −5% and 10%−20%",
            &[
                ("−5%", "QUANTITY"),
                ("10%", "QUANTITY"),
                ("20%", "QUANTITY"),
            ],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_hedge_after_between_keeps_the_range_one_value() {
    // `between about a unit and b unit`: the hedge qualifies the whole range, and `and`
    // still joins its ends (it once gave two spans, each end a value of its own)
    for (t, want) in [
        (
            "The modulus varied between about 2 GPa and 40 GPa in the tests.",
            &[("2 GPa and 40 GPa", "QUANTITY")][..],
        ),
        (
            "Keep the gap between roughly 5 and 10 mm on each side.",
            &[("5 and 10 mm", "QUANTITY")],
        ),
        (
            "Depths between ca. 3 m and 4 m were drilled.",
            &[("3 m and 4 m", "QUANTITY")],
        ),
        // a tilde or `≈` before the lower end hedges it as `about` does
        (
            "Loads between ~2 kN and 9 kN were applied.",
            &[("2 kN and 9 kN", "QUANTITY")],
        ),
        (
            "Keep the gap between ≈ 5 and 10 mm on each side.",
            &[("5 and 10 mm", "QUANTITY")],
        ),
        (
            "A value near ~2 kN and 9 kN.",
            &[("2 kN", "QUANTITY"), ("9 kN", "QUANTITY")],
        ),
        // without `between` two words back, `and` still joins no range
        (
            "Add about 5 mL and 10 mL of water.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
        (
            "The link between tests about 5 mL and 10 mL apart.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
        // one hedge word only: `between the about` is no hedge of a range
        (
            "It lies between them, about 5 mL and 10 mL.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
    // the hedged range reads as the plain one
    for (hedged, plain) in [
        (
            "The pressure was between approximately 20 and 30 kPa.",
            "The pressure was between 20 and 30 kPa.",
        ),
        (
            "The load was between about 2 and 3 kN.",
            "The load was between 2 and 3 kN.",
        ),
    ] {
        assert_eq!(spans(hedged), spans(plain), "{hedged}");
        assert!(!spans(plain).is_empty(), "{plain}");
    }
}

#[test]
fn the_article_after_between_keeps_the_range_one_value() {
    // dev150, dev68: `between the a unit and b unit`: the article names the ends as things (bands,
    // marks, values) and `and` still joins one range, as after a hedge word
    for (t, want) in [
        (
            "Average the level between the 100Hz and 3150Hz octave bands.",
            &[("100Hz and 3150Hz", "QUANTITY")][..],
        ),
        (
            "Interpolate linearly between the 5 and 45 deg settings.",
            &[("5 and 45 deg", "QUANTITY")],
        ),
        (
            "Fill the tank between the 2 m and 4 m marks.",
            &[("2 m and 4 m", "QUANTITY")],
        ),
        // without `between` right before the article, `and` still joins no range
        (
            "Mix the 5 mL and 10 mL portions.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
        (
            "The link between tests and the 5 mL and 10 mL portions.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
        // two words between: no range
        (
            "It lies between the two, 5 mL and 10 mL.",
            &[("5 mL", "QUANTITY"), ("10 mL", "QUANTITY")],
        ),
        // a bare count after `between the` is still no span
        ("The gap between the 2 peaks was measured.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
    // the range with the article reads as the plain one
    for (with_article, plain) in [
        (
            "The pressure was between the 20 and 30 kPa readings.",
            "The pressure was between 20 and 30 kPa readings.",
        ),
        (
            "Levels between the 63 Hz and 125 Hz bands differ.",
            "Levels between 63 Hz and 125 Hz bands differ.",
        ),
    ] {
        assert_eq!(spans(with_article), spans(plain), "{with_article}");
        assert!(!spans(plain).is_empty(), "{plain}");
    }
}

#[test]
fn a_unit_is_never_cut_before_a_per_part() {
    // the readable part of `1 rad/sec` is another dimension (`1 rad`): all or nothing
    for (t, want) in [
        (
            "The corner is at 1 rad/sec.",
            &[("1 rad/sec", "QUANTITY")][..],
        ),
        ("A dose of 3 mg/kg/dose daily.", &[]),
        ("The scale is 5 m/pixel.", &[]),
        (
            "Drive at 5 km/h, then wait 5 sec.",
            &[("5 km/h", "QUANTITY"), ("5 sec", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn format_specifications_and_procedure_labels_are_not_quantities() {
    for (t, want) in [
        ("The format is 'd' or '.2g', whichever is shorter.", &[][..]),
        (
            "Print it with {:.3f} or %.1e, then weigh 0.2 g.",
            &[("0.2 g", "QUANTITY")],
        ),
        ("This is DIPPR Procedure 7A for the surface tension.", &[]),
        (
            "Method 2B of the standard; the current was 7 A.",
            &[("7 A", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn integer_lists_in_value_positions_and_tuples_are_vectors_not_citations() {
    for (t, want) in [
        (
            "It reads either as [0, 2, 4] or as [2, 4, 5], by taking the top note.",
            &[("[0, 2, 4]", "VECTOR"), ("[2, 4, 5]", "VECTOR")][..],
        ),
        (
            "We don't have ([2, 3], [6, 7]) in our result.",
            &[("[2, 3]", "VECTOR"), ("[6, 7]", "VECTOR")],
        ),
        (
            "The result is [1, 2, 3] for this input.",
            &[("[1, 2, 3]", "VECTOR")],
        ),
        // an example, an output, a comment, an article, a shape or a membership test puts a
        // list where a value stands
        (
            "lists of numbers, e.g. [1,2,3] or tuples",
            &[("[1,2,3]", "VECTOR")],
        ),
        ("d.batch_shape # => [2, 3]", &[("[2, 3]", "VECTOR")]),
        ("d.batch_shape # [2, 4]", &[("[2, 4]", "VECTOR")]),
        ("dist.prob(x) # Shape [2, 3]", &[("[2, 3]", "VECTOR")]),
        (
            "Create a [2, 3] batch of operators.",
            &[("[2, 3]", "VECTOR")],
        ),
        (
            "If ier in [1,2,3] an error occurred.",
            &[("[1,2,3]", "VECTOR")],
        ),
        (
            "rnn_sizes: list[int], default [224, 384] Number of hidden units",
            &[("[224, 384]", "VECTOR")],
        ),
        (
            "the bass note must exist in the triad (bass in [1, 3, 5]).",
            &[("[1, 3, 5]", "VECTOR")],
        ),
        (
            "Integers are contiguous ranges (e.g. [1,2,3] and not [1,5,7]).",
            &[("[1,2,3]", "VECTOR"), ("[1,5,7]", "VECTOR")],
        ),
        // a second subscript after a first
        ("returns `my_tensor.n_body_tensors[1, 1, 0][6, 8, 2]`", &[]),
        // lists passed to a call side by side are no matrix rows
        (
            "For example, ``fuse(x, [5, 3], [7, 2, 6])`` makes an array.",
            &[("[5, 3]", "VECTOR"), ("[7, 2, 6]", "VECTOR")],
        ),
        // references stay text
        ("Methods such as [3, 4] use this idea.", &[]),
        ("As shown in [3, 4], the method converges.", &[]),
        ("The estimate follows (i.e., [3]) the rule.", &[]),
        ("This was shown in prior work [2, 4, 5].", &[]),
        ("See [12, 13] for the proof.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_slashed_pair_after_a_verb_of_scaling_and_by_is_a_factor() {
    for (t, want) in [
        (
            "Scale the Brier score by 1/2 to lie in the unit range.",
            &[("1/2", "ARITHMETIC")][..],
        ),
        (
            "The dose is divided by 3/4 each week.",
            &[("3/4", "ARITHMETIC")],
        ),
        // a date or a score keeps its rule
        ("The report is due by 9/11 at noon.", &[]),
        ("She scored 7/10 on the test.", &[]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn primed_atom_names_are_labels() {
    for (t, want) in [
        (
            "Guide atoms CA and C4', for nucleic acids; water is H2O.",
            &[("H2O", "FORMULA")][..],
        ),
        (
            "The O3′ atom of the sugar binds 2 mol NaCl.",
            &[("2 mol", "QUANTITY"), ("NaCl", "FORMULA")],
        ),
        // a quoted formula and a possessive stay formulas
        (
            "Type 'H2O' in the box; CO2's effect is known.",
            &[("H2O", "FORMULA"), ("CO2", "FORMULA")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn latex_exponents_and_indices_are_not_values() {
    for (t, want) in [
        (r"A check $\log(e) > m^{1/4}$ is added.", &[][..]),
        (
            r"The term $x_{10} + 2$ grows; the sum 3 + 4 does not.",
            &[("3 + 4", "ARITHMETIC")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn acronyms_defined_by_their_words_are_not_formulas() {
    for (t, want) in [
        (
            "Compute the cosine-sine (CS) decomposition of the matrix.",
            &[][..],
        ),
        ("Mass spectrometry (MS) and Hall sensors (HS) agree.", &[]),
        // initials with a level or order after them
        (
            "Second-order approximate coupled-cluster (CC2) is applied to the molecules.",
            &[],
        ),
        ("Sulfur hexafluoride (SF6) is a gas.", &[("SF6", "FORMULA")]),
        // chemical names define formulas
        (
            "Nitric oxide (NO) signals; hydrogen fluoride (HF) etches glass.",
            &[("NO", "FORMULA"), ("HF", "FORMULA")],
        ),
        ("Carbon monoxide (CO) is toxic.", &[("CO", "FORMULA")]),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_formula_is_never_cut_before_a_charge() {
    // the part before an unread charge is another (neutral) species: no span at all
    for text in [
        "the Hg22+ ion",
        "the SO4^{2-} anion",
        "the [Fe(CN)6]4- anion",
        "the NaSO4[+-] complex",
    ] {
        let found = spans(text);
        assert!(
            found.iter().all(|(_, d)| *d != "FORMULA"),
            "{text}: {found:?}"
        );
    }
    for (text, want) in [
        ("the NaSO4[-1] complex", "NaSO4[-1]"),
        ("as Mg[2+] in water", "Mg[2+]"),
        ("as Mg+2 in water", "Mg+2"),
        ("the SO4-2 anion", "SO4-2"),
        ("the SO42- anion", "SO42-"),
        ("the NO3- ion", "NO3-"),
        ("a CO2-rich gas", "CO2"),
        ("H2O+CO2 gives", "H2O"),
    ] {
        let found = spans(text);
        assert!(
            found.iter().any(|(t, d)| t == want && *d == "FORMULA"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn identifiers_modulo_and_implicit_products_are_not_cut_into_values() {
    for text in [
        "see doi:10.1063/1.5139948 for details",
        "J. Chem. Phys. 152, 10.1063/5.0004046.",
        "the value -2 becomes -2 % 2**3 = 6 here",
        "then 5 % 4 is one",
        "must be 1 + 3 ((2^n) - 1) wires",
        "is 2 + 3 (4 - 1) in all",
    ] {
        let found = spans(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // a percentage and a parenthesis of prose stay what they were
    assert_eq!(
        spans("a rise of 5 % in a year"),
        pairs(&[("5 %", "QUANTITY")])
    );
    assert_eq!(
        spans("compute 2 + 3 (see below)"),
        pairs(&[("2 + 3", "ARITHMETIC")])
    );
    assert_eq!(
        spans("the ratio 10.5/2.5 of the two"),
        pairs(&[("10.5/2.5", "ARITHMETIC")])
    );
}

#[test]
fn splits_and_complements_are_not_values() {
    for text in [
        "a 50/50 split of the data",
        "an integer comparison based on 2s complement.",
    ] {
        let found = spans(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert_eq!(spans("take 50/25 of it"), pairs(&[("50/25", "ARITHMETIC")]));
    assert_eq!(
        spans("wait 2s before the retry"),
        pairs(&[("2s", "QUANTITY")])
    );
}

#[test]
fn lists_of_dimensions_in_a_quantum_context_are_vectors() {
    assert_eq!(
        spans("a composite space with dimensions [2, 3] collapses"),
        pairs(&[("[2, 3]", "VECTOR")])
    );
    // a citation after a claim in the same wording stays text
    assert_eq!(spans("as reported before [2, 3]."), pairs(&[]));
}

#[test]
fn versions_after_a_release_verb_are_not_quotients() {
    assert_eq!(
        spans("It should be removed in 1.4/2.0 of the library."),
        pairs(&[])
    );
    assert_eq!(
        spans("The value in 1.4/2.0 units"),
        pairs(&[("1.4/2.0", "ARITHMETIC")])
    );
}

#[test]
fn species_before_a_reaction_arrow_are_not_units() {
    for text in [
        "Analytic solution for 2 A -> n B in a CSTR.",
        "the scheme 2 A → B + C",
    ] {
        let found = spans(text);
        assert!(
            found.iter().all(|(_, d)| *d != "QUANTITY"),
            "{text}: {found:?}"
        );
    }
    assert_eq!(
        spans("a current of 2 A flows"),
        pairs(&[("2 A", "QUANTITY")])
    );
    // an arrow from a species makes the sentence firmly chemical; one from prose does not
    assert_eq!(
        spans("Here you specify the strain -> NO elastic response will be considered!"),
        pairs(&[])
    );
    assert_eq!(
        spans("Then 2 O3 -> 3 O2 + NO in the reactor."),
        pairs(&[("O3", "FORMULA"), ("O2", "FORMULA"), ("NO", "FORMULA")])
    );
}

#[test]
fn a_number_with_the_same_symbol_after_an_arrow_is_a_change_not_a_species() {
    // `10m -> 2m`: a height before and after, not 10 of a species m turning into 2 m
    assert_eq!(
        spans("Scale the wind from 10m -> 2m before the comfort index."),
        pairs(&[("10m", "QUANTITY"), ("2m", "QUANTITY")])
    );
    assert_eq!(
        spans("The step was cut from 5 s → 3 s in the new solver."),
        pairs(&[("5 s", "QUANTITY"), ("3 s", "QUANTITY")])
    );
    // a different symbol (or a number alone) after the arrow is still a reaction scheme
    for text in [
        "Analytic solution for 2 A -> 3 B in a CSTR.",
        "the dimerisation 2 A -> 1 A2 in solution",
        "the scheme 2 A -> 2 As here",
    ] {
        let found = spans(text);
        assert!(
            found
                .iter()
                .all(|(t, d)| *d != "QUANTITY" || !t.ends_with('A')),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_range_up_to_a_power_is_not_a_difference() {
    assert_eq!(spans("inputs of size 1-10^5 bits were used"), pairs(&[]));
    for (text, want) in [
        ("the prime 2^10-1 is not prime", "2^10-1"),
        ("so x = 1-10^5 here", "1-10^5"),
    ] {
        let found = spans(text);
        assert!(found.iter().any(|(t, _)| t == want), "{text}: {found:?}");
    }
}

#[test]
fn a_numbered_part_before_to_is_set_to_a_value_not_a_range() {
    // `junction 3 to 4.9 bar`: the part's number, then the value it is set to
    for (text, want) in [
        (
            "Raise the head at node 7 to 2.5 bar before the test.",
            "2.5 bar",
        ),
        ("Then set the supply at pin 2 to 3.3 V and wait.", "3.3 V"),
        ("Heat in step 2 to 350 K under argon.", "350 K"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "QUANTITY")]), "{text}");
    }
    // a quantity's name or a plain word before the lower end keeps the range
    for (text, want) in [
        (
            "Keep the pressure between runs at 3 to 4.5 bar.",
            "3 to 4.5 bar",
        ),
        ("A phase 0.5 to 1.5 V wide is applied.", "0.5 to 1.5 V"),
        ("The valve sensor reads 2 to 3 V.", "2 to 3 V"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "QUANTITY")]), "{text}");
    }
}

#[test]
fn non_rem_stages_beside_a_word_of_sleep_are_no_formulas() {
    for text in [
        "Spindles are detected in N2 and N3 sleep only.",
        "Epochs scored as N1 follow wake; the hypnogram codes them as integers.",
        "Pass stages=[\"N2\", \"N3\"] to keep the PSG deep stages only.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // nitrogen and the azide stay formulas without such a word
    assert_eq!(
        spans("Purge the flask with N2 before adding NaN3."),
        pairs(&[("N2", "FORMULA"), ("NaN3", "FORMULA")])
    );
}

#[test]
fn gas_exchange_symbols_of_physiology_are_no_formulas() {
    for text in [
        "Oxygen uptake is reported as VO2 peak after the ramp test.",
        "The treadmill protocol raises VO2 until the plateau.",
        "Submaximal VO2 rises with walking speed.",
        "Arterial PaO2 fell during the apnoea.",
        "The ratio of VCO2 to the other output is logged.",
        "Hypercapnia raises PaCO2 first.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // vanadium and protactinium dioxide stay formulas without such a word
    assert_eq!(
        spans("Thin films of VO2 switch near 68 °C."),
        pairs(&[("VO2", "FORMULA"), ("68 °C", "QUANTITY")])
    );
    assert_eq!(
        spans("The oxide PaO2 forms when the metal burns."),
        pairs(&[("PaO2", "FORMULA")])
    );
}

#[test]
fn quoted_durations_beside_a_word_of_time_steps_are_quantities() {
    for (text, want) in [
        (
            "Resample the series with freq=\"15s\" before plotting.",
            "15s",
        ),
        ("A shorter epoch (e.g. \"20s\") needs more memory.", "20s"),
        (
            "The window length, as a string such as `45s`, sets the smoothing.",
            "45s",
        ),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "QUANTITY")]), "{text}");
    }
    // a numeral quoted as a symbol, or a decade, stays no span
    for text in [
        "Count the \"3s\" and the \"7s\" in the hand.",
        "It sounds like the \"60s\" all over again.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
}

#[test]
fn a_glued_letter_that_opens_a_product_nearby_is_a_variable() {
    // `m*tau0` makes `m` a variable: `9m` further on is nine times it, not nine metres
    let text = "Sample at tau = m*tau0, remove the mean of each half, then reflect the data \
                and pad the series so that the extended sequence has length 9m in all.";
    assert_eq!(spans(text), pairs(&[]), "{text}");
    // a unit's product after a number keeps the metre
    assert_eq!(
        spans("A torque of 5 m*N acts on a 9m mast."),
        pairs(&[("5 m*N", "QUANTITY"), ("9m", "QUANTITY")])
    );
}

#[test]
fn slashed_alternatives_before_a_unit_are_no_fraction() {
    // the quantity encoder takes no `/` between numbers before a unit: refused here as there
    let seg = seg_with(
        SegmenterConfig::default(),
        &[
            "50/60 Hz",
            "120/240 V",
            "40/45 s",
            "1/60 minutes",
            "5/22000 seconds",
            "3/72 inch",
        ],
    );
    let found = |t: &str| -> Vec<(String, &'static str)> {
        seg.segment(t)
            .iter()
            .map(|s| (t[s.start_byte..s.end_byte].to_string(), s.domain.name()))
            .collect()
    };
    // two whole numbers of one magnitude with a common factor: alternatives, not a quotient
    for text in [
        "The charger runs on 50/60 Hz mains.",
        "The transformer feeds 120/240 V loads.",
        "One build takes roughly 40/45 s here.",
    ] {
        assert_eq!(found(text), pairs(&[]), "{text}");
    }
    // a reduced fraction or a step against a larger whole stays a fraction of the unit
    for (text, want) in [
        ("The step is 1/60 minutes long.", "1/60"),
        ("The sample lasts 5/22000 seconds.", "5/22000"),
        ("A point is 3/72 inch wide.", "3/72"),
    ] {
        assert_eq!(found(text), pairs(&[(want, "ARITHMETIC")]), "{text}");
    }
}

#[test]
fn one_over_a_frequency_written_with_spaces_is_no_span() {
    // `1 / 80 Hz` is a period, one over the quantity `80 Hz`: neither the quotient of the bare
    // numbers nor the frequency alone is the value written
    for text in [
        "A filter clocked at 1 / 80 Hz per step would be absurd.",
        "Each tick lasts 1 / 44.1 kHz in this engine.",
        "The chip period is 1  /  2 MHz.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // the quantity after it is still read
    assert_eq!(
        spans("The sample step, 1 / 48 kHz, is about 20.8 us."),
        pairs(&[("20.8 us", "QUANTITY")])
    );
    // a tight fraction, another numerator or another unit is not a reciprocal of a frequency
    for text in [
        "The LFO runs at 1/3 Hz.",
        "The band is 3 / 80 Hz wide.",
        "The delay is 1 / 80 s.",
    ] {
        assert!(!spans(text).is_empty(), "{text}");
    }
}

#[test]
fn a_quoted_duration_restated_in_seconds_is_a_quantity() {
    // `"15s"`, then `15 seconds` further on: the quoted string is that duration
    let text =
        "The default is \"15s\", so that every row of the output table stands for 15 seconds.";
    assert_eq!(
        spans(text),
        pairs(&[("15s", "QUANTITY"), ("15 seconds", "QUANTITY")])
    );
    // without the restatement (or a word of time steps) it stays a quoted numeral
    assert_eq!(spans("The default is \"15s\" for all rows."), pairs(&[]));
}

#[test]
fn tight_sums_of_digits_beside_a_word_of_trial_design_are_design_names() {
    // dev118: `3+3` is a dose-escalation design (cohorts of three), not the number six
    for text in [
        "We compare a 3+3 design against a model-based one.",
        "Escalation follows the 4+4 rule until the MTD is reached.",
        "Rule-based schemes (3+3, 2+1) enrol small cohorts at each dose level.",
        "Each simulated trial uses the 3+3+3 scheme.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // a sum with a result, a spaced sum or one without such a word stays arithmetic
    for (text, want) in [
        ("The design needs 3+3 = 6 patients per arm.", "3+3"),
        ("In mathematics, 3+3 is six.", "3+3"),
        ("The first trial gave 3 + 4 in the equation.", "3 + 4"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "ARITHMETIC")]), "{text}");
    }
}

#[test]
fn a_bracketed_pair_before_a_unit_symbol_is_no_vector() {
    // an interval of quantities: the unit belongs to both ends, no span is a guess
    for text in [
        "The mixer accepts offsets within the band [-250, 250] kHz only.",
        "Above the transition [12.5, 40] GPa the phase is stable.",
        "Densities in the table [1e10, 1e12] cm^-3 are extrapolated.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // a word after the bracket, three numbers, or no unit keep the vector
    for (text, want) in [
        ("The offsets [0.5, -2] are added to the grid.", "[0.5, -2]"),
        (
            "Temperatures of [250.5, 300, 350] K were run.",
            "[250.5, 300, 350]",
        ),
        ("The weights [2, 1] at the start are fixed.", "[2, 1]"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "VECTOR")]), "{text}");
    }
}

#[test]
fn consecutive_whole_numbers_joined_by_slashes_are_choices() {
    for text in [
        "Set mode = 0 / 1 / 2 for off / slow / fast before the run.",
        "The filter order is 1 / 2 / 3 / 4 depending on the grid.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // other chains of quotients keep their span
    for (text, want) in [
        ("The result of 8 / 2 / 2 is what we print.", "8 / 2 / 2"),
        ("Compute 100 / 5 / 4 by hand.", "100 / 5 / 4"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "ARITHMETIC")]), "{text}");
    }
}

#[test]
fn slash_chains_asked_to_be_computed_stay_arithmetic() {
    // the readings as choices (rising integers, a divisor of one, decimals side by side) are
    // for prose: a whole text that is the chain (an arithmetic task, a calculator line), a
    // chain before `=`, or one after `compute` is a quotient (the experiments' arithmetic task
    // broke on `1 / 2 / 4`)
    for text in [
        "1 / 2 / 4",
        "3 / 1 / 5",
        "5 / 7 / 9 / 11",
        "9.06 / 12.92 / 16.39",
        "1 / 2 / 4 = 0.125",
        "We have 3 / 1 / 5 = 0.6 here.",
        "Compute 1 / 2 / 4 by hand.",
        "Evaluate 8 / 4 / 1.",
    ] {
        let want = text
            .split(|c: char| c.is_ascii_alphabetic() || c == '=')
            .map(|t| t.trim().trim_end_matches('.').trim())
            .find(|t| !t.is_empty())
            .unwrap();
        let found = spans(text);
        assert!(
            found.iter().any(|(t, d)| t == want && *d == "ARITHMETIC"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_list_after_a_code_name_and_in_is_its_allowed_values() {
    // dev124: ``choose `n_samples` in [10, 20, 40, 80, 160]``: the values the name may take
    for (text, want) in [
        (
            "Pick `depth` in [2, 4, 8, 16] for the fast path.",
            "[2, 4, 8, 16]",
        ),
        (
            "Keep ``order`` in [1, 3, 5] when the grid is coarse.",
            "[1, 3, 5]",
        ),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "VECTOR")]), "{text}");
    }
    // after prose, or a pair after code, the bracket still cites
    for text in [
        "This was shown in [10, 20, 40] for small samples.",
        "It is implemented in `skbio` in [3, 4].",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
}

#[test]
fn a_chain_of_slashes_with_a_divisor_of_one_is_alternatives() {
    // dev124: `(255 / 65535 / 1.0)`, one bound per pixel type: nobody divides by one
    for text in [
        "The largest value per pixel type (255 / 65535 / 1.0) sets the scale.",
        "Gains of 4 / 2 / 1 are tried in turn.",
        "The gain per stage (8 / 4 / 1) is fixed.",
        "Pick a gain (8 / 4 / 1).",
        "The scale for each mode (100 / 10 / 1.0) is given first.",
        "Use a step of 10 / 1.00 / 0.5 for coarse, unit and fine grids.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // chains without a divisor of one, and a pair over one, keep their span
    for (text, want) in [
        ("The result of 8 / 2 / 2 is what we print.", "8 / 2 / 2"),
        ("Compute 1 / 5 / 4 by hand.", "1 / 5 / 4"),
        ("Compute 12 / 1 by hand.", "12 / 1"),
        ("Compute 100 / 1.5 / 4 by hand.", "100 / 1.5 / 4"),
        ("Compute 2 / (3 / 1) by hand.", "2 / (3 / 1)"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "ARITHMETIC")]), "{text}");
    }
}

#[test]
fn a_standards_body_glued_to_a_number_is_no_formula() {
    // dev118: `ISO3` (three-letter country codes), `ISO2`, `ISO8601`: codes, not I + S + O
    for text in [
        "Regions are keyed by their ISO3 codes.",
        "Columns are ['ISO2', 'Region', 'Town'] in that order.",
        "Timestamps follow ISO8601 throughout the reaction log.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // formulas in a chemical context stay formulas
    assert_eq!(
        spans("The reaction gives SO3 and H2O in the flask."),
        pairs(&[("SO3", "FORMULA"), ("H2O", "FORMULA")])
    );
}

#[test]
fn integer_lists_in_a_value_position_after_a_colon_or_an_imperative_are_vectors() {
    // dev118: `if bins is: [1, 2, 3, 4]`, `for 5mg and 40mg, use [5, 40]`: values, no citations
    for (text, want) in [
        (
            "If the edges are: [2, 4, 6, 8] then the last bin is closed.",
            "[2, 4, 6, 8]",
        ),
        (
            "For 5mg and 40mg doses, use [5, 40] as the levels.",
            "[5, 40]",
        ),
        ("Pass [0, 2] to keep both ends.", "[0, 2]"),
        (
            "The list returned is: [3, 5, 7] for this graph.",
            "[3, 5, 7]",
        ),
    ] {
        let got = spans(text);
        assert!(
            got.contains(&(want.to_string(), "VECTOR")),
            "{text}: {got:?}"
        );
    }
    // a list after a noun or a claim stays a citation
    for text in [
        "Several studies use [3, 4] as their starting point.",
        "This was shown before [12, 13].",
    ] {
        assert!(!spans(text).iter().any(|(_, d)| *d == "VECTOR"), "{text}");
    }
}

#[test]
fn a_unit_symbol_equated_to_a_bare_number_is_the_quantity_restated() {
    // the quantity in the device's own steps: `1 GHz = 4096` counts of the register
    for (text, want) in [
        (
            "The register counts steps (e.g. 1 GHz = 4096) of the synthesizer.",
            "1 GHz",
        ),
        ("Each step is 1 MHz = 4e6 in register units.", "1 MHz"),
    ] {
        assert!(
            spans(text).contains(&(want.to_string(), "QUANTITY")),
            "{text}: {:?}",
            spans(text)
        );
    }
    // a lowercase one-letter name assigned a value stays no unit
    assert_eq!(spans("Rows: a=1 b=0 c=0 d=0 and so on."), pairs(&[]));
}

#[test]
fn a_number_glued_after_e_g_starts_at_its_digit() {
    // the abbreviation's period is no decimal point: `e.g.5 mm` is 5 mm, not 0.5 mm
    for (text, want) in [
        ("Pick a small gap (e.g.5 mm) between the plates.", "5 mm"),
        (
            "Use the short pulse, i.e.20 ns long, for the gate.",
            "20 ns",
        ),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "QUANTITY")]), "{text}");
    }
    // a decimal after a word's full stop keeps its point
    assert_eq!(
        spans("The gap is small. .5 mm is enough."),
        pairs(&[(".5 mm", "QUANTITY")])
    );
}

#[test]
fn a_count_of_positions_is_no_mathematics() {
    let none: Vec<(String, &str)> = Vec::new();
    // `two-position`, `6-position`: how many positions a valve or a switch has, no math cue
    // for a tight difference (`10-4` is a valve type, a code or a range here)
    for text in [
        "Selector valves are two-position valves, e.g. 10-4 for column switching.",
        "The 6-position selector, e.g. 8-3 in the manual, feeds the loop.",
        "Switches are multi-position, e.g. 5-1 in our rig.",
    ] {
        assert_eq!(spans(text), none, "{text}");
    }
    // the position of an element in an array is still mathematics
    assert_eq!(
        spans("The element at position 12-7 of the vector is read."),
        vec![("12-7".to_string(), "ARITHMETIC")]
    );
    assert_eq!(
        spans("The two-position valve and the vector sum 12-7 of the offsets."),
        vec![("12-7".to_string(), "ARITHMETIC")]
    );
}

#[test]
fn a_lone_superheavy_element_symbol_needs_a_firm_cue() {
    // dev127: `Cn: coordination number` in a list of a mineral pack's parameters is a name,
    // not copernicium; nor are Ts, Rf, Fl or Mc beside `mineral` or `alloy`
    for text in [
        "Mineral pack inputs: K0, G0: bulk and shear moduli in GPa Cn: contacts per grain.",
        "The mineral sample is sieved and Ts is the sampling time of the logger.",
        "For the alloy crystal, Rf sets the drive frequency and Fl the flag.",
        "The oxide crystal is scanned while Mc counts the Monte Carlo steps.",
    ] {
        let found = spans(text);
        assert!(
            !found.iter().any(|(_, d)| *d == "FORMULA"),
            "{text}: {found:?}"
        );
    }
    // named, with a noun of atoms, in parentheses or in a list of elements they stay formulas
    for (text, want) in [
        ("The copernicium (Cn) atom is volatile.", "Cn"),
        ("Only a few Fl atoms were made in the lab.", "Fl"),
        (
            "Traces of O2, N2, Ar and Og were measured in the gas.",
            "Og",
        ),
    ] {
        let found = spans(text);
        assert!(
            found.iter().any(|(t, d)| t == want && *d == "FORMULA"),
            "{text}: {found:?}"
        );
    }
}

/// Degrees with arcminutes after them (`47° 12'`, `3 deg 40'`) are one angle: the degrees
/// alone would misstate it, so neither part is a span; degrees before other text, a
/// possessive or a quoted word stay quantities.
#[test]
fn degrees_before_arcminutes_are_no_span() {
    for text in [
        "The buoy sits at 47° 12' north of the harbour.",
        "Its heading drifted by 3 deg 40' over the night.",
        "The pier is at 12 degrees 7.5′ east.",
        "A tilt of 2 deg 15’ is within tolerance.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    assert_eq!(
        spans("Turn the dial 90 deg 'clockwise' and wait 5 s."),
        pairs(&[("90 deg", "QUANTITY"), ("5 s", "QUANTITY")])
    );
    assert_eq!(
        spans("Tilt the mount 30 deg, then 45 deg for the 1990's survey."),
        pairs(&[("30 deg", "QUANTITY"), ("45 deg", "QUANTITY")])
    );
    assert_eq!(
        spans("The offset was 5 deg 10 arcmin."),
        pairs(&[("5 deg", "QUANTITY"), ("10 arcmin", "QUANTITY")])
    );
}

#[test]
fn a_spaced_hyphen_after_from_joins_a_range_of_quantities() {
    // `from a unit - b unit`: the hyphen stands for `to` (it once gave two spans); without
    // `from` a spaced hyphen between two quantities may be a difference and joins nothing
    for (t, want) in [
        (
            "The sweep runs from 0.5 Hz - 8 Hz by default.",
            &[("0.5 Hz - 8 Hz", "QUANTITY")][..],
        ),
        (
            "Heights from 2 km - 12 km are sampled.",
            &[("2 km - 12 km", "QUANTITY")],
        ),
        (
            "The span is 40 cm - 25 cm here.",
            &[("40 cm", "QUANTITY"), ("25 cm", "QUANTITY")],
        ),
        // a change stays two values: its end is a value of its own
        (
            "The gap was raised from 20 mm - 40 mm overnight.",
            &[("20 mm", "QUANTITY"), ("40 mm", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
    assert_eq!(
        spans("The band goes from 3 GHz - 7 GHz."),
        spans("The band goes from 3 GHz to 7 GHz.")
            .into_iter()
            .map(|(t, d)| (t.replace(" to ", " - "), d))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_spaced_hyphen_between_two_units_joins_a_rising_range() {
    // dev168: `a unit - b other-unit`, rising: nobody subtracts across two units of one
    // dimension in prose, so the hyphen stands for `to` (it gave the two ends as two spans)
    for (t, want) in [
        (
            "A full wash takes 45 s - 3 min on the deck.",
            &[("45 s - 3 min", "QUANTITY")][..],
        ),
        (
            "Cuvettes hold 800 uL - 1.5 mL of sample.",
            &[("800 uL - 1.5 mL", "QUANTITY")],
        ),
        // one unit, falling ends, other dimensions or an operator beside: two values
        (
            "The wait is 12 s - 60 s here.",
            &[("12 s", "QUANTITY"), ("60 s", "QUANTITY")],
        ),
        (
            "The gap is 2 km - 300 m here.",
            &[("2 km", "QUANTITY"), ("300 m", "QUANTITY")],
        ),
        (
            "Mix 5 mL - 20 mg of the salt.",
            &[("5 mL", "QUANTITY"), ("20 mg", "QUANTITY")],
        ),
        (
            "So d = 300 m - 2 km in the sketch.",
            &[("300 m", "QUANTITY"), ("2 km", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_spaced_hyphen_filling_a_square_bracket_joins_a_range_of_quantities() {
    // `[a unit - b unit]`: the bracket marks an interval, so the hyphen stands for `to` (it
    // once gave the two ends as two spans)
    for (t, want) in [
        (
            "Band-limit the trace to [0.5 Hz - 30 Hz] first.",
            &[("0.5 Hz - 30 Hz", "QUANTITY")][..],
        ),
        (
            "Epochs span [200 ms - 800 ms] after the cue.",
            &[("200 ms - 800 ms", "QUANTITY")],
        ),
        // descending ends, round brackets, an index glued before `[`, a third item or no
        // bracket at all: the two values stay apart (a difference, a call, a list)
        (
            "Compare [80 ms - 20 ms] with the baseline.",
            &[("80 ms", "QUANTITY"), ("20 ms", "QUANTITY")],
        ),
        (
            "The shift (40 cm - 25 cm) is small.",
            &[("40 cm", "QUANTITY"), ("25 cm", "QUANTITY")],
        ),
        (
            "Read w[3 m - 7 m] from the table.",
            &[("3 m", "QUANTITY"), ("7 m", "QUANTITY")],
        ),
        (
            "Rates [4 Hz - 8 Hz, 12 Hz] were tried.",
            &[
                ("4 Hz", "QUANTITY"),
                ("8 Hz", "QUANTITY"),
                ("12 Hz", "QUANTITY"),
            ],
        ),
        (
            "The span is 5 km - 9 km here.",
            &[("5 km", "QUANTITY"), ("9 km", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn a_spaced_hyphen_joins_a_rising_pair_that_is_hedged_or_bracketed() {
    // `about a unit - b unit` and `(a unit - b unit)` with a < b: a hedge or a round bracket
    // marks an interval, and a difference would take the smaller from the larger (dev158:
    // the two ends were once two spans)
    for (t, want) in [
        (
            "Settling usually needs about 15 ms - 40 ms after a step.",
            &[("15 ms - 40 ms", "QUANTITY")][..],
        ),
        (
            "The pack sits at roughly 3.2 V - 3.9 V when idle.",
            &[("3.2 V - 3.9 V", "QUANTITY")],
        ),
        (
            "A bias of ~2 mA - 5 mA keeps the probe warm.",
            &[("2 mA - 5 mA", "QUANTITY")],
        ),
        (
            "The table covers the window (250 K - 900 K) only.",
            &[("250 K - 900 K", "QUANTITY")],
        ),
        // falling ends, no hedge nor bracket, a call, or arithmetic next to the pair: the
        // two values stay apart
        (
            "The loss is about 90 mV - 30 mV of drift.",
            &[("90 mV", "QUANTITY"), ("30 mV", "QUANTITY")],
        ),
        (
            "The rest is 12 s - 60 s per loop.",
            &[("12 s", "QUANTITY"), ("60 s", "QUANTITY")],
        ),
        (
            "Call g(2 m - 6 m) to see.",
            &[("2 m", "QUANTITY"), ("6 m", "QUANTITY")],
        ),
        (
            "Here d = (2 m - 6 m) * k holds.",
            &[("2 m", "QUANTITY"), ("6 m", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn later_slash_pairs_of_a_label_list_are_labels() {
    // `equations 12/13, 40/41`: every item numbers the label, as the first does (the later
    // ones were once fractions)
    for t in [
        "The proof uses equations 12/13, 40/41 and 57/58 of the appendix.",
        "See Eqs. 7/8, 9/10, or 22/23 for the boundary terms.",
        "These follow figures 4/5, and 6/7 in the report.",
    ] {
        assert_eq!(spans(t), pairs(&[]), "{t}");
    }
    // a list of fractions after a noun that is no label stays arithmetic
    assert_eq!(
        spans("The weights are 1/2, 1/3 and 1/6 of the total."),
        pairs(&[
            ("1/2", "ARITHMETIC"),
            ("1/3", "ARITHMETIC"),
            ("1/6", "ARITHMETIC")
        ])
    );
}

#[test]
fn a_number_after_tier_is_a_label() {
    // `tier 2/3`: tier 2 or tier 3, the number of a level (dev161: a regression of tier 2/3 once
    // read the fraction 2/3), like `level 2/3`; a fraction elsewhere and a quantity after a
    // tier stay
    for t in [
        "Customers on tier 2/3 plans get the slower queue.",
        "We escalate tier 1/2 tickets to the on-call team.",
        "Route the job to tier 3/4 storage.",
    ] {
        assert_eq!(spans(t), pairs(&[]), "{t}");
    }
    assert_eq!(
        spans("The top tier holds 2/3 of the load and sits 12 km away."),
        pairs(&[("2/3", "ARITHMETIC"), ("12 km", "QUANTITY")])
    );
}

#[test]
fn a_number_glued_to_m_before_counted_things_is_no_length() {
    // `2m samples`: m is a variable or millions before a noun of things counted (the span
    // once read 2 metres); lengths before other nouns, after `a`, or with a word of size stay
    for t in [
        "Each burst holds 4m passband samples per symbol.",
        "The table grew to 10m rows last year.",
        "We stream 3m tokens per batch.",
    ] {
        assert_eq!(spans(t), pairs(&[]), "{t}");
    }
    for (t, want) in [
        ("The mast is 12m tall.", &[("12m", "QUANTITY")][..]),
        ("We laid 2m long samples of cable.", &[("2m", "QUANTITY")]),
        (
            "They used a 3m frame for the antenna.",
            &[("3m", "QUANTITY")],
        ),
        (
            "The cores were cut at 2 m samples apart.",
            &[("2 m", "QUANTITY")],
        ),
    ] {
        assert_eq!(spans(t), pairs(want), "{t}");
    }
}

#[test]
fn the_plural_pressures_is_a_physics_cue() {
    // dev145: `pressures` alone names the science, as `temperatures` does
    for (text, want) in [
        (
            "The model holds at moderate pressures, up to 20 bar.",
            "20 bar",
        ),
        ("Feed pressures of 5-8 bar suit the membrane.", "5-8 bar"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "QUANTITY")]), "{text}");
    }
    // with no such word, a whole number before `bar` needs another science cue
    assert_eq!(
        spans("The model holds at moderate prices, up to 20 bar."),
        pairs(&[])
    );
}

#[test]
fn a_pair_of_counts_listed_after_n_or_is_no_quotient() {
    // dev164: `N or a/b`, with a and b of N's magnitude, lists further choices of a count
    for text in [
        "The palette offers 128 or 255/254 shades, for flat or cyclic ramps.",
        "Each run draws 100 or 200/300 samples per chain.",
        "A lookup table holds 64 OR 127/126 entries.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // a small whole before `or`, a pair far from its magnitude, or no `or`: still quotients
    for (text, want) in [
        ("The ratio is 2 or 3/2 in this tuning.", "3/2"),
        (
            "The frame rate is 24 or 30000/1001 for video.",
            "30000/1001",
        ),
        ("The palette offers 255/254 shades.", "255/254"),
    ] {
        assert_eq!(spans(text), pairs(&[(want, "ARITHMETIC")]), "{text}");
    }
}

#[test]
fn an_exposure_value_is_no_exavolt_nor_quotient() {
    // dev164: `EV` after a number is an exposure value (a stop), no unit the reader knows, so
    // neither a QUANTITY (it was read as exavolts) nor the bare fraction before it (`1/3 EV`,
    // a third of a stop, was a quotient without its unit)
    for text in [
        "Exposure compensation moves in 1/3 EV steps on this body.",
        "Bracketing spreads the frames 1/2 ev apart.",
        "A sunny scene meters about 15 EV at ISO 100.",
        "Push the shadows by 2 EV in the raw converter.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // electronvolts (`eV`) stay quantities, and a fraction before another word a quotient
    assert_eq!(
        spans("The photon carries 13.6 eV of energy."),
        pairs(&[("13.6 eV", "QUANTITY")])
    );
    assert_eq!(
        spans("The sweep covers 1/3 of the frame."),
        pairs(&[("1/3", "ARITHMETIC")])
    );
}

#[test]
fn a_quantity_after_a_lone_plus_minus_is_a_tolerance() {
    // dev164: a lone `±` before a quantity makes it a tolerance either side, no signless value
    for text in [
        "Keep the lens tilt within ±3° of the optical axis.",
        "The white point may drift by ± 150 K across the panel.",
        "The fit holds to ±2% over the visible band.",
    ] {
        assert_eq!(spans(text), pairs(&[]), "{text}");
    }
    // a value before the `±` (a number, or a number and its unit) makes it an uncertainty
    assert_eq!(
        spans("The exposure lasted 5.2 ± 0.3 ms in total."),
        pairs(&[("5.2 ± 0.3 ms", "QUANTITY")])
    );
    assert_eq!(
        spans("The readout took 70.3 µs ± 719 ns per frame."),
        pairs(&[("70.3 µs ± 719 ns", "QUANTITY")])
    );
    assert_eq!(
        spans("The lamp ran at 3200 K for the test."),
        pairs(&[("3200 K", "QUANTITY")])
    );
}

#[test]
fn a_number_hyphen_and_unit_before_a_word_is_an_adjective_of_measure() {
    // dev167: `a 2-m tall volume` is 2 m; the reader takes the hyphen as the space
    for (t, want) in [
        ("The crane lifts a 4-m long beam onto the deck.", "4-m"),
        (
            "Each trial ran on a 12.5-km course by the shore.",
            "12.5-km",
        ),
        ("Smooth the trace with a 250-ms window first.", "250-ms"),
        ("The hold keeps a 20-ft container dry.", "20-ft"),
    ] {
        assert_eq!(spans(t), pairs(&[(want, "QUANTITY")]), "{t}");
    }
    // letters that are no unit of the list, a chain before the number, or no word after
    for t in [
        "Pass a 2-d array of floats.",
        "The 3-s orbital holds two electrons.",
        "Rows 1-2-m are kept.",
        "The grid uses x-5-m spacing here.",
        "See section 4-m.",
        "The 16-bit samples are packed.",
        "Here B is the 2m-by-m block with 2-m rows in all.",
    ] {
        assert_eq!(spans(t), pairs(&[]), "{t}");
    }
}
