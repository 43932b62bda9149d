//! Word's automatic numbering (`word/numbering.xml`), rendered the way a reader sees it.
//!
//! A paragraph's `w:numPr` (numId, ilvl) names a `w:num`, which names a `w:abstractNum`
//! whose `w:lvl` gives the format (`w:numFmt`), the pattern (`w:lvlText`, `%1、`, `（%2）`),
//! the start and when the level restarts. Counters are kept as Word keeps them: per
//! abstract list, shared by the numIds that use it unless a numId overrides a level; a
//! deeper level restarts when a shallower one advances, unless `w:lvlRestart` says
//! otherwise.

use super::xml;
use crate::Error;
use quick_xml::events::Event;
use std::collections::HashMap;

const LEVELS: usize = 9;

#[derive(Debug, Clone, Default)]
struct Level {
    fmt: String,
    text: String,
    start: Option<u32>,
    /// `w:lvlRestart`: 0 = never; n = after level n (1-based) or a shallower one advances.
    restart: Option<u32>,
    /// `w:suff`: what follows the marker (tab by default).
    suffix: Option<String>,
    legal: bool,
}

#[derive(Debug, Clone, Default)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    overrides: Vec<(usize, Override)>,
}

/// The lists of a Word file and their running counters.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, Vec<Option<Level>>>,
    nums: HashMap<String, Num>,
    counters: HashMap<String, [Option<u32>; LEVELS]>,
}

/// Where the parser is inside numbering.xml.
#[derive(Default)]
struct State {
    abstract_id: Option<String>,
    levels: Vec<Option<Level>>,
    num: Option<(String, Num)>,
    override_ilvl: Option<usize>,
    level: Option<(usize, Level)>,
}

impl Numbering {
    pub(crate) fn parse(
        input: &mut dyn std::io::BufRead,
        part: &str,
        max_depth: usize,
    ) -> Result<Self, Error> {
        let mut n = Numbering::default();
        let mut st = State::default();
        xml::events(input, part, max_depth, |ev| {
            match ev {
                Event::Start(e) | Event::Empty(e) => {
                    let empty = matches!(ev, Event::Empty(_));
                    let val = || xml::attr(e, b"val");
                    match e.local_name().as_ref() {
                        b"abstractNum" if !empty => {
                            st.abstract_id = xml::attr(e, b"abstractNumId");
                            st.levels = vec![None; LEVELS];
                        }
                        b"num" if !empty => {
                            let id = xml::attr(e, b"numId").unwrap_or_default();
                            st.num = Some((id, Num::default()));
                        }
                        b"abstractNumId" => {
                            if let (Some((_, num)), Some(v)) = (st.num.as_mut(), val()) {
                                num.abstract_id = v;
                            }
                        }
                        b"lvlOverride" if !empty => st.override_ilvl = ilvl(e),
                        b"startOverride" => {
                            if let (Some((_, num)), Some(i)) = (st.num.as_mut(), st.override_ilvl) {
                                let start = val().and_then(|v| v.parse().ok());
                                override_at(num, i).start = start;
                            }
                        }
                        b"lvl" if !empty => {
                            st.level = ilvl(e).map(|i| (i, Level::default()));
                        }
                        name => {
                            if let Some((_, level)) = st.level.as_mut() {
                                set_level_field(level, name, val(), e);
                            }
                        }
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"lvl" => {
                        if let Some((i, level)) = st.level.take() {
                            match (st.num.as_mut(), st.override_ilvl) {
                                (Some((_, num)), Some(_)) => {
                                    override_at(num, i).level = Some(level)
                                }
                                _ => {
                                    if let Some(slot) = st.levels.get_mut(i) {
                                        *slot = Some(level);
                                    }
                                }
                            }
                        }
                    }
                    b"lvlOverride" => st.override_ilvl = None,
                    b"abstractNum" => {
                        if let Some(id) = st.abstract_id.take() {
                            n.abstracts.insert(id, std::mem::take(&mut st.levels));
                        }
                    }
                    b"num" => {
                        if let Some((id, num)) = st.num.take() {
                            n.nums.insert(id, num);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
            Ok(())
        })?;
        Ok(n)
    }

    /// The marker the next paragraph of list `num_id` at level `ilvl` shows, advancing the
    /// counters. `None` for bullets, unknown lists and `numId` 0 (numbering removed).
    pub(crate) fn next(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let num = self.nums.get(num_id)?;
        let abs = self.abstracts.get(&num.abstract_id)?;
        if ilvl >= LEVELS {
            return None;
        }
        let level = |k: usize| -> Option<&Level> {
            let over = num.overrides.iter().find(|(i, _)| *i == k);
            over.and_then(|(_, o)| o.level.as_ref())
                .or_else(|| abs.get(k).and_then(Option::as_ref))
        };
        let start = |k: usize| -> u32 {
            let over = num.overrides.iter().find(|(i, _)| *i == k);
            over.and_then(|(_, o)| o.start)
                .or_else(|| level(k).and_then(|l| l.start))
                .unwrap_or(1)
        };
        let this = level(ilvl)?;
        if this.fmt == "bullet" {
            return None;
        }
        // numIds that override a level keep their own counters; others share the list's.
        let key = if num.overrides.is_empty() {
            format!("a{}", num.abstract_id)
        } else {
            format!("n{num_id}")
        };
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        counters[ilvl] = Some(counters[ilvl].map_or(start(ilvl), |c| c.saturating_add(1)));
        for (d, slot) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = level(d).and_then(|l| l.restart).unwrap_or(d as u32);
            if restart != 0 && (ilvl as u32) < restart {
                *slot = None;
            }
        }
        let mut out = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            let k = chars.peek().and_then(|d| d.to_digit(10));
            match k {
                Some(k @ 1..=9) if c == '%' => {
                    chars.next();
                    let k = k as usize - 1;
                    let value = counters[k].unwrap_or_else(|| start(k));
                    let fmt = if this.legal {
                        "decimal"
                    } else {
                        level(k).map_or("decimal", |l| l.fmt.as_str())
                    };
                    out.push_str(&format_number(fmt, value));
                }
                _ => out.push(c),
            }
        }
        // A marker that ends in a letter or digit needs a gap before the text; one that
        // ends in 、 . ） already has it, as in typed text.
        let gap = this.suffix.as_deref() != Some("nothing")
            && out.chars().last().is_some_and(char::is_alphanumeric);
        if gap {
            out.push(' ');
        }
        Some(out)
    }
}

fn ilvl(e: &quick_xml::events::BytesStart<'_>) -> Option<usize> {
    xml::attr(e, b"ilvl").and_then(|v| v.parse().ok())
}

fn override_at(num: &mut Num, i: usize) -> &mut Override {
    let at = match num.overrides.iter().position(|(k, _)| *k == i) {
        Some(at) => at,
        None => {
            num.overrides.push((i, Override::default()));
            num.overrides.len() - 1
        }
    };
    &mut num.overrides[at].1
}

fn set_level_field(
    level: &mut Level,
    name: &[u8],
    val: Option<String>,
    e: &quick_xml::events::BytesStart<'_>,
) {
    match name {
        b"numFmt" => level.fmt = val.unwrap_or_default(),
        b"lvlText" => level.text = val.unwrap_or_default(),
        b"start" => level.start = val.and_then(|v| v.parse().ok()),
        b"lvlRestart" => level.restart = val.and_then(|v| v.parse().ok()),
        b"suff" => level.suffix = val,
        b"isLgl" => level.legal = xml::attr(e, b"val").is_none_or(|v| v != "0" && v != "false"),
        _ => {}
    }
}

/// `n` in Word's number format `fmt`; unknown formats fall back to decimal.
pub(crate) fn format_number(fmt: &str, n: u32) -> String {
    use crate::lexicon::numerals::{
        HEAVENLY_STEMS, WORD_COUNTING_DIGITS, WORD_COUNTING_UNITS, WORD_LEGAL_DIGITS,
        WORD_LEGAL_UNITS,
    };
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographDigital"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(n, WORD_COUNTING_DIGITS, WORD_COUNTING_UNITS),
        "chineseLegalSimplified" | "ideographLegalTraditional" => {
            chinese(n, WORD_LEGAL_DIGITS, WORD_LEGAL_UNITS)
        }
        "ideographTraditional" if n >= 1 => HEAVENLY_STEMS
            .chars()
            .nth((n as usize - 1) % 10)
            .map_or_else(String::new, String::from),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            CIRCLED
                .chars()
                .nth(n as usize - 1)
                .map_or_else(String::new, String::from)
        }
        "decimalZero" if n < 10 => format!("0{n}"),
        // Word repeats the letter past Z (AA, BBB…); a hostile start must not make it long.
        "upperLetter" | "lowerLetter" if (1..=26 * 8).contains(&n) => {
            let c = char::from(b'A' + ((n - 1) % 26) as u8);
            let s = c.to_string().repeat((n as usize - 1) / 26 + 1);
            if fmt == "lowerLetter" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "upperRoman" | "lowerRoman" if (1..4000).contains(&n) => {
            let s = roman(n);
            if fmt == "lowerRoman" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Chinese counting: 1 一, 10 十, 11 十一, 20 二十, 105 一百零五.
fn chinese(n: u32, digits: &str, units: [&str; 3]) -> String {
    let d: Vec<char> = digits.chars().collect();
    if n == 0 {
        return "〇".to_string();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let places = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero = false;
    for (i, &p) in places.iter().enumerate() {
        if p == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push(d[0]);
            zero = false;
        }
        // 十 alone, not 一十, when it leads.
        if !(i == 2 && p == 1 && out.is_empty()) {
            out.push(d[p as usize]);
        }
        if i < 3 {
            out.push_str(units[2 - i]);
        }
    }
    out
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let c = |n| format_number("chineseCounting", n);
        assert_eq!(
            [c(1), c(10), c(11), c(20), c(105)],
            ["一", "十", "十一", "二十", "一百零五"]
        );
        assert_eq!(format_number("decimalEnclosedCircle", 3), "③");
        assert_eq!(format_number("ideographTraditional", 2), "乙");
        assert_eq!(format_number("upperLetter", 28), "BB");
        assert_eq!(format_number("upperLetter", 4_000_000_000), "4000000000");
        assert_eq!(format_number("lowerRoman", 14), "xiv");
        assert_eq!(format_number("decimal", 7), "7");
    }

    #[test]
    fn counters_restart_and_share() {
        let xml = r#"<w:numbering xmlns:w="x">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"#;
        let mut n = Numbering::parse(&mut xml.as_bytes(), "numbering.xml", 64).unwrap();
        let mut next = |id: &str, l| n.next(id, l).unwrap();
        assert_eq!(next("1", 0), "一、");
        assert_eq!(next("1", 1), "（一）");
        assert_eq!(next("1", 2), "1.");
        assert_eq!(next("1", 2), "2.");
        assert_eq!(next("2", 0), "二、"); // numId 2 shares abstractNum 0's counters
        assert_eq!(next("1", 1), "（一）"); // restarted under 二、
        assert_eq!(next("1", 2), "3."); // lvlRestart 0: never restarts
        assert_eq!(next("3", 0), "五、"); // startOverride: counters of its own
    }
}
