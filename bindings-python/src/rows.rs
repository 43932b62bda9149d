//! Flat rows (dicts) for the pandas frames, built in Rust in one pass.

use gongwen::{Block, Role};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::inner::DocInner;

fn put_span(d: &Bound<'_, PyDict>, inner: &DocInner, span: gongwen::Span) -> PyResult<()> {
    d.set_item("start", inner.char_at(span.start))?;
    d.set_item("end", inner.char_at(span.end))?;
    d.set_item("start_byte", span.start)?;
    d.set_item("end_byte", span.end)
}

/// Rows of `what` (`tasks`, `assignments`, `units`, `outline`, `targets`) for `inner`.
pub(crate) fn rows<'py>(
    py: Python<'py>,
    inner: &DocInner,
    what: &str,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    match what {
        "tasks" => {
            for (_, _, b) in inner.walk() {
                let Block::Task(t) = b else { continue };
                let names = |role: Option<Role>| -> Vec<&str> {
                    t.units()
                        .iter()
                        .filter(|u| role.is_none_or(|r| u.role == r))
                        .map(|u| u.name.as_str())
                        .collect()
                };
                let d = PyDict::new(py);
                d.set_item("number", t.number)?;
                d.set_item("marker", &t.marker)?;
                d.set_item("text", &t.text)?;
                d.set_item("lead", names(Some(Role::Lead)))?;
                d.set_item("support", names(Some(Role::Support)))?;
                d.set_item("units", names(None))?;
                d.set_item(
                    "leaders",
                    t.responsibility
                        .as_ref()
                        .map_or_else(Vec::new, |r| r.leaders.clone()),
                )?;
                d.set_item("deadline", t.deadline.as_ref().map(|x| x.text.as_str()))?;
                d.set_item("section", &t.section)?;
                put_span(&d, inner, t.span)?;
                out.append(d)?;
            }
        }
        "assignments" => {
            let mut index = 0usize;
            for (_, _, b) in inner.walk() {
                let Block::Task(t) = b else { continue };
                for u in t.units() {
                    let d = PyDict::new(py);
                    d.set_item("task", index)?;
                    d.set_item("number", t.number)?;
                    d.set_item("unit", &u.name)?;
                    d.set_item("normalized", &u.normalized)?;
                    d.set_item("role", crate::util::enum_str(&u.role))?;
                    d.set_item("kind", crate::util::enum_str(&u.kind))?;
                    d.set_item("collective", u.collective)?;
                    d.set_item("deadline", t.deadline.as_ref().map(|x| x.text.as_str()))?;
                    d.set_item("due", t.deadline.as_ref().and_then(gongwen::Deadline::iso))?;
                    d.set_item("section", t.section.join(" > "))?;
                    put_span(&d, inner, u.span)?;
                    out.append(d)?;
                }
                index += 1;
            }
        }
        "units" => {
            for u in inner.units() {
                let d = PyDict::new(py);
                d.set_item("name", &u.name)?;
                d.set_item("normalized", &u.normalized)?;
                d.set_item("kind", crate::util::enum_str(&u.kind))?;
                d.set_item("lead_count", u.lead.len())?;
                d.set_item("support_count", u.support.len())?;
                d.set_item("responsible_count", u.responsible.len())?;
                d.set_item("task_count", u.tasks.len())?;
                d.set_item("lead", &u.lead)?;
                d.set_item("support", &u.support)?;
                d.set_item("responsible", &u.responsible)?;
                d.set_item("tasks", &u.tasks)?;
                out.append(d)?;
            }
        }
        "outline" => {
            for h in inner.doc.outline() {
                let d = PyDict::new(py);
                d.set_item("level", h.level)?;
                d.set_item("marker", &h.marker)?;
                d.set_item("number", h.number)?;
                d.set_item("title", &h.title)?;
                d.set_item("style", crate::util::enum_str(&h.style))?;
                d.set_item("run_in", h.run_in)?;
                put_span(&d, inner, h.span)?;
                out.append(d)?;
            }
        }
        "targets" => return crate::targets::target_rows(py, inner),
        _ => {
            return Err(PyValueError::new_err(format!(
                "no rows named {what:?} (tasks, assignments, units, outline, targets)"
            )))
        }
    }
    Ok(out)
}
