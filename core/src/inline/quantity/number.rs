//! Numbers as written: Arabic (1,300, 6.5, full-width digits) and Chinese (二百三十, 六点五,
//! 十几, 两三), read from the start of a text.

use crate::lex::numerals::{arabic_digit, chinese_digit, chinese_unit, chinese_value};
use crate::lexicon::quantities::{
    DECIMAL_POINT_WORDS, FEW, FEW_HIGH, FEW_LOW, FEW_LOW_OPENING, LARGE_SCALES,
};

#[inline]
pub(super) const fn is_arabic(c: char) -> bool {
    arabic_digit(c).is_some()
}

/// An Arabic number at the start of `s`: digits (both widths), thousands groups `1,300`,
/// a decimal part `6.5` / `6．5`. Returns the value and bytes used.
pub fn arabic_number(s: &str) -> Option<(f64, usize)> {
    // At most 31 digits and a point: written on the stack rather than in a String.
    let mut text = Digits::default();
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = arabic_digit(c) {
            if digits > 30 {
                return None;
            }
            text.push(char::from(b'0' + d as u8));
            digits += 1;
            end = i + c.len_utf8();
            chars.next();
        } else if c == ',' && !seen_point && digits > 0 {
            // A thousands group: exactly three digits and then no digit.
            let rest = &s[i + 1..];
            let group: Vec<char> = rest.chars().take(4).collect();
            if group.len() >= 3
                && group[..3].iter().all(|c| c.is_ascii_digit())
                && group.get(3).is_none_or(|c| !is_arabic(*c))
            {
                chars.next();
            } else {
                break;
            }
        } else if (matches!(c, '.' | '．') || DECIMAL_POINT_WORDS.contains(&c))
            && !seen_point
            && digits > 0
        {
            let next = s[i + c.len_utf8()..].chars().next();
            if next.is_some_and(is_arabic) {
                seen_point = true;
                text.push('.');
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if digits == 0 {
        return None;
    }
    text.as_str().parse::<f64>().ok().map(|v| (v, end))
}

/// The ASCII digits (and point) of a number being read.
#[derive(Default)]
struct Digits {
    bytes: [u8; 32],
    len: usize,
}

impl Digits {
    fn push(&mut self, c: char) {
        if let (Ok(b), Some(slot)) = (u8::try_from(c), self.bytes.get_mut(self.len)) {
            *slot = b;
            self.len += 1;
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// A Chinese number at the start of `s`, with an optional decimal part (六点五) and the
/// shorthand ranges 十几 (11–19) and 两三 (2–3). Trailing 万/亿 are left for the caller
/// (the scale belongs to the unit as written). Returns (low, high, bytes used).
pub(super) fn chinese_number(s: &str) -> Option<(f64, Option<f64>, usize)> {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if chinese_digit(c).is_some() && !matches!(c, 'O' | 'o' | 'ｏ' | '０')
            || chinese_unit(c).is_some()
            || FEW.contains(&c)
            || (matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ') && i > 0)
        {
            end = i + c.len_utf8();
        } else {
            break;
        }
        if end > 120 {
            return None;
        }
    }
    // Leave trailing scales 万/亿 (and 千万, 百万) to the unit.
    let mut run = &s[..end];
    while let Some(c) = run.chars().last() {
        if LARGE_SCALES.contains(&c) && run.chars().count() > 1 {
            run = &run[..run.len() - c.len_utf8()];
        } else {
            break;
        }
    }
    if run.is_empty() {
        return None;
    }
    // A bare 百/千 (上百, 数千) is a magnitude, read by the caller with its prefix.
    let has_digit = run
        .chars()
        .any(|c| chinese_digit(c).is_some() || FEW.contains(&c));
    let (low, high) = if run.contains(FEW) {
        let lo = chinese_value(&run.replace(FEW, FEW_LOW))?;
        let hi = chinese_value(&run.replace(FEW, FEW_HIGH))?;
        let lo = if run.starts_with(FEW) {
            chinese_value(&run.replacen(FEW, FEW_LOW_OPENING, 1).replace(FEW, FEW_LOW))?
        } else {
            lo
        };
        (lo as f64, Some(hi as f64))
    } else {
        let cs: Vec<char> = run.chars().collect();
        // 两三个, 三四百: two neighbouring digits read as a range.
        let pair = (cs.len() >= 2)
            .then(|| (chinese_digit(cs[0]), chinese_digit(cs[1])))
            .and_then(|(a, b)| Some((a?, b?)))
            .filter(|&(a, b)| {
                a > 0 && b == a + 1 && cs[2..].iter().all(|c| chinese_unit(*c).is_some())
            });
        match pair {
            Some(_) => {
                let first: String = std::iter::once(cs[0])
                    .chain(cs[2..].iter().copied())
                    .collect();
                let second: String = cs[1..].iter().collect();
                (
                    chinese_value(&first)? as f64,
                    Some(chinese_value(&second)? as f64),
                )
            }
            None if has_digit || run.chars().all(|c| chinese_unit(c).is_some()) => {
                (chinese_value(run)? as f64, None)
            }
            None => return None,
        }
    };
    let mut used = run.len();
    let mut low = low;
    // 六点五
    let rest = &s[used..];
    if let Some(r) = rest.strip_prefix(DECIMAL_POINT_WORDS) {
        let frac: String = r
            .chars()
            .take_while(|c| chinese_digit(*c).is_some() && !matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ'))
            .take(12)
            .filter_map(|c| chinese_digit(c).map(|d| char::from(b'0' + d as u8)))
            .collect();
        if !frac.is_empty() && high.is_none() {
            if let Ok(f) = format!("0.{frac}").parse::<f64>() {
                low += f;
                // Counted as Han digits, three bytes each.
                used += rest.len() - r.len() + frac.chars().count() * 3;
            }
        }
    }
    Some((low, high, used))
}

#[inline]
pub(super) const fn is_chinese_start(c: char) -> bool {
    (chinese_digit(c).is_some() && !matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ' | '０'))
        || chinese_unit(c).is_some()
        || is_few(c)
}

/// `FEW.contains(&c)`, written to be evaluated at compile time.
const fn is_few(c: char) -> bool {
    let mut i = 0;
    while i < FEW.len() {
        if FEW[i] == c {
            return true;
        }
        i += 1;
    }
    false
}
