//! PITCH: not implemented yet.

use crate::domains::{DomainEncoder, Options};
use crate::{FluxemError, Result};

/// Builds the PITCH encoder from its options.
pub fn build(_options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Err(FluxemError::encode(
        "the PITCH encoder is not implemented yet",
    ))
}
