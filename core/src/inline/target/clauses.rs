//! Where clauses and sentences start, and where hedges (力争, 确保) stand: found once per text
//! in one linear pass, then looked up per quantity by binary search.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::lexicon::targets::HEDGE_WORDS;

static HEDGES: LazyLock<AhoCorasick> = LazyLock::new(|| crate::lexicon::automaton(HEDGE_WORDS));

/// Whether `c` at byte `at` of `text` ends a clause (，；。：！？, a line break).
pub(super) fn is_boundary(text: &str, at: usize, c: char) -> bool {
    match c {
        '，' | '；' | ';' | '。' | '：' | '！' | '？' | '!' | '?' | '\n' | '\r' => true,
        ',' | ':' => {
            // 1,300 and 1.8:1 are numbers.
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            !(before.is_some_and(|c| c.is_ascii_digit())
                && after.is_some_and(|c| c.is_ascii_digit()))
        }
        _ => false,
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?' | '\n')
}

/// Clause and sentence starts and hedge positions of one text.
pub(super) struct Clauses {
    clause_starts: Vec<usize>,
    sentence_starts: Vec<usize>,
    /// Hedge words with their starts, in order, not overlapping: a hedge overlapping an
    /// earlier one (力争取) is never the first of a sentence, which is all that is asked.
    hedges: Vec<(usize, &'static str)>,
}

impl Clauses {
    /// The positions of `text` that questions about bytes up to `upto` need (the scanner
    /// asks at quantity starts only, so the text after the last one is not read): the
    /// boundaries before it, and the hedges that start before it.
    pub(super) fn new(text: &str, upto: usize) -> Self {
        let hedges: Vec<(usize, &'static str)> = HEDGES
            .find_iter(text)
            .take_while(|m| m.start() < upto)
            .filter_map(|m| Some((m.start(), *HEDGE_WORDS.get(m.pattern().as_usize())?)))
            .collect();
        // Room for a line's usual clauses and sentences without regrowing.
        let mut clause_starts = Vec::with_capacity(32);
        clause_starts.push(0usize);
        let mut sentence_starts = Vec::with_capacity(16);
        sentence_starts.push(0usize);
        // No boundary is a CJK ideograph (UTF-8 lead bytes E4–E9): those are stepped over
        // without being decoded.
        let bytes = text.as_bytes();
        let mut i = 0;
        // A start is recorded after its boundary: those before `upto` are all asked for.
        while i < bytes.len() && i < upto {
            if (0xE4..=0xE9).contains(&bytes[i]) {
                i += 3;
                continue;
            }
            // An ASCII character other than the boundaries is stepped over too (pinyin
            // readings and figures are long runs of them).
            if bytes[i].is_ascii()
                && !matches!(bytes[i], b',' | b';' | b':' | b'!' | b'?' | b'\n' | b'\r')
            {
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if is_boundary(text, i, c) {
                clause_starts.push(i + c.len_utf8());
                if is_sentence_end(c) {
                    sentence_starts.push(i + c.len_utf8());
                }
            }
            i += c.len_utf8();
        }
        Clauses {
            clause_starts,
            sentence_starts,
            hedges,
        }
    }

    /// Start of the clause holding byte `at`.
    pub(super) fn clause_start(&self, at: usize) -> usize {
        start_before(&self.clause_starts, at)
    }

    /// Start of the sentence holding byte `at`.
    pub(super) fn sentence_start(&self, at: usize) -> usize {
        start_before(&self.sentence_starts, at)
    }

    /// The first hedge of the sentence starting at `sentence`, if it stands before `before`.
    pub(super) fn hedge(&self, sentence: usize, before: usize) -> Option<&'static str> {
        let first = self.hedges.partition_point(|&(p, _)| p < sentence);
        self.hedges
            .get(first)
            .filter(|&&(p, _)| p < before)
            .map(|&(_, h)| h)
    }
}

fn start_before(starts: &[usize], at: usize) -> usize {
    match starts.binary_search(&at) {
        Ok(i) => starts[i],
        Err(i) => starts[i.saturating_sub(1)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_characters_stepped_over_are_no_boundary() {
        for b in
            (0u8..0x80).filter(|b| !matches!(b, b',' | b';' | b':' | b'!' | b'?' | b'\n' | b'\r'))
        {
            assert!(!is_boundary("x", 0, char::from(b)), "{b}");
        }
    }
}
