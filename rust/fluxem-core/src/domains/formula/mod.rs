//! FORMULA: not implemented yet.

use crate::domains::{DomainEncoder, Options};
use crate::{FluxemError, Result};

/// Builds the FORMULA encoder from its options.
pub fn build(_options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Err(FluxemError::encode(
        "the FORMULA encoder is not implemented yet",
    ))
}
