//! Where a clause stands in a line: a bracketed aside at the end of the line, or one after a
//! sentence or closing a part of it. Any bracket pair counts: （X牵头） [牵头单位:X;责任单位:Y]
//! 【责任单位：X】.

use crate::lex::brackets::{bracket_depths, depths_backwards, first_open, is_close, is_open};

/// The byte range of a trailing parenthetical in `line` (open bracket .. after close
/// bracket), ignoring trailing punctuation and spaces after it.
pub(crate) fn trailing_parenthetical(line: &str) -> Option<(usize, usize)> {
    let trimmed = line.trim_end_matches(|c: char| c.is_whitespace() || "。.；;，,".contains(c));
    let end = trimmed.len();
    let last = trimmed.chars().next_back()?;
    if !is_close(last) {
        return None;
    }
    // Read backwards from the closing bracket to the bracket that opens it.
    depths_backwards(trimmed)
        .find(|&(_, c, depth)| depth == 0 && is_open(c))
        .map(|(i, _, _)| (i, end))
}

/// Bracketed asides at depth 0 before `upto` where a notice may put a clause: right after
/// the end of a sentence (`……理解掌握。（合肥海关负责）巩固……`), or closing a clause of the
/// sentence (`……P1（X负责），P2……`). Byte ranges, brackets included, and whether the aside
/// opens after a sentence (an aside inside one must name a role to count).
pub(crate) fn sentence_parentheticals(line: &str, upto: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    // Nothing before the first opening bracket can start an aside, and closing brackets
    // there leave the depth at 0: start there (most lines hold none).
    let Some(first) = first_open(&line[..upto]) else {
        return out;
    };
    let s = &line[first..upto];
    let mut open_at: Option<(usize, bool)> = None;
    // Only brackets move the depth and open or close an aside; what stands before an opening
    // one and right after a closing one is read there.
    for (i, c, depth) in bracket_depths(s) {
        let i = first + i;
        if depth == 0 && is_open(c) {
            // The last character written before it, spaces aside.
            let prev = line[..i].chars().rev().find(|c| !c.is_whitespace());
            let after = prev.is_some_and(|p| matches!(p, '。' | '；' | ';' | '！' | '!'));
            open_at = Some((i, after));
        } else if depth == 0 && is_close(c) {
            if let Some((start, after)) = open_at.take() {
                let end = i + c.len_utf8();
                // The character right after it (before `upto`) tells an aside closing a
                // clause; one right before `upto` (the trailing clause) closes its sentence.
                let next = line[end..upto].chars().next();
                if after || next.is_some_and(|n| matches!(n, '，' | ',' | '。' | '；' | ';')) {
                    out.push((start, end, after));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_sentence_clauses() {
        let l = "1、加强防控。[牵头单位:区卫健局;责任单位:各街办(新区)]";
        let (s, e) = trailing_parenthetical(l).unwrap();
        assert_eq!(&l[s..e], "[牵头单位:区卫健局;责任单位:各街办(新区)]");
        let l = "扩大出口。（合肥海关负责）巩固优势（见附件）。（省商务厅牵头）";
        let (s, _) = trailing_parenthetical(l).unwrap();
        let found: Vec<(&str, bool)> = sentence_parentheticals(l, s)
            .into_iter()
            .map(|(a, b, after)| (&l[a..b], after))
            .collect();
        // An aside inside a sentence is a candidate only; the caller wants a role word in it.
        assert_eq!(found, [("（合肥海关负责）", true), ("（见附件）", false)]);
        let l = "建设平台（市工信局负责），培育企业（含个体户）增长10%（市商务局牵头）";
        let (s, _) = trailing_parenthetical(l).unwrap();
        let found: Vec<(&str, bool)> = sentence_parentheticals(l, s)
            .into_iter()
            .map(|(a, b, after)| (&l[a..b], after))
            .collect();
        assert_eq!(found, [("（市工信局负责）", false)]);
    }

    #[test]
    fn trailing() {
        let l = "15.加强知识产权保护。(市场监督管理局负责)";
        let (s, e) = trailing_parenthetical(l).unwrap();
        assert_eq!(&l[s..e], "(市场监督管理局负责)");
        let l = "127.落实。(自然资源和规划局(林业局)负责)。";
        let (s, e) = trailing_parenthetical(l).unwrap();
        assert_eq!(&l[s..e], "(自然资源和规划局(林业局)负责)");
    }
}
