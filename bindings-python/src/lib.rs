//! `gongwen._native`: the extension module behind the Python package `gongwen`.
//!
//! The functions extract their inputs, release the GIL around the Rust parse
//! (`Python::detach`), and wrap the result; node objects are built lazily on access.

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

// Dependencies flow one way: util, span ← inner ← targets ← nodes ← rows, document ← lib.
mod document;
mod inner;
mod nodes;
mod rows;
mod span;
mod targets;
mod util;

use inner::Document;
use util::type_name;

// The module's own Rust allocations (the parse's many small nodes) go to mimalloc; Python's
// objects stay with Python's allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Options from keyword arguments, with the input format (`"auto"`, `"text"`, `"html"`,
/// `"docx"`).
fn read_options(max_input_bytes: Option<i64>, format: &str) -> PyResult<gongwen::Options> {
    let opts = options(max_input_bytes)?;
    if format.eq_ignore_ascii_case("auto") {
        return Ok(opts);
    }
    let format: gongwen::Format = format.parse().map_err(|_| {
        PyValueError::new_err(format!(
            "format must be 'auto', 'text', 'html' or 'docx', not {format:?}"
        ))
    })?;
    Ok(opts.with_format(format))
}

/// Options from keyword arguments.
fn options(max_input_bytes: Option<i64>) -> PyResult<gongwen::Options> {
    let opts = gongwen::Options::default();
    match max_input_bytes {
        None => Ok(opts),
        Some(n) if n >= 0 => {
            Ok(opts.with_max_input_bytes(usize::try_from(n).unwrap_or(usize::MAX)))
        }
        Some(n) => Err(PyValueError::new_err(format!(
            "max_input_bytes must be >= 0, not {n}"
        ))),
    }
}

/// A `gongwen.GongwenError` (or subclass) for a core error.
fn error(
    py: Python<'_>,
    err: &gongwen::Error,
    context: Option<&str>,
    index: Option<usize>,
) -> PyErr {
    let message = match context {
        Some(c) => format!("{c}: {err}"),
        None => err.to_string(),
    };
    let build = || -> PyResult<PyErr> {
        let errors = py.import("gongwen._errors")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("offset", err.offset())?;
        kwargs.set_item("index", index)?;
        let cls = match err {
            gongwen::Error::Decode { encoding, .. } => {
                kwargs.set_item("encoding", *encoding)?;
                errors.getattr("DecodeError")?
            }
            gongwen::Error::TooLarge { size, limit } => {
                kwargs.set_item("size", size)?;
                kwargs.set_item("limit", limit)?;
                errors.getattr("InputTooLargeError")?
            }
            _ => errors.getattr("GongwenError")?,
        };
        Ok(PyErr::from_value(
            cls.call((message.clone(),), Some(&kwargs))?,
        ))
    };
    build().unwrap_or_else(|_| PyValueError::new_err(message.clone()))
}

/// Parse a Python `str` argument (TypeError for anything else).
pub(crate) fn parse_str(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    opts: &gongwen::Options,
    func: &str,
) -> PyResult<Document> {
    let s = text.cast::<PyString>().map_err(|_| {
        let hint = if text.is_instance_of::<PyBytes>() || text.is_instance_of::<PyByteArray>() {
            " (use gongwen.parse_bytes for bytes)"
        } else {
            ""
        };
        PyTypeError::new_err(format!(
            "{func}() expects str, not {}{hint}",
            type_name(text)
        ))
    })?;
    let owned = s.to_cow()?.into_owned();
    let doc = py
        .detach(|| gongwen::parse_with(&owned, opts))
        .map_err(|e| error(py, &e, None, None))?;
    Ok(Document::new(py, doc, Some(s.clone().unbind())))
}

/// Parse text into a Document. Never fails on text: oddities become `doc.diagnostics`.
///
/// Args:
///     text: the document as a str.
///     max_input_bytes: the largest text accepted, in UTF-8 bytes (default 256 MiB).
///
/// Raises:
///     InputTooLargeError: the text is longer than max_input_bytes.
///
/// Returns:
///     The parsed Document.
#[pyfunction]
#[pyo3(signature = (text, *, max_input_bytes = None))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    max_input_bytes: Option<i64>,
) -> PyResult<Document> {
    parse_str(py, text, &options(max_input_bytes)?, "parse")
}

/// Parse text and drop the result, in Rust, without the GIL (for benchmarks).
#[pyfunction]
fn _parse_only_rust(py: Python<'_>, text: &str) -> usize {
    let owned = text.to_owned();
    py.detach(|| gongwen::parse(&owned).blocks().len())
}

/// Bytes-like input as a byte slice (bytes borrowed, bytearray copied).
enum Data<'a> {
    Borrowed(&'a [u8]),
    Owned(Vec<u8>),
}

impl Data<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Data::Borrowed(b) => b,
            Data::Owned(v) => v,
        }
    }
}

fn extract_bytes<'a>(data: &'a Bound<'_, PyAny>, func: &str) -> PyResult<Data<'a>> {
    if let Ok(b) = data.cast::<PyBytes>() {
        return Ok(Data::Borrowed(b.as_bytes()));
    }
    if let Ok(b) = data.cast::<PyByteArray>() {
        return Ok(Data::Owned(b.to_vec()));
    }
    let hint = if data.is_instance_of::<PyString>() {
        " (use gongwen.parse for str)"
    } else {
        ""
    };
    Err(PyTypeError::new_err(format!(
        "{func}() expects bytes or bytearray, not {}{hint}",
        type_name(data)
    )))
}

/// Read bytes and parse: text (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK,
/// Big5), a saved HTML page or a Word (.docx) file, told from the bytes.
///
/// Args:
///     data: the file's bytes.
///     format: "auto" (default) tells the format from the bytes; "text", "html" or "docx"
///         forces one.
///
/// Raises:
///     DecodeError: undecodable bytes; `offset` is the byte offset of the first bad byte.
///     InputTooLargeError: more than max_input_bytes (default 256 MiB).
///     GongwenError: a Word file that cannot be read (broken, encrypted, over a limit) or
///         an HTML page nested too deep.
///     ValueError: an unknown format.
#[pyfunction]
#[pyo3(signature = (data, *, max_input_bytes = None, format = "auto"))]
fn parse_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    max_input_bytes: Option<i64>,
    format: &str,
) -> PyResult<Document> {
    let data = extract_bytes(data, "parse_bytes")?;
    let opts = read_options(max_input_bytes, format)?;
    let bytes = data.bytes();
    let result = py.detach(|| gongwen::parse_bytes(bytes, &opts));
    match result {
        Ok(doc) => Ok(Document::new(py, doc, None)),
        Err(e) => Err(error(py, &e, None, None)),
    }
}

/// Read a file (.txt, .html, .docx) and parse it as parse_bytes does.
///
/// Raises:
///     OSError: the file cannot be read (FileNotFoundError, IsADirectoryError…).
///     DecodeError, InputTooLargeError, GongwenError, ValueError: as parse_bytes.
#[pyfunction]
#[pyo3(signature = (path, *, max_input_bytes = None, format = "auto"))]
fn parse_file(
    py: Python<'_>,
    path: &Bound<'_, PyAny>,
    max_input_bytes: Option<i64>,
    format: &str,
) -> PyResult<Document> {
    let path: std::path::PathBuf = path.extract().map_err(|_| {
        PyTypeError::new_err(format!(
            "parse_file() expects str or os.PathLike, not {}",
            type_name(path)
        ))
    })?;
    let opts = read_options(max_input_bytes, format)?;
    let shown = path.display().to_string();
    let result = py.detach(|| {
        let bytes = std::fs::read(&path)?;
        Ok::<_, std::io::Error>(gongwen::parse_bytes(&bytes, &opts))
    });
    match result {
        Ok(Ok(doc)) => Ok(Document::new(py, doc, None)),
        Ok(Err(e)) => Err(error(py, &e, Some(&shown), None)),
        Err(e) => Err(match e.raw_os_error() {
            // OSError(errno, strerror, filename) picks the subclass (FileNotFoundError…).
            Some(errno) => PyOSError::new_err((errno, e.to_string(), shown)),
            None => PyOSError::new_err(format!("{shown}: {e}")),
        }),
    }
}

/// One input of parse_many, extracted with the GIL held.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

/// Parse many texts (str, or bytes decoded as parse_bytes does) in parallel, with the GIL
/// released for the whole batch. Results are in input order.
///
/// Args:
///     texts: an iterable of str or bytes.
///     threads: worker threads (default: one per core).
///
/// Raises:
///     DecodeError, InputTooLargeError: for the first bad bytes item; `index` says which.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, max_input_bytes = None))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    max_input_bytes: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "parse_many() expects an iterable of texts, not a single text (use gongwen.parse)",
        ));
    }
    let threads = match threads {
        None => None,
        Some(n) if n >= 1 => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be >= 1, not {n}"
            )))
        }
    };
    let opts = options(max_input_bytes)?;
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "parse_many() expects an iterable of str or bytes, not {}",
            type_name(texts)
        ))
    })?;
    let mut inputs = Vec::new();
    let mut sources: Vec<Option<Py<PyString>>> = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        if let Ok(s) = item.cast::<PyString>() {
            inputs.push(Input::Text(s.to_cow()?.into_owned()));
            sources.push(Some(s.clone().unbind()));
        } else if let Ok(b) = item.cast::<PyBytes>() {
            inputs.push(Input::Bytes(b.as_bytes().to_vec()));
            sources.push(None);
        } else if let Ok(b) = item.cast::<PyByteArray>() {
            inputs.push(Input::Bytes(b.to_vec()));
            sources.push(None);
        } else {
            return Err(PyTypeError::new_err(format!(
                "parse_many() items must be str or bytes, not {} (item {i})",
                type_name(&item)
            )));
        }
    }
    let results = py.detach(|| {
        let work = || -> Vec<Result<gongwen::Document, gongwen::Error>> {
            inputs
                .par_iter()
                .map(|input| match input {
                    Input::Text(s) => gongwen::parse_with(s, &opts),
                    Input::Bytes(b) => gongwen::parse_bytes(b, &opts),
                })
                .collect()
        };
        match threads {
            None => Ok(work()),
            Some(1) => Ok(inputs
                .iter()
                .map(|input| match input {
                    Input::Text(s) => gongwen::parse_with(s, &opts),
                    Input::Bytes(b) => gongwen::parse_bytes(b, &opts),
                })
                .collect()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(work))
                .map_err(|e| e.to_string()),
        }
    });
    let results = results.map_err(PyRuntimeError::new_err)?;
    let out = PyList::empty(py);
    for (i, (result, source)) in results.into_iter().zip(sources).enumerate() {
        match result {
            Ok(doc) => out.append(Document::new(py, doc, source))?,
            Err(e) => return Err(error(py, &e, Some(&format!("item {i}")), Some(i))),
        }
    }
    Ok(out)
}

/// The Rust extension behind `gongwen`; import `gongwen`, not this module.
#[pymodule(gil_used = false)]
#[pyo3(name = "_native")]
mod native {
    #[pymodule_export]
    use super::{_parse_only_rust, parse, parse_bytes, parse_file, parse_many};

    #[pymodule_export]
    use crate::nodes::_locate;

    #[pymodule_export]
    use crate::document::_from_state;

    #[pymodule_export]
    use crate::inner::Document;

    #[pymodule_export]
    use crate::span::Span;

    #[pymodule_export]
    use crate::targets::Target;

    #[pymodule_export]
    use crate::nodes::{
        Block, DateValue, Deadline, Diagnostic, DocNumber, Heading, Official, Paragraph, Section,
        Task, Title, Unit, UnitSummary,
    };

    /// The version of the Rust crate.
    #[allow(non_upper_case_globals)]
    #[pymodule_export]
    const __version__: &str = env!("CARGO_PKG_VERSION");
}
