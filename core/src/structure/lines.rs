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
pub(super) struct Line {
    /// Content without terminator (with it, the line ends where the next begins: lines
    /// tile the source; see `Builder::full`).
    pub content: Span,
    /// Byte offset of the clean text's first byte in the source.
    pub raw_start: usize,
}

/// A line with the map from its clean offsets to source offsets ([`Line::at`]).
pub(super) struct MappedLine {
    pub content: Span,
    pub full: Span,
    pub raw_start: usize,
    /// Pinyin readings in the line, as (start in cleaned coordinates, bytes removed up to and
    /// including this reading). Found again when a pass asks (the few lines that have
    /// readings): a map kept for every line cost a quarter of the input while the tree is built.
    readings: Vec<(u32, u32)>,
}

impl Line {
    /// The line with its reading map: `full` is its span with terminator, `clean` its clean
    /// text, `src` the source.
    pub fn mapped(self, full: Span, src: &str, clean: &str) -> MappedLine {
        let trimmed = src
            .get(self.raw_start..self.content.end)
            .unwrap_or_default();
        // A clean text that is the source itself at `raw_start` had no readings removed.
        let readings = if clean.is_empty() || std::ptr::eq(clean.as_ptr(), trimmed.as_ptr()) {
            Vec::new()
        } else {
            reading_map(trimmed, &pinyin_spans(trimmed))
        };
        MappedLine {
            content: self.content,
            full,
            raw_start: self.raw_start,
            readings,
        }
    }
}

/// The readings of `trimmed` (its [`pinyin_spans`]) as [`MappedLine::at`] reads them; none
/// for a line of 4 GiB or more, which keeps its readings.
fn reading_map(trimmed: &str, spans: &[Span]) -> Vec<(u32, u32)> {
    if u32::try_from(trimmed.len()).is_err() {
        return Vec::new();
    }
    // Lossless: the line is shorter than u32::MAX bytes.
    let mut removed = 0;
    spans
        .iter()
        .map(|r| {
            let start = r.start - removed;
            removed += r.len();
            (start as u32, removed as u32)
        })
        .collect()
}

impl MappedLine {
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
    /// Each line's spans.
    lines: Vec<Line>,
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
        lines: Vec::with_capacity(raw_lines.len()),
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
        mojibake(trimmed, raw_start, &mut p.mojibake);
        let c = match clean_spans(trimmed, &readings) {
            Cow::Borrowed(b) => Text::of(b.trim_end()),
            Cow::Owned(mut o) => {
                o.truncate(o.trim_end().len());
                Text::cleaned_line(o)
            }
        };
        p.lines.push(Line {
            content: rl.content,
            raw_start,
        });
        p.cleans.push(c);
    }
    p
}

impl Prepared {
    /// The lines, moved out: the builder holds them.
    pub fn take_lines(&mut self) -> Vec<Line> {
        std::mem::take(&mut self.lines)
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
