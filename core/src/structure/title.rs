//! Which line (or lines) of the front matter is the document's own title: the one that
//! reads as a GB/T 9704 title (发文机关 + 关于 + 事由 + 的 + 文种) or a report's name, over
//! page chrome (navigation, database banners, flip-book headers, link texts, metadata rows).

use crate::lex::lines::LineKind;
use crate::lexicon::genres::{
    title_genre, DATE_MONTH_DAY_MARKS, GENRES, TITLE_SUBJECT_CLOSER, TITLE_SUBJECT_OPENER,
    WORK_REPORT_NAME,
};
use crate::lexicon::{automaton, PAGE_CHROME_WORDS};
use crate::normalize::fold_script;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

static PAGE_CHROME: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(PAGE_CHROME_WORDS));

/// A chosen title: its lines and the byte range of each line's clean text it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TitlePick {
    /// First and last line index (inclusive).
    pub first: usize,
    pub last: usize,
    /// Bytes cut from the start of the first line (a `Page 2 - ` header).
    pub cut_start: usize,
    /// Bytes kept of the last line (a site-added `(2021年2月2日 姚高员)` left out).
    pub keep_end: usize,
}

/// How much a text reads as a title; 0 when it cannot be one.
fn score(t: &str) -> u32 {
    let f = fold_script(t);
    if f.contains([':', '：', '|', '｜'])
        || f.starts_with(['-', '•', '·', '【', '['])
        || f.contains("http")
        || PAGE_CHROME.is_match(&f)
    {
        return 0;
    }
    let mut s = 0;
    if title_genre(&f).is_some() {
        s += 4;
    }
    if f.contains(TITLE_SUBJECT_OPENER) {
        s += 2;
    }
    if f.contains(WORK_REPORT_NAME) {
        s += 3;
    }
    s
}

/// `Page 2 - ` at the start of a flip-book page: the bytes to skip.
fn page_header_len(t: &str) -> usize {
    let Some(rest) = t.strip_prefix("Page ") else {
        return 0;
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return 0;
    }
    let after = rest[digits..].trim_start();
    match after.strip_prefix('-') {
        Some(x) => t.len() - x.trim_start().len(),
        None => 0,
    }
}

/// The end of `t` without a site-added suffix: a final parenthetical that holds a full date
/// (温州市政府工作报告(2021年2月2日 姚高员)); (2021—2023年) is part of a title and stays.
fn without_site_suffix(t: &str) -> usize {
    let trimmed = t.trim_end();
    if !trimmed.ends_with([')', '）']) {
        return t.len();
    }
    match trimmed.rfind(['(', '（']) {
        Some(i) if i > 0 => {
            let inner = &trimmed[i..];
            if DATE_MONTH_DAY_MARKS.iter().all(|m| inner.contains(*m)) {
                trimmed[..i].trim_end().len()
            } else {
                t.len()
            }
        }
        _ => t.len(),
    }
}

/// A line that ends the front matter: the body has begun.
fn ends_front(kind: &LineKind, text: &str) -> bool {
    matches!(
        kind,
        LineKind::Marked { .. } | LineKind::Salutation | LineKind::MeetingLine
    ) || ((text.ends_with('：') || text.ends_with(':'))
        && text.matches([':', '：']).count() == 1
        && crate::lex::lines::is_addressee_list(text))
        || (text.contains('。') && text.chars().count() > 60)
}

/// Choose the title among the lines `from..to` (clean texts and kinds), looking at most 25
/// lines ahead and stopping where the body begins. `None` when no line scores as a title
/// (the caller then keeps its own first-line rule).
pub(super) fn choose(
    texts: &[&str],
    kinds: &[LineKind],
    from: usize,
    to: usize,
) -> Option<TitlePick> {
    let mut best: Option<(u32, TitlePick)> = None;
    let mut seen = 0;
    let mut i = from;
    while i < to && seen < 25 {
        let t = texts[i];
        if kinds[i] == LineKind::Blank {
            i += 1;
            continue;
        }
        seen += 1;
        if ends_front(&kinds[i], t) {
            break;
        }
        if kinds[i] == LineKind::Text || kinds[i] == LineKind::NavChrome {
            let cut = page_header_len(t);
            let body = &t[cut..];
            let keep = cut + without_site_suffix(body);
            let one = &t[cut..keep];
            let mut pick = TitlePick {
                first: i,
                last: i,
                cut_start: cut,
                keep_end: keep,
            };
            let mut s = if super::title_like(one, 100) {
                score(one)
            } else {
                0
            };
            // A title broken over two or three lines, the last ending with the genre.
            if title_genre(&fold_script(one)).is_none() && s > 0
                || (s == 0 && super::title_like(one, 40))
            {
                let mut joined = one.to_string();
                for j in i + 1..(i + 3).min(to) {
                    // A continuation may be as short as the genre alone (通 知).
                    let t = texts[j];
                    let short_genre =
                        t.chars().count() <= 4 && title_genre(&squeeze_han_spaces(t)).is_some();
                    if kinds[j] != LineKind::Text || !(short_genre || super::title_like(t, 40)) {
                        break;
                    }
                    joined.push_str(texts[j]);
                    let squeezed = squeeze_han_spaces(&joined);
                    let js = score(&squeezed);
                    if title_genre(&fold_script(&squeezed)).is_some() && js > s {
                        s = js;
                        pick.last = j;
                        pick.keep_end = texts[j].len();
                    }
                }
            }
            // Ties go to the later line: a page prints its heading before the document's own.
            // A line inside the best pick so far must beat it outright.
            let better = |(bs, bp): &(u32, TitlePick)| s > *bs || (s == *bs && i > bp.last);
            if s >= 4 && best.as_ref().is_none_or(better) {
                best = Some((s, pick));
            }
        }
        i += 1;
    }
    best.map(|(_, p)| p)
}

/// `s` without spaces that stand between two Han characters (通 知 → 通知).
pub(super) fn squeeze_han_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let han = |c: Option<&char>| c.is_some_and(|c| *c as u32 >= 0x3400);
    let mut out = String::with_capacity(s.len());
    for (k, c) in chars.iter().enumerate() {
        if *c == ' ' || *c == '\u{3000}' {
            let before = chars[..k]
                .iter()
                .rev()
                .find(|x| **x != ' ' && **x != '\u{3000}');
            let after = chars[k + 1..]
                .iter()
                .find(|x| **x != ' ' && **x != '\u{3000}');
            if han(before) && han(after) {
                continue;
            }
        }
        out.push(*c);
    }
    out
}

/// The base genre (文种) `title` ends with, as written in the title: the shortest of the
/// lexicon's genres it ends with (an 实施意见 is an 意见, a 行动计划 a 计划). The title is
/// folded to simplified script to look it up.
pub(super) fn genre_of(title: &str) -> Option<&str> {
    let folded = fold_script(title);
    let genre = GENRES
        .iter()
        .filter(|g| folded.ends_with(**g))
        .min_by_key(|g| g.len())?;
    let n = genre.chars().count();
    let (start, _) = title.char_indices().rev().nth(n.checked_sub(1)?)?;
    Some(&title[start..])
}

/// The issuer, subject and genre of a GB/T 9704 title (X关于Y的通知).
pub(super) fn title_parts(text: &str) -> (Option<String>, Option<String>, Option<String>) {
    let genre = genre_of(text);
    // Offsets in the folded text are the text's own when folding kept every length.
    let folded = fold_script(text);
    let opener = if folded.len() == text.len() {
        folded.find(TITLE_SUBJECT_OPENER)
    } else {
        text.find(TITLE_SUBJECT_OPENER)
    };
    let (issuer, subject) = match opener {
        Some(i) => {
            let issuer = text[..i].trim();
            let after = &text[i + TITLE_SUBJECT_OPENER.len()..];
            let body = genre.map_or(after, |g| after.strip_suffix(g).unwrap_or(after));
            let body = body.strip_suffix(TITLE_SUBJECT_CLOSER).unwrap_or(body);
            (
                (!issuer.is_empty()).then(|| issuer.to_string()),
                Some(body.to_string()),
            )
        }
        None => (None, None),
    };
    (issuer, subject, genre.map(str::to_string))
}

/// Choose among page-title parts joined by | the one the body talks about: the only part that
/// ends with a genre (通知, 报告…) if there is one, else the part whose character pairs occur
/// most often in the rest of the text.
pub(super) fn choose_title_part<'a>(parts: &[(usize, &'a str)], body: &str) -> (usize, &'a str) {
    let with_genre: Vec<&(usize, &str)> = parts
        .iter()
        .filter(|(_, p)| genre_of(p).is_some())
        .collect();
    if let [only] = with_genre.as_slice() {
        return **only;
    }
    let score = |p: &str| -> usize {
        let chars: Vec<char> = p.chars().collect();
        chars
            .windows(2)
            .filter(|w| w.iter().all(|c| *c as u32 >= 0x4E00))
            .map(|w| {
                let pair: String = w.iter().collect();
                body.matches(pair.as_str()).take(50).count()
            })
            .sum()
    };
    let mut best = parts[0];
    let mut best_score = score(best.1);
    for p in &parts[1..] {
        let s = score(p.1);
        if s > best_score {
            best = *p;
            best_score = s;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(lines: &[&str]) -> Option<(usize, usize, String)> {
        let kinds: Vec<LineKind> = lines
            .iter()
            .map(|l| {
                if l.is_empty() {
                    LineKind::Blank
                } else {
                    LineKind::Text
                }
            })
            .collect();
        choose(lines, &kinds, 0, lines.len()).map(|p| {
            let mut s = String::new();
            for (j, l) in lines.iter().enumerate().take(p.last + 1).skip(p.first) {
                let a = if j == p.first { p.cut_start } else { 0 };
                let b = if j == p.last { p.keep_end } else { l.len() };
                s.push_str(&l[a..b]);
            }
            (p.first, p.last, s)
        })
    }

    #[test]
    fn chrome_before_the_title_is_passed_over() {
        assert_eq!(
            pick(&[
                "- 设为首页",
                "- 加入收藏",
                "",
                "某区人民政府办公室关于印发重点工作责任分解的通知"
            ])
            .map(|p| p.2),
            Some("某区人民政府办公室关于印发重点工作责任分解的通知".into())
        );
        assert_eq!(
            pick(&["Page 2 - 政府工作报告", "P. 2"]).map(|p| p.2),
            Some("政府工作报告".into())
        );
        assert_eq!(
            pick(&[
                "某市政府工作报告(2021年2月2日 张三)",
                "",
                "点击查阅更多2021年地方政府工作报告"
            ])
            .map(|p| p.2),
            Some("某市政府工作报告".into())
        );
        assert_eq!(
            pick(&[
                "    【法宝引证码】 CLI.12.1",
                "原文链接：https://example.invalid/x",
                "某省关于印发行动计划(2021—2023年)的通知",
                "某省关于印发行动计划（2021-2023年）的通知"
            ])
            .map(|p| (p.0, p.2)),
            Some((3, "某省关于印发行动计划（2021-2023年）的通知".into()))
        );
    }

    #[test]
    fn broken_titles_are_joined() {
        assert_eq!(
            pick(&[
                "某区人民政府办公室",
                "关于印发2020年重点工作责任分解的",
                "通 知",
                "各有关单位："
            ])
            .map(|p| (p.0, p.1)),
            Some((0, 2))
        );
        assert_eq!(pick(&["济源概况", "济源市位于河南省西北部。"]), None);
    }
}
