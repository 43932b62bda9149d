//! The lines the structure stage reads: logical lines from `segment`, each without its
//! indentation and pinyin readings (the clean text recognisers see), with a map from clean
//! offsets back to the source; and the diagnostics found while preparing them (restored
//! line breaks, characters lost in conversion, pinyin readings left out).

use crate::source::{clean_spans, is_indent, pinyin_spans};
use crate::{Diagnostic, DiagnosticCode, Span, Text};
use std::borrow::Cow;

/// Mojibake is reported one by one up to this many, then once as a count.
const MAX_MOJIBAKE_DIAGNOSTICS: usize = 50;

/// One line as the structure stage sees it.
#[derive(Clone, Copy)]
pub(super) struct Line<'a> {
    /// Content without terminator.
    pub content: Span,
    /// Content with terminator.
    pub full: Span,
    /// Byte offset of the clean text's first byte in the source.
    pub raw_start: usize,
    /// Pinyin readings in the line, found once per line, as (start in cleaned coordinates,
    /// bytes removed up to and including this reading).
    readings: &'a [(u32, u32)],
}

impl Line<'_> {
    /// Map an offset in the cleaned text to a source offset: readings that start before it
    /// (in cleaned coordinates) shift it right. A binary search, so long lines stay linear.
    pub fn at(&self, clean_offset: usize) -> usize {
        let i = self
            .readings
            .partition_point(|&(start, _)| (start as usize) < clean_offset);
        let removed = if i == 0 {
            0
        } else {
            self.readings[i - 1].1 as usize
        };
        self.raw_start + clean_offset + removed
    }
}

/// The lines of a source, prepared once.
pub(super) struct Prepared {
    /// Each line's clean text: no indentation, no pinyin readings, no trailing space.
    /// Views into the source, or shared cleaned copies.
    pub cleans: Vec<Text>,
    /// (content, full, raw start) of each line.
    spans: Vec<(Span, Span, usize)>,
    /// Every line's readings one after another, as [`Line::at`] reads them (u32: a document
    /// can hold hundreds of thousands; a line of 4 GiB or more keeps its readings).
    readings: Vec<(u32, u32)>,
    /// Where each line's readings end in `readings`.
    reading_ends: Vec<usize>,
    /// Offsets where `segment` restored a line break.
    restored: Vec<usize>,
    mojibake: Vec<Span>,
    pinyin_count: usize,
    first_pinyin: Option<Span>,
}

/// Split `src` into logical lines and clean each.
pub(super) fn prepare(src: &str) -> Prepared {
    let (raw_lines, restored) = crate::segment::logical_lines(src);
    let mut p = Prepared {
        cleans: Vec::with_capacity(raw_lines.len()),
        spans: Vec::with_capacity(raw_lines.len()),
        readings: Vec::new(),
        reading_ends: Vec::with_capacity(raw_lines.len()),
        restored,
        mojibake: Vec::new(),
        pinyin_count: 0,
        first_pinyin: None,
    };
    for rl in &raw_lines {
        let text = &src[rl.content.range()];
        let trimmed = text.trim_start_matches(is_indent);
        let raw_start = rl.content.start + (text.len() - trimmed.len());
        let mut readings = pinyin_spans(trimmed);
        if u32::try_from(trimmed.len()).is_err() {
            readings.clear();
        }
        if !readings.is_empty() {
            p.pinyin_count += readings.len();
            p.first_pinyin.get_or_insert(readings[0].shift(raw_start));
        }
        // Lossless: the line is shorter than u32::MAX bytes.
        let mut removed = 0;
        for r in &readings {
            let start = r.start - removed;
            removed += r.len();
            p.readings.push((start as u32, removed as u32));
        }
        p.reading_ends.push(p.readings.len());
        mojibake(trimmed, raw_start, &mut p.mojibake);
        let c = match clean_spans(trimmed, &readings) {
            Cow::Borrowed(b) => Text::of(b.trim_end()),
            Cow::Owned(mut o) => {
                o.truncate(o.trim_end().len());
                Text::cleaned_line(o)
            }
        };
        p.spans.push((rl.content, rl.full, raw_start));
        p.cleans.push(c);
    }
    p.readings.shrink_to_fit();
    p
}

impl Prepared {
    /// The spans [`Prepared::lines`] is made of, moved out: the lines hold them, and a copy
    /// kept beside them would cost 40 bytes a line while the tree is built.
    pub fn take_spans(&mut self) -> Vec<(Span, Span, usize)> {
        std::mem::take(&mut self.spans)
    }

    /// The lines of `spans` (from [`Prepared::take_spans`]), borrowing their reading maps.
    pub fn lines(&self, spans: Vec<(Span, Span, usize)>) -> Vec<Line<'_>> {
        let mut from = 0;
        spans
            .into_iter()
            .zip(&self.reading_ends)
            .map(|((content, full, raw_start), &end)| {
                let readings = self.readings.get(from..end).unwrap_or_default();
                from = end;
                Line {
                    content,
                    full,
                    raw_start,
                    readings,
                }
            })
            .collect()
    }

    /// What preparing the lines found worth saying.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if let Some(&first) = self.restored.first() {
            out.push(Diagnostic::new(
                DiagnosticCode::LineBreakRestored,
                format!(
                    "{} line breaks restored where the text ran on (the first here)",
                    self.restored.len()
                ),
                Span::new(first, first),
            ));
        }
        for span in self.mojibake.iter().take(MAX_MOJIBAKE_DIAGNOSTICS) {
            out.push(Diagnostic::new(
                DiagnosticCode::Mojibake,
                "character lost in conversion (? or U+FFFD in Han text)",
                *span,
            ));
        }
        if self.mojibake.len() > MAX_MOJIBAKE_DIAGNOSTICS {
            let span = self.mojibake[MAX_MOJIBAKE_DIAGNOSTICS];
            let more = self.mojibake.len() - MAX_MOJIBAKE_DIAGNOSTICS;
            out.push(Diagnostic::new(
                DiagnosticCode::Mojibake,
                format!("{more} more characters lost in conversion"),
                span,
            ));
        }
        if let Some(span) = self.first_pinyin {
            out.push(Diagnostic::new(
                DiagnosticCode::PinyinReadings,
                format!(
                    "{} pinyin readings left out of text views",
                    self.pinyin_count
                ),
                span,
            ));
        }
        out
    }
}

/// `?` between Han characters, or U+FFFD: a character lost when the page was converted.
fn mojibake(text: &str, base: usize, out: &mut Vec<Span>) {
    // Most lines hold neither: two byte scans rather than a walk over every character.
    if !text.as_bytes().contains(&b'?') && !text.contains('\u{FFFD}') {
        return;
    }
    let is_han = |c: char| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF);
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        // ? beside Han text (or before a reading), not ? as ASCII punctuation in Latin text.
        let lost = c == '\u{FFFD}'
            || (c == '?'
                && prev.is_some_and(|p| is_han(p) || p == '?' || p == ')')
                && next
                    .is_some_and(|n| is_han(n) || n.is_ascii_lowercase() || n == '(' || n == '?'));
        if lost {
            out.push(Span::new(base + i, base + i + c.len_utf8()));
        }
        prev = Some(c);
    }
}
