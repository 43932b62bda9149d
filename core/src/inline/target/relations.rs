//! Relation words and what stands right after a quantity: its qualifier (以上, 左右), the noun
//! it counts (实施9个项目 → 项目), and whether it is an attribute of that noun (10亿元以上项目).

use std::sync::LazyLock;

use super::clauses::is_boundary;
use super::Relation;
use crate::inline::quantity::{Quantity, QuantityKind};
use crate::lexicon::targets::{
    Prefixes, ADD_WORDS, APPROX_BEFORE_NUMBER, AT_LEAST_WORDS, AT_MOST_WORDS, BUILD_WORDS,
    COMPLETE_WORDS, DECREASE_WORDS, ETC, EXCEED_WORDS, GROWTH_WORDS, IMPLEMENT_WORDS,
    INCREASE_WORDS, LIST_JOINERS, MILESTONE_WORDS, NOT_ATTRIBUTE_NEXT, NOUN_ENDING_VERBS,
    QUALIFIER_WORDS, REACH_WORDS, REDUCE_TO_WORDS,
};

/// A relation word found in a segment: (start, end, word, relation).
pub(super) type Found = (usize, usize, &'static str, Relation);

/// Every relation word with its relation, and one automaton over the words.
static RELATIONS: LazyLock<(Prefixes, Vec<(&'static str, Relation)>)> = LazyLock::new(|| {
    let lists = [
        (GROWTH_WORDS, Relation::Growth),
        (REACH_WORDS, Relation::Reach),
        (AT_MOST_WORDS, Relation::AtMost),
        (EXCEED_WORDS, Relation::Exceed),
        (AT_LEAST_WORDS, Relation::AtLeast),
        (INCREASE_WORDS, Relation::Increase),
        (DECREASE_WORDS, Relation::Decrease),
        (REDUCE_TO_WORDS, Relation::ReduceTo),
        (ADD_WORDS, Relation::Add),
        (COMPLETE_WORDS, Relation::Complete),
        (IMPLEMENT_WORDS, Relation::Implement),
        (BUILD_WORDS, Relation::Build),
    ];
    let table: Vec<(&'static str, Relation)> = lists
        .iter()
        .flat_map(|&(words, r)| words.iter().map(move |&w| (w, r)))
        .collect();
    let words: Vec<&str> = table.iter().map(|t| t.0).collect();
    (Prefixes::new(&words), table)
});

static NOUN_ENDING: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(NOUN_ENDING_VERBS));

/// Longest relation word at the start of `s`.
pub(super) fn relation_at(s: &str) -> Option<(&'static str, Relation)> {
    let (words, table) = &*RELATIONS;
    let m = words.find_at_start(s)?;
    table.get(m.pattern().as_usize()).copied()
}

/// Relation words in `seg`, left to right, not overlapping, none inside quotes or a title,
/// into `out` (cleared first: the scanner reuses one list from quantity to quantity).
pub(super) fn relations_in(seg: &str, out: &mut Vec<Found>) {
    let (words, table) = &*RELATIONS;
    out.clear();
    let mut quoted = 0i32;
    // Quote marks are counted up to each match (relation words hold none).
    let mut counted = 0;
    for m in words.automaton.find_iter(seg) {
        for c in seg[counted..m.start()].chars() {
            match c {
                '“' | '「' | '《' => quoted += 1,
                '”' | '」' | '》' => quoted = (quoted - 1).max(0),
                _ => {}
            }
        }
        counted = m.start();
        if quoted > 0 {
            continue;
        }
        if let Some(&(w, r)) = table.get(m.pattern().as_usize()) {
            out.push((m.start(), m.end(), w, r));
        }
    }
}

/// The qualifier right after a quantity (以上, 以内, 左右).
pub(super) fn qualifier_at(s: &str) -> Option<&'static str> {
    QUALIFIER_WORDS.iter().copied().find(|q| s.starts_with(q))
}

/// The noun phrase right after a quantity (实施9个项目 → 项目), up to a clause mark or a list
/// separator.
pub(super) fn noun_after(text: &str, from: usize) -> (usize, usize) {
    let s = &text[from..];
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let bracket = matches!(c, '（' | '）' | '(' | ')');
        if (!bracket && is_boundary(s, i, c)) || LIST_JOINERS.contains(&c) || c == ',' || c == ETC {
            break;
        }
        if c.is_ascii_digit() || i >= 60 {
            break;
        }
        // 约32.7万平方米: an approximation word opens the next quantity.
        if APPROX_BEFORE_NUMBER.contains(&c)
            && s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        {
            break;
        }
        if i > 0 && (relation_at(&s[i..]).is_some() || NOUN_ENDING.find_at_start(&s[i..]).is_some())
        {
            break;
        }
        end = i + c.len_utf8();
    }
    (from, from + end)
}

/// Whether a money or measure quantity is an attribute of the noun after it
/// (10亿元以上项目, 年产10万吨混炼胶) rather than an amount.
pub(super) fn is_attributive(text: &str, q: &Quantity, end: usize) -> bool {
    if !matches!(q.kind, QuantityKind::Money | QuantityKind::Measure) {
        return false;
    }
    let rest = &text[end..];
    let Some(c) = rest.chars().next() else {
        return false;
    };
    let han = matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF);
    // 突破100亿元大关: a milestone, still the amount.
    if MILESTONE_WORDS.iter().any(|w| rest.starts_with(w)) {
        return false;
    }
    han && !NOT_ATTRIBUTE_NEXT.contains(&c) && relation_at(rest).is_none()
}
