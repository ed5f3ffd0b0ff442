//! Domain encoders: each turns the text of one span into a 128-d embedding.

pub mod arithmetic;
pub mod complex;
pub mod dna;
pub mod formula;
pub mod pitch;
pub mod quantity;
pub mod vector;

use crate::layout::{Domain, Embedding};
use crate::Result;

/// The binary operations that domains with a number algebra (ARITHMETIC, QUANTITY, COMPLEX)
/// apply to embeddings in closed form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl BinOp {
    /// `"add"`, `"sub"`, `"mul"` or `"div"`.
    pub fn from_name(name: &str) -> Option<BinOp> {
        Some(match name {
            "add" => BinOp::Add,
            "sub" => BinOp::Sub,
            "mul" => BinOp::Mul,
            "div" => BinOp::Div,
            _ => return None,
        })
    }
}

/// A deterministic encoder for one domain. Implementations are immutable and thread-safe.
pub trait DomainEncoder: Send + Sync {
    fn domain(&self) -> Domain;
    /// Parses the whole of `text` as one value of this domain and embeds it.
    fn encode_text(&self, text: &str) -> Result<Embedding>;

    /// Whether `encode_text(text)` succeeds, with the same error when it does not, without
    /// building the embedding. The segmenter validates candidates with this; a domain
    /// overrides it only with a path that is cheaper and decides exactly the same (tests in
    /// segment/tests.rs compare the two on the corpus and on generated strings).
    fn accepts(&self, text: &str) -> Result<()> {
        self.encode_text(text).map(|_| ())
    }
}

/// The default-configured encoder of `domain` (None for TEXT and domains without one yet).
pub fn default_encoder(domain: Domain) -> Option<Box<dyn DomainEncoder>> {
    build_encoder(domain, &Options::new()).ok()
}

/// Options passed to an encoder's constructor (e.g. `a4_hz` for PITCH), by name.
pub type Options = std::collections::BTreeMap<String, f64>;

/// Builds `domain`'s encoder with `options`; unknown option names are an error.
pub fn build_encoder(domain: Domain, options: &Options) -> Result<Box<dyn DomainEncoder>> {
    let reject_all = |opts: &Options| match opts.keys().next() {
        Some(k) => Err(crate::FluxemError::encode(format!(
            "unknown option {k:?} for the {} encoder",
            domain.name()
        ))),
        None => Ok(()),
    };
    match domain {
        Domain::Arithmetic => {
            reject_all(options)?;
            Ok(Box::new(arithmetic::ArithmeticEncoder))
        }
        Domain::Quantity => quantity::build(options),
        Domain::Formula => formula::build(options),
        Domain::Complex => complex::build(options),
        Domain::Vector => vector::build(options),
        Domain::Dna => dna::build(options),
        Domain::Pitch => pitch::build(options),
        Domain::Text => Err(crate::FluxemError::encode(
            "TEXT has no encoder: text goes to the text tokenizer",
        )),
    }
}
