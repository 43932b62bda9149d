//! Errors: only for what cannot be text. Odd text yields diagnostics instead.

/// Why input could not be parsed at all.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid in the encoding chosen for them.
    #[error("undecodable {encoding} input at byte {offset}")]
    Decode {
        /// The encoding that was tried (`UTF-8`, `UTF-16LE`, `GB18030`…).
        encoding: &'static str,
        /// Byte offset of the first byte that could not be decoded.
        offset: usize,
    },
    /// The input is larger than [`crate::Options::max_input_bytes`].
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// The input size in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// The byte offset the error points at, when it has one.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::Decode { offset, .. } => Some(*offset),
            Error::TooLarge { .. } => None,
        }
    }
}
