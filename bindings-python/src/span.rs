//! `Span`: a range of the source in characters and in bytes. Imports nothing else of the
//! crate.

use pyo3::prelude::*;
use pyo3::types::PyDict;

/// A half-open range of the source. `start`/`end` count characters, so
/// `doc.source[span.start:span.end]` is the node's text; `start_byte`/`end_byte` count
/// UTF-8 bytes, as in Rust and the CLI's JSON.
#[pyclass(module = "gongwen", name = "Span", frozen, eq, hash)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// First character.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last character.
    #[pyo3(get)]
    pub end: usize,
    /// First UTF-8 byte.
    #[pyo3(get)]
    pub start_byte: usize,
    /// One past the last UTF-8 byte.
    #[pyo3(get)]
    pub end_byte: usize,
}

#[pymethods]
impl Span {
    #[new]
    fn py_new(start: usize, end: usize, start_byte: usize, end_byte: usize) -> Self {
        Span {
            start,
            end,
            start_byte,
            end_byte,
        }
    }

    fn __len__(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    fn __repr__(&self) -> String {
        format!("Span(start={}, end={})", self.start, self.end)
    }

    fn __getnewargs__(&self) -> (usize, usize, usize, usize) {
        (self.start, self.end, self.start_byte, self.end_byte)
    }

    /// `{"start", "end", "start_byte", "end_byte"}`.
    #[allow(clippy::wrong_self_convention)] // pyo3 methods take &self
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("start_byte", self.start_byte)?;
        d.set_item("end_byte", self.end_byte)?;
        Ok(d)
    }
}
