//! QUANTITY: not implemented yet.

use crate::domains::{DomainEncoder, Options};
use crate::{FluxemError, Result};

/// Builds the QUANTITY encoder from its options.
pub fn build(_options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Err(FluxemError::encode(
        "the QUANTITY encoder is not implemented yet",
    ))
}
