//! Heading and item markers, both widths: 一、 （一） (一) ㈠ 1. 1、 1． ⒈ （1） ⑴ ① 第一章 第一节 第一条.

use super::numerals::{
    arabic_digit, arabic_int, chinese_int, circled_value, full_stop_value, is_chinese_numeral_char,
    parenthesized_ideograph_value,
};
use crate::lexicon::markers::{
    AFTER_MARKER_NOT_DECIMAL, CHAPTER_UNIT, DECIMAL_QUANTITY_UNITS, ORDINAL_OPENING, ORDINAL_UNITS,
    PADDED_NUMBER_DATE_WORDS, SECTION_UNITS,
};
use nom::{
    branch::alt,
    bytes::complete::{tag, take_while, take_while_m_n},
    character::complete::{anychar, one_of},
    combinator::{consumed, verify},
    sequence::{delimited, terminated},
    IResult, Parser,
};

pub use crate::ast::MarkerStyle;

/// A recognised marker: style, number, and the marker text as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker<'a> {
    /// Numbering style.
    pub style: MarkerStyle,
    /// The number the marker carries (a number past `u32` makes no marker).
    pub number: u32,
    /// The marker exactly as written (including its punctuation).
    pub text: &'a str,
}

fn open_paren(i: &str) -> IResult<&str, char> {
    one_of("（(").parse(i)
}

fn close_paren(i: &str) -> IResult<&str, char> {
    one_of("）)").parse(i)
}

/// 、 ． . and their look-alikes that end an enumerating number (﹒ U+FE52 SMALL FULL STOP
/// included: some exports number tasks 1﹒ 2﹒).
fn enum_comma(i: &str) -> IResult<&str, char> {
    one_of("、．.﹒，,").parse(i)
}

fn hanzi_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    // 一、 一． (not 一是, not 一年), and 一 、 with a stray space a layout put in.
    let (rest, n) = terminated(
        chinese_int,
        (
            take_while_m_n(0, 1, |c: char| c == ' ' || c == '\u{3000}'),
            one_of("、．."),
        ),
    )
    .parse(i)?;
    Ok((rest, (MarkerStyle::Hanzi, n)))
}

/// `01概况`: a zero-padded two-digit number glued to its heading, as some reports and
/// exported outlines number their parts. The leading 0 is what tells it from a figure.
fn padded_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    let (rest, d) = verify(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        |d: &str| d.starts_with('0') && d != "00",
    )
    .parse(i)?;
    verify(anychar, |c: &char| {
        *c as u32 >= 0x4E00 && !PADDED_NUMBER_DATE_WORDS.contains(*c)
    })
    .parse(rest)?;
    Ok((
        rest,
        (MarkerStyle::Arabic, u64::from(d.as_bytes()[1] - b'0')),
    ))
}

fn paren_hanzi_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    // （一）, (一), and ㈠ written as one character.
    let (rest, n) = alt((delimited(open_paren, chinese_int, close_paren), |i| {
        let (rest, c) = verify(anychar, |c: &char| {
            parenthesized_ideograph_value(*c).is_some()
        })
        .parse(i)?;
        Ok((rest, parenthesized_ideograph_value(c).unwrap_or(0)))
    }))
    .parse(i)?;
    Ok((rest, (MarkerStyle::ParenHanzi, n)))
}

/// ⒈ … ⒛: a number and its full stop in one character.
fn full_stop_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    let (rest, c) = verify(anychar, |c: &char| full_stop_value(*c).is_some()).parse(i)?;
    Ok((rest, (MarkerStyle::Arabic, full_stop_value(c).unwrap_or(0))))
}

fn arabic_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    let (rest, (n, sep)) = (arabic_int, enum_comma).parse(i)?;
    // 2.1% is a decimal, not item 2; but 79.6月底前 is item 79 about June.
    if matches!(sep, '.' | '．' | '﹒') {
        let digits =
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let fraction = rest.len() - digits.len();
        // 11.121人才梯队项目 is item 11 about the "121" programme: three or more digits run
        // into a word that is no measure (万 亿 元 % …) are a name, not a fraction.
        let named = fraction >= 3
            && digits
                .chars()
                .next()
                .is_some_and(|c| c as u32 >= 0x4E00 && !DECIMAL_QUANTITY_UNITS.contains(c));
        let is_decimal = fraction > 0 && !named && !digits.starts_with(AFTER_MARKER_NOT_DECIMAL);
        if is_decimal {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
    }
    Ok((rest, (MarkerStyle::Arabic, n)))
}

fn paren_arabic_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    // （1）, (1), the half-open 1）/1) many documents use for the same level, and ⑴.
    let (rest, n) = alt((
        delimited(open_paren, arabic_int, close_paren),
        |i| {
            let (rest, c) =
                verify(anychar, |c: &char| parenthesized_value(*c).is_some()).parse(i)?;
            Ok((rest, parenthesized_value(c).unwrap_or(0)))
        },
        terminated(arabic_int, close_paren),
    ))
    .parse(i)?;
    Ok((rest, (MarkerStyle::ParenArabic, n)))
}

/// The value of a parenthesized number ⑴ … ⒇.
fn parenthesized_value(c: char) -> Option<u64> {
    match c {
        '\u{2474}'..='\u{2487}' => Some(c as u64 - 0x2474 + 1),
        _ => None,
    }
}

fn circled_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    let (rest, c) = verify(anychar, |c| circled_value(*c).is_some()).parse(i)?;
    Ok((rest, (MarkerStyle::Circled, circled_value(c).unwrap_or(0))))
}

fn ordinal_marker(i: &str) -> IResult<&str, (MarkerStyle, u64)> {
    let (rest, _) = tag(ORDINAL_OPENING).parse(i)?;
    let (rest, n) = alt((chinese_int, arabic_int)).parse(rest)?;
    let (rest, unit) = one_of(ORDINAL_UNITS).parse(rest)?;
    let style = if unit == CHAPTER_UNIT {
        MarkerStyle::Chapter
    } else if SECTION_UNITS.contains(&unit) {
        MarkerStyle::SectionPart
    } else {
        MarkerStyle::Article
    };
    // 第一章 is followed by a space or the heading; allow either.
    let (rest, _) = take_while(|c: char| c == ' ' || c == '\u{3000}').parse(rest)?;
    Ok((rest, (style, n)))
}

/// False when no marker can open with `c`: every alternative of [`marker`] reads first 第, an
/// opening parenthesis, a Chinese numeral, a digit (either width), ⑴…⒇, a circled number,
/// ⒈…⒛ or ㈠…㈩. Most lines
/// open with none of these and skip the parsers (the test checks this against the grammar).
#[inline]
fn may_open_marker(c: char) -> bool {
    arabic_digit(c).is_some()
        || is_chinese_numeral_char(c)
        || ORDINAL_OPENING.starts_with(c)
        || matches!(c, '（' | '(')
        || parenthesized_value(c).is_some()
        || circled_value(c).is_some()
        || full_stop_value(c).is_some()
        || parenthesized_ideograph_value(c).is_some()
}

/// nom: a marker at the start of `i`. The returned `text` is the marker as written,
/// without trailing spaces.
pub fn marker(i: &str) -> IResult<&str, Marker<'_>> {
    if !i.chars().next().is_some_and(may_open_marker) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alt,
        )));
    }
    any_marker(i)
}

/// [`marker`] without its gate.
fn any_marker(i: &str) -> IResult<&str, Marker<'_>> {
    let (rest, (written, (style, number))) = consumed(alt((
        ordinal_marker,
        paren_hanzi_marker,
        paren_arabic_marker,
        hanzi_marker,
        arabic_marker,
        padded_marker,
        circled_marker,
        full_stop_marker,
    )))
    .parse(i)?;
    // Nobody numbers items past four billion: such digits are a figure, not a marker.
    let number = u32::try_from(number)
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))?;
    let text = written.trim_end_matches([' ', '\u{3000}']);
    Ok((
        rest,
        Marker {
            style,
            number,
            text,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row<'a> = (&'a str, Option<(MarkerStyle, u32, &'a str)>);

    fn m(s: &str) -> Option<(MarkerStyle, u32, &str)> {
        marker(s).ok().map(|(_, m)| (m.style, m.number, m.text))
    }

    #[test]
    fn numbers_past_u32_make_no_marker() {
        assert_eq!(
            m("4294967295、"),
            Some((MarkerStyle::Arabic, u32::MAX, "4294967295、"))
        );
        assert_eq!(m("4294967296、"), None);
    }

    #[test]
    fn table_of_markers() {
        use MarkerStyle::*;
        let rows: &[Row] = &[
            ("一、总体要求", Some((Hanzi, 1, "一、"))),
            ("十二、其他", Some((Hanzi, 12, "十二、"))),
            ("（一）聚焦", Some((ParenHanzi, 1, "（一）"))),
            ("(二)支持", Some((ParenHanzi, 2, "(二)"))),
            ("（三)混合", Some((ParenHanzi, 3, "（三)"))),
            ("1.生产总值", Some((Arabic, 1, "1."))),
            ("１．全角", Some((Arabic, 1, "１．"))),
            ("12、顿号", Some((Arabic, 12, "12、"))),
            ("154.最后", Some((Arabic, 154, "154."))),
            ("（1）括号", Some((ParenArabic, 1, "（1）"))),
            ("(10)括号", Some((ParenArabic, 10, "(10)"))),
            ("1）半括号", Some((ParenArabic, 1, "1）"))),
            ("2)半括号", Some((ParenArabic, 2, "2)"))),
            ("⑶括号数字", Some((ParenArabic, 3, "⑶"))),
            ("③圈", Some((Circled, 3, "③"))),
            ("㉑圈", Some((Circled, 21, "㉑"))),
            ("㊿圈", Some((Circled, 50, "㊿"))),
            ("㈠加强统筹", Some((ParenHanzi, 1, "㈠"))),
            ("㈩加强统筹", Some((ParenHanzi, 10, "㈩"))),
            ("⒈推进", Some((Arabic, 1, "⒈"))),
            ("⒛推进", Some((Arabic, 20, "⒛"))),
            ("第一章 总则", Some((Chapter, 1, "第一章"))),
            ("第三節", Some((SectionPart, 3, "第三節"))),
            ("第十二条　", Some((Article, 12, "第十二条"))),
            ("一 、总体要求", Some((Hanzi, 1, "一 、"))),
            ("01概况", Some((Arabic, 1, "01"))),
            ("03主要任务", Some((Arabic, 3, "03"))),
            ("05年", None),
            ("00概况", None),
            ("11.121人才梯队项目", Some((Arabic, 11, "11."))),
            ("1﹒推进", Some((Arabic, 1, "1﹒"))),
            ("2.1%的强度", None),
            ("79.6月底前完成", Some((Arabic, 79, "79."))),
            ("3.5亿元", None),
            ("一是加强", None),
            ("一年来", None),
            ("2024年", None),
            ("(含)", None),
        ];
        for (input, want) in rows {
            assert_eq!(m(input), *want, "{input}");
        }
    }

    /// The gate in front of [`marker`] equals the grammar: every character a marker can open
    /// with passes it, whatever follows.
    #[test]
    fn gate_admits_every_first_character() {
        // Tails that complete each alternative after its first character.
        let tails = [
            "、x",
            "．x",
            ".x",
            " 、x",
            "，x",
            "x",
            "）x",
            ")x",
            "一）x",
            "1）x",
            "1)x",
            "一、x",
            "1、x",
            "1.x",
            "十二、x",
            "1x",
            "2概况",
            "章 x",
            "一章 x",
            "1条x",
            "十条x",
            "二）x",
            "",
        ];
        // Every marker character is in the BMP.
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            if may_open_marker(c) {
                continue;
            }
            for t in &tails {
                let s = format!("{c}{t}");
                assert!(any_marker(&s).is_err(), "{s:?}");
            }
        }
        // And the gate is no wider than it says: each admitted character opens a marker.
        for s in [
            "第一章",
            "（一）",
            "(1)",
            "一、",
            "1、",
            "１．",
            "⑴",
            "①",
            "01概况",
        ] {
            assert!(marker(s).is_ok(), "{s}");
        }
    }
}
