//! fluxem-core: deterministic 128-d embeddings of typed values found in text.
//!
//! Pure Rust, no Python: the number codec, the domain encoders, the span segmenter and the
//! batch engine live here and are tested with `cargo test`. The PyO3 crate `fluxem-py` is a
//! thin layer over this one.

pub mod batch;
pub mod codec;
pub mod cursor;
pub mod domains;
pub mod error;
pub mod fnv;
pub mod layout;
pub mod number;
pub mod parallel;
pub mod segment;

pub use error::{FluxemError, Result, Status};
pub use layout::{Domain, Embedding, EMBED_DIM};
