//! One error type for the whole core. Every fallible public function returns it; the bindings
//! map each variant to a typed Python exception deriving from `ValueError`.

use std::fmt;

/// What went wrong, by kind; each kind carries a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FluxemError {
    /// The text is not valid input for the parser.
    Parse {
        /// What was expected and what was found.
        message: String,
        /// Char (code point) offset of the problem in the text: a Python `str` index.
        position: usize,
    },
    /// The value parsed but cannot be embedded (out of range, over capacity, division by zero).
    Encode {
        /// Why.
        message: String,
    },
    /// The vector is not a valid embedding for the requested decode.
    Decode {
        /// Why.
        message: String,
    },
    /// An operation mixed physical dimensions that do not combine.
    Dimension {
        /// Which dimensions.
        message: String,
    },
    /// A bad option or configuration value (an unknown encoder option or domain name, an
    /// out-of-range setting such as `a4_hz`), as opposed to bad input text or embeddings.
    Config {
        /// Which option and why.
        message: String,
    },
    /// A bug: a panic caught at the batch boundary or a broken internal invariant. Never
    /// expected; reported, not hidden.
    Internal {
        /// What broke.
        message: String,
    },
}

/// `std::result::Result` with the core's error.
pub type Result<T> = std::result::Result<T, FluxemError>;

impl FluxemError {
    /// A `Parse` error at char `position`.
    pub fn parse(message: impl Into<String>, position: usize) -> Self {
        FluxemError::Parse {
            message: message.into(),
            position,
        }
    }
    /// An `Encode` error.
    pub fn encode(message: impl Into<String>) -> Self {
        FluxemError::Encode {
            message: message.into(),
        }
    }
    /// A `Decode` error.
    pub fn decode(message: impl Into<String>) -> Self {
        FluxemError::Decode {
            message: message.into(),
        }
    }
    /// A `Dimension` error.
    pub fn dimension(message: impl Into<String>) -> Self {
        FluxemError::Dimension {
            message: message.into(),
        }
    }
    /// A `Config` error.
    pub fn config(message: impl Into<String>) -> Self {
        FluxemError::Config {
            message: message.into(),
        }
    }

    /// The per-item status code this error maps to in batch APIs.
    pub fn status(&self) -> Status {
        match self {
            FluxemError::Parse { .. } => Status::ParseError,
            FluxemError::Encode { .. } => Status::EncodeError,
            FluxemError::Decode { .. } => Status::DecodeError,
            FluxemError::Dimension { .. } => Status::DimensionError,
            FluxemError::Config { .. } => Status::ConfigError,
            FluxemError::Internal { .. } => Status::InternalError,
        }
    }

    /// Shift a parse position, for parsers called on a sub-slice of a larger text.
    pub fn offset_by(self, chars: usize) -> Self {
        match self {
            FluxemError::Parse { message, position } => FluxemError::Parse {
                message,
                position: position + chars,
            },
            other => other,
        }
    }
}

impl fmt::Display for FluxemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FluxemError::Parse { message, position } => {
                write!(f, "{message} (at position {position})")
            }
            FluxemError::Encode { message }
            | FluxemError::Decode { message }
            | FluxemError::Dimension { message }
            | FluxemError::Config { message }
            | FluxemError::Internal { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for FluxemError {}

/// Per-item outcome in batch APIs (a `u8` column next to the embeddings): one code per error
/// variant. `ConfigError` completes the mapping; batches check their configuration before the
/// first item, so no item carries it.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The item was encoded.
    Ok = 0,
    /// `FluxemError::Parse`.
    ParseError = 1,
    /// `FluxemError::Encode`.
    EncodeError = 2,
    /// `FluxemError::Decode`.
    DecodeError = 3,
    /// `FluxemError::Dimension`.
    DimensionError = 4,
    /// `FluxemError::Config` (batches check their configuration first: no item carries it).
    ConfigError = 5,
    /// `FluxemError::Internal` (a caught panic).
    InternalError = 255,
}

impl Status {
    /// Every status, in code order.
    pub const ALL: [Status; 7] = [
        Status::Ok,
        Status::ParseError,
        Status::EncodeError,
        Status::DecodeError,
        Status::DimensionError,
        Status::ConfigError,
        Status::InternalError,
    ];

    /// The code's name as the bindings report it (`"ok"`, `"parse_error"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::ParseError => "parse_error",
            Status::EncodeError => "encode_error",
            Status::DecodeError => "decode_error",
            Status::DimensionError => "dimension_error",
            Status::ConfigError => "config_error",
            Status::InternalError => "internal_error",
        }
    }
}

/// Test helper of the parsers' tests: the position of a `Parse` error; panics on anything
/// else, naming `text`.
#[cfg(test)]
pub(crate) fn parse_error_at<T: std::fmt::Debug>(result: Result<T>, text: &str) -> usize {
    match result {
        Err(FluxemError::Parse { position, .. }) => position,
        other => panic!("{text:?}: expected a parse error, got {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_its_own_listed_status() {
        let errors = [
            FluxemError::parse("p", 0),
            FluxemError::encode("e"),
            FluxemError::decode("d"),
            FluxemError::dimension("m"),
            FluxemError::config("c"),
            FluxemError::Internal {
                message: "i".into(),
            },
        ];
        let mut seen: Vec<Status> = errors.iter().map(|e| e.status()).collect();
        seen.push(Status::Ok);
        for s in Status::ALL {
            assert_eq!(seen.iter().filter(|&&x| x == s).count(), 1, "{s:?}");
        }
        assert_eq!(seen.len(), Status::ALL.len());
        let codes: Vec<u8> = Status::ALL.iter().map(|&s| s as u8).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }
}
