//! Many documents in one call: segmented in parallel over documents (rayon, fluxem's pool),
//! results laid out as flat columns (one row per span) with per-document offsets.

use super::{Segmenter, Span};
use crate::batch::{guarded, Float};
use crate::layout::EMBED_DIM;
use crate::{parallel, Status};
use rayon::prelude::*;

/// Columnar spans of a batch. Rows of document `d` are `doc_offsets[d]..doc_offsets[d + 1]`.
#[derive(Debug, Clone, Default)]
pub struct SpanColumns<F> {
    pub doc_offsets: Vec<i64>,
    pub start: Vec<i64>,
    pub end: Vec<i64>,
    pub byte_start: Vec<i64>,
    pub byte_end: Vec<i64>,
    pub domain: Vec<u8>,
    /// Per span: `Status::Ok` (every emitted span was encoded when it was validated).
    pub status: Vec<u8>,
    /// Per document: `Status::Ok`, or `InternalError` when segmenting it panicked (a bug;
    /// the document then has no spans).
    pub doc_status: Vec<u8>,
    /// `(n_spans * 128)` row-major, only when embeddings were requested.
    pub embeddings: Option<Vec<F>>,
}

type DocOut<F> = (Vec<Span>, Vec<F>, u8);

fn one_doc<F: Float>(seg: &Segmenter, text: &str, encode: bool) -> DocOut<F> {
    let res = guarded(|| {
        if encode {
            let pairs = seg.segment_encoded(text);
            let mut embs = Vec::with_capacity(pairs.len() * EMBED_DIM);
            let mut spans = Vec::with_capacity(pairs.len());
            for (s, e) in pairs {
                spans.push(s);
                embs.extend(e.iter().map(|&v| F::from_f64(v)));
            }
            Ok((spans, embs))
        } else {
            Ok((seg.segment(text), Vec::new()))
        }
    });
    match res {
        Ok((spans, embs)) => (spans, embs, Status::Ok as u8),
        Err(e) => (Vec::new(), Vec::new(), e.status() as u8),
    }
}

/// Segments every text (in parallel when asked and available) into columns.
pub fn segment_columns<T, F>(
    seg: &Segmenter,
    texts: &[T],
    parallel_ok: bool,
    encode: bool,
) -> SpanColumns<F>
where
    T: AsRef<str> + Sync,
    F: Float,
{
    let docs: Vec<DocOut<F>> = parallel::run(parallel_ok, |par| {
        if par {
            texts
                .par_iter()
                .with_min_len(16)
                .map(|t| one_doc(seg, t.as_ref(), encode))
                .collect()
        } else {
            texts
                .iter()
                .map(|t| one_doc(seg, t.as_ref(), encode))
                .collect()
        }
    });
    let total: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut out = SpanColumns {
        doc_offsets: Vec::with_capacity(texts.len() + 1),
        start: Vec::with_capacity(total),
        end: Vec::with_capacity(total),
        byte_start: Vec::with_capacity(total),
        byte_end: Vec::with_capacity(total),
        domain: Vec::with_capacity(total),
        status: vec![Status::Ok as u8; total],
        doc_status: Vec::with_capacity(texts.len()),
        embeddings: encode.then(|| Vec::with_capacity(total * EMBED_DIM)),
    };
    out.doc_offsets.push(0);
    for (spans, embs, st) in docs {
        for s in &spans {
            out.start.push(s.start_char as i64);
            out.end.push(s.end_char as i64);
            out.byte_start.push(s.start_byte as i64);
            out.byte_end.push(s.end_byte as i64);
            out.domain.push(s.domain.id());
        }
        if let Some(e) = out.embeddings.as_mut() {
            e.extend_from_slice(&embs);
        }
        out.doc_status.push(st);
        out.doc_offsets.push(out.start.len() as i64);
    }
    out
}
