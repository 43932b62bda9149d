//! Indexes a Document builds on first use: byte offset → char offset in constant time (for
//! the bindings of languages that index strings by code point), and task id → the task's
//! place in the tree.

use super::nodes::Block;
use super::walk::Walk;

/// Bytes between the checkpoints of a [`CharIndex`].
const CHAR_INDEX_STEP: usize = 64;

/// Byte offset → char offset in constant time: the char count at every
/// [`CHAR_INDEX_STEP`]th byte, and a count of at most that many bytes after it.
#[derive(Debug, Clone)]
pub(crate) struct CharIndex {
    ascii: bool,
    marks: Vec<u32>,
}

/// Bytes that start a UTF-8 sequence (everything but `0b10xx_xxxx`).
fn count_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl CharIndex {
    fn new(src: &[u8]) -> Self {
        if src.is_ascii() {
            return CharIndex {
                ascii: true,
                marks: Vec::new(),
            };
        }
        let mut marks = Vec::with_capacity(src.len() / CHAR_INDEX_STEP + 1);
        let mut n = 0usize;
        marks.push(0);
        for chunk in src.chunks(CHAR_INDEX_STEP) {
            n += count_starts(chunk);
            // Inputs are at most `Options::max_input_bytes`; saturate rather than wrap.
            marks.push(u32::try_from(n).unwrap_or(u32::MAX));
        }
        CharIndex {
            ascii: false,
            marks,
        }
    }

    fn char_offset(&self, src: &[u8], byte: usize) -> usize {
        let b = byte.min(src.len());
        if self.ascii {
            return b;
        }
        let k = b / CHAR_INDEX_STEP;
        self.marks[k] as usize + count_starts(&src[k * CHAR_INDEX_STEP..b])
    }
}

/// The document's char index, built on first use; equal whatever its state.
#[derive(Debug, Clone, Default)]
pub(crate) struct LazyCharIndex(std::sync::OnceLock<CharIndex>);

impl PartialEq for LazyCharIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LazyCharIndex {}

impl LazyCharIndex {
    /// The char offset of `byte` in `source` (the text this index is for).
    pub(crate) fn char_offset(&self, source: &str, byte: usize) -> usize {
        self.0
            .get_or_init(|| CharIndex::new(source.as_bytes()))
            .char_offset(source.as_bytes(), byte)
    }
}

/// Where each task sits in the tree: the indices from the top-level blocks down, by id.
#[derive(Debug, Clone, Default)]
pub(crate) struct LazyTaskIndex(std::sync::OnceLock<Vec<Box<[u32]>>>);

impl PartialEq for LazyTaskIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LazyTaskIndex {}

impl LazyTaskIndex {
    /// The block path of task `index` of `blocks`, building the index on the first call.
    pub(crate) fn path(&self, blocks: &[Block], index: usize) -> Option<&[u32]> {
        self.0
            .get_or_init(|| {
                // The walk is depth first; `at[d]` counts the blocks seen at depth d under the
                // current parent, so `at[..=d]` is the path of the block at depth d.
                let mut out = Vec::new();
                let mut at: Vec<u32> = Vec::new();
                for (depth, b) in Walk::new(blocks) {
                    if at.len() > depth + 1 {
                        at.truncate(depth + 1);
                    }
                    if at.len() == depth + 1 {
                        at[depth] += 1;
                    } else {
                        at.push(0);
                    }
                    if let Block::Task(_) = b {
                        out.push(at.clone().into_boxed_slice());
                    }
                }
                out
            })
            .get(index)
            .map(|p| &**p)
    }
}

#[cfg(test)]
mod tests {
    use crate::TaskId;

    #[test]
    fn every_task_is_found_by_its_id() {
        let text = "关于做好重点工作的通知\n一、总体要求\n（一）稳增长\n1.生产总值增长6.5%。（市发改委负责）\n1.新建5G基站200个。（市工信局负责）\n（二）促改革\n2.完成投资300亿元。（市发改委负责）\n二、保障措施\n1.加强组织领导。（市政府办负责）\n";
        let doc = crate::parse(text);
        let tasks = doc.tasks();
        assert!(tasks.len() >= 4);
        for (i, t) in tasks.iter().enumerate() {
            let found = doc.task(TaskId(i as u32)).unwrap();
            assert!(std::ptr::eq(found, *t), "task {i}");
            assert_eq!(found.id, TaskId(i as u32));
        }
        assert!(doc.task(TaskId(tasks.len() as u32)).is_none());
    }
}
