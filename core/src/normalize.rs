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

/// False when the three-byte character led by `lead` (then `rest`) folds to itself, read off
/// its bytes: its code point's bits above the last six are the lead's low four and the
/// second byte's low six, which index [`HAS_SIMPLIFIED`] as [`to_simplified`] does; the
/// full-width forms U+FF01–U+FF5E lead with EF BC or EF BD, U+3000 is E3 80 80. True may
/// still fold to itself (the caller compares).
#[inline]
fn may_fold3(lead: u8, rest: Option<&[u8]>) -> bool {
    let Some(&[b1, b2]) = rest else {
        return true;
    };
    let high = (usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F);
    let traditional = high >= 0x3400 >> 6
        && HAS_SIMPLIFIED
            .get(high)
            .is_none_or(|bits| bits & (1 << (b2 & 0x3F)) != 0);
    traditional
        || (lead == 0xEF && matches!(b1, 0xBC | 0xBD))
        || (lead == 0xE3 && b1 == 0x80 && b2 == 0x80)
}

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
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0x00..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if len == 3 && !may_fold3(b, bytes.get(i + 1..i + 3)) {
            i += 3;
            continue;
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
            assert!(may_fold3(e[0], e.get(1..3)), "{c:?}");
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
