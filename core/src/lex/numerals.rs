//! Numbers as written in headings and dates: Arabic digits in both widths, Chinese numerals
//! in both scripts (一二三… 十百千万亿, 两/兩, capitals 壹贰叁…, zero as 零 〇 ○ O Ｏ).

use crate::lexicon::numerals::{numeral_digit, numeral_unit};
use nom::{bytes::complete::take_while1, IResult, Parser};

/// True for a character that can be part of a Chinese numeral.
pub fn is_chinese_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some()
}

/// The digit value of a Chinese numeral character (0–9), if it is one.
pub const fn chinese_digit(c: char) -> Option<u64> {
    numeral_digit(c)
}

/// The multiplier of a Chinese unit character (十 百 千 万 亿), if it is one.
pub const fn chinese_unit(c: char) -> Option<u64> {
    numeral_unit(c)
}

/// The value of a whole Chinese numeral such as 十一, 一百零五, 两千, 一万零一百, 二O一九.
///
/// Digit strings without unit characters read positionally (二〇二四 = 2024). Returns
/// `None` for empty input, stray characters or overflow.
pub fn chinese_value(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| chinese_digit(c).is_some()) {
        // Positional: 二〇二四. The letter O alone is not a numeral.
        if s.chars().all(|c| matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ')) {
            return None;
        }
        let mut v: u64 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(chinese_digit(c)?)?;
        }
        return Some(v);
    }
    // Grouped: value = Σ section × (亿|万|1); within a section digits × (千|百|十).
    let mut total: u64 = 0; // completed 亿-level groups
    let mut section: u64 = 0; // current group below 万/亿
    let mut digit: Option<u64> = None;
    let mut seen_any = false;
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            if matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ') && !seen_any {
                return None;
            }
            digit = Some(d);
            seen_any = true;
        } else if let Some(u) = chinese_unit(c) {
            seen_any = true;
            match u {
                10 | 100 | 1_000 => {
                    // A bare 十 means 一十.
                    let d = digit.take().unwrap_or(1);
                    section = section.checked_add(d.checked_mul(u)?)?;
                }
                10_000 => {
                    let group = section.checked_add(digit.take().unwrap_or(0))?;
                    let group = if group == 0 { 1 } else { group };
                    // 万 inside an 亿 group: 一亿二千万 -> total gets added later.
                    total = total.checked_add(group.checked_mul(10_000)?)?;
                    section = 0;
                }
                _ => {
                    let group = total
                        .checked_add(section)?
                        .checked_add(digit.take().unwrap_or(0))?;
                    let group = if group == 0 { 1 } else { group };
                    total = group.checked_mul(100_000_000)?;
                    section = 0;
                }
            }
        } else {
            return None;
        }
    }
    // Spoken shorthand: a last digit right after 百/千/万/亿 counts one place lower
    // (一百五 = 150, 两千三 = 2300, 一万二 = 12000); after 零 it counts as written.
    let mut last = digit.unwrap_or(0);
    let mut tail = s.chars().rev();
    if let (Some(d), Some(u)) = (tail.next(), tail.next()) {
        if let (Some(dv), Some(uv)) = (chinese_digit(d), chinese_unit(u)) {
            if dv > 0 && uv >= 100 {
                last = dv.checked_mul(uv / 10)?;
            }
        }
    }
    total.checked_add(section)?.checked_add(last)
}

/// nom: a run of Chinese numeral characters and its value.
pub fn chinese_int(input: &str) -> IResult<&str, u64> {
    let (rest, run) = take_while1(is_chinese_numeral_char).parse(input)?;
    match chinese_value(run) {
        Some(v) => Ok((rest, v)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// The value of an ASCII or full-width digit.
pub const fn arabic_digit(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        '０'..='９' => Some(c as u64 - '０' as u64),
        _ => None,
    }
}

/// nom: a run of Arabic digits (both widths) and its value (at most 18 digits).
pub fn arabic_int(input: &str) -> IResult<&str, u64> {
    let (rest, run) = take_while1(|c| arabic_digit(c).is_some()).parse(input)?;
    let mut v: u64 = 0;
    for c in run.chars() {
        match v
            .checked_mul(10)
            .and_then(|x| x.checked_add(arabic_digit(c).unwrap_or(0)))
        {
            Some(n) => v = n,
            None => {
                return Err(nom::Err::Error(nom::error::Error::new(
                    input,
                    nom::error::ErrorKind::TooLarge,
                )))
            }
        }
    }
    Ok((rest, v))
}

/// The value of a circled number: ① … ⑳, then ㉑ … ㉟ and ㊱ … ㊿ (Unicode's Enclosed CJK
/// Letters and Months block carries the numbers past twenty).
pub fn circled_value(c: char) -> Option<u64> {
    match c {
        '\u{2460}'..='\u{2473}' => Some(c as u64 - 0x2460 + 1),
        '\u{3251}'..='\u{325F}' => Some(c as u64 - 0x3251 + 21),
        '\u{32B1}'..='\u{32BF}' => Some(c as u64 - 0x32B1 + 36),
        _ => None,
    }
}

/// The value of a number with its full stop in one character, ⒈ … ⒛ (word processors'
/// list numbering, kept by some exports).
pub fn full_stop_value(c: char) -> Option<u64> {
    match c {
        '\u{2488}'..='\u{249B}' => Some(c as u64 - 0x2488 + 1),
        _ => None,
    }
}

/// The value of a parenthesized ideograph numeral ㈠ … ㈩ (one character for （一） … （十）).
pub fn parenthesized_ideograph_value(c: char) -> Option<u64> {
    match c {
        '\u{3220}'..='\u{3229}' => Some(c as u64 - 0x3220 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tricky_values() {
        for (s, v) in [
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("九十九", 99),
            ("一百零五", 105),
            ("两千", 2000),
            ("兩千", 2000),
            ("一万零一百", 10100),
            ("二O一九", 2019),
            ("二〇二四", 2024),
            ("二零二四", 2024),
            ("三千万", 30_000_000),
            ("十二亿三千四百万", 1_234_000_000),
            ("壹佰贰拾", 120),
            ("一亿零五", 100_000_005),
            ("一百五", 150),
            ("一万二", 12_000),
            ("一万零二", 10_002),
        ] {
            assert_eq!(chinese_value(s), Some(v), "{s}");
        }
        assert_eq!(chinese_value("O"), None);
        assert_eq!(chinese_value("十a"), None);
        assert_eq!(chinese_value(""), None);
    }

    #[test]
    fn nom_parsers() {
        assert_eq!(chinese_int("十二、").unwrap(), ("、", 12));
        assert_eq!(arabic_int("１５．").unwrap(), ("．", 15));
        assert!(arabic_int("99999999999999999999999").is_err());
    }
}
