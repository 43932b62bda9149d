//! normalize: the folded view recognisers read. Full-width ASCII → half-width, U+3000 →
//! space, traditional → simplified character for character (OpenCC's `TSCharacters`,
//! compiled into a table by `build.rs`). Pinyin readings a scraper inserted (報(bào)告) are
//! left out of the lines before they are folded (`source::clean_spans`). Folding keeps
//! characters one for one, so an offset in a folded line maps back by counting characters,
//! and every span still points into the source.
//!
//! Each logical line is folded once, into a buffer reused from line to line, rather than the
//! whole text into a second copy: the view costs no memory proportional to the input.

use std::borrow::Cow;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/t2s.rs"));

/// One bit per BMP code point: set when [`T2S`] has an entry, so most characters are
/// answered without a search.
static HAS_SIMPLIFIED: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for &(t, _) in T2S.iter() {
        let c = t as usize;
        if c < 0x10000 {
            bits[c / 64] |= 1 << (c % 64);
        }
    }
    bits
});

/// The simplified form of a traditional character; any other character is returned as is.
pub(crate) fn to_simplified(c: char) -> char {
    let u = c as usize;
    if u < 0x3400 || (u < 0x10000 && HAS_SIMPLIFIED[u / 64] & (1 << (u % 64)) == 0) {
        return c;
    }
    T2S.binary_search_by_key(&c, |p| p.0)
        .map_or(c, |i| T2S[i].1)
}

/// The half-width form of a full-width ASCII character (and U+3000 → space).
pub(crate) fn to_half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Width and script folded: what every recogniser compares.
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
    match s.char_indices().find(|&(_, c)| to_simplified(c) != c) {
        None => Cow::Borrowed(s),
        Some((i, _)) => {
            let mut out = String::with_capacity(s.len());
            out.push_str(&s[..i]);
            out.extend(s[i..].chars().map(to_simplified));
            Cow::Owned(out)
        }
    }
}

/// Fold `line` into `buf` (cleared first): the folded view of one line, which recognisers
/// read. Folding keeps characters one for one: the n-th character of the view is the
/// folding of the n-th character of the line.
pub(crate) fn fold_line_into(buf: &mut String, line: &str) {
    buf.clear();
    buf.extend(line.chars().map(fold_char));
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
