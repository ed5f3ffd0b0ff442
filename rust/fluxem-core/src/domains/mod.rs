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
    /// `a + b`.
    Add,
    /// `a - b`.
    Sub,
    /// `a * b`.
    Mul,
    /// `a / b`.
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
    /// The domain whose tag every embedding of this encoder carries.
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
///
/// One value of each domain, encoded and read back:
///
/// ```
/// use fluxem_core::domains::{arithmetic, default_encoder, formula, pitch};
/// use fluxem_core::layout::domain_of;
/// use fluxem_core::Domain;
///
/// for (domain, text) in [
///     (Domain::Arithmetic, "1234 + 5678"),
///     (Domain::Quantity, "9.81 m/s^2"),
///     (Domain::Formula, "H2O"),
///     (Domain::Complex, "3+4j"),
///     (Domain::Vector, "[1, 2, 3]"),
///     (Domain::Dna, "ATGCGTAC"),
///     (Domain::Pitch, "A4"),
/// ] {
///     let encoder = default_encoder(domain).expect("every domain but TEXT has one");
///     let emb = encoder.encode_text(text).unwrap();
///     assert_eq!(domain_of(&emb), Some(domain)); // the tag block names the domain
/// }
/// assert!(default_encoder(Domain::Text).is_none());
///
/// // exact values come back out
/// let emb = default_encoder(Domain::Arithmetic).unwrap().encode_text("1234 + 5678").unwrap();
/// assert_eq!(arithmetic::decode(&emb).unwrap().to_f64(), 6912.0);
/// let water = default_encoder(Domain::Formula).unwrap().encode_text("H2O").unwrap();
/// assert_eq!(formula::decode(&water).unwrap().count(8), 1); // one oxygen
/// let a4 = default_encoder(Domain::Pitch).unwrap().encode_text("A4").unwrap();
/// assert_eq!(pitch::decode(&a4).unwrap().midi, 69);
///
/// // bad input is a typed error with a char position
/// let err = default_encoder(Domain::Formula).unwrap().encode_text("H2Xy").unwrap_err();
/// assert!(matches!(err, fluxem_core::FluxemError::Parse { position: 2, .. }));
/// ```
pub fn default_encoder(domain: Domain) -> Option<Box<dyn DomainEncoder>> {
    build_encoder(domain, &Options::new()).ok()
}

/// Options passed to an encoder's constructor (e.g. `a4_hz` for PITCH), by name.
pub type Options = std::collections::BTreeMap<String, f64>;

/// Builds `domain`'s encoder with `options`; unknown option names are an error.
///
/// ```
/// use fluxem_core::domains::{build_encoder, pitch, Options};
/// use fluxem_core::Domain;
///
/// let mut options = Options::new();
/// options.insert("a4_hz".to_string(), 432.0);
/// let encoder = build_encoder(Domain::Pitch, &options).unwrap();
/// let decoded = pitch::decode(&encoder.encode_text("A4").unwrap()).unwrap();
/// assert_eq!((decoded.midi, decoded.frequency()), (69, 432.0));
///
/// options.insert("tuning".to_string(), 1.0);
/// assert!(build_encoder(Domain::Pitch, &options).is_err()); // unknown option
/// ```
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
