//! Classified lines → the document tree. Context decisions live here: where the page chrome
//! ends, which line is the title, which numbered lines are headings and which are tasks,
//! and the level stack that nests sections (depth is data, not call depth).

use crate::document::*;
use crate::inline::responsibility::{
    parse_clause, sentence_parentheticals, trailing_parenthetical, Clause,
};
use crate::inline::{date, target};
use crate::lex::brackets::{is_close, is_open};
use crate::lex::date::{find_date, find_full_date, Ymd};
use crate::lex::labels::is_resp_label_start;
use crate::lex::lines::{classify, is_addressee_list, LineKind};
use crate::lex::markers::{Marker, MarkerStyle};
use crate::lex::table::Column;
use crate::lex::units::looks_like_unit;

mod kind;
mod shapes;
mod table;
mod tasks;
mod title;
use crate::source::{clean_spans, is_indent, pinyin_spans};
use crate::{Diagnostic, DiagnosticCode, Span};
use kind::{add_missing_unit_diagnostics, classify_kind};
use shapes::{
    attachment_title_like, is_aside, is_definition, is_heading_item_style, is_item_style,
    run_in_shape, wrap_width,
};
use std::borrow::Cow;
use table::is_column_name;
use title::{choose_title_part, genre_of, squeeze_han_spaces, title_parts};

/// A responsibility clause found on a task line.
struct FoundClause {
    clause: Clause,
    /// Where the clause is written (source coordinates).
    span: Span,
    /// Cleaned offset where the task text ends (the clause's start).
    text_end: usize,
}

/// Mojibake is reported one by one up to this many, then once as a count.
const MAX_MOJIBAKE_DIAGNOSTICS: usize = 50;

/// `?` between Han characters, or U+FFFD: a character lost when the page was converted.
fn mojibake(text: &str, base: usize, out: &mut Vec<Span>) {
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

/// What the outline stage produces.
pub(crate) struct Built {
    pub kind: DocumentKind,
    pub title: Option<Title>,
    pub date: Option<DateValue>,
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// One line as the outline stage sees it.
#[derive(Clone, Copy)]
struct Line<'a> {
    /// Content without terminator.
    content: Span,
    /// Content with terminator.
    full: Span,
    /// Byte offset of `raw` in the source.
    raw_start: usize,
    /// Pinyin readings in `raw`, found once per line, as (start in cleaned coordinates,
    /// bytes removed up to and including this reading).
    readings: &'a [(usize, usize)],
}

impl Line<'_> {
    /// Map an offset in the cleaned text to a source offset: readings that start before it
    /// (in cleaned coordinates) shift it right. A binary search, so long lines stay linear.
    fn at(&self, clean_offset: usize) -> usize {
        let i = self
            .readings
            .partition_point(|&(start, _)| start < clean_offset);
        let removed = if i == 0 { 0 } else { self.readings[i - 1].1 };
        self.raw_start + clean_offset + removed
    }
}

/// Where a line was placed before the body pass.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    Body,
    Chrome(ChromeKind),
    Title,
    Front(FrontKind),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FrontKind {
    Addressees,
    Speaker,
    Signature,
}

const TERMINAL: &[char] = &[
    '。', '！', '!', '？', '?', '；', ';', '：', ':', '，', ',', '、',
];

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A line short and unpunctuated enough to be a title or an unnumbered heading.
fn title_like(s: &str, max_chars: usize) -> bool {
    let n = char_len(s);
    (4..=max_chars).contains(&n)
        && !s.ends_with(TERMINAL)
        && !s.contains(['。', '；', ';', '！', '？'])
        && s.chars().any(|c| c as u32 >= 0x4E00)
}

struct Builder<'a> {
    lines: Vec<Line<'a>>,
    cleans: &'a [Cow<'a, str>],
    diagnostics: Vec<Diagnostic>,
    /// The width in characters a PDF-to-text step wrapped lines at, when it did.
    wrap_width: Option<usize>,
}

/// An open section on the level stack.
struct Open {
    heading: Heading,
    start: usize,
    /// End of the heading line, terminator included: a section never ends inside it.
    line_end: usize,
    children: Vec<Block>,
    /// Last number seen per child style, for gap/repeat diagnostics.
    last_numbers: Vec<(MarkerStyle, u64)>,
}

struct Tree {
    top: Vec<Block>,
    stack: Vec<Open>,
    top_last_numbers: Vec<(MarkerStyle, u64)>,
}

impl Tree {
    fn push(&mut self, b: Block) {
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
                .map_or(open.heading.span.end, |c| c.span().end);
            let end = end.max(open.heading.span.end).max(open.line_end);
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

    fn close_all(&mut self) {
        while !self.stack.is_empty() {
            self.close_one();
        }
    }

    fn path(&self) -> Vec<String> {
        self.stack.iter().map(|o| o.heading.title.clone()).collect()
    }

    fn last_numbers(&mut self) -> &mut Vec<(MarkerStyle, u64)> {
        match self.stack.last_mut() {
            Some(o) => &mut o.last_numbers,
            None => &mut self.top_last_numbers,
        }
    }
}

/// Build the tree. `chrome` holds regions a reader already knows to be page furniture (an
/// HTML page's navigation and footer); their lines are chrome whatever they say. Text
/// input passes none.
pub(crate) fn build(src: &str, chrome: &[crate::ChromeRegion]) -> Built {
    let (raw_lines, restored) = crate::segment::logical_lines(src);
    let mut raws = Vec::with_capacity(raw_lines.len());
    let mut tables: Vec<Vec<(usize, usize)>> = Vec::with_capacity(raw_lines.len());
    let mut cleans = Vec::with_capacity(raw_lines.len());
    let mut pinyin_count = 0usize;
    let mut mojibake_spans: Vec<Span> = Vec::new();
    let mut first_pinyin: Option<Span> = None;
    for rl in &raw_lines {
        let text = &src[rl.content.range()];
        let trimmed = text.trim_start_matches(is_indent);
        let raw_start = rl.content.start + (text.len() - trimmed.len());
        let readings = pinyin_spans(trimmed);
        if !readings.is_empty() {
            pinyin_count += readings.len();
            first_pinyin.get_or_insert(readings[0].shift(raw_start));
        }
        let mut removed = 0;
        tables.push(
            readings
                .iter()
                .map(|r| {
                    let start = r.start - removed;
                    removed += r.len();
                    (start, removed)
                })
                .collect::<Vec<_>>(),
        );
        mojibake(trimmed, raw_start, &mut mojibake_spans);
        let c = clean_spans(trimmed, &readings);
        let c = match c {
            Cow::Borrowed(b) => Cow::Borrowed(b.trim_end()),
            Cow::Owned(o) => Cow::Owned(o.trim_end().to_string()),
        };
        raws.push((rl.content, rl.full, trimmed, raw_start));
        cleans.push(c);
    }
    let lines: Vec<Line<'_>> = raws
        .into_iter()
        .zip(&tables)
        .map(|((content, full, _raw, raw_start), readings)| Line {
            content,
            full,
            raw_start,
            readings,
        })
        .collect();
    let mut kinds: Vec<LineKind<'_>> = cleans.iter().map(|c| classify(c)).collect();
    // Regions come in document order and do not overlap: one pass over both.
    let mut regions = chrome.iter().peekable();
    for (k, line) in kinds.iter_mut().zip(&lines) {
        while regions
            .next_if(|r| r.span.end < line.content.start)
            .is_some()
        {}
        let Some(region) = regions.peek() else { break };
        if region.span.contains(line.content) && !matches!(k, LineKind::Blank) {
            *k = match region.kind {
                ChromeKind::Navigation | ChromeKind::LeadIn => LineKind::NavChrome,
                ChromeKind::Footer | ChromeKind::Teaser => LineKind::FooterChrome,
            };
        }
    }
    let wrap_width = wrap_width(&cleans);
    let mut b = Builder {
        lines,
        cleans: &cleans,
        diagnostics: Vec::new(),
        wrap_width,
    };
    if let Some(&first) = restored.first() {
        b.diagnostics.push(Diagnostic::new(
            DiagnosticCode::LineBreakRestored,
            format!(
                "{} line breaks restored where the text ran on (the first here)",
                restored.len()
            ),
            Span::new(first, first),
        ));
    }
    for span in mojibake_spans.iter().take(MAX_MOJIBAKE_DIAGNOSTICS) {
        b.diagnostics.push(Diagnostic::new(
            DiagnosticCode::Mojibake,
            "character lost in conversion (? or U+FFFD in Han text)",
            *span,
        ));
    }
    if mojibake_spans.len() > MAX_MOJIBAKE_DIAGNOSTICS {
        let span = mojibake_spans[MAX_MOJIBAKE_DIAGNOSTICS];
        let more = mojibake_spans.len() - MAX_MOJIBAKE_DIAGNOSTICS;
        b.diagnostics.push(Diagnostic::new(
            DiagnosticCode::Mojibake,
            format!("{more} more characters lost in conversion"),
            span,
        ));
    }
    if let Some(span) = first_pinyin {
        b.diagnostics.push(Diagnostic::new(
            DiagnosticCode::PinyinReadings,
            format!("{pinyin_count} pinyin readings left out of text views"),
            span,
        ));
    }
    b.run(&kinds)
}

impl<'a> Builder<'a> {
    fn clean(&self, i: usize) -> &'a str {
        &self.cleans[i]
    }

    fn run(mut self, kinds: &[LineKind<'a>]) -> Built {
        let n = self.lines.len();
        let mut place = vec![Place::Body; n];

        // Head chrome: a news lead-in ending in 原文如下, then navigation lines.
        let mut head = 0;
        let limit = (n / 2).clamp(1, 60);
        if let Some(i) = kinds
            .iter()
            .take(limit)
            .position(|k| *k == LineKind::LeadInEnd)
        {
            for p in place.iter_mut().take(i + 1) {
                *p = Place::Chrome(ChromeKind::LeadIn);
            }
            head = i + 1;
        }
        while head < n && matches!(kinds[head], LineKind::Blank | LineKind::NavChrome) {
            if kinds[head] == LineKind::NavChrome {
                place[head] = Place::Chrome(ChromeKind::Navigation);
            }
            head += 1;
        }

        // Tail chrome: footer lines, and related-news teasers.
        let mut tail = n;
        // quiet[i]: every line from i on is chrome-like or short; one backward pass.
        let mut quiet = vec![true; n + 1];
        for i in (0..n).rev() {
            let chrome_like = matches!(
                kinds[i],
                LineKind::Blank | LineKind::FooterChrome | LineKind::NavChrome
            ) || (char_len(self.clean(i)) <= 40 && !self.clean(i).contains('。'));
            quiet[i] = quiet[i + 1] && chrome_like;
        }
        if let Some(f) = (head..n).find(|&i| kinds[i] == LineKind::FooterChrome && quiet[i]) {
            tail = f;
        }
        // Related-news teasers at the end: a short tail where most lines open with a date
        // (2025-06-25…) or 【. The region starts at a teaser-like line and stops at body
        // structure (a statement, a heading, a task); at most 40 lines.
        // 【专题】title is a teaser; a whole line in 【】 is a clause or an aside.
        let teaser_like = |i: usize| {
            let c = self.clean(i);
            kinds[i] == LineKind::IsoDateStart || (c.starts_with('【') && !c.ends_with('】'))
        };
        let (mut nonblank, mut teaserish, mut best) = (0usize, 0usize, None);
        for i in (head..tail).rev() {
            if kinds[i] == LineKind::Blank {
                continue;
            }
            if nonblank >= 40
                || matches!(
                    kinds[i],
                    LineKind::Statement { .. } | LineKind::Marked { .. } | LineKind::Attendees
                )
            {
                break;
            }
            nonblank += 1;
            if teaser_like(i) {
                teaserish += 1;
                if teaserish * 2 >= nonblank {
                    best = Some(i);
                }
            }
        }
        if let Some(start) = best.filter(|&s| s > head) {
            for p in &mut place[start..tail] {
                *p = Place::Chrome(ChromeKind::Teaser);
            }
            tail = start;
        }
        for p in place.iter_mut().take(n).skip(tail) {
            if *p == Place::Body {
                *p = Place::Chrome(ChromeKind::Footer);
            }
        }
        // A footer region after teasers stays footer; blank lines there are chrome too.

        // Front matter: issuer mark, doc number, title, addressees, meeting line, speaker.
        let mut title: Option<Title> = None;
        let mut i = head;
        while i < tail
            && matches!(
                kinds[i],
                LineKind::Blank | LineKind::IssuerMark | LineKind::DocNumber
            )
        {
            i += 1;
        }
        let texts: Vec<&str> = (0..tail).map(|j| self.clean(j)).collect();
        if let Some(p) = title::choose(&texts, kinds, head, tail) {
            // What stands above the document's own title is page furniture.
            for j in head..p.first {
                if matches!(kinds[j], LineKind::Text | LineKind::NavChrome) {
                    place[j] = Place::Chrome(ChromeKind::Navigation);
                }
            }
            let whole_line =
                p.first == p.last && p.cut_start == 0 && p.keep_end == self.clean(p.first).len();
            title = Some(if whole_line {
                self.title_from_line(p.first, tail)
            } else {
                self.title_from_lines(&p)
            });
            for pl in &mut place[p.first..=p.last] {
                *pl = Place::Title;
            }
            i = p.last + 1;
        } else if i < tail && kinds[i] == LineKind::Text && title_like(self.clean(i), 80) {
            let t = self.title_from_line(i, tail);
            place[i] = Place::Title;
            let mut t = t;
            // A title broken over two lines: the second ends with the genre.
            if genre_of(&t.text).is_none() && i + 1 < tail && kinds[i + 1] == LineKind::Text {
                let next = self.clean(i + 1);
                if title_like(next, 40)
                    && genre_of(next).is_some()
                    && char_len(&t.text) + char_len(next) <= 80
                {
                    place[i + 1] = Place::Title;
                    t.text.push_str(next);
                    t.span = t.span.cover(Span::new(
                        self.lines[i + 1].raw_start,
                        self.lines[i + 1].content.end,
                    ));
                    let (is, su, ge) = title_parts(&t.text);
                    t.issuer = is;
                    t.subject = su;
                    t.genre = ge;
                    i += 1;
                }
            }
            title = Some(t);
            i += 1;
        }
        // Lines right after the title: doc number, addressees, meeting line, speaker.
        let mut j = i;
        let mut after_meeting = false;
        while j < tail && j < i + 6 {
            match kinds[j] {
                LineKind::Blank
                | LineKind::DocNumber
                | LineKind::Salutation
                | LineKind::NavChrome => {}
                LineKind::MeetingLine => after_meeting = true,
                LineKind::Text => {
                    let c = self.clean(j);
                    if (c.ends_with('：') || c.ends_with(':')) && is_addressee_list(c) {
                        place[j] = Place::Front(FrontKind::Addressees);
                    } else if after_meeting && char_len(c) <= 30 && !c.contains(['，', ',', '。'])
                    {
                        place[j] = Place::Front(FrontKind::Speaker);
                        after_meeting = false;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
            j += 1;
        }
        // Signature: the short unit-like line right before a trailing date line.
        // The signing date: the first date line under a signature (a short unit name), even
        // when attachments follow it; else a date line that ends the text.
        let mut signed_date_line = None;
        for k in head..tail {
            if kinds[k] != LineKind::DateLine {
                continue;
            }
            let mut s = k;
            while s > head && kinds[s - 1] == LineKind::Blank {
                s -= 1;
            }
            if s > head && kinds[s - 1] == LineKind::Text && place[s - 1] == Place::Body {
                let c = self.clean(s - 1);
                if char_len(c) <= 30
                    && looks_like_unit(c)
                    && !c.contains(['，', ',', '。', '：', ':'])
                {
                    place[s - 1] = Place::Front(FrontKind::Signature);
                    signed_date_line.get_or_insert(k);
                }
            }
        }
        let mut trailing_date_line = None;
        for k in (head..tail).rev() {
            match kinds[k] {
                LineKind::Blank
                | LineKind::Note
                | LineKind::Cc
                | LineKind::Printing
                | LineKind::Attachment
                | LineKind::NavChrome
                | LineKind::FooterChrome => continue,
                LineKind::DateLine => trailing_date_line = Some(k),
                _ => {}
            }
            break;
        }
        let last_date_line = signed_date_line.or(trailing_date_line);

        // Which numbered lines carry responsibility; the style the tasks use.
        // Boxed: most lines carry no clause, and an unboxed slot costs ~150 bytes a line.
        let mut clauses: Vec<Option<Box<FoundClause>>> = (0..n).map(|_| None).collect();
        let mut style_counts: Vec<(MarkerStyle, usize)> = Vec::new();
        let mut resp_count = 0;
        for k in head..tail {
            if place[k] != Place::Body {
                continue;
            }
            let carries = match kinds[k] {
                LineKind::Marked { marker, .. }
                    if is_item_style(marker.style)
                        || (is_heading_item_style(marker.style)
                            && !self.next_is_deeper(k, kinds, tail, marker.style)) =>
                {
                    let c = self.trailing_clause(k);
                    let has = c.is_some() || self.next_is_resp_line(k, kinds, tail);
                    clauses[k] = c.map(Box::new);
                    if has {
                        match style_counts.iter_mut().find(|(s, _)| *s == marker.style) {
                            Some((_, c)) => *c += 1,
                            None => style_counts.push((marker.style, 1)),
                        }
                    }
                    has
                }
                LineKind::Text => {
                    clauses[k] = self
                        .trailing_clause(k)
                        .filter(|f| !f.clause.units.is_empty())
                        .map(Box::new);
                    false
                }
                _ => false,
            };
            resp_count += usize::from(carries);
        }
        let task_style = style_counts.iter().max_by_key(|(_, c)| *c).map(|(s, _)| *s);
        let title_says_tasks = title.as_ref().is_some_and(|t| {
            let x = &t.text;
            (x.contains("分工")
                || x.contains("责任")
                || x.contains("責任")
                || x.contains("任务分解")
                || x.contains("任務分解"))
                && (x.ends_with("通知") || x.ends_with("方案") || x.ends_with("清单"))
        });
        let is_notice = resp_count >= 3 || (title_says_tasks && resp_count >= 1);

        // Body pass.
        let mut tree = Tree {
            top: Vec::new(),
            stack: Vec::new(),
            top_last_numbers: Vec::new(),
        };
        let mut k = 0;
        // After the body's sign-off (signature, date line), a title-like line opens an
        // attachment: its own title, its own numbering from level 1.
        let mut after_sign_off = false;
        let mut body_seen = false;
        let mut date: Option<DateValue> = None;
        let mut dateline_date: Option<DateValue> = None;
        let mut front_date: Option<DateValue> = None;
        let mut dateline_line = 0;
        // Columns of the flattened table being read, if any.
        let mut table: Option<Vec<Column>> = None;
        while k < n {
            let line = self.lines[k];
            let c = self.clean(k).to_string();
            let sign_off_line = place[k] == Place::Front(FrontKind::Signature)
                || matches!(kinds[k], LineKind::DateLine | LineKind::Dateline);
            let sign_off_before = after_sign_off;
            // A whole-line aside such as (本文有删减) neither ends the sign-off nor is a heading.
            let aside = is_aside(&c);
            if !sign_off_line && !aside && kinds[k] != LineKind::Blank {
                after_sign_off = false;
                if place[k] == Place::Body
                    && matches!(kinds[k], LineKind::Text | LineKind::Marked { .. })
                {
                    body_seen = true;
                }
            }
            let tb = |b: &Self| TextBlock {
                span: b.lines[k].full,
                text: b.clean(k).to_string(),
            };
            match place[k] {
                Place::Chrome(kind) => {
                    // Runs of chrome of one kind become one block.
                    let mut e = k;
                    while e + 1 < n && place[e + 1] == Place::Chrome(kind) {
                        e += 1;
                    }
                    let span = Span::new(line.full.start, self.lines[e].full.end);
                    let text = (k..=e)
                        .map(|x| self.clean(x))
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join("\n");
                    tree.push(Block::Chrome(Chrome {
                        span,
                        text,
                        chrome: kind,
                    }));
                    k = e + 1;
                    continue;
                }
                Place::Title => {
                    let mut e = k;
                    while e + 1 < n && place[e + 1] == Place::Title {
                        e += 1;
                    }
                    let text = title.as_ref().map_or_else(String::new, |t| t.text.clone());
                    tree.push(Block::Title(TextBlock {
                        span: Span::new(line.full.start, self.lines[e].full.end),
                        text,
                    }));
                    k = e + 1;
                    continue;
                }
                Place::Front(FrontKind::Addressees) => tree.push(Block::Addressees(tb(&self))),
                Place::Front(FrontKind::Speaker) => tree.push(Block::Speaker(tb(&self))),
                Place::Front(FrontKind::Signature) => {
                    tree.close_all();
                    tree.push(Block::Signature(tb(&self)));
                    after_sign_off = body_seen;
                    k += 1;
                    continue;
                }
                Place::Body
                    if kinds[k] == LineKind::Text && self.table_line(k, &mut table, &mut tree) => {}
                Place::Body if kinds[k] == LineKind::Text && is_column_name(self.clean(k)) => {
                    match self.vertical_table(k, kinds, tail, &mut tree) {
                        Some(next) => {
                            k = next;
                            continue;
                        }
                        None => {
                            tree.push(Block::Paragraph(Box::new(self.paragraph(k, None, None))))
                        }
                    }
                }
                Place::Body => match kinds[k] {
                    LineKind::Blank => tree.push(Block::Blank(TextBlock {
                        span: line.full,
                        text: String::new(),
                    })),
                    LineKind::IssuerMark => tree.push(Block::IssuerMark(tb(&self))),
                    LineKind::DocNumber => tree.push(Block::DocNumber(tb(&self))),
                    LineKind::MeetingLine => {
                        if date.is_none() {
                            date = self.date_in_line(k, true);
                        }
                        tree.push(Block::MeetingLine(tb(&self)));
                    }
                    LineKind::Salutation => tree.push(Block::Salutation(tb(&self))),
                    LineKind::DateLine => {
                        if tree.stack.is_empty()
                            && front_date.is_none()
                            && Some(k) != last_date_line
                        {
                            // （2024年4月2日） under the title: the date of adoption or issue.
                            front_date = self.date_in_line(k, true);
                        }
                        if Some(k) == last_date_line {
                            tree.close_all();
                            if let Some(d) = self.date_in_line(k, true) {
                                date = Some(d);
                            }
                        }
                        tree.push(Block::DateLine(tb(&self)));
                        after_sign_off = body_seen;
                        k += 1;
                        continue;
                    }
                    LineKind::Attachment => tree.push(Block::Attachment(tb(&self))),
                    LineKind::Cc => {
                        tree.close_all();
                        tree.push(Block::Cc(tb(&self)));
                    }
                    LineKind::Printing => {
                        tree.close_all();
                        tree.push(Block::Printing(tb(&self)));
                    }
                    LineKind::Note => tree.push(Block::Note(tb(&self))),
                    LineKind::Dateline => {
                        let d = self.dateline(k);
                        if dateline_date.is_none() {
                            dateline_date = d.date.clone();
                            dateline_line = k;
                        }
                        tree.push(Block::Dateline(Box::new(d)));
                        after_sign_off = body_seen;
                        k += 1;
                        continue;
                    }
                    LineKind::Attendees => tree.push(Block::Attendees(Box::new(self.attendees(k)))),
                    LineKind::Statement { verb_end } => {
                        let verb = c["会议".len()..verb_end].to_string();
                        let text = c[verb_end..]
                            .trim_start_matches(['，', ',', '：', ':'])
                            .to_string();
                        tree.push(Block::Statement(Statement {
                            span: line.full,
                            verb,
                            text,
                        }));
                    }
                    LineKind::Marked { marker, body } => {
                        // A （一） line with its own clause and no items under it is a task.
                        // A heading item with a clause is a task unless the document numbers
                        // its tasks in an item style (1. 1﹒ (1)) of its own.
                        let heading_task = is_heading_item_style(marker.style)
                            && (clauses[k].is_some() || self.next_is_resp_line(k, kinds, tail))
                            && (task_style.is_none_or(|t| t == marker.style || !is_item_style(t))
                                || !run_in_shape(
                                    &c[body..],
                                    clauses[k].as_ref().map(|f| f.text_end.saturating_sub(body)),
                                ));
                        let is_task = (is_item_style(marker.style) || heading_task)
                            && (clauses[k].is_some()
                                || self.next_is_resp_line(k, kinds, tail)
                                || (is_notice
                                    && Some(marker.style) == task_style
                                    && !is_definition(&c[body..])));
                        if is_task {
                            let task = self.task(
                                k,
                                Some(marker),
                                body,
                                clauses[k].take().map(|b| *b),
                                &tree,
                            );
                            self.check_number(&mut tree, marker, line.content);
                            let end = self.absorb_resp_lines(k, kinds, tail, task, &mut tree);
                            k = end;
                            continue;
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
                        if (structural || short_title) && !definition {
                            self.open_heading(&mut tree, k, marker, body, false);
                            if let Some(j) = self.heading_continuation(k, kinds, tail) {
                                self.continue_heading(&mut tree, j);
                                k = j;
                            }
                            if let (Some(f), Some(open)) =
                                (clauses[k].take(), tree.stack.last_mut())
                            {
                                open.heading.responsibility = Some(Box::new(Responsibility {
                                    span: f.span,
                                    units: f.clause.units,
                                    leaders: f.clause.leaders,
                                }));
                            }
                        } else {
                            let p = self.paragraph(k, Some(marker.text.to_string()), None);
                            tree.push(Block::Paragraph(Box::new(p)));
                        }
                    }
                    LineKind::ResponsibilityLine => {
                        let p = self.paragraph(k, None, None);
                        tree.push(Block::Paragraph(Box::new(p)));
                    }
                    LineKind::NavChrome | LineKind::FooterChrome => {
                        // Page furniture inside the text (发布日期, 字号, 责任编辑…): chrome, kept.
                        let chrome = if kinds[k] == LineKind::NavChrome {
                            ChromeKind::Navigation
                        } else {
                            ChromeKind::Footer
                        };
                        tree.push(Block::Chrome(Chrome {
                            span: line.full,
                            text: c.clone(),
                            chrome,
                        }));
                    }
                    LineKind::Text if sign_off_before && attachment_title_like(&c) => {
                        tree.close_all();
                        tree.push(Block::Attachment(tb(&self)));
                    }
                    LineKind::Text | LineKind::IsoDateStart | LineKind::LeadInEnd => {
                        if let Some(clause) =
                            clauses[k].take().filter(|f| !f.clause.units.is_empty())
                        {
                            let task = self.task(k, None, 0, Some(*clause), &tree);
                            tree.push(Block::Task(Box::new(task)));
                        } else if self.unnumbered_heading(k, kinds, &tree, tail) {
                            let m = Marker {
                                style: MarkerStyle::Unnumbered,
                                number: 0,
                                text: "",
                            };
                            self.open_heading(&mut tree, k, m, 0, false);
                        } else {
                            let level = (tree.stack.len() + 1) as u8;
                            let run_in = self.run_in_heading(k, level);
                            let p = self.paragraph(k, None, run_in);
                            tree.push(Block::Paragraph(Box::new(p)));
                        }
                    }
                },
            }
            k += 1;
        }
        tree.close_all();

        // A news dateline without a year (5月7日) takes it from the page's own date line near
        // the top (2024-05-08 来源：新华社, 发布时间：…), never from teasers at the end.
        let page_date = (0..dateline_line)
            .filter(|&j| matches!(kinds[j], LineKind::IsoDateStart | LineKind::NavChrome))
            .filter(|&j| {
                !matches!(
                    place[j],
                    Place::Chrome(ChromeKind::Teaser | ChromeKind::Footer)
                )
            })
            .find_map(|j| find_full_date(self.clean(j)).map(|(_, ymd)| ymd));
        let dateline_date = dateline_date.map(|mut d| {
            if let (None, Some(page), Some(m), Some(day)) = (d.year, page_date, d.month, d.day) {
                if let (Some(py), Some(pm), Some(pd)) = (page.year, page.month, page.day) {
                    d.year = Some(if (m, day) <= (pm, pd) { py } else { py - 1 });
                }
            }
            d
        });
        let date = date
            .or(front_date)
            .or_else(|| dateline_date.filter(|d| d.year.is_some() && d.day.is_some()));
        // The opening text, for documents whose kind shows before their tasks do.
        let mut head = String::new();
        for i in 0..n {
            if head.len() > 4000 {
                break;
            }
            head.push_str(self.clean(i));
            head.push('\n');
        }
        let mut built = Built {
            kind: DocumentKind::Unknown,
            title,
            date,
            blocks: tree.top,
            diagnostics: self.diagnostics,
        };
        built.kind = classify_kind(&built, &head);
        if built.kind == DocumentKind::TaskNotice {
            add_missing_unit_diagnostics(&built.blocks, &mut built.diagnostics);
        }
        built.diagnostics.sort_by_key(|d| d.span.start);
        built
    }

    /// A title cut from part of a line or joined from several (a broken title); spaces a
    /// layout put between characters (通 知) are left out of the text.
    fn title_from_lines(&self, p: &title::TitlePick) -> Title {
        let mut text = String::new();
        for j in p.first..=p.last {
            let c = self.clean(j);
            let a = if j == p.first { p.cut_start } else { 0 };
            let b = if j == p.last { p.keep_end } else { c.len() };
            text.push_str(c[a..b].trim());
        }
        let text = squeeze_han_spaces(&text);
        let span = Span::new(
            self.lines[p.first].at(p.cut_start),
            self.lines[p.last].at(p.keep_end),
        );
        let (issuer, subject, genre) = title_parts(&text);
        Title {
            text,
            span,
            issuer,
            subject,
            genre,
        }
    }

    fn title_from_line(&self, i: usize, tail: usize) -> Title {
        let c = self.clean(i);
        let line = self.lines[i];
        // Page titles join parts with | or _ (title_site name): keep the part the body is about.
        let mut parts = Vec::new();
        let mut start = 0;
        for (p, ch) in c.char_indices() {
            if ch == '|' || ch == '｜' || ch == '_' {
                parts.push((start, &c[start..p]));
                start = p + ch.len_utf8();
            }
        }
        parts.push((start, &c[start..]));
        let parts: Vec<(usize, &str)> = parts
            .into_iter()
            .map(|(o, p)| {
                let t = p.trim();
                (o + (p.len() - p.trim_start().len()), t)
            })
            .filter(|(_, p)| !p.is_empty())
            .collect();
        let (off, text) = if parts.len() > 1 {
            // The text after the title, bounded: enough to tell which part it is about.
            let mut body = String::new();
            for j in (i + 1)..tail {
                if body.len() > 16 * 1024 {
                    break;
                }
                body.push_str(self.clean(j));
                body.push('\n');
            }
            choose_title_part(&parts, &body)
        } else {
            parts.first().copied().unwrap_or((0, c))
        };
        let span = Span::new(line.at(off), line.at(off + text.len()));
        let (issuer, subject, genre) = title_parts(text);
        Title {
            text: text.to_string(),
            span,
            issuer,
            subject,
            genre,
        }
    }

    fn check_number(&mut self, tree: &mut Tree, marker: Marker<'_>, at: Span) {
        let last = tree.last_numbers();
        let prev = last.iter_mut().find(|(s, _)| *s == marker.style);
        match prev {
            Some((_, p)) => {
                let expected = *p + 1;
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

    fn check_parens(&mut self, k: usize) {
        let c = self.clean(k);
        let mut depth: i64 = 0;
        let mut bad = false;
        for ch in c.chars() {
            match ch {
                '(' | '（' => depth += 1,
                ')' | '）' => {
                    depth -= 1;
                    if depth < 0 {
                        bad = true;
                        depth = 0;
                    }
                }
                _ => {}
            }
        }
        if bad || depth != 0 {
            let sp = self.lines[k].content;
            self.diagnostics.push(Diagnostic::new(
                DiagnosticCode::UnbalancedParentheses,
                "unbalanced parentheses in line",
                sp,
            ));
        }
    }

    /// The line that carries on a heading a PDF step wrapped: the heading's line is full
    /// (as wide as the wrapped lines), has no 。, and the next line is a short phrase without
    /// sentence marks or a marker of its own.
    fn heading_continuation(&self, k: usize, kinds: &[LineKind<'a>], tail: usize) -> Option<usize> {
        let width = self.wrap_width?;
        let c = self.clean(k);
        let next = k + 1;
        if next >= tail || kinds[next] != LineKind::Text || char_len(c) + 1 < width {
            return None;
        }
        let n = self.clean(next);
        let short = char_len(n) < width * 2 / 3;
        (short && !c.contains('。') && !n.contains(['。', '；', ';', '，', ',', '：', ':']))
            .then_some(next)
    }

    /// Add line `j` to the title and span of the heading just opened.
    fn continue_heading(&self, tree: &mut Tree, j: usize) {
        let Some(open) = tree.stack.last_mut() else {
            return;
        };
        open.heading.title.push_str(self.clean(j).trim());
        open.heading.span = open.heading.span.cover(self.lines[j].content);
        open.line_end = self.lines[j].full.end;
    }

    fn open_heading(
        &mut self,
        tree: &mut Tree,
        k: usize,
        marker: Marker<'_>,
        body: usize,
        run_in: bool,
    ) {
        let line = self.lines[k];
        let c = self.clean(k).to_string();
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
        let title = after[..title_len]
            .trim_end_matches(['：', ':', ' ', '\u{3000}'])
            .to_string();
        let rank = marker.style.rank();
        if marker.style != MarkerStyle::Unnumbered {
            // Number bookkeeping happens in the parent, before this section opens.
            while tree
                .stack
                .last()
                .is_some_and(|o| o.heading.style.rank() >= rank)
            {
                tree.close_one();
            }
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
        } else {
            while tree
                .stack
                .last()
                .is_some_and(|o| o.heading.style.rank() >= rank)
            {
                tree.close_one();
            }
        }
        let level = (tree.stack.len() + 1).min(u8::MAX as usize) as u8;
        let span = Span::new(line.raw_start, line.at(body + title_len));
        let heading = Heading {
            id: HeadingId::default(),
            level,
            marker: marker.text.to_string(),
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
            start: line.full.start,
            line_end: line.full.end,
            children: Vec::new(),
            last_numbers: Vec::new(),
        };
        match run_on_from.filter(|&f| f < c.len() && !c[f..].trim().is_empty()) {
            Some(from) => {
                let start = line.at(from);
                let text = c[from..].trim().to_string();
                let items = self.list_items(k, from);
                open.children.push(Block::Paragraph(Box::new(Paragraph {
                    span: Span::new(start, line.full.end),
                    text,
                    run_in: None,
                    marker: None,
                    items,
                    targets: self.targets_in(k, from, c.len()),
                })));
            }
            None => {
                // The heading line's own bytes belong to the section; nothing to add.
            }
        }
        tree.stack.push(open);
    }

    fn unnumbered_heading(
        &self,
        k: usize,
        kinds: &[LineKind<'a>],
        tree: &Tree,
        tail: usize,
    ) -> bool {
        let c = self.clean(k);
        if !title_like(c, 30) || c.contains(['，', ',', '、', '：', ':']) || is_aside(c) {
            return false;
        }
        if c.ends_with(['是', '的', '了', '和', '与', '及', '在', '为']) {
            return false;
        }
        // A subtitle (——记…) or a byline (记者 张三, 作者…) is not a heading.
        if c.starts_with(['—', '-', '－', '─', '―'])
            || [
                "记者",
                "記者",
                "通讯员",
                "通訊員",
                "作者",
                "编辑",
                "編輯",
                "摄影",
                "攝影",
            ]
            .iter()
            .any(|w| c.contains(w))
        {
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
        let mut j = k + 1;
        while j < tail && kinds[j] == LineKind::Blank {
            j += 1;
        }
        j < tail && kinds[j] == LineKind::Text && char_len(self.clean(j)) > char_len(c)
    }

    fn run_in_heading(&self, k: usize, level: u8) -> Option<Heading> {
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
        let line = self.lines[k];
        Some(Heading {
            id: HeadingId::default(),
            level,
            marker: String::new(),
            style: MarkerStyle::Unnumbered,
            number: None,
            title: phrase.to_string(),
            span: Span::new(line.raw_start, line.at(e)),
            run_in: true,
            targets: Vec::new(),
            responsibility: None,
        })
    }

    /// Targets in cleaned line `k` between offsets `from` and `to`, spans in the source.
    fn targets_in(&self, k: usize, from: usize, to: usize) -> Vec<Target> {
        let c = self.clean(k);
        let line = self.lines[k];
        let Some(text) = c.get(from..to) else {
            return Vec::new();
        };
        let mut out = target::find_targets(text);
        // Most lines have zero or one target: drop the spare capacity (a Target is ~300 B).
        out.shrink_to_fit();
        for t in &mut out {
            t.map_spans(|o| line.at(from + o));
        }
        out
    }

    fn paragraph(&self, k: usize, marker: Option<String>, run_in: Option<Heading>) -> Paragraph {
        Paragraph {
            span: self.lines[k].full,
            text: self.clean(k).to_string(),
            run_in,
            marker,
            items: self.list_items(k, 0),
            targets: self.targets_in(k, 0, self.clean(k).len()),
        }
    }

    /// 一是……二是…… items in line `k` from cleaned offset `from`.
    fn list_items(&self, k: usize, from: usize) -> Vec<ListItem> {
        let c = self.clean(k);
        let line = self.lines[k];
        let openers = [
            "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
        ];
        let mut found: Vec<(usize, u64)> = Vec::new();
        let mut at = from;
        for (n, o) in openers.iter().enumerate() {
            match c[at..].find(o) {
                Some(p) => {
                    found.push((at + p, n as u64 + 1));
                    at += p + o.len();
                }
                None => break,
            }
        }
        if found.len() < 2 {
            return Vec::new();
        }
        let mut items = Vec::new();
        for (idx, &(pos, num)) in found.iter().enumerate() {
            let end = found.get(idx + 1).map_or(c.len(), |x| x.0);
            let text = c[pos + "一是".len()..end]
                .trim_start_matches(['，', ',', '：', ':'])
                .trim_end()
                .to_string();
            items.push(ListItem {
                number: num,
                marker: c[pos..pos + "一是".len()].to_string(),
                span: Span::new(line.at(pos), line.at(end)),
                text,
            });
        }
        items
    }

    fn date_in_line(&self, k: usize, full_only: bool) -> Option<DateValue> {
        let c = self.clean(k);
        let line = self.lines[k];
        let (r, ymd) = if full_only {
            find_full_date(c)?
        } else {
            find_date(c)?
        };
        Some(date_value(ymd, Span::new(line.at(r.start), line.at(r.end))))
    }

    fn dateline(&self, k: usize) -> NewsDateline {
        let c = self.clean(k);
        let line = self.lines[k];
        let source = c
            .find(['讯', '訊'])
            .map(|i| c[..i + '讯'.len_utf8()].to_string());
        let mut reporters = Vec::new();
        for key in ["记者", "記者"] {
            if let Some(p) = c.find(key) {
                let rest = &c[p + key.len()..];
                let end = rest.find([')', '）']).unwrap_or(0);
                for name in rest[..end].split([' ', '\u{3000}', '、', '，', ',']) {
                    if !name.is_empty() {
                        reporters.push(name.to_string());
                    }
                }
            }
        }
        let head_end = c.char_indices().nth(40).map_or(c.len(), |(i, _)| i);
        let date = find_date(&c[..head_end])
            .map(|(r, ymd)| date_value(ymd, Span::new(line.at(r.start), line.at(r.end))));
        NewsDateline {
            span: line.full,
            text: c.to_string(),
            source,
            reporters,
            date,
        }
    }

    fn attendees(&self, k: usize) -> Attendees {
        let c = self.clean(k);
        let mut present = Vec::new();
        let mut observers = Vec::new();
        for sentence in c.split(['。', '；', ';']) {
            let (names, into) = if let Some(p) = sentence
                .find("出席会议")
                .or_else(|| sentence.find("出席會議"))
            {
                (&sentence[..p], &mut present)
            } else if let Some(p) = sentence
                .find("列席会议")
                .or_else(|| sentence.find("列席會議"))
            {
                (&sentence[..p], &mut observers)
            } else {
                continue;
            };
            for name in names.split(['、', '，', ',']) {
                let name = name.trim();
                if !name.is_empty() && char_len(name) <= 12 {
                    into.push(name.to_string());
                }
            }
        }
        Attendees {
            span: self.lines[k].full,
            text: c.to_string(),
            present,
            observers,
        }
    }
}

fn date_value(ymd: Ymd, span: Span) -> DateValue {
    DateValue {
        year: ymd.year,
        month: ymd.month,
        day: ymd.day,
        span,
    }
}

fn make_deadline(text: &str, span: Span) -> Deadline {
    let d = date::whole_deadline(text);
    Deadline {
        text: text.to_string(),
        span,
        year: d.as_ref().and_then(|d| d.year),
        month: d.as_ref().and_then(|d| d.month),
        day: d.as_ref().and_then(|d| d.day),
        ongoing: d.as_ref().is_some_and(|d| d.ongoing),
    }
}
