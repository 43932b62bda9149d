//! Deadlines and periods: 6月底前, 年底前, 第一季度, 长期; 每季度末, 全年, 用3年时间, 2024—2026年.
//! The dates they build on are read by `lex::date`.

pub use crate::lex::date::{date, find_date, find_full_date, Ymd};
use crate::lex::date::{day, month, small_number, year};
use crate::lex::labels::first_word;
use crate::lex::numerals::{arabic_int, chinese_digit};
use crate::lexicon::dates::{
    BEFORE_WORDS, DEADLINE_OPENERS, DEADLINE_START_CHARS, DONE_CHARS, DURATION_OPENERS,
    DURATION_TAILS, DURATION_UNITS, FIRST_HALF_YEAR, IN_TEXT_DEADLINE_ENDINGS, MONTH_PART_WORDS,
    ONGOING_WORDS, ORDINAL_PREFIX, PERIOD_END_WORDS, PERIOD_START_CHARS, QUARTER_NUMERALS,
    QUARTER_WORDS, RECURRENCE_MARK, RECURRENCE_PART_WORDS, RECURRENCE_UNITS, SECOND_HALF_YEAR,
    SEGMENT_DEADLINE_LABELS, WHOLE_YEAR_WORDS, YEAR_END_WORDS, YEAR_MARK, YEAR_SPAN_SEPARATORS,
};
use nom::{
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    combinator::opt,
    IResult, Parser,
};

/// nom: the first `(word, months)` of `units` that opens the input, giving its months.
fn months_of<'a>(
    units: &'static [(&'static str, u32)],
) -> impl Fn(&'a str) -> IResult<&'a str, u32> {
    move |i: &'a str| {
        units
            .iter()
            .find_map(|(w, m)| i.strip_prefix(w).map(|r| (r, *m)))
            .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

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

/// A deadline that makes up the whole of `text` (after trimming), e.g. a clause segment.
pub fn whole_deadline(text: &str) -> Option<DeadlineMatch> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || "。.".contains(c));
    let t = SEGMENT_DEADLINE_LABELS
        .iter()
        .find_map(|l| t.strip_prefix(l))
        .map(|r| r.trim_start_matches(['：', ':']))
        .unwrap_or(t);
    match deadline(t) {
        Ok((rest, d)) if rest.trim_end_matches(DONE_CHARS).is_empty() => Some(d),
        _ => None,
    }
}

/// The last deadline phrase written in `text` (6月底前 inside a task text).
pub fn find_deadline(text: &str) -> Option<(std::ops::Range<usize>, DeadlineMatch)> {
    let mut found = None;
    for (at, c) in text.char_indices() {
        if !(c.is_ascii_digit() || chinese_digit(c).is_some() || DEADLINE_START_CHARS.contains(&c))
        {
            continue;
        }
        if let Ok((rest, d)) = deadline(&text[at..]) {
            let end = text.len() - rest.len();
            // Only phrases ending in 前 or a quarter/year-end word count as deadlines in text.
            let s = &text[at..end];
            if !d.ongoing && IN_TEXT_DEADLINE_ENDINGS.iter().any(|e| s.ends_with(e)) {
                found = Some((at..end, d));
            }
        }
    }
    found
}

/// The date with the document's year filled in when the text left it out (5月7日 in a
/// document dated 2024 is 2024-05-07).
pub fn with_default_year(ymd: Ymd, year: Option<u32>) -> Ymd {
    Ymd {
        year: ymd.year.or(if ymd.month.is_some() { year } else { None }),
        ..ymd
    }
}

/// What sort of period a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PeriodKind {
    /// A recurrence: 每季度末, 每月, 每年, 每半年.
    Recurring,
    /// The whole current year: 全年, 年内.
    WholeYear,
    /// A length of time: 用3年时间, 三年内, 6个月.
    Duration,
    /// A span of years: 2024—2026年, 2024年至2026年.
    Years,
}

/// A period phrase: 每季度末, 全年, 用3年时间, 2024—2026年.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodMatch {
    /// What sort of period.
    pub kind: PeriodKind,
    /// First year of a span of years.
    pub from_year: Option<u32>,
    /// Last year of a span of years.
    pub to_year: Option<u32>,
    /// Length in months of a duration (36 for 3年), or of the recurrence (3 for 每季度).
    pub months: Option<u32>,
}

fn unit_months(i: &str) -> IResult<&str, u32> {
    months_of(DURATION_UNITS).parse(i)
}

/// nom: a period at the start of `i`.
pub fn period(i: &str) -> IResult<&str, PeriodMatch> {
    let recurring = |i| -> IResult<&str, PeriodMatch> {
        let (r, _) = tag(RECURRENCE_MARK).parse(i)?;
        let (r, m) = months_of(RECURRENCE_UNITS).parse(r)?;
        let (r, _) = opt(first_word(RECURRENCE_PART_WORDS)).parse(r)?;
        Ok((
            r,
            PeriodMatch {
                kind: PeriodKind::Recurring,
                from_year: None,
                to_year: None,
                months: Some(m),
            },
        ))
    };
    let whole_year = |i| -> IResult<&str, PeriodMatch> {
        let (r, _) = first_word(WHOLE_YEAR_WORDS).parse(i)?;
        Ok((
            r,
            PeriodMatch {
                kind: PeriodKind::WholeYear,
                from_year: None,
                to_year: None,
                months: Some(12),
            },
        ))
    };
    let duration = |i| -> IResult<&str, PeriodMatch> {
        let (r, used) = opt(first_word(DURATION_OPENERS)).parse(i)?;
        let (r, n) = small_number(r)?;
        let (r, m) = unit_months(r)?;
        let (r, tail) = opt(first_word(DURATION_TAILS)).parse(r)?;
        // A bare "3年" is a duration only with 用…/…时间/…内 around it.
        if used.is_none() && tail.is_none() {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        Ok((
            r,
            PeriodMatch {
                kind: PeriodKind::Duration,
                from_year: None,
                to_year: None,
                months: n.checked_mul(m),
            },
        ))
    };
    let years = |i| -> IResult<&str, PeriodMatch> {
        let four = |i| -> IResult<&str, u32> {
            let (r, d) = take_while_m_n(4, 4, |c: char| {
                c.is_ascii_digit() || ('０'..='９').contains(&c)
            })(i)?;
            Ok((r, arabic_int(d)?.1 as u32))
        };
        let (r, a) = four(i)?;
        let (r, _) = opt(tag(YEAR_MARK)).parse(r)?;
        let (r, _) = first_word(YEAR_SPAN_SEPARATORS).parse(r)?;
        let (r, b) = four(r)?;
        let (r, _) = tag(YEAR_MARK).parse(r)?;
        if b < a {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        Ok((
            r,
            PeriodMatch {
                kind: PeriodKind::Years,
                from_year: Some(a),
                to_year: Some(b),
                months: Some((b - a + 1) * 12),
            },
        ))
    };
    alt((recurring, whole_year, years, duration)).parse(i)
}

/// Every period phrase in `text`, left to right, with its byte range.
pub fn find_periods(text: &str) -> Vec<(std::ops::Range<usize>, PeriodMatch)> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (at, c) in text.char_indices() {
        if at < skip_to
            || !(c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || chinese_digit(c).is_some()
                || PERIOD_START_CHARS.contains(&c))
        {
            continue;
        }
        // Not inside a longer number.
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit() || chinese_digit(p).is_some())
        {
            continue;
        }
        if let Ok((rest, p)) = period(&text[at..]) {
            let end = text.len() - rest.len();
            out.push((at..end, p));
            skip_to = end;
        }
    }
    out
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
    fn periods() {
        let kinds: Vec<_> =
            find_periods("每季度末报送，全年完成，用3年时间建成，2024—2026年行动计划")
                .into_iter()
                .map(|(_, p)| (p.kind, p.from_year, p.months))
                .collect();
        assert_eq!(
            kinds,
            vec![
                (PeriodKind::Recurring, None, Some(3)),
                (PeriodKind::WholeYear, None, Some(12)),
                (PeriodKind::Duration, None, Some(36)),
                (PeriodKind::Years, Some(2024), Some(36)),
            ]
        );
        assert!(find_periods("2024年6月").is_empty());
        assert!(find_periods("九年义务教育").is_empty());
        let (_, d) = find_deadline("第三季度末前完成").unwrap();
        assert_eq!(d.month, Some(9));
        let (_, d) = date("5月7日").unwrap();
        assert_eq!(with_default_year(d, Some(2024)).year, Some(2024));
    }
}
