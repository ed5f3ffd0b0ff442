//! Span segmentation: finds ARITHMETIC, QUANTITY, FORMULA, COMPLEX, VECTOR, DNA and PITCH
//! spans in running text, in time linear in the text's length.
//!
//! Three steps (see docs/SEGMENTATION.md):
//! 1. `scan`: one left-to-right pass proposes candidates, each with the context it needs
//!    (`A4` needs a music context, `H2O` none) or records why a shape was refused (`pp. 113-127`
//!    is a page range, `[3, 4]` after a claim is a citation).
//! 2. `resolve`: per candidate group (alternatives for the same text), the first enabled
//!    domain in priority order whose context holds and whose encoder accepts the text wins.
//!    No context -> TEXT; encoder error -> TEXT; no encoder registered -> TEXT.
//! 3. Offsets: byte offsets from the pass, char (code point) offsets by one forward count.
//!
//! TEXT is never emitted: it is the gaps between the returned spans.

pub mod batch;
mod bracket;
pub mod context;
mod lex;
mod lookalike;
mod number_words;
mod numeric;
mod probe;
mod scan;
pub(crate) mod vocab;
mod words;

use crate::domains::{build_encoder, DomainEncoder, Options};
use crate::layout::{Domain, Embedding};
use crate::{FluxemError, Result};
use lex::CharCounter;
use scan::{Cand, Scanner};

pub use bracket::MAX_VECTOR_BYTES;
pub use numeric::{MAX_EXPR_BYTES, MAX_UNIT_BYTES};
pub use words::{MAX_FORMULA_BYTES, MIN_DNA};

/// How ARITHMETIC spans are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Granularity {
    /// `1234 + 5678` is one span (default).
    #[default]
    Expression,
    /// Each number literal of an expression is its own span (`1234`, `5678`; a unary sign
    /// glued to a literal stays with it), operators stay text; an `= result` literal right
    /// after an expression is a span too.
    Number,
}

impl Granularity {
    /// `"expression"` or `"number"`, in any case; anything else is a `Config` error.
    pub fn from_name(name: &str) -> Result<Granularity> {
        match name.to_ascii_lowercase().as_str() {
            "expression" => Ok(Granularity::Expression),
            "number" => Ok(Granularity::Number),
            _ => Err(FluxemError::config(format!(
                "unknown arithmetic granularity {name:?}: use \"expression\" or \"number\""
            ))),
        }
    }

    /// `"expression"` or `"number"`.
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Expression => "expression",
            Granularity::Number => "number",
        }
    }
}

/// Default priority among alternatives for the same text (first wins).
pub const DEFAULT_PRIORITY: [Domain; 7] = [
    Domain::Dna,
    Domain::Pitch,
    Domain::Formula,
    Domain::Complex,
    Domain::Quantity,
    Domain::Arithmetic,
    Domain::Vector,
];

/// Which domains are found, which wins when several fit the same text, how arithmetic is cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmenterConfig {
    /// Enabled domains (others are left as text).
    pub domains: Vec<Domain>,
    /// Priority order; domains not listed follow in `DEFAULT_PRIORITY` order.
    pub priority: Vec<Domain>,
    /// How ARITHMETIC spans are cut.
    pub arithmetic: Granularity,
}

impl Default for SegmenterConfig {
    fn default() -> Self {
        SegmenterConfig {
            domains: Domain::ENCODED.to_vec(),
            priority: DEFAULT_PRIORITY.to_vec(),
            arithmetic: Granularity::Expression,
        }
    }
}

fn parse_domains(names: &[String], what: &str) -> Result<Vec<Domain>> {
    let mut out = Vec::new();
    for n in names {
        let d = Domain::from_name(n)
            .filter(|d| *d != Domain::Text)
            .ok_or_else(|| {
                FluxemError::config(format!(
                    "unknown domain {n:?} in {what}: use ARITHMETIC, QUANTITY, FORMULA, COMPLEX, \
                     VECTOR, DNA or PITCH"
                ))
            })?;
        if out.contains(&d) {
            return Err(FluxemError::config(format!(
                "domain {} listed twice in {what}",
                d.name()
            )));
        }
        out.push(d);
    }
    Ok(out)
}

impl SegmenterConfig {
    /// Builds a config from names (case-insensitive), as the Python layer passes them.
    pub fn from_names(
        domains: Option<&[String]>,
        priority: Option<&[String]>,
        arithmetic: &str,
    ) -> Result<SegmenterConfig> {
        let mut cfg = SegmenterConfig::default();
        if let Some(d) = domains {
            cfg.domains = parse_domains(d, "domains")?;
        }
        if let Some(p) = priority {
            cfg.priority = parse_domains(p, "priority")?;
        }
        cfg.arithmetic = Granularity::from_name(arithmetic)?;
        Ok(cfg)
    }

    /// The full priority order: the listed domains, then the rest in default order.
    pub fn effective_priority(&self) -> Vec<Domain> {
        let mut order = self.priority.clone();
        for d in DEFAULT_PRIORITY {
            if !order.contains(&d) {
                order.push(d);
            }
        }
        order
    }
}

/// A non-TEXT span. Char offsets are code point indices (Python `str` indices), end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Start char (code point) offset.
    pub start_char: usize,
    /// End char offset (exclusive).
    pub end_char: usize,
    /// Start byte offset in the UTF-8 text.
    pub start_byte: usize,
    /// End byte offset (exclusive).
    pub end_byte: usize,
    /// The span's domain (never `Text`).
    pub domain: Domain,
}

/// One candidate considered by `explain`, and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Considered {
    /// Start char (code point) offset.
    pub start_char: usize,
    /// End char offset (exclusive).
    pub end_char: usize,
    /// Start byte offset in the UTF-8 text.
    pub start_byte: usize,
    /// End byte offset (exclusive).
    pub end_byte: usize,
    /// The domain the candidate was proposed for.
    pub domain: Domain,
    /// Whether it became a span.
    pub kept: bool,
    /// The rule that proposed or refused it, and why it was kept or rejected.
    pub reason: String,
}

/// Receives each span as (start byte, end byte, domain, embedding when asked for).
type EmitBytes<'a> = dyn FnMut(usize, usize, Domain, Option<&Embedding>) + 'a;

/// An immutable, thread-safe segmenter: the config plus one encoder per enabled domain.
///
/// ```
/// use fluxem_core::segment::{Segmenter, SegmenterConfig};
/// use fluxem_core::Domain;
///
/// let seg = Segmenter::new(SegmenterConfig::default()).unwrap();
/// let text = "Water (H2O) boils at 373.15 K.";
/// let spans: Vec<(&str, Domain)> = seg
///     .segment(text)
///     .iter()
///     .map(|s| (&text[s.start_byte..s.end_byte], s.domain))
///     .collect();
/// assert_eq!(spans, [("H2O", Domain::Formula), ("373.15 K", Domain::Quantity)]);
///
/// // the same spans with their embeddings, and why each candidate was kept or not
/// let encoded = seg.segment_encoded(text);
/// assert_eq!(encoded[1].0.start_char, 21);
/// assert!(seg.explain(text).iter().any(|c| c.kept && c.domain == Domain::Formula));
///
/// // look-alikes need context: `A4` is a paper size here, not a pitch
/// assert!(seg.segment("Print it on A4 paper.").is_empty());
/// ```
pub struct Segmenter {
    config: SegmenterConfig,
    /// Priority rank per domain id; `u8::MAX` for disabled domains.
    rank: [u8; 8],
    encoders: Vec<Option<Box<dyn DomainEncoder>>>,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter")
            .field("config", &self.config)
            .field("encoders", &self.encoder_domains())
            .finish()
    }
}

impl Segmenter {
    /// Builds the default encoder of every enabled domain; a domain whose encoder cannot be
    /// built has none (its candidates stay text, and `explain` says so).
    pub fn new(config: SegmenterConfig) -> Result<Segmenter> {
        let encoders = config
            .domains
            .iter()
            .filter_map(|&d| build_encoder(d, &Options::new()).ok())
            .collect();
        Segmenter::with_encoders(config, encoders)
    }

    /// A segmenter that validates with the given encoders (one per domain at most).
    pub fn with_encoders(
        config: SegmenterConfig,
        encoders: Vec<Box<dyn DomainEncoder>>,
    ) -> Result<Segmenter> {
        let mut rank = [u8::MAX; 8];
        for (r, d) in config.effective_priority().iter().enumerate() {
            if config.domains.contains(d) {
                rank[d.id() as usize] = r as u8;
            }
        }
        let mut slots: Vec<Option<Box<dyn DomainEncoder>>> = (0..8).map(|_| None).collect();
        for e in encoders {
            let id = e.domain().id() as usize;
            if slots[id].is_some() {
                return Err(FluxemError::config(format!(
                    "two encoders given for {}",
                    e.domain().name()
                )));
            }
            slots[id] = Some(e);
        }
        Ok(Segmenter {
            config,
            rank,
            encoders: slots,
        })
    }

    /// The configuration it was built with.
    pub fn config(&self) -> &SegmenterConfig {
        &self.config
    }

    /// Enabled domains that have an encoder.
    pub fn encoder_domains(&self) -> Vec<Domain> {
        self.config
            .domains
            .iter()
            .copied()
            .filter(|d| self.encoders[d.id() as usize].is_some())
            .collect()
    }

    /// The encoder that validates `domain`'s spans, if that domain has one.
    pub fn encoder(&self, domain: Domain) -> Option<&dyn DomainEncoder> {
        self.encoders[domain.id() as usize].as_deref()
    }

    /// The non-TEXT spans of `text`, in order.
    pub fn segment(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        self.run(text, None, &|_, _| false, &mut |span, _| out.push(span));
        out
    }

    /// Calls `f` for each span of `text` in order, with its embedding when `embed` (the
    /// spans are the same either way; see `segment` and `segment_encoded`).
    pub fn for_each_span(
        &self,
        text: &str,
        embed: bool,
        f: &mut dyn FnMut(Span, Option<&Embedding>),
    ) {
        self.run(text, None, &|_, _| embed, f);
    }

    /// `for_each_span` that embeds only the spans for which `embed(domain, span text)` holds:
    /// the others are validated by acceptance alone and come without an embedding.
    pub fn for_each_span_embedding(
        &self,
        text: &str,
        embed: EmbedIf,
        f: &mut dyn FnMut(Span, Option<&Embedding>),
    ) {
        self.run(text, None, embed, f);
    }

    /// The spans with the embedding each was validated with (no second encode).
    pub fn segment_encoded(&self, text: &str) -> Vec<(Span, Embedding)> {
        let mut out = Vec::new();
        self.run(text, None, &|_, _| true, &mut |span, emb| {
            out.push((span, *emb.expect("run encodes when asked for embeddings")))
        });
        out
    }

    /// Every candidate considered, in text order, with why it was kept or rejected.
    pub fn explain(&self, text: &str) -> Vec<Considered> {
        let mut notes = Vec::new();
        self.run(text, Some(&mut notes), &|_, _| false, &mut |_, _| {});
        notes.sort_by_key(|n| (n.start_byte, std::cmp::Reverse(n.end_byte)));
        // char offsets for the (unordered) ends: one pass over the sorted unique offsets
        let mut offs: Vec<usize> = notes
            .iter()
            .flat_map(|n| [n.start_byte, n.end_byte])
            .collect();
        offs.sort_unstable();
        offs.dedup();
        let mut cc = CharCounter::new(text);
        let chars: Vec<usize> = offs.iter().map(|&o| cc.at(o)).collect();
        let to_char = |o: usize| chars[offs.binary_search(&o).unwrap_or(0)];
        for n in &mut notes {
            n.start_char = to_char(n.start_byte);
            n.end_char = to_char(n.end_byte);
        }
        notes
    }

    /// Scans and resolves `text`, calling `emit` for each span in order, with its embedding
    /// when `embed(domain, span text)` holds (validation then encodes; otherwise it only
    /// checks acceptance).
    fn run(
        &self,
        text: &str,
        mut notes: Option<&mut Vec<Considered>>,
        embed: EmbedIf,
        emit: &mut dyn FnMut(Span, Option<&Embedding>),
    ) {
        let number_mode = self.config.arithmetic == Granularity::Number;
        let reuse = REUSE.with(|b| b.take());
        let mut sc = Scanner::new(text, number_mode, notes.is_some(), reuse.scan);
        sc.run();
        if let (Some(notes), Some(refusals)) = (notes.as_deref_mut(), sc.refusals.take()) {
            for r in refusals {
                notes.push(note(r.start, r.end, r.domain, false, r.reason.to_string()));
            }
        }
        let mut ctx = ContextCache::new(text, &sc.sentences, reuse.cues);
        let mut cc = CharCounter::new(text);
        let mut emit_bytes = |start: usize, end: usize, domain: Domain, emb: Option<&Embedding>| {
            let span = Span {
                start_char: cc.at(start),
                end_char: cc.at(end),
                start_byte: start,
                end_byte: end,
                domain,
            };
            emit(span, emb);
        };
        let cands = &sc.cands;
        let mut g = 0;
        while g < cands.len() {
            let mut h = g + 1;
            while h < cands.len() && cands[h].start == cands[g].start {
                h += 1;
            }
            self.resolve_group(
                text,
                &cands[g..h],
                &mut ctx,
                notes.as_deref_mut(),
                embed,
                &mut emit_bytes,
            );
            g = h;
        }
        let cues = ctx.cues;
        REUSE.with(|b| {
            b.replace(Reuse {
                scan: sc.into_buffers(),
                cues,
            })
        });
    }

    /// Picks the first alternative (by priority) whose domain is enabled, whose context holds
    /// and whose encoder accepts the text; emits it (or its literals in number mode).
    fn resolve_group(
        &self,
        text: &str,
        group: &[Cand],
        ctx: &mut ContextCache,
        mut notes: Option<&mut Vec<Considered>>,
        embed: EmbedIf,
        emit: &mut EmitBytes,
    ) {
        // groups hold at most one candidate per domain: order them without allocating
        let mut order: [Option<&Cand>; 8] = [None; 8];
        let mut n = 0;
        for c in group.iter().take(order.len()) {
            order[n] = Some(c);
            n += 1;
        }
        order[..n].sort_by_key(|c| c.map_or(u8::MAX, |c| self.rank[c.domain.id() as usize]));
        let mut winner: Option<Domain> = None;
        for c in order[..n].iter().flatten() {
            // reasons are only formatted when `explain` asked for them
            let mut say = |kept: bool, reason: &dyn Fn() -> String| {
                if let Some(n) = notes.as_deref_mut() {
                    n.push(note(c.start, c.end, c.domain, kept, reason()));
                }
            };
            if let Some(w) = winner {
                say(false, &|| {
                    format!("{}; shadowed by {} (priority)", c.rule, w.name())
                });
                continue;
            }
            if self.rank[c.domain.id() as usize] == u8::MAX {
                say(false, &|| format!("{}; domain disabled", c.rule));
                continue;
            }
            if !c.need.is_none() {
                let k = c.sentence as usize;
                // without a veto more context never hurts: the spans found in the candidate's
                // own sentence, then its cue words, may settle it before more is read
                let monotone = c.need.is_monotone();
                let found = ctx.found(k);
                // a monotone need reads cue words only until one it wants is found: a mask
                // short of the rest satisfies it as the full one would, and one that does not
                // satisfy it is full (`mask_until`)
                let want = if monotone { c.need.any } else { 0 };
                let mask = if monotone && c.need.satisfied(found) {
                    found
                } else {
                    let own = ctx.mask_until(k, want);
                    if monotone && c.need.satisfied(own) {
                        own
                    } else {
                        ctx.around_until(k, want)
                    }
                };
                if !c.need.satisfied(mask) {
                    say(false, &|| {
                        format!("{}; {}", c.rule, c.need.explain_failure(mask))
                    });
                    continue;
                }
            }
            let Some(enc) = self.encoders[c.domain.id() as usize].as_deref() else {
                say(false, &|| {
                    format!("{}; no encoder registered for {}", c.rule, c.domain.name())
                });
                continue;
            };
            if c.domain == Domain::Arithmetic && self.config.arithmetic == Granularity::Number {
                let mut lits = number_literals(text, c.start, c.end);
                lits.extend(c.result);
                // every literal must encode, or the expression stays text as a whole
                let mut checked = Vec::with_capacity(lits.len());
                for &(a, b) in &lits {
                    match validate(enc, &text[a..b], embed(c.domain, &text[a..b])) {
                        Ok(e) => checked.push((a, b, e)),
                        Err(e) => {
                            say(false, &|| {
                                format!("{}; encoder rejected {:?}: {e}", c.rule, &text[a..b])
                            });
                            checked.clear();
                            break;
                        }
                    }
                }
                if checked.is_empty() {
                    continue;
                }
                say(true, &|| {
                    format!("{}; split into {} number spans", c.rule, checked.len())
                });
                for (a, b, e) in &checked {
                    emit(*a, *b, c.domain, e.as_deref());
                }
                winner = Some(c.domain);
                continue;
            }
            let span = &text[c.start..c.end];
            match validate(enc, span, embed(c.domain, span)) {
                Ok(e) => {
                    say(true, &|| {
                        format!("{}; encoded by the {} encoder", c.rule, c.domain.name())
                    });
                    emit(c.start, c.end, c.domain, e.as_deref());
                    winner = Some(c.domain);
                }
                Err(e) => say(false, &|| format!("{}; encoder rejected it: {e}", c.rule)),
            }
        }
    }
}

/// Which spans a run embeds while validating them: `(domain, span text) -> embed?`.
pub type EmbedIf<'a> = &'a dyn Fn(Domain, &str) -> bool;

/// Validates a candidate's text with its encoder: the embedding when `embed`, else only
/// whether the encoder accepts it (the same decision, without building the vector). The
/// embedding is boxed so the accept-only path moves no 1 KB arrays around.
fn validate(enc: &dyn DomainEncoder, text: &str, embed: bool) -> Result<Option<Box<Embedding>>> {
    if embed {
        crate::batch::guarded(|| enc.encode_text(text)).map(|e| Some(Box::new(e)))
    } else {
        crate::batch::guarded(|| enc.accepts(text)).map(|()| None)
    }
}

fn note(start: usize, end: usize, domain: Domain, kept: bool, reason: String) -> Considered {
    Considered {
        start_char: 0,
        end_char: 0,
        start_byte: start,
        end_byte: end,
        domain,
        kept,
        reason,
    }
}

/// The number literals of an expression, each with a unary sign glued to it (`-3` in
/// `5 * -3`, but not the binary `-` of `5 -3`... which has a space before and is binary).
fn number_literals(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    // whether the previous token makes a following sign unary
    let mut unary_ok = true;
    while i < end {
        let c = b[i];
        if c.is_ascii_digit() || (c == b'.' && i + 1 < end && b[i + 1].is_ascii_digit()) {
            let l = crate::number::literal_len(&text[i..end]);
            let mut e = i + l.max(1);
            if e > i + 1 && b[e - 1] == b'.' {
                e -= 1;
            }
            out.push((i, e));
            i = e;
            unary_ok = false;
        } else if (c == b'-' || c == b'+' || text[i..].starts_with('\u{2212}')) && unary_ok {
            let len = if c >= 0x80 { 3 } else { 1 };
            if b.get(i + len).is_some_and(u8::is_ascii_digit) {
                let l = crate::number::literal_len(&text[i + len..end]);
                let mut e = i + len + l;
                if b[e - 1] == b'.' {
                    e -= 1;
                }
                out.push((i, e));
                i = e;
                unary_ok = false;
            } else {
                i += len;
            }
        } else if c == b' ' || c == b'\t' {
            i += 1;
        } else {
            // operators and `(` allow a unary sign next; `)` does not
            unary_ok = c != b')';
            i += lex::char_at(text, i).map_or(1, char::len_utf8);
        }
    }
    out
}

/// Buffers kept per thread between texts (one short document after another would otherwise
/// allocate them anew each time). Taken out while a text is segmented, so a nested call
/// simply starts with empty ones.
#[derive(Default)]
struct Reuse {
    scan: scan::Buffers,
    cues: Vec<CueScan>,
}

thread_local! {
    static REUSE: std::cell::Cell<Reuse> = std::cell::Cell::new(Reuse::default());
}

/// Sentence context masks, computed on first use (cue words once per sentence).
struct ContextCache<'a> {
    text: &'a str,
    sentences: &'a [scan::Sentence],
    /// Allocated on the first lookup: most texts never need context.
    cues: Vec<CueScan>,
}

impl<'a> ContextCache<'a> {
    fn new(text: &'a str, sentences: &'a [scan::Sentence], mut cues: Vec<CueScan>) -> Self {
        cues.clear();
        ContextCache {
            text,
            sentences,
            cues,
        }
    }

    /// The mask of sentence `k`: its cue words and the spans found in it.
    #[cfg(test)]
    fn mask(&mut self, k: usize) -> u8 {
        self.mask_until(k, 0)
    }

    /// The mask of sentence `k`, its cue words read only until one of the bits `want` is
    /// among its bits (all of them when `want` is 0). The bits only grow as more words are
    /// read, so a mask that has one of `want` has it in full too; one that has none is full.
    fn mask_until(&mut self, k: usize, want: u8) -> u8 {
        let Some(sent) = self.sentences.get(k).copied() else {
            return 0;
        };
        if self.cues.is_empty() {
            self.cues.resize(self.sentences.len(), CueScan::default());
        }
        let st = &mut self.cues[k];
        if !st.done && (st.mask | sent.found) & want == 0 {
            st.resume(&self.text[sent.start..sent.end], want);
        }
        st.mask | sent.found
    }

    /// The subject bits of the spans found in sentence `k` that needed no context.
    fn found(&self, k: usize) -> u8 {
        self.sentences.get(k).map_or(0, |s| s.found)
    }

    /// The mask of sentence `k` and its neighbours, read as `mask_until` reads them: when it
    /// lacks every bit of `want`, it is the full mask (every part was read to its end).
    fn around_until(&mut self, k: usize, want: u8) -> u8 {
        let mut m = self.mask_until(k, want);
        if k > 0 && (want == 0 || m & want == 0) {
            m |= self.mask_until(k - 1, want);
        }
        if want == 0 || m & want == 0 {
            m |= self.mask_until(k + 1, want);
        }
        m
    }
}

/// Whether the word `b[start..i]` is `chord` or `chords` with a word of curves and their
/// flattening (`vocab/chord_geometry_words.txt`: `arc`, `curve`, `bezier`, `linearize`, ...)
/// among the runs of letters within 120 bytes either side: the chord of an arc, no music
/// (dev162). Bounded: at most 240 bytes read per `chord`.
fn chord_of_a_curve(b: &[u8], start: usize, i: usize) -> bool {
    let w = &b[start..i];
    if !(w.eq_ignore_ascii_case(b"chord") || w.eq_ignore_ascii_case(b"chords")) {
        return false;
    }
    let lo = start.saturating_sub(120);
    let hi = (i + 120).min(b.len());
    let mut k = lo;
    // a run cut by the window's left edge is not a word
    while k > 0 && k < hi && b[k].is_ascii_alphabetic() && b[k - 1].is_ascii_alphabetic() {
        k += 1;
    }
    while k < hi {
        if !b[k].is_ascii_alphabetic() {
            k += 1;
            continue;
        }
        let s0 = k;
        while k < b.len() && b[k].is_ascii_alphabetic() {
            k += 1;
        }
        let run = &b[s0..k];
        if run.len() <= 24 && k != i {
            let mut buf = [0u8; 24];
            for (d, c) in buf.iter_mut().zip(run) {
                *d = c.to_ascii_lowercase();
            }
            if vocab::chord_geometry_words(&buf[..run.len()]) {
                return true;
            }
        }
    }
    false
}

/// Whether a hyphen ends just before `start` after a count: one to three digits or a number
/// word (`two`, `twelve`, `multi`, `single`, `dual`) that is a whole word (`6-position`,
/// `two-position`). Reads at most 12 bytes back.
/// Whether the word `b[start..i]` is `note` opening an admonition of the docs, not a note of
/// music: `Note: when ...` (a colon right after it), or `Note that ...` with a capital `N` as the
/// sentence's first word (at most 8 spaces before it), `that` one space after it.
/// Whether `harmonic` (ending at `i`) is a term of physics or signal processing, not music: the
/// noun right after it is one of `vocab/harmonic_nouns_not_music.txt` (`harmonic oscillator`,
/// `harmonic mean`), or after `of` and an optional `the` one of
/// `vocab/harmonic_of_nouns_not_music.txt` (`harmonic of field modulation`, dev144). Bounded
/// look-ahead: three words of at most 24 letters, at most 8 spaces before each.
fn harmonic_not_music(b: &[u8], i: usize) -> bool {
    let word_after = |from: usize| {
        let k = from + b[from..].iter().take(8).take_while(|&&c| c == b' ').count();
        let e = k + b[k..]
            .iter()
            .take(25)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        (k, e)
    };
    let (k, e) = word_after(i);
    if vocab::harmonic_nouns_not_music(&b[k..e]) {
        return true;
    }
    if k == i || !b[k..e].eq_ignore_ascii_case(b"of") {
        return false;
    }
    let (mut k, mut e) = word_after(e);
    if k > 0 && b[k - 1] == b' ' && b[k..e].eq_ignore_ascii_case(b"the") {
        (k, e) = word_after(e);
    }
    let w = &b[k..e];
    let mut low = [0u8; 24];
    if k == 0 || b[k - 1] != b' ' || w.is_empty() || w.len() > low.len() {
        return false;
    }
    low[..w.len()].copy_from_slice(w);
    low[..w.len()].make_ascii_lowercase();
    vocab::harmonic_of_nouns_not_music(&low[..w.len()])
}

/// Whether the word `b[start..i]` is `scale` standing as the right side of an equation, a
/// factor or variable, not a musical scale (dev151): an `=` right before it, at most four
/// spaces between (`I = scale (4e/hbar) sum 2 F2`, `y = scale * x`, `w=scale`), and no `.`
/// right after it (music21's `sc = scale.MajorScale('g')` names the module of scales and
/// stays a cue). Reads at most five bytes back and one ahead.
fn scale_assigned(b: &[u8], start: usize, i: usize) -> bool {
    if !b[start..i].eq_ignore_ascii_case(b"scale") || b.get(i) == Some(&b'.') {
        return false;
    }
    let k = start
        - b[..start]
            .iter()
            .rev()
            .take(4)
            .take_while(|&&c| c == b' ')
            .count();
    k > 0 && b[k - 1] == b'='
}

fn note_admonition(b: &[u8], start: usize, i: usize) -> bool {
    if !b[start..i].eq_ignore_ascii_case(b"note") {
        return false;
    }
    if b.get(i) == Some(&b':') {
        return true;
    }
    b[start] == b'N'
        && start <= 8
        && b[..start].iter().all(|&c| c == b' ')
        && b.get(i..i + 6) == Some(b" that ".as_slice())
}

fn count_before_hyphen(b: &[u8], start: usize) -> bool {
    if start < 2 || b[start - 1] != b'-' {
        return false;
    }
    let h = start - 1;
    let digits = b[..h]
        .iter()
        .rev()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let letters = b[..h]
        .iter()
        .rev()
        .take(12)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let (n, counted) = if digits > 0 {
        (digits, digits <= 3)
    } else {
        let mut w = [0u8; 12];
        for (d, c) in w.iter_mut().zip(&b[h - letters..h]) {
            *d = c | 0x20;
        }
        let w = &w[..letters];
        (
            letters,
            letters > 0
                && (vocab::number_words_ones(w) || matches!(w, b"multi" | b"single" | b"dual")),
        )
    };
    counted && (h == n || !b[h - n - 1].is_ascii_alphanumeric())
}

/// `cue_mask` of one sentence, read word by word and resumable: where the reading stopped,
/// the bits so far and the first ambiguous chemistry word (relative to the sentence).
#[derive(Clone, Copy, Default)]
struct CueScan {
    at: usize,
    mask: u8,
    ambiguous: Option<(usize, usize)>,
    done: bool,
}

impl CueScan {
    /// Reads on in `s` (the whole sentence) until the bits have one of `want` (never when
    /// `want` is 0) or the sentence ends.
    fn resume(&mut self, s: &str, want: u8) {
        use context::{AMBIGUOUS_CHEM, CHEM, CHEM_FIRM, MATH, MUSIC};
        let b = s.as_bytes();
        let mut mask = self.mask;
        let mut ambiguous = self.ambiguous;
        let mut i = self.at;
        while i < b.len() {
            let c = b[i];
            // one table load per byte: most bytes of a sentence are letters or start nothing
            let class = CUE_CLASS[c as usize];
            if class == CUE_LETTER {
                let start = i;
                while i < b.len() && CUE_CLASS[b[i] as usize] == CUE_LETTER {
                    i += 1;
                }
                let mut bits = context::cue_of_letters(&b[start..i]);
                if bits == 0 {
                    continue;
                }
                if bits & MUSIC != 0 && b[start..i].eq_ignore_ascii_case(b"middle") {
                    // music says `middle C`; `the middle control point (C1)` is geometry
                    let k = i + b[i..].iter().take_while(|&&c| c == b' ').count();
                    let c_note = b.get(k) == Some(&b'C')
                        && !b.get(k + 1).is_some_and(u8::is_ascii_alphabetic);
                    if !c_note {
                        bits &= !MUSIC;
                    }
                }
                if bits & MUSIC != 0 && b[start..i].eq_ignore_ascii_case(b"harmonic") {
                    // `harmonic series` is music; `harmonic oscillator`, `harmonic mean` are not
                    if harmonic_not_music(b, i) {
                        bits &= !MUSIC;
                    }
                }
                if bits & MUSIC != 0 && note_admonition(b, start, i) {
                    // `Note: when ...`, `Note that ...`: an admonition of the docs, no music
                    bits &= !MUSIC;
                }
                if bits & MUSIC != 0 && chord_of_a_curve(b, start, i) {
                    // `arcs sampled at chord_tol`: the chord of an arc, no music (dev162)
                    bits &= !MUSIC;
                }
                if bits & MUSIC != 0 && scale_assigned(b, start, i) {
                    // `I = scale (4e/hbar) sum 2 F2`: a factor of an equation, no music
                    bits &= !MUSIC;
                }
                if bits & MATH != 0
                    && (b[start..i].eq_ignore_ascii_case(b"position")
                        || b[start..i].eq_ignore_ascii_case(b"positions"))
                    && count_before_hyphen(b, start)
                {
                    // `two-position valves`, `a 6-position selector`, `multi-position`: how
                    // many positions a valve or a switch has, no mathematics
                    bits &= !MATH;
                }
                if bits & AMBIGUOUS_CHEM != 0 {
                    match ambiguous {
                        None => ambiguous = Some((start, i)),
                        Some((a, e)) if !b[a..e].eq_ignore_ascii_case(&b[start..i]) => {
                            mask |= CHEM_FIRM
                        }
                        Some(_) => {}
                    }
                }
                mask |= bits & !AMBIGUOUS_CHEM;
                if mask & want != 0 {
                    break;
                }
                continue;
            }
            if class == CUE_OTHER {
                i += 1;
                continue;
            }
            match c {
                b'=' => mask |= MATH,
                b'-' if b.get(i + 1) == Some(&b'>') => mask |= arrow_bits(b, i, i + 2),
                0xE2 => {
                    let rest = &s[i..];
                    if rest.starts_with('\u{2192}') {
                        mask |= arrow_bits(b, i, i + 3);
                    } else if rest.starts_with('\u{21cc}') {
                        mask |= CHEM | CHEM_FIRM;
                    } else if rest.starts_with('\u{266f}') || rest.starts_with('\u{266d}') {
                        mask |= MUSIC;
                    }
                }
                _ => {}
            }
            i += 1;
            if mask & want != 0 {
                break;
            }
        }
        self.at = i;
        self.mask = mask;
        self.ambiguous = ambiguous;
        self.done = i >= b.len();
    }
}

/// Subject bits of a sentence's words and symbols. One ambiguous chemistry word (`buffer`,
/// `elements`, repeated or not) gives `CHEM` only; two different ones give firm chemistry too.
/// An arrow (`->`, `→`) is chemistry, firm only before a formula-shaped word (`-> 2 H2O`;
/// in code `-> None`, `Si -> Sj` are types and maps); `⇌` is always firm.
#[cfg(test)]
fn cue_mask(s: &str) -> u8 {
    let mut st = CueScan::default();
    st.resume(s, 0);
    st.mask
}

/// `cue_mask`'s classes of a byte: an ASCII letter, a byte that may start a cue symbol
/// (`=`, `->`, `→`, `⇌`, `♯`, `♭`), or neither.
const CUE_OTHER: u8 = 0;
const CUE_LETTER: u8 = 1;
const CUE_SYMBOL: u8 = 2;

static CUE_CLASS: [u8; 256] = {
    let mut t = [CUE_OTHER; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = CUE_LETTER;
        t[b'A' as usize + c] = CUE_LETTER;
        c += 1;
    }
    t[b'=' as usize] = CUE_SYMBOL;
    t[b'-' as usize] = CUE_SYMBOL;
    t[0xE2] = CUE_SYMBOL;
    t
};

/// The bits of a reaction arrow at `at` whose right side starts at `j`: chemistry, and firm
/// chemistry when a formula-shaped word follows (after spaces and a coefficient): two or more
/// letters of element symbols with counts (`-> 2 H2O`, `→ NaCl`), not an acronym; and the
/// word before the arrow is not all lowercase (`the strain -> NO elastic response` points
/// from prose, no species).
fn arrow_bits(b: &[u8], at: usize, j: usize) -> u8 {
    use context::{CHEM, CHEM_FIRM};
    // the word before the arrow: prose when it is all lowercase (`strain`), a species when
    // it has a capital or a digit (`Zn`, `2 H2O`, `Fe3+`)
    let e = at
        - b[..at]
            .iter()
            .rev()
            .take(8)
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
    let word = &b[e - b[..e]
        .iter()
        .rev()
        .take(24)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()..e];
    if !word.is_empty() && word.iter().all(u8::is_ascii_lowercase) {
        return CHEM;
    }
    // bounded: a coefficient and a few spaces
    let k = j + b[j.min(b.len())..]
        .iter()
        .take(16)
        .take_while(|&&c| c == b' ' || c.is_ascii_digit())
        .count();
    let e = k + b[k..]
        .iter()
        .take(words::MAX_FORMULA_BYTES)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let w = &b[k..e];
    let formula = w.len() >= 2
        && w[0].is_ascii_uppercase()
        && !b.get(e).is_some_and(|&c| c == b'_' || c >= 0x80)
        && words::symbols_ok(w)
        && !vocab::not_formulas(w);
    if formula {
        CHEM | CHEM_FIRM
    } else {
        CHEM
    }
}

#[cfg(test)]
mod accept_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod cue_class_tests {
    use super::*;

    #[test]
    fn cue_classes_are_the_byte_tests_of_cue_mask() {
        // letters start words; `=`, `-` and 0xE2 start the symbols cue_mask looks at; the
        // other bytes were skipped by its `_ => {}` arm
        for c in 0..=255u8 {
            let want = if c.is_ascii_alphabetic() {
                CUE_LETTER
            } else if matches!(c, b'=' | b'-' | 0xE2) {
                CUE_SYMBOL
            } else {
                CUE_OTHER
            };
            assert_eq!(CUE_CLASS[c as usize], want, "{c}");
        }
        assert_eq!(cue_mask("x = 2"), context::MATH);
    }

    /// `cue_mask` as it was, read in one go: the reference for the resumable `CueScan`.
    fn old_cue_mask(s: &str) -> u8 {
        use context::{AMBIGUOUS_CHEM, CHEM, CHEM_FIRM, MATH, MUSIC};
        let b = s.as_bytes();
        let mut mask = 0u8;
        let mut ambiguous: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            // one table load per byte: most bytes of a sentence are letters or start nothing
            let class = CUE_CLASS[c as usize];
            if class == CUE_LETTER {
                let start = i;
                while i < b.len() && CUE_CLASS[b[i] as usize] == CUE_LETTER {
                    i += 1;
                }
                let mut bits = context::cue_of_letters(&b[start..i]);
                if bits & MUSIC != 0 && b[start..i].eq_ignore_ascii_case(b"middle") {
                    // music says `middle C`; `the middle control point (C1)` is geometry
                    let k = i + b[i..].iter().take_while(|&&c| c == b' ').count();
                    let c_note = b.get(k) == Some(&b'C')
                        && !b.get(k + 1).is_some_and(u8::is_ascii_alphabetic);
                    if !c_note {
                        bits &= !MUSIC;
                    }
                }
                if bits & MUSIC != 0 && b[start..i].eq_ignore_ascii_case(b"harmonic") {
                    // `harmonic series` is music; `harmonic oscillator`, `harmonic mean` are not
                    if harmonic_not_music(b, i) {
                        bits &= !MUSIC;
                    }
                }
                if bits & MUSIC != 0 && note_admonition(b, start, i) {
                    bits &= !MUSIC;
                }
                if bits & MUSIC != 0 && chord_of_a_curve(b, start, i) {
                    bits &= !MUSIC;
                }
                if bits & MATH != 0
                    && (b[start..i].eq_ignore_ascii_case(b"position")
                        || b[start..i].eq_ignore_ascii_case(b"positions"))
                    && count_before_hyphen(b, start)
                {
                    bits &= !MATH;
                }
                if bits & AMBIGUOUS_CHEM != 0 {
                    match ambiguous {
                        None => ambiguous = Some((start, i)),
                        Some((a, e)) if !b[a..e].eq_ignore_ascii_case(&b[start..i]) => {
                            mask |= CHEM_FIRM
                        }
                        Some(_) => {}
                    }
                }
                mask |= bits & !AMBIGUOUS_CHEM;
                continue;
            }
            if class == CUE_OTHER {
                i += 1;
                continue;
            }
            match c {
                b'=' => mask |= MATH,
                b'-' if b.get(i + 1) == Some(&b'>') => mask |= arrow_bits(b, i, i + 2),
                0xE2 => {
                    let rest = &s[i..];
                    if rest.starts_with('\u{2192}') {
                        mask |= arrow_bits(b, i, i + 3);
                    } else if rest.starts_with('\u{21cc}') {
                        mask |= CHEM | CHEM_FIRM;
                    } else if rest.starts_with('\u{266f}') || rest.starts_with('\u{266d}') {
                        mask |= MUSIC;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        mask
    }

    /// Read until a wanted bit, `CueScan` has one of them exactly when the whole sentence
    /// does, never more bits than the whole, and all of them when it stopped short of none;
    /// read on from there (with other wanted bits, then all) it ends where one reading does.
    #[test]
    fn cue_scan_stops_early_with_the_answer_of_the_full_mask() {
        let mut rng = crate::test_rng::XorShift::new(0xC0E5_CA11);
        let pieces = [
            " ",
            " ",
            "the ",
            "a ",
            ", ",
            ". ",
            "x",
            "=",
            "==",
            "-",
            "->",
            " -> ",
            "-> 2 H2O",
            " -> None",
            "\u{2192} NaCl",
            "\u{21cc}",
            "\u{266f}",
            "\u{266d}",
            "\u{e9}",
            "C",
            "middle ",
            "middle C",
            "harmonic ",
            "harmonic series",
            "harmonic mean",
            "Note:",
            "note ",
            "Note that",
            "pitch ",
            "violin ",
            "chord ",
            "melody",
            "buffer ",
            "Buffer ",
            "solution ",
            "elements ",
            "compound ",
            "yield ",
            "atom ",
            "molar ",
            "velocity ",
            "force ",
            "equation ",
            "matrix ",
            "gene ",
            "DNA ",
            "protein ",
            "nano",
            "nanoparticle",
            "Concert ",
            "tunes ",
            "A4",
            "kJ/mol",
            "Her ",
            "strain -> NO",
        ];
        let wants = [0u8, 1, 2, 4, 8, 16, 32, 1 | 32, 8 | 4, 2 | 16, 0x3f];
        for _ in 0..4000 {
            let n = rng.below(14);
            let s = rng.join(&pieces, n);
            let full = old_cue_mask(&s);
            assert_eq!(cue_mask(&s), full, "{s:?}");
            let want = wants[rng.below(wants.len())];
            let mut st = CueScan::default();
            st.resume(&s, want);
            assert_eq!(st.mask & !full, 0, "{s:?} {want}");
            if want != 0 {
                assert_eq!(st.mask & want != 0, full & want != 0, "{s:?} {want}");
            }
            if st.mask & want == 0 {
                assert!(st.done, "{s:?} {want}");
                assert_eq!(st.mask, full, "{s:?} {want}");
            }
            let again = wants[rng.below(wants.len())];
            if !st.done && st.mask & again == 0 {
                st.resume(&s, again);
                assert_eq!(st.mask & !full, 0, "{s:?} {want} {again}");
            }
            if !st.done {
                st.resume(&s, 0);
            }
            assert!(st.done);
            assert_eq!(st.mask, full, "{s:?} {want} {again}");
        }
    }

    /// The context a monotone need gets from `mask_until`/`around_until` (reading cue words
    /// only as far as it wants, sentences asked in any order and again) satisfies it exactly
    /// when the full masks do, and is the full mask of the sentence and its neighbours when
    /// it does not (what `explain` reports); a veto reads everything.
    #[test]
    fn context_read_until_wanted_decides_as_the_full_masks() {
        use context::Need;
        let mut rng = crate::test_rng::XorShift::new(0x5E17_E9CE);
        let pieces = [
            "The violin melody. ",
            "Concert pitch tunes. ",
            "We went home. ",
            "x = 2. ",
            "A buffer and a solution. ",
            "A buffer. ",
            "The gene. ",
            "Force and velocity. ",
            "It rained. ",
            "The chord -> H2O. ",
            "Middle C. ",
            "Note: yes. ",
            "Note that A4 rang. ",
            "plain words ",
        ];
        for _ in 0..800 {
            let n = 1 + rng.below(6);
            let text = rng.join(&pieces, n);
            let mut sentences = Vec::new();
            let mut start = 0;
            for (k, _) in text.match_indices(". ") {
                sentences.push(scan::Sentence {
                    start,
                    end: k + 2,
                    found: [0u8, 0, 0, 1, 2, 8, 16, 32][rng.below(8)],
                });
                start = k + 2;
            }
            if start < text.len() {
                sentences.push(scan::Sentence {
                    start,
                    end: text.len(),
                    found: 0,
                });
            }
            let mut fresh = ContextCache::new(&text, &sentences, Vec::new());
            let mut read = ContextCache::new(&text, &sentences, Vec::new());
            for _ in 0..8 {
                let k = rng.below(sentences.len() + 1);
                let bits = [1u8, 2, 4, 8, 16, 32, 1 | 32, 8 | 4][rng.below(8)];
                let need = if rng.below(4) == 0 {
                    Need {
                        any: 0,
                        veto: bits,
                        unless: 1,
                    }
                } else {
                    Need::any(bits)
                };
                let monotone = need.is_monotone();
                let found = fresh.found(k);
                // the masks read in full, as before
                let full = if monotone && need.satisfied(found) {
                    found
                } else {
                    let own = fresh.mask(k);
                    if monotone && need.satisfied(own) {
                        own
                    } else {
                        let before = if k > 0 { fresh.mask(k - 1) } else { 0 };
                        before | fresh.mask(k) | fresh.mask(k + 1)
                    }
                };
                let want = if monotone { need.any } else { 0 };
                let got = if monotone && need.satisfied(found) {
                    found
                } else {
                    let own = read.mask_until(k, want);
                    if monotone && need.satisfied(own) {
                        own
                    } else {
                        read.around_until(k, want)
                    }
                };
                assert_eq!(need.satisfied(got), need.satisfied(full), "{text:?} {k}");
                if !need.satisfied(full) {
                    assert_eq!(got, full, "{text:?} {k}");
                }
            }
        }
    }
}
