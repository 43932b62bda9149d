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
//! [`parse_bytes`] decodes UTF-8, UTF-16 (with BOM) and GB18030 first, and is the only
//! entry point that returns an [`Error`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod analyze;
mod decode;
mod diagnostic;
pub mod document;
mod error;
pub mod inline;
pub mod lex;
mod lexicon;
mod outline;
pub mod output;
mod render;
mod segment;
mod source;
mod span;

pub use diagnostic::{Diagnostic, DiagnosticCode};
pub use document::{
    Block, DateValue, Deadline, DeclaredLeadRule, Document, DocumentKind, Heading, LeadRule,
    Paragraph, Responsibility, Role, Section, Task, Title, Unit, UnitKind, UnitSummary,
};
pub use error::Error;
pub use inline::quantity::{Approx, Quantity, QuantityKind};
pub use inline::target::{Relation, Target};
pub use lex::markers::MarkerStyle;
pub use span::Span;

/// Options for [`parse_with`] and [`parse_bytes`]. Start from `Options::default()`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Largest input accepted by [`parse_bytes`], in bytes (default 256 MiB).
    pub max_input_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: 256 * 1024 * 1024,
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
}

/// Parse text with default options. Never fails: oddities become diagnostics.
pub fn parse(text: &str) -> Document {
    build(text.to_owned(), None)
}

/// Parse text with options. Text over the size limit is still parsed (only
/// [`parse_bytes`] enforces the limit, since a `&str` is already in memory).
pub fn parse_with(text: &str, _options: &Options) -> Document {
    build(text.to_owned(), None)
}

/// Decode bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) and parse.
///
/// # Errors
/// [`Error::TooLarge`] over the limit; [`Error::Decode`] with the byte offset of the first
/// undecodable byte.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let decoded = decode::decode(bytes)?;
    Ok(build(decoded.text, Some(decoded.encoding.to_string())))
}

fn build(source: String, encoding: Option<String>) -> Document {
    let mut built = outline::build(&source);
    document::set_target_context(&mut built.blocks, &mut Vec::new());
    let lead_rule = analyze::lead_rule(&source, &mut built.blocks, &mut built.diagnostics);
    Document {
        lead_rule,
        source,
        encoding,
        kind: built.kind,
        title: built.title,
        date: built.date,
        blocks: built.blocks,
        diagnostics: built.diagnostics,
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
