//! read: a file's bytes → the text the rest of the pipeline parses. Tells the format from
//! the bytes (a zip holding `word/document.xml` → DOCX, markup → HTML, else text), then
//! either decodes text as before or extracts lines from a page or a Word file. What the
//! readers learn on the way (chrome regions, numbering markers, heading styles, the page's
//! own title) is kept in [`ReadInfo`] on the Document.

mod charset;
mod docx;
mod html;
mod markup;
mod numbering;
mod styles;
mod xml;
mod zipped;

use crate::{decode, Error, Options, Span};

pub(crate) use crate::ast::{ChromeRegion, Format, NumberedMarker, ReadInfo, StyledHeading};

impl Format {
    /// Tell the format from the bytes: a zip archive → DOCX; markup (`<!DOCTYPE html`,
    /// `<html`, or a prefix of several HTML tags) → HTML; anything else → text.
    pub fn detect(bytes: &[u8]) -> Format {
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            Format::Docx
        } else if markup::looks_like_html(bytes) {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// The text a reader produced, with its encoding and what else it learnt.
pub(crate) struct Read {
    pub text: String,
    pub encoding: Option<String>,
    pub info: ReadInfo,
}

/// Read `bytes` as the format the options name, or as detected.
pub(crate) fn read(bytes: &[u8], options: &Options) -> Result<Read, Error> {
    let format = options.format.unwrap_or_else(|| Format::detect(bytes));
    match format {
        Format::Text => {
            let decoded = decode::decode(bytes)?;
            Ok(Read {
                text: decoded.text,
                encoding: Some(decoded.encoding.to_string()),
                info: ReadInfo::default(),
            })
        }
        Format::Html => html::read(bytes, options),
        Format::Docx => docx::read(bytes, options),
    }
}

/// As [`read`], taking the bytes: text in UTF-8 becomes the source without a copy.
pub(crate) fn read_owned(bytes: Vec<u8>, options: &Options) -> Result<Read, Error> {
    let format = options.format.unwrap_or_else(|| Format::detect(&bytes));
    if format != Format::Text {
        return read(&bytes, options);
    }
    let decoded = decode::decode_owned(bytes)?;
    Ok(Read {
        text: decoded.text,
        encoding: Some(decoded.encoding.to_string()),
        info: ReadInfo::default(),
    })
}

/// Builds the extracted text line by line, keeping byte offsets for the spans.
#[derive(Default)]
pub(crate) struct Lines {
    pub text: String,
}

impl Lines {
    /// Append one line (a line break is added); returns its span without the break.
    pub fn push(&mut self, line: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(line);
        let end = self.text.len();
        self.text.push('\n');
        Span::new(start, end)
    }
}
