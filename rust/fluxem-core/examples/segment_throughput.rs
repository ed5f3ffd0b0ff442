//! Single-thread segmentation throughput on a corpus file with one document per line:
//! `cargo run --release -p fluxem-core --example segment_throughput -- corpus.txt [reps]`.
//! (The Python benchmark in benches/ is the reference; this is for profiling the core.)

use fluxem_core::segment::{Segmenter, SegmenterConfig};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: segment_throughput FILE [REPS]");
    let reps: usize = args.next().map_or(5, |r| r.parse().expect("REPS"));
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let docs: Vec<&str> = text.lines().collect();
    let seg = if std::env::var("NO_ENCODERS").is_ok() {
        Segmenter::with_encoders(SegmenterConfig::default(), vec![]).expect("segmenter")
    } else {
        Segmenter::new(SegmenterConfig::default()).expect("segmenter")
    };
    let mut best = f64::INFINITY;
    let mut spans = 0;
    for _ in 0..reps {
        let t0 = Instant::now();
        spans = docs.iter().map(|d| seg.segment(d).len()).sum::<usize>();
        best = best.min(t0.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{} docs, {:.2} MB, {} spans: {:.1} MB/s, {:.0} docs/s (best of {reps})",
        docs.len(),
        mb,
        spans,
        mb / best,
        docs.len() as f64 / best
    );
}
