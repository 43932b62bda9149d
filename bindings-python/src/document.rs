//! The methods of the Python `Document` (the class and its shared state are in `inner.rs`).

use std::sync::Arc;

use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyIterator, PyList, PyString, PyTuple};

use crate::inner::{Document, Loc};
use crate::nodes;
use crate::span::Span;
use crate::util::{json_loads, short, type_name};

impl Document {
    fn doc(&self) -> &gongwen::Document {
        &self.inner.doc
    }

    fn call_frames<'py>(slf: &Bound<'py, Self>, what: &str) -> PyResult<Bound<'py, PyAny>> {
        let frames = slf.py().import("gongwen._frames")?;
        frames.call_method1("document_frame", (slf, what))
    }
}

/// The document a pickle holds: `Document.__reduce__` returns `(_from_state, (state,))`,
/// `state` being the core document as JSON bytes.
#[pyfunction]
pub(crate) fn _from_state(py: Python<'_>, state: &Bound<'_, PyAny>) -> PyResult<Document> {
    let bytes = state.cast::<PyBytes>().map_err(|_| {
        PyTypeError::new_err(format!(
            "Document state must be bytes, not {}",
            type_name(state)
        ))
    })?;
    let doc: gongwen::Document = serde_json::from_slice(bytes.as_bytes())
        .map_err(|e| PyValueError::new_err(format!("not a pickled gongwen.Document: {e}")))?;
    Ok(Document::new(py, doc, None))
}

#[pymethods]
impl Document {
    /// Parse `text` (a `str`); `Document()` is the empty document.
    #[new]
    #[pyo3(signature = (text = None))]
    fn py_new(py: Python<'_>, text: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        match text {
            None => Ok(Document::new(py, gongwen::parse(""), None)),
            Some(t) => crate::parse_str(py, t, &gongwen::Options::default(), "Document"),
        }
    }

    /// `task_notice`, `work_report`, `meeting_news`, `official`, `article` or `unknown`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.doc().kind().as_str()
    }

    /// The document's own title text, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.doc().title().map(|t| t.text.as_str())
    }

    /// The title with its parts and span, or None.
    #[getter]
    fn title_detail(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.doc()
            .title()
            .map(|_| nodes::node(py, &self.inner, Loc::Title))
            .transpose()
    }

    /// `YYYY-MM-DD` of signing/issue, or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.doc().date().and_then(gongwen::DateValue::iso)
    }

    /// The date as far as written, with its span, or None.
    #[getter]
    fn date_detail(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.doc()
            .date()
            .map(|_| nodes::node(py, &self.inner, Loc::Date))
            .transpose()
    }

    /// The GB/T 9704 elements of the head and foot (文种, 发文字号, 签发人, 主送机关, 附件,
    /// 抄送, 份号, 密级, 紧急程度); their fields are None or empty when absent.
    #[getter]
    fn official(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        nodes::node(py, &self.inner, Loc::Official)
    }

    /// The encoding bytes were decoded from; None when parsed from `str`.
    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.doc().encoding()
    }

    /// The format the input was read as: "text", "html" or "docx".
    #[getter]
    fn format(&self) -> &'static str {
        self.doc().format().as_str()
    }

    /// The input text; every span indexes it.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.inner.source(py)
    }

    /// Top-level blocks (Section, Paragraph, Task or Block); their spans tile the source.
    #[getter]
    fn blocks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let paths = (0..self.doc().blocks().len())
            .map(|i| vec![i as u32])
            .collect();
        nodes::blocks(py, &self.inner, paths)
    }

    /// Tasks in document order; `doc.tasks[i].id == i`.
    #[getter]
    fn tasks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        nodes::blocks(py, &self.inner, self.inner.index().tasks.clone())
    }

    /// The task with this id (`Task.id`, the ids `UnitSummary` lists).
    fn task(&self, py: Python<'_>, id: i64) -> PyResult<Py<PyAny>> {
        let tasks = &self.inner.index().tasks;
        let path = usize::try_from(id)
            .ok()
            .and_then(|i| tasks.get(i))
            .ok_or_else(|| {
                PyIndexError::new_err(format!("no task with id {id} ({} tasks)", tasks.len()))
            })?;
        nodes::block(py, &self.inner, path.clone())
    }

    /// Headings in document order, run-in headings included; `doc.outline[i].id == i`.
    #[getter]
    fn outline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .index()
            .headings
            .iter()
            .map(|p| nodes::node(py, &self.inner, Loc::Heading(p.clone())))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// The responsibility matrix: one UnitSummary per distinct unit, in order of first
    /// appearance.
    #[getter]
    fn units<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = (0..self.inner.units().len())
            .map(|i| nodes::node(py, &self.inner, Loc::UnitSummary(i as u32)))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Targets (indicator, relation, value, unit…) in document order.
    #[getter]
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        crate::targets::all(py, &self.inner, false)
    }

    /// Figures reported as already achieved (过去一年……增长8.3%), in document order; they
    /// are not in `targets`.
    #[getter]
    fn achievements<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        crate::targets::all(py, &self.inner, true)
    }

    /// Oddities found while parsing.
    #[getter]
    fn diagnostics<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = (0..self.doc().diagnostics().len())
            .map(|i| nodes::node(py, &self.inner, Loc::Diagnostic(i as u32)))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Every block, depth first, as `(depth, node)` pairs (depth 0 = top level).
    fn walk<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        let items = self
            .inner
            .walk()
            .into_iter()
            .map(|(depth, path, _)| Ok((depth, nodes::block(py, &self.inner, path)?)))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)?.try_iter()
    }

    /// The source text a span covers.
    fn text(&self, span: &Bound<'_, PyAny>) -> PyResult<&str> {
        let span: Span = *span
            .cast::<Span>()
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "Document.text() expects a gongwen.Span, not {}",
                    type_name(span)
                ))
            })?
            .get();
        self.doc()
            .source()
            .get(span.start_byte..span.end_byte)
            .ok_or_else(|| PyValueError::new_err(format!("{span:?} does not lie in this document")))
    }

    /// The char offset (index into `source`) of a UTF-8 byte offset.
    fn char_offset(&self, byte_offset: usize) -> usize {
        self.inner.char_at(byte_offset)
    }

    /// The whole tree as a dict: the JSON `gongwen parse --format json` prints.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let json = serde_json::to_string(&gongwen::DocumentJson::new(self.doc()))
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        json_loads(py, &json)
    }

    /// The whole tree as JSON, as `gongwen parse --format json` prints it (pretty), or
    /// compact with `pretty=False`. Spans in it count bytes.
    #[pyo3(signature = (*, pretty = true))]
    fn to_json(&self, pretty: bool) -> PyResult<String> {
        if pretty {
            return Ok(self.doc().to_json());
        }
        serde_json::to_string(&gongwen::DocumentJson::new(self.doc()))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The document as one self-contained HTML page (what `gongwen html` writes): the text
    /// with headings, tasks, units by role, targets, deadlines and chrome marked, an outline
    /// and the responsibility matrix. Save it and open it in a browser.
    fn to_html(&self) -> String {
        self.doc().to_html()
    }

    /// The document marked, compactly, for a notebook (no script, no page around it).
    fn _repr_html_(&self) -> String {
        self.doc().to_html_fragment()
    }

    /// One row per (task, unit mention) as a pandas DataFrame: task index, number, unit,
    /// normalized, role, kind, collective, deadline, due, section, span (needs pandas).
    fn assignments_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Document::call_frames(slf, "assignments")
    }

    /// Tasks as a pandas DataFrame (needs pandas).
    fn tasks_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Document::call_frames(slf, "tasks")
    }

    /// The responsibility matrix as a pandas DataFrame (needs pandas).
    fn units_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Document::call_frames(slf, "units")
    }

    /// Targets as a pandas DataFrame (needs pandas).
    fn targets_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Document::call_frames(slf, "targets")
    }

    /// Headings as a pandas DataFrame (needs pandas).
    fn outline_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Document::call_frames(slf, "outline")
    }

    /// Rows for a frame: `tasks`, `assignments`, `units`, `targets` or `outline`, as dicts.
    fn _rows(&self, py: Python<'_>, what: &str) -> PyResult<Py<PyAny>> {
        crate::rows::rows(py, &self.inner, what)
    }

    /// `(_from_state, (state,))`: unpickling builds a new document from the state; the
    /// document is never mutated.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let state =
            serde_json::to_vec(self.doc()).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let from_state = py.import("gongwen._native")?.getattr("_from_state")?;
        let args = PyTuple::new(py, [PyBytes::new(py, &state)])?;
        PyTuple::new(py, [from_state, args.into_any()])
    }

    /// The document itself: it is immutable.
    fn __copy__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    /// The document itself: it is immutable.
    fn __deepcopy__(slf: Py<Self>, memo: &Bound<'_, PyDict>) -> Py<Self> {
        let _ = memo;
        slf
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        match other.cast::<Document>() {
            Ok(o) => {
                let o = o.get();
                Arc::ptr_eq(&self.inner, &o.inner) || self.doc() == o.doc()
            }
            Err(_) => false,
        }
    }

    fn __repr__(&self) -> String {
        let d = self.doc();
        let title = d
            .title()
            .map_or_else(|| "None".to_string(), |t| format!("{:?}", short(&t.text)));
        format!(
            "Document(kind={:?}, title={title}, tasks={})",
            d.kind().as_str(),
            self.inner.index().tasks.len()
        )
    }
}
