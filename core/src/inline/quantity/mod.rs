//! Numbers and quantities as policy texts write them: 6.5%, 1,300家, 18.8亿元, 百分之六点五,
//! 1.3个百分点, 1.8:1, 2-3个, 10%~15%, 两三个, 近700万元, 3000多人, 十几万, 二百三十余万元.
//!
//! A quantity is a number with a unit (or at least a scale 万/亿). Numbers that are dates
//! (2024年), ordinals (第十四届, 第4位) or parts of names (5G, PM2.5) are not quantities.
//!
//! `number` reads the number, `units` the unit; this module puts a quantity together (range,
//! approximation, scale, unit) and finds every quantity of a text. The words are in
//! `lexicon::quantities`.

mod number;
mod units;

pub use number::arabic_number;
use number::{chinese_number, is_arabic, is_chinese_start};
use units::unit_at;

use crate::lex::numerals::{arabic_digit, chinese_digit, chinese_unit};
use crate::lexicon::bmp::BmpSet;
use crate::lexicon::quantities::{
    ABOUT_BEFORE, CLASS_SUFFIXES, DECIMAL_POINT_WORDS, DURATION_AFTER_COUNTER, FEW,
    GENERAL_COUNTER, HUNDREDS, LARGE_SCALES, LONE_NUMERALS, MEETING_AFTER_TIMES, ONE,
    ORDINAL_PREFIXES, OVER_AFTER, OVER_BEFORE, OVER_BEFORE_MAGNITUDE, OVER_BEFORE_SCALE,
    PERCENT_AFTER_HUNDRED, PERCENT_OPENERS, PERCENT_OPENER_START, RANGE_WORDS, SCALES,
    SEVERAL_BEFORE_MAGNITUDE, SMALL_SCALES, TIMES_COUNTER, UNDER_BEFORE,
};
use crate::{Span, Text};

use crate::ast::QuantityExtra;
pub use crate::ast::{Approx, Quantity, QuantityKind};

/// The words that join the two ends of a range: dashes, tildes, 至, 到.
const RANGE_DASHES: &[&str] = &["-", "—", "–", "－", "~", "～", "〜"];

fn scale_of(c: char) -> Option<f64> {
    SCALES.iter().find(|s| s.0 == c).map(|s| s.1)
}

fn strip_any<'a>(s: &'a str, words: &[&str]) -> Option<(&'a str, usize)> {
    words
        .iter()
        .find_map(|w| s.strip_prefix(w).map(|r| (r, w.len())))
}

/// Whether a number may start at byte `at` of `text`: not inside a number or a Latin name
/// (5G, PM2.5), not an ordinal (第十四届).
fn may_start(text: &str, at: usize) -> bool {
    let Some(prev) = text[..at].chars().next_back() else {
        return true;
    };
    !(is_arabic(prev)
        || prev.is_ascii_alphabetic()
        || matches!(prev, '.' | '．' | '/' | '_' | '-' | '·')
        || ORDINAL_PREFIXES.contains(&prev)
        || chinese_digit(prev).is_some() && !matches!(prev, 'O' | 'o' | 'Ｏ' | 'ｏ')
        || chinese_unit(prev).is_some())
}

/// The quantity starting at byte `at` of `text`, if one does.
pub fn quantity_at(text: &str, at: usize) -> Option<Quantity> {
    if !text.is_char_boundary(at) || !may_start(text, at) {
        return None;
    }
    let s = &text[at..];
    let first = s.chars().next()?;
    // Percent written out: 百分之六点五.
    if let Some(r) = strip_any(s, PERCENT_OPENERS)
        .map(|(r, _)| r) // the short form 百分 only before a digit
        .filter(|r| {
            r.chars()
                .next()
                .is_some_and(|c| is_chinese_start(c) || is_arabic(c))
        })
    {
        let head = s.len() - r.len();
        let (v, used) = match arabic_number(r) {
            Some((v, u)) => (v, u),
            None => {
                let (v, hi, u) = chinese_number(r)?;
                if hi.is_some() {
                    return None;
                }
                (v, u)
            }
        };
        return Some(Quantity {
            value: v,
            unit: Text::of(&s[..head]),
            base_value: v,
            base_unit: Text::word("%"),
            kind: QuantityKind::Percent,
            span: Span::new(at, at + head + used),
            extra: None,
        });
    }
    let arabic = is_arabic(first);
    if !arabic && !is_chinese_start(first) {
        return None;
    }
    // The number.
    let (value, mut upper, mut used) = if arabic {
        let (v, u) = arabic_number(s)?;
        (v, None, u)
    } else {
        chinese_number(s)?
    };
    let number_text = &s[..used];
    // Chinese numbers that are words rather than amounts: 一个, 千家万户, 万一.
    let mut approx = None;
    let before = text[..at].chars().next_back();
    if !arabic {
        let bare_unit = number_text.chars().all(|c| chinese_unit(c).is_some());
        if bare_unit {
            match before {
                Some(c) if c == OVER_BEFORE_MAGNITUDE => approx = Some(Approx::Over),
                Some(c) if SEVERAL_BEFORE_MAGNITUDE.contains(&c) => approx = Some(Approx::Several),
                // 突破百亿元, 万亿级: a round magnitude before a scale.
                _ if s[used..].starts_with(LARGE_SCALES) => {}
                _ => return None,
            }
        }
        // A name in quotes (“四项机制”), a lone formal digit (陆家 is a place name).
        if matches!(before, Some('“' | '「' | '《' | '"' | '‘')) {
            return None;
        }
        if number_text.chars().count() == 1 && !number_text.starts_with(LONE_NUMERALS) {
            return None;
        }
        if ONE.contains(&number_text) {
            // 一个, 一批: an article, not an amount; keep 一万, 一亿.
            let r = &s[used..];
            if !(r.starts_with(LARGE_SCALES) || r.starts_with(DECIMAL_POINT_WORDS)) {
                return None;
            }
        }
    }
    if approx.is_none() {
        approx = match before {
            Some(c) if UNDER_BEFORE.contains(&c) => Some(Approx::Under),
            Some(c) if ABOUT_BEFORE.contains(&c) => Some(Approx::About),
            Some(c) if OVER_BEFORE.contains(&c) => Some(Approx::Over),
            _ => None,
        };
    }
    if upper.is_some() && !arabic && number_text.contains(FEW) {
        approx = Some(Approx::Several);
    }
    // Ratio 1.8:1.
    if arabic {
        let r = &s[used..];
        if let Some(r2) = r.strip_prefix(':').or_else(|| r.strip_prefix('：')) {
            if let Some((b, u2)) = arabic_number(r2) {
                let after = r2[u2..].chars().next();
                if b > 0.0 && after.is_none_or(|c| !is_arabic(c) && c != ':' && c != '：') {
                    let end = used + (r.len() - r2.len()) + u2;
                    return Some(Quantity {
                        value,
                        unit: Text::of(&s[used..end]),
                        base_value: value / b,
                        base_unit: Text::word("ratio"),
                        kind: QuantityKind::Ratio,
                        span: Span::new(at, at + end),
                        extra: QuantityExtra::boxed(None, approx, None),
                    });
                }
            }
        }
    }
    // A range written with a dash or 至: 2-3个, 5—8家, 5至8家 (the unit after the second).
    let try_range = |from: usize| -> Option<(f64, usize)> {
        let r = &s[from..];
        let (r2, _) = strip_range_word(r)?;
        let (b, u2) = if arabic {
            arabic_number(r2)?
        } else {
            let (b, hi, u2) = chinese_number(r2)?;
            if hi.is_some() {
                return None;
            }
            (b, u2)
        };
        (b > value).then_some((b, from + (r.len() - r2.len()) + u2))
    };
    if upper.is_none() {
        if let Some((b, end)) = try_range(used) {
            // Only when no date or other word follows: 2024—2026年 is a period.
            upper = Some(b);
            used = end;
        }
    }
    // 多/余 before a scale or unit: 3000多万, 二百三十余万.
    let mut rest = &s[used..];
    if let Some((r, n)) = strip_any(rest, OVER_AFTER).or_else(|| strip_any(rest, OVER_BEFORE_SCALE))
    {
        approx = Some(Approx::Over);
        used += n;
        rest = r;
    }
    // Scale characters: 万, 亿, 千万, 万亿; after Arabic digits also 千 and 百 (3千, 5百万).
    let mut scale = 1.0;
    let scale_start = used;
    let mut scale_chars = 0;
    for c in rest.chars() {
        let Some(f) = scale_of(c) else { break };
        if !arabic && SMALL_SCALES.contains(&c) && scale_chars == 0 {
            break;
        }
        // 5百分点: 百 starts the unit.
        let after = &rest[c.len_utf8() * (scale_chars + 1)..];
        if HUNDREDS.contains(&c) && after.starts_with(PERCENT_AFTER_HUNDRED) {
            break;
        }
        scale *= f;
        scale_chars += 1;
        if scale_chars >= 3 {
            break;
        }
    }
    used += rest
        .chars()
        .take(scale_chars)
        .map(char::len_utf8)
        .sum::<usize>();
    // 13万2: one more digit counts one place lower.
    if arabic && scale >= 1e4 && scale_chars == 1 {
        let r = &s[used..];
        let mut it = r.chars();
        if let (Some(d), next) = (it.next(), it.next()) {
            if let Some(dv) = arabic_digit(d) {
                if next.is_none_or(|n| !is_arabic(n) && !matches!(n, '.' | '．' | ',' | ':' | '：'))
                    && unit_at(&r[d.len_utf8()..]).is_some()
                {
                    let v = value + dv as f64 / 10.0;
                    return finish(
                        at,
                        s,
                        v,
                        upper,
                        approx,
                        used + d.len_utf8(),
                        scale_start,
                        scale,
                    );
                }
            }
        }
    }
    if let Some((_, n)) = strip_any(&s[used..], OVER_AFTER) {
        approx = Some(Approx::Over);
        used += n;
    }
    finish(at, s, value, upper, approx, used, scale_start, scale)
}

/// The range word at the start of `s` (2-3个, 5至8家), with what follows it.
fn strip_range_word(s: &str) -> Option<(&str, usize)> {
    strip_any(s, RANGE_DASHES).or_else(|| strip_any(s, RANGE_WORDS))
}

#[allow(clippy::too_many_arguments)]
fn finish(
    at: usize,
    s: &str,
    value: f64,
    upper: Option<f64>,
    approx: Option<Approx>,
    mut used: usize,
    scale_start: usize,
    scale: f64,
) -> Option<Quantity> {
    let rest = &s[used..];
    let unit = unit_at(rest);
    let (base_unit, factor, kind, currency) = match unit {
        Some((w, b, f, k, c)) => {
            used += w.len();
            (Text::word(b), f, k, c.map(Text::word))
        }
        None if scale > 1.0 && scale_start < used => {
            (Text::word("1"), 1.0, QuantityKind::Count, None)
        }
        None => return None,
    };
    // A count unit right before 年/月/日 is a date or a duration (3个月), not an amount.
    let after = &s[used..];
    if kind == QuantityKind::Count
        && after.starts_with(DURATION_AFTER_COUNTER)
        && base_unit == GENERAL_COUNTER
    {
        return None;
    }
    // 万吨级码头, 千亿级产业: a class, not an amount.
    if after.starts_with(CLASS_SUFFIXES) {
        return None;
    }
    // 三次会议, 第二次全会: a meeting's number.
    if base_unit == TIMES_COUNTER && after.starts_with(MEETING_AFTER_TIMES) {
        return None;
    }
    // 13万2人: the extra digit is part of the number, not the unit (a copy without it only
    // then; most units hold no digit and stay a view).
    let unit_slice = &s[scale_start..used];
    let unit_text = unit_slice.chars().any(is_arabic).then(|| {
        unit_slice
            .chars()
            .filter(|c| !is_arabic(*c))
            .collect::<String>()
    });
    // 10%~15%: a percent range with the unit written twice.
    let mut upper = upper;
    if upper.is_none()
        && kind == QuantityKind::Percent
        && scale_start == used - unit.map_or(0, |u| u.0.len())
    {
        if let Some((r, _)) = strip_range_word(after) {
            if let Some((b, u2)) = arabic_number(r) {
                if let Some((w, b2, ..)) = unit_at(&r[u2..]) {
                    if b2 == base_unit && b > value {
                        upper = Some(b);
                        used += (after.len() - r.len()) + u2 + w.len();
                    }
                }
            }
        }
    }
    let base_value = value * scale * factor;
    Some(Quantity {
        value,
        unit: match unit_text {
            Some(owned) => Text::at_or_owned(unit_slice, owned),
            None => Text::of(unit_slice),
        },
        base_value,
        base_unit,
        kind,
        span: Span::new(at, at + used),
        extra: QuantityExtra::boxed(upper, approx, currency),
    })
}

/// Whether a quantity may start with `c` (what [`quantity_at`] reads first).
const fn may_open_quantity(c: char) -> bool {
    is_arabic(c) || is_chinese_start(c) || c == PERCENT_OPENER_START
}

/// The characters that pass [`may_open_quantity`], read off a character's bytes without
/// decoding it (nearly every character of a text is Han or punctuation, few open a number).
/// Computed when the crate is compiled.
static STARTS: BmpSet = {
    let mut set = BmpSet::EMPTY;
    let mut u = 0;
    while u < 0x10000 {
        if let Some(c) = char::from_u32(u) {
            if may_open_quantity(c) {
                set.insert(u);
            }
        }
        u += 1;
    }
    set
};

/// Every quantity in `text`, left to right, not overlapping.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let rest = bytes.get(at..).unwrap_or_default();
        if !STARTS.may_contain_at(rest) {
            // ASCII is one byte, the others read here three.
            at += if rest[0] < 0x80 { 1 } else { 3 };
            continue;
        }
        let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
            break;
        };
        if !may_open_quantity(c) {
            at += c.len_utf8();
            continue;
        }
        if let Some(q) = quantity_at(text, at) {
            // Spans end on character boundaries, past `at`.
            at = q.span.end();
            out.push(q);
        } else {
            // Do not restart inside the same number (2024年 must not yield 024 or 4).
            let mut end = at + c.len_utf8();
            for (i, c) in text[at..].char_indices() {
                if is_arabic(c) || chinese_digit(c).is_some() || chinese_unit(c).is_some() {
                    end = at + i + c.len_utf8();
                } else {
                    break;
                }
            }
            at = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_is_may_open_quantity() {
        for c in '\0'..='\u{FFFF}' {
            assert_eq!(STARTS.contains(c), may_open_quantity(c), "{c:?}");
        }
    }

    fn q(s: &str) -> Quantity {
        let all = find_quantities(s);
        assert_eq!(all.len(), 1, "{s}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn arabic() {
        let x = q("增长6.5%");
        assert_eq!(
            (x.value, x.unit.as_str(), x.base_unit.as_str()),
            (6.5, "%", "%")
        );
        let x = q("1,300家");
        assert_eq!((x.value, x.unit.as_str()), (1300.0, "家"));
        let x = q("18.8亿元");
        assert_eq!((x.value, x.unit.as_str()), (18.8, "亿元"));
        assert_eq!(x.base_value, 1_880_000_000.0);
        assert_eq!(x.currency(), Some("CNY"));
        let x = q("１６０家以上");
        assert_eq!((x.value, x.unit.as_str()), (160.0, "家"));
        let x = q("1.5万亩");
        assert_eq!((x.base_value, x.base_unit.as_str()), (15000.0, "亩"));
        let x = q("3千人");
        assert_eq!(x.base_value, 3000.0);
        let x = q("13万2人");
        assert_eq!(
            (x.base_value, x.value, x.unit.as_str()),
            (132_000.0, 13.2, "万人")
        );
        let x = q("25兆瓦");
        assert_eq!((x.base_value, x.base_unit.as_str()), (25e6, "瓦"));
        let x = q("1.8:1");
        assert_eq!(
            (x.value, x.kind, x.base_value),
            (1.8, QuantityKind::Ratio, 1.8)
        );
        let x = q("1.3个百分点");
        assert_eq!((x.value, x.unit.as_str()), (1.3, "个百分点"));
        let x = q("5亿美元");
        assert_eq!(x.currency(), Some("USD"));
    }

    #[test]
    fn ranges_and_approximations() {
        let x = q("2-3个");
        assert_eq!((x.value, x.upper()), (2.0, Some(3.0)));
        let x = q("5—8家");
        assert_eq!((x.value, x.upper()), (5.0, Some(8.0)));
        let x = q("10%~15%");
        assert_eq!(
            (x.value, x.upper(), x.unit.as_str()),
            (10.0, Some(15.0), "%")
        );
        let x = q("两三个");
        assert_eq!((x.value, x.upper()), (2.0, Some(3.0)));
        let x = q("近700万元");
        assert_eq!(
            (x.value, x.approx(), x.base_value),
            (700.0, Some(Approx::Under), 7e6)
        );
        let x = q("3000多人");
        assert_eq!((x.value, x.approx()), (3000.0, Some(Approx::Over)));
        let x = q("十几万人");
        assert_eq!(
            (x.value, x.upper(), x.unit.as_str()),
            (11.0, Some(19.0), "万人")
        );
        let x = q("上百家");
        assert_eq!((x.value, x.approx()), (100.0, Some(Approx::Over)));
        let x = q("数百万人");
        assert_eq!(
            (x.value, x.approx(), x.unit.as_str()),
            (100.0, Some(Approx::Several), "万人")
        );
        let x = q("二百三十余万元");
        assert_eq!(
            (x.value, x.approx(), x.base_value),
            (230.0, Some(Approx::Over), 2.3e6)
        );
        let x = q("百分之六点五");
        assert_eq!((x.value, x.base_unit.as_str()), (6.5, "%"));
    }

    #[test]
    fn not_quantities() {
        for s in [
            "2024年",
            "第十四届人民代表大会",
            "第4位",
            "5G基站",
            "PM2.5浓度",
            "一个中心",
            "千家万户",
            "万一",
            "十四五规划",
            "用3年时间",
            "2024—2026年",
            "3个月",
            "进一步",
        ] {
            assert!(
                find_quantities(s).is_empty(),
                "{s}: {:?}",
                find_quantities(s)
            );
        }
        // 5G基站200个: the count is 200, not 5.
        let x = q("新建5G基站200个");
        assert_eq!(x.value, 200.0);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "1,",
            "1.",
            "百分之",
            "1:",
            "1-",
            "十几",
            "O",
            "9".repeat(400).as_str(),
            "1,0000",
            "。1",
        ] {
            let _ = find_quantities(s);
        }
    }
}
