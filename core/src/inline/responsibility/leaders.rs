//! Leaders named by a clause (责任领导：副市长 李某): names without the titles before them.

use crate::lexicon::roles::LEADER_TITLES;
use crate::normalize::folded;

/// A leader's name without the title before it; a bare title gives "".
pub(super) fn without_title(name: &str) -> &str {
    let folded = folded(name);
    match LEADER_TITLES.iter().find(|t| folded.starts_with(**t)) {
        // Folding keeps one character for one, so the title's length holds in `name`.
        Some(t) if folded.chars().count() == name.chars().count() => {
            let n = t.chars().count();
            let rest = &name[name.char_indices().nth(n).map_or(name.len(), |(i, _)| i)..];
            rest.trim_start()
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_go() {
        assert_eq!(without_title("副市长 李某"), "李某");
        assert_eq!(without_title("常务副县长张某某"), "张某某");
        assert_eq!(without_title("副市長"), "");
        assert_eq!(without_title("张三"), "张三");
    }
}
