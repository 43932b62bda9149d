//! The shared state behind a Python `Document` and all its nodes: the core document, a
//! byte→char offset index built once (lazily), and the Python `str` of the source.
//!
//! Nodes are `(Arc<DocInner>, locator)` pairs: nothing is converted to Python objects until
//! an attribute is read, so `parse` costs what the Rust parse costs.

use std::sync::{Arc, OnceLock};

use gongwen::{Block, UnitSummary};

use crate::targets::{TargetList, Which};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;

/// Bytes per checkpoint of the char index.
const STEP: usize = 256;

/// Byte offset → char offset, in O(STEP) per lookup and len/STEP words of memory.
struct CharIndex {
    ascii: bool,
    /// `marks[k]` = number of chars starting in bytes `0..k*STEP`.
    marks: Vec<usize>,
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
        let mut marks = Vec::with_capacity(src.len() / STEP + 2);
        let mut n = 0;
        marks.push(0);
        for chunk in src.chunks(STEP) {
            n += count_starts(chunk);
            marks.push(n);
        }
        CharIndex {
            ascii: false,
            marks,
        }
    }

    fn char_at(&self, src: &[u8], byte: usize) -> usize {
        let b = byte.min(src.len());
        if self.ascii {
            return b;
        }
        let k = b / STEP;
        self.marks[k] + count_starts(&src[k * STEP..b])
    }
}

/// A block's position in the tree: indices into `blocks`, then into `children`.
pub(crate) type Path = Vec<u32>;

/// The state a Python `Document` and its nodes share.
pub(crate) struct DocInner {
    pub(crate) doc: gongwen::Document,
    chars: OnceLock<CharIndex>,
    source: PyOnceLock<Py<PyString>>,
    units: OnceLock<Vec<UnitSummary>>,
    targets: OnceLock<TargetList>,
    achievements: OnceLock<TargetList>,
}

impl DocInner {
    pub(crate) fn new(
        py: Python<'_>,
        doc: gongwen::Document,
        source: Option<Py<PyString>>,
    ) -> Arc<Self> {
        let inner = DocInner {
            doc,
            chars: OnceLock::new(),
            source: PyOnceLock::new(),
            units: OnceLock::new(),
            targets: OnceLock::new(),
            achievements: OnceLock::new(),
        };
        if let Some(s) = source {
            let _ = inner.source.set(py, s);
        }
        Arc::new(inner)
    }

    /// The char offset of a byte offset into the source (clamped to its end).
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        let src = self.doc.source().as_bytes();
        self.chars
            .get_or_init(|| CharIndex::new(src))
            .char_at(src, byte)
    }

    /// The Python span of a core span.
    pub(crate) fn span(&self, s: gongwen::Span) -> crate::nodes::Span {
        crate::nodes::Span {
            start: self.char_at(s.start),
            end: self.char_at(s.end),
            start_byte: s.start,
            end_byte: s.end,
        }
    }

    /// The source as a Python `str` (the caller's own object when parsed from one).
    pub(crate) fn source<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.source
            .get_or_init(py, || PyString::new(py, self.doc.source()).unbind())
            .bind(py)
            .clone()
    }

    /// The responsibility matrix, computed once.
    pub(crate) fn units(&self) -> &[UnitSummary] {
        self.units.get_or_init(|| self.doc.units())
    }

    /// The core's targets or achievements, copied once.
    pub(crate) fn target_list(&self, which: Which) -> &TargetList {
        match which {
            Which::Targets => self
                .targets
                .get_or_init(|| TargetList::new(self.doc.targets())),
            Which::Achievements => self
                .achievements
                .get_or_init(|| TargetList::new(self.doc.achievements())),
        }
    }

    /// The block at `path`, if there is one.
    pub(crate) fn block(&self, path: &[u32]) -> Option<&Block> {
        let (first, rest) = path.split_first()?;
        let mut block = self.doc.blocks().get(*first as usize)?;
        for i in rest {
            block = block.children().get(*i as usize)?;
        }
        Some(block)
    }

    /// Every block, depth first, with its depth and path.
    pub(crate) fn walk(&self) -> Vec<(usize, Path, &Block)> {
        fn go<'a>(blocks: &'a [Block], prefix: &mut Path, out: &mut Vec<(usize, Path, &'a Block)>) {
            for (i, b) in blocks.iter().enumerate() {
                prefix.push(i as u32);
                out.push((prefix.len() - 1, prefix.clone(), b));
                go(b.children(), prefix, out);
                prefix.pop();
            }
        }
        let mut out = Vec::new();
        go(self.doc.blocks(), &mut Vec::new(), &mut out);
        out
    }

    /// Paths of the task blocks, in document order.
    pub(crate) fn task_paths(&self) -> Vec<Path> {
        self.walk()
            .into_iter()
            .filter(|(_, _, b)| matches!(b, Block::Task(_)))
            .map(|(_, p, _)| p)
            .collect()
    }

    /// Paths of the blocks that carry a heading (sections, paragraphs with a run-in
    /// heading), in the order of `Document::outline`.
    pub(crate) fn heading_paths(&self) -> Vec<Path> {
        self.walk()
            .into_iter()
            .filter(|(_, _, b)| match b {
                Block::Section(_) => true,
                Block::Paragraph(p) => p.run_in.is_some(),
                _ => false,
            })
            .map(|(_, p, _)| p)
            .collect()
    }
}
