//! Every keyword is written once, in the lexicon (`core/src/lexicon/`). This test reads the
//! core crate's source and fails when a string or char literal holding a Han character
//! appears anywhere else outside test code. Punctuation (、（）：) is grammar, not a keyword,
//! and may stand anywhere.

mod common;

use common::source::{core_src, rust_files};

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The literals holding a Han character in `code`, with their line numbers. Comments are
/// skipped; the scan stops at the first `#[cfg(test)]`, after which only tests follow.
fn han_literals(code: &str) -> Vec<(usize, String)> {
    let code = code.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 2;
                continue;
            }
            '\'' => {
                // A char literal: 'x' or '\x'; otherwise a lifetime.
                let end = if chars.get(i + 1) == Some(&'\\') {
                    (i + 3..(i + 12).min(chars.len())).find(|&j| chars[j] == '\'')
                } else {
                    (chars.get(i + 2) == Some(&'\'')).then_some(i + 2)
                };
                if let Some(end) = end {
                    let lit: String = chars[i..=end].iter().collect();
                    if lit.chars().any(is_han) {
                        out.push((line, lit));
                    }
                    i = end + 1;
                    continue;
                }
            }
            '"' => {
                let start = i;
                let start_line = line;
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    line += usize::from(chars.get(i) == Some(&'\n'));
                    i += 1;
                }
                let lit: String = chars[start..(i + 1).min(chars.len())].iter().collect();
                if lit.chars().any(is_han) {
                    out.push((start_line, lit));
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[test]
fn keywords_live_only_in_the_lexicon() {
    let root = core_src();
    let files = rust_files(&root);
    let mut offences = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("lexicon/") || rel.ends_with("_tests.rs") {
            continue;
        }
        let code = std::fs::read_to_string(path).unwrap();
        for (line, lit) in han_literals(&code) {
            offences.push(format!("core/src/{rel}:{line}: {lit}"));
        }
    }
    assert!(
        offences.is_empty(),
        "{} keyword literals outside core/src/lexicon/:\n{}",
        offences.len(),
        offences.join("\n")
    );
}

#[test]
fn the_scan_sees_literals_and_skips_comments_and_tests() {
    let code = "// 牵头\nconst A: &str = \"负责\";\nlet c = '各';\nlet p = '、';\nfn f<'a>() {}\n/* 配合 */\n#[cfg(test)]\nmod tests { const B: &str = \"协助\"; }";
    let found = han_literals(code);
    assert_eq!(
        found,
        vec![(2, "\"负责\"".to_string()), (3, "'各'".to_string())]
    );
}
