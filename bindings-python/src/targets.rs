//! Targets (生产总值增长6.5%左右…): the `Target` node, `doc.targets`, `doc.achievements`
//! and a block's targets. A target node is the block it is written in and its place in
//! that block's list (located by position, from the core's own lists), so the binding never
//! re-decides which figures count as targets.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

use crate::inner::{figures, reduce, DocInner, Loc, Path};
use crate::span::Span;
use crate::util::{enum_str, serde_dict, short};

fn nodes<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    locs: impl Iterator<Item = (Path, u32)>,
) -> PyResult<Bound<'py, PyList>> {
    let items = locs
        .map(|(path, i)| Py::new(py, Target::new(doc.clone(), path, i)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// Targets (not achievements) written in the block at `path` (a task or paragraph): read
/// from that block alone.
pub(crate) fn targets_of<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    path: &Path,
) -> PyResult<Bound<'py, PyList>> {
    let found = doc.block(path).map_or(&[][..], figures);
    let locs = found
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.achieved)
        .map(|(i, _)| (path.clone(), i as u32));
    nodes(py, doc, locs)
}

/// `doc.targets` (or `doc.achievements` when `achieved`), in document order.
pub(crate) fn all<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    achieved: bool,
) -> PyResult<Bound<'py, PyList>> {
    let index = doc.index();
    let list = if achieved {
        &index.achievements
    } else {
        &index.targets
    };
    nodes(py, doc, list.iter().cloned())
}

/// A quantified target: `indicator` (生产总值), `relation` (growth, reach, at_most…),
/// `value` and `unit` as written (6.5, "%"), `base_value`/`base_unit` normalised (亿元 → 元),
/// `qualifier` (左右, 以上), the `task` number it belongs to and its `section` path.
#[pyclass(module = "gongwen", name = "Target", frozen, eq)]
pub struct Target {
    doc: Arc<DocInner>,
    /// The block it is written in.
    path: Path,
    /// Its place among the block's figures.
    i: u32,
}

impl Target {
    /// The target at `(path, i)`, which the caller has checked exists.
    pub(crate) fn new(doc: Arc<DocInner>, path: Path, i: u32) -> Self {
        Target { doc, path, i }
    }

    fn get(&self) -> &gongwen::Target {
        let block = self.doc.block(&self.path).expect("target locator checked");
        &figures(block)[self.i as usize]
    }
}

impl PartialEq for Target {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

#[pymethods]
impl Target {
    /// Its id: its index among all the document's figures (targets and achievements
    /// together), in document order.
    #[getter]
    fn id(&self) -> u32 {
        self.get().id.0
    }
    #[getter]
    fn indicator(&self) -> &str {
        &self.get().indicator
    }
    #[getter]
    fn relation(&self) -> &'static str {
        self.get().relation.as_str()
    }
    #[getter]
    fn relation_text(&self) -> &str {
        &self.get().relation_text
    }
    #[getter]
    fn value(&self) -> f64 {
        self.get().quantity.value
    }
    #[getter]
    fn upper(&self) -> Option<f64> {
        self.get().quantity.upper()
    }
    #[getter]
    fn unit(&self) -> &str {
        &self.get().quantity.unit
    }
    #[getter]
    fn base_value(&self) -> f64 {
        self.get().quantity.base_value
    }
    #[getter]
    fn base_unit(&self) -> &str {
        &self.get().quantity.base_unit
    }
    #[getter]
    fn currency(&self) -> Option<&str> {
        self.get().quantity.currency()
    }
    #[getter]
    fn approx(&self) -> Option<String> {
        self.get().quantity.approx().as_ref().map(enum_str)
    }
    #[getter]
    fn qualifier(&self) -> Option<&str> {
        self.get().qualifier()
    }
    #[getter]
    fn hedge(&self) -> Option<&str> {
        self.get().hedge()
    }
    #[getter]
    fn respectively(&self) -> bool {
        self.get().respectively
    }
    /// The number of the task it belongs to (None in a paragraph).
    #[getter]
    fn task(&self) -> Option<u32> {
        self.get().task
    }
    /// The id of the task it belongs to (`Document.task(id)`; None in a paragraph).
    #[getter]
    fn task_id(&self) -> Option<u32> {
        self.get().task_id.map(|id| id.0)
    }
    #[getter]
    fn section(&self) -> Vec<&str> {
        self.get().section.iter().map(|s| s.as_str()).collect()
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    /// Span of the quantity (6.5%).
    #[getter]
    fn quantity_span(&self) -> Span {
        self.doc.span(self.get().quantity.span)
    }
    /// The target as written.
    #[getter]
    fn text(&self) -> &str {
        self.doc
            .doc
            .source()
            .get(self.get().span.range())
            .unwrap_or("")
    }
    /// True for a figure reported as already achieved (see `Document.achievements`).
    #[getter]
    fn achieved(&self) -> bool {
        self.get().achieved
    }
    /// The target row the CLI prints (`gongwen targets --format jsonl`); an achievement as
    /// the core serialises it.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        // Built from this target alone: O(size of the target), not of the document.
        if !self.get().achieved {
            return serde_dict(py, &gongwen::TargetRow::from(self.get()));
        }
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let t = self.get();
        format!(
            "Target(indicator={:?}, relation={:?}, value={}, unit={:?})",
            short(&t.indicator),
            t.relation.as_str(),
            t.quantity.value,
            t.quantity.unit
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Target(self.path.clone(), self.i))
    }
}
