//! Document-level facts read from the whole text after the tree is built: the lead rule a
//! notice states about itself (排在第一位的部门为牵头部门), applied to every task that marks
//! no lead of its own.

mod official;
mod targets;
pub(crate) use official::official;
pub(crate) use targets::set_target_context;

use crate::ast::{Block, DeclaredLeadRule, LeadRule, Role};
use crate::lex::words::Words;
use crate::lexicon::{FIRST_PLACE_WORDS, LEAD_RULE_ENDINGS, LEAD_VERB_FORMS, NO_LEAD_OPENINGS};
use crate::normalize::fold_script;
use std::sync::LazyLock;

/// 牵头 in either script, found once over the whole source.
static LEAD_VERB: LazyLock<Words> = LazyLock::new(|| Words::new(LEAD_VERB_FORMS));
use crate::{Diagnostic, DiagnosticCode, Span};

/// The rule the text states, if any: where it is written and what it says.
pub(crate) fn declared_lead_rule(source: &str) -> Option<DeclaredLeadRule> {
    // The rule ends …为牵头单位: look at each 牵头 (either script) with the 40 characters
    // before it, folded to simplified script; the rest of the text is never folded.
    for found in LEAD_VERB.find_iter(source) {
        let at = found.start;
        // Only a 牵头 that an ending opens (为牵头单位, 是牵头部门) can end the rule: most
        // 牵头 are a clause's role verb and are passed over without folding anything.
        let before = source[..at]
            .chars()
            .next_back()
            .map(crate::normalize::fold_char);
        if !before.is_some_and(|b| LEAD_RULE_ENDINGS.iter().any(|e| e.starts_with(b))) {
            continue;
        }
        let start = source[..at]
            .char_indices()
            .rev()
            .take(40)
            .last()
            .map_or(at, |(i, _)| i);
        let end = source[at..]
            .char_indices()
            .nth(8)
            .map_or(source.len(), |(i, _)| at + i);
        if let Some((rule, s, e)) = rule_in(&source[start..end]) {
            return Some(DeclaredLeadRule {
                rule,
                span: Span::new(start + s, start + e),
            });
        }
    }
    None
}

/// The rule stated in `window`, with its byte range in `window`.
fn rule_in(window: &str) -> Option<(LeadRule, usize, usize)> {
    let folded = fold_script(window);
    // Folding keeps the number of characters; byte offsets map back through them.
    if folded.chars().count() != window.chars().count() {
        return None;
    }
    let to_window = |f: usize| {
        let n = folded[..f].chars().count();
        window
            .char_indices()
            .nth(n)
            .map_or(window.len(), |(i, _)| i)
    };
    for ending in LEAD_RULE_ENDINGS {
        let Some(at) = folded.find(ending) else {
            continue;
        };
        let end = at + ending.len();
        // The sentence that states it starts after the last 。；! or line break.
        let start = folded[..at]
            .rfind(['。', '；', ';', '！', '\n'])
            .map_or(0, |i| {
                i + folded[i..].chars().next().map_or(1, char::len_utf8)
            });
        let sentence = &folded[start..at];
        let rule = if NO_LEAD_OPENINGS.iter().any(|w| sentence.contains(w)) {
            LeadRule::ResponsibleAreLead
        } else if FIRST_PLACE_WORDS.iter().any(|w| sentence.contains(w)) {
            LeadRule::FirstListed
        } else {
            continue;
        };
        return Some((rule, to_window(start), to_window(end)));
    }
    None
}

/// Apply `rule` to every task with units and no explicit lead; returns how many changed.
pub(crate) fn apply_lead_rule(blocks: &mut [Block], rule: LeadRule) -> usize {
    let mut changed = 0;
    let mut stack: Vec<&mut Block> = blocks.iter_mut().collect();
    while let Some(b) = stack.pop() {
        match b {
            Block::Task(t) => {
                let Some(resp) = t.responsibility.as_mut() else {
                    continue;
                };
                if resp.units.is_empty() || resp.units.iter().any(|u| u.role == Role::Lead) {
                    continue;
                }
                match rule {
                    LeadRule::FirstListed => resp.units[0].role = Role::Lead,
                    LeadRule::ResponsibleAreLead => {
                        for u in &mut resp.units {
                            u.role = Role::Lead;
                        }
                    }
                }
                changed += 1;
            }
            Block::Section(s) => stack.extend(s.children.iter_mut()),
            _ => {}
        }
    }
    changed
}

/// Find the declared rule, apply it, and say so in a diagnostic.
pub(crate) fn lead_rule(
    source: &str,
    blocks: &mut [Block],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<DeclaredLeadRule> {
    let declared = declared_lead_rule(source)?;
    let changed = apply_lead_rule(blocks, declared.rule);
    let what = match declared.rule {
        LeadRule::FirstListed => "the first-listed unit",
        LeadRule::ResponsibleAreLead => "every responsible unit",
    };
    diagnostics.push(Diagnostic::new(
        DiagnosticCode::DeclaredLeadRule,
        format!("the document makes {what} the lead: applied to {changed} tasks without a lead"),
        declared.span,
    ));
    Some(declared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_as_documents_state_them() {
        let r = |s: &str| declared_lead_rule(s).map(|d| d.rule);
        assert_eq!(
            r("各责任单位中，排在第一位的部门为牵头部门，下同。"),
            Some(LeadRule::FirstListed)
        );
        assert_eq!(
            r("在责任单位中,排名第一的责任单位为牵头单位,其他列入单位为参与单位"),
            Some(LeadRule::FirstListed)
        );
        assert_eq!(
            r("特别是牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要统筹"),
            Some(LeadRule::ResponsibleAreLead)
        );
        assert_eq!(r("排在第一位的單位為牽頭單位"), Some(LeadRule::FirstListed));
        assert_eq!(r("市发展改革委为牵头单位，负责统筹。"), None);
        let d = declared_lead_rule("前言。排在第一位的部门为牵头部门。").unwrap();
        assert_eq!(d.span.start(), "前言。".len());
    }
}
