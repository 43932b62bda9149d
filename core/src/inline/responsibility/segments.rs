//! How a clause comes apart: role groups on ；，。 at depth 0 (and before a label after a
//! space), names on 、/ at depth 0, lists of bare levels joined back (各区、县级市), and names
//! joined by 和/及/与 split where both sides are whole unit names.

use crate::inline::units::{is_admin_level, is_headed_level, opens_level_list};
use crate::lex::brackets::{depths, split_depth0};
use crate::lex::labels::label;
use crate::lex::units::looks_like_unit;
use crate::lexicon::units::CONJUNCTIONS;

/// Split a clause into role groups: on ；;，,。 at depth 0, and before a label written after
/// whitespace (牵头单位：X  配合单位：Y on one line).
pub(super) fn role_groups(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    // A label ends with ： or :; without one no group opens after whitespace.
    let may_hold_label = memchr::memchr(b':', body.as_bytes()).is_some() || body.contains('：');
    for (off, seg) in split_depth0(body, &['；', ';', '，', ',', '。']) {
        if !may_hold_label {
            out.push((off, seg));
            continue;
        }
        let mut start = 0;
        let mut prev_space = false;
        for (i, c) in seg.char_indices() {
            let is_space = c.is_whitespace();
            if prev_space && !is_space && i > start && label(&seg[i..]).is_ok() {
                out.push((off + start, &seg[start..i]));
                start = i;
            }
            prev_space = is_space;
        }
        out.push((off + start, &seg[start..]));
    }
    out
}

/// The names of a role group, split on 、/ at depth 0, with lists of bare levels joined back
/// and conjoined names split: (offset in `names`, name).
pub(crate) fn names(names: &str) -> Vec<(usize, &str)> {
    // A run of empty pieces (、、、) names nothing and ends a list of levels as one empty
    // piece does: kept as one, so a hostile run costs no memory per separator.
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    for piece in split_depth0(names, &['、', '/', '／']) {
        let empty = piece.1.trim().is_empty();
        if empty && pieces.last().is_some_and(|(_, p)| p.trim().is_empty()) {
            continue;
        }
        pieces.push(piece);
    }
    let mut out = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let last = level_list_end(&pieces, i);
        let (start, _) = pieces[i];
        let (end_off, end_piece) = pieces[last];
        split_conjoined(start, &names[start..end_off + end_piece.len()], &mut out);
        i = last + 1;
    }
    out
}

/// Where a list of bare administrative levels with a shared 各 that opens at `pieces[i]`
/// ends (the index of its last piece; `i` when none opens there): 各区、县级市 and
/// 各市、州、县人民政府 are one name each, not two or three.
fn level_list_end(pieces: &[(usize, &str)], i: usize) -> usize {
    let mut last = i;
    if opens_level_list(pieces[i].1.trim()) {
        while last + 1 < pieces.len() {
            let next = pieces[last + 1].1.trim();
            if is_admin_level(next) {
                last += 1;
            } else if is_headed_level(next) {
                last += 1;
                break;
            } else {
                break;
            }
        }
    }
    last
}

/// Split 市发展改革委和市财政局 into two names, but not 发展改革和统计局: only where both
/// sides of 和/及/与 are whole unit names. The names go to `out`.
fn split_conjoined<'a>(mut offset: usize, mut name: &'a str, out: &mut Vec<(usize, &'a str)>) {
    // A loop, not recursion: a long run of conjoined names must not grow the stack.
    'rest: while name.contains(CONJUNCTIONS) {
        // The first conjunction of the list with a place where both sides are whole names,
        // at the first such place: one walk finds it, keeping the best (conjunction, place).
        let mut best: Option<(usize, usize, usize)> = None;
        for (i, c, depth) in depths(name) {
            if depth != 0 || i == 0 {
                continue;
            }
            let Some(k) = CONJUNCTIONS.iter().position(|&x| x == c) else {
                continue;
            };
            if best.is_some_and(|(b, _, _)| b <= k) {
                continue;
            }
            let (left, right) = (&name[..i], &name[i + c.len_utf8()..]);
            if left.chars().count() >= 3
                && looks_like_unit(left.trim())
                && looks_like_unit(right.trim())
                && right.chars().count() >= 3
            {
                best = Some((k, i, c.len_utf8()));
                if k == 0 {
                    break;
                }
            }
        }
        if let Some((_, i, len)) = best {
            out.push((offset, &name[..i]));
            offset += i + len;
            name = &name[i + len..];
            continue 'rest;
        }
        break;
    }
    out.push((offset, name));
}

/// A piece without the spaces around it and a full stop after it: (bytes trimmed at the
/// start, the piece).
pub(super) fn trim_piece(s: &str) -> (usize, &str) {
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let lead = s.len() - t.len();
    (
        lead,
        t.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '。' || c == '.'),
    )
}
