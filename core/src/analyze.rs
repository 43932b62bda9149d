//! Document-level facts read from the whole text after the tree is built: the lead rule a
//! notice states about itself (排在第一位的部门为牵头部门), applied to every task that marks
//! no lead of its own.

use crate::document::{Block, DeclaredLeadRule, LeadRule, Role};
use crate::inline::units::fold_script;
use crate::lexicon::{FIRST_PLACE_WORDS, LEAD_RULE_ENDINGS, NO_LEAD_OPENINGS};
use crate::{Diagnostic, DiagnosticCode, Span};

/// The rule the text states, if any: where it is written and what it says.
pub(crate) fn declared_lead_rule(source: &str) -> Option<DeclaredLeadRule> {
    // Most documents state no rule: look for the word before folding the whole text.
    if !source.contains("牵头") && !source.contains("牽頭") {
        return None;
    }
    // Fold per character so byte offsets map back: the folding keeps the character count.
    let folded = fold_script(source);
    let same_length = folded.chars().count() == source.chars().count();
    for ending in LEAD_RULE_ENDINGS {
        let mut from = 0;
        while let Some(rel) = folded[from..].find(ending) {
            let at = from + rel;
            from = at + ending.len();
            // The rule's subject stands at most 30 characters before 为牵头….
            let start = folded[..at]
                .char_indices()
                .rev()
                .take(30)
                .last()
                .map_or(0, |(i, _)| i);
            // The sentence that states it starts after the last 。；! or line break.
            let start = folded[start..at]
                .rfind(['。', '；', ';', '！', '\n'])
                .map_or(start, |i| {
                    let c = folded[start + i..].chars().next().map_or(1, char::len_utf8);
                    start + i + c
                });
            let window = &folded[start..at];
            let rule = if NO_LEAD_OPENINGS.iter().any(|w| window.contains(w)) {
                LeadRule::ResponsibleAreLead
            } else if FIRST_PLACE_WORDS.iter().any(|w| window.contains(w)) {
                LeadRule::FirstListed
            } else {
                continue;
            };
            let span = if same_length {
                let to_source = |f: usize| {
                    let n = folded[..f].chars().count();
                    source
                        .char_indices()
                        .nth(n)
                        .map_or(source.len(), |(i, _)| i)
                };
                Span::new(to_source(start), to_source(from))
            } else {
                Span::new(0, 0)
            };
            return Some(DeclaredLeadRule { rule, span });
        }
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
        assert_eq!(d.span.start, "前言。".len());
    }
}
