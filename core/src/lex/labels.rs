//! Labels before ： that say what the names after them are: 牵头单位：, 配合部门:, 责任领导：,
//! 完成时限：. Both scripts and widths (labels are matched as written).

use crate::ast::Role;
use crate::lexicon::dates::DEADLINE_LABELS;
use crate::lexicon::roles::{
    LABEL_NOUNS, LEADER_LABEL_HEADS, LEADER_LABEL_NOUNS, LEAD_LABEL_ROLES, PERSON_LABELS,
    RESPONSIBLE_LABEL_ROLES, SUPPORT_LABEL_ROLES,
};
use nom::{branch::alt, character::complete::one_of, combinator::opt, IResult, Parser};

/// What a label before ： says about the names after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Role(Role),
    Leader,
    Deadline,
}

/// nom: the first word of `words` that opens the input (as `alt` over `tag`s would, in the
/// list's order).
pub(crate) fn first_word<'a>(
    words: &'static [&'static str],
) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| {
        words
            .iter()
            .find(|w| i.starts_with(**w))
            .map(|w| (&i[w.len()..], &i[..w.len()]))
            .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

/// nom: the role part of a label (牵头, 配合, 责任…).
fn role_prefix(i: &str) -> IResult<&str, Role> {
    alt((
        first_word(LEAD_LABEL_ROLES).map(|_| Role::Lead),
        first_word(SUPPORT_LABEL_ROLES).map(|_| Role::Support),
        first_word(RESPONSIBLE_LABEL_ROLES).map(|_| Role::Responsible),
    ))
    .parse(i)
}

/// nom: a label such as 牵头单位： 配合部门: 责任处室： 责任领导： 完成时限：.
pub(crate) fn label(i: &str) -> IResult<&str, Label> {
    let leader = alt((
        (
            first_word(LEADER_LABEL_HEADS),
            first_word(LEADER_LABEL_NOUNS),
        )
            .map(|_| ()),
        first_word(PERSON_LABELS).map(|_| ()),
    ))
    .map(|_| Label::Leader);
    let deadline = first_word(DEADLINE_LABELS).map(|_| Label::Deadline);
    // 牵头单位, 配合部门, 责任处室; a bare 牵头：/配合： too.
    let role = (role_prefix, opt(first_word(LABEL_NOUNS))).map(|(r, _)| Label::Role(r));
    let (rest, l) = alt((leader, deadline, role)).parse(i)?;
    let (rest, _) = one_of("：:").parse(rest)?;
    Ok((rest, l))
}

/// True when `s` opens with a label that names units or leaders (not a bare deadline).
pub(crate) fn is_resp_label_start(s: &str) -> bool {
    matches!(label(s), Ok((_, Label::Role(_) | Label::Leader)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_both_scripts() {
        assert_eq!(label("牵头单位：X").unwrap().1, Label::Role(Role::Lead));
        assert_eq!(label("牽頭單位:X").unwrap().1, Label::Role(Role::Lead));
        assert_eq!(label("配合部门:X").unwrap().1, Label::Role(Role::Support));
        assert_eq!(
            label("责任处室：X").unwrap().1,
            Label::Role(Role::Responsible)
        );
        assert_eq!(label("责任领导：X").unwrap().1, Label::Leader);
        assert_eq!(label("责任人：X").unwrap().1, Label::Leader);
        assert_eq!(label("时限要求：X").unwrap().1, Label::Deadline);
        assert!(label("牵头单位X").is_err());
        assert!(is_resp_label_start("配合：X"));
        assert!(!is_resp_label_start("完成时限：X"));
    }
}
