//! The document's kind, from what the tree holds and what its title and opening text say;
//! diagnostics that need the kind.

use super::Built;
use crate::ast::{Block, DocumentKind};
use crate::lex::words::Words;
use crate::lexicon::genres::{TITLE_SUBJECT_OPENER, WORK_REPORT_NAME};
use crate::lexicon::{automaton, news::RUN_IN_STATEMENTS};
use crate::normalize::fold_script;
use crate::{Diagnostic, DiagnosticCode};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// 会议指出/会议强调… written inside a paragraph rather than opening a line.
fn run_in_statements(text: &str) -> usize {
    static OPENERS: LazyLock<Words> = LazyLock::new(|| Words::new(RUN_IN_STATEMENTS));
    OPENERS.find_iter(text).count()
}

/// The kind, from what the tree holds and what the title and the opening text say, so an
/// excerpt of a 分工 notice whose tasks were cut off is still a task notice.
pub(super) fn classify_kind(b: &Built, head: &str) -> DocumentKind {
    use crate::lexicon::{
        title_genre, RESPONSIBILITY_LABEL_WORDS, TASK_DOCUMENT_WORDS, WORK_REPORT_REVIEW_WORDS,
    };
    static TASK_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(TASK_DOCUMENT_WORDS));
    static LABELS: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(RESPONSIBILITY_LABEL_WORDS));
    static REVIEW: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(WORK_REPORT_REVIEW_WORDS));
    let mut tasks_with_units = 0;
    let mut statements = 0;
    let mut dateline = false;
    let mut meeting_line = false;
    let mut salutations = 0;
    let mut paragraphs = 0;
    let mut doc_number = false;
    let mut review_heading = false;
    let mut stack: Vec<&Block> = b.blocks.iter().collect();
    while let Some(x) = stack.pop() {
        match x {
            Block::Task(t) if !t.units().is_empty() => tasks_with_units += 1,
            Block::Statement(_) => statements += 1,
            Block::Dateline(d) => {
                dateline = true;
                statements += run_in_statements(&d.text);
            }
            Block::MeetingLine(_) => meeting_line = true,
            Block::Salutation(_) => salutations += 1,
            Block::DocNumber(_) => doc_number = true,
            Block::Paragraph(p) => {
                paragraphs += 1;
                statements += run_in_statements(&p.text);
            }
            Block::Section(s) => {
                let t = fold_script(&s.heading.title);
                review_heading |= REVIEW.is_match(&t);
                stack.extend(s.children.iter());
            }
            _ => {}
        }
    }
    let title = fold_script(b.title.as_ref().map(|t| t.text.as_str()).unwrap_or(""));
    let head = fold_script(head);
    // A notice that prints (印发) a report's breakdown names 政府工作报告 in its title too.
    let report_title = title.contains(WORK_REPORT_NAME)
        && !title.contains(TITLE_SUBJECT_OPENER)
        && !TASK_WORDS.is_match(&title);
    let task_title = TASK_WORDS.is_match(&title) && !report_title;
    // Without a title, the opening text: it names the breakdown it prints and its labels.
    let task_head = title.is_empty() && TASK_WORDS.is_match(&head) && LABELS.is_match(&head);
    if tasks_with_units >= 3 || task_title || task_head {
        DocumentKind::TaskNotice
    } else if report_title
        || (meeting_line && salutations > 0)
        || salutations >= 2
        || (title.is_empty() && review_heading)
    {
        DocumentKind::WorkReport
    } else if statements >= 2 || (dateline && statements >= 1) {
        DocumentKind::MeetingNews
    } else if doc_number || title_genre(&title).is_some() {
        DocumentKind::Official
    } else if b.title.is_some() || paragraphs > 0 {
        DocumentKind::Article
    } else {
        DocumentKind::Unknown
    }
}

pub(super) fn add_missing_unit_diagnostics(blocks: &[Block], out: &mut Vec<Diagnostic>) {
    let mut stack: Vec<&Block> = blocks.iter().collect();
    while let Some(b) = stack.pop() {
        match b {
            Block::Task(t) if t.units().is_empty() && t.number.is_some() => {
                out.push(Diagnostic::new(
                    DiagnosticCode::TaskWithoutUnit,
                    format!("task {} names no responsible unit", t.number.unwrap_or(0)),
                    t.text_span,
                ))
            }
            Block::Section(s) => stack.extend(s.children.iter()),
            _ => {}
        }
    }
}
