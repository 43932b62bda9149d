//! Flat views for the CLI output contract (DESIGN.md): the document summary, outline rows,
//! task rows, unit rows. Shared by the CLI and the bindings so all three print the same.

use crate::ast::MarkerStyle;
use crate::ast::*;
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
    /// What the HTML or Word reader learnt (format, chrome regions, numbering markers,
    /// heading styles, page title candidates); left out for text input.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub read: Option<&'a crate::ReadInfo>,
    /// Title with its GB/T parts and span.
    pub title_detail: Option<&'a Title>,
    /// The date as far as written, with its span.
    pub date_detail: Option<&'a DateValue>,
    /// The GB/T 9704 elements found (document number, signers, addressees, attachments,
    /// cc, copy number, secrecy, urgency); left out when there are none.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub official: Option<&'a Official>,
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
            read: Some(doc.read_info()).filter(|r| !r.is_plain()),
            title_detail: doc.title(),
            date_detail: doc.date(),
            official: Some(doc.official()).filter(|o| !o.is_empty()),
            blocks: doc.blocks(),
            diagnostics: doc.diagnostics(),
        }
    }
}

impl Document {
    /// The whole tree as pretty JSON (what `gongwen parse` prints).
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&DocumentJson::new(self))
            .unwrap_or_else(|_| String::from("{}"))
    }
}

impl Statement {
    /// The statement as one line: the meeting, the verb, a full-width colon and the text
    /// (会议强调：…), as the tree view prints it.
    pub fn line(&self) -> String {
        format!(
            "{}{}：{}",
            crate::lexicon::labels::STATEMENT_SUBJECT,
            self.verb,
            self.text
        )
    }
}

/// One outline row: `{"level", "marker", "number", "title", "span", "run_in"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct OutlineRow<'a> {
    /// The heading's id: its index in the outline.
    pub id: crate::HeadingId,
    /// 1 is the top.
    pub level: u8,
    /// As written, "" when unnumbered.
    pub marker: &'a str,
    /// The number, null when unnumbered.
    pub number: Option<u32>,
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

impl<'a> From<&'a crate::Heading> for OutlineRow<'a> {
    /// The row of one heading: costs only that heading (bindings call it per node).
    fn from(h: &'a crate::Heading) -> Self {
        OutlineRow {
            id: h.id,
            level: h.level,
            marker: &h.marker,
            number: h.number,
            title: &h.title,
            style: h.style,
            span: h.span,
            run_in: h.run_in,
        }
    }
}

/// One task row of the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TaskRow<'a> {
    /// The task's id: its index among the tasks (what the matrix and targets refer to).
    pub id: crate::TaskId,
    /// Task number, null when unnumbered.
    pub number: Option<u32>,
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
    pub section: &'a [Text],
    /// Span of the whole task.
    pub span: Span,
    /// Units with roles, kinds and flags.
    pub unit_details: &'a [Unit],
}

impl<'a> From<&'a crate::Task> for TaskRow<'a> {
    /// The row of one task: costs only that task (bindings call it per node).
    fn from(t: &'a crate::Task) -> Self {
        let names = |role: Option<Role>| -> Vec<&str> {
            t.units()
                .iter()
                .filter(|u| role.is_none_or(|r| u.role == r))
                .map(|u| u.name.as_str())
                .collect()
        };
        TaskRow {
            id: t.id,
            number: t.number,
            marker: &t.marker,
            text: &t.text,
            lead: names(Some(Role::Lead)),
            support: names(Some(Role::Support)),
            units: names(None),
            leaders: t
                .responsibility
                .as_ref()
                .map_or_else(Vec::new, |r| r.leaders.iter().map(Text::as_str).collect()),
            deadline: t.deadline.as_ref().map(|d| d.text.as_str()),
            section: &t.section,
            span: t.span,
            unit_details: t.units(),
        }
    }
}

/// One target row of the contract: `{"indicator", "relation", "value", "unit", "qualifier",
/// "base_value", "base_unit", "task", "section", "span"}` and a few more.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TargetRow<'a> {
    /// The indicator phrase.
    pub indicator: &'a str,
    /// `growth`, `reach`, `at_most`, `exceed`, `at_least`, `increase`, `decrease`,
    /// `reduce_to`, `add`, `complete`, `implement`, `build`.
    pub relation: &'static str,
    /// The relation word as written.
    pub relation_text: &'a str,
    /// The number as written, before the scale (lower end of a range).
    pub value: f64,
    /// Upper end of a range, or null.
    pub upper: Option<f64>,
    /// The unit as written, scale included (亿元, %, 个百分点).
    pub unit: &'a str,
    /// 以上, 以内, 左右… (or 力争/确保 when nothing follows the number), or null.
    pub qualifier: Option<&'a str>,
    /// 力争/确保/争取 when written, or null.
    pub hedge: Option<&'a str>,
    /// The value in base units (yuan for money).
    pub base_value: f64,
    /// The base unit (元, %, 个百分点, 平方米, 家…).
    pub base_unit: &'a str,
    /// Currency code for money, or null.
    pub currency: Option<&'a str>,
    /// Approximation written with the number (over, under, about, several), or null.
    pub approx: Option<crate::Approx>,
    /// True when 分别 distributed values over indicators.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub respectively: bool,
    /// The task number, or null for a target in a paragraph.
    pub task: Option<u32>,
    /// The task id, or null for a target in a paragraph.
    pub task_id: Option<crate::TaskId>,
    /// Section path (heading titles).
    pub section: &'a [Text],
    /// Byte span of the target in the input.
    pub span: Span,
}

impl<'a> From<&'a crate::Target> for TargetRow<'a> {
    /// The row of one target: costs only that target (bindings call it per node).
    fn from(t: &'a crate::Target) -> Self {
        TargetRow {
            indicator: &t.indicator,
            relation: t.relation.as_str(),
            relation_text: &t.relation_text,
            value: t.quantity.value,
            upper: t.quantity.upper(),
            unit: &t.quantity.unit,
            qualifier: t.qualifier(),
            hedge: t.hedge(),
            base_value: t.quantity.base_value,
            base_unit: &t.quantity.base_unit,
            currency: t.quantity.currency(),
            approx: t.quantity.approx(),
            respectively: t.respectively,
            task: t.task,
            task_id: t.task_id,
            section: &t.section,
            span: t.span,
        }
    }
}
