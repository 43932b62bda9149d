//! Where each target stands: its task and section path, and whether it reports a past
//! result (a review section, a paragraph opening 过去一年) rather than sets a target.

use crate::ast::{Block, SectionPath, TargetId};
use crate::lexicon::reviews::{REVIEW_OPENERS, REVIEW_TITLES};

fn reviews_past(title: &str) -> bool {
    REVIEW_TITLES.iter().any(|w| title.contains(w))
}

/// Give every target its id, task and section path, and mark figures that report past
/// results rather than set targets. A pass after the tree is built, over an explicit stack.
pub(crate) fn set_target_context(blocks: &mut [Block]) {
    let mut next_id = 0u32;
    let mut number = |targets: &mut [crate::ast::Target], path: &SectionPath| {
        for x in targets {
            x.id = TargetId(next_id);
            next_id += 1;
            x.section = path.clone();
        }
    };
    // Each frame: the blocks left to visit, the section path above them (one shared path
    // per section) and whether a section on it reviews the past.
    let mut stack: Vec<(_, SectionPath, bool)> =
        vec![(blocks.iter_mut(), SectionPath::default(), false)];
    while let Some((top, path, in_review)) = stack.last_mut() {
        let Some(b) = top.next() else {
            stack.pop();
            continue;
        };
        let in_review = *in_review;
        match b {
            Block::Section(s) => {
                number(&mut s.heading.targets, path);
                for x in &mut s.heading.targets {
                    (x.task, x.task_id) = (None, None);
                    x.achieved |= in_review;
                }
                let inner: SectionPath = path
                    .iter()
                    .chain(std::iter::once(&s.heading.title))
                    .cloned()
                    .collect();
                let review = in_review || reviews_past(&s.heading.title);
                stack.push((s.children.iter_mut(), inner, review));
            }
            Block::Task(t) => {
                number(&mut t.targets, path);
                for x in &mut t.targets {
                    (x.task, x.task_id) = (t.number, Some(t.id));
                }
            }
            Block::Paragraph(p) => {
                number(&mut p.targets, path);
                if p.targets.is_empty() {
                    continue;
                }
                let opens_review = REVIEW_OPENERS.iter().any(|w| p.text.starts_with(w));
                for x in &mut p.targets {
                    (x.task, x.task_id) = (None, None);
                    x.achieved |= in_review || opens_review;
                }
            }
            _ => {}
        }
    }
}
