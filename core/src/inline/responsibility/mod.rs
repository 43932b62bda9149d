//! The responsibility clause: who leads, who supports, who is responsible.
//!
//! Formats: `(X牵头,Y、Z等相关单位按职责分工负责)`, `（牵头单位：X；配合单位：Y、Z）`,
//! `（X牵头，Y配合）`, `（X负责）`, `（责任单位：X）`, lines `责任单位：X` / `责任领导：某某`,
//! with 完成时限 segments; both widths, both scripts. Units split on 、，,；; at depth 0 only,
//! so 自然资源和规划局(林业局) stays whole.
//!
//! The clause grammar is here; where a clause stands in a line is `asides`, how it comes
//! apart into groups and names `segments`, the role words around names `roles`, leaders'
//! titles `leaders`. Labels (牵头单位：) are read by `lex::labels`.

mod asides;
mod leaders;
mod roles;
mod segments;

pub(crate) use asides::{sentence_parentheticals, trailing_parenthetical};
pub(crate) use segments::names as unit_names;

use super::date::whole_deadline;
use super::units::kind_and_key;
use crate::ast::{Role, Unit, UnitKind};
use crate::lex::brackets::split_depth0;
use crate::lex::labels::{label, Label};
use crate::lex::units::{is_collective, is_progress_phrase, is_unit_name, judge, Verdict};
use crate::lexicon::roles::{AGENT_MARKER, RESPONSIBLE_VERB};
use crate::lexicon::units::EACH;
use crate::{Span, Text};
use leaders::without_title;
use roles::{parenthesised_role, strip_and_others, strip_role};
use segments::{names, role_groups, trim_piece};

/// One parsed clause.
#[derive(Debug, Default)]
pub(crate) struct Clause {
    pub units: Vec<Unit>,
    pub leaders: Vec<Text>,
    pub deadline: Option<(Span, Text)>,
    /// Spans of doubled role words (负责负责).
    pub doubled: Vec<Span>,
    /// A role word or label was written: this is a clause for certain.
    pub explicit: bool,
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
        if let Some(rest) = text.strip_prefix(AGENT_MARKER) {
            seg_off += AGENT_MARKER.len_utf8();
            text = rest;
        }
        let labelled = match label(text) {
            Ok((rest, l)) => {
                let after = rest.trim_start();
                seg_off += text.len() - after.len();
                text = after;
                current_label = Some(l);
                saw_role_word = true;
                true
            }
            Err(_) => false,
        };
        // The role verb ending the segment, read once.
        let stripped = strip_role(text);
        if !labelled
            && current_label == Some(Label::Leader)
            && (stripped.role.is_some() || is_unit_name(text))
        {
            // 责任领导：张三；市财政局牵头: the leader label ends where units begin.
            current_label = None;
        } else if !labelled
            && (whole_deadline(text).is_some()
                || (stripped.role.is_none() && is_progress_phrase(text)))
        {
            // 6月底前, 年内持续推进, 5月底取得阶段性成效并持续推进: when, not who.
            if clause.deadline.is_none() {
                clause.deadline = Some((Span::new(seg_off, seg_off + text.len()), Text::of(text)));
            }
            continue;
        }
        match current_label {
            Some(Label::Leader) => {
                for (_, name) in split_depth0(text, &['、', '，', ',', ' ', '\u{3000}']) {
                    // 副市长 李某 and 副县长张某某 name one person: the title is no leader.
                    let name = without_title(name.trim());
                    if !name.is_empty() {
                        clause.leaders.push(Text::of(name));
                    }
                }
                continue;
            }
            Some(Label::Deadline) => {
                clause.deadline = Some((Span::new(seg_off, seg_off + text.len()), Text::of(text)));
                current_label = None;
                continue;
            }
            _ => {}
        }
        if stripped.doubled {
            // Point at the second, redundant word.
            clause.doubled.push(Span::new(
                seg_off + text.len() - RESPONSIBLE_VERB.len(),
                seg_off + text.len(),
            ));
        }
        let role = match (stripped.role, current_label) {
            (Some(r), _) => {
                saw_role_word = true;
                Some(r)
            }
            (None, Some(Label::Role(r))) => Some(r),
            _ => None,
        };
        let (names_part, and_others) = strip_and_others(stripped.names);
        let first_new = clause.units.len();
        let mut own_roles: Vec<usize> = Vec::new();
        let mut distributive = false;
        for (o, name) in names(names_part) {
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
            if name.starts_with(EACH) {
                distributive = true;
            }
            if own_role.is_some() {
                own_roles.push(clause.units.len());
            }
            clause.units.push(Unit {
                name: Text::of(name),
                // Filled in, like the kind, once the clause is accepted.
                normalized: None,
                role: own_role.or(role).unwrap_or(Role::Responsible),
                // Filled in once the clause is accepted (most candidates are not).
                kind: UnitKind::Other,
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
    // Each name judged once (the three tests below share their work).
    let mut verdicts: Vec<Verdict> = clause.units.iter().map(|u| judge(&u.name)).collect();
    // Where a role word or label makes this a clause for certain, a segment that is surely
    // no unit (a figure, a time or progress phrase, a verb) is a note, not a unit.
    if saw_role_word {
        let mut judged = verdicts.iter();
        clause
            .units
            .retain(|_| judged.next().is_some_and(|v| !v.surely_not_a_unit));
        verdicts.retain(|v| !v.surely_not_a_unit);
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
    let all_units = verdicts.iter().all(|v| v.unit_name);
    let all_plausible = verdicts.iter().all(|v| v.plausible);
    if strict && !(saw_role_word && all_plausible) && !all_units {
        return None;
    }
    if !strict && !all_plausible {
        return None;
    }
    for u in &mut clause.units {
        let (kind, key) = kind_and_key(&u.name);
        u.kind = kind;
        // Most names are already normal: the name itself, shared, not a second copy.
        u.set_normalized(key);
    }
    clause.explicit = saw_role_word;
    // Most clauses name a few units: no spare capacity kept in the tree (a Unit is ~70 B).
    clause.units.shrink_to_fit();
    Some(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(body: &str) -> Vec<(String, Role)> {
        parse_clause(body, 0, true)
            .map(|c| {
                c.units
                    .into_iter()
                    .map(|u| (u.name.into(), u.role))
                    .collect()
            })
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
}
