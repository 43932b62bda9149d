//! Node classes: thin `(document, locator)` handles that read the core tree on access.

use std::sync::Arc;

use gongwen::{Block as CoreBlock, Heading as CoreHeading};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use crate::inner::{figures, heading_of, reduce, DocInner, Document, Loc, Path};
use crate::span::Span;
use crate::targets::Target;
use crate::util::{enum_str, serde_dict, short};

/// Resolve a pickled locator (checked: nothing a caller passes may panic later).
#[pyfunction]
pub(crate) fn _locate(
    py: Python<'_>,
    doc: PyRef<'_, Document>,
    kind: &str,
    path: Vec<u32>,
) -> PyResult<Py<PyAny>> {
    let inner = doc.inner.clone();
    let bad = || PyValueError::new_err(format!("no {kind} at {path:?} in this document"));
    let block_path = |n: usize| -> PyResult<Path> {
        let p: Path = path[..path.len().saturating_sub(n)].to_vec();
        match inner.block(&p) {
            Some(_) => Ok(p),
            None => Err(bad()),
        }
    };
    let loc = match kind {
        "block" => Loc::Block(block_path(0)?),
        "heading" => {
            let p = block_path(0)?;
            if inner.block(&p).and_then(heading_of).is_none() {
                return Err(bad());
            }
            Loc::Heading(p)
        }
        "target" => {
            let Some(&i) = path.last() else {
                return Err(bad());
            };
            let p = block_path(1)?;
            if inner.block(&p).map_or(0, |b| figures(b).len()) <= i as usize {
                return Err(bad());
            }
            Loc::Target(p, i)
        }
        "unit" | "deadline" => {
            let n = usize::from(kind == "unit");
            if path.len() <= n {
                return Err(bad());
            }
            let p = block_path(n)?;
            let Some(CoreBlock::Task(t)) = inner.block(&p) else {
                return Err(bad());
            };
            if kind == "unit" {
                let i = path[path.len() - 1];
                if i as usize >= t.units().len() {
                    return Err(bad());
                }
                Loc::Unit(p, i)
            } else {
                if t.deadline.is_none() {
                    return Err(bad());
                }
                Loc::Deadline(p)
            }
        }
        "unit_summary" | "diagnostic" => {
            let [i] = path[..] else { return Err(bad()) };
            let len = if kind == "diagnostic" {
                inner.doc.diagnostics().len()
            } else {
                inner.units().len()
            };
            if i as usize >= len {
                return Err(bad());
            }
            if kind == "diagnostic" {
                Loc::Diagnostic(i)
            } else {
                Loc::UnitSummary(i)
            }
        }
        "title" if inner.doc.title().is_some() => Loc::Title,
        "date" if inner.doc.date().is_some() => Loc::Date,
        "official" => Loc::Official,
        "doc_number" if inner.doc.official().doc_number.is_some() => Loc::DocNumber,
        _ => return Err(bad()),
    };
    node(py, &inner, loc)
}

/// The Python node for a locator.
pub(crate) fn node(py: Python<'_>, doc: &Arc<DocInner>, loc: Loc) -> PyResult<Py<PyAny>> {
    let doc = doc.clone();
    Ok(match loc {
        Loc::Block(path) => return block(py, &doc, path),
        Loc::Heading(path) => Py::new(py, Heading { doc, path })?.into_any(),
        Loc::Unit(path, i) => Py::new(py, Unit { doc, path, i })?.into_any(),
        Loc::Deadline(path) => Py::new(py, Deadline { doc, path })?.into_any(),
        Loc::Target(path, i) => Py::new(py, Target::new(doc, path, i))?.into_any(),
        Loc::UnitSummary(i) => Py::new(py, UnitSummary { doc, i })?.into_any(),
        Loc::Diagnostic(i) => Py::new(py, Diagnostic { doc, i })?.into_any(),
        Loc::Title => Py::new(py, Title { doc })?.into_any(),
        Loc::Date => Py::new(py, DateValue { doc })?.into_any(),
        Loc::Official => Py::new(py, Official { doc })?.into_any(),
        Loc::DocNumber => Py::new(py, DocNumber { doc })?.into_any(),
    })
}

/// The Python node for the block at `path`: Section, Paragraph, Task or Block.
pub(crate) fn block(py: Python<'_>, doc: &Arc<DocInner>, path: Path) -> PyResult<Py<PyAny>> {
    let doc = doc.clone();
    Ok(match doc.block(&path) {
        Some(CoreBlock::Section(_)) => Py::new(py, Section { doc, path })?.into_any(),
        Some(CoreBlock::Paragraph(_)) => Py::new(py, Paragraph { doc, path })?.into_any(),
        Some(CoreBlock::Task(_)) => Py::new(py, Task { doc, path })?.into_any(),
        Some(_) => Py::new(py, Block { doc, path })?.into_any(),
        None => return Err(PyValueError::new_err("no block at this path")),
    })
}

/// Blocks at `paths` as Python nodes.
pub(crate) fn blocks<'py>(
    py: Python<'py>,
    doc: &Arc<DocInner>,
    paths: Vec<Path>,
) -> PyResult<Bound<'py, PyList>> {
    let items = paths
        .into_iter()
        .map(|p| block(py, doc, p))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

macro_rules! node_eq {
    ($ty:ident, $get:ident) => {
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                self.$get() == other.$get()
            }
        }
    };
}

// ---------------------------------------------------------------------------------------

/// A heading: `level` (1 is the top), `marker` as written ("" when unnumbered), `number`,
/// `title` without its marker, `style`, `span`, `run_in`.
#[pyclass(module = "gongwen", name = "Heading", frozen, eq)]
pub struct Heading {
    doc: Arc<DocInner>,
    path: Path,
}

impl Heading {
    fn get(&self) -> &CoreHeading {
        self.doc
            .block(&self.path)
            .and_then(heading_of)
            .expect("heading locator checked on creation")
    }
}
node_eq!(Heading, get);

#[pymethods]
impl Heading {
    /// The heading's id: its index in `Document.outline`.
    #[getter]
    fn id(&self) -> u32 {
        self.get().id.0
    }
    #[getter]
    fn level(&self) -> u8 {
        self.get().level
    }
    #[getter]
    fn marker(&self) -> &str {
        &self.get().marker
    }
    #[getter]
    fn number(&self) -> Option<u32> {
        self.get().number
    }
    #[getter]
    fn title(&self) -> &str {
        &self.get().title
    }
    #[getter]
    fn style(&self) -> String {
        enum_str(&self.get().style)
    }
    #[getter]
    fn run_in(&self) -> bool {
        self.get().run_in
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    /// The outline row the CLI prints (`gongwen outline --format jsonl`).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        // Built from this heading alone: O(size of the heading), not of the document.
        serde_dict(py, &gongwen::OutlineRow::from(self.get()))
    }
    fn __repr__(&self) -> String {
        let h = self.get();
        format!(
            "Heading(level={}, marker={:?}, title={:?})",
            h.level,
            h.marker,
            short(&h.title)
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Heading(self.path.clone()))
    }
}

/// A section: its `heading` and the `children` blocks under it.
#[pyclass(module = "gongwen", name = "Section", frozen, eq)]
pub struct Section {
    doc: Arc<DocInner>,
    path: Path,
}

impl Section {
    fn get(&self) -> &gongwen::Section {
        match self.doc.block(&self.path) {
            Some(CoreBlock::Section(s)) => s,
            _ => unreachable!("section locator checked on creation"),
        }
    }
    /// Paths of the tasks under this section: a run of the document's tasks, since paths
    /// in document order sort lexicographically.
    fn task_paths(&self) -> Vec<Path> {
        let tasks = &self.doc.index().tasks;
        let lo = tasks.partition_point(|p| p.as_slice() < self.path.as_slice());
        tasks[lo..]
            .iter()
            .take_while(|p| p.len() > self.path.len() && p.starts_with(&self.path))
            .cloned()
            .collect()
    }
}
node_eq!(Section, get);

#[pymethods]
impl Section {
    #[getter]
    fn heading(&self, py: Python<'_>) -> PyResult<Py<Heading>> {
        Py::new(
            py,
            Heading {
                doc: self.doc.clone(),
                path: self.path.clone(),
            },
        )
    }
    #[getter]
    fn level(&self) -> u8 {
        self.get().heading.level
    }
    #[getter]
    fn title(&self) -> &str {
        &self.get().heading.title
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    /// Blocks directly under the heading.
    #[getter]
    fn children<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let paths = (0..self.get().children.len())
            .map(|i| {
                let mut p = self.path.clone();
                p.push(i as u32);
                p
            })
            .collect();
        blocks(py, &self.doc, paths)
    }
    /// Tasks anywhere under this section, in document order.
    #[getter]
    fn tasks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        blocks(py, &self.doc, self.task_paths())
    }
    /// The section's text as written (heading and children).
    #[getter]
    fn text(&self) -> &str {
        self.doc
            .doc
            .source()
            .get(self.get().span.range())
            .unwrap_or("")
    }
    /// The section as the CLI's JSON tree prints it.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.doc.block(&self.path).expect("section"))
    }
    fn __len__(&self) -> usize {
        self.get().children.len()
    }
    fn __repr__(&self) -> String {
        let s = self.get();
        format!(
            "Section(level={}, title={:?}, children={})",
            s.heading.level,
            short(&s.heading.title),
            s.children.len()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Block(self.path.clone()))
    }
}

/// A paragraph of running text, maybe opened by a run-in heading.
#[pyclass(module = "gongwen", name = "Paragraph", frozen, eq)]
pub struct Paragraph {
    doc: Arc<DocInner>,
    path: Path,
}

impl Paragraph {
    fn get(&self) -> &gongwen::Paragraph {
        match self.doc.block(&self.path) {
            Some(CoreBlock::Paragraph(p)) => p,
            _ => unreachable!("paragraph locator checked on creation"),
        }
    }
}
node_eq!(Paragraph, get);

#[pymethods]
impl Paragraph {
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    #[getter]
    fn marker(&self) -> Option<&str> {
        self.get().marker.as_deref()
    }
    #[getter]
    fn run_in(&self, py: Python<'_>) -> PyResult<Option<Py<Heading>>> {
        if self.get().run_in.is_none() {
            return Ok(None);
        }
        let h = Heading {
            doc: self.doc.clone(),
            path: self.path.clone(),
        };
        Ok(Some(Py::new(py, h)?))
    }
    /// Quantified targets in the paragraph.
    #[getter]
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        crate::targets::targets_of(py, &self.doc, &self.path)
    }
    /// 一是/二是 items as `{"number", "marker", "text", "span"}` dicts.
    #[getter]
    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for item in &self.get().items {
            let d = PyDict::new(py);
            d.set_item("number", item.number)?;
            d.set_item("marker", item.marker.as_str())?;
            d.set_item("text", item.text.as_str())?;
            d.set_item("span", self.doc.span(item.span))?;
            list.append(d)?;
        }
        Ok(list)
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.doc.block(&self.path).expect("paragraph"))
    }
    fn __repr__(&self) -> String {
        format!("Paragraph(text={:?})", short(&self.get().text))
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Block(self.path.clone()))
    }
}

/// Any other block: blank lines, page chrome, title, doc number, signature, date line…
/// `type` is the block's snake_case kind as in the JSON tree.
#[pyclass(module = "gongwen", name = "Block", frozen, eq)]
pub struct Block {
    doc: Arc<DocInner>,
    path: Path,
}

impl Block {
    fn get(&self) -> &CoreBlock {
        self.doc
            .block(&self.path)
            .expect("block locator checked on creation")
    }
}
node_eq!(Block, get);

/// The serde tag of a block (`blank`, `chrome`, `title`…).
pub(crate) fn block_type(b: &CoreBlock) -> &'static str {
    match b {
        CoreBlock::Blank(_) => "blank",
        CoreBlock::Chrome(_) => "chrome",
        CoreBlock::Title(_) => "title",
        CoreBlock::IssuerMark(_) => "issuer_mark",
        CoreBlock::DocNumber(_) => "doc_number",
        CoreBlock::Addressees(_) => "addressees",
        CoreBlock::MeetingLine(_) => "meeting_line",
        CoreBlock::Speaker(_) => "speaker",
        CoreBlock::Salutation(_) => "salutation",
        CoreBlock::Section(_) => "section",
        CoreBlock::Paragraph(_) => "paragraph",
        CoreBlock::Task(_) => "task",
        CoreBlock::Attachment(_) => "attachment",
        CoreBlock::Signature(_) => "signature",
        CoreBlock::DateLine(_) => "date_line",
        CoreBlock::Note(_) => "note",
        CoreBlock::Cc(_) => "cc",
        CoreBlock::Printing(_) => "printing",
        CoreBlock::Dateline(_) => "dateline",
        CoreBlock::Attendees(_) => "attendees",
        CoreBlock::Statement(_) => "statement",
        _ => "other",
    }
}

fn block_text(b: &CoreBlock) -> &str {
    if let Some(t) = b.text_block() {
        return &t.text;
    }
    match b {
        CoreBlock::Chrome(c) => &c.text,
        CoreBlock::Paragraph(p) => &p.text,
        CoreBlock::Task(t) => &t.text,
        CoreBlock::Section(s) => &s.heading.title,
        CoreBlock::Dateline(d) => &d.text,
        CoreBlock::Attendees(a) => &a.text,
        CoreBlock::Statement(s) => &s.text,
        _ => "",
    }
}

#[pymethods]
impl Block {
    #[getter]
    fn r#type(&self) -> &'static str {
        block_type(self.get())
    }
    #[getter]
    fn text(&self) -> &str {
        block_text(self.get())
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span())
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let b = self.get();
        format!(
            "Block(type={:?}, text={:?})",
            block_type(b),
            short(block_text(b))
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Block(self.path.clone()))
    }
}

/// A task: a numbered item with its responsible units.
#[pyclass(module = "gongwen", name = "Task", frozen, eq)]
pub struct Task {
    doc: Arc<DocInner>,
    path: Path,
}

impl Task {
    pub(crate) fn get(&self) -> &gongwen::Task {
        match self.doc.block(&self.path) {
            Some(CoreBlock::Task(t)) => t,
            _ => unreachable!("task locator checked on creation"),
        }
    }
    fn names(&self, role: Option<gongwen::Role>) -> Vec<&str> {
        self.get()
            .units()
            .iter()
            .filter(|u| role.is_none_or(|r| u.role == r))
            .map(|u| u.name.as_str())
            .collect()
    }
}
node_eq!(Task, get);

#[pymethods]
impl Task {
    /// The task's id: its index in `Document.tasks`, what `UnitSummary` lists refer to.
    /// Unnumbered tasks have one; tasks that repeat a number have different ones.
    #[getter]
    fn id(&self) -> u32 {
        self.get().id.0
    }
    #[getter]
    fn number(&self) -> Option<u32> {
        self.get().number
    }
    #[getter]
    fn marker(&self) -> &str {
        &self.get().marker
    }
    /// The task text without marker and responsibility clause.
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    #[getter]
    fn text_span(&self) -> Span {
        self.doc.span(self.get().text_span)
    }
    /// The whole task, responsibility clause included.
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    /// Titles of the headings above it, outermost first.
    #[getter]
    fn section(&self) -> Vec<&str> {
        self.get().section.iter().map(|s| s.as_str()).collect()
    }
    /// Every responsible unit in the order written.
    #[getter]
    fn units<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = (0..self.get().units().len())
            .map(|i| {
                Py::new(
                    py,
                    Unit {
                        doc: self.doc.clone(),
                        path: self.path.clone(),
                        i: i as u32,
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Names of the units marked as leading.
    #[getter]
    fn lead(&self) -> Vec<&str> {
        self.names(Some(gongwen::Role::Lead))
    }
    /// Names of the units marked as supporting.
    #[getter]
    fn support(&self) -> Vec<&str> {
        self.names(Some(gongwen::Role::Support))
    }
    /// People named as 责任领导.
    #[getter]
    fn leaders(&self) -> Vec<&str> {
        self.get()
            .responsibility
            .as_ref()
            .map_or_else(Vec::new, |r| r.leaders.iter().map(|l| l.as_str()).collect())
    }
    #[getter]
    fn deadline(&self, py: Python<'_>) -> PyResult<Option<Py<Deadline>>> {
        if self.get().deadline.is_none() {
            return Ok(None);
        }
        let d = Deadline {
            doc: self.doc.clone(),
            path: self.path.clone(),
        };
        Ok(Some(Py::new(py, d)?))
    }
    /// Quantified targets in the task text.
    #[getter]
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        crate::targets::targets_of(py, &self.doc, &self.path)
    }
    /// Span of the responsibility clause, if any.
    #[getter]
    fn responsibility_span(&self) -> Option<Span> {
        self.get()
            .responsibility
            .as_ref()
            .map(|r| self.doc.span(r.span))
    }
    /// The task row the CLI prints (`gongwen tasks --format jsonl`).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        // Built from this task alone: O(size of the task), not of the document.
        serde_dict(py, &gongwen::TaskRow::from(self.get()))
    }
    fn __repr__(&self) -> String {
        let t = self.get();
        let number = t
            .number
            .map_or_else(|| "None".to_string(), |n| n.to_string());
        format!(
            "Task(number={number}, lead={:?}, units={}, text={:?})",
            self.names(Some(gongwen::Role::Lead)),
            t.units().len(),
            short(&t.text)
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Block(self.path.clone()))
    }
}

/// A responsible unit of a task: `name` as written, `normalized` for grouping, `role`
/// (`lead`, `support`, `responsible`), `kind`, and flags.
#[pyclass(module = "gongwen", name = "Unit", frozen, eq)]
pub struct Unit {
    doc: Arc<DocInner>,
    path: Path,
    i: u32,
}

impl Unit {
    fn get(&self) -> &gongwen::Unit {
        match self.doc.block(&self.path) {
            Some(CoreBlock::Task(t)) => &t.units()[self.i as usize],
            _ => unreachable!("unit locator checked on creation"),
        }
    }
}
node_eq!(Unit, get);

#[pymethods]
impl Unit {
    #[getter]
    fn name(&self) -> &str {
        &self.get().name
    }
    #[getter]
    fn normalized(&self) -> &str {
        self.get().normalized()
    }
    #[getter]
    fn role(&self) -> String {
        enum_str(&self.get().role)
    }
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.get().kind)
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    #[getter]
    fn collective(&self) -> bool {
        self.get().collective
    }
    #[getter]
    fn distributive(&self) -> bool {
        self.get().distributive
    }
    #[getter]
    fn and_others(&self) -> bool {
        self.get().and_others
    }
    /// The task this unit belongs to.
    #[getter]
    fn task(&self, py: Python<'_>) -> PyResult<Py<Task>> {
        Py::new(
            py,
            Task {
                doc: self.doc.clone(),
                path: self.path.clone(),
            },
        )
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let u = self.get();
        format!(
            "Unit(name={:?}, role={:?})",
            short(&u.name),
            enum_str(&u.role)
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Unit(self.path.clone(), self.i))
    }
}

/// A deadline: `text` as written (6月底前), `year`/`month`/`day` as far as known, `ongoing`.
#[pyclass(module = "gongwen", name = "Deadline", frozen, eq)]
pub struct Deadline {
    doc: Arc<DocInner>,
    path: Path,
}

impl Deadline {
    fn get(&self) -> &gongwen::Deadline {
        match self.doc.block(&self.path) {
            Some(CoreBlock::Task(t)) => t.deadline.as_ref().expect("deadline"),
            _ => unreachable!("deadline locator checked on creation"),
        }
    }
}
node_eq!(Deadline, get);

#[pymethods]
impl Deadline {
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    #[getter]
    fn year(&self) -> Option<u32> {
        self.get().year
    }
    #[getter]
    fn month(&self) -> Option<u32> {
        self.get().month
    }
    #[getter]
    fn day(&self) -> Option<u32> {
        self.get().day
    }
    #[getter]
    fn ongoing(&self) -> bool {
        self.get().ongoing
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        format!("Deadline(text={:?})", short(&self.get().text))
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Deadline(self.path.clone()))
    }
}

/// Task ids as Python ints.
fn ids(ids: &[gongwen::TaskId]) -> Vec<u32> {
    ids.iter().map(|id| id.0).collect()
}

/// A row of the responsibility matrix: a unit and the ids of the tasks it leads, supports
/// or is responsible for (`Document.task(id)`, `Task.id`).
#[pyclass(module = "gongwen", name = "UnitSummary", frozen, eq)]
pub struct UnitSummary {
    doc: Arc<DocInner>,
    i: u32,
}

impl UnitSummary {
    fn get(&self) -> &gongwen::UnitSummary {
        &self.doc.units()[self.i as usize]
    }
}
node_eq!(UnitSummary, get);

#[pymethods]
impl UnitSummary {
    #[getter]
    fn name(&self) -> &str {
        &self.get().name
    }
    #[getter]
    fn normalized(&self) -> &str {
        &self.get().normalized
    }
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.get().kind)
    }
    #[getter]
    fn lead(&self) -> Vec<u32> {
        ids(&self.get().lead)
    }
    #[getter]
    fn support(&self) -> Vec<u32> {
        ids(&self.get().support)
    }
    #[getter]
    fn responsible(&self) -> Vec<u32> {
        ids(&self.get().responsible)
    }
    #[getter]
    fn tasks(&self) -> Vec<u32> {
        ids(&self.get().tasks)
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let u = self.get();
        format!(
            "UnitSummary(name={:?}, lead={}, support={}, responsible={})",
            short(&u.name),
            u.lead.len(),
            u.support.len(),
            u.responsible.len()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::UnitSummary(self.i))
    }
}

/// Something odd found while parsing: `code`, `message`, `span`, and the 1-based `line`
/// and `column` (in characters) where it starts.
#[pyclass(module = "gongwen", name = "Diagnostic", frozen, eq)]
pub struct Diagnostic {
    doc: Arc<DocInner>,
    i: u32,
}

impl Diagnostic {
    fn get(&self) -> &gongwen::Diagnostic {
        &self.doc.doc.diagnostics()[self.i as usize]
    }
}
node_eq!(Diagnostic, get);

#[pymethods]
impl Diagnostic {
    #[getter]
    fn code(&self) -> &'static str {
        self.get().code.as_str()
    }
    #[getter]
    fn message(&self) -> &str {
        &self.get().message
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    #[getter]
    fn line(&self) -> usize {
        self.doc.doc.line_col(self.get().span.start()).0
    }
    #[getter]
    fn column(&self) -> usize {
        self.doc.doc.line_col(self.get().span.start()).1
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let d = self.get();
        format!(
            "Diagnostic(code={:?}, line={}, message={:?})",
            d.code.as_str(),
            self.line(),
            short(&d.message)
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Diagnostic(self.i))
    }
}

/// The document's title with its GB/T 9704 parts: `issuer` (发文机关), `subject` (事由),
/// `genre` (文种).
#[pyclass(module = "gongwen", name = "Title", frozen, eq)]
pub struct Title {
    doc: Arc<DocInner>,
}

impl Title {
    fn get(&self) -> &gongwen::Title {
        self.doc
            .doc
            .title()
            .expect("title locator checked on creation")
    }
}
node_eq!(Title, get);

#[pymethods]
impl Title {
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    #[getter]
    fn issuer(&self) -> Option<&str> {
        self.get().issuer.as_deref()
    }
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.get().subject.as_deref()
    }
    #[getter]
    fn genre(&self) -> Option<&str> {
        self.get().genre.as_deref()
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __str__(&self) -> &str {
        &self.get().text
    }
    fn __repr__(&self) -> String {
        format!("Title(text={:?})", short(&self.get().text))
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Title)
    }
}

/// The document's date as far as written; `iso` is `YYYY-MM-DD` when complete.
#[pyclass(module = "gongwen", name = "DateValue", frozen, eq)]
pub struct DateValue {
    doc: Arc<DocInner>,
}

impl DateValue {
    fn get(&self) -> &gongwen::DateValue {
        self.doc
            .doc
            .date()
            .expect("date locator checked on creation")
    }
}
node_eq!(DateValue, get);

#[pymethods]
impl DateValue {
    #[getter]
    fn year(&self) -> Option<u32> {
        self.get().year
    }
    #[getter]
    fn month(&self) -> Option<u32> {
        self.get().month
    }
    #[getter]
    fn day(&self) -> Option<u32> {
        self.get().day
    }
    #[getter]
    fn iso(&self) -> Option<String> {
        self.get().iso()
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let d = self.get();
        match d.iso() {
            Some(iso) => format!("DateValue({iso})"),
            None => format!(
                "DateValue(year={:?}, month={:?}, day={:?})",
                d.year, d.month, d.day
            ),
        }
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Date)
    }
}

/// The GB/T 9704 elements of the document's head and foot: `genre`, `doc_number`,
/// `signers`, `addressees`, `attachments`, `cc`, `copy_number`, `secrecy`, `secrecy_term`,
/// `urgency`; each None or empty when absent.
#[pyclass(module = "gongwen", name = "Official", frozen, eq)]
pub struct Official {
    doc: Arc<DocInner>,
}

impl Official {
    fn get(&self) -> &gongwen::Official {
        self.doc.doc.official()
    }
}
node_eq!(Official, get);

#[pymethods]
impl Official {
    /// 文种: the genre the title names (notice, opinions, report…), or None.
    #[getter]
    fn genre(&self) -> Option<String> {
        self.get().genre.as_ref().map(enum_str)
    }
    /// 发文字号, or None.
    #[getter]
    fn doc_number(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.get()
            .doc_number
            .as_ref()
            .map(|_| node(py, &self.doc, Loc::DocNumber))
            .transpose()
    }
    /// 签发人: the signers named after the document number.
    #[getter]
    fn signers(&self) -> Vec<String> {
        self.get().signers.clone()
    }
    /// 主送机关: the addressees, one a name.
    #[getter]
    fn addressees(&self) -> Vec<String> {
        self.get().addressees.clone()
    }
    /// 附件说明: the attachments' names, in order.
    #[getter]
    fn attachments(&self) -> Vec<String> {
        self.get().attachments.clone()
    }
    /// 抄送机关.
    #[getter]
    fn cc(&self) -> Vec<String> {
        self.get().cc.clone()
    }
    /// 份号: the copy number as written (000123), or None.
    #[getter]
    fn copy_number(&self) -> Option<&str> {
        self.get().copy_number.as_deref()
    }
    /// 密级: top_secret, secret or confidential, or None.
    #[getter]
    fn secrecy(&self) -> Option<String> {
        self.get().secrecy.as_ref().map(enum_str)
    }
    /// 保密期限 as written (1年, 长期), or None.
    #[getter]
    fn secrecy_term(&self) -> Option<&str> {
        self.get().secrecy_term.as_deref()
    }
    /// 紧急程度: immediate, very_urgent, urgent or prompt, or None.
    #[getter]
    fn urgency(&self) -> Option<String> {
        self.get().urgency.as_ref().map(enum_str)
    }
    /// True when no element was found.
    fn is_empty(&self) -> bool {
        self.get().is_empty()
    }
    /// The elements as `gongwen parse` prints them under "official" (absent ones left out).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __repr__(&self) -> String {
        let o = self.get();
        let quoted = |s: Option<String>| s.map_or_else(|| "None".to_string(), |s| format!("{s:?}"));
        format!(
            "Official(genre={}, doc_number={})",
            quoted(o.genre.as_ref().map(enum_str)),
            quoted(o.doc_number.as_ref().map(|d| short(&d.text)))
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::Official)
    }
}

/// 发文字号 (某政〔2024〕5号): `text` as written, `agency` (发文机关代字), `year`, `seq`
/// (发文顺序号) and `span`.
#[pyclass(module = "gongwen", name = "DocNumber", frozen, eq)]
pub struct DocNumber {
    doc: Arc<DocInner>,
}

impl DocNumber {
    fn get(&self) -> &gongwen::DocNumber {
        self.doc
            .doc
            .official()
            .doc_number
            .as_ref()
            .expect("doc number locator checked on creation")
    }
}
node_eq!(DocNumber, get);

#[pymethods]
impl DocNumber {
    #[getter]
    fn text(&self) -> &str {
        &self.get().text
    }
    #[getter]
    fn agency(&self) -> &str {
        &self.get().agency
    }
    #[getter]
    fn year(&self) -> u16 {
        self.get().year
    }
    #[getter]
    fn seq(&self) -> u32 {
        self.get().seq
    }
    #[getter]
    fn span(&self) -> Span {
        self.doc.span(self.get().span)
    }
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serde_dict(py, self.get())
    }
    fn __str__(&self) -> &str {
        &self.get().text
    }
    fn __repr__(&self) -> String {
        format!("DocNumber(text={:?})", short(&self.get().text))
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(py, &self.doc, &Loc::DocNumber)
    }
}
