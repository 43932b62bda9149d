//! normalize: the folded view of the source, built once. Full-width ASCII → half-width,
//! U+3000 → space, traditional → simplified character for character (OpenCC's
//! `TSCharacters`, compiled into a table by `build.rs`), pinyin readings a scraper inserted
//! after characters (報(bào)告) left out. A map of anchors leads every folded offset back to
//! its source offset, so recognisers read one script and width while spans stay in the source.

// The view is wired into the stages as they move onto it (issue 10).
#![allow(dead_code)]

use crate::Span;
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

/// Where the folded text and the source agree again after a change of length: from
/// `folded` on, folded offset + `source - folded` is the source offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    folded: usize,
    source: usize,
}

/// The folded view of a source text and the map back to it.
#[derive(Debug, Clone, Default)]
pub(crate) struct FoldedView {
    text: String,
    anchors: Vec<Anchor>,
}

impl FoldedView {
    /// Fold `source`, leaving out the pinyin readings at `readings` (sorted source spans).
    pub(crate) fn new(source: &str, readings: &[Span]) -> Self {
        let mut text = String::with_capacity(source.len());
        let mut anchors = Vec::new();
        let mut skip = readings.iter().peekable();
        let anchor = |text: &String, source: usize| Anchor {
            folded: text.len(),
            source,
        };
        let mut iter = source.char_indices();
        while let Some((i, c)) = iter.next() {
            if let Some(r) = skip.peek() {
                if r.start == i {
                    let end = r.end;
                    skip.next();
                    while iter.as_str().len() > source.len() - end {
                        iter.next();
                    }
                    anchors.push(anchor(&text, end));
                    continue;
                }
            }
            let f = fold_char(c);
            text.push(f);
            if f.len_utf8() != c.len_utf8() {
                anchors.push(anchor(&text, i + c.len_utf8()));
            }
        }
        FoldedView { text, anchors }
    }

    /// The folded text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The source offset of a folded offset (a char boundary of the folded text).
    pub(crate) fn source_offset(&self, folded: usize) -> usize {
        let k = self.anchors.partition_point(|a| a.folded <= folded);
        match k.checked_sub(1).map(|k| self.anchors[k]) {
            Some(a) => a.source + (folded - a.folded),
            None => folded,
        }
    }

    /// The source span of a folded span of the view built from `source`.
    pub(crate) fn source_span(&self, source: &str, folded: Span) -> Span {
        let start = self.source_offset(folded.start);
        // The end is the end of the last folded character's source character, not the start
        // of the next one: a reading left out after it belongs to neither.
        let end = match self.text[folded.start..folded.end].chars().next_back() {
            Some(last) => {
                let s = self.source_offset(folded.end - last.len_utf8());
                s + source[s..].chars().next().map_or(0, char::len_utf8)
            }
            None => start,
        };
        Span::new(start, end)
    }

    /// The folded offset of a source offset that starts a kept character (or ends the text).
    pub(crate) fn folded_offset(&self, source: usize) -> usize {
        let k = self.anchors.partition_point(|a| a.source <= source);
        match k.checked_sub(1).map(|k| self.anchors[k]) {
            Some(a) => a.folded + (source - a.source),
            None => source,
        }
    }
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
    fn the_view_maps_back_to_the_source() {
        let source = "（一）報(bào)告３月，市財政局";
        let readings = crate::source::pinyin_spans(source);
        let view = FoldedView::new(source, &readings);
        assert_eq!(view.text(), "(一)报告3月,市财政局");
        let t = view.text();
        let at = t.find("财政局").unwrap();
        let span = view.source_span(source, Span::new(at, at + "财政局".len()));
        assert_eq!(&source[span.start..span.end], "財政局");
        // 报告 spans the left-out reading in the source; its end is 告's end.
        let at = t.find("报告").unwrap();
        let span = view.source_span(source, Span::new(at, at + "报告".len()));
        assert_eq!(&source[span.start..span.end], "報(bào)告");
        let at = t.find('3').unwrap();
        assert_eq!(view.folded_offset(view.source_offset(at)), at);
    }

    #[test]
    fn every_folded_character_maps_to_its_source_character() {
        let source = "ＡＢ（報告）　市財政局(cái)負責，2025年３月完成。Plain ascii 漢字";
        let readings = crate::source::pinyin_spans(source);
        let view = FoldedView::new(source, &readings);
        for (i, c) in view.text().char_indices() {
            let s = view.source_offset(i);
            let original = source[s..].chars().next().unwrap();
            assert_eq!(fold_char(original), c, "at folded {i}");
            assert_eq!(view.folded_offset(s), i);
        }
        assert_eq!(view.source_offset(view.text().len()), source.len());
    }
}
