//! The invariants the fuzz targets (`fuzz/fuzz_targets/`) check on arbitrary bytes, kept here
//! so that the regression test (`tests/fuzz_regressions.rs`) replays the seed corpus and every
//! input that ever failed through exactly the same checks. Each check panics on a violation:
//! libFuzzer records the input, the test fails.
//!
//! - `check_segment`: no panic; spans sorted, disjoint, inside the text, on char boundaries,
//!   char and byte offsets agreeing; every span encodes with its domain's encoder; the batch
//!   path (`for_each_span`) finds the same spans; time within a linear budget.
//! - `check_domain`: no panic; `accepts` agrees with `encode_text`; an embedding is finite,
//!   tagged with its domain and decodes; ARITHMETIC decodes to its exact value (decode of
//!   encode is the identity on the 18-digit decimal); time within a linear budget.
//! - `check_decode`: any 128 floats (tagged with any domain) through every decoder and every
//!   closed-form operation: no panic, and every embedding returned is finite.

use crate::codec::{self, Decoded};
use crate::domains::{
    arithmetic, complex, default_encoder, dna, formula, pitch, quantity, vector, Algebra, BinOp,
};
use crate::layout::{domain_of, tag_for_id, Domain, EMBED_DIM, TAG_DIMS};
use crate::segment::{Segmenter, SegmenterConfig};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Per-call time budget: a fixed allowance plus a cost per input byte, generous enough for an
/// instrumented (coverage, sanitizer) build, far below what superlinear work on a few KB costs.
fn budget(len: usize) -> Duration {
    Duration::from_millis(250) + Duration::from_micros(50) * len as u32
}

/// Runs `f` and checks its wall time against the budget. Wall time on a shared machine
/// includes preemption (fuzzing runs niced), so an over-budget call is timed once more and
/// only the faster of the two counts: superlinear work is slow both times.
fn timed<T>(len: usize, what: &str, mut f: impl FnMut() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    if took > budget(len) {
        let again = Instant::now();
        f();
        let took = took.min(again.elapsed());
        assert!(
            took <= budget(len),
            "{what} took {took:?} on {len} bytes (budget {:?})",
            budget(len)
        );
    }
    out
}

fn segmenter() -> &'static Segmenter {
    static SEG: OnceLock<Segmenter> = OnceLock::new();
    SEG.get_or_init(|| Segmenter::new(SegmenterConfig::default()).expect("default config"))
}

/// The domains with an encoder, in id order.
pub const DOMAINS: [Domain; 7] = [
    Domain::Arithmetic,
    Domain::Quantity,
    Domain::Formula,
    Domain::Complex,
    Domain::Vector,
    Domain::Dna,
    Domain::Pitch,
];

/// Segments the bytes (read as UTF-8, invalid sequences replaced) and checks the spans.
pub fn check_segment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let seg = segmenter();
    let spans = timed(text.len(), "segment", || seg.segment(&text));
    let mut last_end = 0;
    for s in &spans {
        assert!(s.domain != Domain::Text, "{s:?}");
        assert!(
            s.start_byte < s.end_byte && s.end_byte <= text.len(),
            "{s:?}"
        );
        assert!(
            s.start_byte >= last_end,
            "spans overlap or are unsorted: {s:?}"
        );
        assert!(text.is_char_boundary(s.start_byte) && text.is_char_boundary(s.end_byte));
        assert_eq!(s.start_char, text[..s.start_byte].chars().count(), "{s:?}");
        assert_eq!(s.end_char, text[..s.end_byte].chars().count(), "{s:?}");
        last_end = s.end_byte;
        let span = &text[s.start_byte..s.end_byte];
        let enc = default_encoder(s.domain).expect("every span's domain has an encoder");
        if let Err(e) = enc.encode_text(span) {
            panic!("span {span:?} of {:?} does not encode: {e}", s.domain);
        }
    }
    let mut batch = Vec::new();
    segmenter().for_each_span(&text, true, &mut |s, emb| {
        assert!(emb.is_some_and(|e| e.iter().all(|v| v.is_finite())));
        batch.push(s);
    });
    assert_eq!(batch, spans, "the batch path found other spans");
}

/// Runs one domain's encoder (chosen by the first byte) on the rest of the bytes.
pub fn check_domain(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let domain = DOMAINS[pick as usize % DOMAINS.len()];
    let text = String::from_utf8_lossy(rest);
    let enc = default_encoder(domain).expect("encoder");
    let (encoded, accepted) = timed(text.len(), "encode + accepts", || {
        (enc.encode_text(&text), enc.accepts(&text))
    });
    match (&encoded, &accepted) {
        (Ok(_), Ok(())) => {}
        (Err(a), Err(b)) => assert_eq!(a.status(), b.status(), "{text:?}: {a} vs {b}"),
        _ => panic!("{text:?}: encode {encoded:?} but accepts {accepted:?}"),
    }
    let Ok(emb) = encoded else {
        return;
    };
    assert!(emb.iter().all(|v| v.is_finite()), "{text:?}");
    assert_eq!(domain_of(&emb), Some(domain), "{text:?}");
    let decoded_ok = match domain {
        Domain::Arithmetic => {
            let value = arithmetic::evaluate(&text).expect("it encoded").value;
            // the exact part holds the 18-digit rounding (flagged), as ERROR_MODEL.md states
            let want = value.to_short_decimal(codec::EXACT_DIGITS);
            let got = arithmetic::decode(&emb).expect("a fresh encoding decodes");
            match got {
                Decoded::Exact(d) => assert_eq!(
                    (d.neg && d.m != 0, d.m, d.e),
                    (want.neg && want.m != 0, want.m, want.e),
                    "{text:?}"
                ),
                other => panic!("{text:?} decoded through {other:?}"),
            }
            true
        }
        Domain::Quantity => quantity::decode(&emb).is_ok(),
        Domain::Formula => formula::decode(&emb).is_ok(),
        Domain::Complex => complex::decode(&emb).is_ok(),
        Domain::Vector => vector::decode(&emb).is_ok(),
        Domain::Dna => dna::decode(&emb).is_ok(),
        Domain::Pitch => pitch::decode(&emb).is_ok(),
        Domain::Text => true,
    };
    assert!(
        decoded_ok,
        "{text:?} encoded but its embedding does not decode"
    );
}

/// 128 floats from the bytes: 8 bytes per f64 while they last, then zeros; the first byte
/// picks a tag (0: leave the bytes there) so that decoders get past the tag check.
pub fn vector_of(data: &[u8]) -> [f64; EMBED_DIM] {
    let mut v = [0.0; EMBED_DIM];
    let Some((&pick, rest)) = data.split_first() else {
        return v;
    };
    for (slot, chunk) in v.iter_mut().zip(rest.chunks(8)) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        *slot = f64::from_le_bytes(b);
    }
    let id = pick % 9;
    if id > 0 {
        v[..TAG_DIMS].copy_from_slice(&tag_for_id(id.min(7)));
    }
    v
}

fn check_algebra<A: Algebra>(alg: &A, v: &[f64]) {
    let finite = |r: crate::Result<crate::Embedding>, what: &str| {
        if let Ok(e) = r {
            let bad = e.iter().position(|x| !x.is_finite());
            let domain = alg.domain().name();
            assert!(bad.is_none(), "{domain} {what}: dim {bad:?} is not finite");
        }
    };
    for op in [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div] {
        finite(alg.binary(v, v, op), op.name());
    }
    for p in [2.0, -1.0, 0.5, 1e308, -3.0] {
        finite(alg.power(v, p), "power");
    }
    finite(alg.negate(v), "negate");
    let _ = alg.decode(v);
}

/// Every decoder and closed-form operation on the vector the bytes make.
pub fn check_decode(data: &[u8]) {
    let v = vector_of(data);
    let _ = domain_of(&v);
    let _ = arithmetic::decode(&v);
    if let Ok(block) = arithmetic::codec_block(&v) {
        let _ = codec::decode_linear(block);
        let _ = codec::decode_log(block);
        let _ = codec::decode_exact(block);
    }
    let _ = quantity::decode(&v);
    let _ = formula::decode(&v);
    let _ = complex::decode(&v);
    let _ = complex::decode_exact(&v);
    let _ = complex::decode_linear(&v);
    let _ = complex::decode_polar(&v);
    let _ = vector::decode(&v);
    let _ = dna::decode(&v);
    let _ = pitch::decode(&v);
    check_algebra(&arithmetic::ArithmeticEncoder, &v);
    check_algebra(&quantity::QuantityEncoder, &v);
    check_algebra(&complex::ComplexEncoder, &v);
    check_algebra(&vector::VectorEncoder, &v);
}
