//! Paragraph styles of a Word file (`word/styles.xml`): the numbering a style carries
//! (`w:pPr/w:numPr`) and the heading level it gives (Heading 1–9, 标题 1–9, `w:outlineLvl`),
//! each inherited through `w:basedOn`.

use super::xml;
use crate::Error;
use quick_xml::events::Event;
use std::collections::HashMap;

#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    level: Option<u8>,
}

#[derive(Debug, Default)]
pub(crate) struct Styles {
    map: HashMap<String, Style>,
}

impl Styles {
    pub(crate) fn parse(
        input: &mut dyn std::io::BufRead,
        part: &str,
        max_depth: usize,
    ) -> Result<Self, Error> {
        let mut styles = Styles::default();
        let mut cur: Option<(String, Style)> = None;
        xml::events(input, part, max_depth, |ev| {
            match ev {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    if name.as_ref() == b"style" {
                        if matches!(ev, Event::Start(_)) {
                            let id = xml::attr(e, b"styleId").unwrap_or_default();
                            cur = Some((id, Style::default()));
                        }
                        return Ok(());
                    }
                    let Some((_, style)) = cur.as_mut() else {
                        return Ok(());
                    };
                    let val = xml::attr(e, b"val");
                    match name.as_ref() {
                        b"name" => {
                            style.level = style.level.or(val.as_deref().and_then(named_level))
                        }
                        b"basedOn" => style.based_on = val,
                        b"numId" => style.num_id = val,
                        b"ilvl" => style.ilvl = val.and_then(|v| v.parse().ok()),
                        b"outlineLvl" => {
                            if let Some(l) = val.and_then(|v| v.parse::<u8>().ok()) {
                                style.level = (l < 9).then_some(l + 1);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) if e.local_name().as_ref() == b"style" => {
                    if let Some((id, style)) = cur.take() {
                        styles.map.insert(id, style);
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(styles)
    }

    /// The list a style numbers its paragraphs with, inherited through `basedOn`.
    pub(crate) fn numbering(&self, id: &str) -> Option<(String, Option<usize>)> {
        self.chain(id)
            .find_map(|s| s.num_id.clone().map(|n| (n, s.ilvl)))
    }

    /// The heading level a style gives, inherited through `basedOn`.
    pub(crate) fn heading_level(&self, id: &str) -> Option<u8> {
        self.chain(id).find_map(|s| s.level)
    }

    /// The style and its ancestors (at most 16: `basedOn` may loop in a broken file).
    fn chain<'s>(&'s self, id: &str) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = self.map.get(id);
        std::iter::from_fn(move || {
            let s = next?;
            next = s.based_on.as_deref().and_then(|b| self.map.get(b));
            Some(s)
        })
        .take(16)
    }
}

/// `heading 2` / `Heading 2` / `标题 2` → 2.
fn named_level(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix(crate::lexicon::headings::HEADING_STYLE_NAME))?;
    let n: u8 = rest.trim().parse().ok()?;
    (1..=9).contains(&n).then_some(n)
}
