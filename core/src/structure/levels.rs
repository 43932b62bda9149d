//! Levels: the stack of open sections that nests headings by the rank of their marker
//! style (GB/T 9704 order 一、 → （一） → 1. → （1）), number bookkeeping per level, and the
//! headings without a marker (a short line before running text, a run-in phrase).

use super::shapes::is_aside;
use super::{char_len, title_like, Builder};
use crate::ast::{Block, Heading, HeadingId, Paragraph, Section};
use crate::lex::lines::LineKind;
use crate::lex::markers::{Marker, MarkerStyle};
use crate::lexicon::headings::{BYLINE_WORDS, DANGLING_ENDINGS};
use crate::Text;
use crate::{Diagnostic, DiagnosticCode, Span};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

static BYLINE: LazyLock<AhoCorasick> = LazyLock::new(|| crate::lexicon::automaton(BYLINE_WORDS));

/// An open section on the level stack.
pub(super) struct Open {
    pub heading: Heading,
    start: usize,
    /// End of the heading line, terminator included: a section never ends inside it.
    line_end: usize,
    children: Vec<Block>,
    /// Last number seen per child style, for gap/repeat diagnostics.
    last_numbers: Vec<(MarkerStyle, u32)>,
    /// The titles from the outermost open section to this one, made once and shared by
    /// every task under it (emptied when the title grows).
    path: std::cell::OnceCell<crate::ast::SectionPath>,
}

/// The tree being built: finished top-level blocks and the stack of open sections.
#[derive(Default)]
pub(super) struct Tree {
    pub top: Vec<Block>,
    pub stack: Vec<Open>,
    top_last_numbers: Vec<(MarkerStyle, u32)>,
}

impl Tree {
    pub fn push(&mut self, b: Block) {
        match self.stack.last_mut() {
            Some(open) => open.children.push(b),
            None => self.top.push(b),
        }
    }

    fn close_one(&mut self) {
        if let Some(open) = self.stack.pop() {
            let end = open
                .children
                .last()
                .map_or(open.heading.span.end(), |c| c.span().end());
            let end = end.max(open.heading.span.end()).max(open.line_end);
            let sec = Section {
                span: Span::new(open.start, end),
                heading: open.heading,
                children: {
                    // Spare capacity of every section's children adds up on large inputs.
                    let mut c = open.children;
                    c.shrink_to_fit();
                    c
                },
            };
            self.push(Block::Section(Box::new(sec)));
        }
    }

    pub fn close_all(&mut self) {
        while !self.stack.is_empty() {
            self.close_one();
        }
    }

    /// Close the open sections whose style ranks at or below `rank`.
    fn close_from(&mut self, rank: u8) {
        while self
            .stack
            .last()
            .is_some_and(|o| o.heading.style.rank() >= rank)
        {
            self.close_one();
        }
    }

    /// The titles of the open sections, outermost first: one shared path per section.
    pub fn path(&self) -> crate::ast::SectionPath {
        match self.stack.last() {
            None => Default::default(),
            Some(o) => o
                .path
                .get_or_init(|| self.stack.iter().map(|o| o.heading.title.clone()).collect())
                .clone(),
        }
    }

    fn last_numbers(&mut self) -> &mut Vec<(MarkerStyle, u32)> {
        match self.stack.last_mut() {
            Some(o) => &mut o.last_numbers,
            None => &mut self.top_last_numbers,
        }
    }
}

impl<'a> Builder<'a> {
    /// Say when `marker`'s number skips or repeats after the last one of its style here.
    pub(super) fn check_number(&mut self, tree: &mut Tree, marker: Marker<'_>, at: Span) {
        let last = tree.last_numbers();
        let prev = last.iter_mut().find(|(s, _)| *s == marker.style);
        match prev {
            Some((_, p)) => {
                let expected = p.saturating_add(1);
                if marker.number != expected && marker.number != 1 {
                    let (code, msg) = if marker.number > expected {
                        (
                            DiagnosticCode::NumberingGap,
                            format!(
                                "number {} follows {}: expected {}",
                                marker.number, *p, expected
                            ),
                        )
                    } else {
                        (
                            DiagnosticCode::NumberingRepeat,
                            format!("number {} repeats or goes back after {}", marker.number, *p),
                        )
                    };
                    self.diagnostics.push(Diagnostic::new(code, msg, at));
                }
                *p = marker.number;
            }
            None => last.push((marker.style, marker.number)),
        }
    }

    /// The line that carries on a heading a PDF step wrapped: the heading's line is full
    /// (as wide as the wrapped lines), has no 。, and the next line is a short phrase without
    /// sentence marks or a marker of its own.
    pub(super) fn heading_continuation(&self, k: usize) -> Option<usize> {
        let width = self.wrap_width?;
        let c = self.clean(k);
        let next = k + 1;
        if next >= self.tail || self.kinds[next] != LineKind::Text || char_len(c) + 1 < width {
            return None;
        }
        let n = self.clean(next);
        let short = char_len(n) < width * 2 / 3;
        (short && !c.contains('。') && !n.contains(['。', '；', ';', '，', ',', '：', ':']))
            .then_some(next)
    }

    /// Add line `j` to the title and span of the heading just opened.
    pub(super) fn continue_heading(&self, tree: &mut Tree, j: usize) {
        let Some(open) = tree.stack.last_mut() else {
            return;
        };
        open.heading.title = format!("{}{}", open.heading.title, self.clean(j).trim()).into();
        open.path = Default::default();
        open.heading.span = open.heading.span.cover(self.lines[j].content);
        open.line_end = self.full(j).end();
    }

    /// Open a section at line `k` (text after the marker from `body`), closing the open
    /// sections at its level or below. Text run on after the heading's title becomes the
    /// section's first paragraph.
    pub(super) fn open_heading(
        &mut self,
        tree: &mut Tree,
        k: usize,
        marker: Marker<'_>,
        body: usize,
        run_in: bool,
    ) {
        let line = self.line(k);
        let c = self.clean(k);
        let after = &c[body..];
        // The title ends at the first 。, or at a ： that runs on into text early in the line
        // (（一）总体目标：到2025年……).
        let colon = after
            .char_indices()
            .take(30)
            .find(|&(i, c)| matches!(c, '：' | ':') && i + c.len_utf8() < after.len())
            .map(|(i, c)| (i, c.len_utf8()));
        let stop = match (after.find('。').map(|e| (e, '。'.len_utf8())), colon) {
            (Some(p), Some(c)) => Some(if c.0 < p.0 { c } else { p }),
            (p, c) => p.or(c),
        };
        let (title_len, run_on_from) = match stop {
            Some((e, len)) if e + len < after.len() || marker.style != MarkerStyle::Unnumbered => {
                (e, Some(body + e + len))
            }
            _ => (after.len(), None),
        };
        let title = Text::of(after[..title_len].trim_end_matches(['：', ':', ' ', '\u{3000}']));
        let rank = marker.style.rank();
        tree.close_from(rank);
        if marker.style != MarkerStyle::Unnumbered {
            // Number bookkeeping happens in the parent, before this section opens.
            self.check_number(tree, marker, line.content);
            // GB/T 9704 order 一、 → （一） → 1. → （1）: say when a level is skipped.
            let parent_rank = tree.stack.last().map(|o| o.heading.style.rank());
            if let Some(p) = parent_rank {
                let gbt = MarkerStyle::Hanzi.rank()..=MarkerStyle::ParenArabic.rank();
                if gbt.contains(&p) && gbt.contains(&rank) && rank > p + 1 {
                    self.diagnostics.push(Diagnostic::new(
                        DiagnosticCode::SkippedLevel,
                        format!(
                            "heading {} skips a level under {}",
                            marker.text,
                            tree.stack.last().map_or("", |o| o.heading.marker.as_str())
                        ),
                        line.content,
                    ));
                }
            }
        }
        let level = (tree.stack.len() + 1).min(u8::MAX as usize) as u8;
        let span = Span::new(line.raw_start, line.at(body + title_len));
        let heading = Heading {
            id: HeadingId::default(),
            level,
            marker: Text::of(marker.text),
            style: marker.style,
            number: (marker.style != MarkerStyle::Unnumbered).then_some(marker.number),
            title,
            span,
            run_in,
            targets: self.targets_in(k, body, body + title_len),
            responsibility: None,
        };
        let mut open = Open {
            heading,
            start: line.full.start(),
            line_end: line.full.end(),
            children: Vec::new(),
            last_numbers: Vec::new(),
            path: Default::default(),
        };
        // The heading line's own bytes belong to the section; run-on text is a paragraph.
        if let Some(from) = run_on_from.filter(|&f| f < c.len() && !c[f..].trim().is_empty()) {
            let start = line.at(from);
            let text = Text::of(c[from..].trim());
            let items = self.list_items(k, from);
            open.children.push(Block::Paragraph(Box::new(Paragraph {
                span: Span::new(start, line.full.end()),
                text,
                run_in: None,
                marker: None,
                items,
                targets: self.targets_in(k, from, c.len()),
            })));
        }
        tree.stack.push(open);
    }

    /// A short unnumbered line followed by longer running text, outside numbered sections:
    /// a heading without a marker.
    pub(super) fn unnumbered_heading(&self, k: usize, tree: &Tree) -> bool {
        let c = self.clean(k);
        if !title_like(c, 30) || c.contains(['，', ',', '、', '：', ':']) || is_aside(c) {
            return false;
        }
        if c.ends_with(DANGLING_ENDINGS) {
            return false;
        }
        // A subtitle (——记…) or a byline (记者 张三, 作者…) is not a heading.
        if c.starts_with(['—', '-', '－', '─', '―']) || BYLINE.is_match(c) {
            return false;
        }
        if tree
            .stack
            .last()
            .is_some_and(|o| o.heading.style != MarkerStyle::Unnumbered)
        {
            return false;
        }
        // Followed by running text.
        self.next_nonblank(k).is_some_and(|j| {
            self.kinds[j] == LineKind::Text && char_len(self.clean(j)) > char_len(c)
        })
    }

    /// A paragraph that opens with a short phrase ending in 。: the phrase is a run-in
    /// heading (（一）-less 强化创新引领。坚持……).
    pub(super) fn run_in_heading(&self, k: usize, level: u8) -> Option<Heading> {
        let c = self.clean(k);
        let e = c.find('。')?;
        let phrase = &c[..e];
        let n = char_len(phrase);
        if !(2..=16).contains(&n)
            || phrase.contains(['，', ',', '、', '：', ':', '；', ';', '“', '"'])
            || e + '。'.len_utf8() >= c.len()
        {
            return None;
        }
        let line = self.line(k);
        Some(Heading {
            id: HeadingId::default(),
            level,
            marker: Text::default(),
            style: MarkerStyle::Unnumbered,
            number: None,
            title: Text::of(phrase),
            span: Span::new(line.raw_start, line.at(e)),
            run_in: true,
            targets: Box::default(),
            responsibility: None,
        })
    }
}
