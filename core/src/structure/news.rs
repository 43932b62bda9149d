//! Meeting news: the dateline (济源网讯(记者 …)5月7日), attendee lines, 会议强调… statements,
//! and the document's date, which a news page may only give in its dateline.

use super::paragraphs::date_value;
use super::{char_len, Builder, Place};
use crate::ast::{Attendees, ChromeKind, DateValue, NewsDateline, Statement};
use crate::lex::date::{find_date, find_full_date};
use crate::lex::lines::LineKind;
use crate::lexicon::news::{
    ATTENDEE_OBSERVER_WORDS, ATTENDEE_PRESENT_WORDS, DATELINE_AGENCY_ENDINGS, REPORTER_WORDS,
    STATEMENT_SUBJECTS,
};
use crate::Span;
use crate::Text;

/// Dates the body pass met, in the order it prefers them.
#[derive(Default)]
pub(super) struct Dates {
    /// The date of the signing date line or meeting line.
    pub signed: Option<DateValue>,
    /// （2024年4月2日） under the title: the date of adoption or issue.
    pub front: Option<DateValue>,
    /// The first news dateline's date, and its line.
    pub dateline: Option<DateValue>,
    pub dateline_line: usize,
}

impl Builder<'_> {
    pub(super) fn dateline(&self, k: usize) -> NewsDateline {
        let c = self.clean(k);
        let line = self.line(k);
        let source = c.find(DATELINE_AGENCY_ENDINGS).map(|i| {
            let end = i + c[i..].chars().next().map_or(0, char::len_utf8);
            Text::of(&c[..end])
        });
        let mut reporters = Vec::new();
        for key in REPORTER_WORDS {
            if let Some(p) = c.find(key) {
                let rest = &c[p + key.len()..];
                let end = rest.find([')', '）']).unwrap_or(0);
                for name in rest[..end].split([' ', '\u{3000}', '、', '，', ',']) {
                    if !name.is_empty() {
                        reporters.push(Text::of(name));
                    }
                }
            }
        }
        let head_end = c.char_indices().nth(40).map_or(c.len(), |(i, _)| i);
        let date = find_date(&c[..head_end])
            .map(|(r, ymd)| date_value(ymd, Span::new(line.at(r.start), line.at(r.end))));
        NewsDateline {
            span: line.full,
            text: Text::of(c),
            source,
            reporters,
            date,
        }
    }

    pub(super) fn attendees(&self, k: usize) -> Attendees {
        let c = self.clean(k);
        let mut present = Vec::new();
        let mut observers = Vec::new();
        let find_any = |s: &str, words: &[&str]| words.iter().find_map(|w| s.find(w));
        for sentence in c.split(['。', '；', ';']) {
            let (names, into) = if let Some(p) = find_any(sentence, ATTENDEE_PRESENT_WORDS) {
                (&sentence[..p], &mut present)
            } else if let Some(p) = find_any(sentence, ATTENDEE_OBSERVER_WORDS) {
                (&sentence[..p], &mut observers)
            } else {
                continue;
            };
            for name in names.split(['、', '，', ',']) {
                let name = name.trim();
                if !name.is_empty() && char_len(name) <= 12 {
                    into.push(Text::of(name));
                }
            }
        }
        Attendees {
            span: self.full(k),
            text: Text::of(c),
            present,
            observers,
        }
    }

    /// 会议强调，…: the verb after 会议 and what follows it.
    pub(super) fn statement(&self, k: usize, verb_end: usize) -> Statement {
        let c = self.clean(k);
        let subject = STATEMENT_SUBJECTS
            .iter()
            .find(|w| c.starts_with(**w))
            .map_or(0, |w| w.len());
        let verb = Text::of(&c[subject..verb_end]);
        let text = Text::of(c[verb_end..].trim_start_matches(['，', ',', '：', ':']));
        Statement {
            span: self.full(k),
            verb,
            text,
        }
    }

    /// The document's date: the signing date, else the front date, else a news dateline's
    /// date. A dateline without a year (5月7日) takes it from the page's own date line near
    /// the top (2024-05-08 来源：新华社, 发布时间：…), never from teasers at the end.
    pub(super) fn document_date(&self, dates: Dates) -> Option<DateValue> {
        let page_date = (0..dates.dateline_line)
            .filter(|&j| matches!(self.kinds[j], LineKind::IsoDateStart | LineKind::NavChrome))
            .filter(|&j| {
                !matches!(
                    self.place[j],
                    Place::Chrome(ChromeKind::Teaser | ChromeKind::Footer)
                )
            })
            .find_map(|j| find_full_date(self.clean(j)).map(|(_, ymd)| ymd));
        let dateline_date = dates.dateline.map(|mut d| {
            if let (None, Some(page), Some(m), Some(day)) = (d.year, page_date, d.month, d.day) {
                if let (Some(py), Some(pm), Some(pd)) = (page.year, page.month, page.day) {
                    d.year = Some(if (m, day) <= (pm, pd) { py } else { py - 1 });
                }
            }
            d
        });
        // A dateline's date is the document's only when whole (matched, not filtered: with
        // `filter`, the optimiser tests the day of an absent date first, which valgrind
        // reports as a jump on uninitialised memory).
        let whole_dateline = match dateline_date {
            Some(
                d @ DateValue {
                    year: Some(_),
                    day: Some(_),
                    ..
                },
            ) => Some(d),
            _ => None,
        };
        dates.signed.or(dates.front).or(whole_dateline)
    }
}
