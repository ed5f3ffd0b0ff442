//! Many documents in one call: segmented in parallel over chunks of documents (rayon, fluxem's
//! pool), results laid out as flat columns (one row per span) with per-document offsets. Spans
//! go straight into the columns (no per-document vectors). Embeddings, when asked for, are a
//! second phase: once every span is known, the output is allocated at its final size and each
//! span is encoded straight into its row, in parallel over spans. (Growing one buffer while
//! segmenting cost a page fault per 8 rows and a copy per doubling: a third of the time of an
//! encoding batch on 10 MB, and the faults serialised the threads on the kernel's locks.)

use super::Segmenter;
use crate::batch::{encode_rows, guarded, Float};
use crate::layout::Domain;
use crate::{parallel, FluxemError, Status};
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
    /// Per span: `Status::Ok`; with embeddings, the status of encoding the span (not `Ok` only
    /// if its encoder accepted it while segmenting and then failed to encode it: a bug; its
    /// row is zeros).
    pub status: Vec<u8>,
    /// Per document: `Status::Ok`, or `InternalError` when segmenting it panicked (a bug;
    /// the document then has no spans).
    pub doc_status: Vec<u8>,
    /// `(n_spans * 128)` row-major, only when embeddings were requested.
    pub embeddings: Option<Vec<F>>,
}

impl<F: Float> SpanColumns<F> {
    fn with_capacity(docs: usize) -> Self {
        let mut out = SpanColumns {
            doc_offsets: Vec::with_capacity(docs + 1),
            doc_status: Vec::with_capacity(docs),
            ..SpanColumns::default()
        };
        out.doc_offsets.push(0);
        out
    }

    /// Appends the spans of one document; a document whose segmentation panicked (a bug)
    /// keeps no spans and gets its status.
    fn push_doc(&mut self, seg: &Segmenter, text: &str) {
        let rows = self.start.len();
        let res = guarded(|| {
            seg.for_each_span(text, false, &mut |s, _| {
                self.start.push(s.start_char as i64);
                self.end.push(s.end_char as i64);
                self.byte_start.push(s.start_byte as i64);
                self.byte_end.push(s.end_byte as i64);
                self.domain.push(s.domain.id());
            });
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
    }

    /// The columns of consecutive parts, in order, as one.
    fn concat(parts: Vec<SpanColumns<F>>) -> Self {
        let docs: usize = parts.iter().map(|p| p.doc_status.len()).sum();
        let rows: usize = parts.iter().map(|p| p.start.len()).sum();
        let mut out = SpanColumns::with_capacity(docs);
        for col in [
            &mut out.start,
            &mut out.end,
            &mut out.byte_start,
            &mut out.byte_end,
        ] {
            col.reserve_exact(rows);
        }
        out.domain.reserve_exact(rows);
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
        out
    }

    /// Encodes every span of `texts` (the documents these columns were segmented from) into
    /// its row, and sets each span's status.
    fn embed<T: AsRef<str> + Sync>(&mut self, seg: &Segmenter, texts: &[T], par: bool) {
        let mut items = Vec::with_capacity(self.start.len());
        for (d, text) in texts.iter().enumerate() {
            let text = text.as_ref();
            for i in self.doc_offsets[d] as usize..self.doc_offsets[d + 1] as usize {
                let bytes = self.byte_start[i] as usize..self.byte_end[i] as usize;
                items.push((text.get(bytes).unwrap_or(""), self.domain[i]));
            }
        }
        let (rows, status) = encode_rows::<_, F>(&items, par, |&(text, id), buf| {
            Domain::from_id(id)
                .and_then(|d| seg.encoder(d))
                .ok_or_else(|| FluxemError::Internal {
                    message: format!("internal error (please report): no encoder for id {id}"),
                })?
                .encode_into(text, buf)
        });
        self.embeddings = Some(rows);
        self.status = status;
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
        let mut cols = SpanColumns::with_capacity(docs.len());
        for t in docs {
            cols.push_doc(seg, t.as_ref());
        }
        cols
    };
    parallel::run(parallel_ok, |par| {
        let mut out = if par && texts.len() > CHUNK {
            let parts: Vec<SpanColumns<F>> = texts.par_chunks(CHUNK).map(fill).collect();
            SpanColumns::concat(parts)
        } else {
            fill(texts)
        };
        if encode {
            out.embed(seg, texts, par);
        } else {
            // every emitted span was accepted by its encoder
            out.status = vec![Status::Ok as u8; out.start.len()];
        }
        out
    })
}
