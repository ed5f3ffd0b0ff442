//! DNA: not implemented yet.

use crate::domains::{DomainEncoder, Options};
use crate::{FluxemError, Result};

/// Builds the DNA encoder from its options.
pub fn build(_options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Err(FluxemError::encode(
        "the DNA encoder is not implemented yet",
    ))
}
