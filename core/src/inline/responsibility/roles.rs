//! Role words around the names of a clause: the verb after them (X牵头, Y按职责分工负责),
//! a role in parentheses after one name (X（牵头）), and the open tail of a list (等相关单位).

use crate::ast::Role;
use crate::lexicon::roles::{
    AND_OTHERS_TAILS, DOUBLED_ROLE_VERBS, LEAD_PARENTHESISED, LEAD_SUFFIX_VERBS,
    RESPONSIBLE_PARENTHESISED, RESPONSIBLE_SUFFIX_VERBS, RESPONSIBLE_VERB, ROLE_MANNER_WORDS,
    ROLE_VERB_TRADITIONAL_LAST_CHARS, SUPPORT_PARENTHESISED, SUPPORT_SUFFIX_VERBS,
};
use crate::normalize::folded;
use std::sync::LazyLock;

/// Every role verb with the role it gives, longest first: of two verbs ending a text, the
/// longer one (牵头负责 before 负责) is the one written.
static SUFFIX_VERBS: LazyLock<Vec<(&'static str, Role)>> = LazyLock::new(|| {
    let mut all: Vec<(&str, Role)> = [
        (LEAD_SUFFIX_VERBS, Role::Lead),
        (SUPPORT_SUFFIX_VERBS, Role::Support),
        (RESPONSIBLE_SUFFIX_VERBS, Role::Responsible),
    ]
    .iter()
    .flat_map(|(words, role)| words.iter().map(move |w| (*w, *role)))
    .collect();
    all.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    all
});

/// Role verbs with the role each gives.
type VerbGroup = Vec<(&'static str, Role)>;

/// [`SUFFIX_VERBS`] grouped by their last character (sorted by it), each group in the order
/// of the list: a text is compared only with the verbs that end with its last character.
static SUFFIX_VERBS_BY_LAST: LazyLock<Vec<(char, VerbGroup)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, VerbGroup)> = Vec::new();
    for &(w, r) in SUFFIX_VERBS.iter() {
        let Some(last) = w.chars().next_back() else {
            continue;
        };
        match groups.iter_mut().find(|(c, _)| *c == last) {
            Some((_, g)) => g.push((w, r)),
            None => groups.push((last, vec![(w, r)])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    groups
});

/// The first of [`SUFFIX_VERBS`] that ends `f`.
fn suffix_verb(f: &str) -> Option<(&'static str, Role)> {
    let last = f.chars().next_back()?;
    let groups = &*SUFFIX_VERBS_BY_LAST;
    let g = groups.binary_search_by_key(&last, |(c, _)| *c).ok()?;
    groups[g].1.iter().find(|(w, _)| f.ends_with(w)).copied()
}

/// The last characters of the role verbs, in both scripts: a text ending in none of them
/// has no role verb, and need not be folded to find out.
static SUFFIX_LAST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut chars: Vec<char> = SUFFIX_VERBS
        .iter()
        .filter_map(|(w, _)| w.chars().next_back())
        .collect();
    chars.extend(ROLE_VERB_TRADITIONAL_LAST_CHARS);
    chars.sort_unstable();
    chars.dedup();
    chars
});

/// Roles written in parentheses after a name, brackets included, in both widths.
static PARENTHESISED: LazyLock<Vec<(String, Role)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (words, role) in [
        (LEAD_PARENTHESISED, Role::Lead),
        (SUPPORT_PARENTHESISED, Role::Support),
        (RESPONSIBLE_PARENTHESISED, Role::Responsible),
    ] {
        for w in words {
            out.push((format!("（{w}）"), role));
            out.push((format!("({w})"), role));
        }
    }
    out
});

/// A role written in parentheses after a name: 市发展改革委（牵头）.
pub(super) fn parenthesised_role(name: &str) -> Option<(&str, Role)> {
    if !name.ends_with([')', '）']) {
        return None;
    }
    PARENTHESISED.iter().find_map(|(word, role)| {
        name.strip_suffix(word.as_str())
            .filter(|rest| !rest.is_empty())
            .map(|rest| (rest, *role))
    })
}

/// `s` without its last `n` characters.
fn drop_last_chars(s: &str, n: usize) -> &str {
    if n == 0 {
        return s;
    }
    let cut = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[..cut]
}

/// A segment with its role verb taken off: the names before it, the role, and whether a
/// role word was doubled (负责负责).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stripped<'a> {
    pub names: &'a str,
    pub role: Option<Role>,
    pub doubled: bool,
}

/// Strip a role suffix (repeated ones too) and the manner words before it. Words are matched
/// on the simplified folding of `s`, so traditional script (按照職責分工負責) reads the same.
pub(super) fn strip_role(s: &str) -> Stripped<'_> {
    // Most segments are names: their last character ends no role verb, so no folding.
    if s.chars()
        .next_back()
        .is_none_or(|c| SUFFIX_LAST_CHARS.binary_search(&c).is_err())
    {
        return Stripped {
            names: s,
            role: None,
            doubled: false,
        };
    }
    let folded = folded(s);
    let mut f: &str = &folded;
    let mut rest = s;
    let mut role = None;
    let mut count = 0;
    while let Some((word, r)) = suffix_verb(f) {
        let x = &f[..f.len() - word.len()];
        // A word like 落实 alone must follow a name; keep "牵头" before "负责" (牵头负责).
        if x.is_empty() && count == 0 && role.is_none() && word != RESPONSIBLE_VERB {
            break;
        }
        if role.is_none() || role == Some(Role::Responsible) {
            role = Some(match (role, r) {
                (Some(Role::Responsible), Role::Lead) => Role::Lead,
                (Some(x), _) => x,
                (None, r) => r,
            });
        }
        rest = drop_last_chars(rest, word.chars().count());
        f = x;
        count += 1;
    }
    if role.is_some() {
        if let Some(w) = ROLE_MANNER_WORDS
            .iter()
            .find(|w| f.ends_with(**w) && f.len() > w.len())
        {
            rest = drop_last_chars(rest, w.chars().count());
        }
    }
    // 负责负责 is two role words where one is meant.
    let doubled = DOUBLED_ROLE_VERBS
        .iter()
        .any(|w| folded.strip_suffix(w).is_some_and(|x| x.ends_with(w)));
    Stripped {
        names: rest,
        role,
        doubled,
    }
}

/// The names without an open tail (等相关单位), and whether one was written.
pub(super) fn strip_and_others(s: &str) -> (&str, bool) {
    for t in AND_OTHERS_TAILS {
        if let Some(x) = s.strip_suffix(t) {
            if !x.is_empty() {
                return (x, true);
            }
        }
    }
    (s, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_verbs_and_tails() {
        let s = strip_role("市财政局按职责分工负责");
        assert_eq!((s.names, s.role), ("市财政局", Some(Role::Responsible)));
        let s = strip_role("市財政局協助");
        assert_eq!((s.names, s.role), ("市財政局", Some(Role::Support)));
        let s = strip_role("市教育局牵头负责负责");
        assert_eq!(
            (s.names, s.role, s.doubled),
            ("市教育局", Some(Role::Lead), true)
        );
        assert_eq!(strip_role("落实").role, None);
        assert_eq!(strip_role("负责").role, Some(Role::Responsible));
        assert_eq!(strip_role("市财政局").role, None);
        assert_eq!(
            parenthesised_role("市发展改革委(牵头单位)"),
            Some(("市发展改革委", Role::Lead))
        );
        assert_eq!(strip_and_others("甲、乙等相关单位"), ("甲、乙", true));
        assert_eq!(strip_and_others("等"), ("等", false));
    }
}
