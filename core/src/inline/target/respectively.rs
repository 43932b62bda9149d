//! 分别: a list of values distributed over a list of indicators (高技术产业、战略性新兴产业增加值
//! 占比分别达到15%以上和29%左右), or over the indicators just named in the sentence.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::relations::qualifier_at;
use super::Target;
use crate::inline::quantity::Quantity;
use crate::lexicon::targets::{INDICATOR_HEAD_NOUNS, LIST_JOINERS};
use crate::Text;

static HEADS: LazyLock<AhoCorasick> =
    LazyLock::new(|| crate::lexicon::automaton(INDICATOR_HEAD_NOUNS));

/// A value of the list: (index in the quantities, end after its qualifier, the qualifier).
pub(super) type Value = (usize, usize, Option<&'static str>);

/// The values from the `j`th on joined only by list words (15%以上和29%左右), starting with
/// `first`; returns them and where the last one ends.
pub(super) fn gather_values(
    text: &str,
    quantities: &[Quantity],
    first: Value,
) -> (Vec<Value>, usize) {
    let mut group = vec![first];
    let mut k = first.0 + 1;
    let mut end = first.1;
    while k < quantities.len() {
        let between = &text[end..quantities[k].span.start()];
        if !between
            .chars()
            .all(|c| LIST_JOINERS.contains(&c) || matches!(c, ' ' | '　' | ','))
        {
            break;
        }
        let mut e = quantities[k].span.end();
        let ql = qualifier_at(&text[e..]);
        if let Some(w) = ql {
            e += w.len();
        }
        group.push((k, e, ql));
        end = e;
        k += 1;
    }
    (group, end)
}

/// The indicator each of `n` values goes to: the `n` named just before in the sentence when
/// the relation has no indicator of its own (接待游客…、实现旅游收入…，分别增长12%和15%),
/// else the items of `indicator` split as a list.
pub(super) fn indicator_names(
    earlier: &[Target],
    sentence: usize,
    own: bool,
    indicator: &str,
    n: usize,
) -> Option<Vec<Text>> {
    let earlier: Vec<&Target> = earlier
        .iter()
        .filter(|t| t.span.start() >= sentence)
        .collect();
    if !own && earlier.len() >= n {
        Some(
            earlier[earlier.len() - n..]
                .iter()
                .map(|t| t.indicator.clone())
                .collect(),
        )
    } else {
        split_indicators(indicator, n)
    }
}

fn earliest_head(s: &str) -> Option<usize> {
    HEADS.find(s).map(|m| m.start())
}

/// Split a list of indicators (A、B和C), then share the last one's head noun with items
/// that lack one (高技术产业、战略性新兴产业增加值占比 → 高技术产业增加值占比, …).
fn split_indicators(s: &str, n: usize) -> Option<Vec<Text>> {
    let split = |seps: &[char]| -> Vec<&str> {
        let mut parts = Vec::new();
        let mut depth = 0i32;
        let mut start = 0;
        for (i, c) in s.char_indices() {
            match c {
                '“' | '「' | '《' | '(' | '（' => depth += 1,
                '”' | '」' | '》' | ')' | '）' => depth -= 1,
                _ => {}
            }
            if depth <= 0 && seps.contains(&c) {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
        }
        parts.push(&s[start..]);
        parts
            .into_iter()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let mut parts = split(LIST_JOINERS);
    if parts.len() != n {
        parts = split(&['、']);
    }
    if parts.len() != n || n < 2 {
        return None;
    }
    let last = parts[n - 1];
    let head = earliest_head(last).filter(|&h| h > 0).map(|h| &last[h..]);
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| match head {
                Some(h) if i + 1 < n && earliest_head(p).is_none() => format!("{p}{h}").into(),
                _ => Text::of(p),
            })
            .collect(),
    )
}
