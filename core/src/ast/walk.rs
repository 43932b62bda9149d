//! Walks over the tree with explicit stacks (depth is data, never call depth): the
//! read-only depth-first iterator and the pass that gives nodes their ids.

use super::ids::{HeadingId, TaskId};
use super::nodes::Block;

/// Give every task and heading its id, in document order (an explicit stack: no recursion).
pub(crate) fn assign_ids(blocks: &mut [Block]) {
    let (mut tasks, mut headings) = (0u32, 0u32);
    let mut stack = vec![blocks.iter_mut()];
    while let Some(top) = stack.last_mut() {
        let Some(b) = top.next() else {
            stack.pop();
            continue;
        };
        match b {
            Block::Section(s) => {
                s.heading.id = HeadingId(headings);
                headings += 1;
                stack.push(s.children.iter_mut());
            }
            Block::Paragraph(p) => {
                if let Some(h) = p.run_in.as_mut() {
                    h.id = HeadingId(headings);
                    headings += 1;
                }
            }
            Block::Task(t) => {
                t.id = TaskId(tasks);
                tasks += 1;
            }
            _ => {}
        }
    }
}

/// Depth-first iterator over blocks, see [`Document::walk`](crate::Document::walk).
pub struct Walk<'a> {
    stack: Vec<(usize, std::slice::Iter<'a, Block>)>,
}

impl<'a> Walk<'a> {
    /// A walk over `blocks` and everything under them.
    pub(crate) fn new(blocks: &'a [Block]) -> Self {
        Walk {
            stack: vec![(0, blocks.iter())],
        }
    }
}

impl<'a> Iterator for Walk<'a> {
    type Item = (usize, &'a Block);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (depth, iter) = self.stack.last_mut()?;
            let depth = *depth;
            match iter.next() {
                Some(b) => {
                    if !b.children().is_empty() {
                        self.stack.push((depth + 1, b.children().iter()));
                    }
                    return Some((depth, b));
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}
