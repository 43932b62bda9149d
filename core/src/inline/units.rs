//! Unit names within clauses: a name's kind, its normalized form, and lists of bare
//! administrative levels (各区、县级市). Whether text names a unit at all is the unit-name
//! model in `lex::units`.

use crate::ast::UnitKind;
use crate::lexicon::units::{
    ADMIN_LEVELS, DEPARTMENT_WORDS, EACH, ENTERPRISE_WORDS, JUDICIAL_WORDS, LEVEL_HEADS,
    LEVEL_LIST_QUALIFIERS, LOCAL_GOVERNMENT_WORDS, PARTY_WORDS, SCHOOL_LAST_CHAR, SCHOOL_WORDS,
};
use crate::normalize::folded;
use crate::normalize::to_simplified;
use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The kinds of body a word in a name marks, most telling first: of the words in a name,
/// the one of the earliest kind here gives the kind.
const KINDS: [(UnitKind, &[&str]); 6] = [
    (UnitKind::Judicial, JUDICIAL_WORDS),
    (UnitKind::Enterprise, ENTERPRISE_WORDS),
    (UnitKind::School, SCHOOL_WORDS),
    (UnitKind::Party, PARTY_WORDS),
    (UnitKind::LocalGovernment, LOCAL_GOVERNMENT_WORDS),
    (UnitKind::Department, DEPARTMENT_WORDS),
];

/// Every kind word in one automaton, each pattern's index mapped to its kind's rank. Words
/// overlap (开发区 and 区委 in 开发区委), so matches are read overlapping: a standard
/// automaton, not the lexicon's leftmost-longest one.
static KIND_WORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut ranks = Vec::new();
    for (rank, (_, list)) in KINDS.iter().enumerate() {
        words.extend_from_slice(list);
        ranks.extend(std::iter::repeat_n(rank, list.len()));
    }
    let automaton = AhoCorasick::new(words).expect("lexicon word lists are small and valid");
    (automaton, ranks)
});

/// What sort of body a unit name names.
pub fn unit_kind(name: &str) -> UnitKind {
    let (automaton, ranks) = &*KIND_WORDS;
    let mut best = automaton
        .find_overlapping_iter(name)
        .map(|m| ranks[m.pattern().as_usize()])
        .min();
    // 实验校: a school by its last character.
    let school = KINDS.iter().position(|(k, _)| *k == UnitKind::School);
    if name.ends_with(SCHOOL_LAST_CHAR) && best.is_none_or(|b| Some(b) > school) {
        best = school;
    }
    best.map_or(UnitKind::Other, |rank| KINDS[rank].0)
}

/// Simplified script, half-width parentheses, no whitespace: the key rows are grouped by.
/// Borrowed when `name` is already normal (most names).
pub fn normalize(name: &str) -> Cow<'_, str> {
    // One pass: spaces out, script folded, full-width parentheses half-width. Runs of
    // characters that stay as they are are copied whole; nothing is allocated until one
    // changes.
    let mut out = String::new();
    let mut copied = 0;
    for (i, c) in name.char_indices() {
        let kept = if c.is_whitespace() {
            None
        } else {
            Some(match to_simplified(c) {
                '（' => '(',
                '）' => ')',
                c => c,
            })
        };
        if kept != Some(c) {
            if out.capacity() == 0 {
                out.reserve(name.len());
            }
            out.push_str(&name[copied..i]);
            out.extend(kept);
            copied = i + c.len_utf8();
        }
    }
    if copied == 0 && out.capacity() == 0 {
        return Cow::Borrowed(name);
    }
    out.push_str(&name[copied..]);
    Cow::Owned(out)
}

/// True for a bare administrative level (县级市, 州), in either script.
pub fn is_admin_level(s: &str) -> bool {
    let f = folded(s);
    ADMIN_LEVELS.contains(&&*f)
}

/// True for a level with a shared head after it (县人民政府, 市政府).
pub fn is_headed_level(s: &str) -> bool {
    let f = folded(s);
    ADMIN_LEVELS
        .iter()
        .any(|l| f.strip_prefix(l).is_some_and(|h| LEVEL_HEADS.contains(&h)))
}

/// True for the start of a list of bare levels: 各区, 各有关区, 各市.
pub fn opens_level_list(s: &str) -> bool {
    if !s.starts_with(EACH) {
        return false;
    }
    let f = folded(s);
    let Some(rest) = f.strip_prefix(EACH) else {
        return false;
    };
    let rest = LEVEL_LIST_QUALIFIERS
        .iter()
        .find_map(|q| rest.strip_prefix(q))
        .unwrap_or(rest);
    ADMIN_LEVELS.contains(&rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_names() {
        assert_eq!(unit_kind("济源投资集团有限公司"), UnitKind::Enterprise);
        assert_eq!(unit_kind("镇人民政府"), UnitKind::LocalGovernment);
        assert_eq!(unit_kind("市委政法委(社会工作部)"), UnitKind::Party);
        assert_eq!(unit_kind("财政局"), UnitKind::Department);
        assert_eq!(unit_kind("实验校"), UnitKind::School);
        // Overlapping words: 区委 (a Party body) inside 开发区委员会.
        assert_eq!(unit_kind("高新技术开发区委员会"), UnitKind::Party);
        assert_eq!(unit_kind("市第一中学"), UnitKind::School);
        assert_eq!(normalize("發展改革委（統計局）"), "发展改革委(统计局)");
    }
}
