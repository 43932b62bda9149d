//! Page chrome: a news lead-in and navigation above the document, footer lines and
//! related-news teasers below it, and regions a reader already knew to be furniture.

use super::{char_len, Builder, Line, Place};
use crate::ast::ChromeKind;
use crate::lex::lines::LineKind;

/// Lines inside regions a reader marked as chrome (an HTML page's navigation and footer)
/// are chrome whatever they say. Regions come in document order and do not overlap: one
/// pass over both.
pub(super) fn mark_reader_regions(
    kinds: &mut [LineKind],
    lines: &[Line],
    chrome: &[crate::ChromeRegion],
) {
    let mut regions = chrome.iter().peekable();
    for (k, line) in kinds.iter_mut().zip(lines) {
        while regions
            .next_if(|r| r.span.end() < line.content.start())
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
}

impl Builder<'_> {
    /// Head chrome: a news lead-in ending in 原文如下, then navigation lines. Sets `head`.
    pub(super) fn mark_head_chrome(&mut self) {
        let kinds = self.kinds;
        let n = self.lines.len();
        let mut head = 0;
        let limit = (n / 2).clamp(1, 60);
        if let Some(i) = kinds
            .iter()
            .take(limit)
            .position(|k| *k == LineKind::LeadInEnd)
        {
            for p in self.place.iter_mut().take(i + 1) {
                *p = Place::Chrome(ChromeKind::LeadIn);
            }
            head = i + 1;
        }
        while head < n && matches!(kinds[head], LineKind::Blank | LineKind::NavChrome) {
            if kinds[head] == LineKind::NavChrome {
                self.place[head] = Place::Chrome(ChromeKind::Navigation);
            }
            head += 1;
        }
        self.head = head;
    }

    /// Tail chrome: footer lines, and related-news teasers. Sets `tail`.
    pub(super) fn mark_tail_chrome(&mut self) {
        let kinds = self.kinds;
        let (n, head) = (self.lines.len(), self.head);
        let mut tail = n;
        // quiet[i]: every line from i on is chrome-like or short; one backward pass.
        let mut quiet = vec![true; n + 1];
        for i in (0..n).rev() {
            // Once a line is not quiet, no line before it is: its shape is not read.
            quiet[i] = quiet[i + 1]
                && (matches!(
                    kinds[i],
                    LineKind::Blank | LineKind::FooterChrome | LineKind::NavChrome
                ) || (char_len(self.clean(i)) <= 40 && !self.clean(i).contains('。')));
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
            for p in &mut self.place[start..tail] {
                *p = Place::Chrome(ChromeKind::Teaser);
            }
            tail = start;
        }
        // A footer region after teasers stays footer; blank lines there are chrome too.
        for p in self.place.iter_mut().take(n).skip(tail) {
            if *p == Place::Body {
                *p = Place::Chrome(ChromeKind::Footer);
            }
        }
        self.tail = tail;
    }
}
