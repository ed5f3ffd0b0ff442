//! Many documents in one call: segmented in parallel over chunks of documents (rayon, fluxem's
//! pool), results laid out as flat columns (one row per span) with per-document offsets. Spans
//! go straight into the columns (no per-document vectors). Embeddings, when asked for, are a
//! second phase: once every span is known, the output is allocated at its final size and each
//! span is encoded straight into its row, in parallel over spans. (Growing one buffer while
//! segmenting cost a page fault per 8 rows and a copy per doubling: a third of the time of an
//! encoding batch on 10 MB, and the faults serialised the threads on the kernel's locks.) The
//! spans whose acceptance costs a large encode (`DomainEncoder::keep_accepted_embedding`: long
//! expressions, huge literals) keep the embedding they were accepted with, so none of them is
//! evaluated twice.

use super::Segmenter;
use crate::batch::{encode_rows, guarded, Float};
use crate::layout::{Domain, EMBED_DIM};
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
    /// Embeddings made while accepting (`keep_accepted_embedding`), row-major, and the span
    /// row of each, ascending.
    accepted_rows: Vec<f64>,
    accepted_at: Vec<usize>,
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

    /// Appends the spans of one document (keeping the embeddings made while accepting when
    /// `encode`); a document whose segmentation panicked (a bug) keeps no spans and gets its
    /// status.
    fn push_doc(&mut self, seg: &Segmenter, text: &str, encode: bool) {
        let rows = self.start.len();
        let (kept_rows, kept_at) = (self.accepted_rows.len(), self.accepted_at.len());
        let keep = |d: Domain, span: &str| {
            seg.encoder(d)
                .is_some_and(|e| e.keep_accepted_embedding(span))
        };
        let embed: super::EmbedIf = if encode { &keep } else { &|_, _| false };
        let res = guarded(|| {
            seg.for_each_span_embedding(text, embed, &mut |s, emb| {
                if let Some(e) = emb {
                    self.accepted_at.push(self.start.len());
                    self.accepted_rows.extend_from_slice(e);
                }
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
                self.accepted_rows.truncate(kept_rows);
                self.accepted_at.truncate(kept_at);
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
            out.accepted_at
                .extend(p.accepted_at.iter().map(|&r| r + base as usize));
            out.accepted_rows.extend(p.accepted_rows);
        }
        out
    }

    /// Encodes every span of `texts` (the documents these columns were segmented from) into
    /// its row (or copies the embedding it was accepted with), and sets each span's status.
    fn embed<T: AsRef<str> + Sync>(&mut self, seg: &Segmenter, texts: &[T], par: bool) {
        const NONE: usize = usize::MAX;
        let mut items = Vec::with_capacity(self.start.len());
        let mut kept = self.accepted_at.iter().enumerate().peekable();
        for (d, text) in texts.iter().enumerate() {
            let text = text.as_ref();
            for i in self.doc_offsets[d] as usize..self.doc_offsets[d + 1] as usize {
                let bytes = self.byte_start[i] as usize..self.byte_end[i] as usize;
                let row = kept.next_if(|&(_, &at)| at == i).map_or(NONE, |(k, _)| k);
                items.push((text.get(bytes).unwrap_or(""), self.domain[i], row));
            }
        }
        let accepted = &self.accepted_rows;
        let (rows, status) = encode_rows::<_, F>(&items, par, |&(text, id, row), buf| {
            if row != NONE {
                buf.copy_from_slice(&accepted[row * EMBED_DIM..(row + 1) * EMBED_DIM]);
                return Ok(());
            }
            Domain::from_id(id)
                .and_then(|d| seg.encoder(d))
                .ok_or_else(|| FluxemError::Internal {
                    message: format!("internal error (please report): no encoder for id {id}"),
                })?
                .encode_into(text, buf)
        });
        self.embeddings = Some(rows);
        self.status = status;
        self.accepted_rows = Vec::new();
        self.accepted_at = Vec::new();
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
            cols.push_doc(seg, t.as_ref(), encode);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::SegmenterConfig;

    #[test]
    fn every_row_is_its_span_encoded_alone() {
        let seg = Segmenter::new(SegmenterConfig::default()).unwrap();
        let long = "12345678901234567890 * 98765432109876543210 - 11111111111111111111 / 7";
        let arithmetic = seg.encoder(Domain::Arithmetic).unwrap();
        assert!(arithmetic.keep_accepted_embedding(long));
        assert!(arithmetic.keep_accepted_embedding("1e300 + 1e-300"));
        let texts = [
            format!("Compute {long} first, then 2 + 3 and x = 1e300 + 1e-300."),
            "It weighs 5.2 kg; [1, 2, 3] is a list; C6H12O6 and 3+4j and A4.".to_string(),
            String::new(),
            format!("Again {long}."),
        ];
        for par in [false, true] {
            let cols: SpanColumns<f64> = segment_columns(&seg, &texts, par, true);
            let rows = cols.embeddings.as_ref().unwrap();
            assert!(cols.status.iter().all(|&s| s == Status::Ok as u8));
            let mut n = 0;
            for (d, text) in texts.iter().enumerate() {
                for i in cols.doc_offsets[d] as usize..cols.doc_offsets[d + 1] as usize {
                    let span = &text[cols.byte_start[i] as usize..cols.byte_end[i] as usize];
                    let domain = Domain::from_id(cols.domain[i]).unwrap();
                    let alone = seg.encoder(domain).unwrap().encode_text(span).unwrap();
                    assert_eq!(
                        &rows[i * EMBED_DIM..(i + 1) * EMBED_DIM],
                        &alone[..],
                        "{span}"
                    );
                    n += 1;
                }
            }
            assert!(n >= 6, "{n} spans");
        }
    }
}
