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

/// Every kind word with its kind's rank, sorted by first character: a name is read
/// character by character, and only the few words opening with that character are tried.
/// Words overlap (开发区 and 区委 in 开发区委), so every position is tried, not only where
/// an earlier word ends.
static KIND_WORDS: LazyLock<Vec<(char, &'static str, usize)>> = LazyLock::new(|| {
    let mut words: Vec<(char, &'static str, usize)> = KINDS
        .iter()
        .enumerate()
        .flat_map(|(rank, (_, list))| list.iter().map(move |w| (w, rank)))
        .filter_map(|(w, rank)| w.chars().next().map(|c| (c, *w, rank)))
        .collect();
    words.sort_by_key(|&(c, _, rank)| (c, rank));
    words
});

/// The first characters of [`KIND_WORDS`] hashed into 1024 bits: most characters of a name
/// open no kind word, and one bit tells so without a search.
static KIND_FIRST_BITS: LazyLock<[u64; 16]> = LazyLock::new(|| {
    let mut bits = [0u64; 16];
    for &(c, _, _) in KIND_WORDS.iter() {
        let h = c as usize % 1024;
        bits[h / 64] |= 1 << (h % 64);
    }
    bits
});

/// What sort of body a unit name names.
pub fn unit_kind(name: &str) -> UnitKind {
    let words = &*KIND_WORDS;
    let bits = &*KIND_FIRST_BITS;
    let mut best: Option<usize> = None;
    for (i, c) in name.char_indices() {
        let h = c as usize % 1024;
        if bits[h / 64] & (1 << (h % 64)) == 0 {
            continue;
        }
        let from = words.partition_point(|w| w.0 < c);
        for &(_, word, rank) in words[from..].iter().take_while(|w| w.0 == c) {
            if best.is_none_or(|b| rank < b) && name[i..].starts_with(word) {
                best = Some(rank);
            }
        }
    }
    // 实验校: a school by its last character.
    let school = KINDS.iter().position(|(k, _)| *k == UnitKind::School);
    if name.ends_with(SCHOOL_LAST_CHAR) && best.is_none_or(|b| Some(b) > school) {
        best = school;
    }
    best.map_or(UnitKind::Other, |rank| KINDS[rank].0)
}

/// A name's kind and its key when the key differs from the name.
type KindAndKey = (UnitKind, Option<crate::Text>);

thread_local! {
    /// [`unit_kind`] and the [`normalize`]d key (when it differs from the name) of the names
    /// read in this parse.
    static KINDS_AND_KEYS: crate::lex::memo::Memo<KindAndKey> = Default::default();
}

/// [`unit_kind`] of `name` and its [`normalize`]d key, `None` when the key is the name
/// itself (most names); remembered for the parse.
pub fn kind_and_key(name: &str) -> KindAndKey {
    crate::lex::memo::remembered(&KINDS_AND_KEYS, name, |name| {
        let key = match normalize(name) {
            Cow::Borrowed(_) => None,
            Cow::Owned(key) => Some(key.into()),
        };
        (unit_kind(name), key)
    })
}

/// Forget the kinds and keys read in this parse.
pub(crate) fn forget_kinds_and_keys() {
    crate::lex::memo::forget(&KINDS_AND_KEYS);
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
    fn a_remembered_kind_and_key_are_the_ones_worked_out() {
        let units = include_str!("../../../tests/fixtures/units/units.txt");
        let non_units = include_str!("../../../tests/fixtures/units/non_units.txt");
        let long = "市".repeat(crate::lex::memo::MAX_REMEMBERED_NAME);
        let extra = ["市財政局（林業局）", "市 财政局", long.as_str(), ""];
        let names: Vec<&str> = units
            .lines()
            .chain(non_units.lines())
            .chain(extra)
            .collect();
        // Asked twice (worked out, then remembered), again after the memory started over
        // (more names than it keeps), and after it was forgotten as a parse ends.
        for round in 0..4 {
            for &name in &names {
                let (kind, key) = kind_and_key(name);
                assert_eq!(kind, unit_kind(name), "{name}");
                let want = normalize(name);
                assert_eq!(key.as_deref().unwrap_or(name), &*want, "{name}");
                assert_eq!(key.is_none(), matches!(want, Cow::Borrowed(_)), "{name}");
            }
            if round == 1 {
                for i in 0..crate::lex::memo::MAX_REMEMBERED {
                    kind_and_key(&format!("第{i}局"));
                }
            }
            if round == 2 {
                forget_kinds_and_keys();
                assert!(KINDS_AND_KEYS.with(|m| m.borrow().is_empty()));
            }
        }
    }

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
        // The kind is that of the most telling word anywhere in the name.
        let units = include_str!("../../../tests/fixtures/units/units.txt");
        for name in units.lines().chain(["开发区委", "區委法院", "公司局"]) {
            let words = KINDS
                .iter()
                .position(|(_, l)| l.iter().any(|w| name.contains(w)));
            let by_last = name.ends_with(SCHOOL_LAST_CHAR).then_some(2);
            let rank = match (words, by_last) {
                (Some(w), Some(l)) => Some(w.min(l)),
                (w, l) => w.or(l),
            };
            assert_eq!(
                unit_kind(name),
                rank.map_or(UnitKind::Other, |r| KINDS[r].0),
                "{name}"
            );
        }
    }
}
