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

/// The binary operations of the domains' closed-form algebra (see [`Algebra`]).
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
    /// `"add"`, `"sub"`, `"mul"` or `"div"`; any other name is a configuration error.
    pub fn from_name(name: &str) -> Result<BinOp> {
        Ok(match name {
            "add" => BinOp::Add,
            "sub" => BinOp::Sub,
            "mul" => BinOp::Mul,
            "div" => BinOp::Div,
            _ => {
                return Err(crate::FluxemError::config(format!(
                    "unknown operation {name:?} (add, sub, mul, div)"
                )))
            }
        })
    }

    /// The operation's name, as `from_name` reads it.
    pub fn name(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "div",
        }
    }
}

/// The closed-form algebra a domain defines on its embeddings: results are computed from the
/// embeddings alone, without decoding them, and `decode` reads a typed value back.
///
/// Implemented by the number-like domains (ARITHMETIC, QUANTITY, COMPLEX, VECTOR). Operations
/// special to one domain (VECTOR dot/scale, COMPLEX conjugate, FORMULA combine, DNA reverse
/// complement, PITCH transpose, ...) stay functions of that domain's module. A domain without
/// an operation (VECTOR has no product or power) answers it with a configuration error.
pub trait Algebra: DomainEncoder {
    /// What an embedding of this domain decodes to.
    type Value;
    /// `a op b`.
    fn binary(&self, a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding>;
    /// `a ^ exponent`.
    fn power(&self, a: &[f64], exponent: f64) -> Result<Embedding>;
    /// `-a`.
    fn negate(&self, a: &[f64]) -> Result<Embedding>;
    /// The value stored in `emb` (a `DecodeError` when `emb` is not one of this domain's).
    fn decode(&self, emb: &[f64]) -> Result<Self::Value>;
}

/// `impl Algebra` for a domain whose module defines `binary`, `power`, `negate` and `decode`
/// as functions of embeddings (the module's functions stay the one implementation).
macro_rules! algebra_of_module {
    ($encoder:ty, $module:path, $value:ty) => {
        impl Algebra for $encoder {
            type Value = $value;
            fn binary(&self, a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
                use $module as m;
                m::binary(a, b, op)
            }
            fn power(&self, a: &[f64], exponent: f64) -> Result<Embedding> {
                use $module as m;
                m::power(a, exponent)
            }
            fn negate(&self, a: &[f64]) -> Result<Embedding> {
                use $module as m;
                m::negate(a)
            }
            fn decode(&self, emb: &[f64]) -> Result<$value> {
                use $module as m;
                m::decode(emb)
            }
        }
    };
}

algebra_of_module!(
    arithmetic::ArithmeticEncoder,
    arithmetic,
    crate::codec::Decoded
);
algebra_of_module!(
    quantity::QuantityEncoder,
    quantity,
    quantity::DecodedQuantity
);
algebra_of_module!(complex::ComplexEncoder, complex, complex::ComplexDecoded);

/// A deterministic encoder for one domain. Implementations are immutable and thread-safe.
pub trait DomainEncoder: Send + Sync {
    /// The domain whose tag every embedding of this encoder carries.
    fn domain(&self) -> Domain;
    /// Parses the whole of `text` as one value of this domain and writes its embedding into
    /// `out`, every dim of it (on an error, `out` holds no meaningful value). The batch paths
    /// call this with one buffer per thread: a 1 KiB embedding returned by value was copied at
    /// each level of the call chain (a sixth of a cheap encoder's time).
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()>;

    /// Parses the whole of `text` as one value of this domain and embeds it.
    fn encode_text(&self, text: &str) -> Result<Embedding> {
        crate::layout::build(|out| self.encode_into(text, out))
    }

    /// Whether `encode_text(text)` succeeds, with the same error when it does not, without
    /// building the embedding. The segmenter validates candidates with this; a domain
    /// overrides it only with a path that is cheaper and decides exactly the same (tests in
    /// segment/tests.rs compare the two on the corpus and on generated strings).
    fn accepts(&self, text: &str) -> Result<()> {
        self.encode_text(text).map(|_| ())
    }

    /// Whether a caller who will need the embedding of what it accepts should encode `text`
    /// once while accepting it and keep the vector (`segment_batch(encode=True)` does): true
    /// where `accepts` does most of `encode_into`'s work and that work is large (ARITHMETIC
    /// evaluates the whole expression exactly). Keeping costs two 1 KB copies, so short,
    /// cheap spans are better validated and encoded again.
    fn keep_accepted_embedding(&self, _text: &str) -> bool {
        false
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

/// Builds `domain`'s encoder with `options`; unknown option names (and TEXT, which has no
/// encoder) are a `Config` error.
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
    // the encoders that take no options
    let without_options = |encoder: Box<dyn DomainEncoder>| match options.keys().next() {
        Some(k) => Err(crate::FluxemError::config(format!(
            "unknown option {k:?} for the {} encoder (it takes none)",
            domain.name()
        ))),
        None => Ok(encoder),
    };
    match domain {
        Domain::Arithmetic => without_options(Box::new(arithmetic::ArithmeticEncoder)),
        Domain::Formula => without_options(Box::new(formula::FormulaEncoder)),
        Domain::Complex => without_options(Box::new(complex::ComplexEncoder)),
        Domain::Vector => without_options(Box::new(vector::VectorEncoder)),
        Domain::Dna => without_options(Box::new(dna::DnaEncoder)),
        Domain::Quantity => quantity::build(options),
        Domain::Pitch => pitch::build(options),
        Domain::Text => Err(crate::FluxemError::config(
            "TEXT has no encoder: text goes to the text tokenizer",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FluxemError;

    /// Generic over the trait: -(-x) decodes to x, and x - x to the decode of 0 (for vectors,
    /// of the zero vector of the same length).
    fn check_algebra<A: Algebra>(enc: &A, text: &str, zero: &str)
    where
        A::Value: PartialEq + std::fmt::Debug,
    {
        let x = enc.encode_text(text).unwrap();
        let back = enc.negate(&enc.negate(&x).unwrap()).unwrap();
        assert_eq!(
            enc.decode(&back).unwrap(),
            enc.decode(&x).unwrap(),
            "{text}"
        );
        let diff = enc.binary(&x, &x, BinOp::Sub).unwrap();
        let z = enc.encode_text(zero).unwrap();
        let zero_sum = enc.binary(&z, &z, BinOp::Sub).unwrap();
        assert_eq!(
            enc.decode(&diff).unwrap(),
            enc.decode(&zero_sum).unwrap(),
            "{text}"
        );
        let other = crate::layout::tagged(Domain::Pitch);
        assert!(matches!(
            enc.binary(&x, &other, BinOp::Add),
            Err(FluxemError::Decode { .. })
        ));
    }

    #[test]
    fn algebra_domains_share_one_interface() {
        check_algebra(&arithmetic::ArithmeticEncoder, "12.5 * 3", "0");
        check_algebra(&quantity::QuantityEncoder, "9.8 m/s^2", "0 m/s^2");
        check_algebra(&complex::ComplexEncoder, "3-4j", "0+0j");
        check_algebra(&vector::VectorEncoder, "[1.5, -2, 7]", "[0, 0, 0]");
    }

    #[test]
    fn missing_operations_and_unknown_names_are_config_errors() {
        let v = vector::VectorEncoder.encode_text("[1, 2]").unwrap();
        for op in [BinOp::Mul, BinOp::Div] {
            let err = vector::VectorEncoder.binary(&v, &v, op).unwrap_err();
            assert!(matches!(err, FluxemError::Config { .. }), "{err:?}");
        }
        let err = vector::VectorEncoder.power(&v, 2.0).unwrap_err();
        assert!(matches!(err, FluxemError::Config { .. }));
        for op in [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div] {
            assert_eq!(BinOp::from_name(op.name()), Ok(op));
        }
        assert!(matches!(
            BinOp::from_name("pow"),
            Err(FluxemError::Config { .. })
        ));
        let mut opts = Options::new();
        opts.insert("scale".into(), 2.0);
        for d in Domain::ENCODED {
            assert!(matches!(
                build_encoder(d, &opts).err(),
                Some(FluxemError::Config { .. })
            ));
        }
        assert!(matches!(
            build_encoder(Domain::Text, &Options::new()).err(),
            Some(FluxemError::Config { .. })
        ));
    }
}
