//! The responsibility clause: who leads, who supports, who is responsible.
//!
//! Formats: `(X牵头,Y、Z等相关单位按职责分工负责)`, `（牵头单位：X；配合单位：Y、Z）`,
//! `（X牵头，Y配合）`, `（X负责）`, `（责任单位：X）`, lines `责任单位：X` / `责任领导：某某`,
//! with 完成时限 segments; both widths, both scripts. Units split on 、，,；; at depth 0 only,
//! so 自然资源和规划局(林业局) stays whole.

use super::date::whole_deadline;
use super::units::{
    is_admin_level, is_collective, is_headed_level, is_progress_phrase, is_surely_not_a_unit,
    is_unit_name, looks_like_unit, normalize, opens_level_list, plausible_name, unit_kind,
};
use crate::document::{Role, Unit};
use crate::Span;
use nom::{branch::alt, bytes::complete::tag, character::complete::one_of, IResult, Parser};

/// What a label before ： says about the names after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Role(Role),
    Leader,
    Deadline,
}

/// nom: the role part of a label (牵头, 配合, 责任…), both scripts.
fn role_prefix(i: &str) -> IResult<&str, Role> {
    alt((
        alt((
            tag("牵头考核"),
            tag("牽頭考核"),
            tag("牵头责任"),
            tag("牽頭責任"),
            tag("牵头负责"),
            tag("牽頭負責"),
            tag("牵头"),
            tag("牽頭"),
            tag("主办"),
            tag("主辦"),
            tag("主责"),
            tag("主責"),
        ))
        .map(|_| Role::Lead),
        alt((
            tag("配合"),
            tag("协办"),
            tag("協辦"),
            tag("参与"),
            tag("參與"),
            tag("协助"),
            tag("協助"),
            tag("协同"),
            tag("協同"),
        ))
        .map(|_| Role::Support),
        alt((
            tag("责任"),
            tag("責任"),
            tag("实施"),
            tag("實施"),
            tag("承办"),
            tag("承辦"),
            tag("落实"),
            tag("落實"),
            tag("负责"),
            tag("負責"),
        ))
        .map(|_| Role::Responsible),
    ))
    .parse(i)
}

/// nom: the noun part of a label (单位, 部门, 处室…), both scripts.
fn body_noun(i: &str) -> IResult<&str, &str> {
    alt((
        tag("单位"),
        tag("單位"),
        tag("部门"),
        tag("部門"),
        tag("处室"),
        tag("處室"),
        tag("科室"),
        tag("主体"),
        tag("主體"),
        tag("机构"),
        tag("機構"),
    ))
    .parse(i)
}

/// nom: a label such as 牵头单位： 配合部门: 责任处室： 责任领导： 完成时限：, both scripts and widths.
pub(crate) fn label(i: &str) -> IResult<&str, Label> {
    let leader = alt((
        (
            alt((
                tag("责任"),
                tag("責任"),
                tag("分管"),
                tag("牵头"),
                tag("牽頭"),
                tag("联系"),
                tag("聯繫"),
                tag("包抓"),
            )),
            alt((tag("领导"), tag("領導"))),
        )
            .map(|_| ()),
        alt((tag("责任人"), tag("責任人"))).map(|_| ()),
    ))
    .map(|_| Label::Leader);
    let deadline = alt((
        tag("完成时限"),
        tag("完成時限"),
        tag("完成时间"),
        tag("完成時間"),
        tag("时间节点"),
        tag("時間節點"),
        tag("时限要求"),
        tag("时限"),
        tag("時限"),
    ))
    .map(|_| Label::Deadline);
    // 牵头单位, 配合部门, 责任处室; a bare 牵头：/配合： too.
    let role = (role_prefix, nom::combinator::opt(body_noun)).map(|(r, _)| Label::Role(r));
    let (rest, l) = alt((leader, deadline, role)).parse(i)?;
    let (rest, _) = one_of("：:").parse(rest)?;
    Ok((rest, l))
}

/// True when `s` opens with a label that names units or leaders (not a bare deadline).
pub(crate) fn is_resp_label_start(s: &str) -> bool {
    matches!(label(s), Ok((_, Label::Role(_) | Label::Leader)))
}

/// Role words at the end of a segment, longest first, with the role they give.
const ROLE_SUFFIXES: &[(&str, Role)] = &[
    ("牵头负责", Role::Lead),
    ("牽頭負責", Role::Lead),
    ("牵头落实", Role::Lead),
    ("牵头", Role::Lead),
    ("牽頭", Role::Lead),
    ("共同配合", Role::Support),
    ("协同配合", Role::Support),
    ("配合落实", Role::Support),
    ("配合", Role::Support),
    ("参与", Role::Support),
    ("參與", Role::Support),
    ("协助", Role::Support),
    ("協助", Role::Support),
    ("按照职责分工负责", Role::Responsible),
    ("按职责分工负责", Role::Responsible),
    ("按職責分工負責", Role::Responsible),
    ("按职责分工落实", Role::Responsible),
    ("按职责负责", Role::Responsible),
    ("按職責負責", Role::Responsible),
    ("依职责负责", Role::Responsible),
    ("分别负责", Role::Responsible),
    ("分別負責", Role::Responsible),
    ("共同负责", Role::Responsible),
    ("共同負責", Role::Responsible),
    ("负责落实", Role::Responsible),
    ("具体负责", Role::Responsible),
    ("负责", Role::Responsible),
    ("負責", Role::Responsible),
    ("落实", Role::Responsible),
];

/// Tails that say the list is open: 等相关单位, 等单位, 等.
const AND_OTHERS: &[&str] = &[
    "等相关单位",
    "等相關單位",
    "等有关单位",
    "等有關單位",
    "等相关部门",
    "等相關部門",
    "等有关部门",
    "等部门",
    "等部門",
    "等单位",
    "等單位",
    "等",
];

/// One parsed clause.
#[derive(Debug, Default)]
pub(crate) struct Clause {
    pub units: Vec<Unit>,
    pub leaders: Vec<String>,
    pub deadline: Option<(Span, String)>,
    /// Spans of doubled role words (负责负责).
    pub doubled: Vec<Span>,
    /// A role word or label was written: this is a clause for certain.
    pub explicit: bool,
}

/// Brackets that can hold a clause or a name's aside: （）()［］[]【】〔〕.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '(' | '（' | '[' | '【' | '〔' | '［')
}

/// The closing twins of [`is_open`].
pub(crate) fn is_close(c: char) -> bool {
    matches!(c, ')' | '）' | ']' | '】' | '〕' | '］')
}

/// Split `s` on any char of `seps` at parenthesis depth 0. Yields (offset, piece).
pub(crate) fn split_depth0<'a>(s: &'a str, seps: &[char]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && seps.contains(&c) {
            out.push((start, &s[start..i]));
            start = i + c.len_utf8();
        }
    }
    out.push((start, &s[start..]));
    out
}

/// Split a clause into role groups: on ；;，, at depth 0, and before a label written after
/// whitespace (牵头单位：X  配合单位：Y on one line).
fn role_groups(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (off, seg) in split_depth0(body, &['；', ';', '，', ',']) {
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

/// Join a list of bare administrative levels with a shared 各 back into one collective:
/// 各区、县级市 and 各市、州、县人民政府 are one name each, not two or three.
fn merge_level_lists<'a>(whole: &'a str, pieces: Vec<(usize, &'a str)>) -> Vec<(usize, &'a str)> {
    let mut out: Vec<(usize, &'a str)> = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let (start, first) = pieces[i];
        let mut last = i;
        if opens_level_list(first.trim()) {
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
        let (end_off, end_piece) = pieces[last];
        out.push((start, &whole[start..end_off + end_piece.len()]));
        i = last + 1;
    }
    out
}

/// Split 市发展改革委和市财政局 into two names, but not 发展改革和统计局: only where both
/// sides of 和/及/与 are whole unit names.
fn split_conjoined(offset: usize, name: &str) -> Vec<(usize, &str)> {
    if !name.contains(['和', '及', '与', '與']) {
        return vec![(offset, name)];
    }
    for conj in ['和', '及', '与', '與'] {
        let mut depth = 0usize;
        for (i, c) in name.char_indices() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth = depth.saturating_sub(1),
                _ if c == conj && depth == 0 && i > 0 => {
                    let (left, right) = (&name[..i], &name[i + c.len_utf8()..]);
                    if left.chars().count() >= 3
                        && looks_like_unit(left.trim())
                        && looks_like_unit(right.trim())
                        && right.chars().count() >= 3
                    {
                        let mut out = vec![(offset, left)];
                        out.extend(split_conjoined(offset + i + c.len_utf8(), right));
                        return out;
                    }
                }
                _ => {}
            }
        }
    }
    vec![(offset, name)]
}

/// Official titles written before a leader's name (副县长张某某, 副市长 李某).
const TITLES: &[&str] = &[
    "常务副市长",
    "常务副县长",
    "常务副区长",
    "副省长",
    "副市长",
    "副县长",
    "副区长",
    "副镇长",
    "副乡长",
    "副书记",
    "副局长",
    "副主任",
    "副秘书长",
    "副部长",
    "副厅长",
    "省长",
    "市长",
    "县长",
    "区长",
    "镇长",
    "乡长",
    "书记",
    "局长",
    "主任",
    "秘书长",
    "部长",
    "厅长",
    "委员",
];

/// A leader's name without the title before it; a bare title gives "".
fn without_title(name: &str) -> &str {
    let folded = super::units::fold_script(name);
    match TITLES.iter().find(|t| folded.starts_with(**t)) {
        Some(t) if folded.chars().count() == name.chars().count() => {
            let n = t.chars().count();
            let rest = &name[name.char_indices().nth(n).map_or(name.len(), |(i, _)| i)..];
            rest.trim_start()
        }
        _ => name,
    }
}

/// A role written in parentheses after a name: 市发展改革委（牵头）.
fn parenthesised_role(name: &str) -> Option<(&str, Role)> {
    for (word, role) in [
        ("（牵头）", Role::Lead),
        ("(牵头)", Role::Lead),
        ("（牽頭）", Role::Lead),
        ("(牽頭)", Role::Lead),
        ("（牵头单位）", Role::Lead),
        ("(牵头单位)", Role::Lead),
        ("（配合）", Role::Support),
        ("(配合)", Role::Support),
        ("（负责）", Role::Responsible),
        ("(负责)", Role::Responsible),
    ] {
        if let Some(rest) = name.strip_suffix(word) {
            if !rest.is_empty() {
                return Some((rest, role));
            }
        }
    }
    None
}

/// The byte range of a trailing parenthetical in `line` (open bracket .. after close
/// bracket), ignoring trailing punctuation and spaces after it. Any bracket pair counts:
/// （X牵头） [牵头单位:X;责任单位:Y] 【责任单位：X】.
pub(crate) fn trailing_parenthetical(line: &str) -> Option<(usize, usize)> {
    let trimmed = line.trim_end_matches(|c: char| c.is_whitespace() || "。.；;，,".contains(c));
    let end = trimmed.len();
    let last = trimmed.chars().next_back()?;
    if !is_close(last) {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in trimmed.char_indices().rev() {
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some((i, end));
            }
        }
    }
    None
}

/// Bracketed asides at depth 0 before `upto` where a notice may put a clause: right after
/// the end of a sentence (`……理解掌握。（合肥海关负责）巩固……`), or closing a clause of the
/// sentence (`……P1（X负责），P2……`). Byte ranges, brackets included, and whether the aside
/// opens after a sentence (an aside inside one must name a role to count).
pub(crate) fn sentence_parentheticals(line: &str, upto: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open_at: Option<(usize, bool)> = None;
    let mut pending: Option<(usize, usize, bool)> = None;
    let mut prev: Option<char> = None;
    for (i, c) in line[..upto].char_indices() {
        if let Some((s, e, after)) = pending.take() {
            if after || matches!(c, '，' | ',' | '。' | '；' | ';') {
                out.push((s, e, after));
            }
        }
        if is_open(c) {
            if depth == 0 {
                let after = prev.is_some_and(|p| matches!(p, '。' | '；' | ';' | '！' | '!'));
                open_at = Some((i, after));
            }
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                if let Some((s, after)) = open_at.take() {
                    pending = Some((s, i + c.len_utf8(), after));
                }
            }
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    // An aside right before `upto` (the trailing clause) closes its sentence too.
    if let Some((s, e, after)) = pending {
        if after {
            out.push((s, e, after));
        }
    }
    out
}

fn trim_piece(s: &str) -> (usize, &str) {
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let lead = s.len() - t.len();
    (
        lead,
        t.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '。' || c == '.'),
    )
}

/// Words of manner between a name and its role verb: 省贸促会按职责分工配合.
const ROLE_MANNER: &[&str] = &[
    "按照职责分工",
    "按职责分工",
    "根据职责分工",
    "依据职责分工",
    "按照职责",
    "按职责",
    "依职责",
    "按照分工",
    "按分工",
    "分别",
    "共同",
    "协同",
    "具体",
    "积极",
];

/// `s` without its last `n` characters.
fn drop_last_chars(s: &str, n: usize) -> &str {
    let cut = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if n == 0 {
        s
    } else {
        &s[..cut]
    }
}

/// Strip a role suffix (repeated ones too) and the manner words before it: returns the
/// rest, the role and whether a role word was doubled. Words are matched on the simplified
/// folding of `s`, so traditional script (按照職責分工負責) reads the same.
fn strip_role(s: &str) -> (&str, Option<Role>, bool) {
    // Fold only what can end in a traditional role word: a segment ending in a character
    // of the simplified words is matched as written.
    let simplified_end = s.ends_with(['头', '责', '合', '与', '助', '实', '办', '理']);
    let folded: std::borrow::Cow<'_, str> = if simplified_end {
        s.into()
    } else {
        let f = super::units::fold_script(s);
        if f.chars().count() == s.chars().count() {
            f.into()
        } else {
            s.into()
        }
    };
    let mut f: &str = &folded;
    let mut rest = s;
    let mut role = None;
    let mut count = 0;
    'outer: loop {
        for (word, r) in ROLE_SUFFIXES {
            if let Some(x) = f.strip_suffix(word) {
                // A word like 落实 alone must follow a name; keep "牵头" before "负责" (牵头负责).
                if x.is_empty() && count == 0 && role.is_none() && *word != "负责" {
                    break 'outer;
                }
                if role.is_none() || role == Some(Role::Responsible) {
                    role = Some(match (role, *r) {
                        (Some(Role::Responsible), Role::Lead) => Role::Lead,
                        (Some(x), _) => x,
                        (None, r) => r,
                    });
                }
                rest = drop_last_chars(rest, word.chars().count());
                f = x;
                count += 1;
                continue 'outer;
            }
        }
        break;
    }
    if role.is_some() {
        if let Some(w) = ROLE_MANNER
            .iter()
            .find(|w| f.ends_with(**w) && f.len() > w.len())
        {
            rest = drop_last_chars(rest, w.chars().count());
        }
    }
    // 负责负责 is two role words where one is meant.
    let doubled = ["负责", "牵头", "配合"]
        .iter()
        .any(|w| folded.ends_with(&w.repeat(2)));
    (rest, role, doubled)
}

fn strip_and_others(s: &str) -> (&str, bool) {
    for t in AND_OTHERS {
        if let Some(x) = s.strip_suffix(t) {
            if !x.is_empty() {
                return (x, true);
            }
        }
    }
    (s, false)
}

/// Parse the inside of a responsibility clause. `base` is the byte offset of `body` in the
/// source. `strict` demands a role word or label (for trailing parentheticals, which may be
/// anything); labelled lines are parsed with `strict = false`.
pub(crate) fn parse_clause(body: &str, base: usize, strict: bool) -> Option<Clause> {
    let mut clause = Clause::default();
    let mut saw_role_word = false;
    let mut saw_lead = false;
    let mut current_label: Option<Label> = None;
    // Groups waiting for a role from a later segment ("A，B牵头" is rare; keep order).
    let mut pending: Vec<usize> = Vec::new();

    for (off, seg) in role_groups(body) {
        let (lead_ws, seg) = trim_piece(seg);
        if seg.is_empty() {
            continue;
        }
        let mut seg_off = base + off + lead_ws;
        let mut text = seg;
        // 由X牵头: the 由 is not part of the name.
        if let Some(rest) = text.strip_prefix('由') {
            seg_off += '由'.len_utf8();
            text = rest;
        }
        if let Ok((rest, l)) = label(text) {
            let after = rest.trim_start();
            seg_off += text.len() - after.len();
            text = after;
            current_label = Some(l);
            saw_role_word = true;
        } else if current_label == Some(Label::Leader)
            && (strip_role(text).1.is_some() || is_unit_name(text))
        {
            // 责任领导：张三；市财政局牵头: the leader label ends where units begin.
            current_label = None;
        } else if whole_deadline(text).is_some()
            || (strip_role(text).1.is_none() && is_progress_phrase(text))
        {
            // 6月底前, 年内持续推进, 5月底取得阶段性成效并持续推进: when, not who.
            if clause.deadline.is_none() {
                clause.deadline =
                    Some((Span::new(seg_off, seg_off + text.len()), text.to_string()));
            }
            continue;
        }
        match current_label {
            Some(Label::Leader) => {
                for (_, name) in split_depth0(text, &['、', '，', ',', ' ', '\u{3000}']) {
                    // 副市长 李某 and 副县长张某某 name one person: the title is no leader.
                    let name = without_title(name.trim());
                    if !name.is_empty() {
                        clause.leaders.push(name.to_string());
                    }
                }
                continue;
            }
            Some(Label::Deadline) => {
                clause.deadline =
                    Some((Span::new(seg_off, seg_off + text.len()), text.to_string()));
                current_label = None;
                continue;
            }
            _ => {}
        }
        let (names_part, suffix_role, doubled) = strip_role(text);
        if doubled {
            // Point at the second, redundant word.
            clause.doubled.push(Span::new(
                seg_off + text.len() - "负责".len(),
                seg_off + text.len(),
            ));
        }
        let role = match (suffix_role, current_label) {
            (Some(r), _) => {
                saw_role_word = true;
                Some(r)
            }
            (None, Some(Label::Role(r))) => Some(r),
            _ => None,
        };
        let (names_part, and_others) = strip_and_others(names_part);
        let first_new = clause.units.len();
        let mut own_roles: Vec<usize> = Vec::new();
        let mut distributive = false;
        for (o, name) in merge_level_lists(names_part, split_depth0(names_part, &['、', '/', '／']))
            .into_iter()
            .flat_map(|(o, n)| split_conjoined(o, n))
        {
            let (lw, name) = trim_piece(name);
            if name.is_empty() {
                continue;
            }
            let (name, own_role) = match parenthesised_role(name) {
                Some((n, r)) => {
                    saw_role_word = true;
                    if r == Role::Lead {
                        saw_lead = true;
                    }
                    (n, Some(r))
                }
                None => (name, None),
            };
            let start = seg_off + o + lw;
            let collective = is_collective(name);
            // 各 at the head of a list distributes over the names after it.
            let this_distributive = distributive && !collective;
            if name.starts_with('各') {
                distributive = true;
            }
            if own_role.is_some() {
                own_roles.push(clause.units.len());
            }
            clause.units.push(Unit {
                name: name.to_string(),
                normalized: normalize(name),
                role: own_role.or(role).unwrap_or(Role::Responsible),
                // Filled in once the clause is accepted (most candidates are not).
                kind: crate::document::UnitKind::Other,
                span: Span::new(start, start + name.len()),
                collective,
                distributive: this_distributive,
                and_others: false,
            });
        }
        if and_others {
            if let Some(u) = clause.units.last_mut() {
                u.and_others = true;
            }
        }
        match role {
            Some(r) => {
                for &i in &pending {
                    clause.units[i].role = r;
                }
                pending.clear();
                if r == Role::Lead {
                    saw_lead = true;
                }
            }
            None => {
                pending.extend((first_new..clause.units.len()).filter(|&i| !own_roles.contains(&i)))
            }
        }
    }
    // Where a role word or label makes this a clause for certain, a segment that is surely
    // no unit (a figure, a time or progress phrase, a verb) is a note, not a unit.
    if saw_role_word {
        clause.units.retain(|u| !is_surely_not_a_unit(&u.name));
    }
    // 按职责分工负责 after a lead means support.
    if saw_lead {
        for u in &mut clause.units {
            if u.role == Role::Responsible {
                u.role = Role::Support;
            }
        }
    }
    if clause.units.is_empty()
        && (strict || (clause.leaders.is_empty() && clause.deadline.is_none()))
    {
        return None;
    }
    let all_units = clause.units.iter().all(|u| is_unit_name(&u.name));
    if strict
        && !(saw_role_word && clause.units.iter().all(|u| plausible_name(&u.name)))
        && !all_units
    {
        return None;
    }
    if !strict && !clause.units.iter().all(|u| plausible_name(&u.name)) {
        return None;
    }
    for u in &mut clause.units {
        u.kind = unit_kind(&u.name);
    }
    clause.explicit = saw_role_word;
    Some(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(body: &str) -> Vec<(String, Role)> {
        parse_clause(body, 0, true)
            .map(|c| c.units.into_iter().map(|u| (u.name, u.role)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn seed_formats() {
        use Role::*;
        assert_eq!(
            roles("发展改革和统计局负责"),
            vec![("发展改革和统计局".into(), Responsible)]
        );
        assert_eq!(
            roles("工业信息和科技局牵头,发展改革和统计局、各开发区管理办公室、镇人民政府等相关单位按职责分工负责"),
            vec![
                ("工业信息和科技局".into(), Lead),
                ("发展改革和统计局".into(), Support),
                ("各开发区管理办公室".into(), Support),
                ("镇人民政府".into(), Support),
            ]
        );
        assert_eq!(
            roles("自然资源和规划局(林业局)负责"),
            vec![("自然资源和规划局(林业局)".into(), Responsible)]
        );
        let c = parse_clause(
            "民政局牵头,济源投资集团有限公司等相关单位按职责分工负责负责",
            0,
            true,
        )
        .unwrap();
        assert_eq!(c.doubled.len(), 1);
        assert_eq!(c.units.len(), 2);
    }

    #[test]
    fn labelled_formats() {
        use Role::*;
        assert_eq!(
            roles("牵头单位：市发展改革委；配合单位：市财政局、市统计局"),
            vec![
                ("市发展改革委".into(), Lead),
                ("市财政局".into(), Support),
                ("市统计局".into(), Support)
            ]
        );
        assert_eq!(
            roles("市教育局牵头，市人社局、团市委配合"),
            vec![
                ("市教育局".into(), Lead),
                ("市人社局".into(), Support),
                ("团市委".into(), Support)
            ]
        );
        assert_eq!(roles("牽頭單位:市財政局"), vec![("市財政局".into(), Lead)]);
        let c = parse_clause(
            "责任单位：市住建局；责任领导：张三；完成时限：2024年6月底前",
            0,
            true,
        )
        .unwrap();
        assert_eq!(c.leaders, vec!["张三".to_string()]);
        assert!(c.deadline.is_some());
        assert!(parse_clause("含县级以上", 0, true).is_none());
        assert!(parse_clause("以下简称市发改委", 0, true).is_none());
        let c = parse_clause(
            "牵头处室：办公室；配合处室：财务处、人事处；牵头领导：张三",
            0,
            true,
        )
        .unwrap();
        assert_eq!(
            c.units
                .iter()
                .map(|u| (u.name.as_str(), u.role))
                .collect::<Vec<_>>(),
            [("办公室", Lead), ("财务处", Support), ("人事处", Support)]
        );
        assert_eq!(c.leaders, ["张三"]);
        assert_eq!(
            roles("责任科室：人事科"),
            vec![("人事科".into(), Responsible)]
        );
        assert_eq!(
            roles("牵头单位：市公安局  配合单位：市司法局、市民政局"),
            vec![
                ("市公安局".into(), Lead),
                ("市司法局".into(), Support),
                ("市民政局".into(), Support)
            ]
        );
        assert_eq!(
            roles("责任单位：市发展改革委（牵头）、市财政局"),
            vec![("市发展改革委".into(), Lead), ("市财政局".into(), Support)]
        );
        assert_eq!(
            roles("由市教育局牵头，各县（市、区）人民政府负责"),
            vec![
                ("市教育局".into(), Lead),
                ("各县（市、区）人民政府".into(), Support)
            ]
        );
        assert!(parse_clause("2023年为基数", 0, true).is_none());
    }

    #[test]
    fn manner_words_scripts_levels_and_progress() {
        use Role::*;
        // Manner words between a name and its verb are not part of the name, in either script.
        assert_eq!(
            roles("省商务厅牵头，省贸促会按职责分工配合"),
            vec![("省商务厅".into(), Lead), ("省贸促会".into(), Support)]
        );
        assert_eq!(
            roles("市教育局牽頭，市財政局按照職責分工負責"),
            vec![("市教育局".into(), Lead), ("市財政局".into(), Support)]
        );
        assert_eq!(
            roles("市政務服務中心負責落實"),
            vec![("市政務服務中心".into(), Responsible)]
        );
        // A list of bare administrative levels is one collective.
        assert_eq!(
            roles("牵头单位：市发展改革委，配合单位：市财政局，各区、县级市"),
            vec![
                ("市发展改革委".into(), Lead),
                ("市财政局".into(), Support),
                ("各区、县级市".into(), Support)
            ]
        );
        assert_eq!(
            roles("各市、州、县人民政府负责"),
            vec![("各市、州、县人民政府".into(), Responsible)]
        );
        assert_eq!(
            roles("各区、市直各部门负责").len(),
            2,
            "a list of names after a level stays split"
        );
        // Time and progress phrases are deadlines, never units.
        let c = parse_clause(
            "5月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局",
            0,
            true,
        )
        .unwrap();
        assert_eq!(c.units.len(), 1);
        assert_eq!(c.units[0].name, "市审批服务局");
        assert_eq!(c.units[0].role, Lead);
        assert!(c.deadline.is_some());
        assert_eq!(
            roles("国务院各部门分别负责，年内持续推进"),
            vec![("国务院各部门".into(), Responsible)]
        );
    }

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
