//! Front and back matter: the title (and the lines above it that are page furniture), the
//! doc number, addressees, meeting line and speaker under it, and the signature and date
//! line that sign the document off.

use super::title::{self, choose_title_part, genre_of, squeeze_han_spaces, title_parts};
use super::{char_len, title_like, Builder, FrontKind, Place};
use crate::ast::{ChromeKind, Title};
use crate::lex::lines::{is_addressee_list, LineKind};
use crate::lex::units::looks_like_unit;
use crate::Span;
use crate::Text;

impl Builder<'_> {
    /// Find the title and place its lines; returns the line after the title (or after the
    /// issuer mark and doc number when there is none).
    pub(super) fn place_title(&mut self) -> usize {
        let kinds = self.kinds;
        let (head, tail) = (self.head, self.tail);
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
            for (j, kind) in kinds.iter().enumerate().take(p.first).skip(head) {
                if matches!(kind, LineKind::Text | LineKind::NavChrome) {
                    self.place[j] = Place::Chrome(ChromeKind::Navigation);
                }
            }
            let whole_line =
                p.first == p.last && p.cut_start == 0 && p.keep_end == self.clean(p.first).len();
            self.title = Some(if whole_line {
                self.title_from_line(p.first)
            } else {
                self.title_from_lines(&p)
            });
            for pl in &mut self.place[p.first..=p.last] {
                *pl = Place::Title;
            }
            i = p.last + 1;
        } else if i < tail && kinds[i] == LineKind::Text && title_like(self.clean(i), 80) {
            let mut t = self.title_from_line(i);
            self.place[i] = Place::Title;
            // A title broken over two lines: the second ends with the genre.
            if genre_of(&t.text).is_none() && i + 1 < tail && kinds[i + 1] == LineKind::Text {
                let next = self.clean(i + 1);
                if title_like(next, 40)
                    && genre_of(next).is_some()
                    && char_len(&t.text) + char_len(next) <= 80
                {
                    self.place[i + 1] = Place::Title;
                    t.text = format!("{}{next}", t.text).into();
                    t.span = t.span.cover(Span::new(
                        self.lines[i + 1].raw_start(),
                        self.lines[i + 1].content.end(),
                    ));
                    let (is, su, ge) = title_parts(&t.text);
                    t.issuer = is.map(Into::into);
                    t.subject = su.map(Into::into);
                    t.genre = ge.map(Into::into);
                    i += 1;
                }
            }
            self.title = Some(t);
            i += 1;
        }
        i
    }

    /// Lines right after the title: doc number, addressees, meeting line, speaker.
    pub(super) fn place_front_lines(&mut self, after_title: usize) {
        let i = after_title;
        let mut j = i;
        let mut after_meeting = false;
        while j < self.tail && j < i + 6 {
            match self.kinds[j] {
                LineKind::Blank
                | LineKind::DocNumber
                | LineKind::Salutation
                | LineKind::NavChrome => {}
                LineKind::MeetingLine => after_meeting = true,
                LineKind::Text => {
                    let c = self.clean(j);
                    if (c.ends_with('：') || c.ends_with(':')) && is_addressee_list(c) {
                        self.place[j] = Place::Front(FrontKind::Addressees);
                    } else if after_meeting && char_len(c) <= 30 && !c.contains(['，', ',', '。'])
                    {
                        self.place[j] = Place::Front(FrontKind::Speaker);
                        after_meeting = false;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
            j += 1;
        }
    }

    /// Signature: the short unit-like line right before a trailing date line. The signing
    /// date: the first date line under a signature (a short unit name), even when
    /// attachments follow it; else a date line that ends the text. Sets `last_date_line`.
    pub(super) fn place_signature(&mut self) {
        let kinds = self.kinds;
        let (head, tail) = (self.head, self.tail);
        let mut signed_date_line = None;
        for k in head..tail {
            if kinds[k] != LineKind::DateLine {
                continue;
            }
            let mut s = k;
            while s > head && kinds[s - 1] == LineKind::Blank {
                s -= 1;
            }
            if s > head && kinds[s - 1] == LineKind::Text && self.place[s - 1] == Place::Body {
                let c = self.clean(s - 1);
                if char_len(c) <= 30
                    && looks_like_unit(c)
                    && !c.contains(['，', ',', '。', '：', ':'])
                {
                    self.place[s - 1] = Place::Front(FrontKind::Signature);
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
        self.last_date_line = signed_date_line.or(trailing_date_line);
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
            self.line(p.first).at(p.cut_start),
            self.line(p.last).at(p.keep_end),
        );
        let (issuer, subject, genre) = title_parts(&text);
        Title {
            text: text.into(),
            span,
            issuer: issuer.map(Into::into),
            subject: subject.map(Into::into),
            genre: genre.map(Into::into),
        }
    }

    fn title_from_line(&self, i: usize) -> Title {
        let c = self.clean(i);
        let line = self.line(i);
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
            for j in (i + 1)..self.tail {
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
            text: Text::of(text),
            span,
            issuer: issuer.map(Into::into),
            subject: subject.map(Into::into),
            genre: genre.map(Into::into),
        }
    }
}
