//! Generates the traditional → simplified character table the normalize stage folds with,
//! from OpenCC's `TSCharacters` dictionary (Apache-2.0) as the `hanconv` crate ships it.
//! Only one-character entries are kept, each mapped to its first (preferred) simplified form:
//! the folded view is character for character, so phrases are out of scope.

use std::fmt::Write as _;

fn main() {
    let mut pairs: Vec<(char, char)> = hanconv::RawDictionary::TSCharacters
        .iter()
        .filter_map(|(from, to)| {
            let mut f = from.chars();
            let mut t = to.chars();
            match (f.next(), f.next(), t.next(), t.next()) {
                (Some(a), None, Some(b), None) if a != b => Some((a, b)),
                _ => None,
            }
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| p.0);
    let mut code = String::from(
        "/// (traditional, simplified) pairs from OpenCC TSCharacters, sorted by the first.\n",
    );
    let _ = writeln!(
        code,
        "pub(crate) static T2S: [(char, char); {}] = [",
        pairs.len()
    );
    for (a, b) in &pairs {
        let _ = writeln!(
            code,
            "    ('\\u{{{:x}}}', '\\u{{{:x}}}'),",
            *a as u32, *b as u32
        );
    }
    code.push_str("];\n");
    // One bit per BMP code point with an entry, so most characters are answered without a
    // search (and without a lazily built table checked on every character).
    let mut bits = vec![0u64; 0x10000 / 64];
    for (a, _) in &pairs {
        let c = *a as usize;
        if c < 0x10000 {
            bits[c / 64] |= 1 << (c % 64);
        }
    }
    code.push_str("/// One bit per BMP code point: set when [`T2S`] has an entry for it.\n");
    let _ = writeln!(
        code,
        "pub(crate) static HAS_SIMPLIFIED: [u64; {}] = {:?};",
        bits.len(),
        bits
    );
    // Per block of 64 code points, how many entries come before it: with the bits, the
    // index of a BMP entry without a search.
    let mut rank = vec![0u16; bits.len()];
    let mut before = 0u32;
    for (b, r) in rank.iter_mut().enumerate() {
        *r = u16::try_from(before).unwrap();
        before += bits[b].count_ones();
    }
    code.push_str(
        "/// Per block of 64 BMP code points: the number of [`T2S`] entries before it.\n",
    );
    let _ = writeln!(
        code,
        "pub(crate) static T2S_RANK: [u16; {}] = {:?};",
        rank.len(),
        rank
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("t2s.rs");
    std::fs::write(out, code).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}
