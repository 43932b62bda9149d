//! Diagnostics: what was odd about the text. Parsing never fails on text; it reports.

use super::Span;

/// What kind of oddity a [`Diagnostic`] reports. Serialised as a stable snake_case string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A heading or task number skips ahead of the one expected (e.g. 3 after 1).
    NumberingGap,
    /// A heading or task number repeats or goes backwards.
    NumberingRepeat,
    /// An opening parenthesis without its closing one, or the reverse.
    UnbalancedParentheses,
    /// A role word written twice in a row (负责负责).
    DoubledRoleWord,
    /// A task without a responsible unit in a notice whose other tasks have them.
    TaskWithoutUnit,
    /// Pinyin readings a scraper inserted were found and left out of text views.
    PinyinReadings,
    /// Bytes that look like mojibake (`?` inside Han text, U+FFFD).
    Mojibake,
    /// A heading level was skipped (e.g. `1.` directly under `一、`).
    SkippedLevel,
    /// Line breaks the text had lost were restored (a notice run together on one line).
    LineBreakRestored,
    /// The document states its own lead rule (排在第一位的部门为牵头部门), applied to tasks
    /// without an explicit lead.
    DeclaredLeadRule,
    /// Text of 4 GiB or more, more than spans can index: kept, not parsed.
    InputTooLarge,
}

impl DiagnosticCode {
    /// The stable snake_case name of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::NumberingGap => "numbering_gap",
            DiagnosticCode::NumberingRepeat => "numbering_repeat",
            DiagnosticCode::UnbalancedParentheses => "unbalanced_parentheses",
            DiagnosticCode::DoubledRoleWord => "doubled_role_word",
            DiagnosticCode::TaskWithoutUnit => "task_without_unit",
            DiagnosticCode::PinyinReadings => "pinyin_readings",
            DiagnosticCode::Mojibake => "mojibake",
            DiagnosticCode::SkippedLevel => "skipped_level",
            DiagnosticCode::LineBreakRestored => "line_break_restored",
            DiagnosticCode::DeclaredLeadRule => "declared_lead_rule",
            DiagnosticCode::InputTooLarge => "input_too_large",
        }
    }
}

impl std::fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One oddity found in the text: a code, a human message, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    /// Machine-readable kind.
    pub code: DiagnosticCode,
    /// Lowercase human message, no final period.
    pub message: String,
    /// Where in the original input.
    pub span: Span,
}

impl Diagnostic {
    /// A new diagnostic.
    pub fn new(code: DiagnosticCode, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span,
        }
    }
}
