//! Streaming XML of a Word part with quick-xml, under a nesting limit. A DOCTYPE is refused
//! (Word never writes one, and it is where entity tricks live); quick-xml never expands
//! custom entities, and references other than the five predefined ones and character
//! references are dropped.

use crate::Error;
use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;
use std::io::BufRead;

/// Feed every event of the part to `f`, with the depth of the element it belongs to.
pub(crate) fn events(
    input: &mut dyn BufRead,
    part: &str,
    max_depth: usize,
    mut f: impl FnMut(&Event<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut reader = Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            Error::docx(
                part,
                format!("malformed xml: {}", e.to_string().to_lowercase()),
            )
        })?;
        match &event {
            Event::Eof => return Ok(()),
            Event::DocType(_) => return Err(Error::docx(part, "doctype not allowed")),
            Event::Start(_) => {
                depth += 1;
                if depth > max_depth {
                    return Err(Error::docx(
                        part,
                        format!("xml nested deeper than {max_depth}"),
                    ));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        f(&event)?;
    }
}

/// The text of `&amp;`-style and `&#…;` references; `None` for anything else (custom
/// entities are never expanded).
pub(crate) fn resolve_ref(r: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let s = match &**r {
        b"amp" => "&",
        b"lt" => "<",
        b"gt" => ">",
        b"quot" => "\"",
        b"apos" => "'",
        _ => return None,
    };
    Some(s.to_string())
}

/// The unescaped value of attribute `key` (matched on its local name: `w:val` → `val`).
pub(crate) fn attr(e: &quick_xml::events::BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}
