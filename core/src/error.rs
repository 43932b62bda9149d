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
    /// A Word file (or a zip taken for one) that cannot be read: a broken or encrypted
    /// container, a missing part, malformed XML, or a part over a configured limit.
    #[error("docx: {part}: {reason}")]
    Docx {
        /// The zip member the problem is in (`word/document.xml`), or `archive` for the
        /// container itself.
        part: String,
        /// What is wrong, in lower case (`xml nested deeper than 256`).
        reason: String,
    },
    /// An HTML page that cannot be read: elements nested deeper than
    /// [`crate::Options::max_html_depth`].
    #[error("html: {reason}")]
    Html {
        /// What is wrong, in lower case.
        reason: String,
    },
    /// [`crate::parse_file`] could not read the file.
    #[error("{path}: {reason}")]
    Io {
        /// The path as given.
        path: String,
        /// The operating system's reason, in lower case.
        reason: String,
    },
}

impl Error {
    /// The byte offset the error points at, when it has one.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::Decode { offset, .. } => Some(*offset),
            Error::TooLarge { .. } | Error::Docx { .. } | Error::Html { .. } | Error::Io { .. } => {
                None
            }
        }
    }

    pub(crate) fn docx(part: &str, reason: impl Into<String>) -> Self {
        Error::Docx {
            part: part.to_owned(),
            reason: reason.into(),
        }
    }
}
