//! Where each target stands: its task and section path, and whether it reports a past
//! result (a review section, a paragraph opening 过去一年) rather than sets a target.

use crate::ast::Block;
use crate::lexicon::reviews::{REVIEW_OPENERS, REVIEW_TITLES};

fn reviews_past(title: &str) -> bool {
    REVIEW_TITLES.iter().any(|w| title.contains(w))
}

/// Give every target its task number and section path, and mark figures that report past
/// results rather than set targets (a pass after the tree is built; depth is bounded by
/// the number of marker styles).
pub(crate) fn set_target_context(blocks: &mut [Block], path: &mut Vec<String>) {
    let in_review = path.iter().any(|t| reviews_past(t));
    for b in blocks {
        match b {
            Block::Section(s) => {
                for x in &mut s.heading.targets {
                    x.task = None;
                    x.section = path.clone();
                    x.achieved |= in_review;
                }
                path.push(s.heading.title.clone());
                set_target_context(&mut s.children, path);
                path.pop();
            }
            Block::Task(t) => {
                for x in &mut t.targets {
                    x.task = t.number;
                    x.section = path.clone();
                }
            }
            Block::Paragraph(p) => {
                let opens_review = REVIEW_OPENERS.iter().any(|w| p.text.starts_with(w));
                for x in &mut p.targets {
                    x.task = None;
                    x.section = path.clone();
                    x.achieved |= in_review || opens_review;
                }
            }
            _ => {}
        }
    }
}
