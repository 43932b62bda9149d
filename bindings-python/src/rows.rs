//! Flat rows (dicts) for the pandas frames: the core's own rows (`gongwen::TaskRow` and the others), with
//! char offsets beside the byte offsets, serialised once per call.

use gongwen::{OutlineRow, TargetRow, TaskRow};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde_json::{json, Map, Value};

use crate::inner::DocInner;
use crate::util::serde_dict;

fn to_map<T: serde::Serialize>(row: T) -> PyResult<Map<String, Value>> {
    match serde_json::to_value(row) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(PyValueError::new_err("a row that is not an object")),
        Err(e) => Err(PyValueError::new_err(e.to_string())),
    }
}

/// `row` with its `span` as four columns: `start`/`end` in chars, `start_byte`/`end_byte`.
fn with_span<T: serde::Serialize>(
    inner: &DocInner,
    row: T,
    span: gongwen::Span,
) -> PyResult<Map<String, Value>> {
    let mut m = to_map(row)?;
    m.remove("span");
    put_span(&mut m, inner, span);
    Ok(m)
}

fn put_span(m: &mut Map<String, Value>, inner: &DocInner, span: gongwen::Span) {
    m.insert("start".into(), inner.char_at(span.start()).into());
    m.insert("end".into(), inner.char_at(span.end()).into());
    m.insert("start_byte".into(), span.start().into());
    m.insert("end_byte".into(), span.end().into());
}

/// Rows of `what` (`tasks`, `assignments`, `units`, `outline`, `targets`) for `inner`.
pub(crate) fn rows(py: Python<'_>, inner: &DocInner, what: &str) -> PyResult<Py<PyAny>> {
    let doc = &inner.doc;
    let mut out: Vec<Map<String, Value>> = Vec::new();
    match what {
        "tasks" => {
            for t in doc.tasks() {
                out.push(with_span(inner, TaskRow::from(t), t.span)?);
            }
        }
        "assignments" => {
            // One row per (task, unit mention): the core has no such row, so it is built
            // here from the task and the unit, both core nodes.
            for t in doc.tasks() {
                let deadline = t.deadline.as_deref();
                for u in t.units() {
                    let mut m = to_map(json!({
                        "task": t.id,
                        "number": t.number,
                        "unit": u.name,
                        "normalized": u.normalized(),
                        "role": u.role,
                        "kind": u.kind,
                        "collective": u.collective,
                        "deadline": deadline.map(|d| d.text.as_str()),
                        "due": deadline.and_then(gongwen::Deadline::iso),
                        "section": t.section.join(" > "),
                    }))?;
                    put_span(&mut m, inner, u.span);
                    out.push(m);
                }
            }
        }
        "units" => {
            for u in inner.units() {
                let mut m = to_map(u)?;
                m.insert("lead_count".into(), u.lead.len().into());
                m.insert("support_count".into(), u.support.len().into());
                m.insert("responsible_count".into(), u.responsible.len().into());
                m.insert("task_count".into(), u.tasks.len().into());
                out.push(m);
            }
        }
        "outline" => {
            for h in doc.outline() {
                let mut m = with_span(inner, OutlineRow::from(h), h.span)?;
                // The CLI's row leaves `run_in` out when false; a frame wants the column.
                m.entry("run_in").or_insert(Value::Bool(false));
                out.push(m);
            }
        }
        "targets" => {
            for t in doc.targets() {
                out.push(with_span(inner, TargetRow::from(t), t.span)?);
            }
        }
        _ => {
            return Err(PyValueError::new_err(format!(
                "no rows named {what:?} (tasks, assignments, units, outline, targets)"
            )))
        }
    }
    serde_dict(py, &out)
}
