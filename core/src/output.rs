//! Flat views for the CLI output contract (DESIGN.md): the document summary, outline rows,
//! task rows, unit rows. Shared by the CLI and the bindings so all three print the same.

use crate::document::*;
use crate::lex::markers::MarkerStyle;
use crate::Span;

/// The whole document as the CLI's `parse --format json` prints it.
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DocumentJson<'a> {
    /// Document kind.
    pub kind: &'static str,
    /// The title text, or null.
    pub title: Option<&'a str>,
    /// `YYYY-MM-DD`, or null.
    pub date: Option<String>,
    /// Encoding the bytes were decoded from.
    pub encoding: Option<&'a str>,
    /// Title with its GB/T parts and span.
    pub title_detail: Option<&'a Title>,
    /// The date as far as written, with its span.
    pub date_detail: Option<&'a DateValue>,
    /// Top-level blocks.
    pub blocks: &'a [Block],
    /// Diagnostics.
    pub diagnostics: &'a [crate::Diagnostic],
}

impl<'a> DocumentJson<'a> {
    /// The view of `doc`.
    pub fn new(doc: &'a Document) -> Self {
        DocumentJson {
            kind: doc.kind().as_str(),
            title: doc.title().map(|t| t.text.as_str()),
            date: doc.date().and_then(DateValue::iso),
            encoding: doc.encoding(),
            title_detail: doc.title(),
            date_detail: doc.date(),
            blocks: doc.blocks(),
            diagnostics: doc.diagnostics(),
        }
    }
}

/// One outline row: `{"level", "marker", "number", "title", "span", "run_in"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct OutlineRow<'a> {
    /// 1 is the top.
    pub level: u8,
    /// As written, "" when unnumbered.
    pub marker: &'a str,
    /// The number, null when unnumbered.
    pub number: Option<u64>,
    /// Title without marker.
    pub title: &'a str,
    /// Marker style.
    pub style: MarkerStyle,
    /// Byte span of the heading.
    pub span: Span,
    /// Run-in heading (a phrase opening a paragraph).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub run_in: bool,
}

/// Outline rows of `doc` in document order.
pub fn outline_rows(doc: &Document) -> Vec<OutlineRow<'_>> {
    doc.outline()
        .into_iter()
        .map(|h| OutlineRow {
            level: h.level,
            marker: &h.marker,
            number: h.number,
            title: &h.title,
            style: h.style,
            span: h.span,
            run_in: h.run_in,
        })
        .collect()
}

/// One task row of the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TaskRow<'a> {
    /// Task number, null when unnumbered.
    pub number: Option<u64>,
    /// The marker as written.
    pub marker: &'a str,
    /// Task text without the responsibility clause.
    pub text: &'a str,
    /// Units marked as leading.
    pub lead: Vec<&'a str>,
    /// Units marked as supporting.
    pub support: Vec<&'a str>,
    /// Every unit in the order written.
    pub units: Vec<&'a str>,
    /// People named as 责任领导.
    pub leaders: Vec<&'a str>,
    /// The deadline as written, or null.
    pub deadline: Option<&'a str>,
    /// Section path (heading titles).
    pub section: &'a [String],
    /// Span of the whole task.
    pub span: Span,
    /// Units with roles, kinds and flags.
    pub unit_details: &'a [Unit],
}

/// Task rows of `doc` in document order.
pub fn task_rows(doc: &Document) -> Vec<TaskRow<'_>> {
    doc.tasks()
        .into_iter()
        .map(|t| {
            let names = |role: Option<Role>| -> Vec<&str> {
                t.units()
                    .iter()
                    .filter(|u| role.is_none_or(|r| u.role == r))
                    .map(|u| u.name.as_str())
                    .collect()
            };
            TaskRow {
                number: t.number,
                marker: &t.marker,
                text: &t.text,
                lead: names(Some(Role::Lead)),
                support: names(Some(Role::Support)),
                units: names(None),
                leaders: t
                    .responsibility
                    .as_ref()
                    .map_or_else(Vec::new, |r| r.leaders.iter().map(String::as_str).collect()),
                deadline: t.deadline.as_ref().map(|d| d.text.as_str()),
                section: &t.section,
                span: t.span,
                unit_details: t.units(),
            }
        })
        .collect()
}
