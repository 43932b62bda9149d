//! Logical lines: physical lines split where a line break was lost. Text taken from a JSON
//! field or a search index often holds a whole notice on one line (`…如下: 一、…。 二、…`);
//! a new element starts there at a real marker after the end of a sentence or a colon, at a
//! run of spaces after a sentence, at a title run together with its first sub-heading
//! (`一、总体要求（一）指导思想`), and around a document number between title and addressees.
//! The logical lines' full spans still tile the source.

use crate::lex::brackets::{is_close, is_open};
use crate::lex::markers::{marker, Marker, MarkerStyle};
use crate::lexicon::lines::{DAY_MARK, DOC_NUMBER_ENDINGS, MONTH_MARK, YEAR_MARK};
use crate::source::{split_lines, RawLine};
use crate::Span;

/// What a doc number ends with (〔2010〕10号), as written in simplified script.
const DOC_NUMBER_END: char = DOC_NUMBER_ENDINGS[0];

/// Logical lines of `src`, and the byte offsets where a lost break was restored.
pub(crate) fn logical_lines(src: &str) -> (Vec<RawLine>, Vec<usize>) {
    let mut out = Vec::new();
    let mut restored = Vec::new();
    for raw in split_lines(src) {
        let text = &src[raw.content.range()];
        let points = split_points(text);
        if points.is_empty() {
            out.push(raw);
            continue;
        }
        let mut start = raw.content.start();
        for p in points {
            let at = raw.content.start() + p;
            let content_end = start + src[start..at].trim_end().len();
            out.push(RawLine {
                content: Span::new(start, content_end),
                full: Span::new(start, at),
            });
            restored.push(at);
            start = at;
        }
        out.push(RawLine {
            content: Span::new(start, raw.content.end()),
            full: Span::new(start, raw.full.end()),
        });
    }
    (out, restored)
}

/// By lead byte, the length of a character none of which `split_points` stops at (0 for
/// the rest): ASCII but spaces, brackets and stops; two-byte characters from U+00C0 (past
/// the no-break space); three-byte ones in U+4000–U+9FFF (CJK ideographs). A table, as the
/// loop over a run reads it for every character.
const PLAIN_CHAR_LEN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' | b'\t' | b'(' | b')' | b'[' | b']' | b';' | b'!' | b'?' | b':' => 0,
            0x00..=0x7F => 1,
            0xC3..=0xDF => 2,
            0xE4..=0xE9 => 3,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// What a character does inside a run of [`split_points`] besides becoming the one before.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RunMark {
    /// Nothing: 、 and ，, which are neither stops nor spaces.
    Plain,
    Open,
    Close,
    OpenQuote,
    CloseQuote,
}

impl RunMark {
    /// The depth and quote counts after the character, as the character walk moves them.
    fn apply(self, depth: &mut i32, quote: &mut i32) {
        match self {
            RunMark::Plain => {}
            RunMark::Open => *depth += 1,
            RunMark::Close => *depth = (*depth - 1).max(0),
            RunMark::OpenQuote => *quote += 1,
            RunMark::CloseQuote => *quote = (*quote - 1).max(0),
        }
    }
}

/// What `c` does to a run when a run may take it in: a bracket, a quote mark, 、 or ，.
fn mark_of(c: char) -> Option<RunMark> {
    if is_open(c) {
        Some(RunMark::Open)
    } else if is_close(c) {
        Some(RunMark::Close)
    } else if matches!(c, '“' | '《') {
        Some(RunMark::OpenQuote)
    } else if matches!(c, '”' | '》') {
        Some(RunMark::CloseQuote)
    } else if matches!(c, '、' | '，') {
        Some(RunMark::Plain)
    } else {
        None
    }
}

/// The character at the start of `b` when a run may take it in although [`PLAIN_CHAR_LEN`]
/// stops there (its length and [`mark_of`] it), read off its bytes without decoding others.
fn run_mark(b: &[u8]) -> Option<(usize, RunMark)> {
    let mark = mark_of;
    match *b.first()? {
        a @ (b'(' | b')' | b'[' | b']') => Some((1, mark(char::from(a))?)),
        // All the others are three bytes long and lead with E2 (“”), E3 (、【】〔〕《》) or
        // EF (，（）［］).
        lead @ (0xE2 | 0xE3 | 0xEF) => {
            // Decoded by hand: the text is UTF-8, so these are a lead and two continuations.
            let &[_, b1, b2, ..] = b else {
                return None;
            };
            let u =
                (u32::from(lead & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            Some((3, mark(char::from_u32(u)?)?))
        }
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\u{a0}' || c == '\t'
}

/// A marker that can open an element in mid-line (not 一是, not a date or a decimal).
fn real_marker(s: &str) -> Option<Marker<'_>> {
    let (rest, m) = marker(s).ok()?;
    let plausible = match m.style {
        MarkerStyle::Arabic | MarkerStyle::ParenArabic => m.number <= 300,
        MarkerStyle::Unnumbered => false,
        _ => m.number <= 100,
    };
    // Text must follow: a marker at the very end is a stray number. 1, (a comma after the
    // number) is an item only at the start of a written line.
    let comma = m.text.ends_with([',', '，']);
    // 一、二、三产业 lists numerals; it opens no item.
    let numeral_list = m.style == MarkerStyle::Hanzi
        && rest.starts_with(crate::lexicon::numerals::DIGITS_ONE_TO_TEN);
    if numeral_list {
        return None;
    }
    (plausible && !comma && !rest.trim_start().is_empty()).then_some(m)
}

/// Byte offsets in `line` where a new logical line starts.
fn split_points(line: &str) -> Vec<usize> {
    let mut points = Vec::new();
    // Short lines keep their breaks: run-together text is long, and a short line with a
    // marker after a sentence is a list item the author wrote that way.
    // Over 150 characters is long; over 400 (a whole document run together: spaces are its
    // only separators) very long. Counted only when the byte length leaves it open: a
    // character takes one to four bytes.
    let (long, very_long) = match line.len() {
        0..=150 => (false, false),
        1601.. => (true, true),
        _ => {
            let chars = line.chars().count();
            (chars > 150, chars > 400)
        }
    };
    if let Some(p) = title_run_into_subheading(line) {
        points.push(p);
    }
    if !long {
        return points;
    }
    let mut depth = 0i32;
    let mut quote = 0i32;
    // The last non-space character before the current position, and whether spaces followed.
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    let mut spaces = 0usize;
    let mut piece_start = 0usize;
    let bytes = line.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let i = next;
        // Most characters are none of the spaces, stops, brackets or quotes looked for below
        // (the Han, letters, digits, pinyin): with no break pending, step over a run of them
        // by their bytes; only the run's last two characters matter afterwards.
        let stop_before = prev
            .is_some_and(|p| matches!(p, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':'));
        if spaces == 0 && !stop_before {
            // Brackets and quotes in such a run only move the depth (no break is looked for
            // where no space or stop stands before): they are read in it by their bytes.
            let mut end = i;
            while let Some(&b) = bytes.get(end) {
                match PLAIN_CHAR_LEN[usize::from(b)] {
                    0 => match run_mark(bytes.get(end..).unwrap_or_default()) {
                        Some((len, mark)) => {
                            mark.apply(&mut depth, &mut quote);
                            end += len;
                        }
                        None => break,
                    },
                    len => end += usize::from(len),
                }
            }
            if let Some(run) = line.get(i..end).filter(|r| !r.is_empty()) {
                let mut back = run.chars().rev();
                let last = back.next();
                before_prev = back.next().or(prev);
                prev = last;
                next = end;
                continue;
            }
        }
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        next = i + c.len_utf8();
        if is_space(c) {
            spaces += 1;
            continue;
        }
        // A break needs spaces before it or a sentence end or colon right before it; a
        // character that also moves no bracket or quote only becomes the one before.
        if spaces == 0
            && !stop_before
            && !(is_open(c) || is_close(c) || matches!(c, '“' | '《' | '”' | '》'))
        {
            before_prev = prev;
            prev = Some(c);
            continue;
        }
        let at_depth0 = depth == 0 && quote == 0;
        if at_depth0 && i > piece_start {
            let after_sentence =
                prev.is_some_and(|p| matches!(p, '。' | '；' | ';' | '！' | '!' | '？' | '?'));
            // Not the colon of a ratio or a clock (1.8:1, 14:28).
            let after_colon = prev.is_some_and(|p| p == '：' || p == ':')
                && !before_prev.is_some_and(|b| b.is_ascii_digit());
            let marker_next = || real_marker(&line[i..]).is_some();
            let breaks = ((after_sentence || after_colon) && marker_next())
                || (after_sentence && spaces >= 2)
                || (spaces >= 1 && front_matter_break(&line[piece_start..i], &line[i..]))
                || (very_long
                    && prev.is_some()
                    && (spaces >= 2
                        || (spaces >= 1
                            && (after_sentence
                                || !prev.is_some_and(|p| p.is_ascii_digit()) && marker_next()
                                || ends_with_date(&line[piece_start..i])))));
            if breaks {
                points.push(i);
                piece_start = i;
            }
        }
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if c == '“' || c == '《' {
            quote += 1;
        } else if c == '”' || c == '》' {
            quote = (quote - 1).max(0);
        }
        before_prev = prev;
        prev = Some(c);
        spaces = 0;
    }
    points
}

/// Breaks between the parts of front matter run together with spaces: a title and the
/// document number after it (`…的通知 (某政办发〔2010〕10号)`), the number and the addressees
/// after it (`… 各区人民政府、市政府各部门:`), the addressees and the body (`…各部门: 市…`).
fn front_matter_break(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let doc_number_next = after.starts_with(['(', '（'])
        && after.find([')', '）']).is_some_and(|e| {
            after[..e].ends_with(DOC_NUMBER_END) && after[..e].contains(['〔', '[', '［'])
        });
    let doc_number_before = before.ends_with(['）', ')'])
        && before.rfind(['(', '（']).is_some_and(|s| {
            let inner = &before[s..];
            inner.contains(DOC_NUMBER_END) && inner.contains(['〔', '[', '［'])
        })
        && before.chars().count() <= 40;
    let genre_before =
        crate::lexicon::title_genre(before).is_some() && before.chars().count() <= 120;
    let addressees_before = (before.ends_with('：') || before.ends_with(':'))
        && before.chars().count() <= 80
        && crate::lex::lines::is_addressee_list(before);
    (genre_before && doc_number_next) || doc_number_before || addressees_before
}

/// True when `s` ends with a full date (2024年2月20日), as a date line does.
fn ends_with_date(s: &str) -> bool {
    let s = s.trim_end();
    let Some(head) = s.strip_suffix(DAY_MARK) else {
        return false;
    };
    // The last 12 characters, borrowed.
    let tail = head
        .char_indices()
        .rev()
        .nth(11)
        .map_or(head, |(i, _)| &head[i..]);
    tail.contains(YEAR_MARK) && tail.contains(MONTH_MARK)
}

/// `一、总体要求（一）指导思想`: a top-level heading whose short title runs straight into the
/// first sub-heading. The offset of the sub-heading's marker.
fn title_run_into_subheading(line: &str) -> Option<usize> {
    let (rest, m) = marker(line).ok()?;
    if m.style != MarkerStyle::Hanzi {
        return None;
    }
    let body = line.len() - rest.len();
    for (i, c) in rest.char_indices().take(25) {
        if "。，,；;：:、".contains(c) {
            return None;
        }
        if (c == '（' || c == '(') && i > 0 {
            let sub = real_marker(&rest[i..])?;
            return (sub.style == MarkerStyle::ParenHanzi && sub.number == 1).then_some(body + i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_marks_are_the_brackets_quotes_and_commas() {
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            // The byte dispatch finds every character the classification names, and no other.
            let want = mark_of(c);
            assert_eq!(run_mark(e), want.map(|m| (e.len(), m)), "{c:?}");
            // None of them is a space or a stop: the walk takes them as a run would.
            if want.is_some() {
                assert!(
                    !is_space(c)
                        && !matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':')
                );
            }
        }
    }

    fn pieces(src: &str) -> Vec<&str> {
        let (lines, _) = logical_lines(src);
        let mut end = 0;
        for l in &lines {
            assert_eq!(l.full.start(), end, "full spans tile the source");
            end = l.full.end();
        }
        assert_eq!(end, src.len());
        lines.iter().map(|l| &src[l.content.range()]).collect()
    }

    #[test]
    fn a_notice_on_one_line() {
        let body = "为抓好各项任务的落实，经市政府同意，现将分解落实意见印发给你们，望各责任单位抓紧制订落实方案，周密部署，扎实抓好各项工作任务的落实，确保各项工作目标按期圆满完成。现就有关事项通知如下:";
        let src = format!(
            "某市人民政府办公室关于印发分解落实意见的通知 (某政办发〔2010〕10号) 各区人民政府,市政府各部门: {body} 一、高度重视。各级政府要抓紧明确工作任务。 二、加强督办。各单位要按时报送。"
        );
        let p = pieces(&src);
        assert_eq!(p[0], "某市人民政府办公室关于印发分解落实意见的通知");
        assert_eq!(p[1], "(某政办发〔2010〕10号)");
        assert_eq!(p[2], "各区人民政府,市政府各部门:");
        assert!(p[3].starts_with("为抓好"));
        assert!(p[4].starts_with("一、高度重视"));
        assert!(p[5].starts_with("二、加强督办"));
    }

    #[test]
    fn plain_characters_are_none_split_points_looks_for() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            let len = PLAIN_CHAR_LEN[usize::from(lead)];
            if len == 0 {
                continue;
            }
            assert_eq!(usize::from(len), c.len_utf8());
            let stop = matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':');
            let quote = matches!(c, '“' | '《' | '”' | '》');
            assert!(
                !(is_space(c) || is_open(c) || is_close(c) || stop || quote),
                "{c:?}"
            );
        }
    }

    #[test]
    fn run_together_heading_and_false_markers() {
        assert_eq!(
            pieces("一、总体要求（一）指导思想\n"),
            ["一、总体要求", "（一）指导思想"]
        );
        // Short lines, decimals, dates and quoted markers keep their place.
        assert_eq!(pieces("PM2.5浓度下降。2.5万元\n").len(), 1);
        let long = "全年生产总值增长6%，城镇新增就业1100万人以上。".repeat(6);
        assert_eq!(pieces(&format!("{long}2023年1月9日在会上讲话。")).len(), 1);
        assert_eq!(pieces(&format!("{long}“一、是”不是标题。")).len(), 1);
        assert_eq!(
            pieces(&format!("{long}一、二、三产业增加值分别增长5%。")).len(),
            1
        );
    }
}
