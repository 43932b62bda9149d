//! The lines the structure stage reads: logical lines from `segment`, each without its
//! indentation and pinyin readings (the clean text recognisers see), with a map from clean
//! offsets back to the source; and the diagnostics found while preparing them (restored
//! line breaks, characters lost in conversion, pinyin readings left out).

use crate::source::{clean_spans, is_indent, pinyin_spans_into};
use crate::{Diagnostic, DiagnosticCode, Span, Text};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Mojibake is reported one by one up to this many, then once as a count.
const MAX_MOJIBAKE_DIAGNOSTICS: usize = 50;

/// One line as the structure stage sees it (16 bytes: one per line while the tree is built).
#[derive(Clone, Copy)]
pub(super) struct Line {
    /// Content without terminator (with it, the line ends where the next begins: lines
    /// tile the source; see `Builder::full`).
    pub content: Span,
    /// Byte offset of the clean text's first byte in the source.
    raw_start: u32,
    /// Length of the clean text when it is the source from `raw_start` on, else
    /// [`CLEANED_COPY`]: the clean text is a copy in [`Prepared::copies`].
    clean_len: u32,
}

/// [`Line::clean_len`] of a line whose clean text is a copy (pinyin readings removed).
const CLEANED_COPY: u32 = u32::MAX;

/// A line with the map from its clean offsets to source offsets ([`Line::at`]).
pub(super) struct MappedLine {
    pub content: Span,
    pub full: Span,
    pub raw_start: usize,
    /// Pinyin readings in the line, as (start in cleaned coordinates, bytes removed up to and
    /// including this reading), decoded from [`Readings`] when a pass asks; none for most.
    readings: Option<LineReadings>,
}

/// One line's decoded readings, shared while passes ask for the same line.
pub(super) type LineReadings = Rc<[(u32, u32)]>;

impl Line {
    /// Byte offset of the clean text's first byte in the source.
    pub fn raw_start(self) -> usize {
        self.raw_start as usize
    }

    /// The line with its reading map: `full` is its span with terminator.
    pub fn mapped(self, full: Span, readings: Option<LineReadings>) -> MappedLine {
        MappedLine {
            content: self.content,
            full,
            raw_start: self.raw_start(),
            readings,
        }
    }
}

/// Every line's pinyin readings, packed: per reading, how far its start (in cleaned
/// coordinates) lies after the previous one's and how many bytes it removed, as LEB128
/// varints (two bytes for most readings; a map of `u32` pairs cost a quarter of a
/// pinyin-annotated input while the tree is built).
#[derive(Default)]
pub(super) struct Readings {
    bytes: Vec<u8>,
    /// (line, where its readings start in `bytes`), for the lines that have any, in order.
    lines: Vec<(usize, usize)>,
    /// The line decoded last: passes ask for the same line several times in a row, and an
    /// annotated line holds dozens of readings.
    last: RefCell<Option<(usize, LineReadings)>>,
}

impl Readings {
    /// Record line `line`'s readings (its pinyin spans, relative to the trimmed line).
    fn push_line(&mut self, line: usize, spans: &[Span]) {
        if spans.is_empty() {
            return;
        }
        self.lines.push((line, self.bytes.len()));
        let (mut prev_start, mut removed) = (0, 0);
        for r in spans {
            let start = r.start() - removed;
            removed += r.len();
            put_varint(&mut self.bytes, start - prev_start);
            put_varint(&mut self.bytes, r.len());
            prev_start = start;
        }
    }

    /// Line `line`'s readings as [`MappedLine::at`] reads them (`None`: it has none).
    pub fn of(&self, line: usize) -> Option<LineReadings> {
        let i = self.lines.binary_search_by_key(&line, |&(l, _)| l).ok()?;
        if let Some((l, r)) = &*self.last.borrow() {
            if *l == line {
                return Some(Rc::clone(r));
            }
        }
        let r: LineReadings = self.decode(i).into();
        *self.last.borrow_mut() = Some((line, Rc::clone(&r)));
        Some(r)
    }

    /// The readings of the `i`th line that has any.
    fn decode(&self, i: usize) -> Vec<(u32, u32)> {
        let from = self.lines[i].1;
        let to = self
            .lines
            .get(i + 1)
            .map_or(self.bytes.len(), |&(_, at)| at);
        let mut bytes = self.bytes.get(from..to).unwrap_or_default();
        let (mut start, mut removed) = (0usize, 0usize);
        // Each reading takes at least two bytes: one allocation, never a regrowth.
        let mut out = Vec::with_capacity(bytes.len() / 2);
        while !bytes.is_empty() {
            start += take_varint(&mut bytes);
            removed += take_varint(&mut bytes);
            // Lossless: only lines shorter than u32::MAX bytes have readings recorded.
            out.push((start as u32, removed as u32));
        }
        out
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn take_varint(bytes: &mut &[u8]) -> usize {
    let mut n = 0usize;
    let mut shift = 0;
    while let Some((&b, rest)) = bytes.split_first() {
        *bytes = rest;
        n |= usize::from(b & 0x7F).checked_shl(shift).unwrap_or(0);
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

impl MappedLine {
    /// Map an offset in the cleaned text to a source offset: readings that start before it
    /// (in cleaned coordinates) shift it right. A binary search, so long lines stay linear.
    pub fn at(&self, clean_offset: usize) -> usize {
        let readings = self.readings.as_deref().unwrap_or_default();
        let i = readings.partition_point(|&(start, _)| (start as usize) < clean_offset);
        let removed = if i == 0 {
            0
        } else {
            readings[i - 1].1 as usize
        };
        self.raw_start + clean_offset + removed
    }
}

/// The lines of a source, prepared once.
pub(super) struct Prepared {
    /// Each line's spans and where its clean text lies.
    lines: Vec<Line>,
    /// The clean texts that are no slice of the source (pinyin readings removed), by line,
    /// in order: few lines have one.
    copies: CleanCopies,
    /// Each line's pinyin readings.
    pub readings: Readings,
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
        lines: Vec::with_capacity(raw_lines.len()),
        copies: CleanCopies::default(),
        readings: Readings::default(),
        restored,
        mojibake: Vec::new(),
        pinyin_count: 0,
        first_pinyin: None,
    };
    let mut readings = Vec::new();
    for rl in &raw_lines {
        let text = &src[rl.content.range()];
        let trimmed = text.trim_start_matches(is_indent);
        let raw_start = rl.content.start() + (text.len() - trimmed.len());
        pinyin_spans_into(&mut readings, trimmed);
        if u32::try_from(trimmed.len()).is_err() {
            readings.clear();
        }
        if !readings.is_empty() {
            p.pinyin_count += readings.len();
            p.first_pinyin.get_or_insert(readings[0].shift(raw_start));
        }
        mojibake(trimmed, raw_start, &mut p.mojibake);
        // Lines are shorter than the input, which spans bound to u32.
        let clean_len = match clean_spans(trimmed, &readings) {
            Cow::Borrowed(b) => u32::try_from(b.trim_end().len()).unwrap_or(0),
            Cow::Owned(mut o) => {
                o.truncate(o.trim_end().len());
                p.copies.0.push((p.lines.len(), Text::cleaned_line(o)));
                CLEANED_COPY
            }
        };
        p.readings.push_line(p.lines.len(), &readings);
        p.lines.push(Line {
            content: rl.content,
            raw_start: u32::try_from(raw_start).unwrap_or(0),
            clean_len,
        });
    }
    p.copies.0.shrink_to_fit();
    p.readings.bytes.shrink_to_fit();
    p.readings.lines.shrink_to_fit();
    p
}

/// The clean texts that are copies, as (line, text) in line order.
#[derive(Default)]
pub(super) struct CleanCopies(Vec<(usize, Text)>);

/// Line `i`'s clean text: no indentation, no pinyin readings, no trailing space.
pub(super) fn clean<'a>(
    src: &'a str,
    lines: &[Line],
    copies: &'a CleanCopies,
    i: usize,
) -> &'a str {
    let Some(&line) = lines.get(i) else {
        return "";
    };
    if line.clean_len == CLEANED_COPY {
        return copies
            .0
            .binary_search_by_key(&i, |&(k, _)| k)
            .map_or("", |at| copies.0[at].1.as_str());
    }
    let start = line.raw_start();
    src.get(start..start + line.clean_len as usize)
        .unwrap_or_default()
}

impl Prepared {
    /// The lines, moved out: the builder holds them.
    pub fn take_lines(&mut self) -> Vec<Line> {
        std::mem::take(&mut self.lines)
    }

    /// The clean texts that are copies.
    pub fn copies(&self) -> &CleanCopies {
        &self.copies
    }

    /// Every line's clean text, in order.
    pub fn cleans<'a>(&'a self, src: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        (0..self.lines.len()).map(move |i| clean(src, &self.lines, &self.copies, i))
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
    if memchr::memchr(b'?', text.as_bytes()).is_none() && !text.contains('\u{FFFD}') {
        return;
    }
    let is_han = |c: char| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF);
    // Only a ? (3F) or U+FFFD (EF BF BD) can be one: jump to their bytes.
    let bytes = text.as_bytes();
    for i in memchr::memchr2_iter(b'?', 0xEF, bytes) {
        let c = match bytes[i] {
            b'?' => '?',
            _ if bytes.get(i + 1..i + 3) == Some(&[0xBF, 0xBD]) => '\u{FFFD}',
            _ => continue,
        };
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        // ? beside Han text (or before a reading), not ? as ASCII punctuation in Latin text.
        let lost = c == '\u{FFFD}'
            || (prev.is_some_and(|p| is_han(p) || p == '?' || p == ')')
                && next
                    .is_some_and(|n| is_han(n) || n.is_ascii_lowercase() || n == '(' || n == '?'));
        if lost {
            out.push(Span::new(base + i, base + i + c.len_utf8()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_readings_read_back_as_written() {
        let mut r = Readings::default();
        // Line 3: readings at 10..16 and 40..50; line 7: one far out (multi-byte varints).
        r.push_line(3, &[Span::new(10, 16), Span::new(40, 50)]);
        r.push_line(5, &[]);
        r.push_line(7, &[Span::new(1 << 20, (1 << 20) + 300)]);
        assert_eq!(r.of(3).as_deref(), Some(&[(10, 6), (34, 16)][..]));
        assert!(r.of(5).is_none() && r.of(4).is_none());
        assert_eq!(r.of(7).as_deref(), Some(&[(1 << 20, 300)][..]));
        // Asked again (the cached line), and the one before it again.
        assert_eq!(r.of(7).as_deref(), Some(&[(1 << 20, 300)][..]));
        assert_eq!(r.of(3).as_deref(), Some(&[(10, 6), (34, 16)][..]));
    }
}
