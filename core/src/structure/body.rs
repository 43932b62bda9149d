//! The body pass: every line in order, placed by the passes before it, becomes a block of
//! the tree — chrome runs, the title, front and back matter, tasks, table rows, headings
//! that open sections, and paragraphs.

use super::levels::Tree;
use super::news::Dates;
use super::shapes::{
    attachment_title_like, is_aside, is_definition, is_heading_item_style, is_item_style,
    run_in_shape,
};
use super::tables::is_column_name;
use super::tasks::task_block;
use super::{char_len, Builder, FrontKind, Place};
use crate::ast::{Block, Chrome, ChromeKind, Responsibility, TextBlock};
use crate::lex::lines::{marker_body, LineKind};
use crate::lex::markers::{marker, Marker, MarkerStyle};
use crate::lex::table::Column;
use crate::lexicon::lines::ATTACHMENT_OPENING;
use crate::Span;
use crate::Text;

/// What flows from line to line in the body pass.
#[derive(Default)]
struct BodyState {
    tree: Tree,
    dates: Dates,
    /// After the body's sign-off (signature, date line), a title-like line opens an
    /// attachment: its own title, its own numbering from level 1.
    after_sign_off: bool,
    /// A body line (text or numbered) has been read.
    body_seen: bool,
    /// Columns of the flattened table being read, if any.
    table: Option<Vec<Column>>,
}

impl<'a> Builder<'a> {
    /// Read every line into the tree; returns the tree and the dates met on the way.
    pub(super) fn body(&mut self) -> (Tree, Dates) {
        let mut st = BodyState::default();
        let n = self.lines.len();
        let mut k = 0;
        while k < n {
            k = self.body_line(k, &mut st);
        }
        st.tree.close_all();
        (st.tree, st.dates)
    }

    fn text_block(&self, k: usize) -> TextBlock {
        TextBlock {
            span: self.full(k),
            text: Text::of(self.clean(k)),
        }
    }

    /// An attachment note (附件说明, GB/T 9704 §7.3.5): `附件：1.名称` and the numbered names
    /// on the lines below it (2.名称, 3.名称), which are its items, not headings. Returns
    /// the note and the next line to read.
    fn attachment_note(&self, k: usize) -> (TextBlock, usize) {
        let first = self.clean(k);
        let after_label = first
            .strip_prefix(ATTACHMENT_OPENING)
            .map(|r| r.trim_start_matches([':', '：', ' ']));
        let mut e = k;
        if let Some(Ok((_, m))) = after_label.map(marker) {
            let mut expected = m.number + 1;
            while let Some(LineKind::Marked { marker: next, .. }) = self.kinds.get(e + 1).copied() {
                let c = self.clean(e + 1);
                if next.style != m.style
                    || next.number != expected
                    || c.contains('。')
                    || char_len(c) > 60
                {
                    break;
                }
                e += 1;
                expected += 1;
            }
        }
        if e == k {
            return (self.text_block(k), k + 1);
        }
        let text = (k..=e)
            .map(|j| self.clean(j))
            .collect::<Vec<_>>()
            .join("\n")
            .into();
        let span = Span::new(self.full(k).start(), self.full(e).end());
        (TextBlock { span, text }, e + 1)
    }

    /// Read line `k` (and the lines that belong with it); returns the next line to read.
    fn body_line(&mut self, k: usize, st: &mut BodyState) -> usize {
        let kind = self.kinds[k];
        let c = self.clean(k);
        let sign_off_line = self.place[k] == Place::Front(FrontKind::Signature)
            || matches!(kind, LineKind::DateLine | LineKind::Dateline);
        let sign_off_before = st.after_sign_off;
        // A whole-line aside such as (本文有删减) neither ends the sign-off nor is a heading.
        if !sign_off_line && !is_aside(c) && kind != LineKind::Blank {
            st.after_sign_off = false;
            if self.place[k] == Place::Body
                && matches!(kind, LineKind::Text | LineKind::Marked { .. })
            {
                st.body_seen = true;
            }
        }
        let tree = &mut st.tree;
        let place = self.place[k];
        match place {
            Place::Chrome(chrome) => return self.chrome_run(k, chrome, tree),
            Place::Title => {
                // The title's lines become one block holding the title's text.
                let mut e = k;
                while e + 1 < self.lines.len() && self.place[e + 1] == Place::Title {
                    e += 1;
                }
                let text = self
                    .title
                    .as_ref()
                    .map_or_else(Text::default, |t| t.text.clone());
                tree.push(Block::Title(TextBlock {
                    span: Span::new(self.full(k).start(), self.full(e).end()),
                    text,
                }));
                return e + 1;
            }
            Place::Front(FrontKind::Addressees) => tree.push(Block::Addressees(self.text_block(k))),
            Place::Front(FrontKind::Speaker) => tree.push(Block::Speaker(self.text_block(k))),
            Place::Front(FrontKind::Signature) => {
                tree.close_all();
                tree.push(Block::Signature(self.text_block(k)));
                st.after_sign_off = st.body_seen;
            }
            Place::Body if kind == LineKind::Text && self.table_line(k, &mut st.table, tree) => {}
            Place::Body if kind == LineKind::Text && is_column_name(c) => {
                match self.vertical_table(k, tree) {
                    Some(next) => return next,
                    None => tree.push(Block::Paragraph(Box::new(self.paragraph(k, None, None)))),
                }
            }
            Place::Body => return self.body_kind(k, sign_off_before, st),
        }
        k + 1
    }

    /// A run of chrome lines of one kind: one block.
    fn chrome_run(&self, k: usize, chrome: ChromeKind, tree: &mut Tree) -> usize {
        let mut e = k;
        while e + 1 < self.lines.len() && self.place[e + 1] == Place::Chrome(chrome) {
            e += 1;
        }
        let span = Span::new(self.full(k).start(), self.full(e).end());
        let text = (k..=e)
            .map(|x| self.clean(x))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
            .into();
        tree.push(Block::Chrome(Chrome { span, text, chrome }));
        e + 1
    }

    /// A body line, read by its kind; returns the next line to read.
    fn body_kind(&mut self, k: usize, sign_off_before: bool, st: &mut BodyState) -> usize {
        let c = self.clean(k);
        let kind = self.kinds[k];
        let tree = &mut st.tree;
        match kind {
            LineKind::Blank => tree.push(Block::Blank(TextBlock {
                span: self.full(k),
                text: Text::default(),
            })),
            LineKind::IssuerMark => tree.push(Block::IssuerMark(self.text_block(k))),
            LineKind::DocNumber => tree.push(Block::DocNumber(self.text_block(k))),
            LineKind::MeetingLine => {
                if st.dates.signed.is_none() {
                    st.dates.signed = self.date_in_line(k, true);
                }
                tree.push(Block::MeetingLine(self.text_block(k)));
            }
            LineKind::Salutation => tree.push(Block::Salutation(self.text_block(k))),
            LineKind::DateLine => {
                if tree.stack.is_empty()
                    && st.dates.front.is_none()
                    && Some(k) != self.last_date_line
                {
                    // （2024年4月2日） under the title: the date of adoption or issue.
                    st.dates.front = self.date_in_line(k, true);
                }
                if Some(k) == self.last_date_line {
                    tree.close_all();
                    if let Some(d) = self.date_in_line(k, true) {
                        st.dates.signed = Some(d);
                    }
                }
                tree.push(Block::DateLine(self.text_block(k)));
                st.after_sign_off = st.body_seen;
            }
            LineKind::Attachment => {
                let (block, next) = self.attachment_note(k);
                tree.push(Block::Attachment(block));
                return next;
            }
            LineKind::Cc => {
                tree.close_all();
                tree.push(Block::Cc(self.text_block(k)));
            }
            LineKind::Printing => {
                tree.close_all();
                tree.push(Block::Printing(self.text_block(k)));
            }
            LineKind::Note => tree.push(Block::Note(self.text_block(k))),
            LineKind::Dateline => {
                let d = self.dateline(k);
                if st.dates.dateline.is_none() {
                    st.dates.dateline = d.date.clone();
                    st.dates.dateline_line = k;
                }
                tree.push(Block::Dateline(Box::new(d)));
                st.after_sign_off = st.body_seen;
            }
            LineKind::Attendees => tree.push(Block::Attendees(Box::new(self.attendees(k)))),
            LineKind::Statement { verb_end } => {
                tree.push(Block::Statement(Box::new(
                    self.statement(k, verb_end as usize),
                )));
            }
            LineKind::Marked { marker } => {
                let marker = marker.on(c);
                let body = marker_body(c, &marker);
                return self.marked_line(k, marker, body, tree);
            }
            LineKind::ResponsibilityLine => {
                tree.push(Block::Paragraph(Box::new(self.paragraph(k, None, None))));
            }
            LineKind::NavChrome | LineKind::FooterChrome => {
                // Page furniture inside the text (发布日期, 字号, 责任编辑…): chrome, kept.
                let chrome = if kind == LineKind::NavChrome {
                    ChromeKind::Navigation
                } else {
                    ChromeKind::Footer
                };
                tree.push(Block::Chrome(Chrome {
                    span: self.full(k),
                    text: Text::of(c),
                    chrome,
                }));
            }
            LineKind::Text if sign_off_before && attachment_title_like(c) => {
                tree.close_all();
                tree.push(Block::Attachment(self.text_block(k)));
            }
            LineKind::Text | LineKind::IsoDateStart | LineKind::LeadInEnd => {
                self.text_line(k, tree)
            }
        }
        k + 1
    }

    /// A numbered line: a task, a heading that opens a section, or a numbered paragraph.
    /// Returns the next line to read.
    fn marked_line(&mut self, k: usize, marker: Marker<'a>, body: usize, tree: &mut Tree) -> usize {
        let c = self.clean(k);
        let has_clause = self.clauses[k].is_some();
        // A （一） line with its own clause and no items under it is a task.
        // A heading item with a clause is a task unless the document numbers
        // its tasks in an item style (1. 1﹒ (1)) of its own.
        let heading_task = is_heading_item_style(marker.style)
            && (has_clause || self.next_is_resp_line(k))
            && (self
                .task_style
                .is_none_or(|t| t == marker.style || !is_item_style(t))
                || !run_in_shape(
                    &c[body..],
                    self.clauses[k]
                        .as_ref()
                        .map(|f| f.text_end.saturating_sub(body)),
                ));
        let is_task = (is_item_style(marker.style) || heading_task)
            && (has_clause
                || self.next_is_resp_line(k)
                || (self.is_notice
                    && Some(marker.style) == self.task_style
                    && !is_definition(&c[body..])));
        if is_task {
            let clause = self.clauses[k].take().map(|b| *b);
            let task = self.task(k, Some(marker), body, clause, tree);
            self.check_number(tree, marker, self.lines[k].content);
            return self.absorb_resp_lines(k, task, tree);
        }
        let structural = !is_item_style(marker.style);
        let after = &c[body..];
        let title_end = after.find('。');
        // A numbered line is a heading (GB/T level 3 or 4) unless its first
        // sentence runs long: then it is a numbered paragraph.
        let short_title = match title_end {
            Some(e) => char_len(&after[..e]) <= 60,
            None => char_len(after) <= 60 && !after.ends_with(['，', ',', '、']),
        };
        // A glossary entry is a numbered paragraph, not a heading.
        let definition = !structural && is_definition(after);
        let mut k = k;
        if (structural || short_title) && !definition {
            self.open_heading(tree, k, marker, body, false);
            if let Some(j) = self.heading_continuation(k) {
                self.continue_heading(tree, j);
                k = j;
            }
            if let (Some(f), Some(open)) = (self.clauses[k].take(), tree.stack.last_mut()) {
                open.heading.responsibility = Some(Box::new(Responsibility {
                    span: f.span,
                    units: f.clause.units.into(),
                    leaders: f.clause.leaders.into(),
                }));
            }
        } else {
            let p = self.paragraph(k, Some(Text::of(marker.text)), None);
            tree.push(Block::Paragraph(Box::new(p)));
        }
        k + 1
    }

    /// An unnumbered line: a task when it ends with a clause naming units, else an
    /// unnumbered heading, else a paragraph (maybe opening with a run-in heading).
    fn text_line(&mut self, k: usize, tree: &mut Tree) {
        if let Some(clause) = self.clauses[k]
            .take()
            .filter(|f| !f.clause.units.is_empty())
        {
            let task = self.task(k, None, 0, Some(*clause), tree);
            tree.push(task_block(task));
        } else if self.unnumbered_heading(k, tree) {
            let m = Marker {
                style: MarkerStyle::Unnumbered,
                number: 0,
                text: "",
            };
            self.open_heading(tree, k, m, 0, false);
        } else {
            let level = (tree.stack.len() + 1) as u8;
            let run_in = self.run_in_heading(k, level);
            let p = self.paragraph(k, None, run_in);
            tree.push(Block::Paragraph(Box::new(p)));
        }
    }
}
