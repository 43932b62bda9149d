//! Shapes of single lines that decide how the structure stage reads them: run-in headings, glossary
//! entries, asides, attachment titles, the task styles, and the width a PDF step wrapped at.

use super::{char_len, title_like};
use crate::lex::markers::MarkerStyle;
use crate::lexicon::headings::DEFINITION_WORDS;

/// The shape of a run-in heading: a short phrase without commas, a 。, then more text before
/// the clause (（一）构建产业生态。鼓励……). `text_end` is where the clause starts, if any.
pub(super) fn run_in_shape(after: &str, text_end: Option<usize>) -> bool {
    let text = after
        .get(..text_end.unwrap_or(after.len()))
        .unwrap_or(after);
    let Some(e) = text.find('。') else {
        return false;
    };
    let phrase = &text[..e];
    char_len(phrase) <= 30
        && !phrase.contains(['，', ',', '、', '；', ';'])
        && !text[e + '。'.len_utf8()..].trim().is_empty()
}

/// The width a PDF-to-text step wrapped the text at: the most common length of lines of 12
/// characters or more, when at least 5 lines and a quarter of them have it and most of those
/// end mid-sentence. `None` for text that was not hard-wrapped.
pub(super) fn wrap_width<'a>(cleans: impl Iterator<Item = &'a str>) -> Option<usize> {
    let mut counts: std::collections::HashMap<usize, (usize, usize)> = Default::default();
    let mut long = 0;
    for c in cleans {
        let n = char_len(c);
        if n < 12 {
            continue;
        }
        long += 1;
        let e = counts.entry(n).or_default();
        e.0 += 1;
        e.1 += usize::from(!c.ends_with(['。', '！', '？', '；', '：', ':', ';']));
    }
    let (&width, &(count, mid_sentence)) = counts.iter().max_by_key(|(w, (n, _))| (*n, *w))?;
    (count >= 5 && count * 4 >= long && mid_sentence * 2 > count).then_some(width)
}

/// A glossary entry (`“专精特新”企业：指……`): a term, a colon, then 指/是指/即. An item of a
/// 名词解释 list is no task, whatever style it is numbered in.
pub(super) fn is_definition(after_marker: &str) -> bool {
    // The first 40 characters, borrowed.
    let head = after_marker
        .char_indices()
        .nth(40)
        .map_or(after_marker, |(i, _)| &after_marker[..i]);
    head.find(['：', ':']).is_some_and(|i| {
        let rest = head[i..].trim_start_matches(['：', ':', ' ']);
        DEFINITION_WORDS.iter().any(|w| rest.starts_with(w))
    })
}

/// A line that can be an attachment's own title: short, one phrase, no sentence marks.
pub(super) fn attachment_title_like(c: &str) -> bool {
    title_like(c, 60) && !is_aside(c) && !c.contains(['，', ',', '：', ':', '。'])
}

/// A line that is one parenthetical: (本文有删减), （此件公开发布）.
pub(super) fn is_aside(c: &str) -> bool {
    let c = c.trim();
    c.starts_with(['(', '（']) && c.ends_with([')', '）'])
}

/// Heading styles that notices also use to number tasks: 一、 （一） 第一条.
pub(super) fn is_heading_item_style(s: MarkerStyle) -> bool {
    matches!(
        s,
        MarkerStyle::Hanzi | MarkerStyle::ParenHanzi | MarkerStyle::Article
    )
}

pub(super) fn is_item_style(s: MarkerStyle) -> bool {
    matches!(
        s,
        MarkerStyle::Arabic | MarkerStyle::ParenArabic | MarkerStyle::Circled
    )
}
