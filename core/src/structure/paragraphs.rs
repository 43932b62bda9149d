//! Paragraphs and what a line holds besides its text: 一是……二是…… items, quantified
//! targets, dates and deadlines, with spans mapped back to the source.

use super::Builder;
use crate::ast::{DateValue, Deadline, Heading, ListItem, Paragraph};
use crate::inline::date::{self, find_date, find_full_date, Ymd};
use crate::inline::target::{self, Target};
use crate::lexicon::headings::LIST_ITEM_OPENERS;
use crate::Span;
use crate::Text;

impl Builder<'_> {
    /// Targets in cleaned line `k` between offsets `from` and `to`, spans in the source.
    pub(super) fn targets_in(&self, k: usize, from: usize, to: usize) -> Box<[Target]> {
        let c = self.clean(k);
        let Some(text) = c.get(from..to) else {
            return Box::default();
        };
        let out = target::find_targets(text);
        if out.is_empty() {
            return Box::default();
        }
        // Most lines have zero or one target: no spare capacity kept (a Target is 168 B).
        let mut out = out.into_boxed_slice();
        // The map to source offsets only when there is a span to map (decoding it costs).
        let line = self.line(k);
        for t in &mut out {
            t.map_spans(|o| line.at(from + o));
        }
        out
    }

    pub(super) fn paragraph(
        &self,
        k: usize,
        marker: Option<Text>,
        run_in: Option<Heading>,
    ) -> Paragraph {
        Paragraph {
            span: self.full(k),
            text: Text::of(self.clean(k)),
            run_in: run_in.map(Box::new),
            marker,
            items: self.list_items(k, 0),
            targets: self.targets_in(k, 0, self.clean(k).len()),
        }
    }

    /// 一是……二是…… items in line `k` from cleaned offset `from`.
    pub(super) fn list_items(&self, k: usize, from: usize) -> Vec<ListItem> {
        let c = self.clean(k);
        let mut found: Vec<(usize, u32, usize)> = Vec::new();
        let mut at = from;
        for (n, o) in LIST_ITEM_OPENERS.iter().enumerate() {
            match c[at..].find(o) {
                Some(p) => {
                    found.push((at + p, n as u32 + 1, o.len()));
                    at += p + o.len();
                }
                None => break,
            }
        }
        if found.len() < 2 {
            return Vec::new();
        }
        let line = self.line(k);
        let mut items = Vec::with_capacity(found.len());
        for (idx, &(pos, num, len)) in found.iter().enumerate() {
            let end = found.get(idx + 1).map_or(c.len(), |x| x.0);
            let text = Text::of(
                c[pos + len..end]
                    .trim_start_matches(['，', ',', '：', ':'])
                    .trim_end(),
            );
            items.push(ListItem {
                number: num,
                marker: Text::of(&c[pos..pos + len]),
                span: Span::new(line.at(pos), line.at(end)),
                text,
            });
        }
        items
    }

    /// The first date in line `k` (a full one when `full_only`), span in the source.
    pub(super) fn date_in_line(&self, k: usize, full_only: bool) -> Option<DateValue> {
        let c = self.clean(k);
        let line = self.line(k);
        let (r, ymd) = if full_only {
            find_full_date(c)?
        } else {
            find_date(c)?
        };
        Some(date_value(ymd, Span::new(line.at(r.start), line.at(r.end))))
    }
}

pub(super) fn date_value(ymd: Ymd, span: Span) -> DateValue {
    DateValue {
        year: ymd.year,
        month: ymd.month,
        day: ymd.day,
        span,
    }
}

pub(super) fn make_deadline(text: &str, span: Span) -> Box<Deadline> {
    let d = date::whole_deadline(text);
    Box::new(Deadline {
        text: Text::of(text),
        span,
        year: d.as_ref().and_then(|d| d.year),
        month: d.as_ref().and_then(|d| d.month),
        day: d.as_ref().and_then(|d| d.day),
        ongoing: d.as_ref().is_some_and(|d| d.ongoing),
    })
}
