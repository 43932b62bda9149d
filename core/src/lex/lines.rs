//! Line classification: each line gets a kind from context-free recognisers. The structure
//! stage adds what needs context (title, headings vs tasks, chrome regions).

use super::markers::{marker, Marker};
use crate::lex::date::{date, find_full_date};
use crate::lex::labels::label;
use crate::lex::official::doc_number;
use crate::lex::words::Words;
use crate::lexicon::automaton;
use crate::lexicon::chrome::{
    FOOTER_OPENINGS, LEAD_IN_ENDINGS, METADATA_LABELS, METADATA_LABEL_INITIALS, METADATA_OPENINGS,
    NAV_OPENINGS, PAGE_COUNT_OPENING, PAGE_NUMBER_ENDING, PAGE_NUMBER_OPENING,
};
use crate::lexicon::lines::{
    ADDRESSEE_ALL_DEPARTMENTS, ADDRESSEE_EACH, ATTACHMENT_OPENING, CC_OPENINGS, ISSUER_MARK_ENDING,
    MEETING_ADOPTED_WORDS, MEETING_DELIVERED_WORDS, MEETING_WORDS, NOTE_OPENINGS, PRINTING_ENDINGS,
    SALUTATIONS,
};
use crate::lexicon::news::{
    ATTENDEE_OBSERVER_WORDS, ATTENDEE_PRESENT_WORDS, DATELINE_AGENCY_BRACKETS,
    DATELINE_AGENCY_ENDINGS, OWN_REPORT_DATELINES, REPORTER_WORDS, STATEMENT_SUBJECTS,
    STATEMENT_VERBS, WIRE_DISPATCH, XINHUA,
};
use crate::MarkerStyle;
use aho_corasick::AhoCorasick;
use nom::{branch::alt, bytes::complete::tag, IResult, Parser};
use std::sync::LazyLock;

/// The context-free kind of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Blank,
    /// Starts with a heading/item marker ([`marker_body`] finds where the text after it
    /// starts: kept per line, that offset made every line's kind 8 bytes larger).
    Marked {
        marker: LineMarker,
    },
    NavChrome,
    FooterChrome,
    /// 原文如下: ends a news lead-in.
    LeadInEnd,
    /// Starts with an ISO date (2025-06-25…): a related-news teaser.
    IsoDateStart,
    IssuerMark,
    DocNumber,
    MeetingLine,
    Salutation,
    DateLine,
    Attachment,
    Cc,
    Printing,
    Note,
    Dateline,
    Attendees,
    /// 会议强调…: `verb_end` is the byte offset after the verb.
    Statement {
        verb_end: u32,
    },
    /// 责任单位：X and the like on a line of its own.
    ResponsibilityLine,
    Text,
}

fn any_prefix<'a>(s: &str, words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().find(|w| s.starts_with(w))
}

/// A metadata row: it opens with a label, and either a colon follows or a second label
/// stands in the same row.
fn is_metadata_row(s: &str) -> bool {
    // Every label opens with one of these characters (either script): most lines stop here.
    if !s.starts_with(METADATA_LABEL_INITIALS) {
        return false;
    }
    let key = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    // Most lines that open so are body text (发展…, 主要…): fold only the opening first, up
    // to a character past the longest label and its colon (folding looks at neighbours).
    let opening_chars = METADATA_LABELS
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let mut seen = 0;
    let opening_end = s
        .char_indices()
        .find(|&(_, c)| {
            seen += usize::from(!c.is_whitespace());
            seen > opening_chars + 1
        })
        .map_or(s.len(), |(i, _)| i);
    if opening_end < s.len() {
        let opening = key(&s[..opening_end]);
        if !METADATA_LABELS.iter().any(|l| opening.starts_with(*l)) {
            return false;
        }
    }
    let key = key(s);
    let Some(first) = METADATA_LABELS.iter().find(|l| key.starts_with(**l)) else {
        return false;
    };
    key[first.len()..].starts_with([':', '：'])
        || METADATA_LABELS
            .iter()
            .filter(|l| key[first.len()..].contains(**l))
            .count()
            >= 1
}

fn is_chrome_line(s: &str, words: &[&str]) -> bool {
    any_prefix(s, words).is_some() && s.chars().count() <= 200
}

/// nom: 会议强调 / 會議指出 … at the start.
fn statement_opener(i: &str) -> IResult<&str, &str> {
    let (rest, _) = alt((tag(STATEMENT_SUBJECTS[0]), tag(STATEMENT_SUBJECTS[1]))).parse(i)?;
    for v in STATEMENT_VERBS {
        if let Some(r) = rest.strip_prefix(v) {
            return Ok((r, v));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

fn is_iso_date_start(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// A whole line that is one date, maybe in parentheses: 2024年6月27日, （2024年6月27日）.
fn is_date_line(s: &str) -> bool {
    let t = s.trim_matches(|c: char| "（()）".contains(c) || c.is_whitespace());
    match date(t) {
        Ok((rest, ymd)) => ymd.year.is_some() && ymd.month.is_some() && rest.trim().is_empty(),
        Err(_) => false,
    }
}

/// The line under a title that says at which meeting a text was delivered or adopted:
/// ―二O一九年二月十六日在…会议上, （2023年9月1日…常务会议通过）.
fn is_meeting_line(s: &str) -> bool {
    static DELIVERED: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(MEETING_DELIVERED_WORDS));
    // More than 400 bytes are more than 100 characters (none is longer than four bytes).
    if s.len() > 400 || s.chars().count() > 100 {
        return false;
    }
    let has_any = |words: &[&str]| words.iter().any(|w| s.contains(w));
    let delivered = DELIVERED.is_match(s);
    let adopted =
        s.starts_with(['（', '(']) && has_any(MEETING_WORDS) && has_any(MEETING_ADOPTED_WORDS);
    (delivered || adopted) && find_full_date(s).is_some()
}

fn is_salutation(s: &str) -> bool {
    // The prefix first: the length is counted only for the few lines that open so.
    any_prefix(s, SALUTATIONS).is_some()
        && s.chars().count() <= 16
        && s.ends_with(['：', ':', '！', '!', '，', ','])
}

fn is_dateline(s: &str) -> bool {
    // 济源网讯(记者 郑海波)5月7日, 新华社北京5月7日电, 本报讯
    // The first 24 characters, borrowed: no string is built per line.
    let head = s.char_indices().nth(24).map_or(s, |(i, _)| &s[..i]);
    let has_any = |words: &[&str]| words.iter().any(|w| head.contains(w));
    head.contains(DATELINE_AGENCY_ENDINGS)
        && (has_any(REPORTER_WORDS)
            || has_any(DATELINE_AGENCY_BRACKETS)
            || head.ends_with(DATELINE_AGENCY_ENDINGS[0]))
        || any_prefix(head, XINHUA).is_some() && head.contains(WIRE_DISPATCH)
        || any_prefix(head, OWN_REPORT_DATELINES).is_some()
}

fn is_attendees(s: &str) -> bool {
    static ATTENDANCE: LazyLock<Words> = LazyLock::new(|| {
        let words: Vec<&'static str> = ATTENDEE_PRESENT_WORDS
            .iter()
            .chain(ATTENDEE_OBSERVER_WORDS)
            .copied()
            .collect();
        Words::new(&words)
    });
    s.contains('、') && ATTENDANCE.is_match(s)
}

/// An addressee line: names that look like units, separated by ，、.
pub(crate) fn is_addressee_list(c: &str) -> bool {
    let body = c.trim_end_matches(['：', ':']);
    let parts: Vec<&str> = body
        .split(['，', ',', '、', '；', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    !parts.is_empty()
        && parts.iter().all(|p| {
            crate::lex::units::looks_like_unit(p)
                || p.ends_with(ADDRESSEE_ALL_DEPARTMENTS)
                || p.starts_with(ADDRESSEE_EACH)
        })
}

/// A page header or page number a PDF or flip-book step left in the text: `Page 2 - 政府工作报告`,
/// `P. 2`, `- 2 -`, `— 3 —`, `第 2 页`, `第2页 共10页`.
fn is_page_furniture(s: &str) -> bool {
    let t = s.trim();
    let digits_then = |rest: &str| -> Option<usize> {
        let d = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (d > 0 && d <= 4).then_some(d)
    };
    if let Some(rest) = t.strip_prefix("Page ") {
        return digits_then(rest).is_some_and(|d| {
            let after = rest[d..].trim_start();
            after.is_empty() || after.starts_with('-')
        });
    }
    if let Some(rest) = t.strip_prefix("P.").or_else(|| t.strip_prefix("P．")) {
        let rest = rest.trim_start();
        return digits_then(rest).is_some_and(|d| rest[d..].trim().is_empty());
    }
    // - 2 - and — 3 — (GB/T 9704 prints page numbers between dashes).
    let dashes: &[char] = &['-', '—', '－', '–'];
    if let Some(inner) = t.strip_prefix(dashes).and_then(|x| x.strip_suffix(dashes)) {
        let inner = inner.trim_matches(dashes).trim();
        return digits_then(inner).is_some_and(|d| d == inner.len());
    }
    if let Some(rest) = t.strip_prefix(PAGE_NUMBER_OPENING) {
        let rest = rest.trim_start();
        if let Some(d) = digits_then(rest) {
            let after = rest[d..].trim_start();
            return after.strip_prefix(PAGE_NUMBER_ENDING).is_some_and(|x| {
                let x = x.trim_start();
                x.is_empty()
                    || (x.starts_with(PAGE_COUNT_OPENING)
                        && x.ends_with(PAGE_NUMBER_ENDING)
                        && x.chars().count() <= 8)
            });
        }
    }
    false
}

/// The byte offset in `clean` where the text after its opening `marker` starts (the marker
/// is a prefix of the line; spaces after it are skipped).
pub(crate) fn marker_body(clean: &str, marker: &Marker<'_>) -> usize {
    let after = clean.get(marker.text.len()..).unwrap_or_default();
    clean.len() - after.trim_start_matches([' ', '\u{3000}']).len()
}

/// A line's marker without its text, which is the line's first `len` bytes: a line kind is
/// kept for every line while the tree is built, so it is kept small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineMarker {
    /// Numbering style.
    pub style: MarkerStyle,
    /// The number the marker carries.
    pub number: u32,
    len: u32,
}

impl LineMarker {
    /// `m`, read at the start of its line.
    fn of(m: Marker<'_>) -> LineMarker {
        LineMarker {
            style: m.style,
            number: m.number,
            len: u32::try_from(m.text.len()).unwrap_or(0),
        }
    }

    /// The marker on its line's clean text.
    pub fn on(self, clean: &str) -> Marker<'_> {
        Marker {
            style: self.style,
            number: self.number,
            text: clean.get(..self.len as usize).unwrap_or_default(),
        }
    }
}

/// Classify one line. `clean` is the line without indentation and pinyin readings.
pub(crate) fn classify(clean: &str, folded: &str) -> LineKind {
    // Word-level checks read the folded view (half width, simplified); the parsers that
    // return offsets or borrow the marker as written read the clean line.
    let s = clean.trim_end();
    let f = folded.trim_end();
    if s.is_empty() {
        return LineKind::Blank;
    }
    if (is_chrome_line(f, NAV_OPENINGS)
        || is_chrome_line(f, METADATA_OPENINGS)
        || is_metadata_row(f))
        && f.chars().count() <= 80
    {
        return LineKind::NavChrome;
    }
    if is_chrome_line(f, FOOTER_OPENINGS) || is_page_furniture(f) {
        return LineKind::FooterChrome;
    }
    if let Some(rest) = any_prefix(f, LEAD_IN_ENDINGS) {
        if f[rest.len()..].trim_matches([':', ' ']).is_empty() {
            return LineKind::LeadInEnd;
        }
    }
    if is_iso_date_start(f) {
        return LineKind::IsoDateStart;
    }
    if let Ok((_, m)) = marker(s) {
        if marker_body(s, &m) < s.len() {
            return LineKind::Marked {
                marker: LineMarker::of(m),
            };
        }
    }
    if label(s).is_ok() {
        return LineKind::ResponsibilityLine;
    }
    if let Ok((rest, _)) = statement_opener(s) {
        return LineKind::Statement {
            verb_end: u32::try_from(s.len() - rest.len()).unwrap_or(0),
        };
    }
    if is_salutation(f) {
        return LineKind::Salutation;
    }
    // A doc number (lex::official), alone or with the signers a document sent upward names
    // after it.
    if doc_number(s).is_some() {
        return LineKind::DocNumber;
    }
    if f.ends_with(ISSUER_MARK_ENDING) && f.chars().count() <= 24 && !f.contains([',', '。']) {
        return LineKind::IssuerMark;
    }
    if is_date_line(f) {
        return LineKind::DateLine;
    }
    if is_meeting_line(f) && !f.ends_with('。') {
        return LineKind::MeetingLine;
    }
    if f.starts_with(ATTACHMENT_OPENING) && f.chars().count() <= 60 {
        return LineKind::Attachment;
    }
    if any_prefix(f, CC_OPENINGS).is_some() {
        return LineKind::Cc;
    }
    if PRINTING_ENDINGS.iter().any(|w| f.ends_with(w))
        && f.chars().count() <= 60
        && find_full_date(f).is_some()
    {
        return LineKind::Printing;
    }
    if any_prefix(f, NOTE_OPENINGS).is_some() {
        return LineKind::Note;
    }
    if is_dateline(f) {
        return LineKind::Dateline;
    }
    if is_attendees(f) {
        return LineKind::Attendees;
    }
    LineKind::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Classify `s` as the structure stage does: with its folded view.
    fn kind(s: &str) -> LineKind {
        let mut folded = String::new();
        crate::normalize::fold_line_into(&mut folded, s);
        classify(s, &folded)
    }

    #[test]
    fn kinds() {
        assert_eq!(kind(""), LineKind::Blank);
        assert_eq!(kind("导航菜单"), LineKind::NavChrome);
        assert_eq!(kind("验证码:"), LineKind::FooterChrome);
        assert_eq!(kind("原文如下:"), LineKind::LeadInEnd);
        assert_eq!(kind("2025-06-25"), LineKind::IsoDateStart);
        assert_eq!(kind("济政〔2024〕12号"), LineKind::DocNumber);
        assert_eq!(kind("（皖政办秘〔2021〕82号）"), LineKind::DocNumber);
        assert_eq!(kind("雲政辦發〔２０２４〕６號"), LineKind::DocNumber);
        for page in [
            "Page 2 - 政府工作报告",
            "P. 2",
            "- 2 -",
            "— 13 —",
            "第 2 页",
            "第2页 共10页",
        ] {
            assert_eq!(kind(page), LineKind::FooterChrome, "{page}");
        }
        assert_ne!(kind("- 设为首页"), LineKind::FooterChrome);
        assert_ne!(kind("第2页的表格说明如下。"), LineKind::FooterChrome);
        assert_eq!(kind("2024年6月27日"), LineKind::DateLine);
        assert_eq!(
            kind("―二O一九年二月十六日在濟源市第十四屆人民代表大會第四次會議上"),
            LineKind::MeetingLine
        );
        assert_eq!(kind("各位代表:"), LineKind::Salutation);
        assert_eq!(kind("各位代表!"), LineKind::Salutation);
        assert!(matches!(
            kind("会议强调,要坚持"),
            LineKind::Statement { .. }
        ));
        assert_eq!(
            kind("济源网讯(记者 郑海波)5月7日,示范区党工委"),
            LineKind::Dateline
        );
        assert_eq!(kind("石迎军、李哲出席会议。"), LineKind::Attendees);
        assert_eq!(kind("责任单位：市财政局"), LineKind::ResponsibilityLine);
        assert!(matches!(
            kind("（一）聚焦产业需求抓创新"),
            LineKind::Marked { .. }
        ));
        assert_eq!(kind("过去一年，我们"), LineKind::Text);
    }
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn a_line_kind_is_a_marker() {
        // One per line while the tree is built (was 40 bytes with the body offset, 32 with
        // the marker's text as a slice, 16 with a u64 number).
        assert_eq!(std::mem::size_of::<super::LineKind>(), 12);
    }
}
