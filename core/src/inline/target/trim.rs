//! Trimming an indicator phrase: scope, time, hedges and conjunctions off its front; per-head
//! words, comparison bases and adverbs off its end; an opening verb (推动…) and what comes
//! before it; at most 40 characters.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::lexicon::targets::{
    overlapping_automaton, Prefixes, AFTER_DATE, AFTER_TIME, CLAUSE_OPENING_VERBS,
    COMPARISON_BASES, COMPARISON_BASE_ENDS, COMPARISON_MARKS, HEDGE_WORDS, INDICATOR_END_MARKS,
    INDICATOR_LEADING_WORDS, INDICATOR_TRAILING_WORDS, LIST_ITEM_IS, RELATION_FILLERS,
    TIME_OPENERS, VERB_IN_NOUN_SUFFIXES, YEAR,
};

/// Words left off the front of an indicator: hedges and the leading words.
pub(super) static LEADING: LazyLock<Prefixes> =
    LazyLock::new(|| Prefixes::new(&[HEDGE_WORDS, INDICATOR_LEADING_WORDS].concat()));

/// Filler between a relation word and its quantity (增长到, 达到约).
pub(super) static FILLERS: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(RELATION_FILLERS));

/// Words left off the end of an indicator, tried in order: hedges, then the trailing words.
static TRAILING: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| [HEDGE_WORDS, INDICATOR_TRAILING_WORDS].concat());

/// [`TRAILING`] grouped by last character (sorted by it), each group in the list's order:
/// a phrase is compared only with the words that end with its last character.
static TRAILING_BY_LAST: LazyLock<Vec<(char, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
    for &w in TRAILING.iter() {
        let Some(last) = w.chars().next_back() else {
            continue;
        };
        match groups.iter_mut().find(|(c, _)| *c == last) {
            Some((_, g)) => g.push(w),
            None => groups.push((last, vec![w])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    groups
});

/// The first of [`TRAILING`] that ends `t`.
fn trailing_word(t: &str) -> Option<&'static str> {
    let last = t.chars().next_back()?;
    let groups = &*TRAILING_BY_LAST;
    let g = groups.binary_search_by_key(&last, |(c, _)| *c).ok()?;
    groups[g].1.iter().find(|w| t.ends_with(**w)).copied()
}

static OPENING_VERBS: LazyLock<AhoCorasick> =
    LazyLock::new(|| overlapping_automaton(CLAUSE_OPENING_VERBS));

/// `s` without what opens it: separators, a time phrase, a 一是 list opener, and the words of
/// `words` (an anchored automaton), as often as they follow one another.
pub(super) fn strip_front<'a>(mut s: &'a str, words: &Prefixes) -> &'a str {
    // Bounded: each round removes at least one character.
    loop {
        let t = s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '、' | ',' | '，' | '　' | '-' | '—' | '·')
        });
        let t = strip_time_front(t);
        // 一是/二是 list openers.
        let digits: usize = t
            .chars()
            .take_while(|c| crate::lex::numerals::is_chinese_numeral_char(*c))
            .take(3)
            .map(char::len_utf8)
            .sum();
        if digits > 0 && t[digits..].starts_with(LIST_ITEM_IS) {
            s = &t[digits + LIST_ITEM_IS.len_utf8()..];
            continue;
        }
        match words.find_at_start(t) {
            Some(m) => s = &t[m.end()..],
            None => return t,
        }
    }
}

/// `s` without the trailing words at its end, the first of the list that ends it each round.
fn strip_back(mut s: &str) -> &str {
    loop {
        let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == '　');
        match trailing_word(t) {
            Some(w) => s = &t[..t.len() - w.len()],
            None => return t,
        }
    }
}

/// Leave off a leading time phrase: 2024年, 到2025年, 到“十四五”末, 6月底前, 年底前.
fn strip_time_front(s: &str) -> &str {
    let t = TIME_OPENERS
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s);
    // Most phrases open with no time at all: none of the parsers below is tried.
    if !t
        .chars()
        .next()
        .is_some_and(crate::inline::date::may_open_deadline)
    {
        return s;
    }
    if let Ok((rest, _)) = crate::inline::date::deadline(t) {
        if rest.len() < t.len() {
            return rest.trim_start_matches(AFTER_TIME);
        }
    }
    if let Ok((rest, d)) = crate::inline::date::date(t) {
        if d.year.is_some() || d.month.is_some() {
            return rest.trim_start_matches(AFTER_DATE);
        }
    }
    // 2024年 alone (date() needs a month after a bare year only when no year).
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 4 {
        if let Some(r) = t[4..].strip_prefix(YEAR) {
            return r.trim_start_matches(AFTER_TIME);
        }
    }
    s
}

/// Leave off a trailing comparison base: 比2020年, 较上年同期, 比上年末.
fn strip_comparison(s: &str) -> &str {
    let Some(p) = s.rfind(COMPARISON_MARKS) else {
        return s;
    };
    let c = s[p..].chars().next().map_or(3, char::len_utf8);
    let rest = &s[p + c..];
    let rest2 = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        .trim_start_matches(YEAR);
    let base = COMPARISON_BASES
        .iter()
        .fold(rest2, |b, w| b.trim_start_matches(w))
        .trim_start_matches(COMPARISON_BASE_ENDS);
    let is_base = base.is_empty() && (rest2.len() < rest.len() || rest != base);
    if is_base && p > 0 {
        strip_back(&s[..p])
    } else {
        s
    }
}

/// Where the indicator starts in `seg[from..to]`: after the last verb opening a clause
/// (推动高新区主营业务收入…), unless that verb is part of a noun (保障性住房, 支持力度).
fn after_opening_verb(seg: &str, from: usize, to: usize) -> usize {
    // The last occurrence of each verb, as `rfind` per verb would find it.
    let mut last = [None::<usize>; CLAUSE_OPENING_VERBS.len()];
    for m in OPENING_VERBS.find_overlapping_iter(&seg[from..to]) {
        if let Some(slot) = last.get_mut(m.pattern().as_usize()) {
            *slot = Some(from + m.end());
        }
    }
    last.iter()
        .flatten()
        .copied()
        .filter(|&p| p < to && !seg[p..to].starts_with(VERB_IN_NOUN_SUFFIXES))
        .max()
        .unwrap_or(from)
}

/// Trim an indicator phrase; returns its byte range within `seg`.
pub(super) fn indicator_range(seg: &str, from: usize, to: usize) -> (usize, usize) {
    let from = after_opening_verb(seg, from, to);
    let s = &seg[from..to];
    let front = strip_front(s, &LEADING);
    let start = from + (s.len() - front.len());
    let back = strip_back(front);
    let back = strip_comparison(back);
    let back = back.trim_end_matches(INDICATOR_END_MARKS);
    let mut start = start;
    let end = start + back.len();
    // Keep at most 40 characters, from the end.
    let n = seg[start..end].chars().count();
    if n > 40 {
        let skip: usize = seg[start..end]
            .chars()
            .take(n - 40)
            .map(char::len_utf8)
            .sum();
        start += skip;
    }
    (start, end.max(start))
}
