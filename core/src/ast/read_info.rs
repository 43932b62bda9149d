//! What the read stage learnt about the input besides its text: the format, and for pages
//! and Word files the chrome regions, numbering markers, heading styles and title candidates.

use super::{ChromeKind, Span};

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
