//! Where each target stands: its task and section path, and whether it reports a past
//! result (a review section, a paragraph opening 过去一年) rather than sets a target.

use crate::ast::{Block, TargetId};
use crate::lexicon::reviews::{REVIEW_OPENERS, REVIEW_TITLES};

fn reviews_past(title: &str) -> bool {
    REVIEW_TITLES.iter().any(|w| title.contains(w))
}

/// Give every target its id, task and section path, and mark figures that report past
/// results rather than set targets. A pass after the tree is built, over an explicit stack.
pub(crate) fn set_target_context(blocks: &mut [Block]) {
    let mut path: Vec<String> = Vec::new();
    let mut next_id = 0u32;
    let mut number = |targets: &mut [crate::ast::Target], path: &[String]| {
        for x in targets {
            x.id = TargetId(next_id);
            next_id += 1;
            x.section = path.to_vec();
        }
    };
    let mut stack = vec![blocks.iter_mut()];
    while let Some(top) = stack.last_mut() {
        let Some(b) = top.next() else {
            stack.pop();
            path.pop();
            continue;
        };
        let in_review = path.iter().any(|t| reviews_past(t));
        match b {
            Block::Section(s) => {
                number(&mut s.heading.targets, &path);
                for x in &mut s.heading.targets {
                    (x.task, x.task_id) = (None, None);
                    x.achieved |= in_review;
                }
                path.push(s.heading.title.clone());
                stack.push(s.children.iter_mut());
            }
            Block::Task(t) => {
                number(&mut t.targets, &path);
                for x in &mut t.targets {
                    (x.task, x.task_id) = (t.number, Some(t.id));
                }
            }
            Block::Paragraph(p) => {
                let opens_review = REVIEW_OPENERS.iter().any(|w| p.text.starts_with(w));
                number(&mut p.targets, &path);
                for x in &mut p.targets {
                    (x.task, x.task_id) = (None, None);
                    x.achieved |= in_review || opens_review;
                }
            }
            _ => {}
        }
    }
}
