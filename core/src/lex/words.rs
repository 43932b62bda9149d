//! A few words found over long text: each word's opening (its first two characters) is
//! looked for with `memchr::memmem`, and only where one stands are the words compared.
//!
//! For a handful of Han words this is much cheaper than an Aho-Corasick scan: a Han word's
//! UTF-8 bytes are common in any Han text, so a byte prefilter stops at nearly every
//! character, while a six-byte needle rarely matches by chance. Matches are the ones an
//! Aho-Corasick automaton with leftmost-longest semantics reports: the earliest start, the
//! longest word there, not overlapping.

use memchr::memmem::Finder;

/// A word list, grouped by opening.
pub(crate) struct Words {
    /// One finder per distinct opening, with the words that open so, longest first.
    groups: Vec<(Finder<'static>, Vec<&'static str>)>,
}

/// The first `n` characters of `w` (all of it when shorter).
fn opening(w: &str, n: usize) -> &str {
    w.char_indices().nth(n).map_or(w, |(i, _)| &w[..i])
}

impl Words {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut groups: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for &w in words.iter().filter(|w| !w.is_empty()) {
            let key = opening(w, 2);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, ws)) => ws.push(w),
                None => groups.push((key, vec![w])),
            }
        }
        Words {
            groups: groups
                .into_iter()
                .map(|(key, mut ws)| {
                    ws.sort_by_key(|w| std::cmp::Reverse(w.len()));
                    (Finder::new(key.as_bytes()), ws)
                })
                .collect(),
        }
    }

    /// Every match in `text`, as byte ranges, in order and not overlapping.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> FindIter<'a> {
        let next = self
            .groups
            .iter()
            .map(|(f, _)| f.find(text.as_bytes()))
            .collect();
        FindIter {
            words: self,
            text,
            cursor: 0,
            next,
        }
    }

    /// True when any word occurs in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.find_iter(text).next().is_some()
    }
}

/// Matches of a [`Words`] list in one text.
pub(crate) struct FindIter<'a> {
    words: &'a Words,
    text: &'a str,
    /// Matches start at or after this byte.
    cursor: usize,
    /// Each group's next opening at or after the last place it was looked for from.
    next: Vec<Option<usize>>,
}

impl FindIter<'_> {
    /// The next opening of group `g` at or after byte `from`.
    fn find_from(&self, g: usize, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes().get(from..)?;
        self.words.groups[g].0.find(bytes).map(|i| from + i)
    }
}

impl Iterator for FindIter<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        // Each round either returns or moves a group's opening forward: linear in the text.
        loop {
            for g in 0..self.next.len() {
                if self.next[g].is_some_and(|p| p < self.cursor) {
                    self.next[g] = self.find_from(g, self.cursor);
                }
            }
            let start = self.next.iter().flatten().copied().min()?;
            let mut best: Option<usize> = None;
            for g in 0..self.next.len() {
                if self.next[g] != Some(start) {
                    continue;
                }
                let rest = &self.text[start..];
                if let Some(w) = self.words.groups[g]
                    .1
                    .iter()
                    .find(|w| rest.starts_with(**w))
                {
                    best = Some(best.map_or(w.len(), |b| b.max(w.len())));
                }
                // Looked at: this group's next opening is further on (an opening starts a
                // character, so the one after `start` is at least a byte further).
                self.next[g] = self.find_from(g, start + 1);
            }
            if let Some(len) = best {
                self.cursor = start + len;
                return Some(start..start + len);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_as_leftmost_longest_automaton_finds_them() {
        let list: &[&'static str] = &["ab", "abcd", "bc", "x", "cdx"];
        let words = Words::new(list);
        let automaton = crate::lexicon::automaton(list);
        for text in [
            "abcdx",
            "zzabcabcdxbcx",
            "",
            "xxabx",
            "bcdxab",
            "aab",
            "abab",
        ] {
            let ours: Vec<_> = words.find_iter(text).collect();
            let theirs: Vec<_> = automaton.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(ours, theirs, "{text}");
        }
        let han = Words::new(&["会议指出", "会议强调", "牵头"]);
        let found: Vec<_> = han.find_iter("会议，会议指出牵头会议强调").collect();
        assert_eq!(found, [9..21, 21..27, 27..39]);
        assert!(!han.is_match("会议"));
    }
}
