//! Word lists about documents as a whole, in simplified script, written once. Stages fold
//! their text to simplified script before looking words up (see `normalize::fold_script`).
//!
//! Every keyword list lives here, in simplified script, one file per concern; the test
//! `tests/tests/lexicon.rs` fails when a Han literal appears elsewhere in `core/src`.
//!
//! Lists that match text as written, not folded, still keep traditional twins beside the
//! simplified words, marked where they stand, until those recognisers read the folded view.

pub(crate) mod bmp;
pub(crate) mod chrome;
pub(crate) mod dates;
pub(crate) mod genres;
pub(crate) mod headings;
pub(crate) mod labels;
pub(crate) mod lines;
pub(crate) mod markers;
pub(crate) mod news;
pub(crate) mod numerals;
pub(crate) mod official;
pub(crate) mod quantities;
pub(crate) mod reviews;
pub(crate) mod roles;
pub(crate) mod tables;
pub(crate) mod targets;
pub(crate) mod units;
pub(crate) mod view;

pub(crate) use chrome::PAGE_CHROME_WORDS;
pub(crate) use genres::{title_genre, TASK_DOCUMENT_WORDS};

/// Labels that assign responsibility in a task notice's own words.
pub(crate) const RESPONSIBILITY_LABEL_WORDS: &[&str] =
    &["牵头单位", "责任单位", "牵头部门", "责任部门", "配合单位"];

/// Headings and openings of the review part of a work report.
pub(crate) const WORK_REPORT_REVIEW_WORDS: &[&str] = &[
    "工作回顾",
    "过去一年",
    "过去五年",
    "主要预期目标",
    "今年工作",
    "工作安排",
];

/// The verb 牵头 (to lead) as a scan for a declared lead rule meets it, in either script
/// and mixed (the source is not folded).
// Traditional twins until the folded view lands.
pub(crate) const LEAD_VERB_FORMS: &[&str] = &["牵头", "牽頭", "牵頭", "牽头"];

/// How a notice ends the sentence that states its lead rule (…为牵头部门).
pub(crate) const LEAD_RULE_ENDINGS: &[&str] = &[
    "为牵头单位",
    "为牵头部门",
    "为牵头责任单位",
    "是牵头单位",
    "是牵头部门",
];

/// Words that name the first place in a list of units (排在第一位的, 排名第一的, 首位).
pub(crate) const FIRST_PLACE_WORDS: &[&str] = &[
    "第一位",
    "排名第一",
    "第一个",
    "首位",
    "排第一",
    "列第一",
    "排在首位",
    "第1位",
];

/// Openings of the rule that makes every responsible unit a lead where none is named.
pub(crate) const NO_LEAD_OPENINGS: &[&str] =
    &["无牵头单位", "未明确牵头", "没有牵头单位", "未列牵头"];

/// An automaton finding the leftmost-longest occurrence of any of `words`: built once per
/// word list (in a `LazyLock`) and shared by every stage that scans for the list.
pub(crate) fn automaton(words: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(words)
        .expect("lexicon word lists are small and valid")
}
