//! Many documents in one call: segmented in parallel over chunks of documents (rayon, fluxem's
//! pool), results laid out as flat columns (one row per span) with per-document offsets. Spans
//! go straight into the columns (no per-document vectors).

use super::{Segmenter, Span};
use crate::batch::{guarded, Float};
use crate::layout::{Embedding, EMBED_DIM};
use crate::{output_buffer, parallel, Status};
use rayon::prelude::*;

/// Columnar spans of a batch. Rows of document `d` are `doc_offsets[d]..doc_offsets[d + 1]`.
#[derive(Debug, Clone, Default)]
pub struct SpanColumns<F> {
    /// Row offsets: document d's spans are rows `doc_offsets[d]..doc_offsets[d + 1]` (n_docs + 1).
    pub doc_offsets: Vec<i64>,
    /// Per span: start char (code point) offset in its document.
    pub start: Vec<i64>,
    /// Per span: end char offset (exclusive).
    pub end: Vec<i64>,
    /// Per span: start byte offset in the document's UTF-8.
    pub byte_start: Vec<i64>,
    /// Per span: end byte offset (exclusive).
    pub byte_end: Vec<i64>,
    /// Per span: the `Domain` id.
    pub domain: Vec<u8>,
    /// Per span: `Status::Ok` (every emitted span was accepted by its encoder when it was
    /// validated).
    pub status: Vec<u8>,
    /// Per document: `Status::Ok`, or `InternalError` when segmenting it panicked (a bug;
    /// the document then has no spans).
    pub doc_status: Vec<u8>,
    /// `(n_spans * 128)` row-major, only when embeddings were requested.
    pub embeddings: Option<Vec<F>>,
}

impl<F: Float> SpanColumns<F> {
    fn with_capacity(docs: usize, encode: bool) -> Self {
        let mut out = SpanColumns {
            doc_offsets: Vec::with_capacity(docs + 1),
            doc_status: Vec::with_capacity(docs),
            embeddings: encode.then(Vec::new),
            ..SpanColumns::default()
        };
        out.doc_offsets.push(0);
        out
    }

    fn push_span(&mut self, s: Span, emb: Option<&Embedding>) {
        self.start.push(s.start_char as i64);
        self.end.push(s.end_char as i64);
        self.byte_start.push(s.start_byte as i64);
        self.byte_end.push(s.end_byte as i64);
        self.domain.push(s.domain.id());
        if let (Some(out), Some(e)) = (self.embeddings.as_mut(), emb) {
            out.extend(e.iter().map(|&v| F::from_f64(v)));
        }
    }

    /// Appends the spans of one document; a document whose segmentation panicked (a bug)
    /// keeps no spans and gets its status.
    fn push_doc(&mut self, seg: &Segmenter, text: &str, encode: bool) {
        let rows = self.start.len();
        let res = guarded(|| {
            seg.for_each_span(text, encode, &mut |s, e| self.push_span(s, e));
            Ok(())
        });
        let status = match res {
            Ok(()) => Status::Ok as u8,
            Err(e) => {
                self.truncate(rows);
                e.status() as u8
            }
        };
        self.doc_status.push(status);
        self.doc_offsets.push(self.start.len() as i64);
    }

    fn truncate(&mut self, rows: usize) {
        self.start.truncate(rows);
        self.end.truncate(rows);
        self.byte_start.truncate(rows);
        self.byte_end.truncate(rows);
        self.domain.truncate(rows);
        if let Some(e) = self.embeddings.as_mut() {
            e.truncate(rows * EMBED_DIM);
        }
    }

    /// The columns of consecutive parts, in order, as one. The embeddings (512 or 1024 bytes
    /// per span, most of the output) are copied into their place in parallel, so writing the
    /// result is not a serial step after the parallel work.
    fn concat(parts: Vec<SpanColumns<F>>, encode: bool) -> Self {
        let docs: usize = parts.iter().map(|p| p.doc_status.len()).sum();
        let rows: usize = parts.iter().map(|p| p.start.len()).sum();
        let mut out = SpanColumns::with_capacity(docs, false);
        for col in [
            &mut out.start,
            &mut out.end,
            &mut out.byte_start,
            &mut out.byte_end,
        ] {
            col.reserve_exact(rows);
        }
        out.domain.reserve_exact(rows);
        let mut embeddings = encode.then(|| output_buffer::zeroed::<F>(rows * EMBED_DIM));
        if let Some(all) = embeddings.as_mut() {
            let mut rest: &mut [F] = all;
            let mut pairs = Vec::with_capacity(parts.len());
            for p in &parts {
                let (head, tail) = rest.split_at_mut(p.start.len() * EMBED_DIM);
                pairs.push((head, p.embeddings.as_deref().unwrap_or(&[])));
                rest = tail;
            }
            pairs
                .into_par_iter()
                .for_each(|(dst, src)| dst.copy_from_slice(src));
        }
        for p in parts {
            let base = out.start.len() as i64;
            out.doc_offsets
                .extend(p.doc_offsets[1..].iter().map(|o| o + base));
            out.doc_status.extend(p.doc_status);
            out.start.extend(p.start);
            out.end.extend(p.end);
            out.byte_start.extend(p.byte_start);
            out.byte_end.extend(p.byte_end);
            out.domain.extend(p.domain);
        }
        out.embeddings = embeddings;
        out
    }
}

/// Documents per parallel task: each task fills its own columns, which are then appended in
/// order.
const CHUNK: usize = 16;

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
    let fill = |docs: &[T]| {
        let mut cols = SpanColumns::with_capacity(docs.len(), encode);
        for t in docs {
            cols.push_doc(seg, t.as_ref(), encode);
        }
        cols
    };
    let mut out = parallel::run(parallel_ok, |par| {
        if par && texts.len() > CHUNK {
            let parts: Vec<SpanColumns<F>> = texts.par_chunks(CHUNK).map(fill).collect();
            SpanColumns::concat(parts, encode)
        } else {
            fill(texts)
        }
    });
    // every emitted span was validated by its encoder
    out.status = vec![Status::Ok as u8; out.start.len()];
    out
}
