//! The unit-name model: whether a piece of text names an organisation (局, 委, 中心, 各有关单位)
//! or is a time, progress phrase, verb, figure or aside; and script folding.

use crate::lexicon::dates::DATE_MARK_CHARS;
use crate::lexicon::units::{
    COLLECTIVE_WORDS, EACH, NOT_A_NAME_OPENINGS, PLACE_FIRST_CHARS, PROGRESS_WORDS,
    UNIT_LAST_CHARS, UNIT_LIKE_VERB_ENDINGS, UNIT_LIKE_VERB_LAST_CHARS, UNIT_NAME_ENDINGS,
};
use crate::normalize::folded;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

static PROGRESS: LazyLock<AhoCorasick> =
    LazyLock::new(|| crate::lexicon::automaton(PROGRESS_WORDS));
static COLLECTIVE: LazyLock<AhoCorasick> =
    LazyLock::new(|| crate::lexicon::automaton(COLLECTIVE_WORDS));

/// Sorted, for a binary search per name instead of a scan of the list.
fn sorted_chars(chars: impl Iterator<Item = char>) -> Vec<char> {
    let mut v: Vec<char> = chars.collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// [`UNIT_LAST_CHARS`], sorted.
static LAST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| sorted_chars(UNIT_LAST_CHARS.chars()));
/// The last characters of [`UNIT_NAME_ENDINGS`]: a name ending in none of them ends in none
/// of the endings.
static ENDING_LAST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    sorted_chars(
        UNIT_NAME_ENDINGS
            .iter()
            .filter_map(|e| e.chars().next_back()),
    )
});
/// The first characters of [`NOT_A_NAME_OPENINGS`].
static NOT_A_NAME_FIRST_CHARS: LazyLock<Vec<char>> =
    LazyLock::new(|| sorted_chars(NOT_A_NAME_OPENINGS.iter().filter_map(|w| w.chars().next())));

/// True when `name` ends like an organisation's name.
pub fn looks_like_unit(name: &str) -> bool {
    let n = name.trim_end_matches([')', '）']);
    // 自然资源和规划局(林业局): judge by the part before the inner parenthesis too.
    let base = match n.find(['(', '（']) {
        Some(i) => &n[..i],
        None => n,
    };
    let ends_like_unit = |t: &str| {
        t.chars().next_back().is_some_and(|c| {
            LAST_CHARS.binary_search(&c).is_ok()
                || (ENDING_LAST_CHARS.binary_search(&c).is_ok()
                    && UNIT_NAME_ENDINGS.iter().any(|e| t.ends_with(e)))
        })
    };
    ends_like_unit(n) || (base.len() < n.len() && ends_like_unit(base))
}

/// True when `s` reads as a time or progress phrase rather than a name.
pub fn is_progress_phrase(s: &str) -> bool {
    // A name that ends like a unit is none (looks_like_unit knows both scripts): most
    // segments stop here, before the folding is paid for.
    !looks_like_unit(s) && progress_words(s)
}

/// A date or a progress word in `s`, whatever it ends with.
fn progress_words(s: &str) -> bool {
    let f = folded(s);
    let dated = f.bytes().any(|b| b.is_ascii_digit()) && f.contains(DATE_MARK_CHARS);
    dated || PROGRESS.is_match(&*f)
}

/// True when `n` (any script) ends with a verb that ends like a unit's name (跟踪督办).
fn ends_with_verb(n: &str) -> bool {
    // Look at the last character before folding: most names end in no verb's last one.
    n.ends_with(UNIT_LIKE_VERB_LAST_CHARS) && {
        let f = folded(n);
        UNIT_LIKE_VERB_ENDINGS.iter().any(|v| f.ends_with(v))
    }
}

/// A name is short, has no sentence punctuation, and is not an aside or a bare figure.
pub fn plausible_name(name: &str) -> bool {
    // One pass over the characters: the length, sentence punctuation, all digits.
    // One walk over the bytes: the rejected characters are matched by their UTF-8 forms,
    // characters counted by their first bytes.
    let bytes = name.as_bytes();
    let mut n = 0;
    let mut figures_only = true;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            if b == b':' || b == b'%' {
                return false;
            }
            n += 1;
            figures_only &= b.is_ascii_digit() || b.is_ascii_punctuation();
        } else if b >= 0xC0 {
            n += 1;
            figures_only = false;
            // 。《》 (E3 80 82/8A/8B), ：％ (EF BC 9A/85).
            let rejected = matches!(
                (b, bytes.get(i + 1), bytes.get(i + 2)),
                (0xE3, Some(0x80), Some(0x82 | 0x8A | 0x8B))
                    | (0xEF, Some(0xBC), Some(0x9A | 0x85))
            );
            if rejected {
                return false;
            }
        }
    }
    (2..=40).contains(&n) && !figures_only && !opens_like_no_name(name) && !is_figure(name)
}

/// True when `name` opens with one of [`NOT_A_NAME_OPENINGS`] (their first characters are
/// checked first: most names open with none of them).
fn opens_like_no_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| NOT_A_NAME_FIRST_CHARS.binary_search(&c).is_ok())
        && NOT_A_NAME_OPENINGS.iter().any(|w| name.starts_with(w))
}

/// A number with at most one measure word after it (10处, 3亿, ５家).
fn is_figure(name: &str) -> bool {
    let rest = name
        .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '.');
    rest.len() < name.len() && rest.chars().count() <= 1
}

/// The model of a unit: a plausible name that reads as an organisation — it ends in an
/// institutional word (局 委 办 中心 政府 公司…) or is a collective (各有关单位, 各区、县级市) —
/// and is no time or progress phrase, verb or figure.
pub fn is_unit_name(name: &str) -> bool {
    let n = name.trim();
    // 市委, 县委 are units of two characters; 部署, 推进 are verbs.
    let of_a_place = n.starts_with(PLACE_FIRST_CHARS);
    let like = looks_like_unit(n);
    plausible_name(n)
        && (like || is_collective(n))
        && (n.chars().count() > 2 || of_a_place)
        // is_progress_phrase, without asking looks_like_unit again
        && (like || !progress_words(n))
        && (of_a_place || !ends_with_verb(n))
}

/// A segment that no reading makes a unit: a figure, a time or progress phrase, a bare verb.
/// (Weaker than `!is_unit_name`: abbreviations such as 市城投 end in no institutional word
/// but are units once a role word says so.)
#[cfg(test)]
pub fn is_surely_not_a_unit(name: &str) -> bool {
    let n = name.trim();
    !plausible_name(n)
        || is_progress_phrase(n)
        || (!n.starts_with(PLACE_FIRST_CHARS) && ends_with_verb(n))
}

/// What the unit model says of one name: [`is_surely_not_a_unit`], [`is_unit_name`] and
/// [`plausible_name`] at once, each underlying test run (and the name folded) at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// [`is_surely_not_a_unit`].
    pub surely_not_a_unit: bool,
    /// [`is_unit_name`].
    pub unit_name: bool,
    /// [`plausible_name`] of the name as given (untrimmed).
    pub plausible: bool,
}

thread_local! {
    /// Verdicts given in this parse, by name.
    static VERDICTS: super::memo::Memo<Verdict> = Default::default();
}

/// The [`Verdict`] on `name` (remembered: [`judge_afresh`] gives the same).
pub fn judge(name: &str) -> Verdict {
    super::memo::remembered(&VERDICTS, name, judge_afresh)
}

/// Forget the verdicts given in this parse.
pub(crate) fn forget_verdicts() {
    super::memo::forget(&VERDICTS);
}

/// The [`Verdict`] on `name`, worked out.
fn judge_afresh(name: &str) -> Verdict {
    let n = name.trim();
    let plausible_n = plausible_name(n);
    let plausible = if n.len() == name.len() {
        plausible_n
    } else {
        plausible_name(name)
    };
    if !plausible_n {
        return Verdict {
            surely_not_a_unit: true,
            unit_name: false,
            plausible,
        };
    }
    let of_a_place = n.starts_with(PLACE_FIRST_CHARS);
    let like = looks_like_unit(n);
    let progress = !like && progress_words(n);
    let verb = !of_a_place && ends_with_verb(n);
    Verdict {
        surely_not_a_unit: progress || verb,
        unit_name: (like || is_collective(n))
            && (of_a_place || n.chars().count() > 2)
            && !progress
            && !verb,
        plausible,
    }
}

/// True for a group name (各开发区管理办公室, 市政府各部门, 各成员单位).
pub fn is_collective(name: &str) -> bool {
    // Every collective word holds 各: a name without it needs no automaton.
    name.starts_with(EACH) || (name.contains(EACH) && COLLECTIVE.is_match(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_model_accepts_real_units_and_rejects_the_rest() {
        let units = include_str!("../../../tests/fixtures/units/units.txt");
        let non_units = include_str!("../../../tests/fixtures/units/non_units.txt");
        let rejected: Vec<&str> = units.lines().filter(|u| !is_unit_name(u)).collect();
        let accepted: Vec<&str> = non_units.lines().filter(|u| is_unit_name(u)).collect();
        assert!(units.lines().count() >= 200 && non_units.lines().count() >= 100);
        assert!(rejected.is_empty(), "real units rejected: {rejected:?}");
        assert!(accepted.is_empty(), "non-units accepted: {accepted:?}");
        for name in units.lines().chain(non_units.lines()) {
            for name in [name, &format!(" {name}"), &format!("{name}\u{3000}")] {
                let v = judge(name);
                assert_eq!(v.unit_name, is_unit_name(name), "{name}");
                assert_eq!(v.surely_not_a_unit, is_surely_not_a_unit(name), "{name}");
                assert_eq!(v.plausible, plausible_name(name), "{name}");
            }
        }
    }

    #[test]
    fn a_remembered_verdict_is_the_verdict_worked_out() {
        let units = include_str!("../../../tests/fixtures/units/units.txt");
        let non_units = include_str!("../../../tests/fixtures/units/non_units.txt");
        let long = "市".repeat(crate::lex::memo::MAX_REMEMBERED_NAME);
        let names: Vec<&str> = units.lines().chain(non_units.lines()).collect();
        // Asked twice (worked out, then remembered), again after the memory started over
        // (more names than it keeps), and after it was forgotten as a parse ends.
        for round in 0..4 {
            for name in names.iter().copied().chain([long.as_str(), "", " "]) {
                assert_eq!(judge(name), judge_afresh(name), "{name}");
            }
            if round == 1 {
                for i in 0..crate::lex::memo::MAX_REMEMBERED {
                    judge(&format!("第{i}局"));
                }
            }
            if round == 2 {
                forget_verdicts();
                assert!(VERDICTS.with(|m| m.borrow().is_empty()));
            }
        }
    }

    #[test]
    fn names_and_collectives() {
        assert!(looks_like_unit("自然资源和规划局(林业局)"));
        assert!(looks_like_unit("济源海关"));
        assert!(looks_like_unit("市管国有企业"));
        assert!(!looks_like_unit("加快推进"));
        assert!(is_collective("各开发区管理办公室"));
        assert!(is_collective("市政府各部门"));
    }
}
