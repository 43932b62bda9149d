//! Deadlines: 6月底前, 年底前, 第一季度, 长期.
//! The dates they build on are read by `lex::date`.

pub use crate::lex::date::{date, find_date, find_full_date, Ymd};
use crate::lex::date::{day, month, year};
use crate::lex::labels::first_word;
use crate::lexicon::dates::{
    BEFORE_WORDS, DEADLINE_OPENERS, DONE_CHARS, FIRST_HALF_YEAR, IN_TEXT_DEADLINE_ENDINGS,
    MONTH_PART_WORDS, ONGOING_WORDS, ORDINAL_PREFIX, PERIOD_END_WORDS, QUARTER_NUMERALS,
    QUARTER_WORDS, SECOND_HALF_YEAR, SEGMENT_DEADLINE_LABELS, YEAR_END_WORDS,
};
use aho_corasick::AhoCorasick;
use nom::{branch::alt, bytes::complete::tag, combinator::opt, IResult, Parser};
use std::sync::LazyLock;

/// A deadline: 6月底前, 2024年12月底前, 年底前, 第一季度, 长期, 持续推进.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineMatch {
    /// Year, if written.
    pub year: Option<u32>,
    /// Last month covered.
    pub month: Option<u32>,
    /// Day, if written.
    pub day: Option<u32>,
    /// Ongoing work.
    pub ongoing: bool,
}

fn quarter(i: &str) -> IResult<&str, u32> {
    let (rest, _) = opt(tag(ORDINAL_PREFIX)).parse(i)?;
    let c = rest.chars().next();
    let q = c.and_then(|c| {
        QUARTER_NUMERALS
            .iter()
            .position(|&n| n == c)
            .map(|p| p as u32 + 1)
            .or_else(|| c.to_digit(10).filter(|d| (1..=4).contains(d)))
    });
    let Some(q) = q else {
        return Err(nom::Err::Error(nom::error::Error::new(
            rest,
            nom::error::ErrorKind::OneOf,
        )));
    };
    let rest = &rest[c.map_or(0, char::len_utf8)..];
    let (rest, _) = first_word(QUARTER_WORDS).parse(rest)?;
    Ok((rest, q * 3))
}

/// nom: a deadline at the start of `i`.
pub fn deadline(i: &str) -> IResult<&str, DeadlineMatch> {
    let ongoing = |i| -> IResult<&str, DeadlineMatch> {
        let (rest, _) = first_word(ONGOING_WORDS).parse(i)?;
        Ok((
            rest,
            DeadlineMatch {
                year: None,
                month: None,
                day: None,
                ongoing: true,
            },
        ))
    };
    let dated = |i| -> IResult<&str, DeadlineMatch> {
        let (rest, y) = opt(year).parse(i)?;
        let (rest, m) = alt((
            |i| {
                let (r, m) = month(i)?;
                let (r, d) = opt(day).parse(r)?;
                let (r, _) = opt(first_word(MONTH_PART_WORDS)).parse(r)?;
                Ok((r, (Some(m), d)))
            },
            |i| {
                let (r, q) = quarter(i)?;
                let (r, _) = opt(first_word(PERIOD_END_WORDS)).parse(r)?;
                Ok((r, (Some(q), None)))
            },
            |i| {
                let (r, _) = first_word(YEAR_END_WORDS).parse(i)?;
                Ok((r, (Some(12), None)))
            },
            // 2024年底: the year's 年 is also the 年 of 年底.
            |i| {
                if y.is_none() {
                    return Err(nom::Err::Error(nom::error::Error::new(
                        i,
                        nom::error::ErrorKind::Tag,
                    )));
                }
                let (r, _) = first_word(PERIOD_END_WORDS).parse(i)?;
                Ok((r, (Some(12), None)))
            },
            |i| {
                let (r, _) = tag(FIRST_HALF_YEAR).parse(i)?;
                Ok((r, (Some(6), None)))
            },
            |i| {
                let (r, _) = tag(SECOND_HALF_YEAR).parse(i)?;
                Ok((r, (Some(12), None)))
            },
        ))
        .parse(rest)?;
        let (rest, _) = opt(first_word(BEFORE_WORDS)).parse(rest)?;
        Ok((
            rest,
            DeadlineMatch {
                year: y,
                month: m.0,
                day: m.1,
                ongoing: false,
            },
        ))
    };
    let (rest, _) = opt(first_word(DEADLINE_OPENERS)).parse(i)?;
    alt((ongoing, dated)).parse(rest)
}

/// The first characters of the words a deadline may open with (an opener, an ongoing word,
/// the ordinal of a quarter, a year-end or half-year word), sorted.
static DEADLINE_FIRST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let words = [DEADLINE_OPENERS, ONGOING_WORDS, YEAR_END_WORDS]
        .into_iter()
        .flatten()
        .chain([&ORDINAL_PREFIX, &FIRST_HALF_YEAR, &SECOND_HALF_YEAR]);
    let mut chars: Vec<char> = words.filter_map(|w| w.chars().next()).collect();
    chars.extend(QUARTER_NUMERALS);
    chars.sort_unstable();
    chars.dedup();
    chars
});

/// False when no deadline (nor any date) can open with `c`: what [`deadline`] reads first is
/// a digit (either width), a Chinese numeral, or the first character of one of its words.
#[inline]
pub fn may_open_deadline(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || crate::lex::numerals::is_chinese_numeral_char(c)
        || DEADLINE_FIRST_CHARS.binary_search(&c).is_ok()
}

/// A deadline that makes up the whole of `text` (after trimming), e.g. a clause segment.
pub fn whole_deadline(text: &str) -> Option<DeadlineMatch> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || "。.".contains(c));
    let t = SEGMENT_DEADLINE_LABELS
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .map(|r| r.trim_start_matches(['：', ':']))
        .unwrap_or(t);
    // Most segments are names: they open with nothing a deadline opens with.
    if !t.chars().next().is_some_and(may_open_deadline) {
        return None;
    }
    match deadline(t) {
        Ok((rest, d)) if rest.trim_end_matches(DONE_CHARS).is_empty() => Some(d),
        _ => None,
    }
}

/// [`IN_TEXT_DEADLINE_ENDINGS`] as one automaton.
static ENDINGS: LazyLock<AhoCorasick> =
    LazyLock::new(|| crate::lexicon::automaton(IN_TEXT_DEADLINE_ENDINGS));

/// The last deadline phrase written in `text` (6月底前 inside a task text).
///
/// Phrases are read leftmost-longest and never overlap: 2024年12月底前 is one phrase, not
/// 12月底前 nor 2月底前. A number is read from its first digit, and an opener (于, 在) is
/// left out of the phrase: the grammar reads it as optional, so the phrase after it matches
/// too.
pub fn find_deadline(text: &str) -> Option<(std::ops::Range<usize>, DeadlineMatch)> {
    // A match ends with an ending, so it starts before the end of the last ending written
    // (the endings never overlap): without one there is no deadline, and nothing after it
    // is tried.
    let limit = ENDINGS.find_iter(text).last()?.end();
    let mut found = None;
    let mut free_from = 0;
    let mut prev = None;
    for (at, c) in text[..limit].char_indices() {
        let inside_number = prev.is_some_and(|p| same_digit_kind(p, c));
        prev = Some(c);
        if at < free_from || inside_number || !may_open_deadline(c) {
            continue;
        }
        let rest = &text[at..];
        if DEADLINE_OPENERS.iter().any(|o| rest.starts_with(o)) {
            continue;
        }
        if let Ok((after, d)) = deadline(rest) {
            let end = text.len() - after.len();
            // Only phrases ending in 前 or a quarter/year-end word count as deadlines in text.
            let s = &text[at..end];
            if !d.ongoing && IN_TEXT_DEADLINE_ENDINGS.iter().any(|e| s.ends_with(e)) {
                found = Some((at..end, d));
                free_from = end;
            }
        }
    }
    found
}

/// Both are digits of the same width: `b` continues a number `a` is part of.
fn same_digit_kind(a: char, b: char) -> bool {
    let full_width = |c: char| ('０'..='９').contains(&c);
    (a.is_ascii_digit() && b.is_ascii_digit()) || (full_width(a) && full_width(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines() {
        for (s, m) in [
            ("6月底前", Some(6)),
            ("2024年12月底前", Some(12)),
            ("年底前", Some(12)),
            ("第一季度", Some(3)),
            ("9月底前完成", Some(9)),
        ] {
            assert_eq!(whole_deadline(s).map(|d| d.month), Some(m), "{s}");
        }
        assert!(whole_deadline("长期坚持").unwrap().ongoing);
        assert!(whole_deadline("发展改革委").is_none());
        let (r, d) = find_deadline("力争6月底前建成").unwrap();
        assert_eq!(d.month, Some(6));
        assert_eq!(&"力争6月底前建成"[r], "6月底前");
    }

    #[test]
    fn deadlines_in_text_are_read_whole() {
        // (text, the phrase found, its year and month)
        for (text, phrase, year, month) in [
            (
                "力争2024年12月底前完成",
                "2024年12月底前",
                Some(2024),
                Some(12),
            ),
            ("力争12月底前完成", "12月底前", None, Some(12)),
            ("力争１０月底前完成", "１０月底前", None, Some(10)),
            ("力争十月底前完成", "十月底前", None, Some(10)),
            ("力争十二月底前完成", "十二月底前", None, Some(12)),
            ("于6月30日前完成", "6月30日前", None, Some(6)),
            ("在2025年6月底前建成", "2025年6月底前", Some(2025), Some(6)),
            ("今年底前完成", "年底前", None, Some(12)),
            ("于2024年底前完成", "2024年底前", Some(2024), Some(12)),
            ("2025年末前完成", "2025年末前", Some(2025), Some(12)),
            ("第三季度末前完成", "第三季度末前", None, Some(9)),
            ("6月底前启动，12月底前完成", "12月底前", None, Some(12)),
        ] {
            let (r, d) = find_deadline(text).unwrap_or_else(|| panic!("{text}: none"));
            assert_eq!(&text[r], phrase, "{text}");
            assert_eq!((d.year, d.month), (year, month), "{text}");
        }
        // A number is read from its first digit: 123月 is no month, nor is 23月 or 3月.
        assert_eq!(find_deadline("完成123月底前"), None);
        for text in ["全年完成投资300亿元", "长期坚持", "持续推进前期工作"] {
            assert_eq!(find_deadline(text), None, "{text}");
        }
    }

    #[test]
    fn the_gate_never_rejects_a_deadline() {
        // Every character of the Basic Multilingual Plane before the tails of the grammar's
        // words and numbers: where deadline() or date() reads one, the gate lets it through.
        let mut tails: Vec<String> = [
            DEADLINE_OPENERS,
            ONGOING_WORDS,
            YEAR_END_WORDS,
            &[ORDINAL_PREFIX, FIRST_HALF_YEAR, SECOND_HALF_YEAR],
        ]
        .into_iter()
        .flatten()
        .map(|w| w.chars().skip(1).collect())
        .collect();
        for t in [
            "",
            "年底前",
            "月底前",
            "024年6月底前",
            "季度",
            "一季度",
            "二月",
            "月",
            "十二月",
            "0二四年",
            "日",
            "-06-25",
            "6月",
            "０２４年",
        ] {
            tails.push(t.to_string());
        }
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            for t in &tails {
                let s = format!("{c}{t}");
                if deadline(&s).is_ok() || date(&s).is_ok() {
                    assert!(may_open_deadline(c), "{s:?}");
                }
            }
        }
    }
}
