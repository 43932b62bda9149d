//! Targets (生产总值增长6.5%左右…): the `Target` node, `doc.targets`, `doc.achievements`
//! and frame rows. The lists are the core's own (`Document::targets`/`achievements`),
//! copied once per document; a block's targets are found by address in those lists, so
//! the binding never re-decides which figures count as targets.

use std::sync::Arc;

use gongwen::Block as CoreBlock;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use crate::inner::DocInner;
use crate::nodes::{reduce, serde_dict, Loc, Span};
use crate::util::{enum_str, short};

/// Which core list a target node indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Which {
    /// `Document::targets`: goals set.
    Targets,
    /// `Document::achievements`: figures reported as achieved.
    Achievements,
}

impl Which {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Which::Targets => "target",
            Which::Achievements => "achievement",
        }
    }
}

/// A copy of one core list, with the address each item has inside the document.
pub(crate) struct TargetList {
    items: Vec<gongwen::Target>,
    addrs: Vec<usize>,
}

impl TargetList {
    pub(crate) fn new(found: Vec<&gongwen::Target>) -> Self {
        TargetList {
            addrs: found
                .iter()
                .map(|t| *t as *const gongwen::Target as usize)
                .collect(),
            items: found.into_iter().cloned().collect(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Indices of the items that live in `slice` (a block's `targets` field).
    fn within(&self, slice: &[gongwen::Target]) -> Vec<u32> {
        let start = slice.as_ptr() as usize;
        let end = start + std::mem::size_of_val(slice);
        (0..self.addrs.len() as u32)
            .filter(|&i| (start..end).contains(&self.addrs[i as usize]))
            .collect()
    }
}

/// Targets written in the block at `path` (a task or paragraph), as core fields.
fn block_slice<'a>(inner: &'a DocInner, path: &[u32]) -> &'a [gongwen::Target] {
    match inner.block(path) {
        Some(CoreBlock::Task(t)) => &t.targets,
        Some(CoreBlock::Paragraph(p)) => &p.targets,
        _ => &[],
    }
}

fn nodes<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    which: Which,
    indices: Vec<u32>,
) -> PyResult<Bound<'py, PyList>> {
    let items = indices
        .into_iter()
        .map(|i| {
            Py::new(
                py,
                Target {
                    doc: doc.clone(),
                    which,
                    i,
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// Targets (not achievements) written in the block at `path`.
pub(crate) fn targets_of<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    path: &[u32],
) -> PyResult<Bound<'py, PyList>> {
    let indices = doc
        .target_list(Which::Targets)
        .within(block_slice(doc, path));
    nodes(py, doc, Which::Targets, indices)
}

/// `doc.targets` or `doc.achievements`, in document order.
pub(crate) fn all<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    which: Which,
) -> PyResult<Bound<'py, PyList>> {
    let n = doc.target_list(which).len() as u32;
    nodes(py, doc, which, (0..n).collect())
}

/// Rows for `targets_frame()`.
pub(crate) fn target_rows<'py>(py: Python<'py>, inner: &DocInner) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for t in &inner.target_list(Which::Targets).items {
        let q = &t.quantity;
        let d = PyDict::new(py);
        d.set_item("indicator", &t.indicator)?;
        d.set_item("relation", t.relation.as_str())?;
        d.set_item("value", q.value)?;
        d.set_item("unit", &q.unit)?;
        d.set_item("qualifier", t.qualifier.as_deref())?;
        d.set_item("base_value", q.base_value)?;
        d.set_item("base_unit", &q.base_unit)?;
        d.set_item("task", t.task)?;
        d.set_item("section", &t.section)?;
        d.set_item("relation_text", &t.relation_text)?;
        d.set_item("upper", q.upper)?;
        d.set_item("hedge", t.hedge.as_deref())?;
        d.set_item("currency", q.currency.as_deref())?;
        d.set_item("approx", q.approx.as_ref().map(enum_str))?;
        d.set_item("respectively", t.respectively)?;
        d.set_item("start", inner.char_at(t.span.start))?;
        d.set_item("end", inner.char_at(t.span.end))?;
        d.set_item("start_byte", t.span.start)?;
        d.set_item("end_byte", t.span.end)?;
        out.append(d)?;
    }
    Ok(out)
}

/// A quantified target: `indicator` (生产总值), `relation` (growth, reach, at_most…),
/// `value` and `unit` as written (6.5, "%"), `base_value`/`base_unit` normalised (亿元 → 元),
/// `qualifier` (左右, 以上), the `task` number it belongs to and its `section` path.
#[pyclass(module = "gongwen", name = "Target", frozen, eq)]
pub struct Target {
    doc: Arc<DocInner>,
    which: Which,
    i: u32,
}

impl Target {
    pub(crate) fn new(doc: Arc<DocInner>, which: Which, i: u32) -> Self {
        Target { doc, which, i }
    }

    fn get(&self) -> &gongwen::Target {
        &self.doc.target_list(self.which).items[self.i as usize]
    }
}

impl PartialEq for Target {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

#[pymethods]
impl Target {
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
        self.get().quantity.upper
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
        self.get().quantity.currency.as_deref()
    }
    #[getter]
    fn approx(&self) -> Option<String> {
        self.get().quantity.approx.as_ref().map(enum_str)
    }
    #[getter]
    fn qualifier(&self) -> Option<&str> {
        self.get().qualifier.as_deref()
    }
    #[getter]
    fn hedge(&self) -> Option<&str> {
        self.get().hedge.as_deref()
    }
    #[getter]
    fn respectively(&self) -> bool {
        self.get().respectively
    }
    /// The number of the task it belongs to (None in a paragraph).
    #[getter]
    fn task(&self) -> Option<u64> {
        self.get().task
    }
    #[getter]
    fn section(&self) -> Vec<String> {
        self.get().section.clone()
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
        self.which == Which::Achievements
    }
    /// The target row the CLI prints (`gongwen targets --format jsonl`); an achievement as
    /// the core serialises it.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        // Built from this target alone: O(size of the target), not of the document.
        if self.which == Which::Targets {
            return serde_dict(py, &gongwen::output::TargetRow::from(self.get()));
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
        reduce(py, &self.doc, &Loc::Target(self.which, self.i))
    }
}
