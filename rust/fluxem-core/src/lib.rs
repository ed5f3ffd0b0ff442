//! fluxem-core: deterministic 128-d embeddings of typed values found in text.
//!
//! Pure Rust, no Python: the number codec, the domain encoders, the span segmenter and the
//! batch engine live here and are tested with `cargo test`. The PyO3 crate `fluxem-py` is a
//! thin layer over this one.
//!
//! Entry points:
//! - [`domains::default_encoder`] and [`domains::build_encoder`]: the encoder of a domain,
//!   which turns one value's text into its 128-d embedding ([`layout`] is the contract);
//! - [`segment::Segmenter`]: the typed spans of running text, with their embeddings;
//! - [`batch::encode_rows`] and [`segment::batch`]: many items or documents in one call, in
//!   parallel, with a status per item;
//! - [`codec`]: the block that stores one exact number, inside every numeric domain.
//!
//! Every fallible function returns [`FluxemError`]; bad input is an error with a char
//! position, never a panic or a silent wrong value.

#![warn(missing_docs)]

pub mod batch;
pub mod codec;
pub mod cursor;
pub mod domains;
pub mod error;
pub mod fnv;
#[doc(hidden)]
pub mod fuzzing;
pub mod layout;
pub mod number;
pub mod output_buffer;
pub mod parallel;
pub mod segment;
#[cfg(test)]
mod test_rng;

pub use error::{FluxemError, Result, Status};
pub use layout::{Domain, Embedding, EMBED_DIM};
