//! normalize: the folded view recognisers read. Full-width ASCII → half-width, U+3000 →
//! space, traditional → simplified character for character (OpenCC's `TSCharacters`,
//! compiled into a table by `build.rs`). Pinyin readings a scraper inserted (報(bào)告) are
//! left out of the lines before they are folded (`source::clean_spans`). Folding keeps
//! characters one for one, so an offset in a folded line maps back by counting characters,
//! and every span still points into the source.
//!
//! Each logical line is folded once, into a buffer reused from line to line, rather than the
//! whole text into a second copy: the view costs no memory proportional to the input.

use crate::lexicon::bmp::BmpSet;
use std::borrow::Cow;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/t2s.rs"));

/// The simplified form of a traditional character; any other character is returned as is.
#[inline]
pub(crate) fn to_simplified(c: char) -> char {
    let u = c as usize;
    if u < 0x3400 {
        return c;
    }
    if let Some(&bits) = HAS_SIMPLIFIED.get(u / 64) {
        let bit = 1u64 << (u % 64);
        if bits & bit == 0 {
            return c;
        }
        // The entry's index: the entries of the blocks before, then the set bits below it.
        let i = usize::from(T2S_RANK[u / 64]) + (bits & (bit - 1)).count_ones() as usize;
        return T2S.get(i).map_or(c, |p| p.1);
    }
    T2S.binary_search_by_key(&c, |p| p.0)
        .map_or(c, |i| T2S[i].1)
}

/// The half-width form of a full-width ASCII character (and U+3000 → space).
#[inline]
pub(crate) fn to_half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Width and script folded: what every recogniser compares.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    to_simplified(to_half_width(c))
}

/// Traditional → simplified, character for character (the same number of characters).
pub(crate) fn fold_script(s: &str) -> String {
    s.chars().map(to_simplified).collect()
}

/// `s` in simplified script, borrowed when it holds no traditional character (most text):
/// recognisers that only compare need not allocate.
pub(crate) fn folded(s: &str) -> Cow<'_, str> {
    match first_traditional(s) {
        None => Cow::Borrowed(s),
        Some(i) => {
            let mut out = String::with_capacity(s.len());
            out.push_str(&s[..i]);
            out.extend(s[i..].chars().map(to_simplified));
            Cow::Owned(out)
        }
    }
}

/// Where the first character of `s` that [`to_simplified`] changes starts. A three-byte
/// character is looked up only when its [`MAY_FOLD`] bit, read off its bytes, is set; ASCII
/// never changes.
fn first_traditional(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let table = &*MAY_FOLD;
    let mut i = 0;
    while i < bytes.len() {
        let len = match bytes[i..] {
            [b, ..] if b < 0x80 => 1,
            [b, b1, b2, ..] if b & 0xF0 == 0xE0 && !table.contains3(b, b1, b2) => 3,
            _ => {
                let c = s.get(i..)?.chars().next()?;
                if to_simplified(c) != c {
                    return Some(i);
                }
                c.len_utf8()
            }
        };
        i += len;
    }
    None
}

/// One bit per BMP code point that may fold: those [`to_simplified`] looks up (from U+3400),
/// the full-width forms U+FF01–U+FF5E and U+3000. A three-byte character's bits above its
/// last six are its lead byte's low four and its second byte's low six: the scan reads the
/// bit off the bytes without decoding the character.
static MAY_FOLD: LazyLock<BmpSet> = LazyLock::new(|| {
    let mut words = [0u64; 0x10000 / 64];
    for (i, w) in words.iter_mut().enumerate().skip(0x3400 / 64) {
        *w = HAS_SIMPLIFIED.get(i).copied().unwrap_or(u64::MAX);
    }
    let mut set = BmpSet::from_words(words);
    for u in (0xFF01..=0xFF5E).chain([0x3000]) {
        set.insert(u);
    }
    set
});

/// Fold `line` into `buf` (cleared first): the folded view of one line, which recognisers
/// read. Folding keeps characters one for one: the n-th character of the view is the
/// folding of the n-th character of the line.
pub(crate) fn fold_line_into(buf: &mut String, line: &str) {
    buf.clear();
    buf.reserve(line.len());
    // Most characters fold to themselves: copy runs of them whole, push only the changed.
    // Read by the UTF-8 lead byte: ASCII and two-byte characters (below U+0800) never fold,
    // three-byte ones (the Han, the punctuation, the full-width forms) are decoded in place.
    let bytes = line.as_bytes();
    let table = &*MAY_FOLD;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // A run of three-byte characters that fold to themselves (the Han of a line): one
        // slice pattern reads each, nothing else is looked at.
        while let [b, b1, b2, ..] = bytes[i..] {
            if b & 0xF0 != 0xE0 || table.contains3(b, b1, b2) {
                break;
            }
            i += 3;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let len = match b {
            0x00..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if let (3, Some(&[b1, b2])) = (len, bytes.get(i + 1..i + 3)) {
            if !table.contains3(b, b1, b2) {
                i += 3;
                continue;
            }
        }
        if len >= 3 {
            let c = line[i..].chars().next().unwrap_or(' ');
            let f = fold_char(c);
            if f != c {
                buf.push_str(&line[copied..i]);
                buf.push(f);
                copied = i + len;
            }
        }
        i += len;
    }
    buf.push_str(&line[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_script_character_for_character() {
        assert_eq!(fold_char('（'), '(');
        assert_eq!(fold_char('３'), '3');
        assert_eq!(fold_char('\u{3000}'), ' ');
        assert_eq!(fold_char('頭'), '头');
        assert_eq!(fold_char('牵'), '牵');
        assert_eq!(
            fold_script("市教育局牽頭，市財政局按照職責分工負責"),
            "市教育局牵头，市财政局按照职责分工负责"
        );
    }

    #[test]
    fn the_indexed_lookup_is_the_search() {
        let search = |c: char| {
            T2S.binary_search_by_key(&c, |p| p.0)
                .map_or(c, |i| T2S[i].1)
        };
        for c in ('\u{3400}'..=char::MAX).filter(|&c| (c as u32) < 0x3_0000) {
            assert_eq!(to_simplified(c), search(c), "{c:?}");
        }
    }

    #[test]
    fn the_byte_gate_passes_every_character_that_folds() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|&c| fold_char(c) != c) {
            let mut b = [0u8; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            assert!(MAY_FOLD.contains3(e[0], e[1], e[2]), "{c:?}");
        }
    }

    #[test]
    fn the_first_traditional_character_is_found_by_its_bytes_as_by_a_walk() {
        let walk = |s: &str| {
            s.char_indices()
                .find(|&(_, c)| to_simplified(c) != c)
                .map(|p| p.0)
        };
        let mut texts: Vec<String> = vec![String::new(), "abc".into(), "（一）".into()];
        for c in ('\0'..='\u{FFFF}').chain(['\u{20000}', '\u{2A6D6}', '\u{2F800}']) {
            texts.push(format!("a牵{c}头"));
            texts.push(c.to_string());
        }
        for t in &texts {
            assert_eq!(first_traditional(t), walk(t), "{t:?}");
        }
    }

    #[test]
    fn a_folded_line_maps_back_character_for_character() {
        let line = "（一）市財政局負責，２０２５年３月完成";
        let mut buf = String::from("left over");
        fold_line_into(&mut buf, line);
        assert_eq!(buf, "(一)市财政局负责,2025年3月完成");
        assert_eq!(buf.chars().count(), line.chars().count());
        assert!(line
            .chars()
            .zip(buf.chars())
            .all(|(a, b)| fold_char(a) == b));
    }
}
