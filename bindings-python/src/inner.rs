//! The shared state behind a Python `Document` and all its nodes: the core document, the
//! Python `str` of the source, the responsibility matrix and an index of where tasks,
//! headings and targets sit in the tree; also the `Document` class itself (its methods are
//! in `document.rs`) and the locators nodes pickle as.
//!
//! Nodes are `(Arc<DocInner>, locator)` pairs: nothing is converted to Python objects until
//! an attribute is read, so `parse` costs what the Rust parse costs. Char offsets come from
//! the core (`gongwen::Document::char_offset`); this module keeps no offset index of its own.
//!
//! Modules depend one way: `util`, `span` ← `inner` ← `targets` ← `nodes` ← `rows`,
//! `document` ← `lib`.

use std::sync::{Arc, OnceLock};

use gongwen::{Block, UnitSummary};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple};

use crate::span::Span;

/// A block's position in the tree: indices into `blocks`, then into `children`. Paths in
/// document order are in lexicographic order.
pub(crate) type Path = Vec<u32>;

/// Where the document's tasks, headings, targets and achievements sit, found in one walk.
pub(crate) struct Index {
    /// The path of each task, by task id (`TaskId::index`).
    pub(crate) tasks: Vec<Path>,
    /// The path of the block that carries each heading (a section, or a paragraph with a
    /// run-in heading), by heading id.
    pub(crate) headings: Vec<Path>,
    /// `Document::targets`: the block path and the index in its list of figures.
    pub(crate) targets: Vec<(Path, u32)>,
    /// `Document::achievements`, located the same way.
    pub(crate) achievements: Vec<(Path, u32)>,
}

/// The figures (targets and achievements) a block holds, as the core lists them for
/// `Document::targets`: a section's heading, a task, a paragraph.
pub(crate) fn figures(block: &Block) -> &[gongwen::Target] {
    match block {
        Block::Section(s) => &s.heading.targets,
        Block::Task(t) => &t.targets,
        Block::Paragraph(p) => &p.targets,
        _ => &[],
    }
}

/// The heading a block carries: a section's, or a paragraph's run-in heading.
pub(crate) fn heading_of(block: &Block) -> Option<&gongwen::Heading> {
    match block {
        Block::Section(s) => Some(&s.heading),
        Block::Paragraph(p) => p.run_in.as_deref(),
        _ => None,
    }
}

/// The state a Python `Document` and its nodes share.
pub(crate) struct DocInner {
    pub(crate) doc: gongwen::Document,
    source: PyOnceLock<Py<PyString>>,
    units: OnceLock<Vec<UnitSummary>>,
    index: OnceLock<Index>,
}

impl DocInner {
    pub(crate) fn new(
        py: Python<'_>,
        doc: gongwen::Document,
        source: Option<Py<PyString>>,
    ) -> Arc<Self> {
        let inner = DocInner {
            doc,
            source: PyOnceLock::new(),
            units: OnceLock::new(),
            index: OnceLock::new(),
        };
        if let Some(s) = source {
            let _ = inner.source.set(py, s);
        }
        Arc::new(inner)
    }

    /// The char offset of a byte offset into the source (the core's constant-time index).
    pub(crate) fn char_at(&self, byte: usize) -> usize {
        self.doc.char_offset(byte)
    }

    /// The Python span of a core span.
    pub(crate) fn span(&self, s: gongwen::Span) -> Span {
        Span {
            start: self.char_at(s.start()),
            end: self.char_at(s.end()),
            start_byte: s.start(),
            end_byte: s.end(),
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

    /// Where tasks, headings and figures sit, found once.
    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut index = Index {
                tasks: Vec::new(),
                headings: Vec::new(),
                targets: Vec::new(),
                achievements: Vec::new(),
            };
            for (_, path, block) in self.walk() {
                if let Block::Task(t) = block {
                    debug_assert_eq!(t.id.index(), index.tasks.len());
                    index.tasks.push(path.clone());
                }
                if let Some(h) = heading_of(block) {
                    debug_assert_eq!(h.id.index(), index.headings.len());
                    index.headings.push(path.clone());
                }
                for (i, t) in figures(block).iter().enumerate() {
                    let list = if t.achieved {
                        &mut index.achievements
                    } else {
                        &mut index.targets
                    };
                    list.push((path.clone(), i as u32));
                }
            }
            index
        })
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
        let mut out = Vec::new();
        let mut path: Path = Vec::new();
        let mut stack = vec![self.doc.blocks().iter().enumerate()];
        while let Some(top) = stack.last_mut() {
            let Some((i, b)) = top.next() else {
                stack.pop();
                continue;
            };
            let depth = stack.len() - 1;
            path.truncate(depth);
            path.push(i as u32);
            out.push((depth, path.clone(), b));
            if !b.children().is_empty() {
                stack.push(b.children().iter().enumerate());
            }
        }
        out
    }
}

/// A parsed document. Build one with `gongwen.parse(text)` (or `Document(text)`).
///
/// Immutable: attributes are read from the Rust tree on access; node objects share the
/// document.
#[pyclass(module = "gongwen", name = "Document", frozen)]
pub struct Document {
    pub(crate) inner: Arc<DocInner>,
}

impl Document {
    pub(crate) fn from_inner(inner: Arc<DocInner>) -> Self {
        Document { inner }
    }

    pub(crate) fn new(
        py: Python<'_>,
        doc: gongwen::Document,
        source: Option<Py<PyString>>,
    ) -> Self {
        Document {
            inner: DocInner::new(py, doc, source),
        }
    }
}

/// Where a node lives in its document; also what pickles a node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// A block (section, paragraph, task, other).
    Block(Path),
    /// The heading of the section or run-in paragraph at the path.
    Heading(Path),
    /// The unit `i` of the task at the path.
    Unit(Path, u32),
    /// The deadline of the task at the path.
    Deadline(Path),
    /// Figure `i` (target or achievement) of the block at the path.
    Target(Path, u32),
    /// Row `i` of the responsibility matrix.
    UnitSummary(u32),
    /// Diagnostic `i`.
    Diagnostic(u32),
    /// The document's title.
    Title,
    /// The document's date.
    Date,
    /// The document's GB/T 9704 elements.
    Official,
    /// The document number (发文字号).
    DocNumber,
}

impl Loc {
    pub(crate) fn parts(&self) -> (&'static str, Vec<u32>) {
        match self {
            Loc::Block(p) => ("block", p.clone()),
            Loc::Heading(p) => ("heading", p.clone()),
            Loc::Unit(p, i) => ("unit", p.iter().copied().chain([*i]).collect()),
            Loc::Deadline(p) => ("deadline", p.clone()),
            Loc::Target(p, i) => ("target", p.iter().copied().chain([*i]).collect()),
            Loc::UnitSummary(i) => ("unit_summary", vec![*i]),
            Loc::Diagnostic(i) => ("diagnostic", vec![*i]),
            Loc::Title => ("title", vec![]),
            Loc::Date => ("date", vec![]),
            Loc::Official => ("official", vec![]),
            Loc::DocNumber => ("doc_number", vec![]),
        }
    }
}

/// `(gongwen._native._locate, (document, kind, path))`: how every node pickles.
pub(crate) fn reduce<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    loc: &Loc,
) -> PyResult<Bound<'py, PyTuple>> {
    let locate = py.import("gongwen._native")?.getattr("_locate")?;
    let (kind, path) = loc.parts();
    let document = Py::new(py, Document::from_inner(doc.clone()))?;
    let args = (document, kind, PyTuple::new(py, path)?).into_pyobject(py)?;
    PyTuple::new(py, [locate, args.into_any()])
}
