//! Replays the fuzz seed corpus and every input that ever failed (`fuzz/corpus/seeds/<target>`,
//! `fuzz/corpus/regressions/<target>`) through the fuzz targets' invariants
//! (`fluxem_core::fuzzing`). Fast: a few hundred small inputs; runs with `cargo test`.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut n = 0;
    for kind in ["seeds", "regressions"] {
        let dir = root.join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for f in files {
            let data = std::fs::read(&f).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{target}: {} fails", f.display());
            n += 1;
        }
    }
    assert!(n > 0, "no corpus for {target} under {}", root.display());
}

#[test]
fn segment_corpus() {
    replay("segment", fluxem_core::fuzzing::check_segment);
}

#[test]
fn domain_corpus() {
    replay("domain", fluxem_core::fuzzing::check_domain);
}

#[test]
fn decode_corpus() {
    replay("decode", fluxem_core::fuzzing::check_decode);
}
