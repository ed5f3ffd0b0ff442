//! Maps core errors to the exception classes of `fluxem.errors` (all derive from ValueError),
//! and exports the batch status codes with their names.

use fluxem_core::{FluxemError, Status};
use pyo3::prelude::*;
use pyo3::types::PyDict;

pub fn to_py(err: FluxemError) -> PyErr {
    Python::attach(|py| {
        let (class, message, position) = match &err {
            FluxemError::Parse { message, position } => ("ParseError", message, Some(*position)),
            FluxemError::Encode { message } => ("EncodeError", message, None),
            FluxemError::Decode { message } => ("DecodeError", message, None),
            FluxemError::Dimension { message } => ("DimensionError", message, None),
            FluxemError::Config { message } => ("ConfigError", message, None),
            FluxemError::Internal { message } => ("FluxemError", message, None),
        };
        let text = err.to_string();
        let built = py
            .import("fluxem.errors")
            .and_then(|m| m.getattr(class))
            .and_then(|cls| match position {
                Some(p) => cls.call1((text.clone(), p, message.clone())),
                None => cls.call1((text.clone(),)),
            });
        match built {
            Ok(instance) => PyErr::from_value(instance),
            Err(_) => pyo3::exceptions::PyValueError::new_err(text),
        }
    })
}

/// A `fluxem.ConfigError` (a bad option or configuration value).
pub fn config(message: impl Into<String>) -> PyErr {
    to_py(FluxemError::config(message))
}

/// `?`-friendly conversion of core results.
pub trait IntoPyResult<T> {
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for fluxem_core::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let names = PyDict::new(m.py());
    for s in Status::ALL {
        names.set_item(s as u8, s.name())?;
    }
    m.add("STATUS_NAMES", names)
}
