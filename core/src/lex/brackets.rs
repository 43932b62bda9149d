//! Brackets: which characters open and close an aside, and the one scanner that counts how
//! deep in brackets each character of a text stands.

use aho_corasick::AhoCorasick;
use std::iter::Rev;
use std::str::CharIndices;
use std::sync::LazyLock;

/// Brackets that can hold a clause or a name's aside: （）()［］[]【】〔〕.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '(' | '（' | '[' | '【' | '〔' | '［')
}

/// Where the first opening bracket of `s` is ([`is_open`]), found by an automaton rather
/// than character by character: most lines have none.
pub(crate) fn first_open(s: &str) -> Option<usize> {
    static OPENS: LazyLock<AhoCorasick> =
        LazyLock::new(|| crate::lexicon::automaton(&["(", "（", "[", "【", "〔", "［"]));
    OPENS.find(s).map(|m| m.start())
}

/// The closing twins of [`is_open`].
pub(crate) fn is_close(c: char) -> bool {
    matches!(c, ')' | '）' | ']' | '】' | '〕' | '］')
}

/// The characters of a text with the bracket depth each stands at: (byte offset, char,
/// depth). A bracket stands at the depth outside it, so an aside at the top level opens and
/// closes at depth 0 and its inside is at depth 1. A close with nothing open stays at 0.
pub(crate) struct Depths<I> {
    chars: I,
    depth: usize,
    backwards: bool,
}

impl<I: Iterator<Item = (usize, char)>> Iterator for Depths<I> {
    type Item = (usize, char, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let (i, c) = self.chars.next()?;
        // Read backwards, a closing bracket is the one that goes in.
        let (inward, outward) = if self.backwards {
            (is_close(c), is_open(c))
        } else {
            (is_open(c), is_close(c))
        };
        let at = if inward {
            self.depth += 1;
            self.depth - 1
        } else if outward {
            self.depth = self.depth.saturating_sub(1);
            self.depth
        } else {
            self.depth
        };
        Some((i, c, at))
    }
}

/// The characters of `s` from the start, with their bracket depth.
pub(crate) fn depths(s: &str) -> Depths<CharIndices<'_>> {
    Depths {
        chars: s.char_indices(),
        depth: 0,
        backwards: false,
    }
}

/// The characters of `s` from the end, with their bracket depth counted from the end.
pub(crate) fn depths_backwards(s: &str) -> Depths<Rev<CharIndices<'_>>> {
    Depths {
        chars: s.char_indices().rev(),
        depth: 0,
        backwards: true,
    }
}

/// Whether a character led by byte `b` can be a bracket: ( ) [ ] are ASCII, （）［］ lead
/// with EF, 【】〔〕 with E3 (a test checks every bracket).
#[inline]
fn may_lead_bracket(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'[' | b']' | 0xE3 | 0xEF)
}

/// The brackets of `s` only, with the depth [`depths`] gives them: the other characters are
/// stepped over by their lead byte without being decoded.
pub(crate) fn bracket_depths(s: &str) -> BracketDepths<'_> {
    BracketDepths { s, at: 0, depth: 0 }
}

/// The brackets of [`bracket_depths`].
pub(crate) struct BracketDepths<'a> {
    s: &'a str,
    at: usize,
    depth: usize,
}

impl Iterator for BracketDepths<'_> {
    type Item = (usize, char, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.s.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            let i = self.at;
            if !may_lead_bracket(b) {
                self.at += match b {
                    0x00..=0xBF => 1,
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                continue;
            }
            let c = self.s.get(i..).and_then(|t| t.chars().next())?;
            self.at += c.len_utf8();
            if is_open(c) {
                self.depth += 1;
                return Some((i, c, self.depth - 1));
            }
            if is_close(c) {
                self.depth = self.depth.saturating_sub(1);
                return Some((i, c, self.depth));
            }
        }
        None
    }
}

/// Split `s` on any char of `seps` at bracket depth 0. Yields (offset, piece), lazily: a
/// hostile run of separators costs no memory per piece.
pub(crate) fn split_depth0<'a, 'p>(s: &'a str, seps: &'p [char]) -> SplitDepth0<'a, 'p> {
    SplitDepth0 {
        s,
        seps,
        // No bracket is a CJK ideograph (U+4000–U+9FFF, UTF-8 lead bytes E4–E9): unless a
        // separator is one, those characters are stepped over without being decoded.
        skip_han: !seps.iter().any(|c| ('\u{4000}'..='\u{9FFF}').contains(c)),
        start: 0,
        at: 0,
        depth: 0,
        done: false,
    }
}

/// The pieces of [`split_depth0`].
pub(crate) struct SplitDepth0<'a, 'p> {
    s: &'a str,
    seps: &'p [char],
    skip_han: bool,
    /// Where the current piece starts.
    start: usize,
    /// The next byte to read.
    at: usize,
    depth: usize,
    /// The last piece was given.
    done: bool,
}

impl<'a> Iterator for SplitDepth0<'a, '_> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let (s, bytes) = (self.s, self.s.as_bytes());
        while self.at < bytes.len() {
            let i = self.at;
            if self.skip_han && (0xE4..=0xE9).contains(&bytes[i]) {
                self.at += 3;
                continue;
            }
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            self.at += c.len_utf8();
            if is_open(c) {
                self.depth += 1;
            } else if is_close(c) {
                self.depth = self.depth.saturating_sub(1);
            } else if self.depth == 0 && self.seps.contains(&c) {
                let piece = (self.start, &s[self.start..i]);
                self.start = self.at;
                return Some(piece);
            }
        }
        self.done = true;
        Some((self.start, &s[self.start..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bracket_has_a_lead_byte_the_gate_admits() {
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            if is_open(c) || is_close(c) {
                let mut b = [0u8; 4];
                assert!(
                    may_lead_bracket(c.encode_utf8(&mut b).as_bytes()[0]),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn depth_of_each_character() {
        let d: Vec<usize> = depths("a(b[c])d)e").map(|(_, _, d)| d).collect();
        assert_eq!(d, [0, 0, 1, 1, 2, 1, 0, 0, 0, 0]);
        let d: Vec<usize> = depths_backwards("(a)b").map(|(_, _, d)| d).collect();
        assert_eq!(d, [0, 0, 1, 0]);
        assert_eq!(first_open("甲、乙【丙(丁"), Some(9));
        assert_eq!(first_open("甲）乙"), None);
        let s = "甲(乙【丙〔丁〕】)）［戊］";
        let all: Vec<_> = depths(s)
            .filter(|&(_, c, _)| is_open(c) || is_close(c))
            .collect();
        assert_eq!(bracket_depths(s).collect::<Vec<_>>(), all);
        assert_eq!(
            split_depth0("甲、乙(丙、丁)、戊", &['、']).collect::<Vec<_>>(),
            [(0, "甲"), (6, "乙(丙、丁)"), (23, "戊")]
        );
    }
}
