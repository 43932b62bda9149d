//! [`BmpSet`]: a set of characters U+0000–U+FFFF, one bit each, that scans read off a
//! character's UTF-8 bytes without decoding it. The gates in front of the recognisers
//! (quantity openings, characters that may fold, the first characters of a word list) are
//! such sets.

/// One bit per code point U+0000–U+FFFF (8 KiB). A three-byte character's bits above its
/// last six are its lead byte's low four and its second byte's low six, so its word and bit
/// come straight from its bytes.
#[derive(Clone)]
pub(crate) struct BmpSet([u64; 0x10000 / 64]);

impl BmpSet {
    /// The empty set.
    pub(crate) const EMPTY: BmpSet = BmpSet([0; 0x10000 / 64]);

    /// The set whose words are `words` (bit `u % 64` of word `u / 64` holds U+`u`).
    pub(crate) const fn from_words(words: [u64; 0x10000 / 64]) -> BmpSet {
        BmpSet(words)
    }

    /// Add code point `u` (ignored past U+FFFF).
    pub(crate) const fn insert(&mut self, u: u32) {
        if u < 0x10000 {
            self.0[u as usize / 64] |= 1 << (u % 64);
        }
    }

    /// Whether `c` is in the set (never a character past U+FFFF).
    pub(crate) const fn contains(&self, c: char) -> bool {
        let u = c as usize;
        u < 0x10000 && self.0[u / 64] & (1 << (u % 64)) != 0
    }

    /// Whether the three-byte character `lead`, `b1`, `b2` is in the set.
    #[inline]
    pub(crate) fn contains3(&self, lead: u8, b1: u8, b2: u8) -> bool {
        let high = (usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F);
        self.0[high % self.0.len()] & (1 << (b2 & 0x3F)) != 0
    }

    /// Whether the character `bytes` start with may be in the set: exact for ASCII and
    /// three-byte characters, true for the others (not read here) and for no bytes.
    #[inline]
    pub(crate) fn may_contain_at(&self, bytes: &[u8]) -> bool {
        match *bytes {
            [b, ..] if b < 0x80 => self.contains3(0, b >> 6, b),
            [b, b1, b2, ..] if b & 0xF0 == 0xE0 => self.contains3(b, b1, b2),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_is_read_off_its_bytes_as_by_its_code_point() {
        let mut set = BmpSet::EMPTY;
        for u in [
            0x30, 0x7F, 0x80, 0x7FF, 0x800, 0x4E00, 0x9FA5, 0xFF08, 0xFFFF, 0x2_0000,
        ] {
            set.insert(u);
        }
        for c in '\0'..=char::MAX {
            let mut b = [0u8; 4];
            let bytes = c.encode_utf8(&mut b).as_bytes();
            match bytes.len() {
                1 | 3 => assert_eq!(set.may_contain_at(bytes), set.contains(c), "{c:?}"),
                _ => assert!(set.may_contain_at(bytes), "{c:?}"),
            }
        }
        assert!(set.contains('\u{4E00}') && !set.contains('\u{4E01}'));
        assert!(!set.contains('\u{20000}'));
    }
}
