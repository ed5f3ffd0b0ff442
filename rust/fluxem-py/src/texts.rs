//! Text arguments read as UTF-8 one item at a time. A Python `str` may hold lone surrogates
//! (`"\ud800"`), which are not Unicode text and have no UTF-8 form: a single-text call raises
//! `ParseError` with the surrogate's position, and a batch gives that item its own status
//! (`parse_error`), its row aligned with the others, instead of failing the whole batch.

use crate::errors::to_py;
use fluxem_core::FluxemError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;
use std::ops::Deref;

/// One text argument (`text: Text` in a signature): a `str` that is valid Unicode. A non-str
/// is the usual `TypeError`; a lone surrogate is a `ParseError` at its char position.
pub struct Text(pub PyBackedStr);

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl FromPyObject<'_, '_> for Text {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<Self> {
        match BatchText::extract(obj)?.0 {
            Ok(s) => Ok(Text(s)),
            Err(e) => Err(to_py(e)),
        }
    }
}

/// One item of a batch (`texts: Vec<BatchText>`): its text, or the `ParseError` that item
/// reports in its status. Only a non-str item fails the call (a `TypeError`, as before).
pub struct BatchText(pub Result<PyBackedStr, FluxemError>);

impl BatchText {
    /// The item for a `str` already known to be one.
    pub fn of(s: &Bound<'_, PyString>) -> Self {
        match PyBackedStr::try_from(s.clone()) {
            Ok(t) => BatchText(Ok(t)),
            Err(_) => BatchText(Err(surrogate_error(s))),
        }
    }

    /// The text, or "" for an item that is not valid Unicode (its status carries the error).
    pub fn text(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }

    /// The extraction error of this item, if any.
    pub fn error(&self) -> Option<&FluxemError> {
        self.0.as_ref().err()
    }
}

impl AsRef<str> for BatchText {
    fn as_ref(&self) -> &str {
        self.text()
    }
}

impl FromPyObject<'_, '_> for BatchText {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<Self> {
        Ok(BatchText::of(&obj.cast::<PyString>()?.to_owned()))
    }
}

/// The `ParseError` of a str that has no UTF-8 form, at the char position of its first lone
/// surrogate (found in its surrogate-preserving encoding: ED A0..BF xx is a surrogate).
fn surrogate_error(s: &Bound<'_, PyString>) -> FluxemError {
    let bytes: Option<Vec<u8>> = s
        .call_method1("encode", ("utf-8", "surrogatepass"))
        .and_then(|b| b.extract())
        .ok();
    let (mut chars, mut found) = (0usize, None);
    if let Some(b) = bytes {
        for (i, &c) in b.iter().enumerate() {
            if c == 0xED && b.get(i + 1).is_some_and(|&n| n >= 0xA0) {
                let cp = 0xD000 | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F);
                found = Some(cp);
                break;
            }
            if c & 0xC0 != 0x80 {
                chars += 1;
            }
        }
    }
    let what = found.map_or("a lone surrogate".to_string(), |cp| {
        format!("the lone surrogate U+{cp:04X}")
    });
    FluxemError::parse(
        format!("the text is not valid Unicode: {what} has no UTF-8 form"),
        chars,
    )
}
