//! Per-domain encode and accept-only cost on the spans the segmenter finds in a corpus (one
//! doc per line):
//! `cargo run --release -p fluxem-core --example encode_cost -- corpus.txt`.

use fluxem_core::domains::default_encoder;
use fluxem_core::segment::{Segmenter, SegmenterConfig};
use fluxem_core::Domain;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: encode_cost FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let seg = Segmenter::new(SegmenterConfig::default()).expect("segmenter");
    let mut by_domain: Vec<Vec<String>> = vec![Vec::new(); 8];
    for doc in text.lines() {
        for s in seg.segment(doc) {
            by_domain[s.domain.id() as usize].push(doc[s.start_byte..s.end_byte].to_string());
        }
    }
    for d in Domain::ENCODED {
        let spans = &by_domain[d.id() as usize];
        let Some(enc) = default_encoder(d) else {
            continue;
        };
        let t0 = Instant::now();
        for s in spans {
            let _ = std::hint::black_box(enc.encode_text(s));
        }
        let dt = t0.elapsed().as_secs_f64();
        // what the segmenter pays without embeddings: the accept-only check
        let t1 = Instant::now();
        for s in spans {
            let _ = std::hint::black_box(enc.accepts(s));
        }
        let da = t1.elapsed().as_secs_f64();
        let per = |t: f64| t * 1e9 / spans.len().max(1) as f64;
        println!(
            "{:<10} {:>6} spans {:>8.0} ns/span encode {:>8.0} ns/span accepts",
            d.name(),
            spans.len(),
            per(dt),
            per(da)
        );
    }
    let t0 = Instant::now();
    let mut n = 0usize;
    for doc in text.lines() {
        let b = doc.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                let rest = &doc[i..];
                let j = rest.find(' ').map_or(rest.len(), |k| k + 1);
                let cap = (i + j + 24).min(doc.len());
                if doc.is_char_boundary(cap) && i + j <= cap {
                    n += fluxem_core::domains::quantity::unit_len(&doc[i + j..cap]).unwrap_or(0);
                }
                i += j;
            } else {
                i += 1;
            }
        }
    }
    println!(
        "unit_len probes after numbers: {:.1} ms ({n})",
        t0.elapsed().as_secs_f64() * 1e3
    );
}
