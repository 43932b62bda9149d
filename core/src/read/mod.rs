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

use crate::document::ChromeKind;
use crate::{decode, Error, Options, Span};

/// An input format: what [`crate::parse_bytes`] reads the bytes as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Format {
    /// Plain text in any supported encoding.
    #[default]
    Text,
    /// An HTML page (a saved government web page).
    Html,
    /// A Word file (Office Open XML, .docx), as MS Word or WPS writes it.
    Docx,
}

impl Format {
    /// The lower-case name: `text`, `html`, `docx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

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

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "html" | "htm" => Ok(Format::Html),
            "docx" => Ok(Format::Docx),
            other => Err(format!(
                "unknown input format {other:?} (text, html or docx)"
            )),
        }
    }
}

/// A marker Word's automatic numbering put in front of a line (absent from the paragraph
/// text in the file; rendered by the DOCX reader the way a reader sees it).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NumberedMarker {
    /// Where the rendered marker sits in [`crate::Document::source`].
    pub span: Span,
    /// The list level, 1 = the outermost (Word's `w:ilvl` + 1).
    pub level: u8,
}

/// A paragraph whose Word style makes it a heading (Heading 1–9, 标题 1–9, or an outline
/// level).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct StyledHeading {
    /// The paragraph's line in [`crate::Document::source`] (without its line break).
    pub span: Span,
    /// The heading level, 1 = the top.
    pub level: u8,
}

/// A region of a web page that is page furniture, not the document: navigation, header,
/// breadcrumb, share buttons ([`ChromeKind::Navigation`]), related links
/// ([`ChromeKind::Teaser`]), footer ([`ChromeKind::Footer`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChromeRegion {
    /// The region's lines in [`crate::Document::source`].
    pub span: Span,
    /// What sort of furniture.
    pub kind: ChromeKind,
}

/// What the read stage learnt about the input besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReadInfo {
    /// The format the input was read as.
    pub format: Format,
    /// HTML: line ranges of navigation, header, footer, breadcrumb, share and related-link
    /// regions. Their text is kept in the source; these spans only mark it.
    pub chrome: Vec<ChromeRegion>,
    /// DOCX: the markers that came from automatic numbering, in document order.
    pub numbering: Vec<NumberedMarker>,
    /// DOCX: paragraphs with a heading style or an outline level.
    pub headings: Vec<StyledHeading>,
    /// HTML: the page's `<title>`. A candidate only: the document's own title line wins.
    pub page_title: Option<String>,
    /// HTML: `<meta name="ArticleTitle">`. A candidate only.
    pub meta_title: Option<String>,
    /// HTML: `<meta name="PubDate">` as written. A candidate only: the document's own date
    /// line wins.
    pub meta_date: Option<String>,
}

impl ReadInfo {
    /// True when there is nothing beyond plain text (so JSON of text input is unchanged).
    pub fn is_plain(&self) -> bool {
        *self == ReadInfo::default()
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
