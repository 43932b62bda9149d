//! Dates: 2024年6月27日, 二O一九年二月十六日, 2025-06-25, 5月7日; the parts of a date that deadlines
//! and periods (`inline::date`) build on.

use crate::lex::numerals::{arabic_int, chinese_digit, chinese_value};
use crate::lexicon::dates::{DAY_MARKS, MONTH_MARK, YEAR_MARK};
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

pub(crate) fn year(i: &str) -> IResult<&str, u32> {
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
    let (rest, _) = tag(YEAR_MARK).parse(rest)?;
    Ok((rest, y as u32))
}

/// At most two spaces a layout put between a number and its 年/月/日 (2025 年 3 月 5 日).
pub(crate) fn pad(i: &str) -> IResult<&str, &str> {
    take_while_m_n(0, 2, |c: char| c == ' ' || c == '\u{3000}' || c == '\u{a0}')(i)
}

pub(crate) fn small_number(i: &str) -> IResult<&str, u32> {
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

pub(crate) fn month(i: &str) -> IResult<&str, u32> {
    let (rest, m) = small_number(i)?;
    let (rest, _) = pad(rest)?;
    let (rest, _) = tag(MONTH_MARK).parse(rest)?;
    if (1..=12).contains(&m) {
        Ok((rest, m))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

pub(crate) fn day(i: &str) -> IResult<&str, u32> {
    let (rest, d) = small_number(i)?;
    let (rest, _) = pad(rest)?;
    let (rest, _) = one_of(DAY_MARKS).parse(rest)?;
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
}
