//! # gongwen
//!
//! Parse Chinese government documents — 政府工作报告 work reports, 重点工作责任分工 task
//! notices, 实施方案, 意见, meeting news — into a typed syntax tree: sections, numbered
//! tasks with their lead and supporting units, dates; with byte spans into the input.
//!
//! ```
//! let doc = gongwen::parse("关于做好2024年重点工作的通知\n一、总体要求\n1.生产总值增长6.5%。(发展改革委负责)\n2.新建5G基站200个。(工业和信息化局牵头,各县区政府配合)\n3.完成投资300亿元。(发展改革委负责)\n");
//! assert_eq!(doc.kind(), gongwen::DocumentKind::TaskNotice);
//! assert_eq!(doc.outline()[0].title, "总体要求");
//! let tasks = doc.tasks();
//! assert_eq!(tasks.len(), 3);
//! assert_eq!(tasks[1].lead().collect::<Vec<_>>(), ["工业和信息化局"]);
//! // Spans index the source.
//! assert_eq!(doc.text(tasks[0].units()[0].span), "发展改革委");
//! ```
//!
//! Parsing never fails on text: odd input gives a [`Document`] plus [`Diagnostic`]s.
//! [`parse_bytes`] and [`parse_file`] read what users hold — text in UTF-8, UTF-16 (with
//! BOM), GB18030/GBK or Big5, saved HTML pages, Word (.docx) files — telling the format
//! from the bytes. Errors ([`Error`]) are only for what is not text: undecodable bytes, a
//! broken Word file, input over [`Options::max_input_bytes`] (which [`parse_with`] keeps too).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod analyze;
mod ast;
mod decode;
mod error;
mod inline;
mod lex;
mod lexicon;
mod normalize;
mod output;
mod read;
mod render;
mod segment;
mod source;
mod structure;

pub use ast::{Approx, MarkerStyle, Quantity, QuantityKind, Relation, Target};
pub use ast::{
    Attendees, Block, Chrome, ChromeKind, DateValue, Deadline, DeclaredLeadRule, DocNumber,
    Document, DocumentKind, Genre, Heading, HeadingId, LeadRule, ListItem, NewsDateline, Official,
    Paragraph, Responsibility, Role, SecrecyLevel, Section, Statement, TargetId, Task, TaskId,
    TextBlock, Title, Unit, UnitKind, UnitSummary, Urgency,
};
pub use ast::{ChromeRegion, Format, NumberedMarker, ReadInfo, StyledHeading};
pub use ast::{Diagnostic, DiagnosticCode};
pub use ast::{SectionPath, Span, Text, Walk, MAX_SPAN_OFFSET};
pub use error::Error;
pub use output::{DocumentJson, OutlineRow, TargetRow, TaskRow};

/// Options for [`parse_with`] and [`parse_bytes`]. Start from `Options::default()`.
///
/// The limits guard against hostile containers: a Word file over any of them is an
/// [`Error::Docx`], never a panic or unbounded memory.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Largest input accepted by [`parse_with`], [`parse_bytes`] and [`parse_file`], in bytes
    /// (default 256 MiB). Whatever it says, input (and text decoded from bytes) of 4 GiB or
    /// more is refused: spans keep `u32` offsets ([`MAX_SPAN_OFFSET`]).
    pub max_input_bytes: usize,
    /// The format to read bytes as; `None` (the default) tells it from the bytes.
    pub format: Option<Format>,
    /// Largest total uncompressed size of the zip members a Word file is read from
    /// (default 256 MiB).
    pub max_unzipped_bytes: u64,
    /// Most members a Word file's zip may list (default 10 000).
    pub max_zip_members: usize,
    /// Largest ratio of uncompressed to compressed size of a member over 1 MiB
    /// (default 200; text XML deflates about 10:1, zip bombs 1000:1).
    pub max_compression_ratio: u64,
    /// Deepest XML nesting accepted in a Word part (default 256).
    pub max_xml_depth: usize,
    /// Deepest nesting of HTML elements accepted (default 512; elements whose end tag may
    /// be left out, like `<p>` and `<li>`, are not counted). Deeper pages would make the
    /// HTML tree builder quadratic.
    pub max_html_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: 256 * 1024 * 1024,
            format: None,
            max_unzipped_bytes: 256 * 1024 * 1024,
            max_zip_members: 10_000,
            max_compression_ratio: 200,
            max_xml_depth: 256,
            max_html_depth: 512,
        }
    }
}

impl Options {
    /// Set the largest input accepted, in bytes.
    #[must_use]
    pub fn with_max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Read bytes as `format` instead of telling the format from them.
    #[must_use]
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = Some(format);
        self
    }

    /// Tell the format from the bytes (the default).
    #[must_use]
    pub fn with_format_detected(mut self) -> Self {
        self.format = None;
        self
    }

    /// Set the largest total uncompressed size of a Word file's members, in bytes.
    #[must_use]
    pub fn with_max_unzipped_bytes(mut self, limit: u64) -> Self {
        self.max_unzipped_bytes = limit;
        self
    }

    /// Set the most members a Word file's zip may list.
    #[must_use]
    pub fn with_max_zip_members(mut self, limit: usize) -> Self {
        self.max_zip_members = limit;
        self
    }

    /// Set the largest compression ratio accepted for a member over 1 MiB.
    #[must_use]
    pub fn with_max_compression_ratio(mut self, limit: u64) -> Self {
        self.max_compression_ratio = limit;
        self
    }

    /// Set the deepest nesting of HTML elements accepted.
    #[must_use]
    pub fn with_max_html_depth(mut self, limit: usize) -> Self {
        self.max_html_depth = limit;
        self
    }

    /// Set the deepest XML nesting accepted in a Word part.
    #[must_use]
    pub fn with_max_xml_depth(mut self, limit: usize) -> Self {
        self.max_xml_depth = limit;
        self
    }
}

/// Parse text with default options. Never fails: oddities become diagnostics. Text of
/// 4 GiB or more (over [`MAX_SPAN_OFFSET`]) is more than spans can index: the document
/// holds it unparsed, with an `input_too_large` diagnostic ([`parse_with`] refuses it).
pub fn parse(text: &str) -> Document {
    build(text.into(), None, ReadInfo::default())
}

/// Parse text with options. The text is always parsed as text, whatever
/// [`Options::format`] says.
///
/// # Errors
/// [`Error::TooLarge`] when the text is longer than [`Options::max_input_bytes`]: the limit
/// bounds the work and memory of every entry point, a `&str` already in memory included.
pub fn parse_with(text: &str, options: &Options) -> Result<Document, Error> {
    check_size(text.len(), options)?;
    Ok(build(text.into(), None, ReadInfo::default()))
}

fn check_size(size: usize, options: &Options) -> Result<(), Error> {
    let limit = options.max_input_bytes.min(MAX_SPAN_OFFSET);
    if size > limit {
        return Err(Error::TooLarge { size, limit });
    }
    Ok(())
}

/// Decoded text can be longer than the bytes it came from (GBK's two bytes are UTF-8's three):
/// it must still fit in a span.
fn check_decoded(text: &str) -> Result<(), Error> {
    if text.len() > MAX_SPAN_OFFSET {
        return Err(Error::TooLarge {
            size: text.len(),
            limit: MAX_SPAN_OFFSET,
        });
    }
    Ok(())
}

/// Read bytes — text (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5), an
/// HTML page or a Word file, told from the bytes unless [`Options::format`] names one —
/// and parse the text they hold. Spans index that text ([`Document::source`]).
///
/// # Errors
/// [`Error::TooLarge`] over the limit; [`Error::Decode`] with the byte offset of the first
/// undecodable byte; [`Error::Docx`] for a Word file that cannot be read.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    check_size(bytes.len(), options)?;
    let read = read::read(bytes, options)?;
    check_decoded(&read.text)?;
    Ok(build(read.text.into(), read.encoding, read.info))
}

/// Read a file and parse it as [`parse_bytes`] does.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read (or is over the size limit before reading);
/// otherwise as [`parse_bytes`].
pub fn parse_file(path: impl AsRef<std::path::Path>, options: &Options) -> Result<Document, Error> {
    let path = path.as_ref();
    let io = |e: std::io::Error| Error::Io {
        path: path.display().to_string(),
        reason: e.to_string().to_lowercase(),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    let limit = options.max_input_bytes.min(MAX_SPAN_OFFSET);
    if meta.len() > limit as u64 {
        return Err(Error::TooLarge {
            size: usize::try_from(meta.len()).unwrap_or(usize::MAX),
            limit,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    check_size(bytes.len(), options)?;
    // UTF-8 text becomes the read text without a copy; the shared source is one copy of it
    // (its count sits beside the bytes), made before the parse and the buffer freed: reading
    // straight into the source was tried and lowered no peak (the parse's is higher).
    let read = read::read_owned(bytes, options)?;
    check_decoded(&read.text)?;
    Ok(build(read.text.into(), read.encoding, read.info))
}

fn build(source: ast::Source, encoding: Option<String>, read: ReadInfo) -> Document {
    if source.len() > MAX_SPAN_OFFSET {
        return unparsed(source, encoding, read);
    }
    // Text fields the stages take from the source are views into it, not copies.
    let scope = ast::SourceScope::enter(&source);
    let _memos = ForgetNames;
    let mut built = structure::build(&source, &read.chrome);
    ast::assign_ids(&mut built.blocks);
    analyze::set_target_context(&mut built.blocks);
    let lead_rule = analyze::lead_rule(&source, &mut built.blocks, &mut built.diagnostics);
    let title_start = built.title.as_ref().map_or(0, |t| t.span.start());
    let official = analyze::official(&source, &built.blocks, built.title.as_ref(), title_start);
    drop(scope);
    Document {
        lead_rule,
        source,
        encoding,
        read,
        kind: built.kind,
        title: built.title,
        date: built.date,
        blocks: built.blocks,
        diagnostics: built.diagnostics,
        official,
        chars: Default::default(),
        task_index: Default::default(),
    }
}

/// Empties the memos of unit names when a parse ends (or unwinds): nothing a parse
/// remembers outlives it.
struct ForgetNames;

impl Drop for ForgetNames {
    fn drop(&mut self) {
        lex::units::forget_verdicts();
        inline::units::forget_kinds_and_keys();
    }
}

/// A document over text too long for spans: the text kept, nothing parsed, one diagnostic.
fn unparsed(source: ast::Source, encoding: Option<String>, read: ReadInfo) -> Document {
    let message = format!(
        "input of {} bytes is over the {MAX_SPAN_OFFSET} bytes spans can index: not parsed",
        source.len()
    );
    Document {
        lead_rule: None,
        source,
        encoding,
        read,
        kind: DocumentKind::Unknown,
        title: None,
        date: None,
        blocks: Vec::new(),
        diagnostics: vec![Diagnostic::new(
            DiagnosticCode::InputTooLarge,
            message,
            Span::default(),
        )],
        official: Default::default(),
        chars: Default::default(),
        task_index: Default::default(),
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

#[cfg(test)]
mod static_checks {
    fn assert_send_sync<T: Send + Sync>() {}
    #[test]
    fn document_is_send_sync() {
        assert_send_sync::<crate::Document>();
    }
}

#[cfg(test)]
mod span_limit {
    use super::*;

    #[test]
    fn limits_are_capped_where_spans_end() {
        let options = Options::default().with_max_input_bytes(usize::MAX);
        assert!(check_size(MAX_SPAN_OFFSET, &options).is_ok());
        match check_size(MAX_SPAN_OFFSET + 1, &options) {
            Err(Error::TooLarge { size, limit }) => {
                assert_eq!((size, limit), (MAX_SPAN_OFFSET + 1, MAX_SPAN_OFFSET));
            }
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn text_too_long_for_spans_is_kept_unparsed() {
        let doc = unparsed("一、总体要求".into(), None, ReadInfo::default());
        assert_eq!(doc.source(), "一、总体要求");
        assert!(doc.blocks().is_empty());
        assert_eq!(doc.diagnostics().len(), 1);
        assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::InputTooLarge);
    }
}

#[cfg(all(test, feature = "serde"))]
mod file_reading {
    use super::*;

    /// `parse_file` on `bytes` written to a file gives what `parse_bytes` gives.
    fn same_as_bytes(name: &str, bytes: &[u8]) {
        let path = std::env::temp_dir().join(format!("gongwen-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        let options = Options::default();
        let from_file = parse_file(&path, &options);
        std::fs::remove_file(&path).unwrap();
        match (from_file, parse_bytes(bytes, &options)) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.to_json(), b.to_json(), "{name}");
                assert_eq!(a.encoding(), b.encoding(), "{name}");
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
            (a, b) => panic!("{name}: file {:?}, bytes {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn a_file_reads_as_its_bytes_do() {
        let notice =
            "关于印发重点工作责任分工的通知\n一、加快项目建设（市发改委牵头，市财政局配合）\n";
        same_as_bytes("utf8.txt", notice.as_bytes());
        same_as_bytes("bom.txt", &[b"\xEF\xBB\xBF", notice.as_bytes()].concat());
        let (gbk, _, _) = encoding_rs::GBK.encode(notice);
        same_as_bytes("gbk.txt", &gbk);
        let page = format!("<html><body><p>{notice}</p></body></html>");
        same_as_bytes("page.html", page.as_bytes());
        same_as_bytes("empty.txt", b"");
        same_as_bytes("bad.txt", b"\xFF\xFE\xFD\x80\x81");
    }
}
