//! Dates and deadlines: 2024年6月27日, 二O一九年二月十六日, 2025-06-25, 6月底前, 年底前, 第一季度.

use crate::lex::numerals::{arabic_int, chinese_digit, chinese_value};
use nom::{
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::one_of,
    combinator::opt,
    IResult, Parser,
};

/// Year, month, day as far as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ymd {
    /// Year.
    pub year: Option<u32>,
    /// Month.
    pub month: Option<u32>,
    /// Day.
    pub day: Option<u32>,
}

fn year(i: &str) -> IResult<&str, u32> {
    // 2024年 or 二O一九年 / 二〇二四年: four digits either way.
    let (rest, y) = alt((
        |i| {
            let (r, d) = take_while_m_n(4, 4, |c: char| {
                c.is_ascii_digit() || ('０'..='９').contains(&c)
            })(i)?;
            Ok((r, arabic_int(d)?.1))
        },
        |i| {
            let (r, d) = take_while_m_n(4, 4, |c| chinese_digit(c).is_some())(i)?;
            match chinese_value(d) {
                Some(v) => Ok((r, v)),
                None => Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Digit,
                ))),
            }
        },
    ))
    .parse(i)?;
    let (rest, _) = pad(rest)?;
    let (rest, _) = one_of("年").parse(rest)?;
    Ok((rest, y as u32))
}

/// At most two spaces a layout put between a number and its 年/月/日 (2025 年 3 月 5 日).
fn pad(i: &str) -> IResult<&str, &str> {
    take_while_m_n(0, 2, |c: char| c == ' ' || c == '\u{3000}' || c == '\u{a0}')(i)
}

fn small_number(i: &str) -> IResult<&str, u32> {
    let (rest, v) = alt((
        |i| {
            let (r, d) = take_while_m_n(1, 2, |c: char| {
                c.is_ascii_digit() || ('０'..='９').contains(&c)
            })(i)?;
            Ok((r, arabic_int(d)?.1))
        },
        // At most three numeral characters (三十一): a bounded look, so scanning a long run
        // of numerals position by position stays linear.
        |i| {
            let (r, d) = take_while_m_n(1, 3, crate::lex::numerals::is_chinese_numeral_char)(i)?;
            match chinese_value(d) {
                Some(v) => Ok((r, v)),
                None => Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Digit,
                ))),
            }
        },
    ))
    .parse(i)?;
    Ok((rest, v as u32))
}

fn month(i: &str) -> IResult<&str, u32> {
    let (rest, m) = small_number(i)?;
    let (rest, _) = pad(rest)?;
    let (rest, _) = tag("月").parse(rest)?;
    if (1..=12).contains(&m) {
        Ok((rest, m))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

fn day(i: &str) -> IResult<&str, u32> {
    let (rest, d) = small_number(i)?;
    let (rest, _) = pad(rest)?;
    let (rest, _) = one_of("日号號").parse(rest)?;
    if (1..=31).contains(&d) {
        Ok((rest, d))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

fn iso_date(i: &str) -> IResult<&str, Ymd> {
    let digits = |n, m| take_while_m_n(n, m, |c: char| c.is_ascii_digit());
    let (rest, y) = digits(4, 4).parse(i)?;
    let (rest, sep) = one_of("-/.").parse(rest)?;
    let (rest, m) = digits(1, 2).parse(rest)?;
    let (rest, _) = one_of(if sep == '-' {
        "-"
    } else if sep == '/' {
        "/"
    } else {
        "."
    })
    .parse(rest)?;
    let (rest, d) = digits(1, 2).parse(rest)?;
    let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        Ymd {
            year: y.parse().ok(),
            month: Some(m),
            day: Some(d),
        },
    ))
}

fn cn_date(i: &str) -> IResult<&str, Ymd> {
    let (rest, y) = opt(year).parse(i)?;
    let (rest, m) = if y.is_some() {
        opt(nom::sequence::preceded(pad, month)).parse(rest)?
    } else {
        month(rest).map(|(r, m)| (r, Some(m)))?
    };
    let (rest, d) = if m.is_some() {
        opt(nom::sequence::preceded(pad, day)).parse(rest)?
    } else {
        (rest, None)
    };
    Ok((
        rest,
        Ymd {
            year: y,
            month: m,
            day: d,
        },
    ))
}

/// nom: a date at the start of `i` (ISO or Chinese, year optional).
pub fn date(i: &str) -> IResult<&str, Ymd> {
    alt((iso_date, cn_date)).parse(i)
}

/// The first date in `text` that `keep` accepts, with its byte range. Tries a parse only
/// where a digit stands, so the scan is linear (each try reads a bounded prefix).
fn find_date_where(
    text: &str,
    keep: impl Fn(&Ymd) -> bool,
) -> Option<(std::ops::Range<usize>, Ymd)> {
    text.char_indices()
        .filter(|&(_, c)| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some()
        })
        .find_map(|(at, _)| match date(&text[at..]) {
            Ok((rest, ymd)) if keep(&ymd) => Some((at..text.len() - rest.len(), ymd)),
            _ => None,
        })
}

/// The first full date (year, month and day) in `text`, with its byte range.
pub fn find_full_date(text: &str) -> Option<(std::ops::Range<usize>, Ymd)> {
    find_date_where(text, |d| {
        d.year.is_some() && d.month.is_some() && d.day.is_some()
    })
}

/// The first date with at least a month (5月7日, 2024年6月), with its byte range.
pub fn find_date(text: &str) -> Option<(std::ops::Range<usize>, Ymd)> {
    find_date_where(text, |d| d.month.is_some())
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
    let (rest, _) = opt(tag("第")).parse(i)?;
    let (rest, q) = one_of("一二三四1234").parse(rest)?;
    let (rest, _) = alt((tag("季度"), tag("季"))).parse(rest)?;
    let q = match q {
        '一' | '1' => 1,
        '二' | '2' => 2,
        '三' | '3' => 3,
        _ => 4,
    };
    Ok((rest, q * 3))
}

/// nom: a deadline at the start of `i`.
pub fn deadline(i: &str) -> IResult<&str, DeadlineMatch> {
    let ongoing = |i| -> IResult<&str, DeadlineMatch> {
        let (rest, _) = alt((
            tag("长期坚持"),
            tag("長期堅持"),
            tag("长期"),
            tag("長期"),
            tag("持续推进"),
            tag("持續推進"),
            tag("持续"),
            tag("持續"),
            tag("常态化"),
        ))
        .parse(i)?;
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
                let (r, _) = opt(alt((
                    tag("底"),
                    tag("末"),
                    tag("中旬"),
                    tag("上旬"),
                    tag("下旬"),
                    tag("中"),
                )))
                .parse(r)?;
                Ok((r, (Some(m), d)))
            },
            |i| {
                let (r, q) = quarter(i)?;
                let (r, _) = opt(alt((tag("末"), tag("底")))).parse(r)?;
                Ok((r, (Some(q), None)))
            },
            |i| {
                let (r, _) = alt((tag("年底"), tag("年末"), tag("年内"), tag("全年"))).parse(i)?;
                Ok((r, (Some(12), None)))
            },
            |i| {
                let (r, _) = alt((tag("上半年"),)).parse(i)?;
                Ok((r, (Some(6), None)))
            },
            |i| {
                let (r, _) = alt((tag("下半年"),)).parse(i)?;
                Ok((r, (Some(12), None)))
            },
        ))
        .parse(rest)?;
        let (rest, _) = opt(alt((tag("前"), tag("以前"), tag("之前")))).parse(rest)?;
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
    let (rest, _) = opt(alt((tag("于"), tag("在")))).parse(i)?;
    alt((ongoing, dated)).parse(rest)
}

/// A deadline that makes up the whole of `text` (after trimming), e.g. a clause segment.
pub fn whole_deadline(text: &str) -> Option<DeadlineMatch> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || "。.".contains(c));
    let t = t
        .strip_prefix("完成时限")
        .or_else(|| t.strip_prefix("完成时间"))
        .or_else(|| t.strip_prefix("时间节点"))
        .or_else(|| t.strip_prefix("完成時限"))
        .map(|r| r.trim_start_matches(['：', ':']))
        .unwrap_or(t);
    match deadline(t) {
        Ok((rest, d)) if rest.trim_end_matches(['完', '成']).is_empty() => Some(d),
        _ => None,
    }
}

/// The last deadline phrase written in `text` (6月底前 inside a task text).
pub fn find_deadline(text: &str) -> Option<(std::ops::Range<usize>, DeadlineMatch)> {
    let mut found = None;
    for (at, c) in text.char_indices() {
        if !(c.is_ascii_digit()
            || chinese_digit(c).is_some()
            || matches!(c, '年' | '第' | '上' | '下' | '于' | '在'))
        {
            continue;
        }
        if let Ok((rest, d)) = deadline(&text[at..]) {
            let end = text.len() - rest.len();
            // Only phrases ending in 前 or a quarter/year-end word count as deadlines in text.
            let s = &text[at..end];
            if !d.ongoing && (s.ends_with('前') || s.ends_with("年底") || s.ends_with("季度"))
            {
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
    alt((
        |i| tag("个季度").parse(i).map(|(r, _)| (r, 3)),
        |i| tag("季度").parse(i).map(|(r, _)| (r, 3)),
        |i| tag("个月").parse(i).map(|(r, _)| (r, 1)),
        |i| tag("個月").parse(i).map(|(r, _)| (r, 1)),
        |i| tag("年").parse(i).map(|(r, _)| (r, 12)),
    ))
    .parse(i)
}

/// nom: a period at the start of `i`.
pub fn period(i: &str) -> IResult<&str, PeriodMatch> {
    let recurring = |i| -> IResult<&str, PeriodMatch> {
        let (r, _) = tag("每").parse(i)?;
        let (r, m) = alt((
            |i| tag("半年").parse(i).map(|(r, _)| (r, 6)),
            |i| tag("季度").parse(i).map(|(r, _)| (r, 3)),
            |i| tag("个季度").parse(i).map(|(r, _)| (r, 3)),
            |i| tag("月").parse(i).map(|(r, _)| (r, 1)),
            |i| tag("个月").parse(i).map(|(r, _)| (r, 1)),
            |i| tag("年").parse(i).map(|(r, _)| (r, 12)),
        ))
        .parse(r)?;
        let (r, _) = opt(alt((tag("末"), tag("底"), tag("初")))).parse(r)?;
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
        let (r, _) = alt((tag("全年"), tag("年内"), tag("年內"))).parse(i)?;
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
        let (r, used) = opt(alt((tag("用"), tag("利用"), tag("经过"), tag("經過")))).parse(i)?;
        let (r, n) = small_number(r)?;
        let (r, m) = unit_months(r)?;
        let (r, tail) = opt(alt((
            tag("时间"),
            tag("時間"),
            tag("左右"),
            tag("内"),
            tag("內"),
        )))
        .parse(r)?;
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
        let (r, _) = opt(tag("年")).parse(r)?;
        let (r, _) = alt((
            tag("—"),
            tag("-"),
            tag("–"),
            tag("－"),
            tag("～"),
            tag("~"),
            tag("至"),
            tag("到"),
        ))
        .parse(r)?;
        let (r, b) = four(r)?;
        let (r, _) = tag("年").parse(r)?;
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
                || matches!(c, '每' | '全' | '年' | '用' | '利' | '经' | '經'))
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
    fn dates() {
        let (_, d) = date("2025 年 3 月 5 日在会上").unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2025), Some(3), Some(5)));
        let (_, d) = date("2024年6月27日").unwrap();
        assert_eq!(
            d,
            Ymd {
                year: Some(2024),
                month: Some(6),
                day: Some(27)
            }
        );
        let (_, d) = date("二O一九年二月十六日在").unwrap();
        assert_eq!(
            d,
            Ymd {
                year: Some(2019),
                month: Some(2),
                day: Some(16)
            }
        );
        let (_, d) = date("二〇二四年十二月三十一日").unwrap();
        assert_eq!(
            d,
            Ymd {
                year: Some(2024),
                month: Some(12),
                day: Some(31)
            }
        );
        let (_, d) = date("2025-06-25").unwrap();
        assert_eq!(
            d,
            Ymd {
                year: Some(2025),
                month: Some(6),
                day: Some(25)
            }
        );
        let (_, d) = date("5月7日,").unwrap();
        assert_eq!(
            d,
            Ymd {
                year: None,
                month: Some(5),
                day: Some(7)
            }
        );
        assert!(date("13月").is_err());
        let (r, ymd) = find_full_date("―二O一九年二月十六日在濟源").unwrap();
        assert_eq!(ymd.year, Some(2019));
        assert_eq!(r.start, "―".len());
    }

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
