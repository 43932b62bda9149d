//! The text views the parser reads: lines with byte offsets, and a cleaning view that
//! leaves out pinyin readings a scraper inserted after characters (報(bào)告 → 報告).

use crate::Span;

/// One line of the input: its content span (no terminator) and its full span (with it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawLine {
    pub content: Span,
    pub full: Span,
}

/// Split into lines on `\n`, `\r\n` or `\r`. The full spans tile the input.
pub(crate) fn split_lines(text: &str) -> Vec<RawLine> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // Jump from terminator to terminator (memchr) rather than test every byte.
    while let Some(at) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        let i = start + at;
        let end = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        out.push(RawLine {
            content: Span::new(start, i),
            full: Span::new(start, end),
        });
        start = end;
    }
    if start < bytes.len() {
        out.push(RawLine {
            content: Span::new(start, bytes.len()),
            full: Span::new(start, bytes.len()),
        });
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_tone_vowel(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ü'
            | 'ń'
            | 'ň'
            | 'ǹ'
            | 'ḿ'
    )
}

/// Length in bytes of a reading's letters and closing parenthesis (`bào)`): 1–7 lowercase
/// Latin letters with at least one tone mark.
fn reading_tail_len(s: &str) -> Option<usize> {
    let mut toned = false;
    for (letters, (i, c)) in s.char_indices().enumerate() {
        // A plain letter first (most are): no ASCII letter is a tone vowel.
        if c.is_ascii_lowercase() {
            if letters == 7 {
                return None;
            }
            continue;
        }
        if c == ')' || c == '）' {
            return (letters > 0 && toned).then(|| i + c.len_utf8());
        }
        if letters == 7 || !is_tone_vowel(c) {
            return None;
        }
        toned = true;
    }
    None
}

/// Length in bytes of a pinyin reading `(bào)` at the start of `s`, if there is one.
pub(crate) fn pinyin_reading_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('(').or_else(|| s.strip_prefix('（'))?;
    Some(s.len() - rest.len() + reading_tail_len(rest)?)
}

/// False when `bytes` cannot hold an [`is_tone_vowel`] character (two memchr scans).
fn may_hold_tone_vowel(bytes: &[u8]) -> bool {
    memchr::memchr3(0xC3, 0xC4, 0xC5, bytes).is_some()
        || memchr::memchr2(0xC7, 0xE1, bytes).is_some()
}

/// A character lost in conversion: `?` or U+FFFD.
pub(crate) fn is_lost(c: char) -> bool {
    c == '?' || c == '\u{FFFD}'
}

/// Byte spans (relative to `text`) of every pinyin reading that follows a Han character.
#[cfg(test)]
pub(crate) fn pinyin_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    pinyin_spans_into(&mut out, text);
    out
}

/// [`pinyin_spans`] into `out` (cleared first): a buffer reused from line to line, as an
/// annotated line holds dozens of readings and a new list regrew for each.
pub(crate) fn pinyin_spans_into(out: &mut Vec<Span>, text: &str) {
    out.clear();
    // Most lines have no parenthesis at all: two memchr-style scans instead of a per-char walk.
    // Every reading ends with a closing parenthesis, even one whose "(" was lost (勇?tīng)).
    if memchr::memchr(b')', text.as_bytes()).is_none() && !text.contains('）') {
        return;
    }
    // Every reading holds a tone mark, and every tone vowel is encoded with a lead byte
    // C3–C7 (Latin-1 and Latin Extended) or E1 (ḿ), bytes Han text never holds.
    if !may_hold_tone_vowel(text.as_bytes()) {
        return;
    }
    // Only a "(" / "（" or a lost character can open a reading: jump to their bytes ("（" and
    // U+FFFD both lead with 0xEF) rather than walk every character.
    let bytes = text.as_bytes();
    let mut skip_to = 0;
    // Where the last reading ended: the character after it still reads as after a Han one.
    let mut reading_end = None;
    for i in memchr::memchr3_iter(b'(', b'?', 0xEF, bytes) {
        if i < skip_to {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        if !(c == '(' || c == '（' || is_lost(c)) {
            continue;
        }
        // A lost character (? or U+FFFD) stood for a Han character: its reading follows.
        let prev_han = reading_end == Some(i)
            || text
                .get(..i)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|p| is_han(p) || is_lost(p));
        if prev_han && (c == '(' || c == '（') {
            if let Some(len) = pinyin_reading_len(&text[i..]) {
                out.push(Span::new(i, i + len));
                skip_to = i + len;
                reading_end = Some(skip_to);
                continue;
            }
        }
        if is_lost(c) {
            // A lost character can swallow the reading's "(" too: 勇?tīng)争.
            let after = i + c.len_utf8();
            if let Some(len) = reading_tail_len(&text[after..]) {
                out.push(Span::new(after, after + len));
                skip_to = after + len;
                reading_end = Some(skip_to);
            }
        }
    }
}

/// `text` with pinyin readings left out. Borrowed when there are none.
#[cfg(test)]
pub(crate) fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    clean_spans(text, &pinyin_spans(text))
}

/// `text` without the readings at `spans` (from [`pinyin_spans`] on the same text).
pub(crate) fn clean_spans<'t>(text: &'t str, spans: &[Span]) -> std::borrow::Cow<'t, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        out.push_str(&text[at..s.start()]);
        at = s.end();
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// Leading whitespace of a line: ASCII spaces and tabs, ideographic spaces, NBSP, BOM.
pub(crate) fn is_indent(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_ascii_character_is_a_tone_vowel() {
        assert!((0u8..0x80).all(|b| !is_tone_vowel(char::from(b))));
    }

    /// The character-by-character walk `pinyin_spans` replaced, kept as its oracle.
    fn pinyin_spans_walk(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut prev_han = false;
        let mut skip_to = 0;
        for (i, c) in text.char_indices() {
            if i < skip_to {
                continue;
            }
            if prev_han && (c == '(' || c == '（') {
                if let Some(len) = pinyin_reading_len(&text[i..]) {
                    out.push(Span::new(i, i + len));
                    skip_to = i + len;
                    // The reading belongs to the character before it; keep that context.
                    continue;
                }
            }
            if is_lost(c) {
                // A lost character can swallow the reading's "(" too: 勇?tīng)争.
                let after = i + c.len_utf8();
                if let Some(len) = reading_tail_len(&text[after..]) {
                    out.push(Span::new(after, after + len));
                    skip_to = after + len;
                    prev_han = true;
                    continue;
                }
            }
            // A lost character (? or U+FFFD) stood for a Han character: its reading follows.
            prev_han = is_han(c) || is_lost(c);
        }
        out
    }

    #[test]
    fn reading_spans_match_the_walk() {
        let cases = [
            "工作報(bào)告(zhǎng)(zhǎng)長?tīng)争",
            "勇?tīng)争�(bào)、（一）縱（zhǎng）深，報?(bào)告",
            "(bào)開頭報(bào)?(xx)?tīng)(bào)（bào）",
            "二O一九年二月十六日在濟(jì)源市第十四屆人民代表大會(huì)",
            "申创B型(abc) 自然资源局(林业局)? ?? (à) 報(toolonggg)",
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
        let mut texts: Vec<String> = cases.iter().map(|c| c.to_string()).collect();
        for sub in ["corpus", "dev/docs", "dev"] {
            for e in std::fs::read_dir(dir.join(sub))
                .into_iter()
                .flatten()
                .flatten()
            {
                texts.extend(std::fs::read_to_string(e.path()).ok());
            }
        }
        let mut found = 0;
        for t in texts.iter().flat_map(|t| t.lines()) {
            let spans = pinyin_spans(t);
            let want: Vec<Span> = if !t.as_bytes().contains(&b')') && !t.contains('）') {
                Vec::new()
            } else {
                pinyin_spans_walk(t)
            };
            found += spans.len();
            assert_eq!(spans, want, "{t}");
        }
        assert!(found > 1000, "the seeds hold readings");
    }

    #[test]
    fn lines_tile_and_handle_crlf() {
        let t = "a\r\nb\n\nc\rd";
        let ls = split_lines(t);
        assert_eq!(ls.len(), 5);
        let mut at = 0;
        for l in &ls {
            assert_eq!(l.full.start(), at);
            at = l.full.end();
        }
        assert_eq!(at, t.len());
        assert_eq!(&t[ls[0].content.range()], "a");
    }

    #[test]
    fn pinyin_is_removed_only_after_han() {
        assert_eq!(clean("工作報(bào)告"), "工作報告");
        assert_eq!(clean("長(zhǎng) 石迎軍"), "長 石迎軍");
        assert_eq!(clean("(一)縱深"), "(一)縱深");
        assert_eq!(clean("申创B型(abc)"), "申创B型(abc)");
        assert_eq!(
            clean("自然资源和规划局(林业局)"),
            "自然资源和规划局(林业局)"
        );
    }
}
