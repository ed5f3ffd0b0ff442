//! COMPLEX: not implemented yet.

use crate::domains::{DomainEncoder, Options};
use crate::{FluxemError, Result};

/// Builds the COMPLEX encoder from its options.
pub fn build(_options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Err(FluxemError::encode(
        "the COMPLEX encoder is not implemented yet",
    ))
}
